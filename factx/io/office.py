"""The text of Word (.docx) and PDF files, which reports and press releases often come as.

python-docx and pypdf are small pure-Python libraries, in the extra factx[office]: without it such a
file is a file that could not be read, its error naming the extra. Both read the whole file, so files
beyond OFFICE_MAX_BYTES are refused rather than held. Offsets of facts are into the text returned here:
paragraphs (and table rows, cells separated by tabs) one per line, PDF pages separated by a blank line.
"""

from __future__ import annotations

import io
import logging
from typing import Any

from ..extras import MissingExtra, missing

OFFICE_SUFFIXES = frozenset({".docx", ".pdf"})
OFFICE_MAX_BYTES = 64 << 20

logging.getLogger("pypdf").addHandler(logging.NullHandler())


class OfficeError(Exception):
    """A .docx or .pdf that yields no text; the message is the reason, meant for the user."""


def office_text(data: bytes, suffix: str) -> tuple[str, str | None]:
    """(text, title) of a .docx or .pdf file's bytes; OfficeError when there is none to read."""
    if len(data) > OFFICE_MAX_BYTES:
        raise OfficeError(f"{suffix} too large ({len(data) >> 20} MB > {OFFICE_MAX_BYTES >> 20} MB)")
    try:
        text, title = _docx(data) if suffix == ".docx" else _pdf(data)
    except OfficeError:
        raise
    except MissingExtra as err:
        raise OfficeError(str(err)) from None
    except Exception as err:  # a parser failing on a damaged file must not stop the batch
        raise OfficeError(f"{suffix} not parsed ({type(err).__name__})") from err
    return text, title or None


def _docx(data: bytes) -> tuple[str, str | None]:
    try:
        import docx
    except ImportError as err:
        raise missing("office", ".docx files need python-docx") from err

    document = docx.Document(io.BytesIO(data))
    lines = [_block_text(block) for block in document.iter_inner_content()]
    return "\n".join(lines), document.core_properties.title


def _block_text(block: Any) -> str:
    """A paragraph's text, or a table's rows one per line with tabs between cells."""
    if hasattr(block, "rows"):
        return "\n".join("\t".join(cell.text for cell in row.cells) for row in block.rows)
    return str(block.text)


def _pdf(data: bytes) -> tuple[str, str | None]:
    try:
        from pypdf import PdfReader
    except ImportError as err:
        raise missing("office", ".pdf files need pypdf") from err

    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted and not reader.decrypt(""):
        raise OfficeError("encrypted PDF (a password is needed)")
    text = "\n\n".join(page.extract_text() for page in reader.pages)
    if reader.pages and not text.strip():
        raise OfficeError("PDF without a text layer (a scan?)")
    title = reader.metadata.title if reader.metadata else None
    return text, title
