"""Attribution: who said what, read from an article's sentences.

``attribute_statements`` finds reporting frames sentence by sentence (``cues``), lets a
quotation with no frame of its own continue the statement before it, reads and resolves the
speakers (``speakers``) and returns one ``Statement`` per frame, never overlapping.
"""

from __future__ import annotations

from flows.attribution.assemble import attribute_statements

__all__ = ["attribute_statements"]
