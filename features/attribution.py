"""Find the cue and the source of a statement by rule, with character offsets.

A pipeline of small steps over one statement: find candidate cues outside
quotation marks (reporting verbs, ``according to``, ``citing``, dash and
colon speech), take the noun phrase next to each cue as its source, and
classify that source (named, pronoun, unnamed, publication, vague group,
other). The learned model uses these as features; the scorer reports them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from attributor.features import lexicon as lx
from attributor.features import vocab
from attributor.features.phrases import PhraseFinder
from attributor.features.quotes import ALL_MARKS, EMBED_SIGNATURE, QuoteMap
from attributor.features.vocab import SOURCE_KINDS  # noqa: F401  (re-exported for callers)

_TOKEN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿĀ-ž\u0400-\u04FF0-9]+(?:[’'.\-][A-Za-zÀ-ÖØ-öø-ÿĀ-ž\u0400-\u04FF0-9]+)*\.?")
_CLAUSE_BREAK = re.compile(r"[,;:?!\[\]\"“”„«»—–]|''|\s-\s|\b(?:that|and|but|while|as|when|where|what|after|before|"
                           r"because|since|although|though|unless|until|once)\b")
_DASH_TAG = re.compile(r"[,.!?…]?\s*[—–]\s*(?=\S)|,\s+-{1,2}\s+(?=\S)")
_COLON_HEAD = re.compile(r"^[\"“„«]?(?P<src>(?:[A-Z][\w.'’\-]*\s+){0,4}[A-Z][\w.'’\-]*|Q|A)\s*:\s+\S")
_SIGNATURE = re.compile(r"^[\"”»“’]*\s*(?P<dash>[―—–])\s*(?P<src>[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,4})(?:,[^.!?]{0,60})?\.?$")
_PLAIN_WORD = re.compile(r"[A-Za-z]+")
_PARTITIVE_SOURCE = re.compile(r"^(?:one|two|three|several|some|each)\s+of\s+(?P<of>the|those|these)\s+\w+"
                               r"|^(?:one|another|a\s+(?:second|third|fourth|different|separate))\s+(?P<word>[a-z]+)")
_QUALIFIER = re.compile("|".join(re.escape(q) for q in lx.ANONYMITY_QUALIFIERS))
#: Qualifiers that make a source anonymous wherever they stand in the statement
#: (the short, ambiguous ones such as "sources of" must sit in the source phrase).
_CONTEXT_QUALIFIER = re.compile("|".join(re.escape(q) for q in lx.PERSON_QUALIFIERS + lx.ANONYMITY_PHRASES))
_HEDGES = PhraseFinder(lx.HEDGES)
_PHRASE_CUES = PhraseFinder(lx.PHRASE_CUES)
_SOURCE_CUES = PhraseFinder(("according to", "citing", "in the words of", "which cited", "who cited"))
#: Negated auxiliaries (``aren't sure``), with either apostrophe.
_NEGATED_AUXILIARIES = frozenset("""
haven't hasn't hadn't didn't don't doesn't won't wouldn't can't couldn't isn't aren't wasn't weren't
haven’t hasn’t hadn’t didn’t don’t doesn’t won’t wouldn’t can’t couldn’t isn’t aren’t wasn’t weren’t
""".split())
_FILLER = frozenset("""
also later previously has had have did does do would will could may might once again then still further
reportedly allegedly recently repeatedly publicly privately earlier first last just already never often
flatly firmly strongly quickly simply bluntly told is are was were been being not even now
""".split()) | _NEGATED_AUXILIARIES
_DETERMINERS = frozenset("the a an one two three four several some many another other this that these those his her their its our".split())
#: Words that are capitalised only because they open the sentence (never a name there).
_SENTENCE_INITIAL = (_FILLER | lx.COMMON_MODIFIERS | lx.UNNAMED_SOURCE_NOUNS | lx.VAGUE_GROUPS | lx.DOCUMENT_NOUNS
                     | lx.PUBLICATION_NOUNS | lx.ROLE_NOUNS | lx.BACK_REFERENCE_NOUNS)
#: Capitalised words that are never a personal name by themselves.
_NOT_A_NAME = lx.TITLES | _DETERMINERS | lx.NOT_NAMES
_STOP_AFTER = frozenset("that to in on at for with about of from by during after before because if when".split())


@dataclass(frozen=True)
class Attribution:
    """One attribution found in a statement; offsets index the article text."""

    cue_start: int
    cue_end: int
    cue_kind: str  # verb | according_to | citing | dash | colon | phrase
    source_start: int | None
    source_end: int | None
    source_kind: str  # one of SOURCE_KINDS
    cue_word: str = ""


def _outside_quotes(qmap: QuoteMap | None, pos: int) -> bool:
    return qmap is None or not qmap.is_open_at(pos)


def _words(text: str) -> list[re.Match]:
    return list(_TOKEN.finditer(text))


#: A source that relays someone else (``the paper, which cites sources in the party``).
_RELAYED = re.compile(r"\b(?:cit(?:es|ed|ing)|quot(?:es|ed|ing))\s+(?P<whom>.+)$", re.IGNORECASE)
#: ``In Ash's view, ...``, ``in the words of one aide``: a view credited without a verb.
_IN_VIEW = re.compile(r"\b[Ii]n\s+(?P<whom>(?:[A-Z][\w.\-]*\s+){0,3}[A-Z][\w.\-]*|his|her|their)(?:[’']s?)?\s+"
                      r"(?P<cue>view|opinion|estimation|telling|account|assessment)\b")
#: ``It quotes one person involved as saying``: the quoted person is the source.
_QUOTED_AS_SAYING = re.compile(r"\bquot(?:es|ed|ing)\s+(?P<whom>[^,;:\"“”]{3,80}?)\s+as\s+(?:saying|telling)\b",
                               re.IGNORECASE)


#: A headline's claim credited after a colon (``Rate rise is coming: insiders``), maybe before glued metadata.
_CLAIM_COLON_SOURCE = re.compile(r":\s+(?P<src>[^:;,.!?\"“”„«»]{2,40}?)(?:\s+date\s+\d{4}-\d{2}-\d{2})?\s*[.!]?$")
#: Source kinds that a colon after a claim credits: groups and unnamed sources, not names (``Among the dead: Jo Ode``).
_CREDITED_KINDS = frozenset({vocab.ANONYMOUS, vocab.SPOKESPERSON, vocab.VAGUE_GROUP})


def classify_source(phrase: str, context: str = "") -> str:
    """Say what kind of source a noun phrase is (one of ``vocab.SOURCE_KINDS``).

    ``named`` means a proper name is present; an office holder without one
    (``the mayor``) is a ``role``. A possessive name does not name the
    source itself: ``Clinton's allies`` are unnamed.
    """
    relayed = _RELAYED.search(phrase)
    if relayed and classify_source(relayed.group("whom")) == vocab.ANONYMOUS:
        return vocab.ANONYMOUS  # "the paper, which cites its own sources in the party": a second-hand chain
    raw = phrase.split()  # keeps commas: they mark appositions
    words = [w.strip(".,;’'") for w in raw]
    if not any(words):
        return vocab.NONE
    lower = [w.lower() for w in words]
    joined = " ".join(lower)
    context = context.lower()
    if len(words) == 1 and lower[0] in lx.PRONOUNS:
        return vocab.PRONOUN
    if lower[-1] in ("them", "us") and len(words) <= 4:
        return vocab.PRONOUN  # "one of them", "two of them": as anonymous as what they refer to
    partitive = _PARTITIVE_SOURCE.match(joined)
    if partitive and first_head(joined[partitive.end("of") if partitive.group("of") else partitive.start("word"):].split()) \
            in lx.PARTITIVE_HEADS and not any(
            w[:1].isupper() and lower[i] not in lx.NOT_NAMES and lower[i] not in _DETERMINERS
            for i, w in enumerate(words) if i > 0):
        return vocab.ANONYMOUS  # "one of the officers", "another officer", "a second official": nobody named
    names = [w for i, w in enumerate(words) if w[:1].isupper() and lower[i] not in lx.TITLES
             and lower[i] not in _DETERMINERS and lower[i] not in lx.NOT_NAMES
             and not raw[i].endswith(("'s", "’s")) and not (i == 0 and lower[i] in _SENTENCE_INITIAL)
             and not (i == 0 and len(words) > 1 and words[1][:1].islower() and lower[1] not in _DETERMINERS
                      and not any(x[:1].isupper() for x in words[1:]))]  # "Emergency planners": a capital opening
    # an unnamed-source noun used as a modifier ("official figures") is not the head
    nouns = [w for i, w in enumerate(lower) if w in lx.UNNAMED_SOURCE_NOUNS
             and not (i + 1 < len(lower) and not raw[i].endswith(",") and lower[i + 1] in lx.DOCUMENT_NOUNS)
             and not (i > 0 and words[i][:1].isupper() and _titled_person_after(words, lower, i))]
    # a qualifier ("familiar with", "unnamed") only matters for an unnamed-source noun; "the same people" points
    # back to sources already qualified
    qualified = bool(nouns) and bool(_QUALIFIER.search(joined) or _CONTEXT_QUALIFIER.search(context)
                                     or _SAME_SOURCES.match(joined))
    spokes = any(w in lx.SPOKESPERSON_NOUNS for w in lower)
    spokes = spokes or "press secretary" in joined
    # GUIDELINES: an anonymity phrase makes any source anonymous, a spokesperson included
    inside = lx.ANONYMITY_PHRASES_RE.search(joined)
    if inside and not _looks_like_person(_head_words(words[:len(joined[:inside.start()].split())])):
        return vocab.ANONYMOUS  # "A senior manager at St Brennan's, who asked not to be named": the name is the employer's
    if not names and (spokes or any(w in lx.TITLES for w in lower)) \
            and lx.ANONYMITY_PHRASES_RE.search(context):
        return vocab.ANONYMOUS  # "a spokesman, speaking on condition of anonymity, said"
    if nouns and not spokes:
        head = lower.index(nouns[0])
        possessed = head > 0 and nouns[0] in lx.POSSESSED_NOUNS and (
            raw[head - 1].endswith(("'s", "’s")) or lower[head - 1] in ("his", "her", "their"))
        if not _names_a_person(raw, head) and not _coordinated_name(raw, lower) \
                and (nouns[0] not in lx.QUALIFIED_NOUNS or qualified or possessed):
            return vocab.ANONYMOUS
    if qualified and nouns and not _looks_like_person(words):
        return vocab.ANONYMOUS
    head = first_head(lower)
    if not names and head in lx.ROLE_NOUNS and _QUALIFIER.search(joined):
        return vocab.ANONYMOUS  # "executives close to the board", "staff who saw the messages"
    if len(words) == 1 and words[0].isupper() and lower[0] in lx.ROLE_NOUNS:
        return vocab.ANONYMOUS  # a transcript speaker known only by a role: "OFFICER:"
    if spokes:
        return vocab.SPOKESPERSON
    if any(w in lx.PUBLICATION_NOUNS for w in lower) and not _looks_like_person(words):
        return vocab.PUBLICATION
    if head in lx.DOCUMENT_NOUNS:
        return vocab.DOCUMENT
    if lower[-1] in lx.VAGUE_GROUPS or (lower[0] in lx.VAGUE_GROUPS and len(words) <= 2):
        return vocab.VAGUE_GROUP
    if names:
        return vocab.NAMED
    if any(w in lx.TITLES for w in lower) and lower[0] not in ("a", "an", "one"):
        return vocab.ROLE  # "the minister", "the Ukrainian president": an identified office holder
    if lx.ANONYMITY_PHRASES_RE.search(context):
        return vocab.ANONYMOUS  # "a negotiator who spoke on condition of anonymity"
    return vocab.OTHER


_SAME_SOURCES = re.compile(r"(?:the|those|these) same ")
#: Determiners of a phrase that introduces someone without naming them (``a former manager at ...``).
_INDEFINITE = frozenset("a an one two three four several some".split())


def names_only_an_employer(phrase: str) -> bool:
    """``A former manager at Orrin's Calder plant``: the capitals name where the person works, not the person.

    An apposition after a comma may still name the person (``a senator from Ohio, Ada Marsh``).
    """
    raw = phrase.split()
    words = [w.strip(".,;’'") for w in raw]
    if not words or words[0].lower() not in _INDEFINITE:
        return False
    head = _head_words(words)
    comma = next((i + 1 for i, w in enumerate(raw) if w.endswith(",")), len(words))
    return len(head) < comma and not any(w[:1].isupper() for w in words[1:len(head)] + words[comma:]
                                         if w.lower() not in lx.TITLES)


def _titled_person_after(words: list[str], lower: list[str], i: int) -> bool:
    """``Business Insider senior editor Josh Barro``: a capitalised source noun inside an outlet's name."""
    rest = range(i + 1, len(words))
    return any(lower[j] in lx.TITLES for j in rest) and any(words[j][:1].isupper() for j in rest)


def _head_words(words: list[str]) -> list[str]:
    """The words of a phrase's head noun phrase: up to its first preposition or comma."""
    out = []
    for w in words:
        if w.lower() in ("at", "of", "from", "for", "in", "with", "to", "on", "by"):
            break
        out.append(w)
        if w.endswith(","):
            break
    return out


#: Words that end a phrase's first noun phrase: prepositions, relative pronouns, anonymity qualifiers.
_HEAD_END = frozenset("""
of from by on in at for with to that which who close familiar briefed involved present speaking
seen obtained published released written given filed sent prepared drafted leaked reviewed cited
""".split())


def first_head(lower: list[str]) -> str:
    """The last word of a phrase's first noun phrase (``executives close to the board`` -> ``executives``).

    ``lower`` is the phrase's lower-case words; the noun phrase ends at a
    preposition, a relative pronoun, a qualifier, a participle (``a memo
    seen by the Ledger`` -> ``memo``), or after a word that carries a comma
    (``a negotiator, speaking ...`` -> ``negotiator``).
    """
    head = ""
    for w in lower:
        if w in _HEAD_END:
            return head or w
        if w.endswith(","):
            return w.strip(",")
        head = w
    return head


def _coordinated_name(raw: list[str], lower: list[str]) -> bool:
    """``Cruz and his aides``, ``The nominee and his aides``: someone on the record speaks with the group."""
    head = next(i for i, w in enumerate(lower) if w in lx.UNNAMED_SOURCE_NOUNS)
    for i, w in enumerate(lower[:head]):
        if w in ("and", "nor", "&") and 0 < i:
            before = raw[i - 1].strip(",")
            if before[:1].isupper() and before.lower() not in lx.NOT_NAMES and before.lower() not in _DETERMINERS \
                    and not (i == 1 and before.lower() in _SENTENCE_INITIAL):
                return True
            if lower[i - 1] in lx.TITLES:
                return True
    return False


def _names_a_person(words: list[str], head: int) -> bool:
    """Does a phrase around an unnamed-source noun still name someone?

    ``aide John Smith`` and ``Jane Doe, an aide`` do; organisation modifiers
    (``a White House official``, ``officials at Homeland Security``) do not.
    """
    after = words[head + 1:]
    if after and not after[0].lower() in ("at", "of", "in", "from", "with", "for", "to", "on", "inside", "within"):
        if _looks_like_person(after[:3]):
            return True
    comma = next((i for i, w in enumerate(words[:head]) if w.endswith(",")), None)
    if comma is None:
        return False
    # "Ban, a diplomat from South Korea": a capitalised word before the appositive is a name
    first = words[comma].strip(",")
    return _looks_like_person(words[:comma + 1]) or (
        comma == 0 and first[:1].isupper() and first.lower() not in _NOT_A_NAME)


def _looks_like_person(words: list[str]) -> bool:
    """A personal name: two capitalised words in a row that are not titles, or a title and one (``Mr. Prasad``)."""
    run, titled = 0, False
    for w in words:
        low = w.lower().strip(".,")
        if w[:1].isupper() and low not in lx.TITLES and w.lower() not in _DETERMINERS:
            run += 1
            if run >= 2 or titled:
                return True
        else:
            run = 0
        titled = w[:1].isupper() and low in lx.TITLES
    return False


def _is_adverb(word: str) -> bool:
    """Lower-case -ly words (sharply, privately): never the end of a source."""
    return word.islower() and len(word) > 4 and word.endswith("ly") and word not in ("family", "italy", "ally")


def _trim_phrase(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Trim punctuation, fillers and leading conjunctions off a phrase span."""
    toks = [m for m in _TOKEN.finditer(text, start, end)]
    while toks and (toks[-1].group().lower().strip(".") in _FILLER or _is_adverb(toks[-1].group())):
        toks.pop()
    while toks and (toks[0].group().lower() in ("and", "but", "so", "while", "as", "because", "after", "before",
                                                "when", "although", "though", "since", "once", "if", "until")
                    or toks[0].group().lower().strip(".") in _FILLER):
        toks.pop(0)
    if not toks:
        return None
    s, e = toks[0].start(), toks[-1].end()
    if text[e - 1] == "." and text[s:e].lower().rstrip(".") not in lx.ABBREVIATIONS:
        e -= 1
    return (s, e) if s < e else None


_PAREN_BEFORE = re.compile(r"\)(?P<filler>(?:\s+[A-Za-z]+)*)\s*$")


def _aside_start(text: str, lo: int, cue_start: int) -> int | None:
    """Where a parenthetical closing right before the cue opens (``Sanders (I-Vt.) said``), if one does.

    Only fillers and adverbs may stand between the aside and the cue (``(that would be Kasich) even suggest``).
    """
    m = _PAREN_BEFORE.search(text, lo, cue_start)
    if m is None or not all(w.lower() in _FILLER or _is_adverb(w) for w in m.group("filler").split()):
        return None
    depth = 0
    for pos in range(m.start(), lo - 1, -1):
        depth += {")": 1, "(": -1}.get(text[pos], 0)
        if depth == 0:
            return pos
    return None


def _source_before(text: str, lo: int, cue_start: int) -> tuple[int, int] | None:
    """The noun phrase ending right before a cue (``Zelensky said``), a parenthetical aside skipped."""
    aside = _aside_start(text, lo, cue_start)
    if aside is not None and aside > lo:
        return _source_before(text, lo, aside)
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, lo, cue_start)]
    start = breaks[-1] if breaks else lo
    appositive = _appositive_before(text, lo, cue_start)
    if appositive is not None:
        return appositive
    span = _trim_phrase(text, start, cue_start)
    if span is None:
        return None
    joined = _coordinated_start(text, lo, span[0])
    if joined is not None:
        span = (joined, span[1])
    toks = list(_TOKEN.finditer(text, span[0], span[1]))
    aux = next((i for i, t in enumerate(toks) if i > 0 and t.group() in _AUXILIARIES), None)
    if aux is not None and not any(t.group().lower() in _RELATIVES for t in toks[:aux]):
        if toks[0].group().lower() in _EXPLETIVES:
            # "There are two reasons Israel refuses", "It's been months since Republicans confirmed": the
            # subject is the name or the clause right before the cue
            toks = _clause_tail(toks[aux + 1:])
            if not toks:
                return None
        else:
            # "Hillary Clinton is continuing to insist": the subject, not the verb phrase before the cue
            toks = toks[:aux]
        span = (toks[0].start(), toks[-1].end())
    if len(toks) > 9 or (all(t.group().lower() in _DETERMINERS for t in toks)
                         and not (len(toks) == 1 and toks[0].group().lower() in _PRONOMINAL)
                         and " ".join(t.group().lower() for t in toks) not in ("the other", "the others")):
        return None  # a clause, or a bare determiner ("The claim was ..."); not "another said", "one told us"
    if toks and toks[0].group().lower() in lx.REPORTING_VERBS:
        return None
    return span


_RELATIVES = frozenset("who whom whose which that".split())
_EXPLETIVES = frozenset("there here it it's it’s this".split())


def _clause_tail(toks: list[re.Match]) -> list[re.Match]:
    """The subject at the end of a run of tokens: after its last subordinator, else its closing name."""
    cut = max((i + 1 for i, t in enumerate(toks) if t.group().lower() in _SUBORDINATORS), default=0)
    if cut:
        return toks[cut:]
    name = len(toks)
    while name > 0 and toks[name - 1].group()[:1].isupper():
        name -= 1
    return toks[name:]


_AND_BEFORE = re.compile(r"(?:^|[\s,;])((?:[A-Z][\w.'’\-]*|the|The|[a-z]+)(?:\s+[\w.'’\-]+){0,3})\s+and\s+$")


def _coordinated_start(text: str, lo: int, start: int) -> int | None:
    """``Cruz and his aides said``: the clause break at ``and`` split one subject; where it really starts."""
    m = _AND_BEFORE.search(text, lo, start)
    if m is None or m.end() != start:
        return None
    first = m.group(1).split()
    if first[-1].lower() in lx.TITLES or (first[-1][:1].isupper() and first[-1].lower() not in lx.NOT_NAMES):
        return m.start(1)
    return None


_APPOSITIVE_START = re.compile(r"\s*(?:who|which|speaking|a|an|the|one|whose|his|her|their|its|\d+)\b", re.IGNORECASE)
#: An aside between a subject and its cue that says how it spoke, not who it is.
_PARTICIPIAL_ASIDE = re.compile(r"\s*(?:(?:when|while|after|once|if)\s+)?(?:asked|pressed|reached|contacted|questioned|"
                                r"interviewed|citing|quoting|responding|replying|writing|speaking to|in an? )\b",
                                re.IGNORECASE)


def _appositive_before(text: str, lo: int, cue_start: int) -> tuple[int, int] | None:
    """``Kerr Putney, the city's police chief, said``: the name and its appositive."""
    before = text[lo:cue_start].rstrip()
    if not before.endswith(","):
        return None
    commas = [lo + i for i, ch in enumerate(before[:-1]) if ch == ","]
    if not commas:
        return None
    inner_start = commas[-1] + 1
    head_start = max((m.end() for m in _CLAUSE_BREAK.finditer(text, lo, commas[-1])), default=lo)
    head = _trim_phrase(text, head_start, commas[-1])
    if head is None or len(_TOKEN.findall(text[head[0]:head[1]])) > 9:
        return None
    if _PARTICIPIAL_ASIDE.match(text, inner_start):
        return head  # "The chief of staff, asked about the departures, said": the aside is not the source
    if not _APPOSITIVE_START.match(text, inner_start):
        # "Jeff Weaver, Sanders' campaign manager, said": any short appositive after a personal name
        inner = text[inner_start:cue_start].split()
        if len(inner) > 10 or not (_looks_like_person(text[head[0]:head[1]].split()) or _looks_like_person(inner)):
            return None  # neither "Jeff Weaver, Sanders' manager," nor "the adviser, Maren Ode,"
    tail = _trim_phrase(text, inner_start, lo + len(before) - 1)
    head_text = text[head[0]:head[1]]
    clause = re.match(r"[a-z]+ing\b", head_text) is not None  # "winning Ohio in the primary": a clause
    if tail is not None and clause and classify_source(text[tail[0]:tail[1]]) in _SPEAKER_KINDS:
        return tail  # "after winning Ohio, Gov. John Kasich (R-OH), said": a lead-in, then the speaker
    return (head[0], tail[1] if tail else head[1])


_STOP_MARK = re.compile(r"[,;:!?\"“”„«»()—–]|\.(?=\s|$)")
#: Where a speaker's appositive ends: a quotation, a semicolon, a dash, or a new clause after a comma.
_APPOSITIVE_END = re.compile(r"[;:\"“”„«»()—–]|[.!?](?=\s|$)|,\s+(?:and|but|adding|saying|noting|as|when|while)\b")
_INITIAL_OR_ABBREV = re.compile(r"(?:\b[A-Z]|\b(?:" + "|".join(a for a in lx.ABBREVIATIONS if "." not in a) + r"))$", re.IGNORECASE)
_APPOSITION = re.compile(r",\s+(?:a|an|the|who|whose|one|his|her|their|its|\d+|[a-z\-]+ (?:of|for|at|to|with))\b",
                         re.IGNORECASE)


def _stop_at(pattern: re.Pattern, text: str, pos: int, hi: int) -> int:
    """The first match of ``pattern`` from ``pos``, skipping the period of ``Rep.``, ``John D.`` or ``George W.``."""
    while True:
        m = pattern.search(text, pos, hi)
        if m is None:
            return hi
        if m.group() == "." and _INITIAL_OR_ABBREV.search(text, 0, m.start()):
            pos = m.end()
            continue
        return m.start()


def _phrase_stop(text: str, pos: int, hi: int) -> int:
    """Where a noun phrase starting at ``pos`` ends: at punctuation."""
    return _stop_at(_STOP_MARK, text, pos, hi)


def _appositive_end(text: str, pos: int, hi: int) -> int:
    """Where an appositive starting at ``pos`` ends: at a quotation, a dash or a new clause."""
    return _stop_at(_APPOSITIVE_END, text, pos, hi)


def _source_after(text: str, cue_end: int, hi: int, cue_is_credit: bool = False) -> tuple[int, int] | None:
    """The noun phrase right after a cue (``said one of the insiders``), with its apposition.

    ``cue_is_credit`` (``according to``, ``citing``): the statement's content follows the source, so
    its apposition ends at the next comma.
    """
    while cue_end < hi and (text[cue_end].isspace() or text[cue_end] in "\"“„«'‘"):
        cue_end += 1
    stop = _phrase_stop(text, cue_end, hi)
    toks = list(_TOKEN.finditer(text, cue_end, stop))
    if not toks or toks[0].group().lower() in _STOP_AFTER:
        return None
    toks = toks[:12]
    # stop a clause that continues with a verb phrase: "said Smith in an interview"
    for i, t in enumerate(toks[1:], start=1):
        if t.group().lower() in ("in", "on", "at", "during", "after", "before", "when", "while", "that", "adding", "speaking"):
            toks = toks[:i]
            break
    span = _trim_phrase(text, toks[0].start(), toks[-1].end())
    if span is None:
        return None
    # "said Jo Coelbart, a retired Belgian general who works ..." keeps the apposition
    app = _APPOSITION.match(text, span[1])
    person = len(toks) <= 6 and _looks_like_person([t.group() for t in toks])
    if (app and len(toks) <= 5 and toks[0].group()[:1].isupper()) or (person and text.startswith(", ", span[1])):
        # a personal name keeps its whole appositive ("said Ari Lund, former press secretary to the
        # governor, who attended"), up to the end of the statement or a quotation
        start = app.end() if app else span[1] + 2
        end = _appositive_end(text, start, hi)
        if cue_is_credit:
            # "According to the Gazette, which cites club accounts, the club lost ...": one appositive, then
            # the content
            comma = text.find(",", start, end)
            end = comma if comma >= 0 else end
        tail = _trim_phrase(text, span[1] + 1, end)
        if tail is not None and len(_TOKEN.findall(text[tail[0]:tail[1]])) <= 30:
            return (span[0], tail[1])
    return span


_SPEAKER_KINDS = frozenset({vocab.NAMED, vocab.PRONOUN, vocab.ANONYMOUS, vocab.SPOKESPERSON, vocab.ROLE,
                            vocab.PUBLICATION, vocab.DOCUMENT, vocab.VAGUE_GROUP})


def _speaker_like(text: str, span: tuple[int, int]) -> bool:
    """A phrase after a cue that names a speaker, not a clause (``her biggest concern is warming``)."""
    toks = _TOKEN.findall(text, span[0], span[1])
    return not any(t in _AUXILIARIES for t in toks) and classify_source(text[span[0]:span[1]]) in _SPEAKER_KINDS


#: Words that open an adverbial lead-in rather than a subject.
_LEAD_INS = frozenset("in on at during after before with for from by under since over now then later earlier "
                      "meanwhile asked speaking".split())


def _leading_speaker(text: str, cue_start: int) -> tuple[int, int] | None:
    """The sentence's subject when it names a speaker: the opening noun phrase, or the one after a lead-in.

    ``Brianne Stone, 29, of Huntsville, says``; ``Before the convention, Chief Calvin Williams lobbied to
    suspend open carry, saying``.
    """
    starts = [0]
    first = text.find(",", 0, cue_start)
    if first > 0:
        starts.append(first + 1)
    for lo in starts:
        lead = _TOKEN.search(text, lo, cue_start)
        if lead is not None and lead.group().lower() in _LEAD_INS:
            continue  # "In a statement released Thursday, Rep. Jeffries ...": an adverbial, not the subject
        comma = text.find(",", lo, cue_start)
        hi = comma if comma > lo else cue_start
        if comma > lo and text[lo:comma].rstrip().lower().endswith((" later", " earlier", " ago")):
            continue  # "Hours later, Trump ...": a time adverbial
        span = subject_phrase(text, lo, hi) or (_trim_phrase(text, lo, hi) if comma > lo else None)
        if span is None or len(_TOKEN.findall(text, span[0], span[1])) > 8:
            continue
        if classify_source(text[span[0]:span[1]]) in _SPEAKER_KINDS:
            return span
    return None


def plain_words(low: str) -> frozenset[str]:
    """The distinct words (runs of ASCII letters) of a lower-cased statement."""
    return frozenset(_PLAIN_WORD.findall(low))


def find_hedge(low: str, words: frozenset[str] | None = None) -> str | None:
    """The first hedge of a lower-cased statement (``reportedly``, ``is said to``), if any.

    ``words`` are the statement's :func:`plain_words` (computed when not given).
    """
    m = _HEDGES.search(low, plain_words(low) if words is None else words)
    return m.group() if m else None


def _make(text: str, offset: int, cue: tuple[int, int], kind: str, src: tuple[int, int] | None) -> Attribution:
    word = text[cue[0]:cue[1]].lower()
    if src is None:
        return Attribution(offset + cue[0], offset + cue[1], kind, None, None, vocab.NONE, word)
    source_kind = classify_source(text[src[0]:src[1]], text)
    if source_kind in (vocab.OTHER, vocab.VAGUE_GROUP) and src[1] <= cue[0] \
            and "privately" in text[:cue[0]].lower() and first_head(text[src[0]:src[1]].lower().split()).endswith(
                ("s", "people")):
        source_kind = vocab.ANONYMOUS  # "Council officers privately admit": a group speaking off the record
    return Attribution(offset + cue[0], offset + cue[1], kind, offset + src[0], offset + src[1], source_kind, word)


_WORD_BEFORE = re.compile(r"([A-Za-z’']+)\s+$")
#: Determiners that stand alone for a speaker (``another added``, ``one told us``, ``both said``).
_PRONOMINAL = frozenset("another one both others some several many two three".split())
#: Words after which a verb form is a noun or an adjective (``the added cost``, ``her stated aim``); not the
#: determiners that stand for a speaker (:data:`_PRONOMINAL`).
_NOUN_MAKERS = frozenset("the a an this these his her their its our my your every each no".split())
_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")
#: Nouns that lower-case ``state`` modifies (``state senator``, ``state media``): then it is no verb.
_STATE_MODIFIES = (lx.TITLES | lx.UNNAMED_SOURCE_NOUNS | lx.PUBLICATION_NOUNS | frozenset("""
media television tv radio news department agency agencies legislature lawmakers government police troopers
prosecutors capital law laws level budget election elections senate house assembly party court courts
university funding tax taxes employees workers run owned controlled
""".split()))


#: Reporting verbs that, followed by ``of``, say what someone is charged with (``accused of spying``).
_PASSIVE_CHARGES = frozenset({"accused"})


_PASSIVE_AUXILIARY = re.compile(r"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_BY = re.compile(r"\s+by\s+")


def _passive_agent(text: str, verb: re.Match) -> tuple[int, int] | None:
    """The speaker after ``by`` of a passive reporting verb (``was confirmed by a senior official``), if any."""
    if not _PASSIVE_AUXILIARY.search(text, max(0, verb.start() - 30), verb.start()):
        return None
    by = _BY.search(text, verb.end(), min(len(text), verb.end() + 40))
    if by is None:
        return None
    agent = _source_after(text, by.end(), len(text))
    return agent if agent is not None and _speaker_like(text, agent) else None


def _adjectival_state(text: str, pos: int, end: int) -> bool:
    """``state`` at ``text[pos:end]`` modifies a noun (``said state senator X``, ``told state media``)."""
    if text[pos:end] != "state":
        return False
    after = _WORD_AFTER.match(text, end)
    return after is not None and after.group(1) in _STATE_MODIFIES


def _not_a_cue(text: str, pos: int, end: int, noun_prone: bool = False) -> bool:
    """A reporting-verb form at ``text[pos:end]`` that does not report here.

    ``the added cost``, ``her stated aim``: after a determiner it is a noun
    or an adjective; ``United States``, ``Secretary of State``: a name.
    ``noun_prone`` (stance verbs: ``attack``, ``support``): also after a
    determiner and a capitalised modifier (``the Paris attack``).
    """
    if text[pos:end] in ("State", "States") or _adjectival_state(text, pos, end):
        return True
    after = _WORD_AFTER.match(text, end)
    if after is not None and after.group(1).lower() in _NOUN_FOLLOWERS \
            and not _adjectival_state(text, after.start(1), after.end(1)):
        return True  # "Battlefield reports show", "the claims were": a noun, the subject of a verb
    if after is not None and after.group(1).lower() == "up":
        return True  # "deficits would add up to"
    if after is not None and after.group(1) == "of" and text[pos:end].lower() in _PASSIVE_CHARGES:
        return True  # "three diplomats accused of spying": what they are charged with, not what they said
    m = _WORD_BEFORE.search(text, max(0, pos - 30), pos)
    if noun_prone and m is not None and m.group(1)[:1].isupper() and m.start() > 0:
        # "the Paris attack", "the Orlando attacks": a noun after a capitalised modifier
        m2 = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
        return m2 is not None and m2.group(1).lower() in _NOUN_MAKERS
    return m is not None and m.group(1).lower() in _NOUN_MAKERS


_UNREALISED_BEFORE = frozenset("to will would could might may can should must not never".split())


def _unrealised(text: str, pos: int) -> bool:
    """``Putin is unlikely to agree``, ``the board will approve``: a stance not yet taken is the outlet's forecast."""
    m = _WORD_BEFORE.search(text, max(0, pos - 30), pos)
    return m is not None and m.group(1).lower() in _UNREALISED_BEFORE


def _word_matches(low: str, words: set[str]) -> list[re.Match]:
    """The ``_PLAIN_WORD`` matches of ``low`` that are one of ``words``, in order."""
    if len(words) == 1:
        word = next(iter(words))
        return list(re.finditer(r"(?<![A-Za-z])" + word + r"(?![A-Za-z])", low))
    return [m for m in _PLAIN_WORD.finditer(low) if m.group() in words]


def find_attributions(article: str, start: int, end: int, qmap: QuoteMap | None = None, *,
                      low: str | None = None, words: frozenset[str] | None = None) -> list[Attribution]:
    """All attributions of the statement ``article[start:end]``, strongest evidence first.

    ``low`` (the statement lower-cased) and ``words`` (its :func:`plain_words`)
    may be passed when the caller has them already.
    """
    text = article[start:end]
    if low is None:
        low = text.lower()
    if words is None:
        words = plain_words(low)
    found: list[Attribution] = []

    # Signature line after a quotation: "― Sonya Herridge", "” — Marcus Bell, 41, nurse"
    m = _SIGNATURE.match(text)
    if m:
        found.append(_make(text, start, (m.start("dash"), m.end("dash")), "dash", (m.start("src"), m.end("src"))))
        return found

    # An embedded social post: "Berth 6 stays closed.— Port of Senna (@SennaPort) September 2, 2025"
    m = EMBED_SIGNATURE.search(text) if "(@" in text else None
    if m:
        found.append(_make(text, start, (m.start("dash"), m.end("dash")), vocab.CUE_DASH, (m.start("src"), m.end("src"))))
        return found

    # Transcript or headline speaker: "PENCE: ...", "Q: ...", "Minister: «...»"
    m = _COLON_HEAD.match(text)
    if m and len(m.group("src")) <= 40 and m.group("src").split()[0].lower() not in lx.CREDIT_WORDS:
        found.append(_make(text, start, (m.end("src"), m.end("src") + 1), "colon", (m.start("src"), m.end("src"))))

    for m in _SOURCE_CUES.finditer(low, words):
        if not _outside_quotes(qmap, start + m.start()):
            continue
        src = _source_after(text, m.end(), len(text), cue_is_credit=True)
        kind = vocab.CUE_CITING if m.group().endswith(("citing", "cited")) else vocab.CUE_ACCORDING_TO
        found.append(_make(text, start, (m.start(), m.end()), kind, src))

    m = _CLAIM_COLON_SOURCE.search(text) if ":" in text else None
    if m and len(text[:m.start()].split()) >= 3 and _outside_quotes(qmap, start + m.start()):
        src = _trim_phrase(text, m.start("src"), m.end("src"))
        if src is not None and classify_source(text[src[0]:src[1]]) in _CREDITED_KINDS:
            found.append(_make(text, start, (m.start(), m.start() + 1), vocab.CUE_ACCORDING_TO, src))

    m = _IN_VIEW.search(text)
    if m and _outside_quotes(qmap, start + m.start()):
        found.append(_make(text, start, (m.start("cue"), m.end("cue")), vocab.CUE_ACCORDING_TO,
                           (m.start("whom"), m.end("whom"))))

    m = _QUOTED_AS_SAYING.search(text)
    if m and _outside_quotes(qmap, start + m.start()):
        found.append(_make(text, start, (m.end("whom") + 1, m.end()), vocab.CUE_VERB, (m.start("whom"), m.end("whom"))))

    dash = None
    for dm in _DASH_TAG.finditer(text) if "—" in text or "–" in text or "-" in text else ():
        if dm.start() > len(text) * 0.25 and _outside_quotes(qmap, start + dm.start()):
            dash = dm
    if dash is not None:
        tail = text[dash.end():]
        tail_words = [w.lower().strip(".") for w in tail.split()[:5]]
        if any(w in lx.REPORTING_VERBS for w in tail_words):
            dash_pos = text.index("—" if "—" in text[dash.start():dash.end()] else ("–" if "–" in text[dash.start():dash.end()] else "-"), dash.start())
            verb = next(m for m in _TOKEN.finditer(text, dash.end()) if m.group().lower().strip(".") in lx.REPORTING_VERBS)
            src = _source_after(text, verb.end(), len(text)) or _source_before(text, dash.end(), verb.start())
            found.append(_make(text, start, (dash_pos, dash_pos + 1), "dash", src))

    present = lx.REPORTING_VERBS.intersection(words)
    for tm in _word_matches(low, present) if present else ():
        if not _outside_quotes(qmap, start + tm.start()) and not _AFTER_CLOSING_QUOTE.search(text, 0, tm.start()):
            continue
        if _not_a_cue(text, tm.start(), tm.end()) or text[tm.start():tm.end()].isupper():
            continue  # ... or a heading in capitals ("RED STATES", "HOW CHINA'S DECLINE")
        if any(a.cue_kind == "dash" and a.cue_start <= start + tm.start() for a in found):
            continue
        src = _source_before(text, 0, tm.start())
        before = text[:tm.start()].rstrip()
        agent = _passive_agent(text, tm)
        if agent is not None:
            # "This was reported to the publication by two sources familiar with ...": the agent speaks
            found.append(_make(text, start, (tm.start(), tm.end()), "verb", agent))
            continue
        participle = tm.group().endswith("ing") and before.endswith(",")
        inverted = not participle and (
            not before or before[-1] in "\"“”»’'—–" or before.endswith("--")
            or (before[-1] == "," and _appositive_before(text, 0, tm.start()) is None))
        if inverted:
            after = _source_after(text, tm.end(), len(text))
            if after is not None and (before[-1:] != "," or _speaker_like(text, after)):
                src = after
            elif before[-1:] == ",":
                # "Brianne Stone, 29, of Huntsville, says her concern ...": the subject before the asides
                src = _leading_speaker(text, tm.start()) or src
        elif participle:
            # "Kaine decried that math, saying ...": the participle's subject is the sentence's subject
            src = _leading_speaker(text, tm.start())
        elif src is None and text[:1] not in ALL_MARKS:
            # "Trump, her opponent, bemoaned the unrest and said ...": the sentence subject
            subject = subject_phrase(text, 0, tm.start())
            src = subject if subject is not None and subject[1] <= tm.start() else None
        found.append(_make(text, start, (tm.start(), tm.end()), "verb", src))

    for pm in _PHRASE_CUES.finditer(low, words):
        if _outside_quotes(qmap, start + pm.start()):
            src = _source_before(text, 0, pm.start())
            if src is not None:
                found.append(_make(text, start, (pm.start(), pm.end()), "verb", src))

    # Quote introduced by a colon at the end of a clause: "Caddell continued:"
    if text.rstrip().endswith(":") and not any(a.cue_kind == "colon" for a in found):
        colon = len(text.rstrip()) - 1
        found.append(_make(text, start, (colon, colon + 1), "colon", _source_before(text, 0, colon)))
    elif not found and ":" in text:
        intro = _colon_speech(text, qmap, start)
        if intro is not None:
            found.append(_make(text, start, intro[0], "colon", intro[1]))
    if not any(a.source_kind == vocab.ANONYMOUS for a in found):
        # "Executives close to the board fear …, the Post added": an unnamed subject outranks the credit
        stance = _stance(text, qmap, start, words)
        if stance is not None and (not found or stance.source_kind == vocab.ANONYMOUS):
            found.append(stance)
    if not found:
        subject = _unnamed_subject(text)
        if subject is not None:
            found.append(_make(text, start, subject[0], vocab.CUE_SUBJECT, subject[1]))
    if qmap is not None:
        found = [a if _AFTER_CLOSING_QUOTE.search(text, 0, a.cue_start - start) else _outside_source(a, qmap)
                 for a in found]
    # "..., who asked not to be named, said": a relative clause's verb is not the statement's cue
    found = [a for a in found if a.source_start is None
             or article[a.source_start:a.source_end].lower() not in _RELATIVES]
    return sorted(found, key=lambda a: (_in_relative_clause(article, a), *_evidence_rank(a)))


def _in_relative_clause(article: str, a: Attribution) -> bool:
    """Is the cue the verb of a relative clause (``a former adviser who supported ...``)?

    Such an attribution is kept (real-news annotation credits relative
    clauses too) but ranks after those of the main clause, so ``John Podesta,
    a former adviser who supported the plan, said ...`` is Podesta's statement.
    """
    if a.source_start is None:
        return False
    words = article[a.source_start:a.source_end].lower().split()
    return bool(words) and words[-1] in _RELATIVES


def _outside_source(att: Attribution, qmap: QuoteMap) -> Attribution:
    """A source phrase that starts inside quotation marks is quoted speech, not a speaker: drop it."""
    if att.source_start is None or not qmap.is_open_at(att.source_start + 1) or att.cue_kind == vocab.CUE_COLON:
        return att
    return Attribution(att.cue_start, att.cue_end, att.cue_kind, None, None, vocab.NONE, att.cue_word)


_STANCE_OR_DOCUMENT_VERBS = lx.STANCE_VERBS | lx.DOCUMENT_VERBS
#: Source kinds a stance or document verb credits (an "other" subject is usually no source at all).
_STANCE_SOURCES = frozenset({vocab.NAMED, vocab.PRONOUN, vocab.ANONYMOUS, vocab.PUBLICATION, vocab.VAGUE_GROUP,
                             vocab.SPOKESPERSON, vocab.ROLE, vocab.DOCUMENT})


def _stance(text: str, qmap: QuoteMap | None, offset: int, words: frozenset[str]) -> Attribution | None:
    """``The senator endorsed …``, ``Court records show …``: a position or finding credited to its subject.

    Weaker evidence than a reporting verb: it is kept when no other tag was
    found, or when its subject is unnamed (anonymity wins, so an unnamed
    subject is preferred to an earlier named one); the subject must be a
    speaker or a document, never a clause.
    """
    verbs = _STANCE_OR_DOCUMENT_VERBS.intersection(words)
    if not verbs:
        return None
    first = None
    for m in _word_matches(text.lower(), verbs):
        if not _outside_quotes(qmap, offset + m.start()) or m.start() > 0.6 * len(text) \
                or _not_a_cue(text, m.start(), m.end(), noun_prone=True) or _unrealised(text, m.start()) \
                or text[m.start():m.end()].isupper():
            continue
        src = _source_before(text, 0, m.start()) or subject_phrase(text, 0, m.start())
        if src is None or src[1] > m.start():
            continue
        att = _make(text, offset, (m.start(), m.end()), vocab.CUE_VERB, src)
        if att.source_kind in _STANCE_SOURCES and (att.source_kind != vocab.DOCUMENT or m.group() in lx.DOCUMENT_VERBS):
            if att.source_kind == vocab.ANONYMOUS:
                return att  # anonymity wins: "None showed ..., but her allies fear ..."
            first = first or att
    return first


#: ``"I think so," he said``: a tag right after a comma and a quote mark is outside the quotation, whatever
#: the article's unbalanced marks made of the quote state.
_AFTER_CLOSING_QUOTE = re.compile(r"[,!?…]\s*[\"”“»’']{1,2}\s*(?:[\w.'’\-]+\s+){0,5}$")
_COLON_QUOTE = re.compile(r":\s*[\"“„«‘']")


def _colon_speech(text: str, qmap: QuoteMap | None, offset: int):
    """``X was blunter: "…"``: speech introduced by a colon after its speaker, whatever the verb.

    The quotation must run from the colon to the end of the statement (or on
    into the next one: a multi-sentence quotation); the
    speaker is the sentence subject, looked for from the start and after a
    leading adverbial (``Defending, X was dismissive: "…"``), with a ``who``
    clause set aside (``X, who lost by twelve votes, was philosophical:``).
    """
    m = _COLON_QUOTE.search(text)
    if m is None or not _outside_quotes(qmap, offset + m.start()):
        return None
    rest = text[m.end() - 1:].rstrip(" .")
    still_open = qmap is not None and qmap.is_open_at(offset + len(text.rstrip()) - 1)  # quotation runs on
    if not rest or rest[-1] not in "\"”“»’'" and not rest.endswith(("\".", "”.")) and not still_open:
        return None
    comma = text.find(",", 0, m.start())
    starts = [0] + ([comma + 1] if comma > 0 else [])
    if comma > 0 and " " not in text[:comma].strip() and text[:comma].strip().lower() not in _PRONOMINAL:
        starts.reverse()  # "Defending, X was dismissive:": a one-word lead-in is not the subject
    for lo in starts:
        cut = _RELATIVE_CLAUSE.search(text, lo, m.start())
        src = subject_phrase(text, lo, cut.start() if cut else m.start())
        if src is None and cut is not None:
            src = _trim_phrase(text, lo, cut.start())
        if src is None:
            continue
        kind = classify_source(text[src[0]:src[1]])
        if kind in (vocab.NAMED, vocab.PRONOUN, vocab.ANONYMOUS, vocab.SPOKESPERSON, vocab.ROLE, vocab.OTHER):
            return (m.start(), m.start() + 1), src
    return None


_RELATIVE_CLAUSE = re.compile(r",\s*(?:who|which|whose)\b")


_SUBORDINATORS = frozenset("""
after before when while although though because if as since until once unless whether over under about against
""".split())
_SUBJECT_STOP = frozenset("of to at in for from with within inside on close familiar who that".split())
_NOT_VERBS = frozenset("""
and or but of to at in for from with on by as than who whom whose which that this these those the a an
""".split())


#: Words that end a subject noun phrase before its head is reached (function words, subordinators).
_BREAKS_SUBJECT = (_NOT_VERBS - _DETERMINERS) | _SUBORDINATORS
#: Conjunctions that open a sentence before its subject.
_OPENING_CONJUNCTIONS = frozenset("and but or yet so".split())
#: Nouns that, right after an unnamed-source noun, make it a modifier ("official figures", "official sources").
_MODIFIED_HEADS = lx.DOCUMENT_NOUNS | lx.ROLE_NOUNS


def _unnamed_subject(text: str):
    """``Senior aides worried that …``: an unnamed-source group as the subject of any verb.

    News credits beliefs, plans and actions to unnamed groups as much as
    speech (``officials expect``, ``her advisers are grappling with``); the
    subject is then the source and the verb its cue. Returns
    ``((cue_start, cue_end), (source_start, source_end))`` or None.
    """
    toks = list(_TOKEN.finditer(text, 0, min(len(text), 240)))[:24]
    starts = [0]
    comma = text.find(",", 0, 90)
    if comma > 0 and not (len(text[:comma].split()) <= 3 and text[:1].isupper() and " " not in text[:comma].strip()):
        starts.append(next((i for i, t in enumerate(toks) if t.start() > comma), len(toks)))
    for first in starts:
        for i in range(first, min(first + 8, len(toks))):
            word = toks[i].group().lower().strip(".")
            if word not in lx.UNNAMED_SOURCE_NOUNS:
                if i == first and word in _OPENING_CONJUNCTIONS:
                    continue  # "And city officials aren't sure ...", "But aides worry ..."
                if word in _AUXILIARIES or word in lx.REPORTING_VERBS or word in _BREAKS_SUBJECT:
                    break
                continue
            j = i + 1
            if j < len(toks) and toks[j].group().lower() in _SUBJECT_STOP:
                while j < len(toks) and j - i <= 7 and toks[j].group().lower() not in _AUXILIARIES \
                        and toks[j].group().lower() not in lx.REPORTING_VERBS:
                    j += 1
            if j >= len(toks) or "," in text[toks[i].end():toks[j].start()] and j == i + 1:
                break
            verb = toks[j].group()
            if not verb.islower() or verb in _NOT_VERBS:
                break
            if verb in _MODIFIED_HEADS:
                continue  # "official figures", "senior official sources": a modifier, not the subject's head
            span = _trim_phrase(text, toks[first].start(), toks[j - 1].end())
            if span is None or classify_source(text[span[0]:span[1]], text) != vocab.ANONYMOUS:
                break
            return (toks[j].start(), toks[j].end()), span
    return None


_KIND_RANK = {vocab.ANONYMOUS: 0, vocab.NAMED: 1, vocab.PRONOUN: 2, vocab.SPOKESPERSON: 2, vocab.ROLE: 2,
              vocab.PUBLICATION: 3, vocab.DOCUMENT: 3, vocab.VAGUE_GROUP: 4, vocab.OTHER: 5, vocab.NONE: 9}


def _evidence_rank(a: Attribution) -> tuple:
    """Anonymous sources first (they win by priority), then sourced strong cues."""
    weak = a.cue_kind == vocab.CUE_VERB and (a.cue_word in lx.WEAK_CUES or a.cue_word in lx.STANCE_VERBS)
    return (_KIND_RANK[a.source_kind], weak, a.cue_kind == vocab.CUE_VERB, a.cue_start)


#: Plural nouns ending in -es that head source phrases (``allies``, ``authorities``): not verbs.
_SUBJECT_NOUNS = lx.UNNAMED_SOURCE_NOUNS | lx.VAGUE_GROUPS | lx.DOCUMENT_NOUNS | lx.PUBLICATION_NOUNS | frozenset(
    "authorities agencies companies parties bodies cities counties communities families universities".split())

#: Frequent irregular verbs that end a subject (``A manager at the clinic put it this way``).
_COMMON_VERBS = frozenset("put puts made makes gave gives took takes kept keeps went goes came comes saw got felt".split())
_AUXILIARIES = frozenset("""
is are was were be been has have had do does did will would can could may might must should shall
""".split())


#: Auxiliaries, copulas and adverbs between a subject and the head of its predicate.
_PREDICATE_SKIP = _AUXILIARIES | _NEGATED_AUXILIARIES | frozenset("""
been being not also still already long now privately publicly increasingly remain remains remained stay stays stayed
seem seems seemed appear appears appeared grow grows grew become becomes became
""".split())
#: Predicates that credit a view to their subject: speech, stance and mental states.
VIEW_PREDICATES = lx.REPORTING_VERBS | lx.STANCE_VERBS | lx.MENTAL_STATES


def predicate_word(article: str, start: int, end: int) -> str | None:
    """The head of the predicate starting at ``start``: auxiliaries and adverbs skipped (``have long been eager``)."""
    for t in list(_TOKEN.finditer(article, start, min(end, start + 80)))[:5]:
        word = t.group().lower()
        if word not in _PREDICATE_SKIP and not _is_adverb(word):
            return word
    return None


def credits_view(article: str, cue_start: int, end: int) -> bool:
    """Does the predicate at ``cue_start`` credit its subject a view (``aides are optimistic``), not an act?"""
    return predicate_word(article, cue_start, end) in VIEW_PREDICATES


#: Verbs whose subject a preceding reporting-verb form must be (``reports show``, ``the calls went``).
_NOUN_FOLLOWERS = lx.DOCUMENT_VERBS | _AUXILIARIES | _COMMON_VERBS | frozenset("say says said".split())


def subject_phrase(article: str, start: int, end: int) -> tuple[int, int] | None:
    """The leading noun phrase of a statement, up to its first verb.

    Used as the source of a statement the model calls attributed when no cue
    was found (``Voting rights advocates have expressed concern``).
    """
    toks = list(_TOKEN.finditer(article, start, end))[:10]
    for i, t in enumerate(toks):
        word = t.group().lower().rstrip(".")
        is_verb = (word in _AUXILIARIES and not (i > 0 and t.group()[:1].isupper())) or word in lx.REPORTING_VERBS \
            or (i > 0 and word in _COMMON_VERBS) or (
            i > 0 and not t.group()[:1].isupper() and len(word) > 3 and word.endswith(("ed", "es"))
            and word not in _SUBJECT_NOUNS and toks[i - 1].group().lower() not in _DETERMINERS)
        if is_verb:
            return _trim_phrase(article, toks[0].start(), toks[i - 1].end()) if i > 0 else None
    return None
