"""Interview turns: the interviewer's lines are the outlet's, every answer line is the interviewee's."""
import pytest

from attributor.features import vocab
from attributor.features.statements import analyse

_UNPREFIXED = """Ada Kerr: "I paint what the river leaves behind"
By Tom Vell

Ada Kerr's new show opens at the Harbour Gallery on Friday.

Why the river?
My father fished it. Every summer we walked the banks.
The show feels darker than your last one.
Does it? I think it is quieter, not darker.
What comes next?
Portraits, finally. My dealer is delighted.

The show runs until March."""


def _turns(text):
    art = analyse(text)
    return {v.text: (v.turn, art.text[v.attribution.source_start:v.attribution.source_end]
                     if v.attribution is not None and v.attribution.source_start is not None else None)
            for v in art.statements}


def test_unprefixed_questions_and_answers_alternate_and_answers_stand_on_the_interviewee():
    turns = _turns(_UNPREFIXED)
    for question in ("Why the river?", "The show feels darker than your last one.", "What comes next?"):
        assert turns[question][0] == vocab.TURN_QUESTION
    for answer in ("My father fished it.", "Every summer we walked the banks.", "Does it?",
                   "Portraits, finally.", "My dealer is delighted."):
        assert turns[answer] == (vocab.TURN_ANSWER, "Ada Kerr")
    assert turns["The show runs until March."][0] == vocab.TURN_NONE


@pytest.mark.parametrize("text", [
    # questions in prose paragraphs: no transcript
    "Who pays? Nobody knows yet.\n\nWhat happens next? The council meets on Monday.\n\nWill it pass? Maybe.",
    # a block of alternating lines with no interviewee named anywhere
    "Why now?\nBecause the money ran out.\nWho decided?\nThe board did.\nWhen?\nIn May.",
    # a list of questions with no answers between them
    "Mayor Jo Ode faces three questions:\nWho signed the contract?\nWhy was it secret?\nWhat did it cost?",
])
def test_text_that_is_not_an_unprefixed_interview_has_no_turns(text):
    assert {turn for turn, _ in _turns(text).values()} == {vocab.TURN_NONE}


def test_prefixed_turns_still_win_over_the_unprefixed_layout():
    text = "Q: Why the river?\nA: My father fished it.\nQ: And now?\nA: Portraits.\nQ: Happy?\nA: Very."
    turns = _turns(text)
    assert turns["Q: Why the river?"][0] == vocab.TURN_QUESTION
    assert turns["A: My father fished it."][0] == vocab.TURN_ANSWER


def test_name_prefixed_subheads_of_a_roundup_are_no_transcript():
    # each `Name: phrase` subhead opens one section; nobody asks twice, so nobody is interviewed
    text = ("What each club needs on Saturday.\n\n"
            "Hartwell: Win at home.\n\nHartwell lead the table by four points after a run of six straight wins.\n\n"
            "Ostby: Stop the slide?\n\nOstby have lost three in a row and their coach is under pressure.\n\n"
            "Varga: Keep it tight.\n\nVarga's defence has conceded twice all season.")
    assert {turn for turn, _ in _turns(text).values()} == {vocab.TURN_NONE}


def test_a_surname_prefix_is_the_same_speaker_as_the_full_name_before_it():
    text = ("Council budget: the interview\n\n"
            "MARA OSTVIK: Why did the council delay the vote?\n\n"
            "TOMAS LIND: Because the budget was not ready.\n\n"
            "OSTVIK: Will it be ready in May?\n\n"
            "LIND: I expect so.")
    turns = _turns(text)
    assert turns["MARA OSTVIK: Why did the council delay the vote?"][0] == vocab.TURN_QUESTION
    assert turns["OSTVIK: Will it be ready in May?"][0] == vocab.TURN_QUESTION
    assert turns["TOMAS LIND: Because the budget was not ready."][0] == vocab.TURN_ANSWER
    assert turns["LIND: I expect so."][0] == vocab.TURN_ANSWER


_TRANSCRIPT = """Ines Haldor: "The harbour will not wait for us"
Transcript: Evening Report, Radio Keld

Harbour commissioner Ines Haldor spoke to presenter Rob Tenn about the flood wall.

TENN: Commissioner, good evening.
How high will the wall be?
HALDOR: Two metres along the quay.
It rises to three at the ferry terminal.
TENN: And who pays?
HALDOR: The port and the city, half each.

This interview has been edited for length.
The full programme is on the Radio Keld app."""


@pytest.mark.parametrize("line", [
    'Ines Haldor: "The harbour will not wait for us"',  # the headline: a quote by the colon rule, not a turn
    "Transcript: Evening Report, Radio Keld",            # a label, not a speaker
    "Harbour commissioner Ines Haldor spoke to presenter Rob Tenn about the flood wall.",
    "This interview has been edited for length.",        # after the last turn's paragraph: the article again
    "The full programme is on the Radio Keld app.",
])
def test_lines_around_a_transcript_are_no_turns(line):
    assert _turns(_TRANSCRIPT)[line][0] == vocab.TURN_NONE


def test_a_headline_in_the_turn_layout_opens_no_turn():
    text = ("STRIKER WANTS OUT: Rovers star has had enough, club insiders claim\n\n"
            "Ines Haldor has scored 23 goals this season.\n\n"
            "Asked again later, the manager kept it short.\n"
            "Q: Has she asked to leave?\nTENN: No.\nQ: Would you sell her?\nTENN: Next question.")
    turns = _turns(text)
    assert turns["Ines Haldor has scored 23 goals this season."][0] == vocab.TURN_NONE
    assert turns["TENN: No."][0] == vocab.TURN_ANSWER


def test_a_transcript_between_intro_and_footer_keeps_its_turns():
    turns = _turns(_TRANSCRIPT)
    assert turns["How high will the wall be?"][0] == vocab.TURN_QUESTION
    assert turns["It rises to three at the ferry terminal."] == (vocab.TURN_ANSWER, "HALDOR")
    assert turns["HALDOR: The port and the city, half each."][0] == vocab.TURN_ANSWER


def test_a_host_whose_question_ends_the_turn_is_the_interviewer():
    text = ("Signal Check, episode 12\n\n"
            "Ines Haldor: Welcome to the show. Rob, you think the plan is a bad idea.\n"
            "Rob Tenn: I think nobody has explained it.\n"
            "Haldor: Ada, you ran ticketing. Did it come up?\n"
            "Ada Marsh: It came up. The answer was no.")
    turns = _turns(text)
    assert turns["Ines Haldor: Welcome to the show."][0] == vocab.TURN_QUESTION
    assert turns["The answer was no."] == (vocab.TURN_ANSWER, "Ada Marsh")


_BOLD_LOST = """The conductor who walked out: "I stopped hearing the music"
By Tom Vell

Ada Kerr resigned as chief conductor of the Harbour Philharmonic in February.
Kerr, 52, has not spoken publicly since.

Why did you leave?

Because I stopped hearing the music.
I was hearing budgets and ticket numbers.

Did you think about staying?

For about a week.

Will you conduct again?

Not a big orchestra.

The orchestra's board said it wished her well.
Photo: Eri Asata"""


def test_questions_in_paragraphs_of_their_own_are_answered_by_the_person_the_introduction_names():
    turns = _turns(_BOLD_LOST)
    assert turns["Why did you leave?"][0] == vocab.TURN_QUESTION
    assert turns["I was hearing budgets and ticket numbers."] == (vocab.TURN_ANSWER, "Ada Kerr")
    assert turns["Not a big orchestra."] == (vocab.TURN_ANSWER, "Ada Kerr")
    for line in ("The orchestra's board said it wished her well.", "Photo: Eri Asata",
                 "Kerr, 52, has not spoken publicly since."):
        assert turns[line][0] == vocab.TURN_NONE


def test_rhetorical_questions_of_an_essay_are_no_interview():
    text = ("Why the bridge failed\nBy Tom Vell\n\nThe council met on Monday. Ada Kerr chaired it. Kerr spoke first.\n\n"
            "What went wrong?\n\nThe steel was cheap.\n\nWho signed it off?\n\nThe old board did.")
    assert {turn for turn, _ in _turns(text).values()} == {vocab.TURN_NONE}


#: An exchange between an interviewer (Haldor) and a guest (Marsh), after an introduction that decides who asks.
_EXCHANGE = "HALDOR: Why did you sign it?\nMARSH: Because it was fair.\nHALDOR: Who drafted it?\nMARSH: My staff."


@pytest.mark.parametrize("intro", [
    "On Sunday, on KNMX's \"Capitol Week\", Governor Ada Marsh defended the deal.",   # another outlet's show
    "Senator Ines Haldor pressed the nominee at the confirmation hearing.",          # a hearing
])
def test_a_reproduced_broadcast_or_hearing_makes_every_turn_its_speakers_words(intro):
    turns = _turns(f"Water deal under fire\n\n{intro} Partial transcript:\n\n{_EXCHANGE}")
    assert turns["HALDOR: Why did you sign it?"] == (vocab.TURN_ANSWER, "HALDOR")
    assert turns["MARSH: My staff."] == (vocab.TURN_ANSWER, "MARSH")


def test_an_answer_turn_stands_on_its_prefix_whatever_it_reports():
    text = ("Transcript\n\nHALDOR: Who told you that?\n"
            "MARSH: I would like that official to say it with their name attached.\nThe accounts are published.\n"
            "HALDOR: Will you resign?\nMARSH: No.")
    turns = _turns(text)
    assert turns["MARSH: I would like that official to say it with their name attached."] == (vocab.TURN_ANSWER, "MARSH")
    assert turns["The accounts are published."] == (vocab.TURN_ANSWER, "MARSH")


@pytest.mark.parametrize("intro", [
    # the byline and the presenter are the outlet's
    "Morning Briefing\nInterview by Ines Haldor\n\nAda Marsh spoke to presenter Ines Haldor.",
    # the programme's own presenter, though an edition of a show is named
    "Transcript: the ambulance chief\n\n"
    "The following is a transcript of Thursday's edition of Morning Desk on Radio Fell.\n"
    "Presenter Ines Haldor spoke to Ada Marsh.",
])
def test_the_outlets_own_presenter_asks_in_the_outlets_words(intro):
    assert _turns(f"{intro}\n\n{_EXCHANGE}")["HALDOR: Why did you sign it?"][0] == vocab.TURN_QUESTION
