"""Export targets: a failed export leaves nothing behind; stdout gets the bytes; formats are checked."""

from __future__ import annotations

import io
from pathlib import Path
from typing import IO

import pytest

from kgbuild.errors import ExportError, UsageError
from kgbuild.export.output import export_graph, write_file
from kgbuild.export.source import GraphSource
from tests.factories import news_graph


def test_stdout_and_file_get_the_same_bytes(tmp_path: Path) -> None:
    stdout = io.BytesIO()
    assert export_graph(news_graph(), "gexf", "-", stdout) is None
    target = export_graph(news_graph(), "gexf", str(tmp_path / "sub" / "g.gexf"), io.BytesIO())
    assert target is not None and target.read_bytes() == stdout.getvalue()


def test_a_failed_export_leaves_no_file(tmp_path: Path) -> None:
    def broken(source: GraphSource, out: IO[bytes]) -> None:
        out.write(b"<half")
        raise OSError("disk full")

    with pytest.raises(OSError):
        write_file(broken, news_graph(), tmp_path / "g.graphml")
    assert list(tmp_path.iterdir()) == []


def test_gephi_flavour_only_for_graphml() -> None:
    with pytest.raises(UsageError, match="GEXF is Gephi's own format"):
        export_graph(news_graph(), "gexf", "-", io.BytesIO(), gephi=True)
    with pytest.raises(UsageError, match="unknown export format 'pdf'"):
        export_graph(news_graph(), "pdf", "-", io.BytesIO())


def test_a_folder_as_the_target_of_a_file_export_is_refused_first(tmp_path: Path) -> None:
    """It used to write the whole export beside the folder, then fail to rename it with an IsADirectoryError."""
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(ExportError, match=r"out: is a folder; graphml writes one file \(choose a file name\)"):
        export_graph(news_graph(), "graphml", str(folder), io.BytesIO())
    assert list(tmp_path.iterdir()) == [folder]
