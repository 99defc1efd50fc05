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
        "drought-hit northern plains short of water, traders and farmers said.",
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


# --- PDF ----------------------------------------------------------------------------------------------

_FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
#: Compounds the layout puts at a line end, broken after their hyphen: the reader must keep it.
FORCED_BREAKS = ("drought-hit", "fast-track", "Harlow-Beck", "well-known")
#: Words the layout hyphenates at a line end (where to cut): the reader must join them.
FORCED_SPLITS = {"agricultural": 7, "environment": 7, "independent": 5, "households": 5}


def _pdf():
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="mm")
    pdf.set_auto_page_break(False)
    pdf.add_font("Serif", "", _FONT_DIR + "DejaVuSerif.ttf")
    pdf.add_font("Serif", "B", _FONT_DIR + "DejaVuSerif-Bold.ttf")
    pdf.add_font("Serif", "I", _FONT_DIR + "DejaVuSerif-Italic.ttf")
    pdf.add_font("Sans", "", _FONT_DIR + "DejaVuSans.ttf")
    return pdf


def _wrap(pdf, text: str, width: float, *, indent: float = 0.0) -> list[str]:
    """Greedy line breaking by the font's widths; a long word that does not fit is cut with a
    hyphen, and a compound of FORCED_BREAKS is broken after its hyphen when it reaches a line end."""
    lines, line = [], ""
    room = width - indent
    for word in text.split():
        candidate = f"{line} {word}".strip()
        forced = (word in FORCED_BREAKS or word in FORCED_SPLITS) and len(line.split()) >= 3
        if pdf.get_string_width(candidate) <= room and not forced:
            line = candidate
            continue
        if word in FORCED_SPLITS and line:
            cut = FORCED_SPLITS[word]
            if pdf.get_string_width(f"{line} {word[:cut]}-") <= room:
                lines.append(f"{line} {word[:cut]}-")
                line, room = word[cut:], width
                continue
        if word in FORCED_BREAKS and line:
            head, tail = word.split("-", 1)
            if pdf.get_string_width(f"{line} {head}-") <= room:
                lines.append(f"{line} {head}-")
                line, room = tail, width
                continue
        letters = word.strip(".,;:\u201c\u201d\"'")
        if forced:
            lines.append(line)
            line, room = word, width
            continue
        if len(letters) >= 10 and "-" not in word and line:
            for cut in range(len(word) - 4, 4, -1):
                if pdf.get_string_width(f"{line} {word[:cut]}-") <= room:
                    lines.append(f"{line} {word[:cut]}-")
                    line, room = word[cut:], width
                    break
            else:
                lines.append(line)
                line, room = word, width
            continue
        lines.append(line)
        line, room = word, width
    if line:
        lines.append(line)
    return lines


def pdf_two_columns(article: Article = GRAIN) -> tuple[bytes, str]:
    """A newspaper page: masthead line and page number repeated on every page, a two-line
    headline across both columns, a byline, two columns of text running onto a second page,
    a photo caption in small type and a pull quote in large type inside the columns."""
    pdf = _pdf()
    left, gutter, column = 15.0, 8.0, 86.0
    top_first, top_next, bottom, leading = 62.0, 22.0, 272.0, 4.6
    bottom_first = 112.0  # an advert box fills the foot of page one
    state = {"page": 0, "col": 0, "y": top_first}

    def new_page():
        pdf.add_page()
        state["page"] += 1
        pdf.set_font("Sans", "", 7.5)
        pdf.set_xy(left, 8)
        pdf.cell(90, 4, "FARM WEEKLY \u00b7 Markets")
        pdf.set_xy(120, 8)
        pdf.cell(75, 4, "Friday 15 May 2026", align="R")
        pdf.set_xy(left, 284)
        pdf.cell(180, 4, f"Page {state['page'] + 3}", align="C")

    def put(lines, size, style="", gap_after=2.2, step=leading):
        pdf.set_font("Serif", style, size)
        for line in lines:
            if state["y"] + step > (bottom_first if state["page"] == 1 else bottom):
                if state["col"] == 0:
                    state["col"], state["y"] = 1, top_first if state["page"] == 1 else top_next
                else:
                    new_page()
                    state["col"], state["y"] = 0, top_next
            x = left + state["col"] * (column + gutter)
            pdf.set_xy(x, state["y"])
            pdf.cell(column, step, line)
            state["y"] += step
        state["y"] += gap_after

    new_page()
    pdf.set_font("Serif", "B", 24)
    y = 18.0
    for line in _wrap(pdf, article.title, 150):
        pdf.set_xy(left, y)
        pdf.cell(180, 10, line)
        y += 10.5
    pdf.set_font("Serif", "", 9.5)
    pdf.set_xy(left, y + 4)
    pdf.cell(180, 5, f"By {article.author}, Agriculture Correspondent")
    top_first = max(top_first, y + 14)
    state["y"] = top_first
    pdf.rect(left, 120, 180, 150)
    pdf.set_font("Sans", "", 12)
    pdf.set_xy(left, 240)
    pdf.cell(180, 8, "ADVERTISEMENT", align="C")
    pdf.set_font("Serif", "", 9.5)
    paras = article.paragraphs
    for i, para in enumerate(paras):
        pdf.set_font("Serif", "", 9.5)
        put(_wrap(pdf, para, column), 9.5)
        if i == 1:
            pdf.set_font("Serif", "I", 7.5)
            put(_wrap(pdf, "Cracked soil in a barley field near Calder Vale this week. "
                      "Photograph: Ines Galloway", column), 7.5, "I", step=3.6)
        if i == 3:
            pdf.set_font("Serif", "B", 13)
            put(_wrap(pdf, "\u201cEvery week without rain takes something from it\u201d", column), 13, "B",
                step=6.2, gap_after=3.5)
    pdf.set_title(article.title)
    return bytes(pdf.output()), "farm-weekly-p3.pdf"


def pdf_one_column(article: Article = HARBOUR) -> tuple[bytes, str]:
    """A one-column PDF of a web article: title, byline and date line, paragraphs marked by a
    first-line indent without spacing, a small-type footer at the bottom of each page."""
    pdf = _pdf()
    left, width, leading, bottom = 25.0, 160.0, 6.0, 262.0
    pages = [0]

    def new_page():
        pdf.add_page()
        pages[0] += 1
        pdf.set_font("Sans", "", 7)
        pdf.set_xy(left, 280)
        pdf.cell(width, 4, "\u00a9 2026 Portwell Gazette Ltd. All rights reserved. "
                           "Printed from portwellgazette.example")

    new_page()
    pdf.set_font("Serif", "B", 18)
    y = 25.0
    for line in _wrap(pdf, article.title, width):
        pdf.set_xy(left, y)
        pdf.cell(width, 8, line)
        y += 8.5
    pdf.set_font("Serif", "", 10)
    pdf.set_xy(left, y + 3)
    pdf.cell(width, 5, f"By {article.author} | Published 4 March 2026")
    y += 16
    pdf.set_font("Serif", "", 11)
    for para in article.paragraphs:
        for k, line in enumerate(_wrap(pdf, para, width, indent=8.0)):
            if y + leading > bottom:
                new_page()
                y = 25.0
            pdf.set_xy(left + (8.0 if k == 0 else 0.0), y)
            pdf.cell(width, leading, line)
            y += leading
    pdf.set_title("portwell_barrier_final_v2")
    return bytes(pdf.output()), "portwell-barrier.pdf"


def pdf_page_template(article: Article = HARBOUR) -> tuple[bytes, str]:
    """A PDF made the way fpdf2 users make one: header() and footer() on every page ("Page 1/2"),
    a wrapped headline, the text in multi_cell paragraphs over two pages, a photo caption in
    small italics, another in italics at the body's size, and a pull quote in large bold."""
    from fpdf import FPDF

    class Paper(FPDF):
        def header(self):
            self.set_font("Sans", "", 8)
            self.cell(0, 5, "THE NORTHERN LEDGER  |  World  |  Tuesday, 4 March 2026", align="C")
            self.ln(10)

        def footer(self):
            self.set_y(-15)
            self.set_font("Sans", "", 8)
            self.cell(0, 10, f"Page {self.page_no()}/{{nb}}", align="C")

    pdf = Paper()
    for style, file in (("", "DejaVuSerif.ttf"), ("B", "DejaVuSerif-Bold.ttf"), ("I", "DejaVuSerif-Italic.ttf")):
        pdf.add_font("Serif", style, _FONT_DIR + file)
    pdf.add_font("Sans", "", _FONT_DIR + "DejaVuSans.ttf")
    pdf.add_page()
    pdf.set_font("Serif", "B", 22)
    pdf.multi_cell(0, 10, article.title)
    pdf.ln(2)
    pdf.set_font("Serif", "I", 10)
    pdf.multi_cell(0, 6, f"By {article.author}, Reuters")
    pdf.ln(4)
    for i, para in enumerate(article.paragraphs):
        pdf.set_font("Serif", "", 11)
        pdf.multi_cell(0, 6, para)
        pdf.ln(3)
        if i == 1:
            pdf.set_font("Serif", "I", 8.5)
            pdf.multi_cell(0, 5, "Sandbags on the quay in January. Photo: Portwell Council")
            pdf.ln(3)
        if i == 3:
            pdf.set_font("Serif", "B", 14)
            pdf.multi_cell(0, 8, "\u201cWe have waited long enough\u201d")
            pdf.ln(3)
            pdf.add_page()
        if i == 4:
            pdf.set_font("Serif", "I", 11)  # a caption in the body's size, set in italics
            pdf.multi_cell(0, 6, "Traders gather on the quay as the first works begin")
            pdf.ln(3)
    pdf.set_title(article.title)
    return bytes(pdf.output()), "ledger-barrier.pdf"


def pdf_text_columns(article: Article = GRAIN) -> tuple[bytes, str]:
    """fpdf2's own two-column layout (text_columns), columns not sharing baselines, under a
    headline across both."""
    pdf = _pdf()
    pdf.add_page()
    pdf.set_font("Serif", "B", 22)
    pdf.multi_cell(0, 10, article.title)
    pdf.ln(2)
    pdf.set_font("Serif", "I", 10)
    pdf.multi_cell(0, 6, f"By {article.author}")
    pdf.ln(4)
    pdf.set_font("Serif", "", 10)
    with pdf.text_columns(ncols=2, gutter=8) as columns:
        for para in article.paragraphs:
            paragraph = columns.paragraph()
            paragraph.write(para)
            columns.end_paragraph()
            columns.ln(1)
    return bytes(pdf.output()), "grain-columns.pdf"


def pdf_core_fonts(article: Article = HARBOUR) -> tuple[bytes, str]:
    """The simplest PDF a script makes: fpdf2's core Helvetica (straight quotes), a masthead line
    in the body's size above the headline, an italic byline, paragraphs separated by small gaps,
    a copyright line at the end."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", "", 11)
    pdf.cell(0, 6, "THE NORTHERN LEDGER - World - Tuesday, 4 March 2026", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("helvetica", "B", 20)
    pdf.multi_cell(0, 9, article.title)
    pdf.ln(2)
    pdf.set_font("helvetica", "I", 11)
    pdf.multi_cell(0, 6, f"By {article.author}")
    pdf.ln(3)
    pdf.set_font("helvetica", "", 11)
    for para in article.paragraphs:
        pdf.multi_cell(0, 6, para.replace("\u201c", '"').replace("\u201d", '"'))
        pdf.ln(3)
    pdf.ln(10)
    pdf.multi_cell(0, 6, "Copyright 2026 The Northern Ledger. All rights reserved.")
    return bytes(pdf.output()), "ledger-core.pdf"


# --- DOCX ---------------------------------------------------------------------------------------------

def docx_styled(article: Article = HARBOUR) -> tuple[bytes, str]:
    """A Word file as a newsroom sends it: Title and Subtitle styles, a byline, a photo caption in
    the Caption style, a table of figures, a page header and footer."""
    import docx

    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "PORTWELL GAZETTE \u2013 EMBARGOED UNTIL 06:00"
    section.footer.paragraphs[0].text = "Page 1 \u2013 newsdesk copy"
    document.add_paragraph(article.title, style="Title")
    document.add_paragraph("A barrier across the harbour mouth, paid mostly by the state", style="Subtitle")
    document.add_paragraph(f"By {article.author}")
    for i, para in enumerate(article.paragraphs):
        document.add_paragraph(para)
        if i == 1:
            document.add_paragraph("Flood water on the quay in January 2023. Photograph: Portwell Council",
                                   style="Caption")
        if i == 4:
            table = document.add_table(rows=3, cols=2)
            for row, (label, value) in zip(table.rows, [("Item", "Cost"), ("Barrier", "48m"),
                                                        ("Quay works", "6m")]):
                row.cells[0].text, row.cells[1].text = label, value
    document.core_properties.author = article.author
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue(), "portwell-barrier.docx"


def expected(name: str) -> Article:
    """The article a fixture holds, as the analysis must read it (a dateline stays with its
    paragraph)."""
    article = {"portwell-flood-barrier.html": HARBOUR, "grain-prices.html": GRAIN,
               "portwell-gazette.htm": HARBOUR, "grain-jsonld.html": GRAIN, "pasted text.txt": HARBOUR,
               "grain-email.txt": GRAIN, "harbour-paste.txt": HARBOUR, "grain.md": GRAIN,
               "farm-weekly-p3.pdf": GRAIN, "portwell-barrier.pdf": HARBOUR,
               "portwell-barrier.docx": HARBOUR, "ledger-barrier.pdf": HARBOUR,
               "grain-columns.pdf": GRAIN, "ledger-core.pdf": HARBOUR}[name]
    if name == "pasted text.txt":
        first = "PORTWELL, March 4 (Reuters) - " + article.paragraphs[0]
        return article._replace(paragraphs=(first, *article.paragraphs[1:]))
    return article


#: Every realistic file: (builder, kind) in the order of the issue's table.
FILES = (
    (html_main_article, "HTML page, <main> around <article>, comments"),
    (html_div_soup, "HTML page, no <main>/<article>"),
    (html_br_body, "HTML page, <br>-separated body"),
    (html_json_ld, "HTML page, date and author in JSON-LD"),
    (pdf_two_columns, "PDF, two columns, running headers"),
    (pdf_one_column, "PDF, one column, footer"),
    (pdf_page_template, "PDF, fpdf2 header/footer, page break"),
    (pdf_text_columns, "PDF, fpdf2 text_columns"),
    (pdf_core_fonts, "PDF, core fonts, masthead above the title"),
    (docx_styled, "DOCX with styles and a table"),
    (text_pasted_blank_lines, "pasted text, blank lines"),
    (text_hard_wrapped, "pasted text, hard-wrapped, no blank lines"),
    (text_one_per_line, "pasted text, one paragraph a line"),
    (markdown_front_matter, "Markdown with front matter"),
)
