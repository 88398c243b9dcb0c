"""Moved to extract/en/ (issue 19); this name stays for one release."""
import sys

from . import en as _moved

sys.modules[__name__] = _moved
