"""What the stages keep is frozen between them (`keep_made`), and the full
collection after the cards (`collect_everything`) still frees the cycles let
go of meanwhile."""

from __future__ import annotations

import gc
import weakref

from pipeline.collector import collect_everything, keep_made


class _Node:
    partner: object


def test_a_frozen_cycle_is_left_by_collections_and_freed_by_collect_everything() -> None:
    node = _Node()
    node.partner = node  # a cycle: only the collector frees it
    gone = weakref.ref(node)
    try:
        keep_made()
        del node
        gc.collect()
        assert gone() is not None  # frozen: the collections the next stages set off do not walk it
        collect_everything()
        assert gone() is None
        assert gc.get_freeze_count() > 0  # the survivors frozen again for the stages after
    finally:
        gc.unfreeze()
