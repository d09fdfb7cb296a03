"""Build the headless Gephi Toolkit check (pom.xml + one Java class) once, cached in .cache/gephi-check."""

from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import REPO

HERE = Path(__file__).resolve().parent
BUILD = REPO / ".cache" / "gephi-check"
JAR = BUILD / "gephi-check.jar"


def _sources() -> list[Path]:
    """What the jar is built from."""
    return [HERE / "pom.xml", *sorted((HERE / "src").rglob("*.java"))]


def _stale() -> bool:
    """True when the jar is missing or older than a source."""
    if not JAR.exists() or not (BUILD / "lib").is_dir():
        return True
    built = JAR.stat().st_mtime
    return any(path.stat().st_mtime > built for path in _sources())


def _java_home() -> str | None:
    """JAVA_HOME if set (Gephi Toolkit 0.10.1 runs on Java 11 or newer; Java 17 is the default here)."""
    return os.environ.get("JAVA_HOME") or None


def _build() -> None:
    """mvn package into the cache folder; the log is kept next to it and shown on failure."""
    mvn = shutil.which("mvn")
    if mvn is None:
        pytest.fail("Maven (mvn) is needed to build the Gephi Toolkit check (apt-get install maven)")
    log = BUILD.parent / "gephi-check-build.log"
    command = [mvn, "-q", "-B", "-f", str(HERE / "pom.xml"), f"-Dcheck.buildDir={BUILD}", "clean", "package"]
    with log.open("w", encoding="utf-8") as out:
        done = subprocess.run(command, stdout=out, stderr=subprocess.STDOUT, timeout=900, check=False)
    if done.returncode != 0 or not JAR.exists():
        pytest.fail(f"Gephi Toolkit check did not build ({' '.join(command)}):\n{log.read_text()[-3000:]}")


@pytest.fixture(scope="session")
def gephi_check() -> Iterator[list[str]]:
    """The command that runs the check (append file paths); built on first use, under a lock."""
    BUILD.parent.mkdir(parents=True, exist_ok=True)
    with (BUILD.parent / "gephi-check.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if _stale():
            _build()
    java = str(Path(_java_home()) / "bin" / "java") if _java_home() else shutil.which("java")
    if java is None:
        pytest.fail("Java 11+ is needed to run the Gephi Toolkit check")
    yield [java, "-Djava.awt.headless=true", "-jar", str(JAR)]
