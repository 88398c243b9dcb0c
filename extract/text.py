"""Moved to extract/reading/ (issue 19); this name stays for one release."""
import sys

from .reading import text as _moved

sys.modules[__name__] = _moved
