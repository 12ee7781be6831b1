"""Domain knowledge as versioned data files, loaded into lookup tables.

Parties, officials, titles, trigger lexicons, date anchors and boilerplate cues
live in JSON files beside this module so analysts can read, correct and extend
them (`--actors FILE`) without touching code. User files are applied after the
shipped ones: a user's alias or official wins over ours.

Verbs of saying (`reporting_verbs`, a list of lemmas in lexicon.json or any user file)
add up across files: a user adds the verbs their sources report with ('maintain').

Movements (movements.json, or a `movements` section in any user file) are armed
movements and de-facto authorities named in the news ('the Taliban', 'the Houthis').
They are no party of their own: one stands for a state only while it governs it
(`governs`, with dates), and otherwise its name keeps a state word beside it ('Lebanon's
Hezbollah') from being read as that state's act.

Places (places.json, or a `places` section in any user file) are non-capital
cities, regions and sites mapped to the party whose territory holds them; an
`international_venues` list names places that host others' meetings and stand
for no party ('talks in Geneva'). A party's own names and capitals win over a
place of the same spelling; a later file's place wins over an earlier one.
"""

from __future__ import annotations

import difflib
import json
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from dyadwatch.errors import KnowledgeError

DATA_DIR = Path(__file__).parent


@dataclass(frozen=True)
class Alias:
    """What one surface string means: a party, the kind of word, and a sector."""

    code: str
    category: str  # name | adjective | demonym | capital | institution | person | generic
    sector: str = "government"


@dataclass(frozen=True)
class Office:
    title: str
    level: str
    start: date
    end: date | None

    def covers(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class Official:
    name: str
    party: str
    offices: tuple[Office, ...]
    aliases: tuple[str, ...] = ()
    gender: str | None = None  # 'm' or 'f': whom 'he' and 'she' can stand for

    def office_on(self, day: date | None) -> Office | None:
        """The office held on a day, else the most recent one (for undated mentions)."""
        if not self.offices:
            return None
        if day is not None:
            for office in self.offices:
                if office.covers(day):
                    return office
            return None
        return max(self.offices, key=lambda o: o.start)

    def active_between(self, first: date, last: date) -> bool:
        return any(o.start <= last and (o.end is None or o.end >= first) for o in self.offices)


@dataclass(frozen=True)
class Rule:
    """A movement's time as the de-facto authority of a state."""

    party: str
    start: date
    end: date | None


@dataclass(frozen=True)
class Movement:
    name: str
    governs: tuple[Rule, ...] = ()

    def party_on(self, day: date | None) -> str | None:
        """The state it governed on a day; none on an unknown day, as it may have been an
        insurgency then."""
        if day is None:
            return None
        return next((r.party for r in self.governs
                     if r.start <= day and (r.end is None or day <= r.end)), None)


@dataclass(frozen=True)
class Title:
    text: str
    level: str
    sector: str
    collective: bool = False


@dataclass(frozen=True)
class Trigger:
    """A lexical cue for an event type; `frame` names the argument rules to apply."""

    lemma: str
    pos: str
    type: str
    mode: str | None
    frame: str
    requires: tuple[str, ...] = ()
    forbids: tuple[str, ...] = ()


@dataclass(frozen=True)
class Anchor:
    """A widely known happening whose mention dates the document ('the invasion of Ukraine')."""

    phrases: tuple[str, ...]
    day: date


@dataclass(frozen=True)
class Theme:
    """A priority issue analysts track, gathered from PLOVER contexts and extra terms."""

    name: str
    label: str
    contexts: tuple[str, ...]
    terms: tuple[str, ...] = ()


@dataclass
class KnowledgeBase:
    parties: dict[str, dict[str, Any]] = field(default_factory=dict)
    aliases: dict[str, Alias] = field(default_factory=dict)
    officials: dict[str, list[Official]] = field(default_factory=lambda: defaultdict(list))
    titles: dict[str, Title] = field(default_factory=dict)
    triggers: dict[str, list[Trigger]] = field(default_factory=lambda: defaultdict(list))
    # several senses may share one phrase ('break off'): kept in lexicon order, as single words
    phrase_triggers: dict[str, list[Trigger]] = field(default_factory=lambda: defaultdict(list))
    intensity: dict[str, float] = field(default_factory=dict)
    mode_intensity: dict[tuple[str, str], float] = field(default_factory=dict)
    anchors: list[Anchor] = field(default_factory=list)
    boilerplate: dict[str, list[str]] = field(default_factory=dict)
    levels: list[str] = field(default_factory=list)
    level_of: dict[str, str] = field(default_factory=dict)
    context_terms: dict[str, list[str]] = field(default_factory=dict)
    themes: dict[str, Theme] = field(default_factory=dict)
    versions: dict[str, str] = field(default_factory=dict)
    # Language and quality-flag cues (quality.json), section by section; later files win.
    quality: dict[str, Any] = field(default_factory=dict)
    # Place name -> party holding it ('Tel Aviv' -> ISR); '' for an international venue.
    places: dict[str, str] = field(default_factory=dict)
    # Surface name -> armed movement or de-facto authority (movements.json).
    movements: dict[str, Movement] = field(default_factory=dict)
    # Lemmas of verbs of saying ('say', 'announce'); every file's list adds to it.
    reporting_verbs: frozenset[str] = frozenset()
    # Named word lists that trigger checks consult (lexicon.json 'clause_words'); lists add up.
    clause_words: dict[str, frozenset[str]] = field(default_factory=dict)
    epithets: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    def party_name(self, code: str) -> str:
        entry = self.parties.get(code)
        return str(entry["name"]) if entry else code

    def officials_named(self, surface: str) -> list[Official]:
        return self.officials.get(surface.lower(), [])

    def place_party(self, surface: str) -> str | None:
        """The party whose territory holds a named place ('Camp David' -> USA), None for an
        unknown place or an international venue that stands for no host ('Geneva')."""
        return self.places.get(surface) or self.places.get(_folded(surface)) or None

    def is_international_venue(self, surface: str) -> bool:
        return self.places.get(surface) == ""


def _read_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise KnowledgeError(f"knowledge file not found: {path}") from exc
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise KnowledgeError(f"knowledge file {path} is not valid JSON: {exc}",
                             hint="fix the file or remove it from --actors") from exc
    if not isinstance(data, dict):
        raise KnowledgeError(f"knowledge file {path} must hold a JSON object")
    return data


def _day(text: str | None, where: str) -> date | None:
    if text in (None, ""):
        return None
    try:
        return date.fromisoformat(str(text))
    except ValueError as exc:
        raise KnowledgeError(f"bad date {text!r} in {where}", hint="use YYYY-MM-DD") from exc


def _add_parties(kb: KnowledgeBase, data: dict[str, Any], where: str) -> None:
    for entry in data.get("parties", []):
        code = entry.get("code")
        if not code or not entry.get("name"):
            raise KnowledgeError(f"party without code or name in {where}: {entry!r:.80}")
        kb.parties[code] = entry
        for word in entry.get("epithets", []):  # 'the kingdom', 'the island nation'
            kb.epithets[word].add(code)
        for category, key in (("name", "names"), ("adjective", "adjectives"),
                              ("demonym", "demonyms"), ("capital", "capitals")):
            for surface in entry.get(key, []):
                kb.aliases[surface] = Alias(code, category)
        kb.aliases.setdefault(entry["name"], Alias(code, "name"))
        for inst in entry.get("institutions", []):
            kb.aliases[inst["name"]] = Alias(code, "institution", inst.get("sector", "government"))


def _add_places(kb: KnowledgeBase, data: dict[str, Any], where: str) -> None:
    places = data.get("places", {})
    if not isinstance(places, dict):
        raise KnowledgeError(f"'places' in {where} must map party codes to lists of names")
    for code, names in places.items():
        for name in names:
            kb.places[name] = code
            kb.places.setdefault(_folded(name), code)
    for name in data.get("international_venues", []):
        kb.places[name] = ""


def _add_movements(kb: KnowledgeBase, data: dict[str, Any], where: str) -> None:
    for entry in data.get("movements", []):
        try:
            rules = tuple(Rule(r["party"], _day(r["start"], where) or date.min,
                               _day(r.get("end"), where)) for r in entry.get("governs", []))
            movement = Movement(entry["name"], rules)
        except KeyError as exc:
            raise KnowledgeError(f"movement entry missing {exc} in {where}") from exc
        for surface in {movement.name, *entry.get("names", [])}:
            kb.movements[surface] = movement
            kb.movements.setdefault(_folded(surface), movement)


def _add_officials(kb: KnowledgeBase, data: dict[str, Any], where: str) -> None:
    for entry in data.get("officials", []):
        try:
            offices = tuple(
                Office(o["title"], o["level"], _day(o["start"], where) or date.min,
                       _day(o.get("end"), where))
                for o in entry.get("offices", [])
            )
            gender = entry.get("gender")
            if gender not in (None, "m", "f"):
                raise KnowledgeError(f"official {entry['name']!r} in {where}: gender must be "
                                     "'m' or 'f' (or left out)")
            official = Official(entry["name"], entry["party"], offices,
                                tuple(entry.get("aliases", [])), gender)
        except KeyError as exc:
            raise KnowledgeError(f"official entry missing {exc} in {where}") from exc
        surfaces = {official.name, *official.aliases}
        for surface in surfaces | {_folded(s) for s in surfaces}:
            kb.officials[surface.lower()].append(official)


def _folded(text: str) -> str:
    """'Erdogan' for 'Erdoğan': wire copy often drops diacritics from names."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("ı", "i")


def _add_lexicon(kb: KnowledgeBase, data: dict[str, Any]) -> None:
    for item in data.get("titles", []):
        title = Title(item["text"], item["level"], item["sector"], item.get("collective", False))
        kb.titles[title.text.lower()] = title
    for item in data.get("triggers", []):
        trig = Trigger(item["lemma"], item.get("pos", "VERB"), item["type"], item.get("mode"),
                       item.get("frame", "verb"), tuple(item.get("requires", [])),
                       tuple(item.get("forbids", [])))
        if " " in trig.lemma:
            kb.phrase_triggers[trig.lemma].append(trig)
        else:
            kb.triggers[trig.lemma].append(trig)
    for item in data.get("anchors", []):
        day = _day(item["date"], "anchors")
        assert day is not None
        kb.anchors.append(Anchor(tuple(item["phrases"]), day))
    for key, values in data.get("boilerplate", {}).items():
        kb.boilerplate.setdefault(key, []).extend(values)
    verbs = data.get("reporting_verbs", [])
    if not isinstance(verbs, list):
        raise KnowledgeError("'reporting_verbs' must be a list of verb lemmas")
    kb.reporting_verbs = kb.reporting_verbs | {str(v).lower() for v in verbs}
    lists = data.get("clause_words", {})
    if not isinstance(lists, dict):
        raise KnowledgeError("'clause_words' must map list names to word lists")
    known = frozenset(kb.clause_words)
    for name, words in lists.items():
        if not isinstance(words, list):  # a bare string would add its letters, one by one
            raise KnowledgeError(f"clause_words '{name}' must be a list of words")
        _check_list_name(str(name), known)
        kb.clause_words[str(name)] = (kb.clause_words.get(str(name), frozenset())
                                      | {str(w).lower() for w in words})


def _check_list_name(name: str, known: frozenset[str]) -> None:
    """A list no rule reads would be silently useless: once the shipped lists are loaded,
    a later file may only extend them, so a misspelt name stops the run with a suggestion."""
    if not known or name in known:
        return
    close = difflib.get_close_matches(name, sorted(known), n=1, cutoff=0.75)
    hint = f"did you mean '{close[0]}'? " if close else ""
    raise KnowledgeError(f"clause_words has no list '{name}' to extend; {hint}"
                         "the shipped lists are in lexicon.json 'clause_words'")


def _add_plover(kb: KnowledgeBase, data: dict[str, Any]) -> None:
    for item in data.get("types", []):
        kb.intensity[item["type"]] = float(item.get("intensity", 0.0))
        for mode in item.get("modes", []):
            if isinstance(mode, dict) and "intensity" in mode:
                kb.mode_intensity[(item["type"], mode["mode"])] = float(mode["intensity"])


def _add_analysis(kb: KnowledgeBase, data: dict[str, Any]) -> None:
    for item in data.get("levels", []):
        if item["level"] not in kb.levels:
            kb.levels.append(item["level"])
        for fine in item.get("includes", []):
            kb.level_of[fine] = item["level"]
    for context, terms in data.get("context_terms", {}).items():
        kb.context_terms.setdefault(context, []).extend(terms)
    for item in data.get("themes", []):
        kb.themes[item["theme"]] = Theme(item["theme"], item.get("label", item["theme"]),
                                         tuple(item.get("contexts", [])), tuple(item.get("terms", [])))


def _add_quality(kb: KnowledgeBase, data: dict[str, Any], where: str) -> None:
    months = data.get("quality", {}).get("foreign_months", {})
    bad = [name for name, number in months.items() if not name.startswith("_") and not (
        isinstance(number, int) and not isinstance(number, bool) and 1 <= number <= 12)]
    if bad:  # checked here, so a bad file stops the run at once rather than each document
        raise KnowledgeError(f"{where}: quality.foreign_months must map month names to numbers "
                             f"1 to 12, not {bad[0]!r}: {months[bad[0]]!r}")
    for key, value in data.get("quality", {}).items():
        if isinstance(value, dict) and isinstance(kb.quality.get(key), dict):
            kb.quality[key] = {**kb.quality[key], **value}
        else:
            kb.quality[key] = value


def load_file(kb: KnowledgeBase, path: Path) -> None:
    """Merge one knowledge file into the base, whatever sections it holds."""
    data = _read_json(path)
    kb.versions[path.name] = str(data.get("version", "unversioned"))
    _add_parties(kb, data, str(path))
    _add_places(kb, data, str(path))
    _add_officials(kb, data, str(path))
    _add_movements(kb, data, str(path))
    try:  # these sections' messages name the field; the file is named here
        _add_lexicon(kb, data)
        _add_plover(kb, data)
        _add_analysis(kb, data)
    except KnowledgeError as exc:
        raise KnowledgeError(f"{path}: {exc}") from exc
    _add_quality(kb, data, str(path))


def load(extra: tuple[str, ...] = ()) -> KnowledgeBase:
    """The shipped knowledge plus user files, cached per combination of files."""
    return _load_cached(tuple(str(Path(p).resolve()) for p in extra))


@lru_cache(maxsize=8)
def _load_cached(extra: tuple[str, ...]) -> KnowledgeBase:
    kb = KnowledgeBase()
    shipped = sorted(DATA_DIR.glob("*.json"))
    if not any(p.name == "parties.json" for p in shipped):
        raise KnowledgeError(f"parties.json missing from {DATA_DIR}", hint="reinstall dyadwatch")
    for path in shipped:
        load_file(kb, path)
    for name in extra:
        load_file(kb, Path(name))
    return kb
