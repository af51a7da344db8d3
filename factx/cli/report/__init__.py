"""`factx report`: one HTML page an analyst opens instead of the CSV. It starts with an overview
(`overview` counts it, `tables` and `charts` draw it), then every fact in a table to filter and sort
and the documents, collapsed (`page`, with report.js and report.css beside it)."""

from .page import write_report

__all__ = ["write_report"]
