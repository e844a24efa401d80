"""Errors of publishing, importable without what publishing loads (DuckDB)."""


class ReleaseInvalid(RuntimeError):
    """A staged release failed its own checks; it must not be published."""
