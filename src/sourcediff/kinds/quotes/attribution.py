"""Who a quote is given to: the same words with different speakers, or as someone's own words
against their account of another's finding ("Smith found '...'")."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from ...models import QuoteValue
from .._shared import outlet_list
from ..names import RANKS, gendered_pair, one_given_name, spelling_slip, transliteration
from .matching import Match
from .readings import Cluster, Issue, Quote, show
from .settings import QuotesSettings

_MARKERS = frozenset("""found finds identified identifies refers referred says said described describes
concluded concludes highlights highlighted according notes noted warned warns shows showed revealed
reveals""".split())
_PRONOUNS = frozenset({"she", "he", "they", "it"})
_DOCUMENTS = frozenset({"report", "audit", "review", "study", "inquiry", "survey", "findings", "paper"})
_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})  # "Carl Dane Jr." is "Carl Dane"


def record_attribution(
    cluster: Cluster,
    a: Quote,
    b: Quote,
    matches: Sequence[Match],
    outlets: Sequence[Sequence[str]],
    settings: QuotesSettings,
) -> None:
    """Note different speakers, or own words against an account of someone else's finding.

    `outlets` gives, for each reading, the outlets that print it.
    """
    best = max(matches, key=lambda m: m.longest)
    frame_a = framing(a, best.chain[0].a, best.a_seg[0], settings)
    frame_b = framing(b, best.chain[0].b, best.b_seg[0], settings)
    same = same_speaker(a.detail, b.detail)
    if frame_a is None and frame_b is None:
        # "she said" is no evidence, nor a quote inside another: the memo's author against the person the
        # memo quotes ("Putin had told him '...'") are both right
        if same is False and named(a.detail) and named(b.detail) and not (a.detail.nested or b.detail.nested):
            for quote in (a, b):
                name = _known_as(cluster.speakers, quote.detail.speaker or "")
                cluster.speakers.setdefault(name, set()).update(outlets[quote.index])
        return
    if frame_a is not None and frame_b is not None:
        return
    own, framed, words = (a, b, frame_b or "") if frame_a is None else (b, a, frame_a)
    if same is False and surname(own.detail.speaker or "") in words.lower().split():
        return  # "Smith found '...'" against Smith's own words: the same attribution
    for outlet in outlets[own.index]:
        cluster.own[outlet] = own.detail.speaker or "the speaker"
    for outlet in outlets[framed.index]:
        cluster.framed[outlet] = words


def framing(quote: Quote, start: int, seg_lo: int, settings: QuotesSettings) -> str | None:
    """The words that present the shared part as someone else's finding, or None for own words."""
    words = quote.words
    window = settings.framing_window
    for i in range(start - 1, max(seg_lo, start - window) - 1, -1):
        if words.sentence_start[i + 1]:
            break  # the framing must stand in the shared part's own sentence
        if words.keys[i] not in _MARKERS or i == seg_lo:
            continue
        subject = quote.fact.value[words.spans[i - 1][0] : words.spans[i - 1][1]]
        capitalised = subject[:1].isupper() and not words.sentence_start[i - 1]  # "Police found" opens a sentence
        if subject.lower() in _PRONOUNS or capitalised or subject.lower() in _DOCUMENTS:
            return show(quote, i - 1, start - 1)
    if quote.detail.own_words is False:
        intro = quote.fact.sentence[: max(0, quote.fact.sentence.find(quote.fact.value))]
        return " ".join(intro.strip(" \t\n'\"‘’“”:,").split()[-window:]) or "-"
    return None


def same_speaker(a: QuoteValue, b: QuoteValue) -> bool | None:
    """Whether two quotes have the same named speaker; None when either is not a named person."""
    if not (a.speaker_is_person and b.speaker_is_person and a.speaker and b.speaker):
        return None
    left, right = _untitled(a.speaker), _untitled(b.speaker)
    if not left or not right:
        return None
    return _same_person(left, right)


def different_sources(a: QuoteValue, b: QuoteValue) -> bool:
    """Two quotes the articles give to different sources: two people, or a person and a body or document.

    Two bodies or documents ("the DNC", "the suit") are not told apart: one may speak through the other.
    """
    if not (a.speaker and b.speaker):
        return False
    if a.speaker_is_person and b.speaker_is_person:
        return same_speaker(a, b) is False
    return a.speaker_is_person != b.speaker_is_person


def _same_person(left: Sequence[str], right: Sequence[str]) -> bool:
    """Two speakers' name words (see `_untitled`) that name one person, allowing one slip in a name."""
    both_given = len(left) > 1 and len(right) > 1
    if not _same_name_word(left[-1], right[-1]):
        # a misspelt surname is the same speaker when the first names agree ("Jo Hendrick"/"Jo Hendricks")
        return both_given and left[0] == right[0] and _slip(left[-1], right[-1])
    if both_given and not _same_name_word(left[0], right[0]):
        # "Tom Mills" and "Sarah Mills" are two people; "J. Mills", "Rob Mills" may be Robert Mills
        first, second = left[0], right[0]
        return one_given_name(first, second) or (_slip(first, second) and not gendered_pair(first, second))
    return True


def _known_as(speakers: dict[str, set[str]], name: str) -> str:
    """The name a cluster already uses for this person (Mohammed for Muhammad), else this one."""
    for known in speakers:
        left, right = _untitled(known), _untitled(name)
        if left and right and _same_person(left, right):
            return known
    return name


def _untitled(speaker: str) -> list[str]:
    """The words of a speaker's name without titles or suffixes: "Baroness Jane Hale Jr." -> jane hale."""
    words = speaker.lower().replace("’", "'").split()
    while len(words) > 1 and words[0].rstrip(".") in RANKS:
        words.pop(0)
    while len(words) > 1 and words[-1].rstrip(",") in _SUFFIXES:
        words.pop()
    return [word.rstrip(",") for word in words]


def _slip(a: str, b: str) -> bool:
    return spelling_slip(a.replace("'", ""), b.replace("'", ""))


def _same_name_word(a: str, b: str) -> bool:
    """The same word of a name, allowing the spellings outlets alternate (Mohammed/Muhammad)."""
    return a == b or transliteration(a, b)


def named(value: QuoteValue) -> bool:
    """The outlet names the speaker next to the quote, rather than "she" or "the minister"."""
    return bool(value.speaker and value.speaker_text) and surname(value.speaker or "") in (
        value.speaker_text or "").lower().replace("’", " ").replace("'", " ").split()


def surname(speaker: str) -> str:
    return speaker.rsplit(maxsplit=1)[-1].lower() if speaker.strip() else ""



def attribution_issues(cluster: Cluster) -> list[Issue]:
    issues = []
    if len(cluster.speakers) > 1:
        sides = "; ".join(
            f"{who} ({outlet_list(sorted(outlets))})" for who, outlets in sorted(cluster.speakers.items())
        )
        issues.append(Issue("speaker", f"speaker differs: the words are given to {sides}", "high"))
    if cluster.own and cluster.framed:
        speaker = " / ".join(sorted(set(cluster.own.values())))
        own = outlet_list(sorted(cluster.own))
        by_words: dict[str, list[str]] = {}
        for outlet, words in sorted(cluster.framed.items()):
            by_words.setdefault(words, []).append(outlet)
        framed = "; ".join(f"{outlet_list(outlets)}: '{words}'" for words, outlets in by_words.items())
        gives = "gives" if len(cluster.own) == 1 else "give"
        give = "gives" if len(cluster.framed) == 1 else "give"
        text = (f"attribution differs: {own} {gives} these as {speaker}'s own words; "
                f"{outlet_list(sorted(cluster.framed))} {give} them as an account of someone else's finding "
                f"({framed})")
        issues.append(Issue("framing", text, "high"))
    return issues


def topic_speaker(members: Sequence[Quote]) -> str:
    """The speaker most outlets name ("Ms Smith" and "Jane Smith" count together)."""
    forms: dict[str, list[str]] = {}
    for quote in members:
        if quote.detail.speaker and not quote.detail.nested:
            forms.setdefault(surname(quote.detail.speaker), []).append(quote.detail.speaker)
    if not forms:
        return "unattributed"
    names: list[str] = max(forms.values(), key=len)
    counts = Counter(names)  # in order of first use: `max` keeps the earliest of a tie
    return max(counts, key=lambda name: (counts[name], len(name)))

