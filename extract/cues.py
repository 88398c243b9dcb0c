"""Moved to extract/de/cues.py (issue 19); this name stays for one release."""
import sys

from .de import cues as _moved

sys.modules[__name__] = _moved
