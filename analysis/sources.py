"""Which files a batch reads: a folder searched recursively or a glob, symbolic links skipped
unless followed (a followed folder entered once by its real path, so looping links end), and
each file named by its path relative to the input (never an absolute server path)."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from pathlib import Path

from analysis.document import EXTENSIONS


def _split_source(source: str) -> tuple[Path, re.Pattern | None]:
    """A folder and no pattern, or a glob's fixed leading folder and the rest as a regex."""
    path = Path(source)
    if path.is_dir():
        return path, None
    parts = path.parts
    fixed = next((i for i, part in enumerate(parts) if re.search(r"[*?\[]", part)), len(parts))
    return Path(*parts[:fixed]) if fixed else Path("."), _glob_regex("/".join(parts[fixed:]))


def _glob_regex(pattern: str) -> re.Pattern:
    """A glob (``**`` any folders, ``*`` and ``?`` within a name, ``[...]``) as a regex on
    '/'-joined relative paths."""
    out, i = [], 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif pattern.startswith("**", i):
            out.append(".*")
            i += 2
        elif pattern[i] in "*?":
            out.append("[^/]*" if pattern[i] == "*" else "[^/]")
            i += 1
        elif pattern[i] == "[" and "]" in pattern[i + 2:]:
            end = pattern.index("]", i + 2)
            out.append("[" + pattern[i + 1:end].replace("!", "^", 1).replace("\\", "\\\\") + "]")
            i = end + 1
        else:
            out.append(re.escape(pattern[i]))
            i += 1
    return re.compile("".join(out) + r"\Z")


def _walk(root: Path, *, follow_links: bool) -> Iterable[Path]:
    """Every file under ``root``; links skipped unless followed, each real folder entered once."""
    seen: set[str] = set()
    for folder, folders, names in os.walk(root, followlinks=follow_links):
        real = os.path.realpath(folder)
        if real in seen:
            folders[:] = []
            continue
        seen.add(real)
        if not follow_links:
            folders[:] = [f for f in folders if not os.path.islink(os.path.join(folder, f))]
        for name in names:
            path = Path(folder, name)
            if follow_links or not path.is_symlink():
                yield path


def find_files(source: str, *, follow_links: bool = False) -> list[Path]:
    """Article files in a folder (recursively) or matching a glob, in a stable order; symbolic
    links are skipped unless ``follow_links``."""
    root, pattern = _split_source(source)
    if not root.is_dir():
        return []
    found = []
    for path in _walk(root, follow_links=follow_links):
        if path.suffix.lower() in EXTENSIONS and path.is_file():
            if pattern is None or pattern.match(path.relative_to(root).as_posix()):
                found.append(path)
    return sorted(found)


def relative_name(path: Path, source: str) -> str:
    """A found file's path relative to the input folder (or to a glob's fixed part)."""
    root, _ = _split_source(source)
    return path.relative_to(root).as_posix()
