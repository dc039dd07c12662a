import pytest

from attributor.features.attribution import classify_source, find_attributions
from attributor.features.quotes import track


def best(text):
    found = find_attributions(text, 0, len(text), track(text))
    assert found, f"no attribution found in {text!r}"
    a = found[0]
    src = text[a.source_start:a.source_end] if a.source_start is not None else None
    return text[a.cue_start:a.cue_end], a.cue_kind, src, a.source_kind


@pytest.mark.parametrize("text, cue, kind, source, source_kind", [
    ('"I think so," he said.', "said", "verb", "he", "pronoun"),
    ("Now there are negotiations on energy, — said one of the insiders.", "—", "dash", "one of the insiders", "anonymous"),
    ("We will not retreat, — the minister stressed.", "—", "dash", "the minister", "role"),
    ("According to people familiar with the talks, the deal is close.", "According to", "according_to",
     "people familiar with the talks", "anonymous"),
    ("The deal is close, the Herald reported, citing two officials.", "citing", "citing", "two officials", "anonymous"),
    ("PENCE: Well, look, this is serious business.", ":", "colon", "PENCE", "named"),
    ('"We saw water," said Tom Adeyemi, the city\'s public works director.', "said", "verb",
     "Tom Adeyemi, the city's public works director", "named"),
    ("A Kremlin spokesman said the talks would go on.", "said", "verb", "A Kremlin spokesman", "spokesperson"),
    ("Critics say the bill is flawed.", "say", "verb", "Critics", "vague_group"),
    ("The plan was delayed, a senior diplomat said on condition of anonymity.", "said", "verb", "a senior diplomat", "anonymous"),
    # "the same people" points back to sources already qualified
    ("The deal could close next month, the paper reported, citing the same people.", "citing", "citing",
     "the same people", "anonymous"),
    # a passive reporting verb credits its agent
    ("This was reported to the paper by two sources familiar with the sale.", "reported", "verb",
     "two sources familiar with the sale", "anonymous"),
    # a headline's claim credited after a colon, glued metadata and all
    ("The central bank will raise the rate again: insiders date 2025-03-02", ":", "according_to", "insiders",
     "anonymous"),
    # speech verbs that report agreement or an insinuation
    ("The minister concurred with the findings of the audit.", "concurred", "verb", "The minister", "role"),
    ("The loss is temporary, a top aide implies in the memo.", "implies", "verb", "a top aide", "anonymous"),
])
def test_cue_and_source(text, cue, kind, source, source_kind):
    assert best(text) == (cue, kind, source, source_kind)


def test_accused_of_says_what_someone_is_charged_with():
    text = "Relations worsened when Morvan expelled three diplomats accused of spying."
    assert all(a.cue_word != "accused" for a in find_attributions(text, 0, len(text), track(text)))


@pytest.mark.parametrize("text", ["Key points: three", "Among the injured: Ada Marsh", "What changes on Monday: the timetable"])
def test_a_colon_before_a_list_item_or_a_name_credits_nobody(text):
    assert all(a.cue_kind != "according_to" for a in find_attributions(text, 0, len(text), track(text)))


@pytest.mark.parametrize("phrase", [
    "officials", "a senior official", "two U.S. officials", "Western officials", "a senior diplomat", "sources",
    "one source", "insiders", "aides", "the governor's aides", "people familiar with the matter",
    "two people briefed on the talks", "a person close to the family", "people with knowledge of the deal",
    "the agency's interlocutor", "insiders of the publication", "a former employee who asked not to be named",
    "people with direct knowledge of the negotiations", "a person with firsthand knowledge of Mr. Abara's plans",
])
def test_every_anonymity_family_is_anonymous(phrase):
    assert classify_source(phrase) == "anonymous"


@pytest.mark.parametrize("phrase, kind", [
    ("Volodymyr Zelensky", "named"),
    ("a Pentagon spokeswoman", "spokesperson"),
    ("the newspaper", "publication"),
    ("experts", "vague_group"),
    ("she", "pronoun"),
])
def test_named_and_on_record_sources_are_not_anonymous(phrase, kind):
    assert classify_source(phrase) == kind


def test_no_attribution_in_narrative():
    text = "Russia has already destroyed almost half of Ukraine's generating capacity."
    assert find_attributions(text, 0, len(text), track(text)) == []


@pytest.mark.parametrize("text, source", [
    # an aside between subject and cue says how it spoke, not who it is
    ("The governor's chief of staff, asked about the departures, said only two people had left.",
     "The governor's chief of staff"),
    ("The Gazette, citing the club's accounts, said the club lost 41 million euros.", "The Gazette"),
    ("The minister's office, when contacted by the Herald, said the former envoy could not recall the date.",
     "The minister's office"),
    # so does a parenthetical right before the cue
    ("Sen. Ada Marsh (D-Ore.) said the bill would pass.", "Sen. Ada Marsh"),
    ("Advisers to a rival campaign (that would be the mayor's) even suggest the count was wrong.",
     "Advisers to a rival campaign"),
    # lower-case "state" before a noun is an adjective, not the cue
    ('"Either the mayor knew or nobody told him," said state senator Ada Marsh.', "state senator Ada Marsh"),
    ("The talks have failed, he told state television on Monday.", "he"),
    # a reporting-verb form before a verb is a noun
    ("Battlefield reports show the enemy advanced two kilometres, the General Staff said on Tuesday.",
     "the General Staff"),
    # the subject, not the verb phrase before the cue
    ("Hillary Clinton is continuing to insist that she will release the transcripts.", "Hillary Clinton"),
    ("''Why do they pay lower rates than you do?'' Mrs. Clinton asked.", "Mrs. Clinton"),
    # a determiner that stands for a speaker
    ('Another added: "Nobody at the top is picking up the phone."', "Another"),
    ("The other said he had photographed the whiteboard.", "The other"),
    ('"We are not popping anything yet," one told us.', "one"),
    ('Another, a consultant anaesthetist, put it more bluntly: "We were the decoration."',
     "Another, a consultant anaesthetist"),
    ('It quotes one person involved in the talks as saying: "This is further along than anyone realises."',
     "one person involved in the talks"),
    # a participle's source is the sentence subject, after any lead-in
    ("Kaine decried that math, saying Clinton took questions at the convention.", "Kaine"),
    ('In a statement released Thursday, Rep. Ida Marsh reacted to the news, saying: "This is a tragedy."',
     "Rep. Ida Marsh"),
    ("Brianne Stone, 29, of Huntsville, says her biggest concern is global warming.", "Brianne Stone"),
    # headline verbs
    ("Rep. Gwen Graham slams Trump, praises Clinton as 'work horse, not show horse.'", "Rep. Gwen Graham"),
    # the speaker keeps its appositive; a lead-in clause does not
    ('Hicks, his campaign spokeswoman, added that "the executives are women."', "Hicks, his campaign spokeswoman"),
    ('"Could this happen here?" wrote Sanders, runner-up to Clinton for the nomination.',
     "Sanders, runner-up to Clinton for the nomination"),
    ("On Tuesday, after winning Ohio in the primary, Gov. Jo Kasich, said he would go on.", "Gov. Jo Kasich"),
    ('Hours later, Trump returned the compliment, telling Reuters, "We get along."', "Trump"),
    # a view credited without a verb
    ("In Ash's view, the change would reshape the convention.", "Ash"),
    # the main clause's tag outranks the verb of a relative clause inside its subject
    ('Jon Varda, a former senior adviser who supported the levy, said the mayor "understood the risk."',
     "Jon Varda, a former senior adviser who supported the levy"),
])
def test_source_spans_are_the_speaker_noun_phrase(text, source):
    assert best(text)[2] == source


@pytest.mark.parametrize("text", [
    "Clinton's visit comes as the added cost of the plan worries the council.",     # after a determiner
    "Turnout in the United States rose again.",                                    # a name
    "But Putin is unlikely to agree to a deal before the spring.",                 # a forecast, not a stance
    "The phone calls went unanswered for a week.",                                 # a noun before its verb
    "Deficits would add up to $1.5 trillion over the decade.",                     # a phrasal verb
    "HOW CHINA'S DECLINE AFFECTS THE REST OF THE WORLD",                           # a heading in capitals
])
def test_verb_forms_that_report_nothing(text):
    assert find_attributions(text, 0, len(text), track(text)) == []


@pytest.mark.parametrize("phrase, kind", [
    ("the newspaper Vesti Strava, which cites its own sources in the party", "anonymous"),   # second-hand chain
    ("Privately, people on the mediation team", "other"),          # the adverb is the statement's, not the phrase's
    ("a customs officer", "other"),                                # an indefinite role identifies nobody
    ("the customs officer", "role"),
    ("a budget memo seen by the Lakemont Ledger", "document"),     # the memo, not the paper that saw it
])
def test_relayed_and_indefinite_sources(phrase, kind):
    assert classify_source(phrase) == kind


def test_an_unnamed_stance_subject_wins_over_an_earlier_one():
    text = "Nobody disputes the figures, but her allies fear that more emails will come out."
    assert best(text)[2:] == ("her allies", "anonymous")


def test_privately_makes_a_group_speak_off_the_record():
    text = "Privately, people on the mediation team say they are running out of patience."
    assert best(text)[3] == "anonymous"
