"""Numba kernels compiled on first use.

Importing numba costs about half a second and 65 MB, and loading compiled
kernels another 55 MB: a library user who only cleans or classifies text, and
every worker process that prepares paragraphs, should not pay that. So the
dedup modules mark their loops with :func:`kernel` instead of ``numba.njit``;
the first call of any of them imports numba and compiles them all (from
numba's on-disk cache after the first run), then puts the compiled functions
in place of the markers in every module that holds one, so that kernels
calling kernels find compiled code.

>>> @kernel()
... def twice(x):
...     return 2 * x
>>> twice(21)
42
"""
from __future__ import annotations

import functools
import threading
from typing import Callable


class Kernel:
    """A function to be compiled by ``numba.njit(**options)`` when first called."""

    def __init__(self, function: Callable, options: dict):
        self.function, self.options, self.compiled = function, options, None
        functools.update_wrapper(self, function)

    def __call__(self, *args):
        if self.compiled is None:
            compile_all()
        return self.compiled(*args)

    def __repr__(self) -> str:
        return f"<kernel {self.function.__module__}.{self.__name__}>"


def prange(*args):
    """``range`` until the kernels are compiled, then (in their modules) ``numba.prange``."""
    return range(*args)


_KERNELS: list[Kernel] = []
_LOCK = threading.Lock()


def kernel(**options) -> Callable[[Callable], Kernel]:
    """Decorator: ``numba.njit(**options)``, deferred until the first call."""

    def mark(function: Callable) -> Kernel:
        found = Kernel(function, options)
        _KERNELS.append(found)
        return found

    return mark


def compile_all() -> None:
    """Compile every marked kernel and replace the markers in the modules that hold them."""
    with _LOCK:
        if all(k.compiled is not None for k in _KERNELS):
            return
        import numba

        for k in _KERNELS:
            if k.compiled is None:
                try:
                    k.compiled = numba.njit(**k.options)(k.function)
                except RuntimeError as exc:
                    if "cannot cache" not in str(exc):
                        raise
                    # No writable place for numba's cache (a read-only install and no
                    # writable HOME): compile in memory, as every run will.
                    k.compiled = numba.njit(**{**k.options, "cache": False})(k.function)
        # Kernels look up the functions they call (and prange) among their module's
        # globals when they are compiled, at their first call: those must be compiled
        # ones by then, not markers.
        replacements = {id(k): k.compiled for k in _KERNELS}
        for space in {id(k.function.__globals__): k.function.__globals__ for k in _KERNELS}.values():
            for attr, value in list(space.items()):
                if isinstance(value, Kernel):
                    space[attr] = replacements[id(value)]
                elif value is prange:
                    space[attr] = numba.prange
