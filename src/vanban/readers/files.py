"""Which files a folder gives: one function for the library and the command line.

:func:`collect` walks the folders it is given (and takes the files as they are):

* every file whose suffix vanban reads (:data:`~vanban.readers.base.SUFFIXES`:
  .txt .md .markdown .pdf .docx .doc), in sorted order;
* folders reached through a symbolic link are followed once: a link back to a folder
  already walked (``corpus/loop -> ..``) is not walked again, and a file reached twice
  is read once;
* ignored, as not documents: hidden files and folders (``.ipynb_checkpoints/``, ``.git/``,
  macOS ``._plan.pdf``), ``__pycache__``/``__MACOSX``, Word lock files (``~$kehoach.docx``),
  README/CHANGELOG/LICENSE/NOTES;
* skipped and listed: files of another type, dangling links, FIFOs and devices,
  folders that cannot be opened. :meth:`Collected.summary` gives the line to print.

Example::

    >>> found = collect(["corpus"])
    >>> len(found.files) > 20, found.missing
    (True, [])
    >>> found.summary().startswith("ignored 1 (1 note file: README.md); skipped")
    True
"""

from __future__ import annotations

import fnmatch
import os
import stat
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional, Union

from .base import SUFFIXES, is_note_file

__all__ = ["collect", "Collected", "Skipped", "ignored_reason"]

PathLike = Union[str, Path]

_IGNORED_DIRS = {"__pycache__", "__MACOSX"}


@dataclass
class Skipped:
    """A file or folder left out, and why; ``ignored`` when it is not a document anyway."""

    path: str
    reason: str
    ignored: bool = False


@dataclass
class Collected:
    files: list[Path] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # paths given that do not exist
    #: the size and modification time (ns) of each file taken, by its path, as the walk saw them
    stats: dict[str, tuple[int, int]] = field(default_factory=dict, repr=False)

    def summary(self) -> str:
        """One line: what was ignored and what was skipped, grouped by reason ("" when nothing)."""
        parts = []
        for ignored, word in ((True, "ignored"), (False, "skipped")):
            items = [s for s in self.skipped if s.ignored == ignored]
            if items:
                parts.append(f"{word} {len(items)} ({_by_reason(items)})")
        return "; ".join(parts)


def _by_reason(items: list[Skipped]) -> str:
    groups: dict[str, list[str]] = {}
    for s in items:
        head, _, detail = s.reason.partition(": ")
        groups.setdefault(head, []).append(detail or Path(s.path).name)
    out = []
    for head, details in groups.items():
        shown = sorted(Counter(details))
        more = f", … {len(shown) - 4} more" if len(shown) > 4 else ""
        out.append(f"{len(details)} {head}: {', '.join(shown[:4])}{more}")
    return "; ".join(out)


def ignored_reason(name: str) -> Optional[str]:
    """Why a file of this name is not a document, or None.

    >>> ignored_reason("~$kehoach-25.docx"), ignored_reason("kehoach-25.docx")
    ('Word lock file', None)
    """
    if name.startswith("~$"):
        return "Word lock file"
    if name.startswith("."):
        return "hidden file"
    if is_note_file(name):
        return "note file"
    return None


def collect(paths: Union[PathLike, Iterable[PathLike]], *, pattern: str = "*", strings: bool = False) -> Collected:
    """The files to read under ``paths`` (a path, or several: files are taken as given,
    folders walked); a string is one path, never its characters. ``strings``: the files as the
    strings their Paths would be (``str(path)``), not Paths (a store wants no more: making a Path
    for each of 100k files was a third of the walk)."""
    if isinstance(paths, (str, Path)):
        paths = [paths]
    out = Collected()
    seen_dirs: set[tuple[int, int]] = set()
    seen_files: set[tuple[int, int]] = set()
    for given in paths:
        p = Path(given)
        if p.is_dir():
            _walk(p, pattern, out, seen_dirs, seen_files, strings)
        elif p.exists() or p.is_symlink():
            if p.exists():
                _take(str(p) if strings else p, out, seen_files, explicit=True)
            else:
                out.skipped.append(Skipped(str(p), "dangling link"))
        else:
            out.missing.append(str(p))
    return out


def _identity(st: os.stat_result) -> tuple[int, int]:
    return (st.st_dev, st.st_ino)


def _take(p: PathLike, out: Collected, seen: set, explicit: bool = False, stat_of=None, into=None) -> None:
    """Take the file ``p`` (into ``out.files``, or the list ``into``) unless it is left out, with the reason."""
    try:
        st = stat_of() if stat_of is not None else os.stat(p)
    except FileNotFoundError:
        out.skipped.append(Skipped(str(p), "dangling link"))
        return
    except OSError as e:
        out.skipped.append(Skipped(str(p), f"cannot be opened: {e.strerror or e}"))
        return
    if not stat.S_ISREG(st.st_mode):
        if explicit and stat.S_ISFIFO(st.st_mode):
            out.files.append(p)  # `vanban refs <(cat plan.txt)`: a pipe given by name is read
            return
        out.skipped.append(Skipped(str(p), f"not a regular file: {_kind(st.st_mode)}"))
        return
    ident = _identity(st)
    if ident in seen:
        out.skipped.append(Skipped(str(p), "read once already (the same file through a link)", ignored=True))
        return
    seen.add(ident)
    (out.files if into is None else into).append(p)
    out.stats[str(p)] = (st.st_size, st.st_mtime_ns)


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "FIFO"
    if stat.S_ISSOCK(mode):
        return "socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    return "special file"


def _links_last(entries: list) -> list:
    """Real entries before links, so that what is reached twice is kept under its real name."""
    return sorted(entries, key=lambda e: (_is_link(e), e.name))


def _is_link(entry: os.DirEntry) -> bool:
    try:
        return entry.is_symlink()
    except OSError:
        return False


def _scan(top: str, errors: list) -> Optional[tuple[list, list]]:
    """The entries of ``top`` as ``os.walk`` parts them: folders (and links to folders), then the
    rest; None, the error kept, when the folder cannot be listed."""
    dirs, rest = [], []
    try:
        with os.scandir(top) as it:
            for entry in it:
                try:
                    is_dir = entry.is_dir()
                except OSError:
                    is_dir = False
                (dirs if is_dir else rest).append(entry)
    except OSError as e:
        errors.append(e)
        return None
    return dirs, rest


def _walk(root: Path, pattern: str, out: Collected, seen_dirs: set, seen_files: set, strings: bool = False) -> None:
    """Folders top down in the order ``os.walk(root, followlinks=True)`` gives them (one ``scandir``
    per folder: the type and the status of each entry come with it), files sorted by their parts. The
    files are taken as the strings ``str(Path(folder) / name)`` is, sorted, then made Paths: a Path made
    for each file as it was found, and its parts for the sort, were half the walk (100k files)."""
    errors: list[OSError] = []
    walked: list[str] = []
    here = str(root)  # what ``Path(d) / name`` begins with: "" for ".", "/" for the root; a folder's own from its parent's
    stack = [(os.fspath(root), "" if here == "." else here if here.endswith(os.sep) else here + os.sep)]
    while stack:
        d, prefix = stack.pop()
        found = _scan(d, errors)
        if found is not None:
            subdirs = _folder(d, prefix, *found, pattern, out, seen_dirs, seen_files, walked)
            stack.extend((os.path.join(d, n), prefix + n + os.sep) for n in reversed(subdirs))
    # the files of one root share its part of the string: the parts after it order them as Path.parts does
    walked.sort(key=lambda f: f.split(os.sep))
    out.files.extend(walked if strings else map(Path, walked))
    for e in errors:
        out.skipped.append(Skipped(str(e.filename), f"folder cannot be opened: {e.strerror or e}"))


def _folder(
    d: str, prefix: str, dirs: list, rest: list, pattern: str, out: Collected, seen_dirs: set, seen_files: set, walked: list
) -> list[str]:
    """Take the files of folder ``d`` (into ``walked``, each ``prefix`` + its name: ``str(Path(d) / name)``); the names
    of its folders to walk next, in order."""
    try:
        ident = _identity(os.stat(d))
    except OSError:
        return []
    if ident in seen_dirs:  # a link back to a folder already walked
        out.skipped.append(Skipped(d, "folder walked once already (reached again through a link)", ignored=True))
        return []
    seen_dirs.add(ident)
    keep = []
    for e in dirs:
        if e.name.startswith(".") or e.name in _IGNORED_DIRS:
            out.skipped.append(Skipped(os.path.join(d, e.name), f"hidden folder: {e.name}", ignored=True))
        else:
            keep.append(e)
    for e in _links_last(rest):
        _file(prefix, e, pattern, out, seen_files, walked)
    return [e.name for e in _links_last(keep)]


def _file(prefix: str, entry: os.DirEntry, pattern: str, out: Collected, seen_files: set, walked: list) -> None:
    """Take the file of ``entry`` (its path ``prefix`` + its name) unless it is left out, with the reason."""
    name = entry.name
    why = ignored_reason(name)
    if why is not None:
        out.skipped.append(Skipped(prefix + name, f"{why}: {name}", ignored=True))
        return
    if pattern != "*" and not fnmatch.fnmatch(name, pattern):
        return  # not asked for ("*" asks for every name)
    i = name.rfind(".")
    suffix = name[i:].lower() if 0 < i < len(name) - 1 else ""  # Path.suffix, without making the Path
    if suffix not in SUFFIXES:
        out.skipped.append(Skipped(prefix + name, f"of a type vanban does not read: {suffix or '(no suffix)'}"))
        return
    _take(prefix + name, out, seen_files, stat_of=entry.stat, into=walked)
