"""Imports run downward only: every module of the package imports earlier stages or leaf modules, nothing later.

The order is the pipeline's (README, "Developer notes"): leaves → workbook → validate → capaian/formatting →
documents → render → report → pipeline → cli/batch/web. Every ``import`` counts, also those inside functions
(the package imports its heavy libraries late), except those under ``if TYPE_CHECKING:``, which never run.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.paths import REPO as REPO_ROOT

SRC = REPO_ROOT / "src"
PACKAGE = SRC / "iku_docs"

# Stages in pipeline order; a module belongs to the stage of its longest listed prefix. Leaves import only
# leaves and every stage may import them. ``model`` is a leaf too: its frozen dataclasses (no imports at all)
# are what the reader (``Asal``) and validate/build.py fill in and every later stage reads, so it cannot sit
# after validate/ as a stage of its own.
STAGES: tuple[tuple[str, ...], ...] = (
    ("iku_docs.errors", "iku_docs.findings", "iku_docs.catalog", "iku_docs.ooxml", "iku_docs.output",
     "iku_docs.model"),
    ("iku_docs.workbook",),
    ("iku_docs.validate",),
    ("iku_docs.capaian", "iku_docs.formatting"),
    ("iku_docs.documents",),
    ("iku_docs.render",),
    ("iku_docs.report",),
    ("iku_docs.pipeline",),
    ("iku_docs", "iku_docs.cli", "iku_docs.cli_id", "iku_docs.batch", "iku_docs.web", "iku_docs.serve"),
)
# workbook/contract.py is the vocabulary every stage shares (sheet and column names are written only there);
# the rest of workbook/ reads the input, and only validation and the pipeline call it: later stages get the
# workbook's content as the model.
READING = "iku_docs.workbook"
SHARED_FROM_READING = ("iku_docs.workbook.contract",)
READERS = ("iku_docs.workbook", "iku_docs.validate", "iku_docs.pipeline", "iku_docs.web")  # web: upload guard

# Known exceptions to the stage order (none left; a new one needs a comment saying why and who removes it).
KNOWN: set[tuple[str, str]] = set()


def module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def imported_modules(source: str, module: str, is_package: bool = False) -> set[str]:
    """Every module of the package that ``source`` (the text of ``module``) imports, at any depth."""
    found: set[str] = set()
    package = module if is_package else module.rpartition(".")[0]

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and is_type_checking(node):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative: resolved against the importing module's package
                anchor = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{anchor}.{base}" if base else anchor
            for alias in node.names:  # "from iku_docs.workbook import values" imports a module
                found.add(f"{base}.{alias.name}" if f"{base}.{alias.name}" in MODULES else base)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(ast.parse(source))
    return {name for name in found if name == "iku_docs" or name.startswith("iku_docs.")}


def stage_of(module: str) -> int:
    """The stage of ``module``: that of its longest listed prefix (the package itself is listed alone)."""
    best = max(((len(prefix), n) for n, prefixes in enumerate(STAGES) for prefix in prefixes
                if module == prefix or (prefix != "iku_docs" and module.startswith(prefix + "."))), default=None)
    assert best is not None, f"{module} belongs to no stage: add it to STAGES"
    return best[1]


def violations(module: str, imported: set[str]) -> list[str]:
    out = []
    reader = any(module == r or module.startswith(r + ".") for r in READERS)
    for target in sorted(imported - {module}):
        if stage_of(target) > stage_of(module):
            out.append(f"{module} imports {target}, a later stage")
        elif target.startswith(READING + ".") and target not in SHARED_FROM_READING and not reader:
            out.append(f"{module} imports {target}, the reading stage's internals")
    return out


def all_imports() -> dict[str, set[str]]:
    return {name: imported_modules(path.read_text(encoding="utf-8"), name, path.name == "__init__.py")
            for name, path in MODULES.items()}


def test_every_module_imports_only_earlier_stages_or_leaves() -> None:
    found = []
    for module, imported in all_imports().items():
        found += [v for v in violations(module, imported)
                  if not any(v.startswith(f"{a} imports {b},") for a, b in KNOWN)]
    assert found == []


def test_every_known_exception_still_exists() -> None:
    """A known exception that was fixed is deleted here, so it cannot come back unnoticed."""
    imports = all_imports()
    assert [(a, b) for a, b in sorted(KNOWN) if b not in imports[a]] == []


@pytest.mark.parametrize(("module", "source", "expected"), [
    ("iku_docs.documents.x", "def f():\n    from iku_docs.render.docx import Gambar\n",
     ["iku_docs.documents.x imports iku_docs.render.docx, a later stage"]),
    ("iku_docs.capaian", "from iku_docs.workbook import values\n",
     ["iku_docs.capaian imports iku_docs.workbook.values, the reading stage's internals"]),
    ("iku_docs.capaian", "from iku_docs.workbook.contract import METODE_CAPAIAN\nimport iku_docs.model\n", []),
    ("iku_docs.output", "import iku_docs.workbook.contract\n",
     ["iku_docs.output imports iku_docs.workbook.contract, a later stage"]),
    ("iku_docs.report.console", "if TYPE_CHECKING:\n    from iku_docs.pipeline import HasilRender\n", []),
    ("iku_docs.report.x", "from .. import pipeline\n", ["iku_docs.report.x imports iku_docs.pipeline, a later stage"]),
    ("iku_docs.validate.build", "from iku_docs.workbook import reader\n", []),
    ("iku_docs.batch", "from iku_docs import pipeline\nfrom iku_docs.documents import KINDS\n", []),
])
def test_the_check_sees_every_kind_of_import(module: str, source: str, expected: list[str]) -> None:
    assert violations(module, imported_modules(source, module)) == expected


def test_a_module_outside_every_stage_is_refused() -> None:
    with pytest.raises(AssertionError, match="belongs to no stage"):
        stage_of("iku_docs.plugins")


def test_capaian_default_scale_is_the_contract_default_as_the_reader_parses_it() -> None:
    """capaian.py writes the default out instead of importing the reader's parser; the two must agree."""
    from iku_docs.capaian import SKALA_BAWAAN
    from iku_docs.workbook.contract import DEFAULT_SKALA_PREDIKAT
    from iku_docs.workbook.values import skala_predikat

    parsed = skala_predikat(DEFAULT_SKALA_PREDIKAT)
    assert [(str(p.batas_bawah), p.label) for p in SKALA_BAWAAN] == [(str(b), label) for b, label in parsed]
