"""Where an export goes: stdout, a file or a folder, each written in full or not at all."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import IO

from kgbuild.errors import ExportError, UsageError
from kgbuild.export import FOLDER_EXPORTERS, FolderWriter, Writer, exporter
from kgbuild.export.neo4jcsv import file_names
from kgbuild.export.source import GraphSource


def export_graph(source: GraphSource, fmt: str, output: str, stdout: IO[bytes], *, gephi: bool = False) -> Path | None:
    """Write the source in a format to `output` ('-' is stdout); returns the path written, if any."""
    if fmt in FOLDER_EXPORTERS:
        if output == "-" or gephi:
            raise UsageError(f"{fmt} writes a folder of files: give -o FOLDER (not -, and no --gephi)")
        return write_folder(FOLDER_EXPORTERS[fmt], source, Path(output))
    write = exporter(fmt, gephi=gephi)
    if output == "-":
        write(source, stdout)
        return None
    if Path(output).is_dir():
        raise ExportError(f"{output}: is a folder; {fmt} writes one file (choose a file name)")
    return write_file(write, source, Path(output))


def write_file(write: Writer, source: GraphSource, target: Path) -> Path:
    """Write next to the target, then rename: a failed export leaves no half file behind."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    try:
        with partial.open("wb") as out:
            write(source, out)
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
    return target


def write_folder(write: FolderWriter, source: GraphSource, target: Path) -> Path:
    """Write into a fresh sibling folder, then swap it in; an existing folder must hold only an earlier export."""
    _check_replaceable(target)
    partial = target.with_name(target.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir(parents=True)
    try:
        write(source, partial)
        _remove_earlier(target)
        partial.rename(target)
    finally:
        shutil.rmtree(partial, ignore_errors=True)
    return target


def _check_replaceable(target: Path) -> None:
    """Refuse to overwrite a file, or a folder that holds anything but an earlier export's CSV files."""
    if target.exists() and not target.is_dir():
        raise ExportError(f"{target}: is a file; neo4j-csv writes a folder (choose a folder name)")
    if target.is_dir() and set(target.iterdir()) - set(file_names(target)):
        raise ExportError(f"{target}: folder holds other files; choose an empty or new folder")


def _remove_earlier(target: Path) -> None:
    """Remove an earlier export's files and its folder."""
    if target.is_dir():
        for path in file_names(target):
            path.unlink()
        target.rmdir()
