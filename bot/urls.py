"""The one check of a web address someone typed for hyosan to show as a source (moderators'
season-2 reports, moderators' additions to the lore): the address of a public web page, or a
refusal that says what is wrong.

Accepted: http or https, a public domain name (at least two labels, a real top-level domain), the
usual port, no user name or password, no spaces or control characters, at most 500 characters.
Refused: IP addresses of any kind (loopback, private, link-local and public alike: a source is a
named site), local, private and reserved names (localhost, *.local, *.internal, *.test,
example.com, ...), anything else a link can't hold.
"""

from __future__ import annotations

import ipaddress
import re
import urllib.parse

from bot.errors import UserError
from bot.lazy_re import compile_later
from bot.text import strip_invisible

MAX_URL = 500
#: Names that never belong to a public web site (RFC 2606, RFC 6761, RFC 6762, ICANN's advice).
_PRIVATE_TLDS = frozenset(
    "localhost local localdomain internal intranet lan home corp private test example invalid onion arpa "
    "home.arpa".split()
)
_RESERVED_DOMAINS = frozenset({"example.com", "example.net", "example.org"})
_LABEL = compile_later(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")
_TLD = compile_later(r"^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$")


class UrlRefused(UserError):
    """A web address that is not a public web page; the message says why."""


_MARKDOWN_LINK = compile_later(r"^\[[^\]]*\]\(\s*(<?)(\S+?)(>?)\s*\)$")
_BARE_ADDRESS = compile_later(r"^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,63}(?:[/?#]\S*)?$", re.I)


def as_pasted(text: str) -> str:
    """The address a link pasted as Discord shows it stands for: `<https://...>` (the brackets that
    stop a preview), `[Tudum](https://...)` (a markdown link), a bare `netflix.com/tudum` (read as
    https), with no invisible marks. Anything else comes back trimmed, to be checked."""
    url = strip_invisible(text).strip()
    if link := _MARKDOWN_LINK.match(url):
        url = link.group(2)
    if url.startswith("<") and url.endswith(">"):
        url = url[1:-1].strip()
    if _BARE_ADDRESS.match(url):
        url = "https://" + url
    return url


def check_public_url(text: str) -> str:
    """The address, trimmed, when it is a public web page's; UrlRefused otherwise."""
    url = text.strip()
    if not url:
        raise UrlRefused("Give the source's web address (https://...).")
    if len(url) > MAX_URL:
        raise UrlRefused(f"That web address is over {MAX_URL} characters; link the article itself.")
    if any(ch.isspace() or ord(ch) < 32 or ch in '<>"\\`{}|^' for ch in url):
        raise UrlRefused("The web address has spaces or characters a link can't hold; paste it again.")
    try:
        parsed = urllib.parse.urlsplit(url)
        port = parsed.port
    except ValueError:
        raise UrlRefused("That is not a web address I can read.") from None
    if parsed.scheme.lower() not in ("http", "https") or not parsed.netloc:
        raise UrlRefused("The source must be a web address starting with http:// or https://.")
    if "@" in parsed.netloc or parsed.username is not None or parsed.password is not None:
        raise UrlRefused("The web address carries a user name or password: link the public page instead.")
    if port not in (None, 80, 443):
        raise UrlRefused("The web address names an unusual port: link the site's public page.")
    _check_host(parsed.hostname or "")
    return url


def _check_host(host: str) -> None:
    host = host.rstrip(".").lower()
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        pass
    else:
        raise UrlRefused("The source must be a named web site, not an IP address.")
    try:
        ascii_host = host.encode("idna").decode("ascii") if host else ""
    except UnicodeError:
        raise UrlRefused("That site's name is not a valid domain name.") from None
    labels = ascii_host.split(".")
    if len(labels) < 2 or len(ascii_host) > 253 or not all(_LABEL.match(label) for label in labels):
        raise UrlRefused("The source must be a public web site (a name like netflix.com).")
    if not _TLD.match(labels[-1]) or labels[-1] in _PRIVATE_TLDS or ".".join(labels[-2:]) in _PRIVATE_TLDS:
        raise UrlRefused("That address is not on the public internet (local, private or reserved names are refused).")
    if ".".join(labels[-2:]) in _RESERVED_DOMAINS:
        raise UrlRefused("example.com and its kin are reserved for examples: link the real source.")


def host_of(url: str) -> str:
    """The site's name as people say it: "soompi.com" for https://www.soompi.com/..."""
    return (urllib.parse.urlsplit(url).hostname or "").lower().removeprefix("www.")
