"""Every word list attributor uses, in one readable place.

Lists are lower-case; multi-word entries are matched as phrases. Keep them
short and general: they describe how news attributes speech in English,
not any particular article.
"""
from __future__ import annotations

import re

#: Abbreviations that never end a sentence by themselves (Punkt form: no final period).
ABBREVIATIONS = frozenset("""
mr mrs ms dr prof sen sens rep reps gov govs gen lt col maj capt cmdr adm sgt cpl pvt
st sr jr rev fr hon pres supt det insp atty asst assoc dept univ
inc corp co ltd llc plc bros vol vols eds fig approx vs etc
jan feb mar apr jun jul aug sep sept oct nov dec
mon tue tues wed thu thur thurs fri sat sun
u.s u.k u.n e.u u.s.a d.c a.m p.m i.e e.g n.y l.a ph.d b.c a.d
ala ariz ark calif colo conn del fla ga ind kan ky md mich minn mont
neb nev okla ore pa tenn tex va vt wash wis wyo
""".split())

#: Reporting verbs, every inflection listed so no stemmer is needed at run time.
#: Forms that are mostly nouns in news ("state", "report", "post", "call") are left out.
REPORTING_VERBS = frozenset("""
claim say says said saying tell tells told telling add adds added adding notes noted noting stated
stating claims claimed claiming insist insists insisted insisting argue argues argued arguing warn
warns warned explain explains explained explaining announce announces announced announcing confirm
confirms confirmed confirming deny denies denied denying reports reported reporting write writes
wrote written writing replies replied responds responded ask asks asked asking acknowledge
acknowledges acknowledged admit admits admitted concede concedes conceded suggest suggests
suggested emphasize emphasizes emphasized emphasise emphasised stress stresses stressed declare
declares declared recall recalls recalled predict predicts predicted promises promised allege
alleges alleged assert asserts asserted contend contends contended maintain maintains maintained
complain complains complained estimated reveal reveals revealed disclose discloses disclosed
indicate indicates indicated believe believes believed think thinks thought pointed continue
continues continued tweets tweeted posted quipped joked recount recounted describe describes
described called urge urges urged vowed pledged testify testified testifies remark remarked observe
observed commented mention mentioned boast boasted fume fumed gush gushed reiterate reiterated
reiterates assure assured clarify clarified specify specified accuse accused accuses criticize
criticized criticise criticised signaled signalled mused muses pondered wondered wonders exclaimed
shouted yelled snapped retorted scoffed countered counters lamented laments sighed marveled marvelled cautioned
cautions interjected whispered chanted groused grumbled bragged touted touts conceded insists recalls
speak speaks spoke calls slams slam rips knocks urges warns vows imply implies implied implying hint hints
hinted hinting
""".split())

#: Verbs of opinion or description: cues, but weaker evidence of speech than "said".
WEAK_CUES = frozenset("think thinks thought believe believes believed call calls called point points pointed continue continues continued describe describes described signal signaled signalled".split())

#: Verbs of stance, intention and evaluation: they credit a position to their subject
#: (``the senator endorsed``, ``aides fear``, ``the union rejected``) when nothing stronger does.
STANCE_VERBS = frozenset("""
agree agrees agreed endorse endorses endorsed express expresses expressed propose proposes proposed
cite cites cited question questions questioned reject rejects rejected praise praises praised blast blasts
blasted blame blames blamed attack attacks attacked dismiss dismisses dismissed hope hopes hoped hoping
want wants wanted fear fears feared plan plans planned seek seeks sought seeking refuse refuses refused
decline declines declined oppose opposes opposed support supports supported favor favors favored favour
favours favoured expect expects expected doubt doubts doubted worry worries worried prefer prefers preferred
consider considers considered view views viewed see sees feel feels felt know knows knew questioned
demand demands demanded welcome welcomes welcomed condemn condemns condemned defend defends defended
recommend recommends recommended conclude concludes concluded acknowledge insisted vow vows promise promises
disagree disagrees disagreed disputed attribute attributes attributed downplay downplays downplayed
discuss discusses discussed debated voiced floated characterize characterized characterise characterised portray
portrays portrayed credited hailed denounce denounces denounced decry decries decried slammed applaud applauds
applauded recognize recognizes recognized understand understands understood emailed texted concur concurs
concurred concurring
""".split())

#: Adjectives and participles of belief, feeling and intent after ``be`` (``aides are optimistic``,
#: ``allies have been eager``): with a group as subject they credit it a view, not an act.
MENTAL_STATES = frozenset("""
optimistic pessimistic confident concerned worried eager convinced hopeful skeptical sceptical frustrated
wary determined divided furious angry unhappy pleased nervous anxious alarmed uneasy satisfied disappointed
relieved resigned adamant certain sure unsure aware reluctant keen open opposed hoping expecting planning
considering weighing debating pushing pressing urging bracing betting counting preparing looking trying
supportive doubtful hesitant upbeat
""".split())

#: Verbs with which a document, poll or study states something (``court records show``).
DOCUMENT_VERBS = frozenset("show shows showed shown find finds found conclude concludes concluded indicate indicates indicated suggest suggests suggested reveal reveals revealed state states stated".split())

#: Head nouns of documents, polls and studies as sources.
DOCUMENT_NOUNS = frozenset("""
report reports study studies poll polls survey surveys record records document documents data memo memos
filing filings analysis audit review letter letters email emails transcript transcripts minutes figures
statistics census estimate estimates assessment assessments investigation inquiry indictment complaint
lawsuit ruling judgment order budget papers evidence research findings bulletin bulletins notice
notices website release
""".split())

#: Multi-word cues that attribute without a reporting verb ("according to",
#: "citing" and dash/colon speech are handled as their own cue kinds).
PHRASE_CUES = (
    "draws attention", "draw attention", "drew attention", "has learned", "have learned",
    "points out", "point out", "pointed out", "made clear", "is convinced", "are convinced",
    "was quoted as saying", "is quoted as saying", "were quoted as saying",
    "shot back", "fired back", "hit back", "went on to say", "goes on to say",
)

#: Hedges and distancing cues that weaken attribution strength.
HEDGES = (
    "reportedly", "allegedly", "purportedly", "supposedly", "claimed", "claims", "claim",
    "is said to", "are said to", "was said to", "were said to", "is believed to",
    "rumored", "rumoured", "apparently", "unconfirmed", "it is alleged",
)

#: Head nouns of unnamed sources.
UNNAMED_SOURCE_NOUNS = frozenset("""
source sources official officials insider insiders aide aides adviser advisers advisor advisors
diplomat diplomats staffer staffers operative operatives confidant confidants associate associates
interlocutor interlocutors pal pals friend friends employee employees insider's whistleblower
spokesperson person people individual individuals someone ally allies loyalist loyalists
republican republicans democrat democrats
""".split())

#: Nouns that name an unnamed source only when qualified ("people familiar with").
QUALIFIED_NOUNS = frozenset("""person people individual individuals someone friend friends employee employees associate
associates republican republicans democrat democrats""".split())

#: Qualified nouns that a possessive makes an unnamed source (``Romney's associates``, ``his employees``).
POSSESSED_NOUNS = frozenset("associate associates employee employees".split())

#: Nouns that a back-reference to an earlier speaker may use (``the researcher said``).
BACK_REFERENCE_NOUNS = frozenset("""
researcher researchers lawyer lawyers investigator investigators officer officers member members
witness witnesses resident residents worker workers manager managers executive executives
""".split())

#: Nouns that make a partitive an unnamed person (``one of the officers``, ``another executive``).
PARTITIVE_HEADS = UNNAMED_SOURCE_NOUNS | frozenset("""
officer officers executive executives member members investigator investigators lawyer lawyers
negotiator negotiators manager managers
""".split())

#: Modifiers that open a source phrase with a capital at the start of a sentence (``Current and former
#: officials``, ``Senior aides``): never a name.
COMMON_MODIFIERS = frozenset("""
current former senior top other some many several both local state federal foreign western eastern
regional municipal city county party campaign government military police security industry company
two three four five few most all longtime longstanding close private public unnamed anonymous
""".split())

#: Role and group nouns that name nobody: with an anonymity qualifier (``executives close to the
#: board``) or as a bare transcript speaker (``OFFICER:``) they stand for an unnamed source.
ROLE_NOUNS = PARTITIVE_HEADS | frozenset("""
figure figures planner planners staff employee employees director directors guard guards soldier soldiers
nurse nurses doctor doctors teacher teachers player players colleague colleagues engineer engineers
agent agents detective detectives analyst analysts banker bankers trader traders whistleblower
""".split())

#: Capitalised words that are not names: parties, nationalities, institutions as adjectives.
NOT_NAMES = frozenset("""
republican republicans democrat democrats democratic gop american americans european british
russian ukrainian chinese french german western eastern federal state national congressional
white house pentagon kremlin administration campaign senate house party none nobody neither either
""".split())

#: Qualifiers that make a person/people phrase an anonymous source.
PERSON_QUALIFIERS = (
    "familiar with", "close to", "briefed on", "with knowledge of", "knowledgeable about",
    "with direct knowledge of", "with firsthand knowledge of",
    "with intimate knowledge of", "with detailed knowledge of",
    "aware of", "involved in", "privy to", "in the know", "who attended", "who saw", "who have seen",
    "who has seen", "who had seen", "who were present", "present at", "who were in the room", "in the room",
    "who heard", "who have spoken", "who has spoken", "entourage", "inner circle", "who have worked with",
)

#: Short qualifiers that make a source anonymous only inside the source phrase itself.
PHRASE_QUALIFIERS = (
    "anonymous", "unnamed", "unidentified", "insiders of", "sources of", "sources in", "source in", "source close",
)

#: The qualifiers that make a source anonymous wherever they stand in its statement (the short,
#: ambiguous ones such as "sources of" count only inside the source phrase).
ANONYMITY_PHRASES = (
    "who declined to be named", "who asked not to be named", "who asked not to be identified",
    "who requested anonymity", "on condition of anonymity", "on the condition of anonymity",
    "condition of anonymity", "not authorized to", "not authorised to", "speaking anonymously",
    "who spoke anonymously", "declined to be identified", "was not authorized", "were not authorized",
    "requested anonymity", "asked not to be named", "asked not to be identified", "on background",
    "cannot be identified", "cannot be named", "could not be named", "not be identified for",
    "did not want to be named", "did not want to be identified", "asked that his name be withheld",
    "asked that her name be withheld", "asked that their names be withheld", "requesting anonymity",
    "granted anonymity", "on condition that he not be named", "on condition that she not be named",
)

#: Group nouns whose claims are editorial (vague groups, not anonymous sources).
VAGUE_GROUPS = frozenset("""
critics experts analysts observers economists supporters opponents residents parents fans
scientists researchers activists advocates skeptics commentators historians voters neighbours
neighbors locals onlookers witnesses many some others
""".split())

#: Words for publications and outlets as sources (second-hand chains).
PUBLICATION_NOUNS = frozenset("""
newspaper newspapers paper publication outlet magazine journal daily tabloid broadcaster
agency station channel network website portal times post globe herald telegraph tribune
guardian journal gazette chronicle reuters bloomberg ap afp tass interfax ft wsj cnn bbc nbc cbs abc
""".split())

#: Pronouns that can stand for a speaker.
PRONOUNS = frozenset("he she they i we it his her their him them".split())

#: Titles and roles that make a named source stronger.
TITLES = frozenset("""
president minister senator sen governor gov mayor representative rep congressman congresswoman
secretary chairman chairwoman chair director chief ceo spokesman spokeswoman spokesperson general gen
ambassador judge justice prosecutor attorney lawyer professor prof dr doctor commissioner
councilman councilwoman councillor councilor chancellor premier king queen prince princess leader
head deputy commander colonel captain lt sheriff officer coach manager founder economist analyst
researcher scientist author editor correspondent pope bishop mr mrs ms
""".split())

#: Spokesperson words: on the record when attached to a named body.
SPOKESPERSON_NOUNS = frozenset("spokesman spokeswoman spokesperson spokespeople spokesmen spokeswomen".split())

#: Labels of picture and media credits and of links (``Image: NASA.``): never a speaker before a colon.
CREDIT_WORDS = frozenset("""
image images photo photos photograph picture pictures video videos graphic graphics illustration credit credits
source sources footage audio watch listen read related more also see editor editors note correction update
updated caption file pool exclusive breaking analysis opinion editorial comment live busted revealed
watch warning
""".split())

#: Boilerplate lines that are never attributed.
BOILERPLATE = frozenset("share|read more|read also|advertisement|read the rest here|follow us|subscribe|related".split("|"))

#: Every qualifier that makes a person/people phrase an anonymous source.
ANONYMITY_QUALIFIERS = PERSON_QUALIFIERS + ANONYMITY_PHRASES + PHRASE_QUALIFIERS

ANONYMITY_PHRASES_RE = re.compile("|".join(re.escape(q) for q in ANONYMITY_PHRASES))
