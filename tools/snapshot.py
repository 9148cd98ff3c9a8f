"""Snapshot what the pipeline produces, to prove a restructuring changed nothing a user sees.

    python tools/snapshot.py before.json          # on the old code
    python tools/snapshot.py after.json           # on the new code
    python tools/snapshot.py --diff before.json after.json

For every sample workbook, every test workbook (tests/data) and every case of the hostile corpus
(tests/workbook/test_corpus.py's builders, built into a temporary folder) it records the error a user would meet
(class and Indonesian message) or the findings (the JSON records), a digest of the model, and for a valid
workbook the SHA-256 of every part of every document written. Developer tool; not shipped.
"""

from __future__ import annotations

import hashlib
import inspect
import json
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _workbooks(folder: Path) -> list[tuple[str, Path]]:
    found = [(f"sample:{p.name}", p) for p in sorted((ROOT / "sample_workbooks").glob("*.xlsx"))]
    found += [(f"data:{p.name}", p) for p in sorted((ROOT / "tests" / "data").glob("*.xlsx"))]
    import tests.workbook.test_corpus as corpus

    for name, fn in sorted(vars(corpus).items()):
        if not inspect.isfunction(fn) or fn.__module__ != corpus.__name__ or name.startswith("_"):
            continue
        params = list(inspect.signature(fn).parameters.values())
        if not params or params[0].name != "folder" or any(p.default is p.empty for p in params[1:]):
            continue
        if name in {"named_pipe", "device_link", "unreadable", "a_folder", "valid"}:
            continue  # not a file's content (or its content is the sample's)
        case = folder / name
        case.mkdir()
        try:
            built = fn(case)
        except Exception as exc:  # a builder that needs something this machine lacks
            print(f"skip {name}: {exc!r}", file=sys.stderr)
            continue
        if isinstance(built, Path) and built.is_file():
            found.append((f"corpus:{name}", built))
    return found


def _parts(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as zf:
        return {i.filename: hashlib.sha256(zf.read(i)).hexdigest()[:16] for i in zf.infolist()}


def snapshot(label: str, path: Path, out: Path) -> dict:
    from iku_docs.errors import IkuDocsError
    from iku_docs.pipeline import check_workbook, render_model

    record: dict = {}
    try:
        hasil = check_workbook(path)
    except IkuDocsError as exc:
        return {"error": type(exc).__name__, "message": exc.format_message()}
    record["temuan"] = hasil.laporan.to_dict()["temuan"]
    record["model"] = hashlib.sha256(repr(hasil.model).encode()).hexdigest()[:16] if hasil.model else None
    if hasil.model is not None:
        target = out / label.replace(":", "_")
        written = render_model(hasil.model, target, jobs=1)
        record["documents"] = {str(p.relative_to(target)): _parts(p) for p in sorted(written)}
    return record


def main(argv: list[str]) -> int:
    if argv[:1] == ["--diff"]:
        before, after = (json.loads(Path(p).read_text()) for p in argv[1:3])
        changed = 0
        for key in sorted(before.keys() | after.keys()):
            if before.get(key) != after.get(key):
                changed += 1
                print(f"DIFFERS: {key}")
                b, a = before.get(key) or {}, after.get(key) or {}
                for field in sorted(b.keys() | a.keys()):
                    if b.get(field) != a.get(field):
                        print(f"  {field}:\n    before: {str(b.get(field))[:600]}")
                        print(f"    after:  {str(a.get(field))[:600]}")
        print(f"{changed} of {len(before.keys() | after.keys())} differ")
        return 1 if changed else 0
    result = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "in").mkdir()
        for label, path in _workbooks(folder / "in"):
            result[label] = snapshot(label, path, folder / "out")
    Path(argv[0]).write_text(json.dumps(result, ensure_ascii=False, indent=1, sort_keys=True))
    print(f"{len(result)} workbooks → {argv[0]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
