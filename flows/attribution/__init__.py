"""Attribution: who said what, read from an article's sentences.

``attribute_statements`` finds reporting frames sentence by sentence (``cues``), lets a
quotation with no frame of its own continue the statement before it, reads and resolves the
speakers (``speakers``) and returns one ``Statement`` per frame, never overlapping.
"""

from __future__ import annotations

from pathlib import Path

from flows import native

native.use_compiled(Path(__file__).resolve().parent, __path__)  # before any submodule

from flows.attribution.assemble import attribute_statements  # noqa: E402

__all__ = ["attribute_statements"]
