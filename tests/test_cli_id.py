"""click's own texts (usage lines, argument names, usage errors) reach the user in Bahasa Indonesia."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from iku_docs.cli import cli

ENGLISH = ("[OPTIONS]", "COMMAND", "[ARGS]", "WORKBOOK", "INPUTS", "DIRECTORY", "Usage:", "Missing argument")


@pytest.mark.parametrize("args, metavar", [
    (["validate"], "BUKU_KERJA"),
    (["render"], "BUKU_KERJA"),
    (["batch"], "BUKU_KERJA..."),
    (["template"], "BERKAS"),
    (["templates", "export"], "FOLDER"),
])
def test_a_missing_argument_is_named_in_indonesian(args, metavar):
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 2
    assert f"Argumen belum diisi '{metavar}'" in result.output
    assert f"[OPSI] {metavar}" in result.output
    assert not [word for word in ENGLISH if word in result.output]


def test_the_main_help_has_an_indonesian_usage_line():
    result = CliRunner().invoke(cli, ["--help"], prog_name="iku-docs")
    assert result.exit_code == 0
    assert "Penggunaan: iku-docs [OPSI] PERINTAH [ARGUMEN]..." in result.output
    assert not [word for word in ENGLISH if word in result.output]
