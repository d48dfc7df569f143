"""Given names: the short forms of one name (Bob, Robert), and when two forms are worth reporting.

A short form is either a *clipping* that keeps the opening of the full name (Chris for Christopher,
Rick for Richard, Tom for Thomas) or a *pet form* that changes it (Bob for Robert, Jim for James,
Bill for William). The rule for reporting is the reader's: a clipping keeps the first letter and
the first vowel of the full name, so a reader sees one name and nothing is reported; a pet form
changes one of them, so a reader (or a search of records) may not connect the two, and outlets
that disagree on the form are a low-severity variant the report can make consistent.

The table is general English vocabulary, not about any one story.
"""

from __future__ import annotations

from functools import lru_cache

# Full name -> its common short forms.
_SHORT_FORMS: dict[str, tuple[str, ...]] = {
    "abigail": ("abby", "gail"), "albert": ("al", "bert"), "alexander": ("alex", "sandy", "xander"),
    "alexandra": ("alex", "sandra", "sandy"), "alfred": ("alf", "fred"), "andrew": ("andy", "drew"),
    "anthony": ("tony",), "antonio": ("tony",), "barbara": ("barb", "babs"), "benjamin": ("ben", "benny"),
    "bernard": ("bernie",), "catherine": ("cathy", "kate", "katie"), "charles": ("charlie", "chuck", "chas"),
    "christina": ("chris", "tina"), "christine": ("chris", "chrissy"), "christopher": ("chris", "kit"),
    "cynthia": ("cindy",), "daniel": ("dan", "danny"), "david": ("dave", "davy"), "deborah": ("debbie", "deb"),
    "donald": ("don", "donny"), "dorothy": ("dot", "dottie"), "douglas": ("doug",), "edward": ("ed", "eddie", "ted",
                                                                                            "ned"),
    "elizabeth": ("liz", "beth", "betty", "betsy", "eliza", "lizzie", "libby"), "eugene": ("gene",),
    "frances": ("fran", "frannie"), "francis": ("frank",), "frederick": ("fred", "freddie"),
    "gerald": ("gerry", "jerry"), "gregory": ("greg",), "harold": ("harry", "hal"), "henry": ("harry", "hank"),
    "jacob": ("jake",), "james": ("jim", "jimmy", "jamie"), "jeffrey": ("jeff",), "jennifer": ("jen", "jenny"),
    "jessica": ("jess", "jessie"), "john": ("jack", "johnny"), "jonathan": ("jon", "jonny"),
    "joseph": ("joe", "joey"), "joshua": ("josh",), "judith": ("judy",), "katherine": ("kate", "kathy", "katie"),
    "kathleen": ("kathy", "kate"), "kenneth": ("ken", "kenny"), "lawrence": ("larry",), "leonard": ("len", "leo"),
    "louis": ("lou",), "margaret": ("maggie", "meg", "peggy", "marge", "madge"), "matthew": ("matt",),
    "michael": ("mike", "mick", "mickey"), "nathaniel": ("nate", "nat"), "nicholas": ("nick", "nicky"),
    "pamela": ("pam",), "patricia": ("pat", "patty", "trish"), "patrick": ("pat", "paddy"),
    "peter": ("pete",), "philip": ("phil",), "phillip": ("phil",), "raymond": ("ray",), "rebecca": ("becky", "becca"),
    "richard": ("rick", "dick", "rich", "ricky", "richie"), "robert": ("bob", "rob", "bobby", "robbie", "bert"),
    "ronald": ("ron", "ronnie"), "samuel": ("sam", "sammy"), "samantha": ("sam",), "stephen": ("steve",),
    "steven": ("steve",), "susan": ("sue", "susie"), "theodore": ("ted", "teddy", "theo"),
    "thomas": ("tom", "tommy"), "timothy": ("tim", "timmy"), "victoria": ("vicky", "tori"), "walter": ("walt",),
    "william": ("bill", "will", "billy", "willie", "liam"), "zachary": ("zach", "zack"),
}
_FULL_FORMS: dict[str, frozenset[str]] = {}
for _full, _shorts in _SHORT_FORMS.items():
    for _short in _shorts:
        _FULL_FORMS[_short] = _FULL_FORMS.get(_short, frozenset()) | {_full}

_VOWELS = "aeiouy"
# Endings that make a different given name, often of the other sex ("Paul"/"Paula", "Daniel"/"Danielle").
GIVEN_NAME_PAIRS = ("e", "a", "ne", "le", "na", "ette", "ina", "elle", "o")


def is_given_name(word: str) -> bool:
    """A common English first name or short form (lower case): the ones the table lists."""
    return word in _SHORT_FORMS or word in _FULL_FORMS


def short_form(a: str, b: str) -> str | None:
    """The full name when one of two lower-case given names is a listed short form of the other."""
    if b in _FULL_FORMS.get(a, ()):
        return b
    if a in _FULL_FORMS.get(b, ()):
        return a
    return None


@lru_cache(maxsize=4096)
def _opening(name: str) -> tuple[str, str]:
    """The first letter and the first vowel after it: what a reader recognises a name by."""
    vowel = next((c for c in name[1:] if c in _VOWELS), "")
    return name[:1], vowel


def pet_form(a: str, b: str) -> bool:
    """Two forms of one given name that a reader may not connect (Bob/Robert, Jim/James): a listed
    short form that changes the full name's first letter or first vowel."""
    full = short_form(a, b)
    if full is None:
        return False
    short = b if full == a else a
    return _opening(short) != _opening(full)


def one_given_name(a: str, b: str) -> bool:
    """Whether two lower-case given names may be one person's: equal, an initial of the other, or a
    listed short form (Chris/Christopher, Bob/Robert)."""
    a, b = a.rstrip("."), b.rstrip(".")
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[:1] == b[:1]
    return short_form(a, b) is not None


def gendered_pair(a: str, b: str) -> bool:
    """Two given names that are distinct names, often of the other sex: one is the other plus a
    given-name ending (Paul/Paula, Daniel/Danielle), or they differ only in a final vowel (Mario/Maria)."""
    short, long = sorted((a, b), key=len)
    if long.startswith(short) and long[len(short) :] in GIVEN_NAME_PAIRS:
        return True
    return len(a) == len(b) and a[:-1] == b[:-1] and a[-1] in _VOWELS and b[-1] in _VOWELS
