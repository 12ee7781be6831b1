"""Write bench/constructions/steps.jsonl: dates carried through a narrative, and Persian dates.

Blind-set misses with an unresolved or wrong date are mostly sentences that say no date
themselves but step from the last one the story gave ('Hours later,', 'The following
morning,', 'A week later,'), often in an old story retold in a later article, and dates
that Iranian outlets print in the Solar Hijri calendar ('on Tuesday 15 Esfand').
Each case opens with a dated scene sentence that holds no dyadic event, then tells the
event in a step sentence. Precision follows the gold conventions: same-day and next-day
steps keep the day; 'Within days' says only the month.

Negatives: a step after a scene that gave no date stays undated (the harness leaves undated
events out, so such a case expects nothing dated); a step across a paragraph into another
story keeps that story's own date; a Persian-looking word that is a name is no date.

Run: python bench/constructions/make_steps.py   (stdlib only, deterministic)
"""

from __future__ import annotations

from datetime import date, timedelta

from casekit import Event, write_cases

EVENTS = [
    Event("Poland", "expelled two Belarusian diplomats", ("POL", "BLR"), True, ("SANCTION",)),
    Event("Vietnam", "accused China of violating its sovereignty in the South China Sea",
          ("VNM", "CHN"), True, ("ACCUSE",)),
    Event("Qatar", "sent 30 tonnes of humanitarian aid to Lebanon", ("QAT", "LBN"), True,
          ("AID",)),
    Event("Colombian President Gustavo Petro",
          "held talks with Venezuelan President Nicolas Maduro", ("COL", "VEN"), False,
          ("CONSULT",)),
    Event("The European Union", "imposed sanctions on North Korean officials",
          ("EU", "PRK"), True, ("SANCTION",)),
    Event("Indonesia", "signed a defence cooperation agreement with Australia",
          ("IDN", "AUS"), False, ("AGREE", "COOPERATE")),
    Event("Russian forces", "struck the Ukrainian port of Odesa with drones", ("RUS", "UKR"),
          True, ("ASSAULT",)),
    Event("Kenya", "condemned Somalia's deal with Somaliland", ("KEN", "SOM"), True,
          ("ACCUSE", "REJECT")),
    Event("Japan", "lodged a protest with South Korea over the islands", ("JPN", "KOR"), True,
          ("PROTEST", "ACCUSE")),
    Event("Turkey", "summoned the Swedish ambassador", ("TUR", "SWE"), True,
          ("PROTEST", "ACCUSE", "CONSULT")),
]

SCENES = [
    "On {when}, heavy rain flooded several districts of the capital.",
    "Parliament opened an emergency session on {when}.",
    "Markets fell sharply on {when} as oil prices climbed.",
]

# (construction, step phrase, days after the scene day; None = month precision)
STEPS = [
    ("hours_later", "Hours later,", 0), ("within_hours", "Within hours,", 0),
    ("by_evening", "By evening,", 0), ("by_nightfall", "By nightfall,", 0),
    ("later_that_day", "Later that day,", 0), ("later_in_the_day", "Later in the day,", 0),
    ("in_the_same_day", "In the same day,", 0), ("shortly_afterwards", "Shortly afterwards,", 0),
    ("following_morning", "The following morning,", 1), ("two_days_later", "Two days later,", 2),
    ("within_days", "Within days,", None), ("week_later", "A week later,", 7),
]

CURRENT = (date(2024, 3, 5), "2024-03-15", "5 March")
OLD = (date(2023, 9, 12), "2024-03-08", "12 September 2023")


def _case(construction: str, text: str, published: str, event: Event,
          when: str) -> dict[str, object]:
    expect = {"pair": list(event.pair), "directed": event.directed, "types": list(event.types),
              "date": when}
    return {"construction": construction, "text": text, "published": published,
            "expect": [expect]}


def _steps() -> list[dict[str, object]]:
    cases = []
    for name, phrase, days in STEPS:
        for index, event in enumerate(EVENTS):
            day, published, told = OLD if index % 2 else CURRENT
            scene = SCENES[index % len(SCENES)].format(when=told)
            scene = scene[0].upper() + scene[1:]
            when = day.strftime("%Y-%m") if days is None else (
                day + timedelta(days=days)).isoformat()
            text = f"{scene} {phrase} {event.subject} {event.past}."
            cases.append(_case("step_" + name, text, published, event, when))
    return cases


def _overnight() -> list[dict[str, object]]:
    """'Overnight,' and 'last night' in an old story follow the story's month."""
    cases = []
    for event in EVENTS:
        text = (f"Parliament opened an emergency session on 12 September 2023. Overnight, "
                f"{event.subject} {event.past}.")
        cases.append(_case("step_overnight_old", text, "2024-03-08", event, "2023-09"))
    for event in EVENTS:
        # a background date further up is no story day: the report's own night
        text = (f"The dispute dates back to a treaty signed on 12 September 2019. Officials "
                f"met again this week. Overnight, {event.subject} {event.past}.")
        cases.append(_case("neg_overnight_background", text, "2024-03-08", event,
                           "2024-03-08"))
    return cases


# (text of the date, publication, expected ISO day)
PERSIAN = [
    ("on Tuesday 15 Esfand", "2024-03-08", "2024-03-05"),
    ("on 15 Esfand 1402", "2024-03-20", "2024-03-05"),
    ("on the 18th of Shahrivar", "2023-09-20", "2023-09-09"),
    ("on 2 Farvardin 1403", "2024-04-02", "2024-03-21"),
    ("on Thursday 12 Mordad", "2023-08-10", "2023-08-03"),
    ("on 25 Dey 1402", "2024-01-20", "2024-01-15"),
    ("on Sunday, 7 Aban", "2023-11-01", "2023-10-29"),
    ("on 3 Ordibehesht 1403", "2024-04-30", "2024-04-22"),
    ("on 10 Bahman", "2024-02-05", "2024-01-30"),
    ("on 1 Khordad 1402", "2023-06-01", "2023-05-22"),
]


def _persian() -> list[dict[str, object]]:
    cases = []
    for index, (told, published, when) in enumerate(PERSIAN):
        event = EVENTS[index % len(EVENTS)]
        text = f"{event.subject} {event.past} {told}, state media reported."
        cases.append(_case("persian_date", text, published, event, when))
    return cases


def _negatives() -> list[dict[str, object]]:
    """A step after an undated scene, and a step across a paragraph to another story."""
    cases = []
    for event in EVENTS:
        text = f"Heavy rain flooded several districts of the capital. Hours later, " \
               f"{event.subject} {event.past}."
        cases.append({"construction": "neg_step_undated_scene", "text": text,
                      "published": "2024-03-08", "expect": []})
    for event in EVENTS:
        text = (f"Parliament opened an emergency session on 12 September 2023.\n\n"
                f"In other news on Thursday, {event.subject} {event.past}.")
        cases.append(_case("neg_paragraph_other_story", text, "2024-03-08", event,
                           "2024-03-07"))
    for event in EVENTS[:6]:
        text = f"Tir Hossein, an analyst, said on Tuesday that {event.subject} {event.past}."
        cases.append(_case("neg_persian_name", text, "2024-03-08", event, "2024-03-05"))
    return cases


def main() -> None:
    write_cases(__file__, "steps", _steps() + _overnight() + _persian() + _negatives())


if __name__ == "__main__":
    main()
