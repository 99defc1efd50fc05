"""Page furniture: the lines around an article that are not the article.

One filter shared by every format. Saved web pages, newspaper PDFs, Word files
and text pasted from a site carry bylines, "Advertisement", "Read more" and
"Share" lines, photo credits and captions, copyright and "Reporting by" lines,
cookie and newsletter notices. Left in, they become paragraphs, entities and
even speakers. :func:`furniture` names the kind of furniture a line or short
paragraph is (or returns None); the callers drop it and keep a :class:`Removed`
record, so nothing the user gave is lost: the Overview lists what was removed
and why.

Every pattern is anchored, bounded and applied to one line or one short block
(at most :data:`MAX_FURNITURE_CHARS` characters), so its cost is linear in the
text whatever the input.
"""

from __future__ import annotations

import re
from typing import NamedTuple

#: Longer blocks are never furniture: an article paragraph may mention a newsletter or a photo.
MAX_FURNITURE_CHARS = 400


class Removed(NamedTuple):
    """Text left out of the article, with the reason (shown to the reader on the Overview)."""

    text: str
    reason: str


_ADVERT_ONE = (r"(?:advertisement|advertising|advert|sponsored(?: content)?|ad|"
               r"(?:story|article) continues (?:below|after (?:this )?(?:advertisement|ad))(?: advertisement)?|"
               r"continue reading(?: (?:below|the main story|after the advertisement))?|"
               r"scroll (?:down )?to continue(?: with content)?|skip advert(?:isement)?)")
_ADVERT = re.compile(rf"{_ADVERT_ONE}(?:\s*[-|:\u00b7\u2013\u2014]?\s*{_ADVERT_ONE}){{0,3}}[.:]?",
                     re.IGNORECASE)
_LINK_LIST = re.compile(
    r"(?:read more|read next|read also|also read|more on this story|more from [\w ]{1,30}|related|"
    r"related (?:articles?|stories|content|coverage|topics|links)|see also|recommended(?: for you)?|"
    r"most (?:read|popular|viewed|shared)|trending(?: now)?|you may (?:also )?like|"
    r"you might (?:also )?(?:like|be interested in)|what to read next|top stories|latest news|"
    r"more stories|editor's picks|watch|listen|back to top|next article|previous article)"
    r"\b(?:[:|\-\u2013\u2014>].{0,200})?", re.IGNORECASE)
_SHARE = re.compile(
    r"(?:share(?: this)?(?: (?:article|story|page|on \w+|via \w+))?|tweet|copy link|link copied|"
    r"print(?: this (?:article|page))?|email(?: this (?:article|story))?|save(?: (?:article|story))?|"
    r"follow us(?: on .{1,60})?|follow [\w ]{1,40} on (?:twitter|x|facebook|instagram)\b.{0,40}|"
    r"download (?:our|the) app.{0,80}|get the app.{0,80}|comments?(?: \(\d+\))?|\d+ comments?|"
    r"join the (?:conversation|discussion).{0,80}|show comments|view comments|leave a comment|"
    r"sign in to comment.{0,60}|log in to comment.{0,60}|reply|report|(?:\d+ )?likes?|"
    r"listen to (?:this )?article.{0,40}|\d+ min(?:ute)?s? read|"
    r"(?:facebook|twitter|x|whatsapp|linkedin|reddit|email|pinterest|telegram)"
    r"(?:[ ,|/\u00b7\u2022]+(?:facebook|twitter|x|whatsapp|linkedin|reddit|email|pinterest|telegram|"
    r"copy link|print))*)[.!:]?", re.IGNORECASE)
_SUBSCRIBE = re.compile(
    r"(?:subscribe|sign up|register|get (?:our|the) [\w ]{1,30} newsletter|support (?:our|independent) "
    r"journalism|become a (?:member|subscriber)|already a subscriber|you have read \d+)\b.{0,300}",
    re.IGNORECASE)
_NOTICE_WORDS = re.compile(
    r"\b(?:cookies?|newsletters?|inbox|privacy (?:policy|notice)|terms of (?:use|service)|"
    r"subscribe|subscription|sign up|unsubscribe|email address|consent|paywall)\b", re.IGNORECASE)
_COPYRIGHT = re.compile(r"(?:\u00a9|\(c\)|copyright\b).{0,300}|.{0,200}\ball rights reserved\b.{0,100}",
                        re.IGNORECASE)
_CREDITS = re.compile(
    r"\(?(?:(?:additional )?reporting|writing|editing|edited|compiled|produced|graphics|"
    r"research|fact[- ]checking|translated|translation) by\b.{0,300}", re.IGNORECASE)
_PHOTO = re.compile(
    r"(?:.{0,300}[(\[](?:photo|photograph|picture|image|file photo|credit|pictured)\b[^)\]]{0,100}[)\]]"
    r"[.]?|(?:file photo|photo|photograph|picture|image|illustration|graphic|video|credit|source|caption)s?"
    r"(?: by)?\s*[:|/].{0,300}|.{0,300}\b(?:photograph|photo|image|picture)\s*:\s*[^.]{1,80}[.]?|"
    r".{0,300}(?:/|\bvia |\| ?)(?:getty images|reuters|ap|afp|epa|shutterstock|alamy|pa(?: media| wire)?"
    r"|bloomberg|anadolu|xinhua|efe|sipa|ansa)\b[^.]{0,40}[.]?|"
    r".{0,300}\b(?:reuters|ap|afp|epa|getty images)/[A-Z][^.]{0,60}[.]?)", re.IGNORECASE)
_AGENCY = (r"(?i:reuters|associated press|the associated press|ap|afp|agence france-presse|bloomberg|"
           r"dpa|efe|ansa|pa media|xinhua|upi|cnn|bbc(?: news)?|al jazeera|staff|"
           r"(?:[\w]+ ){0,3}(?:correspondent|reporter|writer|editor|contributor|columnist|desk|bureau"
           r"|staff writer|news))")
_NAME = r"(?:[A-Z][\w.'\u2019-]*|(?:de|da|van|von|der|al|el|bin|la|le|di|du|y)(?=\s+[A-Z]))"
_PERSON = rf"{_NAME}(?:\s+{_NAME}){{1,4}}"
_BYLINE = re.compile(
    rf"(?i:by|words by|written by|story by|reporting from)\s+(?:{_PERSON}|{_AGENCY})"
    rf"(?:\s*(?:,|and|&)\s*{_PERSON}){{0,3}}"
    rf"(?:\s*(?:,|\||-|\u2013|\u2014|/|\u00b7|\bin\b|\bfor\b)\s*(?:{_AGENCY}|{_NAME}(?:\s+{_NAME}){{0,3}}))"
    rf"{{0,3}}[.]?"
    rf"(?:\s*(?:\||-|\u2013|\u2014|/|\u00b7|,)?\s*(?i:published|updated|posted)\b[\w ,:.]{{0,40}})?"
    rf"|{_PERSON}\s*(?:,|\||-|\u2013|\u2014|/|\u00b7)\s*{_AGENCY}"
    rf"(?:\s*(?:,|\||-|\u2013|\u2014|/|\u00b7|\bin\b)\s*{_NAME}(?:\s+{_NAME}){{0,3}})?")
_AUTHOR_NOTE = re.compile(
    rf"{_PERSON} (?:is|was) (?:a|an|the|our) (?:[\w-]+ ){{0,4}}(?:reporter|correspondent|writer|editor|"
    rf"columnist|journalist)(?: (?:for|at|with|based in|covering) [^.]{{1,80}})?\.")
_DATE_LINE = re.compile(
    r"(?:published|updated|posted|last (?:updated|modified)|first published|created)\b\s*:?\s*"
    r"(?:on\s+)?[\w ,:./+\-\u2013()]{0,60}", re.IGNORECASE)
_DATE_ONLY = re.compile(
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{1,2}\s+\w{3,9}\.?,?\s+\d{4}|"
    r"\w{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})(?:[ ,]+(?:at\s+)?\d{1,2}[.:]\d{2}\s*"
    r"(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?", re.IGNORECASE)
_PAGE_NUMBER = re.compile(r"(?:page\s*)?[-\u2013\u2014]?\s*\d{1,4}\s*[-\u2013\u2014]?(?:\s*(?:of|/)\s*\d{1,4})?",
                          re.IGNORECASE)
_EXTRA_CAPTION = re.compile(
    r"(?:image|video|media|photo) (?:caption|source|credit)s?\s*[,:].{1,300}|"
    r"(?:photo|photograph|picture|image)s? by .{1,80}|"
    r"(?:getty images|reuters|thomson reuters|associated press|ap photo|afp|epa|shutterstock|alamy|"
    r"pa media|pa wire|bloomberg|xinhua|anadolu)(?:\s*(?:/|via)\s*[\w .'-]{1,60})?[.]?", re.IGNORECASE)
_TAGS = re.compile(r"(?:topics|tags|filed under|more about|related topics|click here)\b(?:\s*[:|,]?\s*.{0,200})?",
                   re.IGNORECASE)
_NOTE = re.compile(
    r"(?:our standards:.{0,120}|this (?:article|story) (?:was|has been) (?:amended|updated|corrected).{0,300}|"
    r".{0,80}\bcontributed (?:reporting )?to this (?:report|story|article)\.?)", re.IGNORECASE)
_BREADCRUMB = re.compile(r"[\w' ]{1,30}(?:\s*[>/\u203a\u00bb|]\s*[\w' ]{1,30}){1,8}")
_CONTACT = re.compile(r"(?:contact|e-?mail|write to|tips?|send (?:us )?(?:your )?(?:news|story tips))\b[^@]{0,80}"
                      r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}\.?", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?]['\"\u2019\u201d)]?$")


def furniture(text: str) -> str | None:
    """The kind of page furniture a line or short paragraph is, or None for article text.

    The reasons are short phrases for people ("advertisement", "byline", ...).
    A block longer than :data:`MAX_FURNITURE_CHARS` is always article text.
    """
    line = " ".join(text.split())
    if not line or len(line) > MAX_FURNITURE_CHARS:
        return None
    words = len(line.split())
    if _ADVERT.fullmatch(line):
        return "advertisement"
    if words <= 24 and _LINK_LIST.fullmatch(line):
        return "link to other stories"
    if words <= 10 and _SHARE.fullmatch(line):
        return "share, follow or comment button"
    if _COPYRIGHT.fullmatch(line):
        return "copyright line"
    if words <= 60 and _CREDITS.fullmatch(line) and not _quoted(line):
        return "reporting and editing credits"
    if words <= 16 and _BYLINE.fullmatch(line):
        return "byline"
    if words <= 12 and (_DATE_LINE.fullmatch(line) and _has_digit(line) or _DATE_ONLY.fullmatch(line)):
        return "date line"
    if _PAGE_NUMBER.fullmatch(line):
        return "page number"
    if words <= 70 and _SUBSCRIBE.fullmatch(line) and _NOTICE_WORDS.search(line):
        return "cookie, newsletter or subscription notice"
    if words <= 70 and _notice(line):
        return "cookie, newsletter or subscription notice"
    if words <= 60 and _PHOTO.fullmatch(line) and not _quoted(line):
        return "photo caption or credit"
    if words <= 60 and _EXTRA_CAPTION.fullmatch(line) and not _quoted(line):
        return "photo caption or credit"
    if words <= 20 and _TAGS.fullmatch(line) and not _SENTENCE_END.search(line):
        return "link to other stories"
    if words <= 60 and _NOTE.fullmatch(line):
        return "editor's note"
    if words <= 24 and _AUTHOR_NOTE.fullmatch(line):
        return "byline"
    if words <= 20 and _CONTACT.fullmatch(line):
        return "contact line"
    if words <= 16 and not _SENTENCE_END.search(line) and _BREADCRUMB.fullmatch(line) \
            and line.count(" ") < 3 * (line.count(">") + line.count("/") + line.count("|")
                                       + line.count("\u203a") + line.count("\u00bb")):
        return "navigation"
    return None


def _has_digit(line: str) -> bool:
    return any(c.isdigit() for c in line)


def _quoted(line: str) -> bool:
    """Whether a line holds quoted speech: credits and captions never do."""
    return line.count('"') >= 2 or ("\u201c" in line and "\u201d" in line)


def _notice(line: str) -> bool:
    """A cookie or newsletter notice: at least two of its tell-tale words in a short block."""
    found = {m.group(0).lower() for m in _NOTICE_WORDS.finditer(line)}
    return len(found) >= 2 and any(w.startswith(("cookie", "newsletter", "sign up", "subscri", "inbox",
                                                 "email address", "consent", "paywall")) for w in found)


def split_furniture(blocks: list[str]) -> tuple[list[str], list[Removed]]:
    """The blocks that are article text, and a record of the ones that are furniture."""
    kept, removed = [], []
    for block in blocks:
        reason = furniture(block)
        if reason is None:
            kept.append(block)
        else:
            removed.append(Removed(block, reason))
    return kept, removed
