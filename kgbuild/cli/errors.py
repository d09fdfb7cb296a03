"""Map library errors to one-line messages and exit codes (0 done, 1 some inputs failed, 2 usage,
130 interrupted, 141 output pipe closed by its reader)."""

from __future__ import annotations

import functools
import os
import select
import sys
import traceback
from collections.abc import Callable
from typing import NoReturn, ParamSpec, TypeVar

import click

from kgbuild.errors import KgbuildError, UsageError

P = ParamSpec("P")
R = TypeVar("R")
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report a command stopped by Ctrl-C
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, as shells report `ls | head` cut short


def fail(message: str, code: int = EXIT_FAILED) -> NoReturn:
    """Print one line on stderr and exit."""
    click.echo(f"error: {message}", err=True)
    sys.exit(code)


def handle_errors(func: Callable[P, R]) -> Callable[P, R]:
    """Turn KgbuildError into a one-line message; tracebacks only with --verbose."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except UsageError as exc:
            _show_trace()
            fail(str(exc), EXIT_USAGE)
        except KgbuildError as exc:
            _show_trace()
            fail(str(exc))
        except BrokenPipeError as exc:
            if not _stdout_gone():
                _show_trace()
                fail(f"{type(exc).__name__}: {exc}")
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # the exit's flush must not fail too
            sys.exit(EXIT_BROKEN_PIPE)
        except (OSError, ValueError) as exc:
            _show_trace()
            fail(f"{type(exc).__name__}: {exc}")
        except KeyboardInterrupt:
            _show_trace()
            fail("interrupted", EXIT_INTERRUPTED)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise  # click's own, which it reports itself
        except Exception as exc:  # noqa: BLE001 - a bug: one line, the traceback with --verbose
            _show_trace()
            fail(f"internal error ({type(exc).__name__}: {exc}); `kgbuild -v ...` shows where, please report it")
        raise AssertionError("unreachable")

    return wrapper


def _show_trace() -> None:
    """The traceback of the error being handled, when --verbose asked for it."""
    ctx = click.get_current_context(silent=True)
    if ctx is not None and ctx.find_root().params.get("verbose"):
        traceback.print_exc()


def _stdout_gone() -> bool:
    """True when whoever read our stdout has closed it (`| head`), as opposed to some other pipe breaking."""
    try:
        poller = select.poll()
        poller.register(sys.stdout.fileno(), select.POLLOUT)
        return any(events & select.POLLERR for _fd, events in poller.poll(0))
    except (OSError, ValueError):
        return False
