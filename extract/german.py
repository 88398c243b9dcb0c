"""Moved to extract/de/ (issue 19); this name stays for one release."""
import sys

from . import de as _moved

sys.modules[__name__] = _moved
