"""Errors cross process boundaries: a worker hands its KgbuildError back to the writer pickled."""

from __future__ import annotations

import pickle

import pytest

from kgbuild import errors


def every_error() -> list[errors.KgbuildError]:
    made: list[errors.KgbuildError] = [errors.InputError("a.txt", "not UTF-8")]
    for name in dir(errors):
        kind = getattr(errors, name)
        if isinstance(kind, type) and issubclass(kind, errors.KgbuildError) and kind is not errors.InputError:
            made.append(kind("something went wrong"))
    return made


@pytest.mark.parametrize("error", every_error(), ids=lambda e: type(e).__name__)
def test_every_error_survives_pickling_with_its_message(error: errors.KgbuildError) -> None:
    back = pickle.loads(pickle.dumps(error))
    assert type(back) is type(error) and str(back) == str(error)


def test_an_input_error_keeps_its_parts() -> None:
    back = pickle.loads(pickle.dumps(errors.InputError("a.txt", "not UTF-8")))
    assert isinstance(back, errors.InputError) and (back.path, back.problem) == ("a.txt", "not UTF-8")
