"""Realistic files, built in the tests: a news article as people actually send it, inside the page,
the newspaper PDF, the Word file or the paste it came in.

The articles are written for these tests (invented towns, people and firms).
Every builder returns ``(bytes, file name)``; :data:`ARTICLES` holds the title
and the exact paragraphs the analysis must get back from each file.
"""

from __future__ import annotations

import io
import json
import textwrap
from typing import NamedTuple


class Article(NamedTuple):
    title: str
    paragraphs: tuple[str, ...]
    author: str
    published: str


HARBOUR = Article(
    "Portwell Council Approves Harbour Flood Barrier After Decade of Delays",
    (
        "The town council of Portwell voted on Tuesday to fast-track a flood barrier across the "
        "harbour mouth, ending a decade of delays that residents blamed for three costly winter floods.",
        "The barrier, designed by the engineering firm Harlow-Beck, will cost 48 million pounds and is "
        "due to be finished before the storms of 2027, the council said in a statement.",
        "\u201cWe have waited long enough,\u201d said Maria Okafor, who leads the council. \u201cEvery "
        "winter we have asked families to pile sandbags against their doors, and every winter the "
        "water has come in anyway.\u201d",
        "Opposition councillors warned that the well-known cost overruns of earlier coastal schemes "
        "could repeat themselves, and asked for an independent review of the budget.",
        "Gideon Marsh, who speaks for the harbour traders, welcomed the decision but said businesses "
        "on the quay would need help while the works close part of the waterfront.",
        "The national environment agency, which will pay two thirds of the cost, said it supported "
        "the plan and would publish its own assessment of the design within a month.",
        "Residents who lost homes in the floods of 2023 gathered outside the town hall as the vote "
        "was read out, some holding photographs of their flooded kitchens.",
    ),
    "Helen Strand",
    "2026-03-04",
)

GRAIN = Article(
    "Grain Prices Climb as Dry Spring Hits Northern Farms",
    (
        "Wheat and barley prices rose for a third week on Friday as a dry spring left fields across the "
        "northern plains short of water, traders and farmers said.",
        "The price of a tonne of milling wheat reached its highest level since the autumn, and "
        "analysts at the agricultural bank Tessaro said a poor harvest could push it higher still.",
        "\u201cThe crop is not lost yet, but every week without rain takes something from it,\u201d said "
        "Ruth Ellingham, who farms eight hundred hectares near the town of Calder Vale.",
        "The farm ministry said it was watching the situation closely and had no plans to release "
        "grain from the national reserve, a step farmers' unions have asked for since April.",
        "Millers warned that bread prices in the shops would follow within months if the drought "
        "continued, adding to pressure on households already facing higher energy bills.",
        "Forecasters expect some rain next week, though not enough to make up for the driest spring "
        "in thirty years, according to the national weather service.",
    ),
    "Tomas Rivera",
    "2026-05-15",
)

# --- HTML -------------------------------------------------------------------------------------------

_NAV = """<header class="site-header"><a class="logo" href="/">The Coastal Courier</a>
<nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>
<li><a href="/business">Business</a></li><li><a href="/opinion">Opinion</a></li></ul></nav>
<div class="breadcrumb">Home &gt; News &gt; Local</div></header>"""

_COMMENTS = """<section id="comments" class="comments"><h2>Comments (3)</h2>
<div class="comment"><span class="comment-author">Brendan Kessler</span> said:
<p>Brendan Kessler said the council should have done this years ago and that the mayor wasted everyone's money.</p></div>
<div class="comment"><span class="comment-author">Ottilie Fenwick</span>
<p>Ottilie Fenwick argued that the traders always complain and never pay their share.</p></div>
<div class="comment"><span class="comment-author">Jasper Quill</span>
<p>Jasper Quill insisted the barrier will never be finished on time.</p></div>
</section>"""

_MOST_READ = """<section class="most-read"><h2>Most read</h2><ol>
<li><a href="/a">Lifeboat crew praised after night rescue off Gull Point</a></li>
<li><a href="/b">School closures announced as teachers strike over pay</a></li>
<li><a href="/c">Celebrity chef opens seafood restaurant on the quay</a></li>
<li><a href="/d">Police appeal for witnesses after harbour break-in</a></li></ol></section>"""

_RELATED = """<aside class="related"><h3>Related stories</h3><ul>
<li><a href="/x">Flood victims still waiting for insurance payouts</a></li>
<li><a href="/y">Harbour traders fear a second year of losses</a></li></ul></aside>"""

_NEWSLETTER = """<div class="newsletter-signup"><h3>Sign up for the Morning Brief</h3>
<p>Get the day's top stories in your inbox every morning. Sign up to our free newsletter.</p>
<form><input type="email" placeholder="Email address"><button>Subscribe</button></form></div>"""

_FOOTER = """<footer><p>&copy; 2026 The Coastal Courier. All rights reserved.</p>
<p><a href="/privacy">Privacy policy</a> | <a href="/terms">Terms of use</a> | <a href="/cookies">Cookies</a></p>
</footer><div class="cookie-banner"><p>We use cookies to give you the best experience. By using our
site you accept our cookie policy.</p><button>Accept</button></div>"""


def _p(paragraphs) -> str:
    return "\n".join(f"<p>{p}</p>" for p in paragraphs)


def html_main_article(article: Article = HARBOUR) -> tuple[bytes, str]:
    """A saved news page: navigation, a <main> holding the <article> and, around it, most-read
    lists, related links, a newsletter box, comments by named readers, a footer, a cookie banner."""
    paras = list(article.paragraphs)
    body = (_p(paras[:2]) + '\n<div class="ad-slot"><p>Advertisement</p></div>\n'
            + _p(paras[2:4]) + "\n" + _RELATED + "\n" + _p(paras[4:]))
    page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{article.title} | The Coastal Courier</title>
<meta property="og:title" content="{article.title}">
<meta name="author" content="{article.author}">
<meta property="article:published_time" content="{article.published}T08:30:00Z">
</head><body>{_NAV}
<main id="content"><article class="story">
<h1 class="headline">{article.title}</h1>
<p class="byline">By {article.author}, Local Affairs Correspondent</p>
<p class="dateline"><time datetime="{article.published}T08:30:00Z">4 March 2026</time></p>
<figure><img src="barrier.jpg" alt="">
<figcaption>An artist's impression of the barrier. Photograph: Portwell Council</figcaption></figure>
{body}
<div class="share"><a>Share on Facebook</a> <a>Share on X</a> <a>Copy link</a></div>
</article>
{_NEWSLETTER}
{_MOST_READ}
{_COMMENTS}
</main>{_FOOTER}</body></html>"""
    return page.encode("utf-8"), "portwell-flood-barrier.html"


def html_div_soup(article: Article = GRAIN) -> tuple[bytes, str]:
    """A page with neither <main> nor <article>: divs with class names, the story among link lists."""
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{article.title} - Farm Weekly</title>
<meta name="description" content="Prices rise as fields dry out.">
</head><body><div id="wrapper"><div class="top-bar">{_NAV}</div>
<div class="layout"><div class="col-main"><div class="story-header"><h1>{article.title}</h1>
<div class="meta"><span class="author">By {article.author}</span> |
<span class="date">Published {article.published}</span></div></div>
<div class="story-body">{_p(article.paragraphs[:3])}
<div class="inline-promo"><p>Read more: Why the fertiliser shortage is not over</p></div>
{_p(article.paragraphs[3:])}
<p class="credits">Reporting by {article.author}; Editing by Anna Pell</p></div></div>
<div class="col-side">{_MOST_READ}<div class="promo"><p>Download our app for breaking news alerts.</p></div></div>
</div>{_COMMENTS}</div>{_FOOTER}</body></html>"""
    return page.encode("utf-8"), "grain-prices.html"


def html_br_body(article: Article = HARBOUR) -> tuple[bytes, str]:
    """An older page whose story is text separated by <br><br>, while <p> appear elsewhere."""
    text = "<br><br>\n".join(article.paragraphs)
    page = f"""<html><head><title>{article.title}</title></head><body>
<table width="100%"><tr><td class="nav"><p><a href="/">Home</a> | <a href="/archive">Archive</a></p></td></tr>
<tr><td class="story"><font size="5"><b>{article.title}</b></font><br><br>
<i>By {article.author}</i><br><br>
{text}<br><br></td></tr>
<tr><td class="foot"><p>&copy; 2026 Portwell Gazette Ltd. All rights reserved.</p>
<p>Contact the newsroom: news@gazette.example</p></td></tr></table></body></html>"""
    return page.encode("utf-8"), "portwell-gazette.htm"


def html_json_ld(article: Article = GRAIN) -> tuple[bytes, str]:
    """A modern page whose date and author are stated only in JSON-LD."""
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": article.title,
            "datePublished": f"{article.published}T06:00:00+00:00",
            "author": {"@type": "Person", "name": article.author}}
    page = f"""<!doctype html><html><head><meta charset="utf-8"><title>{article.title}</title>
<script type="application/ld+json">{json.dumps(data)}</script></head>
<body>{_NAV}<div class="page"><article><header><h1>{article.title}</h1></header>
<div class="article-body">{_p(article.paragraphs[:2])}
<p><strong>Advertisement</strong></p>
{_p(article.paragraphs[2:])}</div>
<div class="tags">Topics: farming, weather, prices</div></article>
{_RELATED}{_NEWSLETTER}</div>{_FOOTER}</body></html>"""
    return page.encode("utf-8"), "grain-jsonld.html"


# --- plain text and Markdown --------------------------------------------------------------------------

def text_pasted_blank_lines(article: Article = HARBOUR) -> tuple[bytes, str]:
    """Text copied from a news site: title, byline, dateline, an advert, credits and copyright."""
    paras = list(article.paragraphs)
    paras[0] = "PORTWELL, March 4 (Reuters) -\n" + paras[0]
    parts = [article.title, f"By {article.author}, Reuters", "5 min read", *paras[:3], "Advertisement",
             *paras[3:], "Reporting by Helen Strand; Editing by Carl Dunmore",
             "\u00a9 2026 Thomson Reuters. All rights reserved."]
    return "\n\n".join(parts).encode("utf-8"), "pasted text.txt"


def text_hard_wrapped(article: Article = GRAIN) -> tuple[bytes, str]:
    """An e-mailed article: hard-wrapped at 72 characters, no blank lines at all."""
    lines = [article.title, f"By {article.author}"]
    for para in article.paragraphs:
        lines += textwrap.wrap(para, 72, break_on_hyphens=False)
    return "\n".join(lines).encode("utf-8"), "grain-email.txt"


def text_one_per_line(article: Article = HARBOUR) -> tuple[bytes, str]:
    """Pasted text with one paragraph per line and no blank lines, furniture lines among them."""
    lines = [article.title, f"By {article.author} | Published 4 March 2026", *article.paragraphs[:4],
             "Advertisement", "Read more: Storm warning for the weekend", *article.paragraphs[4:],
             "Share this article"]
    return "\n".join(lines).encode("utf-8"), "harbour-paste.txt"


def markdown_front_matter(article: Article = GRAIN) -> tuple[bytes, str]:
    """A Markdown file with YAML front matter, a repeated title heading, reference-style links,
    emphasis, a subheading and an image."""
    paras = list(article.paragraphs)
    paras[1] = paras[1].replace("Tessaro", "[Tessaro][bank]")
    paras[3] = paras[3].replace("national reserve", "*national reserve*")
    md = (f'---\ntitle: "{article.title}"\nauthor: {article.author}\ndate: {article.published}\n'
          f"tags: [farming, weather]\n---\n\n# {article.title}\n\n"
          + "\n\n".join(paras[:3]) + "\n\n![A dry field](field.jpg)\n\n## What comes next\n\n"
          + "\n\n".join(paras[3:]) + "\n\n[bank]: https://bank.example/tessaro\n")
    return md.encode("utf-8"), "grain.md"
