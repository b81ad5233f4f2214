"""Arabic: what a saved page carries around an article: breaking-news markers, boilerplate, publication and credit lines."""

from __future__ import annotations

# Lines that mark breaking news (compared case-folded, punctuation removed).
# A marker may also open the title line: "عاجل | title".
BREAKING_MARKERS = frozenset({"عاجل", "خاص", "عاجل جدا"})

# A line that starts the trailing boilerplate: it and everything after it are dropped.
TRAILING_BOILERPLATE = frozenset({
    "أخبار متعلقة", "اخبار متعلقة", "أخبار ذات صلة", "اخبار ذات صلة", "مواضيع ذات صلة", "اقرأ أيضا",
    "اقرأ أيضاً", "اقرأ ايضا", "إقرأ أيضاً", "شارك المقال", "شارك", "تابعونا على تلغرام", "تابعونا",
    "المزيد من الأخبار", "الأكثر قراءة", "الأكثر قراءةً", "الأكثر مشاهدة", "الأكثر تداولاً", "الأكثر تداولا",
})

# Words of a page's header line that says when it was published (ingest/published.py),
# lower case; matched as substrings of a header line only.
PUBLICATION_CUES: tuple[str, ...] = ("تاريخ النشر", "نشر بتاريخ", "نشر في", "نُشر في", "تم النشر", "آخر تحديث", "تاريخ:")

# Labels before a credit ("المصدر: وكالات").
CREDIT_LABELS = ("المصدر:", "المصدر :")

# Labels of a byline ("إعداد: فلان – تحرير: فلان"): the piece's reporter or
# editor, not a person of the report. Folded (ingest/article.py `_folded_line`).
# ("تقرير:" is left out: it also heads a report's title.)
BYLINE_LABELS: tuple[str, ...] = ("تحرير", "إعداد", "اعداد", "كتابة", "ترجمة", "إعداد وتحرير", "اعداد وتحرير")

# A line that opens a block of summary bullets before the article ("ملخص:" then "- ..."): the
# bullets repeat the article, so they leave the body extraction reads. Folded.
SUMMARY_LABELS = frozenset({"ملخص", "الملخص", "استمع إلى الملخص", "استمع الى الملخص", "أبرز النقاط", "باختصار"})

# What opens a photo's caption saved with the page ("صورة أرشيفية - دخان يتصاعد ..."، "(أرشيفية) ..."): an old
# photo's scene and date, never an incident of the report (matched at a sentence's start, on the text as written).
CAPTION_OPENING = r"\s*[(\[]?\s*(?:صورة\s+)?[أا]رشيفي[ةه]\s*[)\]]?\s*[-–—:|]?\s"

# Words of an event that make a short line of dashed parts a headline ("قصف جوي - ريف إدلب - مقتل طفلين"), not a
# credit line of outlet, reporter and place (found anywhere in the folded line).
CREDIT_LINE_NOT = ("مقتل", "قتل", "اغتيال", "إصابة", "اصابة", "جرح", "اعتقال", "اختطاف", "خطف", "استشهاد", "قصف",
                   "غارة", "غارات", "انفجار", "تفجير", "هجوم", "اشتباك", "استهداف", "كمين", "جثة")
