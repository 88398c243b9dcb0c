"""Moved to extract/de/nlp.py (issue 19); this name stays for one release."""
import sys

from .de import nlp as _moved

sys.modules[__name__] = _moved
