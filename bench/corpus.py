"""Generated news-like text for benchmarks and batch tests: deterministic, no outside data.

Sentences are built from templates (speakers, cue verbs, targets, quotes, plain
reports) with a seeded random generator, so every run measures the same text.
"""

from __future__ import annotations

import random

PEOPLE = ["Maria Lopez", "John Carter", "Amina Yusuf", "Kenji Watanabe", "Olga Petrova", "David Mensah",
          "Laura Bianchi", "Ahmed Karimi", "Sofia Andersson", "Peter Novak"]
ORGS = ["the United Nations", "the World Bank", "the European Commission", "Amnesty International",
        "the International Monetary Fund", "the African Union", "Reuters", "the Red Cross"]
COUNTRIES = ["France", "Germany", "Brazil", "Kenya", "Japan", "Canada", "India", "Egypt", "Mexico",
             "Norway", "Chile", "Vietnam"]
DEMONYMS = ["French", "German", "Brazilian", "Kenyan", "Japanese", "Canadian", "Indian", "Egyptian"]
TOPICS = ["the trade agreement", "the new climate plan", "the ceasefire proposal", "the budget",
          "the election results", "the border deal", "the vaccine programme", "the tax reform"]
GOOD = ["a remarkable step forward", "a fair and balanced deal", "good news for families",
        "an important success"]
BAD = ["a dangerous mistake", "deeply unfair", "a disgrace", "a terrible blow to workers"]

TEMPLATES = [
    '"{topic_cap} is {judgement}," {person} said on {day}.',
    "{person} told reporters that {topic} would hurt {country}.",
    "{org_cap} condemned the decision by {country} to expel {demonym} diplomats.",
    "{person}, the foreign minister of {country}, praised {topic} as {good}.",
    "{country} urged {country2} to impose sanctions on {country3}.",
    "According to {org}, {topic} will be signed next month.",
    "{person} denied the claims and called the report {bad_q}.",
    "The talks in {country} lasted three days and ended without a statement.",
    "Officials said {topic} would be reviewed before the summer.",
    "{org_cap} welcomed {topic} but warned that {country} faced a long recovery.",
    "Prices rose by four percent in {country} last year, the highest since 2008.",
    "{person} criticised {country} for delaying {topic}.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def sentence(rng: random.Random) -> str:
    template = rng.choice(TEMPLATES)
    countries = rng.sample(COUNTRIES, 3)
    topic = rng.choice(TOPICS)
    org = rng.choice(ORGS)
    return template.format(
        person=rng.choice(PEOPLE), topic=topic, topic_cap=topic[0].upper() + topic[1:],
        judgement=rng.choice(GOOD + BAD), day=rng.choice(DAYS), country=countries[0],
        country2=countries[1], country3=countries[2], org=org, org_cap=org[0].upper() + org[1:],
        demonym=rng.choice(DEMONYMS), good=rng.choice(GOOD), bad_q=f'"{rng.choice(BAD)}"')


def article(words: int, *, seed: int = 0, title: str = "Leaders Clash Over Trade And Climate") -> str:
    """A title line and paragraphs (3 to 5 sentences each) of about ``words`` words."""
    rng = random.Random(seed)
    paragraphs, count = [], 0
    while count < words:
        paragraph = " ".join(sentence(rng) for _ in range(rng.randint(3, 5)))
        paragraphs.append(paragraph)
        count += len(paragraph.split())
    return title + "\n\n" + "\n\n".join(paragraphs) + "\n"
