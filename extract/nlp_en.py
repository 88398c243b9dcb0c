"""Moved to extract/en/nlp.py (issue 19); this name stays for one release."""
import sys

from .en import nlp as _moved

sys.modules[__name__] = _moved
