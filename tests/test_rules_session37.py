"""Rules of session 37 (6 December 2026); each sentence written for its test."""

from __future__ import annotations

from test_probes_session21 import extracted


def _people(text: str, language: str = "ar") -> list[list[tuple[str, str]]]:
    return [[(p.name, p.role) for p in e.people] for e in extracted(text, language)]


def test_a_sentence_saying_what_the_arrests_came_within_is_their_context() -> None:
    # «تأتي هذه الاعتقالات في إطار ...» tells the context of the arrests: no second incident, and the names told
    # after it are the detainees of the arrest
    lead = "اعتقلت قوات الأمن خمسة شبان في بلدة جنديرس بريف عفرين مساء أمس. "
    context = "تأتي هذه الاعتقالات في إطار تقارير تشير إلى وجود عمليات اعتقال واسعة في عفرين. "
    names = "وعرف من المعتقلين: سامر خليل، وخالد حسين."
    assert _people(lead + context + names) == [[("سامر خليل", "detained"), ("خالد حسين", "detained")]]
    # without the opening it is an incident of its own
    assert len(extracted(lead + "وشنت قوات الأمن عمليات اعتقال واسعة في عفرين اليوم.")) == 2
    # English: what an incident came amid or as part of is its context, whatever day and place it gives
    for context in ("The attack came amid shelling by Turkish forces on the villages of Abu Rasin on Sunday.",
                    "The bombing came as part of a campaign of raids on the villages of Abu Rasin on Sunday."):
        assert len(extracted("A roadside bomb killed two soldiers near Tal Tamr on Monday. " + context, "en")) == 1
    assert len(extracted("A roadside bomb killed two soldiers near Tal Tamr on Monday. Turkish forces shelled the "
                         "villages of Abu Rasin on Sunday.", "en")) == 2
