"""Text cells that hold web page markup, read as the text the markup shows.

Registers exported from web systems carry their text fields' markup along: a
procurement portal's title with ``<br/>`` between its lots, a SharePoint list's
rich-text column as ``<div class="ExternalClass…"><p>…</p></div>``, a name as
``AT&amp;T``. Stored as written, the contract's title would read ``<br/>`` and
``&amp;`` wherever it is shown. :func:`plain_text` gives the text a browser shows
instead: line breaks where the markup breaks lines, a bullet for a list item, the
entities as their characters, every other tag of HTML's text markup left out.

Only the tags of HTML's text markup count (``br``, ``p``, ``div``, ``b``, ``li``…): a
cell such as ``Supplier <none>`` or ``a < b`` holds no markup and is kept as written.
"""

from __future__ import annotations

import html
import re

#: Tags after which a browser starts a new line.
_BLOCKS = frozenset({
    "p", "div", "ul", "ol", "li", "table", "thead", "tbody", "tr", "h1", "h2", "h3", "h4",
    "h5", "h6", "blockquote", "pre", "hr", "dl", "dt", "dd", "section", "article",
    "header", "footer", "address", "center",
})
#: Tags that only style their text (left out, their text kept).
_INLINE = frozenset({
    "span", "b", "i", "u", "s", "em", "strong", "font", "a", "sup", "sub", "small", "big",
    "strike", "del", "ins", "mark", "code", "abbr", "cite", "q", "td", "th", "label", "o:p",
    "colgroup", "col", "caption", "nobr", "wbr", "tt", "var", "kbd", "samp", "bdi", "bdo",
})
_KNOWN = _BLOCKS | _INLINE | {"br"}
#: A tag as HTML writes it: no space after "<" ("a < b" is no tag), attributes as
#: name="value" pairs, a closing "/" (``<br/>``).
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:]*)"
                  r"((?:\s+[A-Za-z_:][-A-Za-z0-9_:.]*(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s\"'<>]+))?)*)"
                  r"\s*/?>")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_SPACES = re.compile(r"[ \t\f\v\u00a0]+")


def markup_in(text: str) -> list[str]:
    """The tags of HTML's text markup ``text`` opens, each once, in order, without their
    attributes: ``["<div>", "<p>", "<br>"]`` (none: [])."""
    if "<" not in text:
        return []
    names = (match[2].lower() for match in _TAG.finditer(text) if not match[1])
    return [f"<{name}>" for name in dict.fromkeys(names) if name in _KNOWN]


def plain_text(text: str) -> str | None:
    """The text ``text`` shows as a web page, or None when it holds no markup and no
    character entity (it is kept as it is then)."""
    has_tags = "<" in text and any(match[2].lower() in _KNOWN for match in _TAG.finditer(text))
    if not has_tags:
        if "&" not in text or not _ENTITY.search(text):
            return None
        shown = html.unescape(text)
        return None if shown == text else _SPACES.sub(" ", shown).strip()
    shown = html.unescape(_TAG.sub(_as_text, text))
    lines = (_SPACES.sub(" ", line).strip() for line in shown.replace("\r", "\n").split("\n"))
    return "\n".join(line for line in lines if line)


def _as_text(match: re.Match[str]) -> str:
    name = match[2].lower()
    if name not in _KNOWN:
        return match[0]  # not markup: "<none>" stays
    if name == "br":
        return "\n"
    if name == "li" and not match[1]:
        return "\n• "
    if name in _BLOCKS:
        return "\n"
    if name in {"td", "th"} and match[1]:
        return " "  # cells of a row side by side
    return ""
