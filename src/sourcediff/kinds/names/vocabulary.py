"""The words around names: what ends an office or an organisation, what joins a chain, what is never a name.

General English news vocabulary only; nothing here is about any one story. The titles written
before names are in `titles.py`.
"""

from __future__ import annotations

# Words that extend a rank without being one: "Detective Chief Inspector", "Vice Admiral".
RANK_MODIFIERS = frozenset({"chief", "deputy", "vice", "rear", "acting", "assistant", "senior", "lance", "staff",
                            "first", "second", "field", "air", "police", "flight", "wing", "group"})
ABBREVIATIONS = frozenset({"dr", "mr", "mrs", "ms", "mx", "st", "gov", "sgt", "lt", "col", "gen", "rep", "sen",
                           "prof", "rev", "capt", "cmdr", "adm", "maj", "cpl", "jr", "sr", "insp", "supt", "det",
                           "fr", "cllr", "pres"})
# The last word of an office written before a name: "Home Secretary", "Gov.", "Acme CEO".
OFFICE_HEADS = frozenset({
    "minister", "secretary", "chancellor", "president", "vice-president", "governor", "gov", "senator", "sen",
    "representative", "rep", "congressman", "congresswoman", "mayor", "judge", "justice", "ambassador",
    "commissioner", "speaker", "leader", "chair", "chairman", "chairwoman", "chairperson", "premier",
    "director", "ceo", "executive", "spokesman", "spokeswoman", "spokesperson", "councillor", "cllr",
    "treasurer", "coroner", "sheriff", "prosecutor", "envoy", "adviser", "advisor", "secretary-general",
    "president-elect", "chief", "pres", "mp", "mep", "officer", "general-secretary",
    "deputy", "trooper", "agent", "firefighter", "patrolman", "patrolwoman", "ranger", "warden",
})
# Lower-case role nouns written next to a name ("commentator Jane Doe", "Jane Doe, the trade secretary").
ROLE_NOUNS = OFFICE_HEADS | frozenset({
    "peer", "commentator", "activist", "campaigner", "lawyer", "barrister", "solicitor", "journalist",
    "editor", "founder", "economist", "analyst", "researcher", "scientist", "author", "writer", "actor",
    "actress", "singer", "coach", "manager", "player", "striker", "billionaire", "businessman",
    "businesswoman", "entrepreneur", "officer", "detective", "professor", "doctor", "survivor", "witness",
    "priest", "historian", "presenter", "broadcaster", "chef", "architect", "artist", "musician", "leader",
    "volunteer", "aide", "confidant", "associate", "strategist", "consultant", "staffer", "assistant", "attorney",
    "counsel", "lieutenant", "sergeant", "captain", "corporal", "marshal", "commander", "investigator", "pastor",
    "teacher", "nurse", "partner", "lawmaker", "legislator", "deputies", "officers", "aides", "advisers",
})
# Lower-case words that qualify a role before a name ("former campaign manager", "full-time police
# lieutenant"), besides role nouns and organisation words: status, rank and the usual fields of work.
ROLE_QUALIFIERS = frozenset("""former ex then current acting interim deputy assistant vice senior junior chief executive
general longtime full-time part-time retired veteran top lead head co special associate managing principal first
second campaign fire team city county state federal national local regional district municipal foreign finance
health defense defence justice education interior home business sales marketing communications press media
political policy security intelligence legal medical technical operations programme program research design
editorial sports football basketball baseball hockey soccer rugby cricket defensive offensive""".split())
# The last word of an organisation, building or document name.
ORG_HEADS = frozenset({
    "agency", "office", "council", "court", "bank", "party", "ministry", "department", "university", "police",
    "commission", "committee", "bill", "act", "news", "service", "services", "force", "forces",
    "army", "navy", "union", "group", "foundation", "trust", "institute", "association", "company",
    "corporation", "inc", "ltd", "plc", "club", "hospital", "school", "college", "society", "authority",
    "board", "church", "parliament", "assembly", "senate", "house", "network", "bureau", "centre", "center",
    "federation", "organisation", "organization", "fund", "review", "inquiry", "report",
    "airways", "airlines",
    "museum", "library", "prison", "station", "airport", "stadium", "cabinet", "government", "congress",
    "exchequer", "treasury", "commons", "lords", "kingdom", "republic", "states", "nations", "alliance",
    "coalition", "movement", "front", "league", "forum", "summit", "programme", "program", "project",
})
# Words after which a chain ends in "of", "of the", "for" and carries on: "Leader of the Opposition".
BRIDGE_HEADS = OFFICE_HEADS | ORG_HEADS | frozenset({
    "duke", "duchess", "earl", "archbishop", "bishop", "secretary", "state", "prince", "princess", "king",
    "queen", "lord", "baron", "baroness", "lady", "mayor", "city", "port", "isle", "bay", "gulf", "cape",
    "province", "region", "county", "district", "borough", "chamber", "palace", "tower", "castle",
})
PARTICLES = frozenset({"van", "von", "der", "den", "de", "del", "della", "di", "da", "du", "dos", "das",
                       "le", "la", "ter", "ten", "bin", "ibn", "bint", "al", "el", "zu", "af", "y"})
BRIDGES = ("of the", "for the", "of", "for")
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})  # after a surname: "Lee Cole Jr."
# Month and day names split a capitalised run ("On Monday Prime Minister ..."); "May" may be a surname.
CALENDAR = frozenset(("january february march april june july august september october november december "
                      "monday tuesday wednesday thursday friday saturday sunday").split())
_CALENDAR_SHORT = "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun"
# Capitalised words that are never a name on their own.
NOT_NAMES = CALENDAR | frozenset(_CALENDAR_SHORT.split()) | frozenset(
    {"i", "i'm", "i've", "i'd", "i'll", "god", "internet", "may"})
# Words that open sentences and are rarely names ("Despite Tuesday's ...", "Meanwhile Paris ..."); an
# unfamiliar capitalised word ending in -ing that opens a sentence is treated the same way.
OPENING_WORDS = frozenset({
    "despite", "amongst", "meanwhile", "however", "today", "yesterday", "tonight", "currently", "unlike",
    "besides", "instead", "earlier", "later", "separately", "previously", "additionally", "nevertheless",
    "overall", "finally", "initially", "ultimately", "notably", "recently", "elsewhere", "asked", "photo",
    "picture", "watch", "read", "listen", "advertisement", "update", "updated", "breaking", "exclusive",
    "opinion", "analysis", "comment", "live", "dear", "thanks", "welcome", "hello", "yes", "please",
})
SPEECH_VERBS = frozenset({
    "said", "says", "told", "tells", "wrote", "writes", "added", "adds", "claimed", "accused", "argued",
    "announced", "warned", "insisted", "confirmed", "explained", "stressed", "admitted", "denied", "responded",
    "replied", "tweeted", "posted", "urged", "praised", "criticised", "criticized", "acknowledged", "who",
    "whose", "himself", "herself", "asked", "noted", "recalled", "promised", "pledged", "vowed",
})
PLACE_PREPOSITIONS = frozenset({"in", "near", "outside", "across", "throughout", "around", "inside", "at", "from"})
DEMONYM_ENDINGS = ("ian", "ean", "an", "ese", "ish", "ic", "i", "ch")
HEADING_SHARE = 0.75  # share of capitalised content words that makes an unpunctuated line a heading
HEADING_MIN_WORDS = 3
MAX_NAME_WORDS = 5  # longer capitalised runs are organisations or headlines, not people
CONTEXT_CHARS = 100  # how far around a name to look for its role ("the trade secretary") or a place word
