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
