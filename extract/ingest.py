"""Moved to extract/reading/ (issue 19); this name stays for one release."""
import sys

from . import reading as _moved

sys.modules[__name__] = _moved
