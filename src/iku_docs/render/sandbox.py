"""The sandbox a user's Word template renders in: no Python, no files, and bounded work.

jinja's ``SandboxedEnvironment`` already stops a template from reaching Python objects it should not.
What it does not stop is a template that computes too much: ``range(100000)`` nested three deep,
``{{ 9 ** 100000000 }}``, ``{{ 'A' * 3000000000 }}``, ``|center(10**9)``. A user template comes from a
colleague's flash disk as often as from the user, so ``BoundedSandbox`` bounds every way a template can
make work or memory grow (ranges, powers, repetition, padding filters and methods, output size) and a
watchdog bounds the time; each refusal is a ``TemplateLimitError`` with an Indonesian message that
``render/docx.py`` reports with the template's name. ``{% include %}``, ``{% import %}`` and
``{% extends %}`` would read other files: they are refused before anything renders (``refused_tags``).
"""

from __future__ import annotations

import ctypes
import re
import threading
from collections.abc import Callable, Iterator
from typing import Any

from jinja2 import nodes
from jinja2.exceptions import SecurityError
from jinja2.sandbox import SandboxedEnvironment

MAX_RANGE = 10_000  # items of one range(); a Perkada has a few hundred rows
MAX_LENGTH = 1_000_000  # characters (or items) of a string or list a template builds by itself
MAX_EXPONENT_BITS = 4_096  # a power whose result would need more bits than this
MAX_OUTPUT = 64 * 1024 * 1024  # characters of one rendered part; the largest real Perkada body is ~6 MB
TIME_LIMIT = 60.0  # seconds for one document; a real one takes well under a second

# Filters and string methods whose output can be far longer than their input.
_PADDING_FILTERS = ("center", "indent", "wordwrap", "format", "replace", "join", "truncate", "filesizeformat")
_PADDING_METHODS = frozenset({"center", "ljust", "rjust", "zfill", "expandtabs", "replace", "join"})
_PERCENT_SPEC = re.compile(r"%[-+ #0]*(\d+)?(?:\.(\d+))?")
_FORMAT_WIDTH = re.compile(r"\{[^{}]*:[^{}]*?(\d{7,})[^{}]*\}")
REFUSED_TAGS: dict[type[nodes.Node], str] = {nodes.Include: "include", nodes.Import: "import",
                                              nodes.FromImport: "from … import", nodes.Extends: "extends"}


class TemplateLimitError(SecurityError):
    """A template asked for more work than any document needs; ``pesan`` says what, in Indonesian."""

    def __init__(self, pesan: str) -> None:
        super().__init__(pesan)
        self.pesan = pesan


class TemplateTimeout(BaseException):
    """Raised asynchronously in the rendering thread by the watchdog (a BaseException, so no ``except
    Exception`` inside a filter swallows it)."""


def _ribuan(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _too_long(value: Any) -> bool:
    return isinstance(value, str | list | tuple | bytes) and len(value) > MAX_LENGTH


def _check_length(value: Any, apa: str) -> Any:
    if _too_long(value):
        raise TemplateLimitError(f"{apa} menghasilkan teks atau daftar lebih dari {_ribuan(MAX_LENGTH)} unsur")
    return value


def _bounded_range(*args: int) -> Iterator[int]:
    rng = range(*args)
    if len(rng) > MAX_RANGE:
        raise TemplateLimitError(f"range() dengan {_ribuan(len(rng))} langkah melebihi batas {_ribuan(MAX_RANGE)}")
    return iter(rng)


def _bounded_filter(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    def bounded(*args: Any, **kwargs: Any) -> Any:
        for value in (*args[1:], *kwargs.values()):  # widths and counts of padding filters
            if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_LENGTH:
                raise TemplateLimitError(f"Saringan '{name}' dengan angka {value} melebihi batas")
        return _check_length(fn(*args, **kwargs), f"Saringan '{name}'")

    for attr in ("jinja_pass_arg",):  # keep jinja's pass_context/pass_environment marker
        if hasattr(fn, attr):
            setattr(bounded, attr, getattr(fn, attr))
    return bounded


class BoundedSandbox(SandboxedEnvironment):
    """``SandboxedEnvironment`` + limits on what a template can compute (see the module docstring)."""

    intercepted_binops = frozenset({"**", "*", "+", "%"})

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.globals["range"] = _bounded_range
        self.globals.pop("lipsum", None)  # generates text of any length on request
        for name in _PADDING_FILTERS:
            if name in self.filters:
                self.filters[name] = _bounded_filter(name, self.filters[name])

    def call_binop(self, context: Any, operator_name: str, left: Any, right: Any) -> Any:
        if operator_name == "**":
            self._check_power(left, right)
        elif operator_name == "*":
            self._check_repeat(left, right)
            self._check_repeat(right, left)
        elif operator_name == "%" and isinstance(left, str):
            self._check_percent(left)
        return _check_length(super().call_binop(context, operator_name, left, right), f"Operator {operator_name}")

    @staticmethod
    def _check_power(base: Any, exponent: Any) -> None:
        if not (isinstance(base, int | float) and isinstance(exponent, int | float)):
            return
        if isinstance(base, int) and isinstance(exponent, int) and exponent > 0 and abs(base) > 1:
            if abs(base).bit_length() * exponent > MAX_EXPONENT_BITS:
                raise TemplateLimitError(f"Pangkat {base} ** {exponent} terlalu besar")
        elif abs(exponent) > MAX_EXPONENT_BITS:
            raise TemplateLimitError(f"Pangkat {base} ** {exponent} terlalu besar")

    @staticmethod
    def _check_repeat(seq: Any, count: Any) -> None:
        if isinstance(seq, str | list | tuple) and isinstance(count, int) and len(seq) * count > MAX_LENGTH:
            raise TemplateLimitError(f"Perkalian teks atau daftar sebanyak {count} kali melebihi batas")
        if isinstance(seq, int) and isinstance(count, int) \
                and seq.bit_length() + count.bit_length() > MAX_EXPONENT_BITS:
            raise TemplateLimitError("Perkalian angka yang terlalu besar")

    @staticmethod
    def _check_percent(fmt: str) -> None:
        """'%999999999d' % 1 pads to any width: refuse a width or precision beyond MAX_LENGTH."""
        for spec in _PERCENT_SPEC.findall(fmt):
            for part in spec:
                if part and int(part[:8]) > MAX_LENGTH:
                    raise TemplateLimitError(f"Format '%' dengan lebar {part} melebihi batas")

    def wrap_str_format(self, value: Any) -> Any:
        """str.format/format_map (the sandbox wraps them when they are looked up): '{:>999999999}' pads to
        any width."""
        owner = getattr(value, "__self__", None)
        if isinstance(owner, str) and getattr(value, "__name__", "") in ("format", "format_map") and _wide_spec(owner):
            raise TemplateLimitError(f"Format '{owner[:40]}' melebihi batas")
        return super().wrap_str_format(value)

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # jinja's signature
        name = getattr(__obj, "__name__", "")
        if isinstance(getattr(__obj, "__self__", None), str) and name in _PADDING_METHODS:
            for value in (*args, *kwargs.values()):
                if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_LENGTH:
                    raise TemplateLimitError(f"Metode '{name}' dengan angka {value} melebihi batas")
        result = SandboxedEnvironment.call(__self, __context, __obj, *args, **kwargs)
        return _check_length(result, f"Pemanggilan '{name or 'fungsi'}'")


def _wide_spec(text: str) -> bool:
    """'{:>999999999}' pads to any width."""
    return any(int(w[:8]) > MAX_LENGTH for w in _FORMAT_WIDTH.findall(text))


def refused_tags(env: SandboxedEnvironment, source: str) -> list[tuple[str, int]]:
    """The tags of ``source`` that would load another template, with their line numbers."""
    tree = env.parse(source)
    return [(label, node.lineno) for kind, label in REFUSED_TAGS.items() for node in tree.find_all(kind)]


def render_bounded(generate: Callable[[], Iterator[str]], limit: float | None = None) -> str:
    """Join what ``generate()`` yields, refusing more than MAX_OUTPUT characters or ``limit`` seconds.

    Time is bounded by a watchdog thread that raises ``TemplateTimeout`` in this thread (CPython's
    PyThreadState_SetAsyncExc, delivered between bytecodes): a template's loops run as plain Python with no
    hook where a check could go, and this works in any thread (the web page renders in waitress's)."""
    limit = TIME_LIMIT if limit is None else limit
    tid = threading.get_ident()
    lock = threading.Lock()
    active = [True]

    def fire() -> None:
        with lock:
            if active[0]:
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(tid), ctypes.py_object(TemplateTimeout))

    timer = threading.Timer(limit, fire)
    timer.daemon = True
    try:
        timer.start()
        try:
            chunks, size = [], 0
            for chunk in generate():
                size += len(chunk)
                if size > MAX_OUTPUT:  # read at call time, so a test may lower it
                    raise TemplateLimitError(f"Hasil templat melebihi {MAX_OUTPUT // (1024 * 1024)} juta karakter")
                chunks.append(chunk)
            return "".join(chunks)
        finally:
            with lock:
                active[0] = False
            timer.cancel()
    except TemplateTimeout:
        raise TemplateLimitError(f"Templat berjalan lebih dari {int(limit)} detik") from None
    except MemoryError:
        raise TemplateLimitError("Templat menghabiskan memori") from None
