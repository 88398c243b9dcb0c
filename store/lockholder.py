"""Who holds the database's lock file: the process id a waiting process names to its user
("locked by another Wortlaut process (pid 4711)"), so they can tell which window or job it is.

The lock is filelock's flock on ``<db>.lock``; Linux lists every flock in /proc/locks with its
holder's pid and the file's device and inode. Nothing is written for this: a lock taken by an
older Wortlaut is named as well. Elsewhere (or for a lock nobody holds) the pid is unknown.
"""
from __future__ import annotations

import os
from pathlib import Path

_PROC_LOCKS = Path("/proc/locks")


def lock_holder(lock_file: Path) -> int | None:
    """The pid of the process holding a flock on ``lock_file``; None when none does or it
    cannot be told."""
    try:
        st = os.stat(lock_file)
        lines = _PROC_LOCKS.read_text().splitlines()
    except OSError:
        return None
    # "1: FLOCK  ADVISORY  WRITE 4711 fe:00:2156625 0 EOF"; a waiter's line has "->" after the number
    where = f"{os.major(st.st_dev):02x}:{os.minor(st.st_dev):02x}:{st.st_ino}"
    for line in lines:
        f = line.split()
        if len(f) >= 6 and f[1] == "FLOCK" and f[5] == where and f[4].isdigit():
            return int(f[4])
    return None


def holder_text(lock_file: Path) -> str:
    """'another Wortlaut process (pid 4711)', or without the pid when it cannot be told."""
    pid = lock_holder(lock_file)
    return "another Wortlaut process" + (f" (pid {pid})" if pid and pid != os.getpid() else "")
