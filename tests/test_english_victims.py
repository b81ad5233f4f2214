"""English named victims: shapes read on the dev part in session 14 (generator/ingest/extract/english_people.py,
english.py, people.py; words in lang/en/people.py). Every sentence is written for its test."""

from __future__ import annotations

import datetime as dt

from generator.ingest.article import Article, clean_saved_page
from generator.ingest.extract import extract


def people(text: str) -> list[tuple[str, str]]:
    """(name, role) of everyone the English article's events carry, in event order."""
    art = Article(text=text, archived=text, language="en", origin="test", published=dt.date(2023, 5, 8))
    return [(p.name, p.role) for event in extract(art) for p in event.people]


def events_people(text: str) -> list[list[tuple[str, str]]]:
    """(name, role) of each event's people, an event a list."""
    art = Article(text=text, archived=text, language="en", origin="test", published=dt.date(2023, 5, 8))
    return [[(p.name, p.role) for p in event.people] for event in extract(art)]


def test_identified_a_described_person_as_a_name() -> None:
    # "identified the village headman as X": a noun phrase of any words between "identified" and "as"
    found = people("Gunmen shot dead three men in the village of Tell Hamra on Monday. Relatives identified the "
                   "village headman as Karim Yousef Haddad.")
    assert found == [("Karim Yousef Haddad", "killed")]


def test_a_name_before_a_place_word_or_after_village_of_is_a_place() -> None:
    # "from Hassan Kaddour neighbourhood", "the village of “Ahmad Hamdan”": capitalised words of a place, no person
    found = people("Gunmen shot dead Karim Yousef Haddad in the town of Nawa on Monday. Haddad hailed from Hassan "
                   "Kaddour neighbourhood in Homs. Later, gunmen kidnapped a young man near the village of “Ahmad "
                   "Hamdan” in rural Suwayda.")
    assert [name for name, _ in found] == ["Karim Yousef Haddad"]


def test_a_name_with_the_group_it_speaks_for_before_told_is_the_source() -> None:
    # "X of the Civil Defence told Reuters": the group between the name and the speech verb, no commas
    found = people("An air strike hit the market of Ariha on Monday, killing five people and wounding 12 others, "
                   "many of them critically injured. Samer Haddad of the Syrian Civil Defence told Reuters the toll "
                   "could rise.")
    assert found == [("Samer Haddad", "spokesperson")]


def test_the_casualty_verb_right_after_a_name_gives_its_role() -> None:
    # "Y was wounded": the verb of Y's own clause, not the "killed" of the name before
    found = people("Gunmen opened fire on a car in the town of Nawa on Monday. Karim Yousef Haddad was killed and "
                   "Samer Ahmad Nasser was wounded.")
    assert found == [("Karim Yousef Haddad", "killed"), ("Samer Ahmad Nasser", "injured")]
    # two names sharing one verb after "and", the auxiliary left out
    found = people("Gunmen opened fire on a car in the town of Nawa on Monday. Karim Yousef Haddad was killed and "
                   "Samer Ahmad Nasser and Omar Khaled Saleh wounded.")
    assert found == [("Karim Yousef Haddad", "killed"), ("Samer Ahmad Nasser", "injured"),
                     ("Omar Khaled Saleh", "injured")]


def test_their_bodies_found_elsewhere_take_the_people_of_the_incident_before() -> None:
    # the bodies were found at another place: that incident (the killing, where the bodies were found) has the two
    found = events_people("Gunmen abducted two council members in the city of Hasaka on Friday. Karim Yousef Haddad "
                          "headed the council's water committee. Samer Ahmad Nasser was its deputy head. Their bodies "
                          "were found in the town of Shaddadi on Saturday.")
    assert found[-1] == [("Karim Yousef Haddad", "killed"), ("Samer Ahmad Nasser", "killed")]
    assert all(not event for event in found[:-1])


def test_a_sentence_s_first_word_with_an_ayn_mark_opens_the_name() -> None:
    # "Shu’la" opens the sentence: an English word has no ’ inside it (only "’s", "’t"), a transliterated name does
    found = people("Gunmen shot dead two women in the town of Nawa on Monday. Shu’la Hasan al-Omar was a teacher.")
    assert [name for name, _ in found] == ["Shu’la Hasan al-Omar"]
    found = people("Gunmen shot dead two women in the town of Nawa on Monday. Don’t Hasan al-Omar was a teacher.")
    assert [name for name, _ in found] == ["Hasan al-Omar"]


def test_a_quoted_full_name_is_read_whole_and_a_family_name_alone_names_nobody_new() -> None:
    # the quotes hold the whole name, its first word no given name; "Al-Haddad" later is the same man, no second person
    found = people("“Hattab Yousef Al-Haddad”, a member of the SDF, was shot dead by gunmen in the town of Shuhail on "
                   "Monday. The SDF accused ISIS of the assassinations, including the assassination of Al-Haddad in Shuhail.")
    assert found == [("Hattab Yousef Al-Haddad", "killed")]


def test_a_killing_retaliation_is_feared_for_hits_nobody_here() -> None:
    # "retaliatory attacks over the killing of X": the killing answered, an earlier one, not this incident's
    found = people("A car bomb exploded in the town of Hasaka on Monday, wounding three people. Many have warned of "
                   "retaliatory attacks due to the killing of group leader Hattab Yousef Haddad.")
    assert ("Hattab Yousef Haddad", "killed") not in found


def test_the_ally_of_a_named_ruler_names_the_ruler_only_in_passing() -> None:
    # "Russia, a key ally of President X, carried out the strike": X describes Russia, the strike did not hit X
    found = people("Activists say Russia, a key ally of President Hattab Yousef Haddad, carried out the strike on "
                   "the town of Ariha on Monday, killing five people.")
    assert found == [("Hattab Yousef Haddad", "mentioned")]


def test_a_line_broken_inside_a_sentence_is_one_sentence() -> None:
    # a page wrapped by hand: the line after the break goes on with the sentence (it opens in lower case)
    found = people("Gunmen opened fire on a group of young men in the village of Anaz on Sunday. The attack killed "
                   "two young men, Hattab Yousef Haddad and\nSamer Ahmad Nasser, who was critically wounded\nand "
                   "later succumbed to his injuries.")
    assert found == [("Hattab Yousef Haddad", "killed"), ("Samer Ahmad Nasser", "killed")]


def test_a_nom_de_guerre_after_a_name_is_its_alias() -> None:
    # "also known by his nom de guerre X": X is the same man, not a second person (nor a cut "Karim Al")
    found = people("US forces killed a senior militant in a raid near the town of Atmeh on Monday. Officials identified "
                   "the militant as Hattab Saleh Haddad, also known by his nom de guerre Abdul-Karim Al Halabi. He "
                   "headed the group's security office.")
    assert found == [("Hattab Saleh Haddad", "killed")]



def test_a_byline_label_with_a_colon_leaves_the_body() -> None:
    # "Editing: X |", "Translation: Y": who prepared the piece, not a person of the report
    parts = clean_saved_page("Gunmen release kidnapped man near Suwayda\nEditing: Hattab Haddad |\n"
                             "Translation: Samira Nasser\nGunmen released a young man kidnapped a week ago near the "
                             "town of Shahba on Monday.\nReporting: two men were wounded.\n")
    assert not any("Haddad" in line or "Nasser" in line for line in parts.body)
    assert "Reporting: two men were wounded." in parts.body   # after the label, not only capitalised names
