"""Made-up news articles for the crash and concurrency tests: Arabic and English reports from templates,
with towns, dates and names drawn from a seeded random generator (so every run makes the same ones)."""

from __future__ import annotations

import datetime as dt
import random
from email.utils import format_datetime
from pathlib import Path

TOWNS_AR = ["نوى", "طفس", "جاسم", "إنخل", "الصنمين", "داعل", "المزيريب", "الحراك"]
TOWNS_EN = ["Nawa", "Tafas", "Jasim", "Inkhil", "al-Sanamayn", "Dael", "al-Muzayrib", "al-Hirak"]
FIRST_AR = ["سامي", "ماهر", "خالد", "أحمد", "محمد", "يوسف", "عمر", "علي", "حسن", "فادي"]
LAST_AR = ["العمر", "الحسن", "الزعبي", "المسالمة", "الحريري", "الخطيب", "العلي", "الشرع"]
FIRST_EN = ["Sami", "Maher", "Khalid", "Ahmad", "Mohammad", "Yusuf", "Omar", "Ali", "Hasan", "Fadi"]
LAST_EN = ["al-Omar", "al-Hasan", "al-Zoubi", "al-Masalmeh", "al-Hariri", "al-Khatib", "al-Ali", "al-Sharaa"]

ARABIC = ("قُتل الشاب {name}، اليوم، برصاص مسلحين مجهولين في مدينة {town} بريف درعا الغربي، "
          "بحسب مصادر محلية. الحادثة رقم {n}.")
ENGLISH = ("{name} was shot dead by unknown gunmen in the town of {town} in the western Daraa countryside today, "
           "local sources said. Report number {n}.")
# One article a file, as a one-entry RSS feed: the entry's date is the publication date ("today").
FEED = ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{outlet}</title><item>'
        "<guid>report-{n}</guid><title>{title}</title><pubDate>{date}</pubDate><description>{body}</description>"
        "</item></channel></rss>")


def write_articles(folder: Path, count: int, seed: int = 12) -> list[Path]:
    """`count` articles in `folder` (000.xml, 001.xml ...), alternately Arabic and English."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    # Every victim a different person: the same name killed in two incidents is a contradiction kb check reports.
    arabic_names = iter(rng.sample([f"{a} {b} {c}" for a in FIRST_AR for b in FIRST_AR for c in LAST_AR], count))
    english_names = iter(rng.sample([f"{a} {b}" for a in FIRST_EN for b in LAST_EN], count // 2 + 1))
    for n in range(count):
        published = dt.datetime(2023, rng.randint(1, 12), rng.randint(1, 28), 10, tzinfo=dt.timezone.utc)
        town = rng.randrange(len(TOWNS_AR))
        if n % 2 == 0:
            name = next(arabic_names)
            fields = {"outlet": "حوران اليوم", "title": f"مقتل شاب في {TOWNS_AR[town]}",
                      "body": ARABIC.format(name=name, town=TOWNS_AR[town], n=n)}
        else:
            name = next(english_names)
            fields = {"outlet": "Daraa 24", "title": f"Man shot dead in {TOWNS_EN[town]}",
                      "body": ENGLISH.format(name=name, town=TOWNS_EN[town], n=n)}
        path = folder / f"{n:03d}.xml"
        path.write_text(FEED.format(n=n, date=format_datetime(published), **fields), encoding="utf-8")
        paths.append(path)
    return paths
