"""Write bench/constructions/roles3.jsonl: who acts on whom in long sentences.

The roles and roles2 benches hold one clause and one act. Analysts and wire copy
pack two acts by different subjects into a sentence ("X met Y, while Z
sanctioned W"), hang the doer on a relative or appositive clause, put it behind
'by' in a passive, let a third party join ("X joined Y in condemning Z", "along
with Z"), tuck the act into an 'as', 'when', 'because' or 'despite' clause, a
purpose clause or the 'who' clause after a quotation, and mention states that
are only the topic of a talk. Each shape is told for ten groups of states from
all regions; near misses (a journalist, a plan, a denial, a topic state) sit
beside them so that a rule which only widens who counts as a party is caught by
the spurious count.

Deterministic and stdlib only: run `python bench/constructions/make_roles3.py`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

PUBLISHED = "2024-03-08"  # a Friday: "Tuesday" is 2024-03-05
DAY = "2024-03-05"

# a: the actor, b: its counterpart, c and d: two more states for the
# multi-party shapes; cap: a's capital, bcap: b's capital, why: a grievance.
GROUPS: list[dict[str, str]] = [
    dict(a="Japan", s="JPN", cap="Tokyo", adj="Japanese", b="Vietnam", t="VNM",
         bcap="Hanoi", badj="Vietnamese", c="Australia", u="AUS", d="North Korea", v="PRK",
         why="violating UN resolutions"),
    dict(a="Kenya", s="KEN", cap="Nairobi", adj="Kenyan", b="Ethiopia", t="ETH",
         bcap="Addis Ababa", badj="Ethiopian", c="Uganda", u="UGA", d="Sudan", v="SDN",
         why="blocking humanitarian access"),
    dict(a="Poland", s="POL", cap="Warsaw", adj="Polish", b="Lithuania", t="LTU",
         bcap="Vilnius", badj="Lithuanian", c="Latvia", u="LVA", d="Belarus", v="BLR",
         why="pushing migrants across the border"),
    dict(a="Brazil", s="BRA", cap="Brasilia", adj="Brazilian", b="Argentina", t="ARG",
         bcap="Buenos Aires", badj="Argentine", c="Uruguay", u="URY", d="Venezuela", v="VEN",
         why="persecuting the opposition"),
    dict(a="Egypt", s="EGY", cap="Cairo", adj="Egyptian", b="Jordan", t="JOR",
         bcap="Amman", badj="Jordanian", c="Qatar", u="QAT", d="Israel", v="ISR",
         why="obstructing aid convoys"),
    dict(a="India", s="IND", cap="New Delhi", adj="Indian", b="Bangladesh", t="BGD",
         bcap="Dhaka", badj="Bangladeshi", c="Nepal", u="NPL", d="Myanmar", v="MMR",
         why="shelling villages along the frontier"),
    dict(a="France", s="FRA", cap="Paris", adj="French", b="Germany", t="DEU",
         bcap="Berlin", badj="German", c="Italy", u="ITA", d="Russia", v="RUS",
         why="waging cyberattacks on European elections"),
    dict(a="Turkey", s="TUR", cap="Ankara", adj="Turkish", b="Azerbaijan", t="AZE",
         bcap="Baku", badj="Azerbaijani", c="Georgia", u="GEO", d="Iran", v="IRN",
         why="detaining foreign sailors"),
    dict(a="South Africa", s="ZAF", cap="Pretoria", adj="South African", b="Nigeria",
         t="NGA", bcap="Abuja", badj="Nigerian", c="Ghana", u="GHA", d="Rwanda", v="RWA",
         why="backing rebels in eastern Congo"),
    dict(a="Canada", s="CAN", cap="Ottawa", adj="Canadian", b="Mexico", t="MEX",
         bcap="Mexico City", badj="Mexican", c="Chile", u="CHL", d="Nicaragua", v="NIC",
         why="jailing opposition figures"),
]

MEET = ["CONSULT"]
SANCT = ["SANCTION"]
BLAME = ["ACCUSE", "PROTEST"]


def _ev(s: str, t: str, types: list[str], directed: bool = True) -> dict[str, Any]:
    return {"pair": [s, t], "directed": directed, "types": types, "date": DAY}


Case = tuple[str, str, list[dict[str, Any]]]


def _two_acts(g: dict[str, str]) -> list[Case]:
    """Two acts by different subjects in one sentence."""
    a, b, c, d = g["a"], g["b"], g["c"], g["d"]
    s, t, u, v = g["s"], g["t"], g["u"], g["v"]
    return [
        ("two-acts-while", f"{a} held talks with {b} on Tuesday, while {c} imposed new "
         f"sanctions on {d}.", [_ev(s, t, MEET, False), _ev(u, v, SANCT)]),
        ("after-accused-summoned", f"After {a} accused {b} on Tuesday of {g['why']}, {b} "
         f"summoned {a}'s ambassador.", [_ev(s, t, ["ACCUSE"]),
                                          _ev(t, s, ["PROTEST", "ACCUSE", "REJECT"])]),
        ("as-clause-two-acts", f"{b} recalled its ambassador from {g['cap']} on Tuesday as "
         f"{a} expelled two {g['badj']} diplomats.", [_ev(t, s, SANCT), _ev(s, t, SANCT)]),
    ]


def _clauses(g: dict[str, str]) -> list[Case]:
    """Doers and targets inside relative and appositive clauses."""
    a, b, c = g["a"], g["b"], g["c"]
    s, t = g["s"], g["t"]
    return [
        ("relative-whose-object", f"{b}, whose ambassador {a} expelled on Tuesday, said it "
         "would respond in kind.", [_ev(s, t, SANCT)]),
        ("appositive-which-hosts", f"{c}, which hosts the talks, said on Tuesday that {a} had "
         f"condemned {b} for {g['why']}.", [_ev(s, t, BLAME)]),
        ("appositive-subject-which", f"{a}, which holds a seat on the UN Security Council, "
         f"condemned {b} on Tuesday for {g['why']}.", [_ev(s, t, BLAME)]),
        ("quoted-who-met", f"\"We share the same concerns,\" said {a}'s foreign minister, who "
         f"met his {g['badj']} counterpart on Tuesday.", [_ev(s, t, MEET, False)]),
    ]


def _passives(g: dict[str, str]) -> list[Case]:
    """The doer behind 'by'."""
    a, b = g["a"], g["b"]
    s, t = g["s"], g["t"]
    return [
        ("passive-received-by", f"{b}'s foreign minister was received by {a}'s president in "
         f"{g['cap']} on Tuesday.", [_ev(t, s, MEET, False)]),
        ("passive-hosted-by", f"The {g['badj']} prime minister was hosted by his {g['adj']} "
         "counterpart on Tuesday for talks on trade and energy.", [_ev(t, s, MEET, False)]),
        ("passive-expelled-by", f"Four {g['badj']} diplomats were expelled by {a} on Tuesday "
         "over spying allegations.", [_ev(s, t, SANCT)]),
        ("passive-condemned-by", f"{b}'s decision to close the border was condemned by {a} "
         "on Tuesday.", [_ev(s, t, BLAME)]),
    ]


def _hosting(g: dict[str, str]) -> list[Case]:
    """Hosting and welcoming: the host is one party, the guest's state the other."""
    a, b = g["a"], g["b"]
    s, t = g["s"], g["t"]
    return [
        ("hosted-for-talks", f"{a} hosted the {g['badj']} foreign minister for talks on "
         "Tuesday.", [_ev(s, t, MEET, False)]),
        ("welcomed-to-capital", f"{a} welcomed {b}'s foreign minister to {g['cap']} on "
         "Tuesday.", [_ev(s, t, MEET, False)]),
    ]


def _groups(g: dict[str, str]) -> list[Case]:
    """Joined acts and lists of parties."""
    a, b, c, d = g["a"], g["b"], g["c"], g["d"]
    s, t, u, v = g["s"], g["t"], g["u"], g["v"]
    return [
        ("joined-in-condemning", f"{a} joined {b} on Tuesday in condemning {d} for "
         f"{g['why']}.", [_ev(s, v, BLAME), _ev(t, v, BLAME)]),
        ("along-with", f"{a} and {b}, along with {c}, imposed sanctions on {d} on Tuesday.",
         [_ev(s, v, SANCT), _ev(t, v, SANCT), _ev(u, v, SANCT)]),
        ("three-signed", f"{a}, {b} and {c} signed a regional energy agreement on Tuesday.",
         [_ev(s, t, ["AGREE", "COOPERATE"], False), _ev(s, u, ["AGREE", "COOPERATE"], False),
          _ev(t, u, ["AGREE", "COOPERATE"], False)]),
    ]


def _subordinate(g: dict[str, str]) -> list[Case]:
    """Acts inside 'when', 'because', 'despite' and purpose clauses."""
    a, b, c = g["a"], g["b"], g["c"]
    s, t = g["s"], g["t"]
    return [
        ("when-clause-met", f"When {a}'s foreign minister met his {g['badj']} counterpart in "
         f"{g['bcap']} on Tuesday, the two sides signed a visa waiver agreement.",
         [_ev(s, t, MEET, False), _ev(s, t, ["AGREE"], False)]),
        ("because-clause", f"{b} expelled {a}'s military attache on Tuesday because {a} had "
         "refused to explain the drone flights.", [_ev(t, s, SANCT)]),
        ("despite-objections", f"{a} signed a trade deal with {b} on Tuesday despite {c}'s "
         "objections.", [_ev(s, t, ["AGREE"], False)]),
        ("purpose-to-protest", f"{a} sent its envoy to {b} on Tuesday to protest against the "
         "detention of its nationals.", [_ev(s, t, ["PROTEST"])]),
    ]


def _negatives(g: dict[str, str]) -> list[Case]:
    """Topic states, hypotheticals, a journalist and a denial: no event among these."""
    a, b, c, d = g["a"], g["b"], g["c"], g["d"]
    s, t = g["s"], g["t"]
    return [
        ("topic-third-party", f"{a} and {b} discussed {d}'s military offensive in talks "
         "on Tuesday.", [_ev(s, t, MEET, False)]),
        ("topic-war-between", f"The foreign ministers of {a} and {b} discussed the fighting "
         f"between {c} and {d} by phone on Tuesday.", [_ev(s, t, MEET, False)]),
        ("neg-passive-would", f"The {g['adj']} president would be received by {b}'s leader "
         "only if the ceasefire holds, officials said on Tuesday.", []),
        ("neg-quoted-journalist", f"\"The mood was tense,\" said a {g['adj']} journalist who "
         f"met {b}'s foreign minister on Tuesday.", []),
        ("neg-denied-hosted", f"{a} denied on Tuesday that it had hosted {b}'s foreign "
         "minister for secret talks.", []),
        ("neg-along-with-plan", f"{a} and {b}, along with {c}, are considering sanctions on "
         f"{d}, diplomats said on Tuesday.", []),
    ]


def _harder(g: dict[str, str]) -> list[Case]:
    """Longer analyst shapes: doer in a relative clause, a fronted participle, reported
    speech and a passive summons."""
    a, b, c = g["a"], g["b"], g["c"]
    s, t = g["s"], g["t"]
    return [
        ("relative-which-subject", f"{a}, which on Tuesday accused {b} of {g['why']}, has "
         "long sought a seat on the council.", [_ev(s, t, ["ACCUSE"])]),
        ("passive-summoned-by", f"{b}'s ambassador was summoned by {a}'s foreign ministry on "
         f"Tuesday over what {g['cap']} called {g['why']}.",
         [_ev(s, t, ["PROTEST", "ACCUSE", "REJECT"])]),
        ("following-talks-with", f"Following talks with his {g['badj']} counterpart in "
         f"{g['cap']} on Tuesday, {a}'s foreign minister said relations had never been "
         "stronger.", [_ev(s, t, MEET, False)]),
        ("reported-that-third", f"{b}'s foreign ministry said on Tuesday that {a} had "
         "expelled two of its diplomats.", [_ev(s, t, SANCT)]),
        ("among-countries-that", f"{a} was among the countries that condemned {b} on Tuesday "
         f"for {g['why']}.", [_ev(s, t, BLAME)]),
        ("among-countries-object", f"{a} was among the countries that {b} accused on "
         f"Tuesday of {g['why']}.", [_ev(t, s, ["ACCUSE"])]),
        ("reported-that-seized", f"{b} said on Tuesday that {a} had seized two of its "
         "fishing boats.", [_ev(s, t, ["COERCE", "SANCTION"])]),
        ("neg-among-negated", f"{a} was among the countries that did not condemn {b} on "
         "Tuesday.", []),
        ("neg-errand-city", f"{a} sent its envoy to Geneva on Tuesday to protest against the "
         "detention of its nationals.", []),
        ("neg-errand-journalist", f"A {g['adj']} journalist flew to {g['bcap']} on Tuesday to "
         "protest against the detention of his colleagues.", []),
        ("neg-topic-briefed", f"{a}'s foreign minister briefed {c}'s ambassador on Tuesday "
         f"about {b}'s plans for the border.", [_ev(s, g["u"], MEET, False)]),
    ]


def _more(g: dict[str, str]) -> list[Case]:
    """Further long shapes: 'whose' with the antecedent as doer, a fronted 'having' clause,
    a passive with two officials as agents, a quoted remark after a meeting, and a
    journalist who met an official."""
    a, b = g["a"], g["b"]
    s, t = g["s"], g["t"]
    return [
        ("relative-whose-subject", f"{b}, whose foreign minister condemned {a} on Tuesday for "
         f"{g['why']}, said it wanted an apology.", [_ev(t, s, BLAME)]),
        ("having-met", f"Having met his {g['badj']} counterpart in {g['bcap']} on Tuesday, "
         f"{a}'s foreign minister said both sides wanted calm.", [_ev(s, t, MEET, False)]),
        ("passive-signed-by-officials", f"The agreement was signed on Tuesday by {a}'s foreign "
         f"minister and his {g['badj']} counterpart.", [_ev(s, t, ["AGREE"], False)]),
        ("quoted-said-after-meeting", f"\"We agreed to keep talking,\" {a}'s foreign minister "
         f"said after meeting {b}'s president on Tuesday.", [_ev(s, t, MEET, False)]),
        ("neg-having-met-journalist", f"Having met {b}'s foreign minister on Tuesday, a "
         f"{g['adj']} journalist said the mood was tense.", []),
    ]


def main() -> None:
    """Write every case, shape by shape for each group of states."""
    rows: list[dict[str, Any]] = []
    makers = [_two_acts, _clauses, _passives, _hosting, _groups, _subordinate, _negatives,
              _harder, _more]
    for g in GROUPS:
        for make in makers:
            for name, text, expect in make(g):
                rows.append({"construction": name, "text": text, "published": PUBLISHED,
                             "expect": expect})
    out = Path(__file__).with_name("roles3.jsonl")
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    print(f"{len(rows)} cases -> {out}")


if __name__ == "__main__":
    main()
