"""The words quote attribution reads: roles, documents, speech and finding verbs, titles of address.

General English news vocabulary only; nothing here is about any one story. Titles themselves
come from the names kind (`names.TITLES`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ...regexes import compile_regex
from ..names import TITLES

_Trie = dict[str, "_Trie"]


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of `words`, factored on shared prefixes.

    The word lists below are long, and a flat alternation makes the engine try every word at every
    position. Every use puts a word boundary or white space after the word, so at most one word can
    match at a position and the factored form finds exactly the same matches.
    """
    trie: _Trie = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _branches(trie)


def _branches(node: _Trie) -> str:
    options = [re.escape(char) + _branches(child) for char, child in sorted(node.items()) if char]
    if not options:
        return ""
    body = options[0] if len(options) == 1 else "(?:" + "|".join(options) + ")"
    return f"(?:{body})?" if "" in node else body


# Roles a speaker is named by: "the minister said", "Home Secretary Jane Doe".
ROLE_WORDS = frozenset({
    "secretary", "minister", "chancellor", "president", "leader", "spokesman", "spokeswoman",
    "spokesperson", "ceo", "chief", "chair", "chairman", "chairwoman", "director", "commissioner",
    "prosecutor", "attorney", "officer", "head", "editor", "founder", "opposition", "coach", "manager",
    "ambassador", "envoy", "adviser", "advisor", "speaker", "deputy", "shadow", "premier", "treasurer",
    "dean", "principal", "constable", "superintendent", "sheriff", "mp", "mep", "peer", "chairperson",
    "executive", "analyst", "economist", "expert", "lawyer", "barrister", "solicitor", "campaigner",
    "activist", "official", "source", "witness", "resident", "survivor", "victim", "teacher", "doctor",
    "nurse", "professor", "researcher", "scientist", "author", "journalist", "columnist", "presenter",
})
# Words that may stand before a name: titles (names.TITLES) and roles.
PREFIX_WORDS = frozenset(TITLES) | ROLE_WORDS
# Single role nouns that name one person the story already introduced ("the minister said").
RESOLVABLE_ROLES = frozenset({"minister", "secretary", "peer", "chancellor", "senator", "mp", "mayor",
                              "governor", "premier", "baroness", "lord", "lady", "baron", "dame"})
# Documents a quote may come from: "the report said", "her audit found".
DOC_NOUNS = frozenset({
    "report", "audit", "review", "study", "inquiry", "survey", "paper", "document", "findings", "analysis",
    "assessment", "evaluation", "investigation", "dossier", "memo", "judgment", "judgement", "ruling",
    "verdict", "letter", "statement", "submission", "book", "article", "research", "suit", "lawsuit", "complaint",
    "indictment", "affidavit", "filing", "petition", "motion", "warrant", "transcript",
})
# Capitalised words that are never part of a person's name.
NOT_NAME = frozenset("""
office agency authority police council government ministry department service services court
party bank union news enforcement commission committee parliament commons house association foundation
trust institute university college school schools hospital group company corporation inc ltd plc bill
act taskforce force forces army navy network centre center board unit team club church times post mail
telegraph herald journal street road avenue square airport station city county borough region valley
river island islands republic kingdom states nations summit federation league alliance campaign fund
programme program project crime prosecution hall prison media press tv radio channel magazine daily
festival award awards prize cup games election conference congress senate assembly cabinet exchange
market index airlines airways holdings capital energy transport health care education security defence
defense affairs studies research science technology systems policy strategy operation
monday tuesday wednesday thursday friday saturday sunday january february march april may june july
august september october november december spring summer autumn winter christmas easter
north south east west northern southern eastern western greater upper lower central new saint st
fort port mount lake cape gulf middle national international royal federal state online
""".split()) | DOC_NOUNS | ROLE_WORDS
# A capitalised word, or an abbreviated title with its full stop ("Dr.", "Sgt."), as regex source.
CAP = (r"(?:(?:Mr|Mrs|Ms|Dr|St|Prof|Gen|Col|Capt|Sgt|Lt|Rev|Gov|Sen|Rep|Det|Insp|Supt|Cllr)\.(?=[ \t][A-Z])"
       r"|[A-Z][A-Za-z\u00C0-\u024F]*(?:[’'\-][A-Za-z\u00C0-\u024F]+)*)")
POSSESSIVE = compile_regex(r"[’']s?$")

# Titles a story may give anyone it first named without one ("Jane Smith" ... "Ms Smith", "Dr Smith",
# "Lady Smith"); job titles ("Coach Smith", "Editor Smith") are as free. The other titles are
# ranks a story writes with the name from the start ("Judge Sarah Mills", "Inspector Paul Dane"), so
# "Judge Mills" is not the defendant "Tom Mills" the story introduced without one.
ADDRESS_TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord",
                            "lady", "baroness", "baron", "viscount", "earl", "duke", "duchess", "countess"})
RANK_TITLES = frozenset(TITLES) - ADDRESS_TITLES

# Verbs that attribute speech, and verbs that present someone else's finding ("X found '...'").
SPEECH_VERBS = """say says said saying tell tells told telling write writes wrote written writing add adds added
adding warn warns warned warning confirm confirms confirmed conclude concludes concluded claims
claimed notes noted promise promises promised describe describes described state states stated insist insists
allege alleges alleged contend contends contended assert asserts asserted
insisted explain explains explained argue argues argued stress stresses stressed declare declares
declared admit admits admitted acknowledge acknowledges acknowledged announce announces announced
urge urges urged ask asks asked reply replies replied respond responds responded continues continued
reiterate reiterates reiterated recall recalls recalled criticise criticises criticised criticize
criticizes criticized comment comments commented remark remarks remarked pledge pledges pledged vow
vows vowed suggest suggests suggested testify testifies testified tweet tweets tweeted posted
observe observes observed concede concedes conceded caution cautions cautioned predict predicts
predicted shout shouted joke joked quip quipped recount recounted
""".split()
FINDING_VERBS = """found finds find identified identifies identify refers referred refer highlights
highlighted highlight shows showed shown revealed reveals concluded concludes describes described
notes noted warns warned says said""".split()
