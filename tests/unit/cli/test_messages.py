"""The CLI's last word on any error: one line on stderr and a truthful exit code, tracebacks only with --verbose."""

from __future__ import annotations

import pytest

from kgbuild.cli.errors import EXIT_FAILED, EXIT_INTERRUPTED, handle_errors
from kgbuild.errors import InputError


@handle_errors
def _raising(exc: BaseException) -> None:
    raise exc


@pytest.mark.parametrize(("exc", "code", "line"), [
    (InputError("a.txt", "empty file"), EXIT_FAILED, "error: a.txt: empty file"),
    (KeyboardInterrupt(), EXIT_INTERRUPTED, "error: interrupted"),
    (IndexError("list index out of range"), EXIT_FAILED,
     "error: internal error (IndexError: list index out of range); `kgbuild -v ...` shows where, please report it"),
])
def test_every_error_ends_in_one_line(exc: BaseException, code: int, line: str,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        _raising(exc)
    assert stopped.value.code == code
    assert capsys.readouterr().err == line + "\n"
