"""Reading news files into text: encodings, HTML main text, and the web chrome to skip.

Offsets are character offsets into the decoded file text (for HTML, into the main text that trafilatura
extracts), so a fact found in a part can be checked against the file. Chrome is returned as spans, never
cut out, so that offsets stay offsets into the file.
"""

from __future__ import annotations

import codecs
import datetime as dt
import io
import os
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from types import ModuleType
from typing import BinaryIO

from ..text.page import Chrome, header
from .office import OFFICE_SUFFIXES, OfficeError, office_text

SUFFIXES = frozenset({".txt", ".md", ".html", ".htm", *OFFICE_SUFFIXES})
HTML_SUFFIXES = frozenset({".html", ".htm"})
PART_CHARS = 1 << 18  # text handed to the extractor at once; bounds memory for huge files
SNIFF_BYTES = 1 << 20  # what encoding detection looks at
HTML_MAX_BYTES = 32 << 20  # trafilatura parses a whole tree: beyond this memory is not bounded
_BLOCK_BYTES = 1 << 16

# Without a candidate list, charset-normalizer takes short KOI8-R or CP1251 texts for Big5 or Shift-JIS.
_LEGACY = ["cp1251", "koi8_r", "koi8_u", "cp866", "mac_cyrillic", "iso8859_5", "cp1252"]
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16: its BOM starts like UTF-16 LE's
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")


class ReadError(Exception):
    """A file that yields no text; the message is the reason, meant for the user."""


@dataclass(frozen=True, slots=True)
class Part:
    """A stretch of a document's text; spans are offsets into the whole document's text."""

    text: str
    offset: int = 0
    boilerplate: tuple[tuple[int, int], ...] = ()
    title: str | None = None  # set on the first part only
    date: dt.date | None = None  # likewise


def read_file(path: str | os.PathLike[str]) -> Part:
    """The whole document as one part."""
    return next(read_parts(path, None))


def read_parts(path: str | os.PathLike[str], size: int | None = PART_CHARS) -> Iterator[Part]:
    """The document in parts of about `size` characters (None: one part), cut at paragraph or line ends.

    At least one part is yielded, possibly empty. Raises ReadError, also midway through a file.
    """
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            raise ReadError("not a regular file")
        with open(path, "rb") as file:
            yield from _file_parts(file, info.st_size, path, size)
    except OSError as err:
        raise ReadError(os_reason(err, path)) from err
    except OfficeError as err:
        raise ReadError(str(err)) from err


def bytes_parts(data: bytes, name: str, size: int | None = PART_CHARS) -> Iterator[Part]:
    """The parts of a file's bytes, read as `read_parts` reads the file `name` (its extension tells
    HTML and office formats): for bytes from elsewhere than a local file, such as Spark's binaryFile."""
    try:
        yield from _file_parts(io.BytesIO(data), len(data), name, size)
    except OfficeError as err:
        raise ReadError(str(err)) from err


def _file_parts(
    file: BinaryIO, length: int, name: str | os.PathLike[str], size: int | None
) -> Iterator[Part]:
    if is_html(name):
        if length > HTML_MAX_BYTES:
            raise ReadError(f"HTML too large ({length >> 20} MB > {HTML_MAX_BYTES >> 20} MB)")
        text, title, date = _html(file.read())
        yield from text_parts([text], size, title, date)
    elif (suffix := os.path.splitext(name)[1].lower()) in OFFICE_SUFFIXES:
        text, title = office_text(file.read(), suffix)
        yield from text_parts([text], size, title, None)
    else:
        yield from text_parts(_decoded(file), size, None, None)


def is_html(path: str | os.PathLike[str]) -> bool:
    return os.path.splitext(path)[1].lower() in HTML_SUFFIXES


def os_reason(err: OSError, path: str | os.PathLike[str]) -> str:
    """A short reason for a failed file operation."""
    if isinstance(err, FileNotFoundError):
        if os.path.islink(path):
            return "broken symbolic link"
        return "file not found (removed during the run?)"
    if isinstance(err, PermissionError):
        return "permission denied"
    if isinstance(err, IsADirectoryError):
        return "is a folder"
    return err.strerror or type(err).__name__


def _decoded(file: BinaryIO) -> Iterator[str]:
    """The file's text, block by block: encoding detected on its first megabyte."""
    head = file.read(SNIFF_BYTES)
    whole = len(head) < SNIFF_BYTES
    encoding = _encoding(head, whole)
    decoder = codecs.getincrementaldecoder(encoding)()
    done = 0  # bytes decoded before the current block
    try:
        first = decoder.decode(head, final=whole)
        if len(_CONTROL.findall(first)) * 100 > len(first):
            raise ReadError("binary file (control characters)")
        yield first
        done = len(head)
        while not whole and (block := file.read(_BLOCK_BYTES)):
            yield decoder.decode(block)
            done += len(block)
        yield decoder.decode(b"", final=True)
    except UnicodeDecodeError as err:
        raise ReadError(f"undecodable as {encoding} near byte {done + err.start}") from err


def decode(data: bytes) -> str:
    """Bytes from elsewhere than a file (standard input) decoded as a file's would be."""
    return "".join(_decoded(io.BytesIO(data)))


def _encoding(head: bytes, whole: bool) -> str:
    for bom, name in _BOMS:
        if head.startswith(bom):
            return name
    if b"\x00" in head:
        raise ReadError("binary file (NUL bytes)")
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=whole)
        return "utf-8"
    except UnicodeDecodeError:
        pass
    import charset_normalizer  # only for bytes that are not UTF-8: most runs never load it

    match = charset_normalizer.from_bytes(head, cp_isolation=_LEGACY).best()
    if match is None:
        raise ReadError("undecodable: neither UTF-8 nor a known Cyrillic or Western encoding")
    return match.encoding


@cache
def _trafilatura() -> ModuleType:
    """trafilatura, imported at the first page (it is slow to import), its warnings about odd pages
    kept off stderr unless the caller configures logging."""
    import logging

    import trafilatura

    for name in ("trafilatura", "htmldate"):
        logging.getLogger(name).addHandler(logging.NullHandler())
    return trafilatura


def _html(data: bytes) -> tuple[str, str | None, dt.date | None]:
    """Main text, title and date of a page (trafilatura reads the page's own charset)."""
    trafilatura = _trafilatura()

    if b"\x00" in data[:SNIFF_BYTES]:
        raise ReadError("binary file (NUL bytes)")
    try:
        page = trafilatura.bare_extraction(data, with_metadata=True, include_comments=False)
    except Exception as err:  # a parser failing on hostile markup must not stop the batch
        raise ReadError(f"HTML not parsed ({type(err).__name__})") from err
    if page is None:
        return "", None, None
    meta = page if isinstance(page, dict) else page.as_dict()
    return meta.get("text") or "", meta.get("title") or None, _iso_date(meta.get("date"))


def _iso_date(value: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def text_parts(
    blocks: Iterable[str], size: int | None, title: str | None = None, date: dt.date | None = None
) -> Iterator[Part]:
    """Decoded text in parts, each with its chrome spans; the first with the title and date of the
    page's metadata or, failing that, of the text's header."""
    chrome = Chrome()
    first = True
    for offset, text in split(blocks, size):
        spans = chrome.scan(text, offset)
        if first:
            head_title, head_date = header(text)
            yield Part(text, offset, spans, title or head_title, date or head_date)
            first = False
        else:
            yield Part(text, offset, spans)
    if first:
        yield Part("", 0, (), title, date)


def split(blocks: Iterable[str], size: int | None) -> Iterator[tuple[int, str]]:
    """Join text blocks and cut them into (offset, part) of at most `size` characters.

    A cut falls after a blank line if there is one in the second half of the window, else after a line
    end, else after a space; only an unbroken run of `size` characters is cut anywhere.
    """
    offset = 0
    pending: list[str] = []
    length = 0
    for block in blocks:
        pending.append(block)
        length += len(block)
        if size is None or length < size:
            continue
        buf = "".join(pending)
        start = 0
        while len(buf) - start >= size:
            cut = _cut(buf, start, start + size)
            yield offset, buf[start:cut]
            offset += cut - start
            start = cut
        pending = [buf[start:]]
        length = len(pending[0])
    rest = "".join(pending)
    if rest:
        yield offset, rest


def _cut(buf: str, start: int, limit: int) -> int:
    low = start + (limit - start) // 2
    for sep in ("\n\n", "\n\r\n", "\n", " "):
        at = buf.rfind(sep, low, limit)
        if at >= 0:
            return at + len(sep)
    return limit
