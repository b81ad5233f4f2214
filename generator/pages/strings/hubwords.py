"""Words of the map, statistics, data and home pages and of the charts, in each language."""

from __future__ import annotations

# The map, statistics and data hubs (generator/pages/datahubs.py).
HUB_WORDS = {
    "en": {
        "feed_title": "Syria incidents knowledge base: latest incidents",
        "map": "Map", "map_intro": "Every incident with a known place. Filter by date, type, organization or governorate, "
                                    "or move the slider through the months; the address keeps the filter, and the "
                                    "incidents list opens with the same one. Click a cluster to zoom in, a point to see "
                                    "the incident.",
        "map_text": "The same incidents as a table: the incidents list; as data: the GeoJSON download.",
        "map_slider": "Up to month", "map_until": "Up to {month}", "map_all_dates": "All dates",
        "map_shown": "{n} of {total} incidents on the map", "map_as_list": "Show these incidents as a list",
        "map_fatalities": "Fatalities: {n}",
        "home_coverage": "What the knowledge base holds", "home_incidents": "Incidents",
        "home_status": "reviewed: {reviewed}, drafts: {drafts}", "home_period": "Dates",
        "home_undated": "undated: {n}", "home_governorates": "Governorates with incidents",
        "home_sources": "Sources", "home_sources_detail": "articles: {articles}, outlets: {outlets}",
        "home_updated": "Last update",
        "home_counted": "Counts are of draft and reviewed incidents; merged and retracted records are left out.",
        "home_latest": "Latest incidents", "home_all_incidents": "All incidents, with filters",
        "home_by_type_year": "Incidents by type and year", "home_map": "Map of incidents",
        "home_open_map": "Open the full map, with filters and a time slider",
        "statistics": "Statistics", "statistics_intro": "Incidents and fatalities (best estimates) by month, type, governorate and organization.",
        "per_month": "Incidents per month, by type", "fatalities_per_month": "Fatalities per month, by type",
        "by_governorate": "Incidents by governorate", "fatalities_by_governorate": "Fatalities by governorate",
        "by_organization": "Incidents by organization", "governorate": "governorate", "organization": "organization",
        "over_time": "Incidents over time, by type",
        "data": "Data", "data_intro": "Downloads of every incident (merged and retracted records are left out). "
                                      "They are rebuilt with the site and made by the same code as `kb export`.",
        "file": "File", "format": "Format", "what": "What it holds",
        "acled_csv": "CSV in ACLED's 31 columns and order", "ucdp_csv": "CSV in UCDP GED's columns and order",
        "geojson": "GeoJSON (RFC 7946) FeatureCollection, one feature per incident, [longitude, latitude]",
        "json": "JSON dump of every record (events, people, organizations, places, sources)",
        "feed": "Atom feed of the latest incidents in English", "feed_ar": "Atom feed of the latest incidents in Arabic",
        "columns_acled": "ACLED columns", "columns_ucdp": "UCDP GED columns", "column": "Column",
        "maps_from": "Filled from",
        "dataset_version": "Dataset version", "version_note": "the day of the latest change to a record, and the commit the site was built from",
        "changelog": "Latest changes", "changelog_intro": "The latest commits that changed records, from the repository's history.",
        "no_changelog": "No history to show: the knowledge base is not in a git repository.",
        "commit": "Commit", "added": "Added", "changed": "Changed", "removed": "Removed",
        "columns_intro": "Each column and the field of our records it is filled from. "
                         "Names of actors and places are written in English, else Arabic.",
    },
    "ar": {
        "feed_title": "قاعدة معرفة الحوادث في سوريا: أحدث الحوادث",
        "map": "الخريطة", "map_intro": "كل حادثة معروفة المكان. صفِّ الحوادث حسب التاريخ أو النوع أو الجهة أو "
                                        "المحافظة، أو حرّك المؤشر عبر الأشهر؛ يحفظ العنوان التصفية، وتُفتح قائمة "
                                        "الحوادث بالتصفية نفسها. انقر مجموعة للتكبير، ونقطة لعرض الحادثة.",
        "map_text": "الحوادث نفسها في جدول: قائمة الحوادث؛ وبيانات: ملف GeoJSON.",
        "map_slider": "حتى شهر", "map_until": "حتى {month}", "map_all_dates": "كل التواريخ",
        "map_shown": "تظهر على الخريطة {n} من أصل {total} حادثة", "map_as_list": "اعرض هذه الحوادث في قائمة",
        "map_fatalities": "القتلى: {n}",
        "home_coverage": "ما تضمّه قاعدة المعرفة", "home_incidents": "الحوادث",
        "home_status": "مُراجَعة: {reviewed}، مسودات: {drafts}", "home_period": "التواريخ",
        "home_undated": "غير مؤرخة: {n}", "home_governorates": "المحافظات التي وقعت فيها حوادث",
        "home_sources": "المصادر", "home_sources_detail": "المقالات: {articles}، الوسائل: {outlets}",
        "home_updated": "آخر تحديث",
        "home_counted": "تُحسب الحوادث المُراجَعة والمسودات؛ وتُستبعد السجلات المدموجة والمسحوبة.",
        "home_latest": "أحدث الحوادث", "home_all_incidents": "كل الحوادث مع أدوات التصفية",
        "home_by_type_year": "الحوادث بحسب النوع والسنة", "home_map": "خريطة الحوادث",
        "home_open_map": "افتح الخريطة الكاملة مع أدوات التصفية ومؤشر الزمن",
        "statistics": "الإحصاءات", "statistics_intro": "الحوادث والقتلى (التقدير المعتمد) بحسب الشهر والنوع والمحافظة والجهة.",
        "per_month": "الحوادث في كل شهر بحسب النوع", "fatalities_per_month": "القتلى في كل شهر بحسب النوع",
        "by_governorate": "الحوادث بحسب المحافظة", "fatalities_by_governorate": "القتلى بحسب المحافظة",
        "by_organization": "الحوادث بحسب الجهة", "governorate": "المحافظة", "organization": "الجهة",
        "over_time": "الحوادث عبر الزمن بحسب النوع",
        "data": "البيانات", "data_intro": "ملفات كل الحوادث للتنزيل (تُستبعد السجلات المدموجة والمسحوبة). "
                                         "تُعاد مع كل بناء للموقع وتصنعها الشيفرة نفسها التي يستعملها `kb export`.",
        "file": "الملف", "format": "الصيغة", "what": "المحتوى",
        "acled_csv": "ملف CSV بأعمدة ACLED الـ31 وترتيبها", "ucdp_csv": "ملف CSV بأعمدة UCDP GED وترتيبها",
        "geojson": "مجموعة معالم GeoJSON ‏(RFC 7946)، معلم لكل حادثة، [خط الطول، خط العرض]",
        "json": "كل السجلات بصيغة JSON (الحوادث والأشخاص والجهات والأماكن والمصادر)",
        "feed": "موجز Atom لأحدث الحوادث بالإنجليزية", "feed_ar": "موجز Atom لأحدث الحوادث بالعربية",
        "columns_acled": "أعمدة ACLED", "columns_ucdp": "أعمدة UCDP GED", "column": "العمود",
        "maps_from": "مصدره في سجلاتنا",
        "dataset_version": "نسخة البيانات", "version_note": "يوم آخر تعديل على سجل، والإيداع الذي بُني منه الموقع",
        "changelog": "آخر التعديلات", "changelog_intro": "آخر الإيداعات التي غيّرت السجلات، من سجل المستودع.",
        "no_changelog": "لا سجل تعديلات لعرضه: قاعدة المعرفة ليست في مستودع git.",
        "commit": "الإيداع", "added": "أضيف", "changed": "عُدّل", "removed": "حُذف",
        "columns_intro": "كل عمود والحقل الذي يُملأ منه في سجلاتنا. تُكتب أسماء الأطراف والأماكن بالإنجليزية وإلا بالعربية.",
    },
}

# Charts: captions, text alternatives and their tables (generator/pages/charts.py).
CHART_WORDS = {
    "en": {"incidents": "Incidents", "fatalities": "Fatalities", "month": "Month", "year": "Year",
           "total": "Total", "data": "Numbers behind the chart", "none": "No incidents to plot.",
           "summary": "{metric}: {total} from {first} to {last}; highest: {peak} in {peak_label}.",
           "bars": "{metric} by {what}; total {total}.", "name": "Name",
           "undated_incidents": "Incidents without a date (not shown): {n}.",
           "undated_fatalities": "Fatalities in incidents without a date (not shown): {n}.",
           "no_governorate_incidents": "Incidents without a known governorate (not shown): {n}.",
           "no_governorate_fatalities": "Fatalities in incidents without a known governorate (not shown): {n}.",
           "top_organizations": "The {shown} organizations with the most incidents, of {total}; "
                                "an incident counts for each organization taking part in it."},
    "ar": {"incidents": "الحوادث", "fatalities": "القتلى", "month": "الشهر", "year": "السنة",
           "total": "المجموع", "data": "الأرقام التي يقوم عليها الرسم", "none": "لا حوادث لرسمها.",
           "summary": "{metric}: {total} من {first} إلى {last}؛ الأعلى {peak} في {peak_label}.",
           "bars": "{metric} بحسب {what}؛ المجموع {total}.", "name": "الاسم",
           "undated_incidents": "حوادث بلا تاريخ (غير معروضة): {n}.",
           "undated_fatalities": "القتلى في حوادث بلا تاريخ (غير معروضين): {n}.",
           "no_governorate_incidents": "حوادث محافظتها غير معروفة (غير معروضة): {n}.",
           "no_governorate_fatalities": "القتلى في حوادث محافظتها غير معروفة (غير معروضين): {n}.",
           "top_organizations": "الجهات الأكثر حوادث ({shown} من أصل {total})؛ "
                                "تُحسب الحادثة لكل جهة شاركت فيها."},
}
