"""One module per fact kind: each turns amounts (or its own words) into drafts of its kind."""
