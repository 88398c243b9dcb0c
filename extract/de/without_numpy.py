"""HanTa without numpy: ``import_hanta`` and ``load_model``.

HanTa imports numpy (~0.1 s CPU at each start, a thirtieth of a dev-set run) for one function,
``logaddexp`` of two floats, and its German model holds 208 numpy floats. Neither needs numpy:
HanTa's import gets a stand-in module with ``logaddexp`` written as numpy's own (npy_logaddexp, the
same operations, so the same bits), and the model is read with those numbers as Python floats
of the same value. When numpy is loaded anyway (spaCy for English), HanTa gets the real one.
"""
from __future__ import annotations

import builtins
import gzip
import importlib.util
import math
import os
import pickle
import struct
import sys
import types

LOGE2 = math.log(2)


def logaddexp(x: float, y: float) -> float:
    """log(exp(x) + exp(y)) as numpy computes it (npy_logaddexp)."""
    if x == y:
        return x + LOGE2
    tmp = x - y
    if tmp > 0:
        return x + math.log1p(math.exp(-tmp))
    if tmp <= 0:
        return y + math.log1p(math.exp(tmp))
    return tmp  # NaN


def import_hanta() -> types.ModuleType:
    """HanTa's HanoverTagger module, its ``from numpy import logaddexp`` given the stand-in unless
    numpy is loaded. The stand-in is seen by HanTa's import alone (its own ``__import__``): putting it
    in sys.modules, even for a moment, gave a thread importing numpy meanwhile a module without
    numpy's submodules ("'numpy' is not a package")."""
    if "numpy" in sys.modules or "HanTa.HanoverTagger" in sys.modules:
        from HanTa import HanoverTagger

        return HanoverTagger
    import HanTa

    stand_in = types.ModuleType("numpy")
    stand_in.logaddexp = logaddexp

    def hanta_import(name, *args, **kwargs):
        return stand_in if name == "numpy" else builtins.__import__(name, *args, **kwargs)

    spec = importlib.util.find_spec("HanTa.HanoverTagger")
    module = importlib.util.module_from_spec(spec)
    module.__builtins__ = {**vars(builtins), "__import__": hanta_import}  # (the builtins its code runs with)
    sys.modules[spec.name] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        del sys.modules[spec.name]
        raise
    HanTa.HanoverTagger = module
    return module


class NotPlain(Exception):
    """The model holds a numpy object other than a float64."""


class _DType:
    """Stands in for numpy.dtype while the model is read."""

    def __init__(self, name, align=False, copy=False):
        self.name, self.byteorder = name, "="

    def __setstate__(self, state):
        self.byteorder = state[1]


def _scalar(dtype, data):
    """A numpy float64 from the pickle as the Python float of the same value."""
    little = dtype.byteorder == "<" or dtype.byteorder in ("=", "|") and sys.byteorder == "little"
    if not isinstance(dtype, _DType) or dtype.name != "f8" or not isinstance(data, bytes) or len(data) != 8:
        raise NotPlain(dtype)
    return struct.unpack("<d" if little else ">d", data)[0]


class _Unpickler(pickle.Unpickler):
    def find_class(self, module, name):
        if (module, name) == ("numpy", "dtype"):
            return _DType
        if module in ("numpy._core.multiarray", "numpy.core.multiarray") and name == "scalar":
            return _scalar
        if module.split(".")[0] == "numpy":
            raise NotPlain(module, name)
        return super().find_class(module, name)


def load_model(filename: str, hanta_file: str):
    """The model as HanTa reads it (the file, else the file of that name beside HanTa), its
    numpy floats as Python floats; None when numpy is loaded or the model holds other numpy objects."""
    if "numpy" in sys.modules:
        return None
    path = filename if os.path.exists(filename) else os.path.join(os.path.split(hanta_file)[0], filename)
    if not os.path.exists(path):
        return None  # (HanTa raises its own error)
    try:
        with gzip.GzipFile(path, "rb") as file:
            return _Unpickler(file).load()
    except NotPlain:
        return None
