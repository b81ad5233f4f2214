"""Named people of real-news-like sentences: where a name starts and ends, and its role in the incident
(generator/ingest/extract/arabic_people.py, english.py, people.py). Every sentence is written for its test."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from generator.ingest.article import Article
from generator.ingest.extract import extract
from generator.ingest.name_index import NameIndex, NameIndexError


def people(text: str, language: str = "ar") -> list[tuple[str, str]]:
    """(name, role) of everyone the article's events carry, in event order."""
    art = Article(text=text, archived=text, language=language, origin="test", published=dt.date(2023, 5, 8))
    return [(p.name, p.role) for event in extract(art) for p in event.people]


def aliases(text: str, language: str = "ar") -> dict[str, tuple[str, ...]]:
    art = Article(text=text, archived=text, language=language, origin="test", published=dt.date(2023, 5, 8))
    return {p.name: p.aliases for event in extract(art) for p in event.people}


# ------------------------------------------------------------------ Arabic: where names are

def test_a_name_that_opens_with_an_attested_given_name_is_found_anywhere() -> None:
    found = people("قُتل شاب برصاص مجهولين في مدينة نوى أمس. وحضر وزير الداخلية سامر خليل تشييع الشاب.")
    assert ("سامر خليل", "mentioned") in found


def test_a_family_name_the_index_does_not_know_ends_a_name_before_a_comma() -> None:
    found = people("قُتل شاب برصاص مجهولين في مدينة نوى أمس، وصرّح نادر قعدوني، مدير المشفى، بأن الشاب توفي.")
    assert ("نادر قعدوني", "spokesperson") in found


def test_an_everyday_word_that_is_also_a_given_name_opens_no_name() -> None:
    assert people("قصفت قوات نظام الأسد بلدة نوى أمس، ما أدى إلى مقتل ثلاثة مدنيين.") == []
    assert people("قُتل ثلاثة مدنيين بقصف على مدينة منبج أمس، في تصعيد عسكري متسارع، شهدت المنطقة قتالاً عنيفاً.") == []
    # after an introducer it is a given name
    assert people("قُتل الشاب عسكري الحمد برصاص مجهولين في مدينة منبج أمس.") == [("عسكري الحمد", "killed")]


def test_a_name_after_an_introducer_needs_no_quotation_marks() -> None:
    assert people("قُتل الشاب حسن ياسين الرفاعي برصاص مجهولين في مدينة نوى أمس.") == [("حسن ياسين الرفاعي", "killed")]


def test_after_an_introducer_a_family_name_that_ends_the_phrase_belongs_to_the_name() -> None:
    found = people("قُتل شاب في مدينة نوى أمس. وفي حادثة أخرى، توفي يوم أمس الشاب محمد غنام العواد الزغير، وهو من "
                   "أبناء بلدة بقرص، غرقاً.")
    assert [name for name, _ in found] == ["محمد غنام العواد الزغير"]
    found = people("قُتل شاب في مدينة نوى أمس. والتقى وفد رفيع المستوى اليوم بالمطران رومانوس الحناة، الوكيل "
                   "البطريركي في دمشق.")
    assert found == [("رومانوس الحناة", "mentioned")]
    # a date after the family name is no part of it, and an adjective after a noun is no name
    assert people("قُتل الشاب محمد العلي الأربعاء، في مدينة نوى.") == [("محمد العلي", "killed")]
    assert people("قُتل المواطن السوري، في مدينة نوى أمس.") == []


def test_a_rare_given_name_opens_a_name_after_an_introducer_only() -> None:
    found = people("قُتلت الشابة سعدة الهرموش برصاص مجهولين في مدينة نوى أمس.")
    assert found == [("سعدة الهرموش", "killed")]


def test_several_names_in_one_pair_of_quotes_split_at_commas_and_waw() -> None:
    found = people('أصيب ثلاثة مدنيين أمس في مدينة نوى بعد أن أطلق مسلحون النار على الشبان '
                   '"غسان مصلح الحمد، وعادل غسان الحمد، وعمر محمود أبو زيد".')
    assert found == [("غسان مصلح الحمد", "injured"), ("عادل غسان الحمد", "injured"), ("عمر محمود أبو زيد", "injured")]


def test_a_second_quoted_name_joined_by_waw_is_a_name_too() -> None:
    found = people('أصيب المدعو "فاضل الخطيب" و"ياسر الحلبي" بجروح في مدينة نوى أمس.')
    assert found == [("فاضل الخطيب", "injured"), ("ياسر الحلبي", "injured")]


def test_a_closing_quotation_mark_typed_as_the_opening_one_opens_a_name() -> None:
    found = people("قُتل طفل بانفجار قنبلة في قرية تل شهاب أمس، وبحسب مصادر محلية فإن طفلاً يُدعى ” أحمد حسين الشحادة” "
                   "أُسعف إلى المشفى إثر انفجار قنبلة كانت بحوزته ليفارق الحياة.")
    assert found == [("أحمد حسين الشحادة", "killed")]
    # a pair of ordinary marks after a closing one is read as before
    found = people("قُتل طفل بانفجار قنبلة في قرية تل شهاب أمس، وقال “الدفاع المدني” إن فرقه أسعفت الطفل “أحمد حسين "
                   "الشحادة” إلى المشفى حيث فارق الحياة.")
    assert found == [("أحمد حسين الشحادة", "killed")]


def test_a_name_goes_on_after_the_closing_quotation_mark() -> None:
    assert people('قُتل الشاب "محمد" الحوراني برصاص مجهولين في مدينة نوى أمس.') == [("محمد الحوراني", "killed")]


def test_quoted_words_with_no_introducer_are_names_when_they_all_read_as_names() -> None:
    found = people('أطلق مجهولون النار في مدينة نوى أمس على "خيرو المحمد وجمال نور الدين"، ما أدى لمقتلهما.')
    assert found == [("خيرو المحمد", "killed"), ("جمال نور الدين", "killed")]


def test_a_quoted_outlet_after_a_speech_verb_is_not_a_person() -> None:
    assert people('قُتل شاب في مدينة نوى أمس، وقال موقع "صوت العاصمة" إن مجهولين نفذوا الهجوم.') == []


def test_a_dual_introducer_opens_a_list_of_names() -> None:
    found = people("أصيب الشابان مجد بريك ومعتصم هنيدي بجروح في مدينة نوى أمس.")
    assert found == [("مجد بريك", "injured"), ("معتصم هنيدي", "injured")]


def test_brothers_share_the_family_name_of_the_last_of_them() -> None:
    found = people("قُتل الشقيقان أحمد ومحمد الحسن برصاص مجهولين في مدينة نوى أمس.")
    assert found == [("أحمد الحسن", "killed"), ("محمد الحسن", "killed")]


def test_given_names_alone_after_a_dual_or_plural_noun_share_the_family_name_of_the_last() -> None:
    found = people("قُتل الطفلان سامر وهالة الخطيب بانفجار لغم قرب بلدة نوى أمس.")
    assert found == [("سامر الخطيب", "killed"), ("هالة الخطيب", "killed")]
    found = people("أصيب الشبان أحمد وخالد وفراس العلي بقصف على مدينة نوى أمس.")
    assert found == [("أحمد العلي", "injured"), ("خالد العلي", "injured"), ("فراس العلي", "injured")]
    # a given name alone takes the family name of the next full name, not of the last
    found = people("أصيب الشبان سامر وأحمد العلي وخالد الحسن بقصف على مدينة نوى أمس.")
    assert found == [("سامر العلي", "injured"), ("أحمد العلي", "injured"), ("خالد الحسن", "injured")]
    # two full names keep their own family names; given names alone stay alone
    found = people("قُتل الشابان سامر الحمد وفراس الخطيب برصاص مجهولين في بلدة نوى أمس.")
    assert found == [("سامر الحمد", "killed"), ("فراس الخطيب", "killed")]
    assert people("قُتل الشابان سامر وفراس برصاص مجهولين في بلدة نوى أمس.") == [("سامر", "killed"),
                                                                          ("فراس", "killed")]


def test_a_plural_noun_followed_by_one_phrase_that_opens_with_no_given_name_names_nobody() -> None:
    assert people("قُتل شاب في بلدة نوى أمس. وفي اليوم التالي حرس عدد من الشبان مدخل البلدة، حتى الصباح.") == []
    assert people("قُتل شاب في بلدة نوى أمس. ونقل المسعفون جثة الشاب إلى المشفى، وساعد الأهالي الأطفال الصغار.") == []
    # an attested given name after the plural noun still opens the list
    assert people("أصيب الشبان سامر الحمد في بلدة نوى أمس بجروح.") == [("سامر الحمد", "injured")]


def test_a_tribe_a_province_of_a_group_or_a_so_called_name_is_no_person() -> None:
    assert people("قُتل شاب في بلدة نوى أمس بعد هجوم نفذه مسلحون من أبناء عشيرة بني سعيد، شمل إحراق منازل.") == []
    assert people("قُتل شاب في بلدة نوى أمس. وأعلن ما يعرف باسم \"ولاية حوران\" مسؤوليته عن الهجوم.") == []
    assert people("قُتل شاب في بلدة نوى أمس. وقال الإعلامي لما يسمى \"جيش الحق\" إن عناصره نفذوا الهجوم.") == []
    assert people("شهد ريف درعا الغربي أمس مقتل شاب برصاص مجهولين في بلدة نوى.") == []
    # a person introduced as known by a name, and a given name that is also a verb after an introducer, are people
    assert people("قُتل شاب يعرف باسم \"أبو علي الحوراني\" في بلدة نوى أمس.") == [("أبو علي الحوراني", "killed")]
    assert people("قُتلت الطفلة شهد سامر الحمد بقصف على بلدة نوى أمس.") == [("شهد سامر الحمد", "killed")]


def test_a_quoted_word_with_the_article_after_a_plural_noun_is_no_name() -> None:
    assert people("اندلعت اشتباكات بين الأمن وعدد من المتهمين بتهريب “الوقود” في بلدة نوى أمس، ما أدى إلى مقتل "
                  "شخص.") == []
    # a given name alone in quotes after a plural noun, and a full quoted name, are names
    assert people("قُتل الشقيقان \"سامر وفراس الحمد\" في بلدة نوى أمس.") == [("سامر الحمد", "killed"),
                                                                        ("فراس الحمد", "killed")]


def test_a_compound_with_abd_or_a_kunya_written_as_one_word_is_a_name_part() -> None:
    assert people("قُتل شاب في بلدة نوى أمس. وأفاد ناشطون بأن عبدالرزاق العلي قتل برصاص مجهولين.") == [
        ("عبدالرزاق العلي", "killed")]
    assert people("قُتل الشاب سامر عبداللطيف الحمد في بلدة نوى أمس.") == [("سامر عبداللطيف الحمد", "killed")]
    found = people("قُتل شاب في بلدة نوى أمس. واتهم ناشطون الفصيل بتدبير الانفجار بتعليمات من فراس الحمد أبوخالد.")
    assert [name for name, _ in found] == ["فراس الحمد أبوخالد"]
    # a town written like a glued kunya is no person
    assert people("قُتل شاب في مدينة أبوكمال أمس.") == []


def test_adjectives_and_nouns_of_security_news_open_no_name() -> None:
    assert people("قُتل شاب في بلدة نوى أمس. وتشهد المحافظة فوضى أمنية كبيرة، بسبب انتشار السلاح.") == []
    assert people("قُتل شاب في بلدة نوى أمس. وانتشرت قوى الأمن الداخلي في المدينة.") == []
    assert people("قُتلت الطفلة أمنية الحمد في بلدة نوى أمس.") == [("أمنية الحمد", "killed")]


def test_a_relation_word_with_a_pronoun_names_the_relative_by_a_given_name_alone() -> None:
    assert people("قُتل الشاب سامر محمد الحمد وأصيب شقيقه “فراس” برصاص مسلحين مجهولين في بلدة نوى أمس.") == [
        ("سامر محمد الحمد", "killed"), ("فراس", "injured")]
    assert people("قُتل الشاب سامر محمد الحمد وأصيب ابنه خالد برصاص مسلحين مجهولين في بلدة نوى أمس.") == [
        ("سامر محمد الحمد", "killed"), ("خالد", "injured")]
    # a relation word before no name, or before a word with ال, names nobody more
    assert people("قُتل الشاب سامر محمد الحمد وأصيب شقيقه بجروح في بلدة نوى أمس.") == [("سامر محمد الحمد", "killed")]
    assert people("قُتل الشاب سامر محمد الحمد وأصيب ابنه الأكبر في بلدة نوى أمس.") == [("سامر محمد الحمد", "killed")]


def test_a_person_identified_as_the_kin_of_the_victim_is_no_victim() -> None:
    found = people("قُتل الطفل “سامر خالد العلي” بقنبلة يدوية في مدينة نوى أمس. وأشار مراسلنا إلى أن “العلي” هو "
                   "شقيق المدعو “فراس العلي” أحد عناصر مجموعة محلية.")
    assert found == [("سامر خالد العلي", "killed"), ("فراس العلي", "mentioned")]
    # a plural or dual relation word: the sons of X are named by X's chain, and X is no person of the incident
    found = people("قُتل الشقيقان سامر وفراس أبناء خالد العلي بقصف على بلدة نوى أمس.")
    assert found == [("سامر خالد العلي", "killed"), ("فراس خالد العلي", "killed")]
    # identified without a relation word before the name, the person is the victim
    found = people("قُتل طفل بقنبلة يدوية في مدينة نوى أمس. وأشار مراسلنا إلى أن الطفل يدعى “فراس العلي”.")
    assert found == [("فراس العلي", "killed")]


def test_a_sentence_that_mourns_the_dead_or_gives_their_names_names_the_victims_of_the_incident_before() -> None:
    found = events("قُتل جنديان بغارات جوية على مواقع عسكرية في محيط مدينة نوى ليل الجمعة. ونعت صفحات موالية "
                   "قتيلين؛ وهما: سامر العلي المنحدر من مدينة حمص، وفراس الحمد المنحدر من مدينة داريا.", "ar")
    assert found == [("نوى", [("سامر العلي", "killed"), ("فراس الحمد", "killed")])]
    found = events("An air strike killed two civilians in the town of Nawa on Friday. Local pages published the "
                   "names of the two victims killed in the city of Homs: Samer Ali and Firas Hamad.", "en")
    assert found == [("Nawa", [("Samer Ali", "killed"), ("Firas Hamad", "killed")])]


def test_the_person_a_later_sentence_mourns_is_the_dead_of_the_incident_before() -> None:
    found = events("قُتل شاب برصاص مسلحين مجهولين في بلدة طفس اليوم الإثنين. ونعت عائلة الزعبي ابنها محمد أحمد "
                   "الزعبي.", "ar")
    assert found == [("طفس", [("محمد أحمد الزعبي", "killed")])]
    found = events("A young man was shot dead by unknown gunmen in Tafas on Monday. His family mourned Mohammad "
                   "al-Zoubi.", "en")
    assert found == [("Tafas", [("Mohammad al-Zoubi", "killed")])]
    # a sentence of the background mourns nobody of this incident
    found = events("قُتل شاب برصاص مسلحين مجهولين في بلدة طفس اليوم الإثنين. وفي عام 2019 نعت عائلة الزعبي ابنها "
                   "محمد أحمد الزعبي.", "ar")
    assert ("محمد أحمد الزعبي", "killed") not in found[0][1]


def test_a_sentence_that_reports_a_killing_of_its_own_elsewhere_is_another_incident() -> None:
    found = events("قُتل جنديان بغارات جوية على مواقع عسكرية في محيط مدينة نوى ليل الجمعة. وفي مدينة حمص قُتل "
                   "الشاب سامر العلي برصاص مجهولين.", "ar")
    assert [place for place, _ in found] == ["نوى", "حمص"]
    # a blast during a funeral is an incident of its own, not a sentence that mourns the dead
    found = events("قُتل جنديان بغارات جوية على مواقع عسكرية في محيط مدينة نوى ليل الجمعة. وقُتل الشاب سامر العلي "
                   "بانفجار عبوة خلال تشييع أحد القتلى في مدينة حمص.", "ar")
    assert [place for place, _ in found] == ["نوى", "حمص"]


def test_a_list_opener_reads_the_names_after_it() -> None:
    found = people("قُتل ثلاثة عناصر في كمين قرب مدينة نوى أمس، عرف منهم فراس الخطيب وأنس الحلبي.")
    assert found == [("فراس الخطيب", "killed"), ("أنس الحلبي", "killed")]


def test_given_names_alone_in_a_list_share_the_family_name_of_the_full_name_that_ends_it() -> None:
    found = people("قُتل ثلاثة مدنيين بإطلاق نار في قرية تل شهاب أمس، وتوفي كل من ماهر وسامر وهالة الخطيب.")
    assert found == [("ماهر الخطيب", "killed"), ("سامر الخطيب", "killed"), ("هالة الخطيب", "killed")]
    found = people("قُتل خمسة مدنيين بإطلاق نار في قرية تل شهاب أمس، بينهم محمد العلي وأحمد وخالد الحسن.")
    assert found == [("محمد العلي", "killed"), ("أحمد الحسن", "killed"), ("خالد الحسن", "killed")]


def test_given_names_alone_in_one_pair_of_quotes_after_a_list_opener_are_names_even_unattested() -> None:
    found = people("قُتل أربعة مدنيين بإطلاق نار في قرية تل شهاب أمس، وتوفي كل من 'كاسر وعمار، وهالة الخطيب' "
                   "إضافة إلى 'رامي العلي'.")
    assert found == [("كاسر الخطيب", "killed"), ("عمار الخطيب", "killed"), ("هالة الخطيب", "killed"),
                     ("رامي العلي", "killed")]


def test_given_names_alone_in_a_list_no_full_name_ends_are_no_names() -> None:
    assert people("قُتل خمسة مدنيين بإطلاق نار في قرية تل شهاب أمس، بينهم محمد وأحمد.") == []


def test_a_semicolon_after_a_list_opener_stands_for_its_colon() -> None:
    found = people("داهمت قوات الأمن قرية تل شهاب أمس واعتقلت كلاً من؛ سالم حمود الزيبق، وعارف الديبو، ومداح القطيش.")
    assert found == [("سالم حمود الزيبق", "detained"), ("عارف الديبو", "detained"), ("مداح القطيش", "detained")]


def test_a_list_opener_reads_a_quoted_list_too_long_for_one_pair_of_quotes() -> None:
    found = people("داهمت قوات الأمن قرية تل شهاب أمس واعتقلت كلاً من \"عموري ثامر الريكان، وأيمن الأحمد العسكر، "
                   "وخليل الإبراهيم القدر، ووليد سامر الحمدان\".")
    assert found == [("عموري ثامر الريكان", "detained"), ("أيمن الأحمد العسكر", "detained"),
                     ("خليل الإبراهيم القدر", "detained"), ("وليد سامر الحمدان", "detained")]


def test_relatives_as_a_group_in_a_list_name_nobody_and_the_list_goes_on() -> None:
    found = people("داهمت قوات الأمن قرية تل شهاب أمس واعتقلت كلاً من سالم الحسن وأولاده، وعموري ثامر الريكان، "
                   "وأيمن الأحمد العسكر.")
    assert found == [("سالم الحسن", "detained"), ("عموري ثامر الريكان", "detained"),
                     ("أيمن الأحمد العسكر", "detained")]


def test_a_relation_word_in_the_dual_is_no_part_of_the_names_after_it() -> None:
    found = people("أصيب ثلاثة مدنيين بقصف على قرية تل شهاب أمس، والمصابون هم: فراس عبد الله (32 عاماً) وطفليه "
                   "محمد فراس عبد الله (7 أعوام)، وتيسير فراس عبد الله (5 أعوام).")
    assert ("محمد فراس عبد الله", "injured") in found and ("تيسير فراس عبد الله", "injured") in found


def test_from_among_a_noun_for_the_victims_opens_a_list_after_its_colon() -> None:
    found = people("داهمت قوات الأمن بلدة نوى أمس واعتقلت عشرة شبان. ومن بين المعتقلين في حي الكرك: سالم جمال الزيبق، "
                   "وفراس ناجي الديبو.")
    assert found == [("سالم جمال الزيبق", "detained"), ("فراس ناجي الديبو", "detained")]


def test_a_family_named_by_its_head_in_a_list_names_the_head() -> None:
    found = people("داهمت قوات الأمن قرية تل شهاب أمس واعتقلت كلاً من سالم حمود الزيبق، وعائلة خليف الديبو، "
                   "ومداح القطيش.")
    assert found == [("سالم حمود الزيبق", "detained"), ("خليف الديبو", "detained"), ("مداح القطيش", "detained")]


def test_a_collective_noun_for_people_is_no_family_name() -> None:
    assert people("قُتل شاب برصاص مجهولين في مدينة نوى أمس، وطالب ناشطون بحفظ الأمن وسلامة الأهالي في المدينة.") == []
    assert people("قُتل الشاب سلامة الحريري برصاص مجهولين في مدينة نوى أمس.") == [("سلامة الحريري", "killed")]


def test_a_list_under_the_victims_are_names_every_item_with_its_descriptions() -> None:
    found = people("قُتل أربعة أشخاص برصاص مسلحين في مدينة نوى أمس. وبحسب مصادر محلية فإن الضحايا هم: "
                   "الطفل حيدر باسل الجردي من قرية صيدا، هلال العلي، أنور حمودة من مدينة نوى.")
    assert found == [("حيدر باسل الجردي", "killed"), ("هلال العلي", "killed"), ("أنور حمودة", "killed")]


def test_an_age_after_words_of_a_list_makes_them_a_name_the_index_lacks() -> None:
    found = people("أصيب أربعة مدنيين بقصف مسيرة على مدينة القامشلي أمس، وقالت شبكة محلية إن الجرحى هم داليا العلي "
                   "(20 عامًا)، روزا حمو (38 عامًا) ومنيفة حميدي (33 عامًا).")
    assert found == [("داليا العلي", "injured"), ("روزا حمو", "injured"), ("منيفة حميدي", "injured")]
    # nouns with an age are no names
    assert people("قُتل ثلاثة مدنيين بقصف مسيرة على مدينة القامشلي أمس، بينهم طفل (8 سنوات) وامرأة (40 عاماً).") == []


def test_two_words_before_the_verb_of_a_list_of_two_are_its_last_name() -> None:
    found = people("قُتل مدنيان بقصف مسيرة على قرية تل شهاب أمس، وذكرت الإدارة أن الرئيسين المشتركين للمكتب، زينب محمد "
                   "ويلماز رشو فقدا حياتهما في الاستهداف.")
    assert found == [("زينب محمد", "killed"), ("يلماز رشو", "killed")]
    # a noun phrase before the verb is no name
    found = people("قُتل مدنيان بقصف مسيرة على قرية تل شهاب أمس، وذكرت الإدارة أن زينب محمد والطفل الآخر قتلا في "
                   "الاستهداف.")
    assert found == [("زينب محمد", "killed")]


def test_numbered_lines_name_the_dead_of_the_sentence_before() -> None:
    found = people("أسفر القصف على مدينة نوى أمس عن مقتل ثلاثة أشخاص، بينهم:\n1. علي الحسين\n2. لؤي رضا العقلة\n")
    assert found == [("علي الحسين", "killed"), ("لؤي رضا العقلة", "killed")]


def test_bulleted_lines_take_the_role_of_their_header() -> None:
    found = people("قُتل شاب وأصيب آخرون بقصف على مدينة نوى أمس.\nوأصيب كل من:\n- فراس الخطيب\n- أنس الحلبي\n")
    assert ("فراس الخطيب", "injured") in found and ("أنس الحلبي", "injured") in found


def test_a_kunya_after_a_full_name_is_its_alias() -> None:
    text = 'اغتال مسلحون الشاب "زياد عبدالله أبو سعيفان" المعروف بـ"أبو مؤيد" في مدينة نوى أمس.'
    assert people(text) == [("زياد عبدالله أبو سعيفان", "killed")]
    assert aliases(text) == {"زياد عبدالله أبو سعيفان": ("أبو مؤيد",)}


def test_a_kunya_in_brackets_after_a_name_is_its_alias() -> None:
    text = "قُتل القيادي خالد الحسن (أبو علي) بانفجار عبوة ناسفة في مدينة نوى أمس."
    assert aliases(text) == {"خالد الحسن": ("أبو علي",)}


def test_a_listed_name_its_age_closes_keeps_its_own_family_name() -> None:
    found = people("أصيب كل من عبد خلف (40 عاماً) ومروى حمدو (40 عاماً) بشظايا القذائف في مدينة عين العرب أمس.")
    assert found == [("عبد خلف", "injured"), ("مروى حمدو", "injured")]
    # without an age, the given name alone shares the family name of the full name after it
    assert people("أصيب كل من ماهر وسامر الخطيب بشظايا القذائف في مدينة عين العرب أمس.") == [
        ("ماهر الخطيب", "injured"), ("سامر الخطيب", "injured")]


def test_a_source_named_again_by_the_family_name_stays_the_source() -> None:
    found = people("Media activist Mustafa Sheikho reported to ARK News that two men were shot in Afrin on Tuesday. "
                   "Sheikho confirmed that Bakr Adnan Bakr, a witness, was arrested by the military police.", "en")
    assert found == [("Mustafa Sheikho", "spokesperson"), ("Bakr Adnan Bakr", "detained")]


def test_in_exchange_for_and_a_family_noun_are_no_part_of_a_name() -> None:
    assert people("قُتل شاب في حي دمر بدمشق أمس. واستدرجت المدعوة الضحية مقابل وعد القاتل لها بمبالغ مالية.") == []
    found = people("قُتل شاب برصاص مسلحين مجهولين في بلدة طفس اليوم الإثنين. وأكدت عائلة محمد أحمد الزعبي مقتله.")
    assert [name for name, _ in found] == ["محمد أحمد الزعبي"]


def test_a_kunya_in_quotation_marks_right_after_a_name_is_its_alias() -> None:
    text = 'قُتل محمد أحمد الزعبي "أبو أحمد" برصاص مسلحين في بلدة طفس اليوم الإثنين.'
    assert people(text) == [("محمد أحمد الزعبي", "killed")]
    assert aliases(text) == {"محمد أحمد الزعبي": ("أبو أحمد",)}
    # joined by "و", the quoted kunya is another person
    assert len(people('قُتل محمد أحمد الزعبي و"أبو أحمد" برصاص مسلحين في بلدة طفس اليوم الإثنين.')) == 2


def test_a_person_carried_to_a_place_is_no_source() -> None:
    # "نقل" credits a source with عن ("نقل عن X"); carried "إلى" a hospital, the person is the wounded
    found = people("أصيب شاب برصاص مسلحين مجهولين في بلدة طفس اليوم الإثنين. ونُقل محمد أحمد الزعبي إلى المشفى "
                   "الوطني لتلقي العلاج.")
    assert found and all(role != "spokesperson" for _, role in found)
    assert ("خالد العلي", "spokesperson") in people("قُتل شاب برصاص مسلحين في بلدة طفس اليوم الإثنين، ونقل خالد العلي "
                                                    "عن مصادر محلية أن المسلحين فروا.")


def test_a_kunya_shaped_place_is_not_a_person() -> None:
    assert people("قُتل ثلاثة مدنيين بقصف على بلدة أبو حمام أمس.") == []


def test_a_building_named_after_a_person_is_not_a_person() -> None:
    assert people("أصيب ثلاثة طلاب بانفجار قرب مدرسة عمر بن الخطاب في مدينة نوى أمس.") == []


def test_a_neighbourhood_or_town_named_like_a_person_is_not_a_person() -> None:
    assert people("انفجرت قنبلة يدوية في حي المشاهدة بحمص أمس، وقالت مصادر محلية إن أحد الأطفال وصل متوفياً إلى "
                  "مشفى بحي كرم اللوز بحمص.") == []
    # a person from a town is still a person
    assert people("قُتل الشاب خالد العلي من أبناء بلدة نوى برصاص مجهولين أمس.") == [("خالد العلي", "killed")]


def test_a_title_inside_a_place_name_introduces_no_person() -> None:
    assert people("قصفت مروحيات بلدة بيت جن الواقعة على سفوح جبل الشيخ، جنوب غربي دمشق، ما أسفر عن مقتل 9.") == []


def test_the_author_of_an_embedded_post_is_named() -> None:
    found = people("قُتل أربعة مدنيين بانفجار في مدينة عفرين أمس.\n— زيد حسن (@zaid_h) October 11, 2021\n")
    assert ("زيد حسن", "mentioned") in found


def test_a_name_before_the_first_event_joins_it() -> None:
    found = people("سيريا مونيتور ـ درعا ـ نادر دبو\nقُتل ثلاثة مدنيين بقصف على مدينة نوى أمس.")
    assert found == [("نادر دبو", "mentioned")]


# ------------------------------------------------------------------ Arabic: roles

def test_a_speaker_is_a_spokesperson_not_a_victim() -> None:
    found = people("قُتل ثلاثة مدنيين بقصف على مدينة نوى أمس، وقال يمان العبود، مراسل الشبكة، إن القصف استمر.")
    assert found == [("يمان العبود", "spokesperson")]


def test_a_speech_verb_before_words_that_are_no_name_names_nobody() -> None:
    assert people("قُتل شاب في مدينة نوى أمس، وقال شهود عيان إن المسلحين فروا.") == []


def test_a_source_before_a_comma_does_not_make_the_victim_a_source() -> None:
    found = people("وبحسب مصادر محلية، أطلق مسلحون النار على الشاب حمد الفرج في مدينة نوى أمس، ما أدى إلى مقتله.")
    assert found == [("حمد الفرج", "killed")]


def test_a_name_in_apposition_after_the_title_of_a_speaker_is_the_speaker() -> None:
    found = people("وقال مدير المشفى، خالد العلي، إن ثلاثة مدنيين قُتلوا بقصف على مدينة نوى أمس.")
    assert found == [("خالد العلي", "spokesperson")]
    found = people('أعلن وزير الداخلية في الحكومة المؤقتة، "خالد سمير العلي"، مساء الأحد، عن مقتل 7 عناصر '
                   "من قوات الأمن إثر تعرضهم لكمين في ريف حمص.")
    assert found == [("خالد سمير العلي", "spokesperson")]
    # a victim between commas after a sentence that opens with its source stays the victim
    found = people("وقال المرصد، إن الشاب حمد الفرج، قتل برصاص مجهولين في مدينة نوى أمس.")
    assert found == [("حمد الفرج", "killed")]


def test_sources_credited_after_a_name_do_not_make_it_a_source() -> None:
    assert people("قُتل الشاب حمد الفرج في مدينة نوى أمس، بحسب مصادر محلية.") == [("حمد الفرج", "killed")]


def test_the_officer_a_group_belongs_to_is_its_commander() -> None:
    found = people("هاجمت مجموعات مسلحة تابعة للضابط السابق سهيل الحسن حواجز الأمن في مدينة جبلة أمس.")
    assert ("سهيل الحسن", "commander") in found


def test_a_death_word_that_is_no_trigger_makes_the_victim_dead() -> None:
    found = people('قُتل مدنيان في مدينة نوى أمس. وقال مصدر إن "الشابين أحمد الدغيم ونعمان الحنوش '
                   'تعرضا لإطلاق نار أدى إلى وفاتهما".')
    assert found == [("أحمد الدغيم", "killed"), ("نعمان الحنوش", "killed")]


def test_a_death_word_in_the_imperfect_after_la_or_an_makes_the_victim_dead() -> None:
    found = people("انفجرت قنبلة في قرية تل شهاب أمس، وأُسعف الشاب خالد العلي إلى المشفى ليفارق الحياة فيه.")
    assert found == [("خالد العلي", "killed")]
    found = people("انفجرت قنبلة في قرية تل شهاب أمس، وأُسعفت الطفلة هالة الخطيب إلى المشفى قبل أن تفارق الحياة.")
    assert found == [("هالة الخطيب", "killed")]


def test_ordinals_after_casualty_words_give_each_listed_name_its_role() -> None:
    found = people('أطلق مجهولون النار على "خيرو المحمد وجمال نور الدين" في مدينة نوى أمس، '
                   'ما أدى لمقتل الأول وإصابة الثاني بجروح.')
    assert found == [("خيرو المحمد", "killed"), ("جمال نور الدين", "injured")]


def test_a_later_reference_by_the_family_name_gives_the_role() -> None:
    found = people("أطلق مسلحون النار على مختار الحي (أحمد السلطان) في مدينة نوى أمس. "
                   'وأضافت المصادر أن "السلطان" قُتل متأثراً بإصابته.')
    assert found == [("أحمد السلطان", "killed")]


def test_a_later_quoted_given_name_gives_the_role() -> None:
    found = people('هاجم مسلحون محل الشاب "لؤي ناصر" في بلدة زاكية أمس. وتوفي الشاب "لؤي" فور وصوله المشفى.')
    assert found == [("لؤي ناصر", "killed")]


def test_names_after_among_the_injured_are_injured() -> None:
    found = people("قُتل شاب بقصف على مدينة نوى أمس. ومن بين المصابين فراس الخطيب وأنس الحلبي.")
    assert found == [("فراس الخطيب", "injured"), ("أنس الحلبي", "injured")]


def test_a_victim_described_in_a_sentence_without_an_event_word_is_the_victim() -> None:
    found = people("قُتل شاب برصاص مجهولين في مدينة نوى أمس. وينحدر الشاب حسن ياسين الرفاعي من بلدة صيدا.")
    assert found == [("حسن ياسين الرفاعي", "killed")]


def test_a_name_in_a_background_sentence_is_only_mentioned() -> None:
    found = people("قُتل شاب برصاص مجهولين في مدينة نوى أمس. "
                   "وكان القيادي بلال الخراساني قتل في كانون الأول عام 2019 بقصف جوي.")
    assert ("بلال الخراساني", "mentioned") in found


def test_a_kunya_that_ends_a_known_name_is_the_same_person() -> None:
    found = people("أطلق مسلحون النار على مختار الحي (أحمد السلطان) وصديقه (خالد أبو فياض) في مدينة نوى أمس. "
                   'بينما صديقه "أبو فياض" أصيب بجروح.')
    assert [name for name, _ in found].count("خالد أبو فياض") == 1 and ("أبو فياض", "injured") not in found


# ------------------------------------------------------------------ English

def test_english_a_run_of_capitalised_words_that_opens_with_a_given_name_is_a_person() -> None:
    found = people("Russian jets struck a market in Idlib on Sunday, killing nine. Ahmed Yazji, who is on the "
                   "board of the rescue group, said the attacks had escalated.", "en")
    assert ("Ahmed Yazji", "spokesperson") in found


def test_english_a_building_or_an_operation_is_not_a_person() -> None:
    assert people("A suicide bomber killed 25 people at Mar Elias Church in Damascus on Sunday.", "en") == []


def test_english_a_given_name_after_a_colon_opens_the_name() -> None:
    found = people("A drone strike hit a convoy near Manbij on Monday, wounding five civilians. A local outlet listed those "
                   "injured in the strike: Diyar Muhammad Haji, Hussein Salem Suleiman, Aref Ali Ahmed.", "en")
    assert [name for name, _ in found] == ["Diyar Muhammad Haji", "Hussein Salem Suleiman", "Aref Ali Ahmed"]


def test_english_a_plural_noun_in_apposition_introduces_two_names_one_with_a_spelling_in_brackets() -> None:
    found = people("A drone strike hit a convoy near Manbij on Monday, killing two civilians, Zuzan Hammou and "
                   "Karam Shahabi.", "en")
    assert found == [("Zuzan Hammou", "killed"), ("Karam Shahabi", "killed")]
    found = people("A drone strike hit a convoy near Manbij on Monday, killing two women, Zuzan Hammou (Hamo) and "
                   "Karam Shahabi, and wounding a man.", "en")
    assert [name for name, _ in found] == ["Zuzan Hammou", "Karam Shahabi"]


def test_english_brothers_share_the_family_name_of_the_last() -> None:
    found = people("Gunmen killed brothers Farhan Din, Mohammed, Ismail Othman, and Ismail's son on Monday "
                   "in the town of Jinderes.", "en")
    assert [name for name, _ in found][:3] == ["Farhan Din Othman", "Mohammed Othman", "Ismail Othman"]


def test_english_a_speaker_before_told() -> None:
    found = people("Gunmen killed four men in Jinderes on Monday. Roshin Othman told reporters they were unarmed.",
                   "en")
    assert ("Roshin Othman", "spokesperson") in found


def test_english_a_title_before_a_name_in_capitals() -> None:
    found = people("Protesters burned a photo of President Bashar Assad in Sweida on Tuesday.", "en")
    assert ("Bashar Assad", "mentioned") in found


def test_english_a_kunya_family_name_that_holds_a_place_name() -> None:
    found = people("On Monday, Abdullah Shafiq Abu Horan died of his wounds after he was shot in Daraa.", "en")
    assert ("Abdullah Shafiq Abu Horan", "killed") in found


def test_english_a_capitalised_word_before_a_given_name_starts_the_name() -> None:
    found = people("Before this incident, Aws Kamel al-Bateeh had been killed in the town of Saida.", "en")
    assert found == [("Aws Kamel al-Bateeh", "killed")]


def test_english_a_given_name_that_is_also_a_village_with_its_family_name() -> None:
    found = people("The latest was the killing of Qusay al-Halqi in the city of Jassim on Monday.", "en")
    assert ("Qusay al-Halqi", "killed") in found


def test_english_a_given_name_spelled_with_a_doubled_letter_the_index_lacks_opens_a_name() -> None:
    found = people("Gunmen killed two men in Tafas on Monday. A source said that both Nassib Kamal Hariri and Samer "
                   "Moussa were shot to death.", "en")
    assert found == [("Nassib Kamal Hariri", "killed"), ("Samer Moussa", "killed")]
    # a word for a group written like a given name opens no name
    assert people("Gunmen killed a man in Tafas on Monday. Police arrested members of the Jamaa Islamiya group "
                  "in the town.", "en") == []


def test_english_said_before_a_name_makes_a_source_unless_the_name_is_the_subject() -> None:
    assert ("Reda Hayshid", "spokesperson") in people(
        "An air strike killed nine people at a market in Idlib on Sunday, said Reda Hayshid, a vegetable vendor.", "en")
    assert people("On Monday, a local source said Nader al-Mafaalani was killed by gunmen in Hirak.", "en") \
        == [("Nader al-Mafaalani", "killed")]


def test_english_shot_to_death_names_a_dead_victim() -> None:
    found = people("Gunmen killed a teacher in Daraa on Monday. Hanan al-Abdullah was shot to death on the road.", "en")
    assert ("Hanan al-Abdullah", "killed") in found


# ------------------------------------------------------------------ the name index

def test_the_shipped_name_index_has_every_kind() -> None:
    index = NameIndex.default()
    assert "محمد" in index.get("ar-given") and "ahmed" in index.get("en-given")
    assert index.get("ar-family") and index.get("ar-given-rare")
    assert "محمد" not in index.get("ar-given-rare")


def test_the_hand_written_given_names_are_folded_and_open_a_name() -> None:
    index = NameIndex.default()
    assert "افين" in index.get("ar-given") and "آفين" not in index.get("ar-given")   # written آفين, read folded
    assert "ميديا" in index.get("ar-given-rare") and "ميديا" not in index.get("ar-given")
    found = people("أصيبت روجين حسن بجروح جراء قصف تركي على قرية في ريف الحسكة، اليوم الإثنين.")
    assert ("روجين حسن", "injured") in found


def test_a_hand_written_index_is_folded_only_when_asked(tmp_path: Path) -> None:
    path = tmp_path / "names.tsv"
    path.write_text("[ar-given]\nآفين\nwalid\n", encoding="utf-8")
    assert NameIndex.read(path).get("ar-given") == frozenset({"آفين", "walid"})
    assert NameIndex.read(path, fold_arabic=True).get("ar-given") == frozenset({"افين", "walid"})


def test_a_broken_name_index_line_names_the_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "names.tsv"
    path.write_text("# words\n[ar-given]\nمحمد\nعبد الله\n", encoding="utf-8")
    with pytest.raises(NameIndexError) as error:
        NameIndex.read(path)
    assert str(error.value) == f"{path}:4: expected one word a line after a [kind] section line"
    path.write_text("[people]\nمحمد\n", encoding="utf-8")
    with pytest.raises(NameIndexError) as error:
        NameIndex.read(path)
    assert str(error.value) == f"{path}:1: unknown section [people] (sections: ar-given, ar-given-rare, ar-family, en-given)"


def test_an_injured_person_who_died_later_is_one_of_the_dead() -> None:
    found = people("أصيب الشاب فراس الخطيب بجروح برصاص مجهولين في مدينة نوى أمس. "
                   "وتوفي الخطيب متأثراً بجراحه صباح اليوم.")
    assert found == [("فراس الخطيب", "killed")]


def test_a_death_of_wounds_later_in_the_sentence_of_the_injury_kills_the_injured() -> None:
    found = people("أصيب الشاب خالد العلي بجروح خطيرة إثر انفجار عبوة ناسفة في بلدة نوى أمس، وتوفي لاحقاً متأثراً بجراحه.")
    assert found == [("خالد العلي", "killed")]
    found = people("A bomb exploded in the town of Nawa on Monday, wounding Khaled al-Ali, who later died of his wounds "
                   "in hospital.", "en")
    assert found == [("Khaled al-Ali", "killed")]
    # not when another named person stands between, nor without a death
    found = people("أصيب الشاب خالد العلي بجروح خطيرة وقُتل الشاب أحمد الحسن إثر انفجار عبوة ناسفة في بلدة نوى أمس، "
                   "وتوفي لاحقاً متأثراً بجراحه.")
    assert found == [("خالد العلي", "injured"), ("أحمد الحسن", "killed")]
    found = people("أصيب الشاب خالد العلي بجروح خطيرة إثر انفجار عبوة ناسفة في بلدة نوى أمس، ونقل إلى المشفى.")
    assert found == [("خالد العلي", "injured")]


def test_a_conjunction_or_a_preposition_with_a_pronoun_is_no_part_of_a_name() -> None:
    found = people('قُتل شاب في مدينة طفس أمس. وأكدت المصادر أن "الحمد" مدني ولم ينتسب لأي جهة عسكرية أو أمنية أو '
                   "لأي فصائل، بعد أن أطلق عليه النار مسلحون.")
    assert found == []


def test_a_preposition_on_a_place_word_ends_a_name() -> None:
    assert people("انفجرت سيارة مفخخة بالسيدة زينب بريف دمشق أمس، ما أدى إلى مقتل ستة مواطنين.") == []


def test_a_country_adjective_after_a_given_name_is_a_nisba() -> None:
    found = people("قُتل القياديان بلال الصنعاني، وقسام الأردني بغارة جوية على مدينة إدلب أمس.")
    assert found == [("بلال الصنعاني", "killed"), ("قسام الأردني", "killed")]


def test_the_author_of_an_embedded_post_with_a_title_as_family_name_but_not_an_outlet() -> None:
    found = people("قُتل أربعة مدنيين بانفجار في مدينة الباب أمس.\n— Ahmad El Hajj | أحمد الحاج (@ahmad_h) "
                   "November 16, 2019\n— التلفزيون العربي (@AlarabyTV) January 23, 2025\n")
    assert found == [("أحمد الحاج", "mentioned")]


def test_a_correspondent_credited_after_the_victim_does_not_make_the_victim_a_source() -> None:
    found = people("قُتل ثلاثة عناصر في مدينة جاسم أمس، بينهم القيادي فراس الخطيب، بحسب مراسل الشبكة.")
    assert found == [("فراس الخطيب", "killed")]


def test_english_a_name_between_commas_before_a_speech_verb() -> None:
    found = people("Gunmen killed four civilians in Jinderes on Monday. The head of the regional council, "
                   "Safeen Dizayee, issued a statement condemning the killing.", "en")
    assert ("Safeen Dizayee", "spokesperson") in found


# ------------------------------------------------------------------ how names become people of an incident

def test_a_copula_after_a_noun_for_the_dead_or_the_hurt_gives_each_name_its_role() -> None:
    found = people("قُتل شخصان وأصيب ثالث بهجوم لمسلحين على سيارة في بلدة صيدا أمس. "
                   "والقتيلان هما سليم أحمد العودة وفراس نايف الزامل، أما المصاب فهو عدنان خليل الشرع.")
    assert found == [("سليم أحمد العودة", "killed"), ("فراس نايف الزامل", "killed"), ("عدنان خليل الشرع", "injured")]


def test_a_copula_right_after_the_casualty_names_the_victim() -> None:
    assert people("قُتل شاب برصاص مجهولين في مدينة طفس أمس، وهو أيمن جمال الكراد.") == [("أيمن جمال الكراد", "killed")]


def test_a_copula_before_everyday_words_names_nobody() -> None:
    assert people("قُتل شاب برصاص مجهولين قرب السجن المركزي في مدينة طفس أمس، وهو أكبر سجن في المحافظة.") == []


def test_a_noun_for_the_hurt_before_a_name_makes_the_person_injured() -> None:
    found = people("قُتل شاب وأصيب آخر بقصف على بلدة صيدا أمس. ونُقل المصاب رامي سعيد الخلف إلى مشفى المدينة.")
    assert found == [("رامي سعيد الخلف", "injured")]


def test_a_death_word_after_a_name_is_no_part_of_it() -> None:
    found = people("اغتال مسلحون شاباً في مدينة طفس أمس. وقالت مصادر إن الشاب مازن حسين الحشيش توفي في المشفى.")
    assert found == [("مازن حسين الحشيش", "killed")]


def test_an_age_after_a_name_describes_the_victim_of_the_incident_before() -> None:
    found = people("قُتل شاب برصاص مجهولين في مدينة طفس أمس. وكان يزن عادل الحمصي (24 عاماً) يعمل سائقاً.")
    assert found == [("يزن عادل الحمصي", "killed")]


def test_a_name_listed_after_a_victim_is_a_victim_too() -> None:
    found = people("قُتل شابان برصاص مجهولين في مدينة طفس أمس. وتبيّن أن يزن عادل الحمصي (24 عاماً) ومعاذ سمير "
                   "الناصر من أبناء المدينة.")
    assert found == [("يزن عادل الحمصي", "killed"), ("معاذ سمير الناصر", "killed")]


def test_a_named_victim_of_a_sentence_labelled_statistics_takes_the_role_of_its_casualty_word() -> None:
    found = people("قُتل شاب برصاص مجهولين في مدينة طفس أمس. ووثقت الشبكة مقتل سامر خالد العلي برصاص قناص.")
    assert found == [("سامر خالد العلي", "killed")]


def test_a_victim_of_a_sentence_dated_in_an_earlier_period_is_not_the_incident_s_victim() -> None:
    found = people("قُتل شاب برصاص مجهولين في مدينة طفس أمس. ووثقت الشبكة مقتل سامر خالد العلي في شهر آذار 2019.")
    assert found == [("سامر خالد العلي", "mentioned")]


def test_english_a_definite_noun_for_the_victim_before_a_name() -> None:
    found = people("Gunmen killed a man in the town of Tafas on Sunday. The man, Ahmad Salem al-Masri, was "
                   "shot in front of his house.", "en")
    assert found == [("Ahmad Salem al-Masri", "killed")]


def test_english_the_wounded_were_names_the_injured_and_the_list_shares_the_role() -> None:
    found = people("A bomb killed one man and wounded two in the town of Jasim on Sunday. The wounded were "
                   "Fadi Salem al-Hariri and Bilal Nasser al-Masri.", "en")
    assert ("Fadi Salem al-Hariri", "injured") in found and ("Bilal Nasser al-Masri", "injured") in found


def test_english_an_age_after_a_name_describes_the_victim() -> None:
    found = people("Unknown gunmen shot dead a man in the town of Tafas on Sunday. Mohammed Ali al-Zoubi, 40, "
                   "was a former rebel fighter.", "en")
    assert found == [("Mohammed Ali al-Zoubi", "killed")]


def test_english_a_name_after_said_that_dies_is_the_victim_not_the_source() -> None:
    found = people("A civilian was killed on Sunday in the town of Dael. Sources said Yasser Hamdan al-Ahmad died "
                   "of his wounds in hospital.", "en")
    assert found == [("Yasser Hamdan al-Ahmad", "killed")]


def test_a_count_ends_a_name_and_an_everyday_noun_opens_none() -> None:
    assert people("نجا شاب من محاولة اغتيال في مدينة طفس أمس، ونجاة ثلاثة أشخاص آخرين من هجمات مماثلة.") == []


def test_ordinals_in_a_later_sentence_give_the_people_named_before_their_roles() -> None:
    found = people('أطلق مسلحون النار على الشابين "أحمد خالد المحمد" و"سامر علي الحسن" في بلدة نصيب أمس. '
                   "وأسفر الهجوم عن مقتل الأول وإصابة الثاني.")
    assert found == [("أحمد خالد المحمد", "killed"), ("سامر علي الحسن", "injured")]


def test_a_dual_pronoun_on_a_later_casualty_word_gives_both_people_the_role() -> None:
    found = people('أطلق مسلحون النار على الشابين "أحمد خالد المحمد" و"سامر علي الحسن" في بلدة نصيب أمس. '
                   "وأسفر الهجوم عن مقتلهما على الفور.")
    assert found == [("أحمد خالد المحمد", "killed"), ("سامر علي الحسن", "killed")]


def test_a_later_noun_with_the_count_of_the_people_named_gives_them_the_role() -> None:
    found = people('أطلق مسلحون النار على كل من الشبان "غسان مصلح الحمد، وعادل غسان الحمد، وعمر محمود أبو زيد" '
                   "في بلدة صيدا أمس. وأسفر الهجوم عن إصابة الشبان الثلاثة بجروح.")
    assert [role for _, role in found] == ["injured", "injured", "injured"]


def test_the_body_of_an_abductee_found_later_makes_the_abductee_one_of_the_dead() -> None:
    found = people("اختطف مسلحون مجهولون الشاب أحمد محمود الزعبي في بلدة صيدا أمس. "
                   "وبعد ساعات عثر الأهالي على جثته قرب الطريق العام.")
    assert found == [("أحمد محمود الزعبي", "killed")]


def test_a_later_pronoun_that_does_not_agree_with_the_people_waiting_changes_nobody() -> None:
    found = people("أطلق مسلحون النار على المختار أحمد خالد المحمد في بلدة نصيب أمس، وحضر وزير الداخلية سامر خليل. "
                   "وأدى الهجوم إلى مقتله.")
    assert found == [("أحمد خالد المحمد", "mentioned"), ("سامر خليل", "mentioned")]


def test_english_both_were_killed_gives_the_people_named_before_the_role() -> None:
    found = people("Gunmen opened fire on Ahmad Salem al-Masri and Qasim Nabil al-Ali in the town of Tafas on "
                   "Sunday. Both were killed instantly.", "en")
    assert found == [("Ahmad Salem al-Masri", "killed"), ("Qasim Nabil al-Ali", "killed")]


def events(text: str, language: str = "ar") -> list[tuple[str | None, list[tuple[str, str]]]]:
    """(place name, [(name, role)]) of every event of the article."""
    art = Article(text=text, archived=text, language=language, origin="test", published=dt.date(2023, 5, 8))
    return [(e.place.name if e.place else None, [(p.name, p.role) for p in e.people]) for e in extract(art)]


def test_victims_named_as_killed_in_the_ambush_belong_to_that_ambush_wherever_their_bodies_went() -> None:
    found = events("قتل أربعة عناصر من قوات النظام بكمين نصبه مسلحون لحاجز قرب بلدة الجيزة شرقي درعا اليوم الاثنين. "
                   'وذكرت مصادر محلية أن الشابين "رامي سعيد الخلف" و"فادي أحمد العلي" قتلا بالكمين الذي نفذه '
                   "المسلحون اليوم، ونقلت جثتاهما إلى المشفى الوطني في مدينة درعا.")
    assert found == [("الجيزة", [("رامي سعيد الخلف", "killed"), ("فادي أحمد العلي", "killed")])]


def test_english_victims_killed_in_the_ambush_belong_to_it() -> None:
    found = events("Gunmen ambushed a patrol near the town of Jasim on Monday, killing four soldiers. Local sources "
                   "said Fadi Salem al-Hariri and Bilal Nasser al-Masri were killed in the ambush, and their bodies "
                   "were taken to a hospital in Damascus.", "en")
    assert found == [("Jasim", [("Fadi Salem al-Hariri", "killed"), ("Bilal Nasser al-Masri", "killed")])]


def test_a_definite_incident_noun_followed_by_another_place_is_another_incident() -> None:
    found = events("قتل مدنيان بقصف تركي على مدينة القامشلي اليوم الاثنين. "
                   "وأصيبت الطفلة سلمى خالد العيسى جراء القصف التركي على قرية تل حميس اليوم.")
    assert found == [("القامشلي", []), ("تل حميس", [("سلمى خالد العيسى", "injured")])]


def test_english_a_relative_listed_after_a_victim_is_a_victim_too() -> None:
    found = people("Two civilians were killed on Sunday when gunmen opened fire on their car near the town of Tafas. "
                   "The victims, Hussein Ali al-Hamad and his cousin Khaled Yousef al-Hamad, were returning from "
                   "work.", "en")
    assert found == [("Hussein Ali al-Hamad", "killed"), ("Khaled Yousef al-Hamad", "killed")]


def test_english_lines_under_a_header_that_names_them_are_the_victims() -> None:
    found = people("Gunmen killed two civilians on Sunday in the town of Tafas. They were named as:\n"
                   "- Hussein Ali al-Hamad\n- Khaled Yousef al-Hamad\n", "en")
    assert found == [("Hussein Ali al-Hamad", "killed"), ("Khaled Yousef al-Hamad", "killed")]


def test_lines_under_a_header_that_names_them_take_the_role_of_the_incident() -> None:
    found = people("أصيب ثلاثة مدنيين بجروح بقصف على بلدة صيدا أمس.\nوالمصابون هم:\nسامي خالد العلي\nيزن محمود الأحمد\n")
    assert found == [("سامي خالد العلي", "injured"), ("يزن محمود الأحمد", "injured")]


def test_a_victim_s_own_death_word_wins_over_the_role_of_the_incident() -> None:
    found = people("أصيب شاب بجروح بليغة برصاص مجهولين في مدينة نوى أمس. "
                   "وتوفي الشاب حسام محمد الجباوي صباح اليوم متأثراً بجراحه.")
    assert found == [("حسام محمد الجباوي", "killed")]


def test_a_kunya_with_the_family_name_in_a_title_is_the_person_of_the_full_name() -> None:
    found = aliases('اغتيال القيادي السابق "أبو خالد الحريري" في بلدة طفس\n'
                    'اغتال مسلحون مجهولون اليوم القيادي السابق محمود خالد الحريري الملقب "أبو خالد" في بلدة طفس.')
    assert list(found) == ["محمود خالد الحريري"]
    assert set(found["محمود خالد الحريري"]) >= {"أبو خالد الحريري", "أبو خالد"}


def test_the_person_who_survived_an_assassination_attempt_is_its_target() -> None:
    assert people("نجا القيادي السابق محمود خالد الحريري من محاولة اغتيال في بلدة طفس أمس.") == \
        [("محمود خالد الحريري", "target")]


def test_an_attempt_that_wounded_its_target_makes_the_target_injured() -> None:
    found = people('حاول مجهولون اغتيال المدعو "أبو هزاع" في بلدة سعسع أمس، ما أدى لإصابته بجروح ومقتل اثنين من '
                   "مرافقيه.")
    assert found == [("أبو هزاع", "injured")]


def test_english_the_survivor_of_an_assassination_attempt_is_its_target() -> None:
    found = people("A former rebel commander, Mahmoud Khaled al-Hariri, survived an assassination attempt in the "
                   "town of Tafas on Sunday.", "en")
    assert found == [("Mahmoud Khaled al-Hariri", "target")]


def test_a_target_wounded_in_a_later_sentence_is_injured() -> None:
    found = people('أطلق مسلحون النار على المدعو "أحمد خالد المحمد" في محاولة لاغتياله في بلدة نصيب أمس. '
                   'وأصيب "المحمد" بجروح نقل على إثرها إلى المشفى.')
    assert found == [("أحمد خالد المحمد", "injured")]


def test_a_person_whose_death_a_sentence_denies_is_not_a_victim() -> None:
    found = people("قُتل شاب برصاص مجهولين في مدينة طفس أمس. ونفت مصادر محلية مقتل سامر خالد العلي في الهجوم.")
    assert found == [("سامر خالد العلي", "mentioned")]


def test_a_casualty_word_before_a_noun_for_a_role_governs_the_name() -> None:
    assert people("قُتل المعتقل سامر خالد العلي تحت التعذيب في سجن صيدنايا أمس.") == [("سامر خالد العلي", "killed")]


# ------------------------------------------------------------------ forms of introduction, one test each (round 3)

# How news introduces a name (docs/names.md, "Forms of introduction"): one sentence written for each form, the
# people it must give. Arabic first, then English.
INTRODUCTION_FORMS = [
    ("a relation or role word", "ar", "قُتلت الطفلة سارة أحمد العلي بقذيفة في مدينة نوى أمس.",
     [("سارة أحمد العلي", "killed")]),
    ("a former role with its group between", "ar",
     "اغتال مجهولون القيادي السابق في فصائل المعارضة خالد محمود الزعبي في مدينة نوى أمس.",
     [("خالد محمود الزعبي", "killed")]),
    ("المدعو", "ar", "قُتل المدعو ماهر سليمان الحسين برصاص مجهولين في مدينة نوى أمس.",
     [("ماهر سليمان الحسين", "killed")]),
    ("a member of a force named by يدعى", "ar",
     "قُتل عنصر في الأمن العسكري يدعى فراس علي الحمود برصاص مجهولين في مدينة نوى أمس.", [("فراس علي الحمود", "killed")]),
    ("a rank of two words", "ar", "قُتل المساعد أول حسام نزار سلوم بانفجار عبوة ناسفة في مدينة نوى أمس.",
     [("حسام نزار سلوم", "killed")]),
    ("a rank, and the family name ends the name", "ar",
     "قُتل الشاب أحمد سعيد الزعبي برصاص مجهولين في مدينة نوى أمس، وأعلن قائد شرطة المدينة العقيد ضرار الدندل فتح تحقيق.",
     [("أحمد سعيد الزعبي", "killed"), ("ضرار الدندل", "spokesperson")]),
    ("عرف منهم", "ar", "قُتل ثلاثة مدنيين بقصف على مدينة نوى أمس، عرف منهم أحمد سعيد الزعبي ومحمد خالد الحريري.",
     [("أحمد سعيد الزعبي", "killed"), ("محمد خالد الحريري", "killed")]),
    ("وهم كل من", "ar",
     "قُتل ثلاثة مدنيين بقصف على مدينة نوى أمس، وهم كل من أحمد سعيد الزعبي ومحمد خالد الحريري وعلي حسن المصري.",
     [("أحمد سعيد الزعبي", "killed"), ("محمد خالد الحريري", "killed"), ("علي حسن المصري", "killed")]),
    ("كلاً من after an arrest", "ar", "اعتقلت قوات النظام كلاً من أحمد سعيد الزعبي ومحمد خالد الحريري في مدينة نوى أمس.",
     [("أحمد سعيد الزعبي", "detained"), ("محمد خالد الحريري", "detained")]),
    ("a list in brackets", "ar",
     "قُتل ثلاثة شبان (أحمد سعيد الزعبي، محمد خالد الحريري، علي حسن المصري) بقصف على مدينة نوى أمس.",
     [("أحمد سعيد الزعبي", "killed"), ("محمد خالد الحريري", "killed"), ("علي حسن المصري", "killed")]),
    ("three siblings sharing the family name", "ar", "قُتل الأشقاء أحمد ومحمد وعلي خالد الحسن بقصف على مدينة نوى أمس.",
     # brothers share their father's name too (session 20)
     [("أحمد خالد الحسن", "killed"), ("محمد خالد الحسن", "killed"), ("علي خالد الحسن", "killed")]),
    ("a dual introducer before given names alone", "ar", "أصيب الشابان أحمد ومحمد بجروح بقصف على مدينة نوى أمس.",
     [("أحمد", "injured"), ("محمد", "injured")]),
    ("each name in its own quotes after كل من", "ar",
     'قُتل كل من "أحمد سعيد الزعبي" و"محمد خالد الحريري" بقصف على مدينة نوى أمس.',
     [("أحمد سعيد الزعبي", "killed"), ("محمد خالد الحريري", "killed")]),
    ("a name going on after the closing quotation mark with a father's name", "ar",
     'قُتل الشاب "محمد" خالد الحريري برصاص مجهولين في مدينة نوى أمس.', [("محمد خالد الحريري", "killed")]),
    ("a quoted full name is not continued by the words after it", "ar",
     'اغتال مجهولون الشاب "منير زياد الخطيب" ابن رئيس المجلس البلدي في مدينة نوى أمس.',
     [("منير زياد الخطيب", "killed")]),
    ("بن inside a name", "ar", "قُتل الشاب محمد بن علي العمر برصاص مجهولين في مدينة نوى أمس.",
     [("محمد بن علي العمر", "killed")]),
    ("ابن inside a name", "ar", "قُتل الشاب خالد ابن سعيد القاسم برصاص مجهولين في مدينة نوى أمس.",
     [("خالد ابن سعيد القاسم", "killed")]),
    ("a nisba as the family name", "ar", "أطلق مجهولون النار على أحمد محمد الحمصي في مدينة نوى أمس، ما أدى لمقتله.",
     [("أحمد محمد الحمصي", "killed")]),
    ("أبو X as the family name after a given name", "ar",
     "أطلق مجهولون النار على محمد خالد أبو شقرة في مدينة نوى أمس، ما أدى لمقتله.", [("محمد خالد أبو شقرة", "killed")]),
    ("آل X as the family name", "ar", "قُتل الشاب محمد خالد آل سعود برصاص مجهولين في مدينة نوى أمس.",
     [("محمد خالد آل سعود", "killed")]),
    ("a two-letter given name inside a name", "ar",
     "قُتل الشاب أحمد سعيد الزعبي في مدينة نوى أمس. ودان أنور طه الخطيب الجريمة.",
     [("أحمد سعيد الزعبي", "killed"), ("أنور طه الخطيب", "mentioned")]),
    ("a family name the index lacks before a word that ends a name", "ar",
     "زار وزير الداخلية محمد خالد الرحمون مدينة نوى أمس بعد مقتل الشاب أحمد سعيد الزعبي برصاص مجهولين.",
     [("محمد خالد الرحمون", "mentioned"), ("أحمد سعيد الزعبي", "killed")]),
    ("a description of a civilian before a rare given name", "ar",
     "قُتل المسن مثقال فواز الحمد برصاص مجهولين في مدينة نوى أمس.", [("مثقال فواز الحمد", "killed")]),
    ("a plural description before rare given names", "ar",
     "قُتل المواطنان مثقال الحمد وعكلة الخطيب برصاص مجهولين في مدينة نوى أمس.",
     [("مثقال الحمد", "killed"), ("عكلة الخطيب", "killed")]),
    ("a place name followed by التابعة is no person", "ar", "قُتل شاب في منطقة السيدة زينب التابعة لريف دمشق أمس.", []),
    ("an office and the body it is held in before a rare given name", "ar",
     "قُتل شاب برصاص مجهولين في مدينة نوى أمس. ودان وزير الدفاع مرهف أبو قصرة الهجوم.",
     [("مرهف أبو قصرة", "mentioned")]),
    ("an office whose body is a construct before a rank", "ar",
     "قُتل شاب برصاص مجهولين في مدينة نوى أمس. وأكد قائد شرطة المدينة العقيد مثقال الحمد أن التحقيقات مستمرة.",
     [("مثقال الحمد", "spokesperson")]),
    ("an office, and the words after the name are not part of it", "ar",
     "قُتل شاب برصاص مجهولين في مدينة نوى أمس. وزار محافظ درعا أنور طه الزعبي المدينة.",
     [("أنور طه الزعبي", "mentioned")]),
    ("an office, and an outlet quoted after it is no person", "ar",
     'قُتل شاب برصاص مجهولين في مدينة نوى أمس. وصرح مدير مشفى الطب الحديث لوكالة "نورث بريس" بأن المشفى استقبل الجثة.',
     []),
    ("a relative named by a given name alone", "ar",
     "قُتلت السيدة فاطمة محمد النابلسي وطفلها أحمد بقصف على مدينة نوى أمس.",
     [("فاطمة محمد النابلسي", "killed"), ("أحمد", "killed")]),
    ("a relative named after ووالده", "ar", "قُتل الشاب سامر علي الحمد ووالده علي بقصف على مدينة نوى أمس.",
     [("سامر علي الحمد", "killed"), ("علي", "killed")]),
    ("EN: identified as", "en",
     "Gunmen killed a man in the town of Nawa on Sunday. He was identified as Mohammed Khaled al-Hariri.",
     [("Mohammed Khaled al-Hariri", "killed")]),
    ("EN: named", "en", "A young man named Ahmad al-Zoubi was shot dead in the town of Nawa on Sunday.",
     [("Ahmad al-Zoubi", "killed")]),
    ("EN: a list after named as", "en",
     "Three civilians were killed by shelling on Nawa on Sunday. They were named as Ahmad al-Zoubi, Mohammed "
     "al-Hariri and Ali al-Masri.",
     [("Ahmad al-Zoubi", "killed"), ("Mohammed al-Hariri", "killed"), ("Ali al-Masri", "killed")]),
    ("EN: a list after identified as", "en",
     "Two civilians were wounded by shelling on Nawa on Sunday. They were identified as Ahmad al-Zoubi and Mohammed "
     "al-Hariri.", [("Ahmad al-Zoubi", "injured"), ("Mohammed al-Hariri", "injured")]),
    ("EN: an abbreviated rank", "en", "Lt. Col. Samer Haddad was killed by an IED in the town of Nawa on Sunday.",
     [("Samer Haddad", "killed")]),
    ("EN: a rank of two words", "en",
     "First Lieutenant Bassel Issa Deeb was killed by an IED in the town of Nawa on Sunday.",
     [("Bassel Issa Deeb", "killed")]),
    ("EN: el-", "en", "Gunmen shot dead Mahmoud el-Masri in the town of Nawa on Sunday.", [("Mahmoud el-Masri", "killed")]),
    ("EN: Abu as the family name", "en", "Gunmen shot dead Khaled Abu Shaqra in the town of Nawa on Sunday.",
     [("Khaled Abu Shaqra", "killed")]),
    ("EN: Abdul", "en", "Gunmen shot dead Abdul Rahman al-Zoubi in the town of Nawa on Sunday.",
     [("Abdul Rahman al-Zoubi", "killed")]),
    ("EN: Abd al-", "en", "Gunmen shot dead Abd al-Rahman Hamdan in the town of Nawa on Sunday.",
     [("Abd al-Rahman Hamdan", "killed")]),
    ("EN: bin", "en", "Gunmen shot dead Mohammed bin Ali al-Omar in the town of Nawa on Sunday.",
     [("Mohammed bin Ali al-Omar", "killed")]),
    ("EN: a list after a colon", "en",
     "Three civilians were killed by shelling on the town of Nawa on Sunday: Ahmad al-Zoubi, Mohammed al-Hariri and "
     "Ali al-Masri.", [("Ahmad al-Zoubi", "killed"), ("Mohammed al-Hariri", "killed"), ("Ali al-Masri", "killed")]),
    ("EN: brothers joined by and", "en",
     "The brothers Ahmad and Mohammed al-Hassan were shot dead in the town of Nawa on Sunday.",
     [("Ahmad al-Hassan", "killed"), ("Mohammed al-Hassan", "killed")]),
    ("EN: two brothers in apposition", "en",
     "Two brothers, Ahmad and Mohammed al-Hassan, were shot dead in the town of Nawa on Sunday.",
     [("Ahmad al-Hassan", "killed"), ("Mohammed al-Hassan", "killed")]),
    ("EN: a possessive after a name", "en", "Ahmad al-Zoubi's body was found in the town of Nawa on Sunday.",
     [("Ahmad al-Zoubi", "killed")]),
    ("EN: a source credited with a title", "en",
     "Three civilians were killed by shelling on Nawa on Sunday, according to activist Ahmad al-Zoubi.",
     [("Ahmad al-Zoubi", "spokesperson")]),
    ("EN: a source after said and a title in apposition", "en",
     "Three civilians were killed by shelling on Nawa on Sunday, said the head of the local council, Ahmad al-Zoubi.",
     [("Ahmad al-Zoubi", "spokesperson")]),
    ("EN: a victim noun after said is no title of a source", "en",
     "Police said the man, Khaled al-Hariri, had been shot dead in the town of Nawa on Sunday.",
     [("Khaled al-Hariri", "killed")]),
]


@pytest.mark.parametrize(("form", "language", "text", "expected"), INTRODUCTION_FORMS,
                         ids=[form for form, *_ in INTRODUCTION_FORMS])
def test_a_form_of_introduction_gives_its_people(form: str, language: str, text: str,
                                                 expected: list[tuple[str, str]]) -> None:
    assert people(text, language) == expected


# Aliases: a kunya or nickname after a full name, in every form of its cue.
ALIAS_FORMS = [
    ("ar", 'قُتل القيادي محمود خالد الحريري المعروف بـ"أبو خالد" برصاص مجهولين في مدينة نوى أمس.', "أبو خالد"),
    ("ar", "قُتل القيادي محمود خالد الحريري الملقب بأبو خالد برصاص مجهولين في مدينة نوى أمس.", "أبو خالد"),
    ("ar", "قُتل القيادي محمود خالد الحريري ويكنى بأبي خالد برصاص مجهولين في مدينة نوى أمس.", "أبو خالد"),
    ("ar", "قُتل القيادي محمود خالد الحريري، المعروف باسم أبو عبد الله، برصاص مجهولين في مدينة نوى أمس.",
     "أبو عبد الله"),
    ("ar", 'قُتل الشاب محمود خالد الحريري الملقب بـ"الأسمر" برصاص مجهولين في مدينة نوى أمس.', "الأسمر"),
    ("en", "Gunmen shot dead Khaled al-Hariri, known as Abu Khaled, in the town of Nawa on Sunday.", "Abu Khaled"),
    ("en", "Gunmen shot dead Khaled al-Hariri, also known as Abu Khaled, in the town of Nawa on Sunday.", "Abu Khaled"),
    ("en", "Gunmen shot dead Khaled al-Hariri (Abu Khaled) in the town of Nawa on Sunday.", "Abu Khaled"),
    ("en", 'Gunmen shot dead Khaled al-Hariri, nicknamed "The Doctor", in the town of Nawa on Sunday.', "The Doctor"),
]


@pytest.mark.parametrize(("language", "text", "alias"), ALIAS_FORMS)
def test_a_kunya_or_nickname_after_a_full_name_is_its_alias_in_every_form(language: str, text: str, alias: str) -> None:
    found = aliases(text, language)
    assert len(found) == 1
    assert list(found.values())[0] == (alias,)


def test_an_official_before_a_casualty_word_that_has_its_own_named_victim_is_only_mentioned() -> None:
    found = people("Governor Louay Kharita visited Nawa on Sunday after gunmen shot dead Ahmad al-Zoubi.", "en")
    assert found == [("Louay Kharita", "mentioned"), ("Ahmad al-Zoubi", "killed")]
    found = people("دان محافظ درعا أنور طه الزعبي اغتيال الشاب أحمد سعيد الزعبي في مدينة نوى أمس.")
    assert found == [("أنور طه الزعبي", "mentioned"), ("أحمد سعيد الزعبي", "killed")]


def test_a_casualty_word_after_a_victim_is_still_its_own_when_another_casualty_word_governs_the_next_name() -> None:
    found = people("Ahmad al-Zoubi was wounded when gunmen killed Mohammed al-Hariri in the town of Nawa on Sunday.", "en")
    assert found == [("Ahmad al-Zoubi", "injured"), ("Mohammed al-Hariri", "killed")]


# ------------------------------------------------------------------ roles: what the casualty word near a name says

def test_a_name_after_a_relation_word_names_the_kin_of_the_person_hit() -> None:
    assert people("قُتل نجل القيادي أحمد سعيد الزعبي برصاص مجهولين في مدينة نوى أمس.") == [
        ("أحمد سعيد الزعبي", "mentioned")]
    found = people("Gunmen shot dead Qusay al-Halqi, the brother of former Prime Minister Wael al-Halqi, in the town of "
                   "Jassim on Sunday.", "en")
    assert found == [("Qusay al-Halqi", "killed"), ("Wael al-Halqi", "mentioned")]


def test_the_killing_an_act_answers_hits_nobody_of_this_incident() -> None:
    assert people("هاجم مسلحون حاجزاً في مدينة نوى أمس، رداً على مقتل القيادي أحمد سعيد الزعبي.") == [
        ("أحمد سعيد الزعبي", "mentioned")]
    assert people("Gunmen attacked a checkpoint in the town of Nawa on Sunday in retaliation for the killing of Ahmad "
                  "al-Zoubi.", "en") == [("Ahmad al-Zoubi", "mentioned")]


def test_a_name_the_answered_killing_governs_is_no_victim_of_another_casualty_word_before_it() -> None:
    found = people("قُتل أكثر من 20 شاباً في مجزرة أودت بحياتهم في ريف الرقة، رداً على مقتل القائد في الحرس الثوري "
                   "(خالد العلي)، بينهم 8 من دير الزور.")
    assert found == [("خالد العلي", "mentioned")]
    found = people("رداً على مقتل القائد خالد العلي، قتل مسلحون الشاب أحمد الحسن في مدينة نوى أمس.")
    assert found == [("خالد العلي", "mentioned"), ("أحمد الحسن", "killed")]
    found = people("Gunmen shot dead Ahmad Hassan in Nawa on Monday in retaliation for the killing of commander "
                   "Khaled Ali.", "en")
    assert found == [("Ahmad Hassan", "killed"), ("Khaled Ali", "mentioned")]


def test_an_official_who_condemns_visits_or_attends_is_only_mentioned() -> None:
    found = people("قُتل الشاب أحمد الحسن برصاص مجهولين في بلدة نوى أمس. وأدان عضو مجلس الشعب خالد العلي مقتل الشاب.")
    assert found == [("أحمد الحسن", "killed"), ("خالد العلي", "mentioned")]
    found = people("قُتل الشاب أحمد الحسن برصاص مجهولين في بلدة نوى أمس، وذلك بعد أيام من زيارة المحافظ خالد العلي "
                   "للبلدة.")
    assert found == [("أحمد الحسن", "killed"), ("خالد العلي", "mentioned")]
    found = people("قُتل الشاب أحمد الحسن برصاص مجهولين في بلدة نوى أمس. وشيع الأهالي جثمان الشاب بحضور الشيخ خالد "
                   "العلي.")
    assert found == [("أحمد الحسن", "killed"), ("خالد العلي", "mentioned")]
    found = people("Gunmen shot dead Ahmad Hassan in the town of Nawa on Monday. Governor Khaled al-Ali condemned the "
                   "killing.", "en")
    assert found == [("Ahmad Hassan", "killed"), ("Khaled al-Ali", "mentioned")]


def test_the_victim_after_a_reaction_or_a_visit_to_the_family_stays_the_victim() -> None:
    assert people("أدان ناشطون مقتل الشاب خالد العلي برصاص مجهولين في بلدة نوى أمس.") == [("خالد العلي", "killed")]
    found = people("زار وفد من المحافظة عائلة الشاب خالد العلي الذي قُتل برصاص مجهولين في بلدة نوى أمس.")
    assert found == [("خالد العلي", "killed")]


def test_a_threatened_arrest_or_a_charge_detains_and_kills_nobody() -> None:
    found = people("داهمت قوات النظام مدينة نوى أمس بعد زيارة اللواء محمد خالد الرحمون وتهديد عناصر الفصائل بالاعتقال "
                   "بتهمة تنفيذ عمليات اغتيال.")
    assert found == [("محمد خالد الرحمون", "mentioned")]


def test_wounded_then_dead_is_dead_but_not_when_the_death_is_another_person_s() -> None:
    assert people("أطلق مسلحون النار على منزل الشاب عبد الله العيدة في مدينة نوى أمس، مما أدى إلى إصابته ووفاته على "
                  "الفور.") == [("عبد الله العيدة", "killed")]
    assert people("Ahmad al-Zoubi was wounded and later died after gunmen opened fire in the town of Nawa on Sunday.",
                  "en") == [("Ahmad al-Zoubi", "killed")]
    assert people("Ahmad al-Zoubi was wounded and killed two others after gunmen opened fire in the town of Nawa on "
                  "Sunday.", "en") == [("Ahmad al-Zoubi", "injured")]


def test_a_person_still_receiving_treatment_or_named_after_the_injury_of_is_injured() -> None:
    found = people("أطلق مسلحون النار على أحمد محمد السلطان وصديقه خالد أبو فياض في مدينة نوى أمس. وقُتل السلطان "
                   "متأثراً بإصابته، بينما صديقه خالد أبو فياض ما يزال يتلقى العلاج.")
    assert ("خالد أبو فياض", "injured") in found
    found = people("The attack resulted in the killing of Ismail al-Laban and the injury of Abdulkarim al-Jalud, who was "
                   "taken to hospital in Nawa on Sunday.", "en")
    assert found == [("Ismail al-Laban", "killed"), ("Abdulkarim al-Jalud", "injured")]


def test_english_fatally_shot_names_one_of_the_dead() -> None:
    found = people("Gunmen opened fire on a car in the town of Nawa on Sunday. Munir al-Mahbash was fatally shot.", "en")
    assert found == [("Munir al-Mahbash", "killed")]


def test_a_sentence_on_another_incident_names_no_victim_of_the_one_before() -> None:
    text = "Gunmen shot dead a man in the town of Nawa on Sunday. In another incident, Munir al-Mahbash was fatally shot."
    first, *others = extract(Article(text=text, archived=text, language="en", origin="test",
                                     published=dt.date(2023, 3, 14)))
    assert "Munir al-Mahbash" not in {p.name for p in first.people}
    # "fatally shot" (session 14) makes the other incident an event of its own, whose victim he is
    assert [[(p.name, p.role) for p in e.people] for e in others] == [[("Munir al-Mahbash", "killed")]]


def test_a_person_speaking_in_a_statement_is_a_spokesperson() -> None:
    found = people("هاجم مسلحون حاجزاً في مدينة جبلة أمس، وقال مدير الأمن العام في المحافظة، المقدم مصطفى خالد كنعان، "
                   "في بيان، إن الهجوم أدى إلى سقوط عدد من المصابين.")
    assert found == [("مصطفى خالد كنعان", "spokesperson")]


def test_a_noun_for_the_perpetrator_before_a_name_makes_the_person_the_perpetrator() -> None:
    assert people("قُتل شاب برصاص مجهولين في مدينة نوى أمس. وقالت وزارة الداخلية إن المتهم هو المدعو فادي الحسين.") == [
        ("فادي الحسين", "perpetrator")]
    assert people("The gunman, Fadi al-Hussein, shot dead Ahmad al-Zoubi in the town of Nawa on Sunday.", "en") == [
        ("Fadi al-Hussein", "perpetrator"), ("Ahmad al-Zoubi", "killed")]
    assert people("Gunmen shot dead a man in the town of Nawa on Sunday. The killer was identified as Fadi al-Hussein.",
                  "en") == [("Fadi al-Hussein", "perpetrator")]


def test_a_relation_word_or_on_behalf_of_opens_no_name() -> None:
    # the whole name after the relation word; the family mourns him, so he is the incident's dead
    assert people("قُتل شاب برصاص مجهولين في مدينة نوى أمس. ونعت عائلة الشاب ابنها محمد ياسر الصالح.") == [
        ("محمد ياسر الصالح", "killed")]
    assert people("قُتل شاب برصاص مجهولين في مدينة نوى أمس. وتبنى التنظيم الهجوم على لسان المتحدث باسمه أبو حذيفة "
                  "الأنصاري.") == [("أبو حذيفة الأنصاري", "spokesperson")]


def test_died_as_qada_and_faraqa_al_hayat_make_the_person_one_of_the_dead() -> None:
    assert people("قضى الطفل أحمد عمر الحوراني جراء انفجار لغم من مخلفات الحرب في بلدة صيدا أمس.") == [
        ("أحمد عمر الحوراني", "killed")]
    assert people("فارق الشاب ياسر خليل حمدان الحياة بعد تعرضه لإطلاق نار في بلدة صيدا أمس.") == [
        ("ياسر خليل حمدان", "killed")]


def test_words_after_a_name_that_say_how_the_person_died_or_spoke_end_it() -> None:
    assert people("لقي الشاب ياسر خليل حمدان حتفه برصاص مجهولين في بلدة صيدا أمس.") == [("ياسر خليل حمدان", "killed")]
    found = people("أطلق مجهولون النار على سيارة في بلدة صيدا أمس. ونقل ناشطون عن الشاب ياسر خليل حمدان قوله إن المسلحين فروا.")
    assert [name for name, _ in found] == ["ياسر خليل حمدان"]


def test_a_victim_carried_to_hospital_is_no_source() -> None:
    found = people("أطلق مجهولون النار على سيارة في بلدة صيدا أمس. ونقل الشاب ياسر خليل حمدان إلى المشفى بحالة حرجة.")
    assert [name for name, _ in found] == ["ياسر خليل حمدان"] and found[0][1] != "spokesperson"


def test_a_person_identified_in_a_sentence_dated_in_an_earlier_period_is_not_the_incident_s_victim() -> None:
    found = people('قُتل شاب برصاص مجهولين في بلدة صيدا أمس. وحاول مجهولون في كانون الأول 2019 اغتيال المدعو "أبو ناصر" '
                   'قرب البلدة.')
    assert found == [("أبو ناصر", "mentioned")]


def test_a_person_identified_before_an_earlier_date_of_their_own_past_is_still_the_victim() -> None:
    found = people("Gunmen killed a man in the town of Nawa on Friday. Relatives identified him as Omar Khaled al-Masri, a "
                   "former fighter released from prison in early 2021.", "en")
    assert found == [("Omar Khaled al-Masri", "killed")]


# ------------------------------------------------------------------ session 6

def test_a_grandparent_introduces_a_name() -> None:
    found = people("قُتل ثلاثة مدنيين بقصف مسيرة على مدينة القامشلي، وبينهم الجد يوسف زنكلو 82 عاماً.")
    assert ("يوسف زنكلو", "killed") in found
    found = people("أصيب مدنيان بقصف على مدينة القامشلي، بينهم الجدة فاطمة حمكو.")
    assert ("فاطمة حمكو", "injured") in found
    # a grandfather not named is no one
    assert people("قُتل ثلاثة مدنيين بقصف مسيرة على مدينة القامشلي، وبينهم الجد وحفيده.") == []


def test_a_word_that_is_rarely_a_given_name_opens_no_speakers_name() -> None:
    found = people("قُتل شاب بقصف مسيرة على مدينة القامشلي، وقالت قوى الأمن الداخلي إن المسيرة تركية.")
    assert found == []
    found = people("قُتل شاب بقصف مسيرة على مدينة القامشلي، وقال يمان العبود إن المسيرة تركية.")
    assert found == [("يمان العبود", "spokesperson")]


def test_capitalised_words_of_an_institutions_name_are_no_person() -> None:
    found = people("Two children were killed in a blast in Idlib on Monday. The Ministry for Emergency and "
                   "Disaster Management said in a statement that the blast occurred in a depot.", "en")
    assert found == []
    found = people("Two children were killed in a blast in Idlib on Monday, said Raed al-Saleh, minister for "
                   "Emergency and Disaster Management, on Monday.", "en")
    assert found == [("Raed al-Saleh", "spokesperson")]
    # a name after "the killing of" is a person
    found = people("Gunmen shot dead Ahmad Hamdan in Idlib on Monday, the Directorate of Health said.", "en")
    assert ("Ahmad Hamdan", "killed") in found


def test_a_given_name_and_an_al_word_before_the_casualty_verb_are_one_name() -> None:
    found = people("وأفاد ناشطون بأن عبدالكريم العصلان قتل برصاص دورية في مدينة الرقة.")
    assert ("عبدالكريم العصلان", "killed") in found
    # "the latter" is no family name
    assert people("وأفاد ناشطون بأن أحمد الأخير قتل برصاص دورية في مدينة الرقة.") == []


# ------------------------------------------------------------------ session 7: children of one parent, roads, "survived"

def test_given_names_listed_before_the_word_for_children_of_take_the_parents_chain() -> None:
    found = people("عُثر على جثث ثلاثة أشقاء من قرية الزيتونة وهم أحمد، سامر، وليد أبناء مروان العبدالله، مقتولين "
                   "قرب القرية.")
    assert found == [("أحمد مروان العبدالله", "killed"), ("سامر مروان العبدالله", "killed"),
                     ("وليد مروان العبدالله", "killed")]
    assert people("قُتل الشقيقان علي وحسن ابنا ياسر الخطيب برصاص مجهولين في بلدة نوى أمس.") == [
        ("علي ياسر الخطيب", "killed"), ("حسن ياسر الخطيب", "killed")]


def test_full_names_before_the_word_for_children_of_keep_their_own_chain() -> None:
    # a list of full names is not a list of given names: أبناء there is "natives of", not the parent's name
    found = people("قُتل الشابان سامر الحسن وعلي الخطيب أبناء بلدة نوى برصاص مجهولين أمس.")
    assert found == [("سامر الحسن", "killed"), ("علي الخطيب", "killed")]
    # one given name alone is not a list of children
    assert ("أحمد", "killed") not in people("قُتل الطفل أحمد أبناء مروان العبدالله في بلدة نوى.")


def test_a_road_named_like_a_person_is_no_person() -> None:
    assert people("قُتل شاب وأصيب آخر بانفجار عبوة على طريق أم الزيتون في ريف القنيطرة أمس.") == []
    assert people("قُتل شاب برصاص مسلحين فروا عبر طريق فرعي يعرف بـ\"طريق المطاحن\" المؤدي إلى قرية نوى.") == []
    # a quoted name after an introducer is still a name
    assert people("قُتل الشاب \"سامر العلي\" برصاص مجهولين في بلدة نوى.") == [("سامر العلي", "killed")]


def test_the_verb_survived_after_a_given_name_is_no_family_name() -> None:
    assert people("قُتل شاب في بلدة نوى. وقال الدفاع المدني إن سليم نجا قبل عام من انفجار لغم.") == []
    assert people("قُتل الشاب سليم نجار برصاص مجهولين في بلدة نوى.") == [("سليم نجار", "killed")]
    assert people("نجا الشاب سليم العلي من محاولة اغتيال في بلدة نوى أمس.") == [("سليم العلي", "target")]


def test_an_article_a_community_or_a_command_is_no_part_of_an_english_name() -> None:
    assert people("An Alawite schoolteacher was killed in the Bab Amr neighbourhood of Homs on Monday.", "en") == []
    assert people("Last week, the US Central Command said that a senior ISIS member was killed in a raid in Syria.",
                  "en") == []
    # the person named after the community word is still found
    assert people("An Ismaili farmer, Hassan Khaled al-Ali, was shot dead in Salamiyah on Monday.", "en") == [
        ("Hassan Khaled al-Ali", "killed")]


def test_a_family_name_the_index_lacks_right_before_an_age_ends_the_name() -> None:
    found = people("قُتل شاب برصاص مجهولين في حي الفيحاء بمدينة حماة، وتبين لاحقاً أنه سامر خالد العلي الزوين "
                   "(29 عاماً)، وينحدر من ريف حماة.")
    assert found == [("سامر خالد العلي الزوين", "killed")]
    # without the age, a word the index lacks after a family name stays out of a name no introducer opened
    found = people("قُتل شاب برصاص مجهولين في حي الفيحاء بمدينة حماة، وتبين لاحقاً أنه سامر خالد العلي الزوين، "
                   "وينحدر من ريف حماة.")
    assert found == [("سامر خالد العلي", "killed")]


# ------------------------------------------------------------------ session 8: likewise, the family's daughter, ages

def test_likewise_before_the_next_name_of_a_list_is_no_part_of_it() -> None:
    found = people("قُتل ثلاثة أشخاص بتفجير في كنيسة بمدينة حمص أمس، ولم يكن الحزن أقل مع استشهاد مروان الخطيب، "
                   "وكذلك ماهر الشامي.")
    assert found == [("مروان الخطيب", "killed"), ("ماهر الشامي", "killed")]


def test_a_daughter_of_the_family_is_named_after_the_relation_and_shares_the_victim_cue() -> None:
    # a given name the index holds only as rare opens a name after "ابنة العائلة" as after a relation with a pronoun
    found = people("قُتل ثلاثة أشخاص بتفجير في كنيسة بمدينة حمص أمس، بينهم الشاب سليم عطية وابنة العائلة جوليا "
                   "عطية.")
    assert found == [("سليم عطية", "killed"), ("جوليا عطية", "killed")]
    # the family's son described, not named: no person, and ابن does not join the words after it into a name
    found = people("قُتل ثلاثة أشخاص بتفجير في كنيسة بمدينة حمص أمس، بينهم الشاب سليم عطية وابن العائلة الأكبر.")
    assert found == [("سليم عطية", "killed")]
    # a relation to a named person still names that person's kin, not a victim
    found = people("قُتل نجل القيادي مروان الخطيب بتفجير في مدينة حمص أمس.")
    assert ("مروان الخطيب", "killed") not in found


def test_english_a_name_with_its_age_is_a_person_whatever_its_given_name() -> None:
    found = people("Gunmen killed four men of one family in Afrin on Monday. The victims were Nizhad Othman (43), "
                   "Kamil Othman (42) and Rafid Othman (18).", "en")
    assert [name for name, _ in found] == ["Nizhad Othman", "Kamil Othman", "Rafid Othman"]
    found = people("Gunmen killed two farmers in Afrin on Monday. They were Rafid Othman, 43, and Tarif Hamo, 38.",
                   "en")
    assert [name for name, _ in found] == ["Rafid Othman", "Tarif Hamo"]
    # counts after places are no ages of people
    assert people("Shelling killed civilians in Maarat al-Numan (12), Rural Damascus (4) and Kafr Nubl (3) on "
                  "Monday, the monitor said.", "en") == []


def test_the_ruler_of_a_period_or_a_regime_is_only_mentioned_whatever_the_casualty_word() -> None:
    found = people("اعتقلت قوات الأمن ضابطاً سابقاً في بلدة نوى أمس، كان يشغل منصب مدير السجن في عهد الرئيس السابق "
                   "حافظ الخطيب.")
    assert found == [("حافظ الخطيب", "mentioned")]
    found = people("اعتقلت قوات الأمن في بلدة نوى أمس الشاب سامر الحلبي، وهو ضابط سابق في نظام حافظ الخطيب.")
    assert found == [("سامر الحلبي", "detained"), ("حافظ الخطيب", "mentioned")]
    found = people("Security forces arrested a former officer in Nawa on Monday who ran a prison under former "
                   "President Hafez Khatib.", "en")
    assert found == [("Hafez Khatib", "mentioned")]
    # the detainee himself keeps his role
    assert people("Security forces arrested Samer Halabi in Nawa on Monday.", "en") == [("Samer Halabi", "detained")]


def test_a_date_in_digits_opens_no_numbered_line_of_names() -> None:
    text = "اقتحم مسلحون مقهى في قرية أم حارتين، ما أدى إلى مقتل شخصين. {} نوفوستي عربي"
    assert people(text.format("16.11.2025")) == []
    assert people(text.format("16-11-2025")) == []
    # a numbered line still lists the dead
    assert people("قُتل شخصان بقصف على بلدة نوى أمس، وهم:\n1. سامر الحلبي\n2. ماهر الشامي") == [
        ("سامر الحلبي", "killed"), ("ماهر الشامي", "killed")]


def test_a_word_for_civilians_after_a_given_name_is_a_family_name() -> None:
    found = people("قُتل شاب في مدينة بانياس أمس. وأكد عامر المدني، مدير أمن منطقة بانياس، أن قوات الأمن تلاحق "
                   "المتورطين.")
    assert found == [("عامر المدني", "spokesperson")]
    # the word alone is still no name, and still introduces one
    assert people("قُتل مدني في مدينة بانياس أمس، وأصيب مدني آخر.") == []
    assert people("قُتل المدني عامر الحلبي في مدينة بانياس أمس.") == [("عامر الحلبي", "killed")]


def test_english_a_relative_after_his_son_may_be_named_by_the_given_name_alone() -> None:
    found = people("Gunmen killed Mayor Jawad Farhat and his son Najdat in the village on Monday.", "en")
    assert found == [("Jawad Farhat", "killed"), ("Najdat", "killed")]
    # a full name stays full; a weekday or no name after the relation names nobody
    found = people("Gunmen killed Mayor Jawad Farhat and his son Najdat Farhat in the village on Monday.", "en")
    assert found == [("Jawad Farhat", "killed"), ("Najdat Farhat", "killed")]
    assert people("Gunmen killed Samer Halabi and his son Monday in the village.", "en") == [("Samer Halabi", "killed")]
    assert people("Gunmen killed a farmer and his son in the village on Monday.", "en") == []


def test_a_witness_who_gives_only_a_first_name_is_a_source_not_a_victim() -> None:
    found = people("Gunmen killed four people in the village on Monday. Kamil, a resident of a nearby village and a "
                   "relative of three victims, said the gunmen were masked and killed them.", "en")
    assert found == [("Kamil", "spokesperson")]
    found = people("Gunmen killed four people in the village on Monday. According to Kamil, one of the relatives, the "
                   "gunmen were masked.", "en")
    assert found == [("Kamil", "spokesperson")]
    found = people("قُتل أربعة أشخاص برصاص مسلحين في قرية نوى أمس. وقال كامل، أحد أقارب الضحايا، إن المسلحين قتلوا "
                   "أربعة أشخاص.")
    assert found == [("كامل", "spokesperson")]
    # a place with a description, a weekday, a title after the comma: no witness
    assert people("Gunmen killed four people in Homs, a city in central Syria, on Monday.", "en") == []
    assert people("قُتل أربعة أشخاص برصاص مسلحين في قرية نوى أمس. وقال كامل، مدير المشفى، إن المسلحين كانوا "
                  "ملثمين.") == []


# ------------------------------------------------------------------ Session 9

def test_a_casualty_noun_with_a_plural_pronoun_makes_the_names_listed_before_it_victims() -> None:
    # "ما أدى إلى مقتلهم": the shot-at people named before the result clause died (three and more, as for two)
    found = people("أطلق مجهولون الرصاص على القيادي السابق \"سامر العلي\"، والشاب \"خالد سامي الحسن\" و\"أبو عمر "
                   "الزين\"، ما أدى إلى مقتلهم على الفور، في مدينة جاسم.")
    assert found == [("سامر العلي", "killed"), ("خالد سامي الحسن", "killed"), ("أبو عمر الزين", "killed")]
    found = people("استهدفت مسيرة سيارة تقل الشقيقات هدى ومنى وسلمى الأحمد، ما أدى إلى مقتلهن في بلدة نوى.")
    assert {role for _, role in found} == {"killed"} and len(found) == 3
    # a name the clause only mentions, after the result, stays mentioned
    found = people("أطلق مجهولون الرصاص على ثلاثة شبان في مدينة جاسم، ما أدى إلى مقتلهم، وأدان المحافظ سامر خليل ما جرى.")
    assert found == [("سامر خليل", "mentioned")]


def test_the_result_clause_of_an_attack_says_what_happened_to_its_named_target() -> None:
    # "استهدف X، ما أدى إلى إصابته": targeted and wounded, not killed
    assert people("استهدف مجهولون الشاب سامر العلي في مدينة جاسم، ما أدى إلى إصابته بجروح.") == [
        ("سامر العلي", "injured")]
    assert people("Gunmen targeted Samer al-Ali in the town of Jasim on Monday, wounding him.", "en") == [
        ("Samer al-Ali", "injured")]
    # an assassination without a result clause kills its target; a wounded companion named by a noun does not
    # make the target wounded
    assert people("اغتال مسلحون الشاب سامر العلي في مدينة جاسم وأصابوا مرافقه بجروح.") == [("سامر العلي", "killed")]
    assert people("استهدف مجهولون الشاب سامر العلي في مدينة جاسم، ما أدى إلى مقتله.") == [("سامر العلي", "killed")]


def test_a_speech_verb_with_and_after_a_name_opens_another_clause_of_the_report() -> None:
    # "هم: (X – Y – Z)، وأوضح أن": the reporter explains, not the last name of the list
    found = people("وذكر المراسل أن القتلى جراء التفجير في مدينة جاسم هم: (سامر العلي – خالد الحسن – مازن علي "
                   "الزين)، وأوضح أن حالة العديد من المصابين خطرة.")
    assert found == [("سامر العلي", "killed"), ("خالد الحسن", "killed"), ("مازن علي الزين", "killed")]
    # a speech verb right after the name, without "and", still makes its speaker
    assert people("قُتل شاب برصاص مجهولين في مدينة نوى أمس، ونادر قعدوني، قال إن الشاب توفي.") == [
        ("نادر قعدوني", "spokesperson")]


def test_known_of_the_dead_opens_a_list_like_known_of_them() -> None:
    # "عرف من القتلى X (...) وY (...)": the noun in place of the pronoun of "عرف منهم", and it gives the role
    found = people("قتلت قوات الأمن المهاجم في بلدة نوى، حيث عرف من القتلى سامر إبراهيم الدركال (عضو المجلس المحلي) "
                   "وخالد الدحام (أحد وجهاء القرية).")
    assert found == [("سامر إبراهيم الدركال", "killed"), ("خالد الدحام", "killed")]
    found = people("انفجرت عبوة في بلدة نوى أمس، ما أدى إلى مقتل شخصين وإصابة ثلاثة، عرف من المصابين سامر الدركال "
                   "وخالد الحسن.")
    assert found == [("سامر الدركال", "injured"), ("خالد الحسن", "injured")]
    # "عرف من" before a noun that is no victims' noun opens nothing
    assert people("قتل شاب برصاص مجهولين في بلدة نوى، وعرف من أهالي البلدة سامر الدركال بكرمه.") == []


def test_a_quoted_name_may_have_five_parts() -> None:
    # the quotation marks delimit the name: the great-grandfather's or a second family name is the name's
    assert people("انفجر لغم أرضي في بلدة نوى، ما أدى لمقتل الطفل \"سامر أحمد الحسن الخالد العمر\" البالغ من "
                  "العمر 15 عاماً.") == [("سامر أحمد الحسن الخالد العمر", "killed")]
    # the words after the closing mark are not; unquoted, a name has four parts at most
    assert people("قتل الشاب \"سامر أحمد الحسن الخالد\" العمر برصاص مجهولين في بلدة نوى.") == [
        ("سامر أحمد الحسن الخالد", "killed")]
    assert people("انفجر لغم أرضي في بلدة نوى، ما أدى لمقتل الطفل سامر أحمد الحسن الخالد العمر البالغ من العمر "
                  "15 عاماً.") == [("سامر أحمد الحسن الخالد", "killed")]


def test_quoted_words_after_a_group_noun_name_the_group_even_after_an_introducer() -> None:
    # "القيادي في فصيل "X Y" المعارض "Z W"": the faction is no person; the commander after it is
    assert people("قتل القيادي في فصيل \"أحفاد الرسول\" المعارض \"سامر العلي\" برصاص مجهولين في مدينة جاسم.") == [
        ("سامر العلي", "killed")]
    assert people("اعتقلت الهيئة \"أبو عروة الشامي\" المنضوي ضمن جماعة \"أنصار الإسلام\" في مدينة إدلب.") == [
        ("أبو عروة الشامي", "detained")]
    # an introducer right before the quotation marks still names the person
    assert people("قتل القيادي \"سامر العلي\" برصاص مجهولين في مدينة جاسم.") == [("سامر العلي", "killed")]
