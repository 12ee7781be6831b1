"""`dyadwatch watch`: each poll ingests only what is new and prints only the events it brought."""

from __future__ import annotations

from pathlib import Path

import pytest

from dyadwatch.cli import main
from tests.localserver import LocalServer, Route

ARTICLES = {
    "/news/call": ("Blinken calls Aliyev over border fighting", "Tue, 13 Sep 2022 18:00:00 GMT",
                   "U.S. Secretary of State Antony Blinken spoke by telephone with Azerbaijani "
                   "President Ilham Aliyev on September 13, 2022, after heavy fighting on the border "
                   "with Armenia. Blinken urged an end to the hostilities, the State Department said."),
    "/news/pelosi": ("Pelosi in Yerevan", "Sun, 18 Sep 2022 16:00:00 GMT",
                     "U.S. House Speaker Nancy Pelosi met Armenian Prime Minister Nikol Pashinyan in "
                     "Yerevan on September 18, 2022, days after the border clashes. She condemned the "
                     "attacks on Armenian territory at a news conference after the meeting."),
    "/news/sochi": ("Putin hosts Caucasus leaders in Sochi", "Mon, 31 Oct 2022 20:00:00 GMT",
                    "Russian President Vladimir Putin met Azerbaijani President Ilham Aliyev in Sochi "
                    "on October 31, 2022. Putin also met Armenian Prime Minister Nikol Pashinyan there "
                    "the same day, the Kremlin said."),
}


def _page(title: str, body: str) -> bytes:
    return (f"<html><head><title>{title}</title></head><body><nav>Home | World</nav>"
            f"<article><h1>{title}</h1><p>{body}</p></article></body></html>").encode()


def _feed(site: LocalServer, paths: list[str]) -> bytes:
    items = "".join(
        f"<item><title>{ARTICLES[p][0]}</title><link>{site.url(p)}</link>"
        f"<pubDate>{ARTICLES[p][1]}</pubDate><description>Short teaser.</description></item>"
        for p in paths)
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Caucasus desk</title>'
            f"<link>{site.url('/')}</link><description>news</description>{items}</channel></rss>"
            ).encode()


@pytest.mark.slow
def test_watch_ingests_only_new_items(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "watch.duckdb")
    with LocalServer() as site:
        for path, (title, _, body) in ARTICLES.items():
            site.add(path, Route(_page(title, body)))
        site.add("/feed.xml", Route(_feed(site, ["/news/call", "/news/pelosi"]),
                                    content_type="application/rss+xml"))
        feeds = tmp_path / "feeds.txt"
        feeds.write_text(f"# our one feed\n{site.url('/feed.xml')}\n")

        assert main(["--db", db, "watch", str(feeds), "--every", "1s", "--rounds", "1"]) == 0
        first = capsys.readouterr()
        assert "(USA)" in first.out and "(ARM)" in first.out
        assert "(RUS)" not in first.out
        assert "ingested 2" in first.err

        site.add("/feed.xml", Route(_feed(site, ["/news/sochi", "/news/call", "/news/pelosi"]),
                                    content_type="application/rss+xml"))
        site.seen.clear()
        assert main(["--db", db, "watch", str(feeds), "--every", "1s", "--rounds", "1"]) == 0
        second = capsys.readouterr()
    fetched = sorted(s.path for s in site.seen)
    assert fetched == ["/feed.xml", "/news/sochi"]  # stored links are not downloaded again
    assert "(RUS)" in second.out and "(USA)" not in second.out
    assert "ingested 1" in second.err and "skipped 2 (2 already stored)" in second.err


def test_watch_rejects_bad_interval_and_empty_feeds_file(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    feeds = tmp_path / "feeds.txt"
    feeds.write_text("# nothing yet\n\n")
    db = str(tmp_path / "w.duckdb")
    assert main(["--db", db, "watch", str(feeds), "--every", "soon", "--rounds", "1"]) == 1
    assert "cannot read the interval 'soon'" in capsys.readouterr().err
    assert main(["--db", db, "watch", str(feeds), "--every", "30m", "--rounds", "1"]) == 1
    assert "lists no feeds" in capsys.readouterr().err
