"""Deterministic, readable stand-ins for the placeholder values in the spec's examples.

Every value is picked by an item index, so the same seed always yields the same people, companies and text,
and the fields of one item (first name, last name, email, company) agree with each other.
"""

from __future__ import annotations

import datetime as dt
import functools
import random
from dataclasses import dataclass

__all__ = ["Person", "person", "sentence", "timestamp", "date"]

FIRST = (
    "Ada", "Bruno", "Chloe", "Dmitri", "Elena", "Farah", "Gustav", "Hana", "Ivan", "Jonas", "Keiko", "Liam",
    "Maya", "Nils", "Olivia", "Priya", "Quentin", "Rosa", "Samir", "Tess", "Umar", "Vera", "Wen", "Ximena",
    "Yusuf", "Zoe", "Aiden", "Beatriz", "Carlos", "Dana", "Emil", "Freya",
)  # fmt: skip
LAST = (
    "Almeida", "Berg", "Castillo", "Dubois", "Eriksen", "Fischer", "Garcia", "Haddad", "Ito", "Jensen",
    "Kowalski", "Laurent", "Moreau", "Nakamura", "Okafor", "Petrov", "Quinn", "Rossi", "Schmidt", "Tanaka",
    "Ueda", "Varga", "Weber", "Xu", "Yilmaz", "Zimmer", "Andersen", "Brennan", "Cho",
)  # fmt: skip
COMPANIES = (
    "Acme Analytics", "Brightline", "Cobalt Labs", "Driftwood", "Evergreen AI", "Fathom", "Granite Cloud",
    "Helix Health", "Ironbark", "Juniper Pay", "Keystone Data", "Lumen Ops", "Meridian", "Northwind",
    "Orbit Logistics", "Pinecone Security", "Quartz HR", "Redwood Robotics", "Sable Finance", "Tidal Energy",
    "Umbra Media", "Vantage Retail", "Willow Bio", "Xylo Systems", "Yonder Travel", "Zephyr Devtools",
)  # fmt: skip
TITLES = (
    "Founder & CEO", "VP of Sales", "Head of Growth", "CTO", "Director of Marketing", "Revenue Operations Lead",
    "Account Executive", "Head of Partnerships", "COO", "Sales Development Manager", "Chief Revenue Officer",
    "Product Manager",
)  # fmt: skip
CITIES = (
    ("Berlin", "Berlin", "Germany"), ("Austin", "Texas", "United States"), ("Lisbon", "Lisbon", "Portugal"),
    ("Toronto", "Ontario", "Canada"), ("London", "England", "United Kingdom"), ("Paris", "Ile-de-France", "France"),
    ("Singapore", "Singapore", "Singapore"), ("Sydney", "New South Wales", "Australia"),
    ("New York", "New York", "United States"), ("Amsterdam", "North Holland", "Netherlands"),
)  # fmt: skip
WORDS = (
    "outbound", "pipeline", "hiring", "funding", "launch", "expansion", "partnership", "migration", "pricing",
    "security", "analytics", "automation", "onboarding", "retention", "enterprise", "roadmap", "integration",
    "team", "quarter", "growth", "customers", "platform", "workflow", "market", "strategy", "demo",
)  # fmt: skip
BASE_TIME = dt.datetime(2026, 5, 1, 9, 0, 0, tzinfo=dt.UTC)


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    company: str
    title: str
    city: str
    state: str
    country: str

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def domain(self) -> str:
        return "".join(ch for ch in self.company.lower() if ch.isalnum()) + ".com"

    @property
    def email(self) -> str:
        return f"{self.first.lower()}.{self.last.lower()}@{self.domain}"

    @property
    def slug(self) -> str:
        return f"{self.first.lower()}-{self.last.lower()}"


@functools.lru_cache(maxsize=4096)
def person(index: int) -> Person:
    """The person behind item number ``index``; neighbouring indexes differ in every field."""
    city = CITIES[(index * 3) % len(CITIES)]
    return Person(
        first=FIRST[index % len(FIRST)],
        last=LAST[(index * 7 + index // len(FIRST)) % len(LAST)],
        company=COMPANIES[(index * 5) % len(COMPANIES)],
        title=TITLES[(index * 11) % len(TITLES)],
        city=city[0],
        state=city[1],
        country=city[2],
    )


def sentence(index: int, salt: int = 0, words: int = 8) -> str:
    """A short deterministic sentence built from the sales vocabulary above."""
    mixed = random.Random(index * 7919 + salt)
    return " ".join(mixed.choice(WORDS) for _ in range(words)).capitalize() + "."


def timestamp(index: int, salt: int = 0) -> str:
    """An RFC 3339 UTC time that gets older as ``index`` grows (newest item first)."""
    moment = BASE_TIME - dt.timedelta(minutes=37 * index) + dt.timedelta(minutes=salt % 60)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def date(index: int) -> str:
    return (BASE_TIME - dt.timedelta(days=index)).strftime("%Y-%m-%d")
