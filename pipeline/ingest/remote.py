"""Inputs and outputs named by fsspec URLs (``s3://``, ``gs://``, ``file://``, ``memory://``...).

An input URL is listed and read through fsspec (the protocol's package, e.g. s3fs,
must be installed), so Dask workers need no shared disk; a local path is read as
before. Outputs to a URL are written to a local folder first and uploaded whole when
the run has finished (:func:`upload`), so a failed run leaves the remote folder as it
was.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

from ..model import SourceProblem

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def is_url(path: str) -> bool:
    """Whether ``path`` names a file through fsspec rather than the local file system.

    >>> is_url("s3://bucket/dumps"), is_url("memory://x/a.txt"), is_url("dumps/a.txt"), is_url("C:/x")
    (True, True, False, False)
    """
    return bool(_SCHEME.match(str(path)))


def open_binary(path: str):
    """A binary file object for a local path or a URL."""
    if not is_url(path):
        return open(path, "rb")
    import fsspec

    return fsspec.open(path, "rb").open()


def size_of(path: str) -> int:
    if not is_url(path):
        return os.path.getsize(path)
    import fsspec

    fs, inner = fsspec.core.url_to_fs(path)
    return int(fs.size(inner) or 0)


def list_url(url: str, wanted, holds_output) -> tuple[list[str], list[str], list[SourceProblem]]:
    """The input files under ``url`` (a file or a folder, searched recursively, sorted),
    as URLs, the folders skipped as this tool's output, and the problems; ``wanted(name)``
    tells the files a reader takes, ``holds_output(names)`` a folder of output."""
    import fsspec

    try:
        fs, root = fsspec.core.url_to_fs(url)
        if fs.isfile(root):
            return [url], [], []
        if not fs.isdir(root):
            return [], [], [SourceProblem(url, "missing", "no such file or folder")]
        found = sorted(fs.find(root))
    except (OSError, ValueError, ImportError) as exc:
        return [], [], [SourceProblem(url, "unreadable", f"cannot list: {exc}")]
    by_folder: dict[str, set[str]] = {}
    for p in found:
        folder, _, name = p.rpartition("/")
        by_folder.setdefault(folder, set()).add(name)
    skipped = sorted(f for f, names in by_folder.items() if holds_output(names))
    files = []
    for p in found:
        relative = p[len(root):].lstrip("/") if p.startswith(root) else p
        if any(part.startswith(".") for part in relative.split("/")):
            continue
        if any(p.startswith(folder + "/") for folder in skipped) or not wanted(p.rpartition("/")[2]):
            continue
        files.append(f"{url.rstrip('/')}/{relative}")  # named as the user named the folder
    named = [f"{url.rstrip('/')}/{folder[len(root):].strip('/') if folder.startswith(root) else folder}".rstrip("/")
             for folder in skipped]
    return files, named, []


def url_problem(url: str) -> str | None:
    """Why fsspec cannot reach ``url`` (an unknown protocol, its package not installed), or
    None: checked before a run writes there, so the run's work is not lost at the end."""
    import fsspec

    try:
        fsspec.core.url_to_fs(url)
    except (ImportError, ValueError) as exc:
        return str(exc)
    return None


def upload(local: str | Path, url: str) -> None:
    """Copy every file of the local output folder ``local`` to the folder ``url``."""
    import fsspec

    fs, root = fsspec.core.url_to_fs(url)
    fs.makedirs(root, exist_ok=True)
    for path in sorted(Path(local).iterdir()):
        if path.is_file() and not path.name.startswith("."):
            fs.put_file(str(path), f"{root.rstrip('/')}/{path.name}")
