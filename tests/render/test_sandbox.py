"""A user's Word template can neither reach files nor make the tool work without end (issue 16).

Each attack is written into a copy of the shipped PK template, as a user would type it in Word, and
rendered through ``render_docx_bytes`` as ``iku-docs render --templates`` does. Every refusal is a
``UserTemplateError`` in Indonesian naming the template; none may take long or exhaust memory.
"""

from __future__ import annotations

import io
import shutil
import time
import zipfile
from pathlib import Path

import docx
import pytest

from iku_docs.documents import pk
from iku_docs.errors import UserTemplateError
from iku_docs.render import sandbox
from iku_docs.render.docx import default_templates_dir, render_docx_bytes
from tests.factories import make_pemda


def _template(tmp_path: Path, text: str) -> Path:
    folder = tmp_path / "templat"
    folder.mkdir(exist_ok=True)
    target = folder / "pk.docx"
    shutil.copy(default_templates_dir() / "pk.docx", target)
    document = docx.Document(str(target))
    document.paragraphs[0].insert_paragraph_before(text)
    document.save(str(target))
    return folder


def _render(folder: Path) -> bytes:
    dok = pk.documents(make_pemda())[0]
    return render_docx_bytes(dok.templat, dok.isi(), templates_dir=folder)


def _refused(tmp_path: Path, text: str) -> str:
    folder = _template(tmp_path, text)
    start = time.monotonic()
    with pytest.raises(UserTemplateError) as info:
        _render(folder)
    assert time.monotonic() - start < 30, "a refusal must come quickly"
    message = info.value.format_message()
    assert "pk.docx" in message
    assert "Traceback" not in message and "Error" not in message
    return message


@pytest.mark.parametrize("tag", [
    "{% include 'perkada.docx' %}",
    "{% import 'makro' as m %}",
    "{% from 'makro' import x %}",
    "{% extends '/etc/passwd' %}",
])
def test_tags_that_load_another_template_are_refused_by_name(tmp_path, tag):
    message = _refused(tmp_path, tag)
    assert "tidak diizinkan" in message
    assert tag.split()[1] in message


@pytest.mark.parametrize("expression, words", [
    ("{{ (tahun|int) ** 100000000 }}", "Pangkat"),
    ("{{ 'A' * 3000000000 }}", "Perkalian"),
    ("{{ [1] * 3000000000 }}", "Perkalian"),
    ("{{ range(100000000)|list }}", "range()"),
    ("{{ 'x'|center(1000000000) }}", "center"),
    ("{{ 'x'.ljust(1000000000) }}", "ljust"),
    ("{{ '%1000000000d' % 1 }}", "Format"),
    ("{{ '{:>1000000000}'.format(1) }}", "Format"),
])
def test_expressions_that_would_exhaust_memory_are_refused(tmp_path, expression, words):
    assert words in _refused(tmp_path, expression)


def test_nested_loops_are_stopped_by_the_time_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(sandbox, "TIME_LIMIT", 1.0)
    loops = "{% for a in range(10000) %}{% for b in range(10000) %}{% for c in range(10000) %}" \
            "{% endfor %}{% endfor %}{% endfor %}"
    assert "detik" in _refused(tmp_path, loops)


def test_output_beyond_the_size_limit_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(sandbox, "MAX_OUTPUT", 200_000)
    message = _refused(tmp_path, "{% for a in range(5000) %}{{ 'x' * 100 }}{% endfor %}")
    assert "juta karakter" in message or "karakter" in message


def test_an_undefined_attribute_is_reported_in_indonesian(tmp_path):
    message = _refused(tmp_path, "{{ pihak_pertama.rahasia }}")
    assert "rahasia" in message
    assert "is undefined" not in message and "has no attribute" not in message


def test_a_template_part_with_a_dtd_is_refused_before_it_is_opened(tmp_path):
    folder = _template(tmp_path, "{{ tahun }}")
    path = folder / "pk.docx"
    with zipfile.ZipFile(path) as zin:
        parts = {i.filename: zin.read(i) for i in zin.infolist()}
    body = parts["word/document.xml"]
    parts["word/document.xml"] = body.replace(
        b"?>", b'?>\n<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>', 1)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in parts.items():
            zout.writestr(name, data)
    path.write_bytes(buf.getvalue())
    with pytest.raises(UserTemplateError, match=r"pk\.docx.*DTD"):
        _render(folder)


def test_ordinary_user_templates_still_render_with_loops_and_arithmetic(tmp_path):
    folder = _template(tmp_path, "{% for i in range(3) %}{{ i * 2 }}{% endfor %} {{ 'ab' * 3 }} {{ 2 ** 10 }}")
    document = docx.Document(io.BytesIO(_render(folder)))
    assert document.paragraphs[0].text == "024 ababab 1024"
