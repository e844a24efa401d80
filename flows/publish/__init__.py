"""Publishing: make a staged release self-describing (datapackage.json, croissant.json,
README.md data card, DuckDB file, index.html, SHA256SUMS), index the releases, serve them."""

from flows.publish.describe import ReleaseInvalid, describe_release, index_releases

__all__ = ["ReleaseInvalid", "describe_release", "index_releases"]
