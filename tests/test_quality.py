"""Quality gates: pinned floors on the shared seeds, the embedded sample corpus and our dev set.

The floors are the scores measured when they were set; a change that lowers
precision, recall or F1 below them fails here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dyadwatch import query, store, workflow

from .conftest import SHARED

SEEDS_FLOOR = {"precision": 0.95, "recall": 0.84, "f1": 0.90}
# seeds measured 1.000 / 0.864 / 0.927; sample measured 0.958 / 0.797 / 0.871
SAMPLE_FLOOR = {"precision": 0.95, "recall": 0.78, "f1": 0.86}
# devset/: 49 documents written and annotated without looking at the system's output.
# measured 0.945 / 0.835 / 0.887 (the quality issue asks F1 >= 0.85)
DEVSET = Path(__file__).resolve().parents[1] / "devset"
DEVSET_FLOOR = {"precision": 0.93, "recall": 0.81, "f1": 0.87}
# heldout/: 20 documents written and annotated blind by a helper that never read or ran the code;
# all of it is development data now (heldout/README.md). measured 0.943 / 0.661 / 0.777
HELDOUT = Path(__file__).resolve().parents[1] / "heldout"
HELDOUT_FLOOR = {"precision": 0.92, "recall": 0.65, "f1": 0.76}
# heldout2/ and heldout3/: 24 documents each, written blind by two more helpers each, and
# opened as development data in session 16 (their READMEs). measured in session 21
# 0.822 / 0.632 / 0.715 and 0.820 / 0.544 / 0.654
HELDOUT2 = Path(__file__).resolve().parents[1] / "heldout2"
HELDOUT2_FLOOR = {"precision": 0.81, "recall": 0.61, "f1": 0.70}
HELDOUT3 = Path(__file__).resolve().parents[1] / "heldout3"
HELDOUT3_FLOOR = {"precision": 0.80, "recall": 0.52, "f1": 0.63}
# heldout4/: 24 documents by two more blind annotators; read only as counts for three sessions,
# then opened as development data in session 19 (its README). measured 0.806 / 0.402 / 0.536.
# heldout5/, heldout6/ and heldout7/ (the blind sets) have no floor, on purpose: a floor steers too.
HELDOUT4 = Path(__file__).resolve().parents[1] / "heldout4"
HELDOUT4_FLOOR = {"precision": 0.79, "recall": 0.39, "f1": 0.52}
# devset2/ to devset5/: 48 documents each by four blind writers, development data from the
# start (sessions 20 to 23); measured in session 23 0.660 / 0.436 / 0.525, 0.688 / 0.440 / 0.537,
# 0.703 / 0.369 / 0.484 and 0.682 / 0.337 / 0.451
DEVSET2 = Path(__file__).resolve().parents[1] / "devset2"
DEVSET2_FLOOR = {"precision": 0.63, "recall": 0.41, "f1": 0.50}
DEVSET3 = Path(__file__).resolve().parents[1] / "devset3"
DEVSET3_FLOOR = {"precision": 0.66, "recall": 0.41, "f1": 0.50}
DEVSET4 = Path(__file__).resolve().parents[1] / "devset4"
DEVSET4_FLOOR = {"precision": 0.68, "recall": 0.34, "f1": 0.46}
DEVSET5 = Path(__file__).resolve().parents[1] / "devset5"
DEVSET5_FLOOR = {"precision": 0.66, "recall": 0.31, "f1": 0.43}


def _scores(tmp_path: Path, corpus: Path, gold: Path) -> dict[str, float | int]:
    con = store.connect(tmp_path / "q.duckdb")
    workflow.ingest(con, [str(corpus)])
    overall, _, _ = workflow.evaluate(con, gold)
    con.close()
    return overall.as_dict()


@pytest.mark.slow
def test_seed_scores_stay_above_floors(tmp_path: Path) -> None:
    seeds, gold = SHARED / "seeds", SHARED / "eval" / "seeds.gold.jsonl"
    if not seeds.is_dir() or not gold.is_file():
        pytest.skip("../shared/seeds is not present on this machine")
    scores = _scores(tmp_path, seeds, gold)
    for key, floor in SEEDS_FLOOR.items():
        assert scores[key] >= floor, scores


@pytest.mark.slow
def test_sample_scores_stay_above_floors(tmp_path: Path) -> None:
    scores = _scores(tmp_path, workflow.sample_corpus(), workflow.sample_gold())
    for key, floor in SAMPLE_FLOOR.items():
        assert scores[key] >= floor, scores


@pytest.mark.slow
def test_devset_scores_stay_above_floors(tmp_path: Path) -> None:
    scores = _scores(tmp_path, DEVSET / "docs", DEVSET / "gold.jsonl")
    for key, floor in DEVSET_FLOOR.items():
        assert scores[key] >= floor, scores


@pytest.mark.slow
@pytest.mark.parametrize(("folder", "floors"), [(HELDOUT, HELDOUT_FLOOR), (HELDOUT2, HELDOUT2_FLOOR),
                                                (HELDOUT3, HELDOUT3_FLOOR),
                                                (HELDOUT4, HELDOUT4_FLOOR),
                                                (DEVSET2, DEVSET2_FLOOR),
                                                (DEVSET3, DEVSET3_FLOOR),
                                                (DEVSET4, DEVSET4_FLOOR),
                                                (DEVSET5, DEVSET5_FLOOR)],
                         ids=["heldout", "heldout2", "heldout3", "heldout4", "devset2", "devset3",
                              "devset4", "devset5"])
def test_heldout_scores_stay_above_floors(tmp_path: Path, folder: Path,
                                          floors: dict[str, float]) -> None:
    scores = _scores(tmp_path, folder / "docs", folder / "gold.jsonl")
    for key, floor in floors.items():
        assert scores[key] >= floor, scores


@pytest.mark.slow
def test_seed_chronology_lists_every_contact_of_the_hand_made_one(tmp_path: Path) -> None:
    """Seed 004 is an analyst's chronology of three months of US-Azerbaijan contacts; ours
    must list each of its annotated contacts, in order, on the annotated day."""
    seeds, gold = SHARED / "seeds", SHARED / "eval" / "seeds.gold.jsonl"
    if not seeds.is_dir() or not gold.is_file():
        pytest.skip("../shared/seeds is not present on this machine")
    wanted = sorted(
        e["date"] for e in map(json.loads, gold.read_text().splitlines())
        if e["doc"].startswith("004_") and not e.get("optional")
        and {*e.get("actors", [e.get("source"), e.get("target")])} == {"USA", "AZE"}
        and "2022-03" <= e["date"] < "2022-07")
    con = store.connect(tmp_path / "c.duckdb")
    workflow.ingest(con, [str(seeds)])
    listed = [e["date"] for e in query.chronology(con, "USA", "AZE", "2022-03-01", "2022-06-30")
              if any(m["document"].startswith("004_") for m in e["mentions"])]
    con.close()
    assert len(wanted) >= 10
    assert listed == wanted
