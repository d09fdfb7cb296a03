"""Output piped into a reader that stops early (`| head`): the command ends quietly, as Unix tools do."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.e2e.cli import KGBUILD

EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE: what a shell reports for `ls | head` cut short


@pytest.mark.parametrize("fmt", ["json", "graphml"])
def test_export_to_a_closed_pipe_ends_quietly(sample_store: Path, fmt: str) -> None:
    process = subprocess.Popen([str(KGBUILD), "export", "--store", str(sample_store), "--format", fmt, "-o", "-"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    assert process.stdout.read(100)  # the reader takes a little, then goes away
    process.stdout.close()
    stderr = process.stderr.read().decode()
    assert process.wait(timeout=120) == EXIT_BROKEN_PIPE
    assert stderr == ""
