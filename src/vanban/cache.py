"""The on-disk cache of what vanban builds on its first call: warm starts.

The first ``find_references`` of a process used to spend about a second compiling the
grammar's regular expressions (``re`` parses 34 KB alternations of issuer names), and
the first ``parse`` as long again importing the gazetteer package and indexing its ten
thousand units. Both are cached here, in the user's cache folder
(``platformdirs.user_cache_dir("vanban")``; ``$VANBAN_CACHE_DIR`` to choose another,
``VANBAN_CACHE=off`` for none), keyed by vanban's version, the Python version and a
hash of the data and source files they are built from:

* the compiled regular expressions of the grammar (:func:`compiling`): a compiled
  ``re.Pattern`` does not pickle, but the program ``re`` compiles it into (a list of
  integers, the same for the same source, flags and Python) does; it is read back
  with ``re``'s own constructor, which checks it. Each entry is keyed by the pattern's
  source, so a grammar that changed only compiles what changed.
* the gazetteer's index of both administrative maps (:func:`load` / :func:`save`, used
  by :mod:`vanban.facts.gazetteer`).
* snapshots (:func:`save_snapshot` / :func:`load_snapshot`): a whole built value (the
  bundled lexicon's grammar: its patterns' sources took most of a warm start to derive
  again) as plain data and the programs of its patterns, keyed by the source and data
  files it is built from. Read back, every pattern is made from its stored program
  (at once: lazy attributes would slow every attribute read of the grammar).

A cache that is missing, stale, corrupt or unwritable is never an error: vanban builds
what it needs as if there were none, and says why on the ``vanban.cache`` logger.

Example::

    >>> import vanban
    >>> with compiling("example"):
    ...     p = re.compile(r"Kết luận số (?P<so>\\d+)-KL/TW")
    >>> p.match("Kết luận số 93-KL/TW").group("so")
    '93'
"""

from __future__ import annotations

import array
import base64
import hashlib
import json
import logging
import marshal
import os
import re
import struct
import sys
import threading
import zlib
from contextlib import contextmanager
from pathlib import Path
from re import _compiler as _re_compiler  # type: ignore[attr-defined]
from re import _parser as _re_parser  # type: ignore[attr-defined]
from typing import Optional, Union

from ._version import __version__

__all__ = [
    "directory",
    "fingerprint",
    "load",
    "save",
    "compiling",
    "clear",
    "stats",
    "load_snapshot",
    "save_snapshot",
]

log = logging.getLogger("vanban.cache")

#: hits and misses of this process, by kind ("regex", "gazetteer", …): what the tests and benchmarks read
stats: dict[str, int] = {}


def _count(what: str, n: int = 1) -> None:
    stats[what] = stats.get(what, 0) + n


def directory() -> Optional[Path]:
    """The cache folder, or None when caching is off (``VANBAN_CACHE=off``)."""
    if os.environ.get("VANBAN_CACHE", "").lower() in ("0", "off", "no", "false"):
        return None
    chosen = os.environ.get("VANBAN_CACHE_DIR")
    if chosen:
        return Path(chosen)
    try:
        from platformdirs import user_cache_dir

        return Path(user_cache_dir("vanban", appauthor=False))
    except ImportError:  # platformdirs is a dependency; this is for a stripped environment
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        return Path(base) / "vanban"


def fingerprint(*parts: Union[str, bytes, Path]) -> str:
    """A short hash of vanban's version, the Python version and ``parts`` (a Path is hashed by its content)."""
    h = hashlib.blake2b(digest_size=10)
    for p in (__version__, sys.version, *parts):
        if isinstance(p, Path):
            try:
                h.update(p.read_bytes())
            except OSError:
                h.update(b"<missing>" + str(p).encode())
        else:
            h.update(p if isinstance(p, bytes) else str(p).encode("utf-8"))
        h.update(b"\0")
    return h.hexdigest()


def _path(name: str, key: str) -> Optional[Path]:
    d = directory()
    return None if d is None else d / f"{name}-{key}.json"


def load(name: str, key: str) -> Optional[object]:
    """What :func:`save` wrote under ``name`` and ``key``, or None (not there, unreadable, corrupt)."""
    path = _path(name, key)
    if path is None:
        return None
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        _count(f"{name}-miss")
        return None
    except OSError as e:
        log.info("cache %s unreadable (%s): building it", path, e)
        return None
    try:
        digest, _, body = raw.partition(b"\n")
        if hashlib.blake2b(body, digest_size=16).hexdigest().encode() != digest:
            raise ValueError("checksum does not match")
        value = json.loads(body)
    except ValueError as e:
        log.info("cache %s corrupt (%s): building it again", path, e)
        _count(f"{name}-corrupt")
        return None
    _count(f"{name}-hit")
    return value


def save(name: str, key: str, value: object) -> bool:
    """Write ``value`` (JSON data) under ``name`` and ``key``, atomically; False (and a log line) when it cannot."""
    path = _path(name, key)
    if path is None:
        return False
    body = json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    digest = hashlib.blake2b(body, digest_size=16).hexdigest().encode()
    return _write(path, name, (digest + b"\n", body))


def _write(path: Path, name: str, chunks) -> bool:
    """Write ``chunks`` (bytes) to ``path`` atomically, then remove the earlier keys of ``name`` (same suffix)."""
    import tempfile

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{name}-", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as f:
                for chunk in chunks:
                    f.write(chunk)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except OSError as e:
        log.info("cache %s not written (%s): the next process builds it again", path, e)
        return False
    for old in path.parent.glob(f"{name}-*{path.suffix}"):  # earlier keys of the same name are stale
        if old != path:
            try:
                old.unlink()
            except OSError:
                pass
    return True


def clear() -> int:
    """Remove every cache file; the number removed."""
    d = directory()
    n = 0
    for p in [*d.glob("*.json"), *d.glob("*.snap")] if d is not None and d.is_dir() else ():
        try:
            p.unlink()
            n += 1
        except OSError:
            pass
    return n


# --- compiled regular expressions ------------------------------------------------------------

try:
    import _sre

    #: the array type of one instruction of a compiled program (``_sre.CODESIZE`` bytes)
    _CODE = next(t for t in "IL" if array.array(t).itemsize == _sre.CODESIZE)
    _MAGIC = f"{_sre.MAGIC}-{getattr(_re_compiler, 'MAGIC', '')}-{_sre.CODESIZE}-{sys.byteorder}"
except (ImportError, AttributeError, StopIteration):  # pragma: no cover - another Python implementation
    _sre = None
    _MAGIC = None

_PATCH = threading.RLock()
#: the tables of the compiling blocks this thread is in, innermost last (:func:`save_snapshot` reads their programs)
_ACTIVE = threading.local()


def _program(pattern: str, flags: int):
    """Compile as ``re`` does, keeping the program: (Pattern, entry to store)."""
    p = _re_parser.parse(pattern, flags)
    code = _re_compiler._code(p, flags)
    groupindex = dict(p.state.groupdict)
    indexgroup = [None] * p.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    final = flags | p.state.flags
    packed = base64.b64encode(zlib.compress(array.array(_CODE, code).tobytes(), 1)).decode("ascii")
    entry = [pattern, flags, final, packed, p.state.groups - 1, groupindex, indexgroup]
    return _sre.compile(pattern, final, list(code), p.state.groups - 1, groupindex, tuple(indexgroup)), entry


def _from_entry(e: list) -> re.Pattern:
    pattern, _flags, final, packed, groups, groupindex, indexgroup = e
    return _from_program(pattern, final, base64.b64decode(packed), groups, groupindex, indexgroup)


def _from_program(pattern: str, final: int, packed: bytes, groups: int, groupindex: dict, indexgroup) -> re.Pattern:
    """The ``re.Pattern`` of a stored program (``zlib`` of its code words); ``_sre.compile`` checks the program."""
    code = array.array(_CODE)
    code.frombytes(zlib.decompress(packed))
    return _sre.compile(pattern, final, code.tolist(), groups, groupindex, tuple(indexgroup))


class _Table:
    """The stored programs of one scope, and the ones used (or made) in this build."""

    def __init__(self, scope: str):
        self.key = fingerprint("regex", _MAGIC or "", scope)
        self.name = "regex-" + re.sub(r"[^\w.-]+", "_", scope)[:60]
        self.entries: Optional[dict[tuple[str, int], list]] = None  # read on the first compile
        self.used: dict[tuple[str, int], list] = {}
        self.changed = False

    def stored(self) -> dict[tuple[str, int], list]:
        if self.entries is None:
            self.entries = {}
            stored = load(self.name, self.key)
            for e in stored if isinstance(stored, list) else ():
                if isinstance(e, list) and len(e) == 7 and isinstance(e[0], str) and isinstance(e[1], int):
                    self.entries[(e[0], e[1])] = e
        return self.entries

    def compile(self, real, pattern, flags=0):
        flags = int(flags)
        if not isinstance(pattern, str) or flags & re.DEBUG or _sre is None:
            return real(pattern, flags)
        e = self.stored().get((pattern, flags))
        if e is not None:
            try:
                p = _from_entry(e)
                self.used[(pattern, flags)] = e
                _count("regex-hit")
                return p
            except Exception as err:  # noqa: BLE001 - a bad entry: compile it anew
                log.info("cached pattern unusable (%s): compiling it", err)
        try:
            p, e = _program(pattern, flags)
        except re.error:
            raise
        except Exception as err:  # noqa: BLE001 - re's internals moved: compile as usual, cache nothing
            log.info("cannot cache compiled patterns on this Python (%s)", err)
            return real(pattern, flags)
        self.used[(pattern, flags)] = e
        self.changed = True
        _count("regex-miss")
        return p

    def close(self) -> None:
        if self.changed and self.used:
            save(self.name, self.key, list(self.used.values()))


@contextmanager
def compiling(scope: str, enabled: bool = True):
    """Inside this block, ``re.compile`` reads the compiled program of each pattern from the cache
    of ``scope`` (a grammar and its lexicon) and adds those it had to compile; ``re.compile`` is
    itself again after the block. Blocks run one at a time (a lock), so a thread compiling
    elsewhere meanwhile gets the same patterns, just through this cache."""
    if not enabled or _sre is None or directory() is None:
        yield
        return
    with _PATCH:
        table = _Table(scope)
        real = re.compile

        def cached_compile(pattern, flags=0):
            return table.compile(real, pattern, flags)

        re.compile = cached_compile
        stack = _ACTIVE.__dict__.setdefault("tables", [])
        stack.append(table)
        try:
            yield
        finally:
            stack.pop()
            re.compile = real
        table.close()


# --- snapshots: a built value and the programs of its patterns -----------------------------------------------

#: the first bytes of a snapshot file; then the header's length and CRC-32 (``_HEAD``), the header (marshal) and the
#: stored programs, each its pattern's source (UTF-8) and its program (``zlib``), where the header says
_SNAPSHOT = b"vanban-snapshot-1\n"
_HEAD = struct.Struct("<QI")


def _stored_pattern(blob: bytes, meta: tuple) -> re.Pattern:
    """The pattern a snapshot's ``blob`` (its programs) keeps where ``meta`` says; ``ValueError`` when it is damaged."""
    at, size, source_size, flags, groups, groupindex, indexgroup, crc = meta
    raw = blob[at : at + size]
    if len(raw) != size or zlib.crc32(raw) != crc:
        raise ValueError("a stored program does not match its checksum")
    try:
        return _from_program(raw[:source_size].decode("utf-8"), flags, raw[source_size:], groups, groupindex, indexgroup)
    except (RuntimeError, zlib.error) as e:  # RuntimeError: _sre's check of the program
        raise ValueError(f"a stored program is unusable: {e}") from e


def _snapshot_path(name: str, key: str) -> Optional[Path]:
    d = directory()
    return None if d is None or _sre is None else d / f"snapshot-{name}-{key}.snap"


def _programs_known() -> dict:
    """(source, final flags) -> stored entry of the patterns the compiling blocks of this thread compiled or read."""
    known = {}
    for table in getattr(_ACTIVE, "tables", ()):
        for e in table.used.values():
            known[(e[0], e[2])] = e
    return known


class _Writer:
    """Turns a value into marshal data, each pattern into the index of its program in the blob."""

    def __init__(self):
        self.known = _programs_known()
        self.metas: list[tuple] = []
        self.chunks: list[bytes] = []
        self.at = 0  # where the next program goes, from the end of the header

    def program(self, p: re.Pattern) -> int:
        e = self.known.get((p.pattern, p.flags))
        if e is None:
            _, e = _program(p.pattern, p.flags)
        source = e[0].encode("utf-8")
        chunk = source + base64.b64decode(e[3])
        self.chunks.append(chunk)
        self.metas.append((self.at, len(chunk), len(source), e[2], e[4], e[5], tuple(e[6]), zlib.crc32(chunk)))
        self.at += len(chunk)
        return len(self.metas) - 1

    def freeze(self, value) -> tuple:
        if isinstance(value, re.Pattern):
            return ("p", self.program(value))
        if isinstance(value, (tuple, list, frozenset)):
            return ({tuple: "t", list: "l", frozenset: "f"}[type(value)], tuple(map(self.freeze, value)))
        if isinstance(value, dict):
            return ("d", tuple((self.freeze(k), self.freeze(v)) for k, v in value.items()))
        if value is None or type(value) in (str, int, float, bool, bytes):
            return ("v", value)
        raise TypeError(f"a snapshot stores no {type(value).__name__}")


def _thaw(node: tuple, programs: list):
    tag, v = node
    if tag == "p":
        return programs[v]
    if tag == "v":
        return v
    if tag == "d":
        return {_thaw(k, programs): _thaw(x, programs) for k, x in v}
    items = [_thaw(x, programs) for x in v]
    return {"t": tuple, "l": list, "f": frozenset}[tag](items)


def save_snapshot(name: str, key: str, values: dict) -> bool:
    """Store ``values`` (names -> plain data: str, numbers, None, tuples, lists, frozensets, dicts, and compiled
    patterns at any depth) under ``name`` and ``key``; the patterns' programs are those the :func:`compiling` blocks
    this thread is in compiled or read (compiled again otherwise). False (and a log line) when it cannot."""
    path = _snapshot_path(name, key)
    if path is None:
        return False
    try:
        writer = _Writer()
        tree = tuple((k, writer.freeze(v)) for k, v in values.items())
    except (TypeError, ValueError, re.error) as e:  # a value this format does not hold: no snapshot
        log.info("snapshot %s not written (%s)", name, e)
        return False
    head = marshal.dumps((_MAGIC, tree, tuple(writer.metas)))
    return _write(path, f"snapshot-{name}", (_SNAPSHOT, _HEAD.pack(len(head), zlib.crc32(head)), head, *writer.chunks))


def load_snapshot(name: str, key: str) -> Optional[dict]:
    """What :func:`save_snapshot` stored under ``name`` and ``key``, every pattern made from its stored program (the file
    read once), or None (not there, unreadable, corrupt: the caller builds the value again)."""
    path = _snapshot_path(name, key)
    if path is None:
        return None
    try:
        whole = path.read_bytes()
        lead = len(_SNAPSHOT) + _HEAD.size
        if not whole.startswith(_SNAPSHOT) or len(whole) < lead:
            raise ValueError("not a snapshot")
        size, crc = _HEAD.unpack(whole[len(_SNAPSHOT) : lead])
        head = whole[lead : lead + size]
        if len(head) != size or zlib.crc32(head) != crc:
            raise ValueError("header does not match its checksum")
        magic, tree, metas = marshal.loads(head)
        if magic != _MAGIC:
            raise ValueError("programs of another regular expression engine")
        blob = whole[lead + size :]
        try:
            programs = [_stored_pattern(blob, m) for m in metas]
        except ValueError:
            _count("snapshot-unusable")
            raise
        _count("snapshot-compiled", len(programs))
        value = {k: _thaw(node, programs) for k, node in tree}
    except FileNotFoundError:
        _count(f"snapshot-{name}-miss")
        return None
    except (OSError, ValueError, EOFError, TypeError, KeyError, IndexError, zlib.error) as e:
        log.info("snapshot %s unusable (%s): building it again", path, e)
        _count(f"snapshot-{name}-corrupt")
        return None
    _count(f"snapshot-{name}-hit")
    return value
