"""Fetch web pages politely and safely, on the standard library's HTTP client.

The fetcher is an object passed in (`Fetch`), so tests, feeds and a watch loop
share one policy and can substitute their own. Every limit exists because a news
site or a hostile URL can otherwise hang or exhaust a batch: a connect and a read
timeout, an overall deadline, a response-size cap enforced while reading (never
after), and a bounded number of redirects. Failures come back as `Rejection`
records with stage "fetch" and a one-line reason, never as exceptions.
"""

from __future__ import annotations

import http.client
import importlib.metadata
import ipaddress
import re
import socket
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal
from urllib.parse import quote, urljoin, urlsplit

from dyadwatch.ingest.decoding import TooLarge, decode_markup, gunzip_limited, megabytes
from dyadwatch.records import Document, FuzzyDate, Rejection, Skipped


def _version() -> str:
    try:
        return importlib.metadata.version("dyadwatch")
    except importlib.metadata.PackageNotFoundError:
        return "0"


USER_AGENT = f"dyadwatch/{_version()} (+https://github.com/dyadwatch)"
REDIRECTS = {301, 302, 303, 307, 308}
HTML_TYPES = {"text/html", "application/xhtml+xml"}
FEED_TYPES = {"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+xml"}
XML_TYPES = {"text/xml", "application/xml"}
WARC_TYPES = {"application/warc", "application/x-warc"}
GENERIC_TYPES = {"", "application/octet-stream", "binary/octet-stream", "application/gzip",
                 "application/x-gzip"}
FEED_ROOT = re.compile(rb"<(rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)
HTML_ROOT = re.compile(rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)[\s>]",
                       re.IGNORECASE | re.DOTALL)
SAFE_PATH = "/%:@!$&'()*+,;=-._~?"
CHUNK = 1 << 16
Kind = Literal["html", "text", "feed", "warc"]


@dataclass(frozen=True)
class Fetched:
    """A successful response: where it ended up and what the server said it is."""

    requested: str
    url: str  # final URL after redirects
    status: int
    media_type: str  # lower case, without parameters; "" when the server sent none
    charset: str | None
    body: bytes


# What every reader needs from a fetcher; `Fetcher` is the real one.
# A fetcher may also decline a URL with `Skipped` (the watch loop does, for links
# already stored), so polling a feed does not download its old articles again.
Fetch = Callable[[str], "Fetched | Rejection | Skipped"]


class _Deadline(Exception):
    pass


class Fetcher:
    """GET a URL within time and size limits, following up to `max_redirects` redirects."""

    def __init__(self, *, connect_timeout: float = 10.0, read_timeout: float = 20.0,
                 deadline: float = 60.0, max_bytes: int = 10 * 2**20, max_redirects: int = 5,
                 user_agent: str = USER_AGENT, public_only: bool = False) -> None:
        self.connect_timeout, self.read_timeout, self.deadline = connect_timeout, read_timeout, deadline
        self.max_bytes, self.max_redirects, self.user_agent = max_bytes, max_redirects, user_agent
        # A server taking URLs from others must not be turned into a probe of its own
        # network: with public_only, every hop's connected address must be a public one.
        self.public_only = public_only

    def __call__(self, url: str) -> Fetched | Rejection:
        started = time.monotonic()
        current = url
        for _ in range(self.max_redirects + 1):
            try:
                outcome = self._get(current, started)
            except _Deadline:
                return _reject(url, f"took longer than the {self.deadline:g} s deadline")
            except TimeoutError:
                if time.monotonic() - started >= self.deadline - 0.05:  # cut short by the deadline
                    return _reject(url, f"took longer than the {self.deadline:g} s deadline")
                return _reject(url, f"timed out (connect {self.connect_timeout:g} s, "
                                    f"read {self.read_timeout:g} s)")
            except TooLarge:
                return _reject(url, f"response larger than {megabytes(self.max_bytes)}")
            except socket.gaierror:
                return _reject(url, f"cannot resolve host {urlsplit(current).hostname!r}")
            except ConnectionRefusedError:
                return _reject(url, f"connection refused by {urlsplit(current).netloc}")
            except ssl.SSLError as exc:
                return _reject(url, f"TLS error: {exc.reason or exc}")
            except (OSError, http.client.HTTPException, ValueError, UnicodeError) as exc:
                return _reject(url, f"fetch failed: {type(exc).__name__}: {exc}")
            if isinstance(outcome, str):
                if outcome.startswith("redirect:"):
                    current = urljoin(current, outcome[len("redirect:"):])
                    continue
                return _reject(url, outcome)
            return Fetched(url, current, *outcome)
        return _reject(url, f"more than {self.max_redirects} redirects")

    fetch = __call__

    def _remaining(self, started: float, limit: float) -> float:
        left = self.deadline - (time.monotonic() - started)
        if left <= 0:
            raise _Deadline
        return min(limit, left)

    def _get(self, url: str, started: float) -> tuple[int, str, str | None, bytes] | str:
        """One request: the response, or a reason string ('redirect:<location>' to follow)."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            return f"not an http(s) URL: {url[:200]}"
        if self.public_only:  # before connecting: refused and closed ports must look alike
            private = _private_address(parts.hostname, parts.port or (443 if parts.scheme == "https"
                                                                       else 80))
            if private:
                return f"refused: {parts.hostname} is a private or local address ({private})"
        timeout = self._remaining(started, self.connect_timeout)
        conn: http.client.HTTPConnection = (
            http.client.HTTPSConnection(parts.hostname, parts.port, timeout=timeout,
                                        context=ssl.create_default_context())
            if parts.scheme == "https" else http.client.HTTPConnection(parts.hostname, parts.port,
                                                                         timeout=timeout))
        try:
            conn.connect()
            # The response may take the socket over (Connection: close), so keep our own handle.
            sock = conn.sock
            if self.public_only and sock is not None:
                address = ipaddress.ip_address(sock.getpeername()[0])
                if not address.is_global:  # checked on the connected socket: no DNS rebinding
                    return f"refused: {parts.hostname} is a private or local address ({address})"
            self._arm(sock, started)
            target = quote(parts.path or "/", safe=SAFE_PATH) + (
                "?" + quote(parts.query, safe=SAFE_PATH) if parts.query else "")
            conn.request("GET", target, headers={
                "User-Agent": self.user_agent, "Accept-Encoding": "gzip",
                "Accept": "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
                          "application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5"})
            response = conn.getresponse()
            status = response.status
            if status in REDIRECTS:
                location = response.getheader("Location")
                return f"redirect:{location}" if location else f"HTTP {status} redirect without a Location"
            if status >= 400 or status < 200:
                return f"HTTP {status} {response.reason}".strip()
            declared = response.getheader("Content-Length", "")
            if declared.isdigit() and int(declared) > self.max_bytes:
                raise TooLarge(self.max_bytes)
            body = self._read(sock, response, started)
            encoding = (response.getheader("Content-Encoding") or "identity").strip().lower()
            if encoding in ("gzip", "x-gzip", "deflate"):
                body = gunzip_limited(body, self.max_bytes)
            elif encoding != "identity":
                return f"unsupported content encoding {encoding!r}"
            header = response.getheader("Content-Type")
            media = response.headers.get_content_type() if header else ""
            return status, media, response.headers.get_content_charset(), body
        finally:
            conn.close()

    def _arm(self, sock: socket.socket | None, started: float) -> None:
        """Set the next read's timeout: the read timeout, or less if the deadline is nearer."""
        timeout = self._remaining(started, self.read_timeout)
        if sock is not None:
            sock.settimeout(timeout)

    def _read(self, sock: socket.socket | None, response: http.client.HTTPResponse,
              started: float) -> bytes:
        """Read the body chunk by chunk, so the size cap and the deadline hold while reading."""
        body = bytearray()
        while True:
            self._arm(sock, started)
            chunk = response.read1(CHUNK)
            if not chunk:
                return bytes(body)
            body += chunk
            if len(body) > self.max_bytes:
                raise TooLarge(self.max_bytes)


def _private_address(host: str, port: int) -> str | None:
    """The first non-public address the host resolves to, if any."""
    for *_, address in socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP):
        ip = ipaddress.ip_address(address[0])
        if not ip.is_global:
            return str(ip)
    return None


def _reject(url: str, reason: str) -> Rejection:
    return Rejection(url, "fetch", reason.replace("\n", " ")[:300])


def sniff(fetched: Fetched) -> Kind | str:
    """What a response is, from its content type and, when that is vague, its first bytes.

    Returns a kind, or the reason it is not something we read (an image, a PDF).
    """
    media, head = fetched.media_type, fetched.body[:2048]
    if not fetched.body.strip():
        return "empty response"
    if media in HTML_TYPES:
        return "html"
    if media in FEED_TYPES:
        return "feed"
    if media in WARC_TYPES or head.startswith(b"WARC/"):
        return "warc"
    vague = media in XML_TYPES or media in GENERIC_TYPES or media == "text/plain"
    if vague and FEED_ROOT.search(head):
        return "feed"
    if vague and head.startswith(b"\x1f\x8b") and ".warc" in urlsplit(fetched.url).path.lower():
        return "warc"
    if media in GENERIC_TYPES and HTML_ROOT.match(head):
        return "html"
    if media == "text/plain":
        return "text"
    if media in XML_TYPES:
        return "XML that is not an RSS or Atom feed"
    return f"not a web page: content type {media or 'unknown'}"


def page_document(fetched: Fetched, kind: Kind, doc_id: str | None = None, title: str | None = None,
                  published: FuzzyDate | None = None) -> Document | Rejection:
    """An HTML or plain-text response as a document whose url is the final URL."""
    try:
        text = decode_markup(fetched.body, fetched.charset)
    except ValueError as exc:
        return _reject(fetched.requested, str(exc))
    if not text.strip():
        return _reject(fetched.requested, "empty response")
    media: Literal["text", "html"] = "html" if kind == "html" else "text"
    return Document(doc_id=doc_id or fetched.url, source=fetched.requested, media_type=media,
                    content=text, url=fetched.url, title=title, published=published)
