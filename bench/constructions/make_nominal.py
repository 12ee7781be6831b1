"""Write bench/constructions/nominal.jsonl: acts told through nouns, results and back-references.

Wire copy and analysis often name an act with a noun ('the recall of its ambassador',
'a pledge of aid to', 'the veto of X to'), report it as the result of another event
('the talks ended with a deal', 'the visit produced an agreement'), refer back to it
('announced the break on Tuesday') or compress it into headline grammar ('X expels Y
diplomats'). Each construction is filled with ten pairs of states from all regions
(hostile acts with strained pairs, cooperative ones with friendly pairs), so a miss
that repeats across pairs points at the construction, not a name. Negative
constructions keep the same nouns where no act is told: a standing regime, a history,
a programme, a denial, a consideration.

Run: python bench/constructions/make_nominal.py  (deterministic, stdlib only)
"""

from __future__ import annotations

from typing import Any

from casekit import expected_event, write_cases

PUBLISHED = "2024-03-08"  # a Friday: 'on Tuesday' is 2024-03-05
TUESDAY = "2024-03-05"
MONTH = "2024-03"  # a headline carries no date of its own: the publication month will do

# code, name, adjective, foreign minister in March 2024, capital
State = tuple[str, str, str, str, str]
S: dict[str, State] = {
    "POL": ("POL", "Poland", "Polish", "Radoslaw Sikorski", "Warsaw"),
    "BLR": ("BLR", "Belarus", "Belarusian", "Sergei Aleinik", "Minsk"),
    "DZA": ("DZA", "Algeria", "Algerian", "Ahmed Attaf", "Algiers"),
    "MAR": ("MAR", "Morocco", "Moroccan", "Nasser Bourita", "Rabat"),
    "SWE": ("SWE", "Sweden", "Swedish", "Tobias Billstrom", "Stockholm"),
    "IRN": ("IRN", "Iran", "Iranian", "Hossein Amir-Abdollahian", "Tehran"),
    "GBR": ("GBR", "Britain", "British", "David Cameron", "London"),
    "RUS": ("RUS", "Russia", "Russian", "Sergei Lavrov", "Moscow"),
    "ARG": ("ARG", "Argentina", "Argentine", "Diana Mondino", "Buenos Aires"),
    "VEN": ("VEN", "Venezuela", "Venezuelan", "Yvan Gil", "Caracas"),
    "CHN": ("CHN", "China", "Chinese", "Wang Yi", "Beijing"),
    "JPN": ("JPN", "Japan", "Japanese", "Yoko Kamikawa", "Tokyo"),
    "LTU": ("LTU", "Lithuania", "Lithuanian", "Gabrielius Landsbergis", "Vilnius"),
    "COD": ("COD", "the Democratic Republic of Congo", "Congolese", "Christophe Lutundula",
            "Kinshasa"),
    "RWA": ("RWA", "Rwanda", "Rwandan", "Vincent Biruta", "Kigali"),
    "SOM": ("SOM", "Somalia", "Somali", "Ahmed Moalim Fiqi", "Mogadishu"),
    "ETH": ("ETH", "Ethiopia", "Ethiopian", "Taye Atske Selassie", "Addis Ababa"),
    "CAN": ("CAN", "Canada", "Canadian", "Melanie Joly", "Ottawa"),
    "IND": ("IND", "India", "Indian", "Subrahmanyam Jaishankar", "New Delhi"),
    "PHL": ("PHL", "the Philippines", "Philippine", "Enrique Manalo", "Manila"),
    "AUS": ("AUS", "Australia", "Australian", "Penny Wong", "Canberra"),
    "IDN": ("IDN", "Indonesia", "Indonesian", "Retno Marsudi", "Jakarta"),
    "KEN": ("KEN", "Kenya", "Kenyan", "Musalia Mudavadi", "Nairobi"),
    "SAU": ("SAU", "Saudi Arabia", "Saudi", "Prince Faisal bin Farhan", "Riyadh"),
    "PAK": ("PAK", "Pakistan", "Pakistani", "Ishaq Dar", "Islamabad"),
    "DEU": ("DEU", "Germany", "German", "Annalena Baerbock", "Berlin"),
    "MDA": ("MDA", "Moldova", "Moldovan", "Mihai Popsoi", "Chisinau"),
    "TUR": ("TUR", "Turkey", "Turkish", "Hakan Fidan", "Ankara"),
    "AZE": ("AZE", "Azerbaijan", "Azerbaijani", "Jeyhun Bayramov", "Baku"),
    "BGD": ("BGD", "Bangladesh", "Bangladeshi", "Hasan Mahmud", "Dhaka"),
    "BRA": ("BRA", "Brazil", "Brazilian", "Mauro Vieira", "Brasilia"),
    "BOL": ("BOL", "Bolivia", "Bolivian", "Celinda Sosa", "La Paz"),
    "FRA": ("FRA", "France", "French", "Stephane Sejourne", "Paris"),
    "SEN": ("SEN", "Senegal", "Senegalese", "Ismaila Madior Fall", "Dakar"),
    "KOR": ("KOR", "South Korea", "South Korean", "Cho Tae-yul", "Seoul"),
    "VNM": ("VNM", "Vietnam", "Vietnamese", "Bui Thanh Son", "Hanoi"),
}
HOSTILE = [("POL", "BLR"), ("DZA", "MAR"), ("SWE", "IRN"), ("GBR", "RUS"), ("ARG", "VEN"),
           ("CHN", "JPN"), ("LTU", "BLR"), ("COD", "RWA"), ("SOM", "ETH"), ("CAN", "IND")]
FRIENDLY = [("JPN", "PHL"), ("AUS", "IDN"), ("KEN", "SOM"), ("SAU", "PAK"), ("DEU", "MDA"),
            ("TUR", "AZE"), ("IND", "BGD"), ("BRA", "BOL"), ("FRA", "SEN"), ("KOR", "VNM")]




def fill(template: str, a: str, b: str) -> str:
    """Fill {A} {Aa} {Afm} {Acap} and the same for B; a sentence-initial 'the' is capitalised."""
    sa, sb = S[a], S[b]
    text = template.format(A=sa[1], Aa=sa[2], Afm=sa[3], Acap=sa[4],
                           B=sb[1], Ba=sb[2], Bfm=sb[3], Bcap=sb[4])
    return text[0].upper() + text[1:]


# construction -> (pairs, template, expectation as (types, directed, date) or None for [])
Spec = tuple[list[tuple[str, str]], str, list[tuple[str, bool, str]]]
SPECS: dict[str, Spec] = {
    "decision-to-expel": (HOSTILE, "{A} on Tuesday announced its decision to expel four {Ba} "
                          "diplomats within 72 hours.", [("SANCTION", True, TUESDAY)]),
    "possessed-decision-to-expel": (HOSTILE, "The {Aa} government's decision to expel the {Ba} "
                                    "ambassador, announced on Tuesday, marks a new low in "
                                    "relations.", [("SANCTION", True, TUESDAY)]),
    "announced-the-break": (HOSTILE, "{A} has broken off diplomatic relations with {B}. {Aa} "
                            "Foreign Minister {Afm} announced the break on Tuesday at a news "
                            "conference.", [("SANCTION", True, TUESDAY)]),
    "recall-of-its-ambassador": (HOSTILE, "{A} announced on Tuesday the recall of its "
                                 "ambassador from {B} for consultations.",
                                 [("SANCTION PROTEST", True, TUESDAY)]),
    "recall-of-owners-ambassador": (HOSTILE, "The recall of {A}'s ambassador from {Bcap} on "
                                    "Tuesday followed weeks of tension between the two "
                                    "capitals.", [("SANCTION PROTEST", True, TUESDAY)]),
    "recall-of-envoy-from-country": (HOSTILE, "The recall of {A}'s envoy from {B}, "
                                     "ordered on Tuesday, deepened the row.",
                                     [("SANCTION PROTEST", True, TUESDAY)]),
    "neg-recall-return": (HOSTILE, "{A} said on Tuesday it had no plans for the recall of "
                          "its ambassador from {B}.", []),
    "headline-expels": (HOSTILE, "{A} expels {Ba} diplomats over spying row",
                        [("SANCTION", True, MONTH)]),
    "downgrade-to-level": (HOSTILE, "{A} on Tuesday downgraded diplomatic relations with {B} "
                           "to charge d'affaires level.", [("SANCTION", True, TUESDAY)]),
    "downgrading-noun": (HOSTILE, "{A} announced on Tuesday the downgrading of its diplomatic "
                         "relations with {B} to the level of charge d'affaires.",
                         [("SANCTION", True, TUESDAY)]),
    "criticism-of": (HOSTILE, "{Aa} Foreign Minister {Afm} on Tuesday voiced sharp criticism "
                     "of {B} over its treatment of foreign journalists.",
                     [("ACCUSE", True, TUESDAY)]),
    "condemnation-of": (HOSTILE, "{A}'s condemnation of {B}'s military build-up on Tuesday "
                        "was the strongest in years.",
                        [("ACCUSE", True, TUESDAY)]),
    "threat-of-against": (HOSTILE, "{A} on Tuesday issued a threat of retaliatory measures "
                          "against {B} if the detained citizens are not freed.",
                          [("THREATEN", True, TUESDAY)]),
    "deadline-for-troops": (HOSTILE, "{A} on Tuesday set a deadline for {Ba} troops to leave "
                            "the disputed border area.", [("COERCE REQUEST THREATEN", True,
                                                           TUESDAY)]),
    "application-at-icj": (HOSTILE, "{A} on Tuesday filed an application against {B} at the "
                           "International Court of Justice, alleging breaches of a bilateral "
                           "treaty.", [("ACCUSE", True, TUESDAY)]),
    "announcement-of-sanctions": (HOSTILE, "{A}'s announcement of new sanctions against {B} on "
                                  "Tuesday targets banks and senior officials.",
                                  [("SANCTION", True, TUESDAY)]),
    "expulsion-by": (HOSTILE, "The expulsion of three {Ba} diplomats by {A} on Tuesday was "
                     "the largest in a decade.", [("SANCTION", True, TUESDAY)]),
    "veto-of-to": (HOSTILE, "The veto of {A} to the entry of {B} as a partner of the bloc, "
                   "cast on Tuesday, stunned delegates.", [("REJECT", True, TUESDAY)]),
    "summoning-noun": (HOSTILE, "The summoning of the {Ba} ambassador to the {Aa} foreign "
                       "ministry on Tuesday came hours after the incident.",
                       [("PROTEST", True, TUESDAY)]),
    "lifting-of-sanctions": (HOSTILE, "{A} announced on Tuesday the lifting of sanctions on "
                             "{B} after the release of two detained citizens.",
                             [("CONCEDE", True, TUESDAY)]),
    "easing-of-its-sanctions": (HOSTILE, "{A} announced on Tuesday the easing of its "
                                "economic sanctions on {B}, citing progress in talks.",
                                [("CONCEDE", True, TUESDAY)]),
    "talks-ended-with-deal": (FRIENDLY, "Talks between {Aa} and {Ba} officials in {Bcap} "
                              "ended on Tuesday with a deal on border trade.",
                              [("CONSULT", False, TUESDAY), ("AGREE", False, TUESDAY)]),
    "visit-produced-agreement": (FRIENDLY, "{Aa} Foreign Minister {Afm}'s visit to {Bcap} on "
                                 "Tuesday produced an agreement on visa-free travel.",
                                 [("CONSULT", False, TUESDAY), ("AGREE", False, TUESDAY)]),
    "talks-resulted-in": (FRIENDLY, "{Aa} and {Ba} negotiators met in {Bcap} on Tuesday. The "
                          "talks resulted in an agreement to reopen the consulates.",
                          [("CONSULT", False, TUESDAY), ("AGREE", False, TUESDAY)]),
    "pledge-of-aid-to": (FRIENDLY, "{A} on Tuesday announced a pledge of $20 million in "
                         "humanitarian aid to {B}.", [("AID", True, TUESDAY)]),
    "offer-of-assistance": (FRIENDLY, "{A}'s offer of emergency assistance to {B}, made on "
                            "Tuesday, was welcomed by aid agencies.", [("AID", True, TUESDAY)]),
    "offer-of-assistance-to-as": (FRIENDLY, "{A}'s offer of reconstruction assistance to "
                                  "{B}, announced on Tuesday, covers roads and schools.",
                                  [("AID", True, TUESDAY)]),
    "visit-produced-no-deal": (FRIENDLY, "{Aa} Foreign Minister {Afm}'s visit to "
                                   "{Bcap} on Tuesday produced no agreement on fishing "
                                   "rights.", [("CONSULT", False, TUESDAY)]),
    "neg-conditional-offer": (FRIENDLY, "{A} said on Tuesday that any offer of assistance "
                              "to {B} would depend on an audit of earlier loans.", []),
    "request-to-for": (FRIENDLY, "{A} on Tuesday sent a formal request to {B} for the "
                       "extradition of a former central bank governor.",
                       [("REQUEST", True, TUESDAY)]),
    "received-with-honours": (FRIENDLY, "The {Aa} foreign minister was received with full "
                              "honours by the {Ba} president in {Bcap} on Tuesday.",
                              [("CONSULT", False, TUESDAY)]),
    "headline-signs-deal": (FRIENDLY, "{A} signs trade deal with {B}",
                            [("AGREE", False, MONTH)]),
    "signing-took-place": (FRIENDLY, "The signing of a defence cooperation agreement between "
                           "{A} and {B} took place in {Bcap} on Tuesday.",
                           [("AGREE", False, TUESDAY)]),
    "complaint-against-at-court": (HOSTILE, "{A} on Tuesday presented a complaint against {B} "
                                   "before the International Court of Justice.",
                                   [("ACCUSE", True, TUESDAY)]),
    # negatives: the same nouns where no act is told
    "neg-threat-of-war": (HOSTILE, "The threat of a wider war between {A} and {B} has "
                          "receded, analysts said on Tuesday.", []),
    "neg-faced-criticism": (HOSTILE, "{Aa} Foreign Minister {Afm} faced criticism at home on "
                            "Tuesday over the handling of relations with {B}.", []),
    "neg-pledge-of-conduct": (FRIENDLY, "{A} on Tuesday announced a pledge to cut its own "
                              "emissions by half, a target {B} has also set.", []),
    "neg-possible-complaint": (HOSTILE, "Lawyers for {A} said on Tuesday that a complaint "
                               "against {B} before an international court was possible.", []),
    "neg-sanctions-regime": (HOSTILE, "The sanctions regime that {A} has maintained against "
                             "{B} since 2014 remains in force.", []),
    "neg-history-of-vetoes": (HOSTILE, "{A} has a long history of vetoes against {Ba} "
                              "proposals in the regional bloc.", []),
    "neg-visit-programme": (FRIENDLY, "The programme of the {Aa} foreign minister's planned "
                            "visit to {Bcap} has not yet been published.", []),
    "neg-denied-expulsion": (HOSTILE, "{A} on Tuesday denied reports that it had decided to "
                             "expel {Ba} diplomats.", []),
    "neg-considering-lifting": (HOSTILE, "{A} is considering the possible lifting of some "
                                "sanctions on {B}, an official said on Tuesday.", []),
    "neg-largest-donor": (FRIENDLY, "{A} has been the largest donor of aid to {B} since "
                          "2010.", []),
    "neg-no-deal-yet": (FRIENDLY, "No agreement on border trade between {A} and {B} is "
                        "expected before next year, officials said on Tuesday.", []),
}


def cases() -> list[dict[str, Any]]:
    out = []
    for name, (pairs, template, wants) in SPECS.items():
        for a, b in pairs:
            expect = [expected_event(a, b, types, directed, date) for types, directed, date in wants]
            out.append({"construction": name, "text": fill(template, a, b),
                        "published": PUBLISHED, "expect": expect})
    return out


def main() -> None:
    write_cases(__file__, "nominal", cases())


if __name__ == "__main__":
    main()
