import gc
import threading

from extract.collection import YOUNG_THRESHOLD, fewer_collections


def test_the_threshold_is_raised_inside_and_restored_after():
    before = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    try:
        with fewer_collections():
            assert gc.get_threshold() == (YOUNG_THRESHOLD, 10, 10)
            with fewer_collections():  # nested (an extraction inside an extraction)
                assert gc.get_threshold()[0] == YOUNG_THRESHOLD
            assert gc.get_threshold()[0] == YOUNG_THRESHOLD  # the outer block still runs
        assert gc.get_threshold() == (700, 10, 10)
    finally:
        gc.set_threshold(*before)


def test_a_switched_off_or_higher_threshold_is_left_alone():
    before = gc.get_threshold()
    try:
        for threshold in ((0, 10, 10), (50_000, 5, 5)):
            gc.set_threshold(*threshold)
            with fewer_collections():
                assert gc.get_threshold() == threshold
            assert gc.get_threshold() == threshold
    finally:
        gc.set_threshold(*before)


def test_overlapping_threads_restore_the_host_threshold():
    before = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    inside, release = threading.Barrier(3), threading.Event()

    def extraction():
        with fewer_collections():
            inside.wait()
            release.wait()

    try:
        workers = [threading.Thread(target=extraction) for _ in range(2)]
        for w in workers:
            w.start()
        inside.wait()
        assert gc.get_threshold()[0] == YOUNG_THRESHOLD
        release.set()
        for w in workers:
            w.join()
        assert gc.get_threshold() == (700, 10, 10)
    finally:
        gc.set_threshold(*before)


def test_an_error_inside_restores_the_threshold():
    before = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    try:
        try:
            with fewer_collections():
                raise ValueError("bad article")
        except ValueError:
            pass
        assert gc.get_threshold() == (700, 10, 10)
    finally:
        gc.set_threshold(*before)


def test_objects_kept_out_of_collections_are_frozen_and_still_freed_by_reference_counting():
    import weakref

    from extract.collection import keep_out_of_collections

    class Box:
        pass

    before = gc.get_freeze_count()
    table = {n: [n] for n in range(1000)}  # a long-lived table of containers
    box = Box()
    gone = weakref.ref(box)
    keep_out_of_collections()
    assert gc.get_freeze_count() >= before + 1000
    del box  # no cycle: freed at once, frozen or not
    assert gone() is None
    assert table[999] == [999]


def test_a_cycle_made_after_the_freeze_is_still_collected():
    import weakref

    from extract.collection import keep_out_of_collections

    class Node:
        pass

    keep_out_of_collections()
    a, b = Node(), Node()
    a.other, b.other = b, a
    gone = weakref.ref(a)
    del a, b
    gc.collect()
    assert gone() is None  # the collector still reaches what was made later


def test_the_german_model_is_taken_out_of_collections_when_loaded():
    from extract.de import nlp

    gc.unfreeze()  # (what the tests before froze, and a model loaded before: only this load may freeze here)
    nlp.tagger.cache_clear()
    nlp.tagger()
    assert gc.get_freeze_count() > 10_000  # HanTa's tables (~43,000 containers) and all before them
