"""Loaders: metadata conventions, visible HTML text, JSONL lines, and precise errors for bad files."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

from kgbuild.errors import InputError
from kgbuild.io import Skipped, iter_inputs, load_path
from kgbuild.model.document import Document


def load_one(path: Path) -> Document | InputError:
    results = list(load_path(path))
    assert len(results) == 1
    return results[0]


def load_doc(path: Path) -> Document:
    """The one document a file holds (the test fails if it is an error instead)."""
    loaded = load_one(path)
    assert isinstance(loaded, Document), loaded
    return loaded


def test_txt_date_prefix_shares_the_first_line(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(" date 2025-03-14 Phenjan csapatokat küld.\n\nMásodik bekezdés.", encoding="utf-8")
    doc = load_doc(path)
    assert doc.published == date(2025, 3, 14)
    assert doc.text.startswith("Phenjan csapatokat küld.")


def test_txt_header_lines(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("title: Cím\nsource: Minta\nurl: https://example.org/x\ndate: 2024-10-18\n\nA szöveg.", encoding="utf-8")
    doc = load_doc(path)
    assert (doc.title, doc.source, doc.url, doc.published, doc.text) == (
        "Cím", "Minta", "https://example.org/x", date(2024, 10, 18), "A szöveg.")


def test_same_text_same_id_different_url_different_id(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Egy mondat.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Egy   mondat.\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text("url: https://example.org/c\nEgy mondat.", encoding="utf-8")
    ids = [load_one(tmp_path / n) for n in ("a.txt", "b.txt", "c.txt")]
    assert all(isinstance(d, Document) for d in ids)
    a, b, c = (d.id for d in ids if isinstance(d, Document))
    assert a == b != c


def test_markdown_front_matter_is_metadata(tmp_path: Path) -> None:
    """Hugo and Jekyll keep an article's metadata between --- lines; other keys (tags, draft) are ignored."""
    path = tmp_path / "a.md"
    path.write_text('---\ntitle: "Lavrov Phenjanban"\ndate: 2025-11-05T10:00:00+01:00\ntags: [külpolitika, KNDK]\n'
                    "source: 'MTI'\ndraft: false\n---\n\nSzergej Lavrov pénteken Phenjanban tárgyalt.\n",
                    encoding="utf-8")
    doc = load_doc(path)
    assert (doc.title, doc.published, doc.source) == ("Lavrov Phenjanban", date(2025, 11, 5), "MTI")
    assert doc.text == "Szergej Lavrov pénteken Phenjanban tárgyalt."


def test_front_matter_that_never_closes_is_named(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("---\ntitle: Lavrov\n\nSzergej Lavrov pénteken Phenjanban tárgyalt.\n", encoding="utf-8")
    assert str(load_one(path)) == f"{path}: front matter opened by --- on line 1 is never closed"


def test_markdown_heading_is_the_title(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("# North Korea sends troops\n\nThe first paragraph.", encoding="utf-8")
    doc = load_doc(path)
    assert doc.title == "North Korea sends troops"
    assert doc.text == "The first paragraph."


def test_html_keeps_article_text_only(tmp_path: Path) -> None:
    path = tmp_path / "a.html"
    path.write_text(
        "<html lang='hu'><head><meta charset='utf-8'><title>T</title>"
        "<meta property='article:published_time' content='2025-07-12T10:00:00Z'></head>"
        "<body><nav>Putyin menü</nav><script>var Kim = 1;</script>"
        "<article><h1>Lavrov Vonszanban</h1><p>Első   bekezdés.</p><p>Második.</p></article>"
        "<footer>MTI lábléc</footer></body></html>", encoding="utf-8")
    doc = load_doc(path)
    assert doc.title == "Lavrov Vonszanban"
    assert doc.text == "Első bekezdés.\n\nMásodik."
    assert doc.published == date(2025, 7, 12)
    assert doc.lang == "hu"


def test_html_in_the_charset_it_declares(tmp_path: Path) -> None:
    """Older Hungarian news pages are ISO-8859-2 or windows-1250, declared in a meta tag."""
    latin2, cp1250 = tmp_path / "latin2.html", tmp_path / "cp1250.html"
    latin2.write_bytes("<html><head><meta charset='ISO-8859-2'><title>Hírek</title></head><body><p>Őrült ütközet "
                       "Kurszkban, közölte az MTI.</p></body></html>".encode("iso-8859-2"))
    cp1250.write_bytes('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1250">'
                       "</head><body><p>Győr és Pécs „idézőjelben” áll.</p></body></html>".encode("cp1250"))
    first, second = load_one(latin2), load_one(cp1250)
    assert isinstance(first, Document) and first.text == "Őrült ütközet Kurszkban, közölte az MTI."
    assert isinstance(second, Document) and second.text == "Győr és Pécs „idézőjelben” áll."


def test_html_with_a_bad_or_unknown_charset_is_named(tmp_path: Path) -> None:
    unknown, wrong, undeclared = tmp_path / "unknown.html", tmp_path / "wrong.html", tmp_path / "undeclared.html"
    unknown.write_bytes(b"<html><head><meta charset='x-klingon'></head><body><p>Szia.</p></body></html>")
    wrong.write_bytes(b"<html><head><meta charset='utf-8'></head><body><p>\xf5r\xfclt</p></body></html>")
    undeclared.write_bytes("<html><body><p>Őrült</p></body></html>".encode("iso-8859-2"))
    assert str(load_one(unknown)) == f"{unknown}: unknown charset 'x-klingon' declared"
    assert str(load_one(wrong)) == f"{wrong}: invalid UTF-8 at byte offset {wrong.read_bytes().index(0xf5)}"
    assert str(load_one(undeclared)) == f"{undeclared}: invalid UTF-8 at byte offset 15"


def test_seed_date_prefix_on_a_line_of_its_own(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("date 2025-11-05\nSzergej Lavrov pénteken Phenjanban tárgyalt.\n", encoding="utf-8")
    doc = load_doc(path)
    assert (doc.published, doc.text) == (date(2025, 11, 5), "Szergej Lavrov pénteken Phenjanban tárgyalt.")


def test_header_lines_with_windows_line_ends(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("title: Teszt\r\nsource: MTI \r\ndate: 2025-11-05\r\n\r\nLavrov Phenjanban tárgyalt.\r\n".encode())
    doc = load_doc(path)
    assert (doc.title, doc.source, doc.published) == ("Teszt", "MTI", date(2025, 11, 5))
    assert doc.text == "Lavrov Phenjanban tárgyalt."


def test_jsonl_bad_line_is_named_and_the_rest_load(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    good = json.dumps({"id": "x1", "text": "  Kim met Putin.  ", "lang": "en", "date": "2025-09-04"})
    path.write_text(f"{good}\n{{not json\n\n{json.dumps({'title': 'no text'})}\n", encoding="utf-8")
    results = list(load_path(path))
    assert isinstance(results[0], Document)
    assert results[0].text == "  Kim met Putin.  "
    assert results[0].external_id == "x1"
    errors = [str(r) for r in results[1:]]
    assert errors[0].startswith(f"{path}: line 2: malformed JSON")
    assert errors[1] == f"{path}: line 4: missing or empty 'text'"


def test_jsonl_text_that_is_not_a_string_is_named_as_such(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text('{"text": 12}\n{"text": ["Kim met Putin."]}\n{"text": null}\n', encoding="utf-8")
    errors = [str(r) for r in load_path(path)]
    assert errors == [f"{path}: line 1: 'text' must be a string (got a number)",
                      f"{path}: line 2: 'text' must be a string (got a list)",
                      f"{path}: line 3: missing or empty 'text'"]


def test_empty_binary_and_invalid_utf8_files(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"  \n")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x00\x00\x01")
    (tmp_path / "latin1.txt").write_bytes("Árvíztűrő".encode("utf-8") + b" \xe9 tail")
    messages = {p.name: str(load_one(p)) for p in tmp_path.iterdir()}
    assert messages["empty.txt"].endswith("empty.txt: empty file")
    assert "binary file" in messages["binary.txt"]
    assert messages["latin1.txt"].endswith("invalid UTF-8 at byte offset 14")


def test_bad_date_names_the_value(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("date: tegnap\nSzöveg.", encoding="utf-8")
    assert str(load_one(path)) == f"{path}: date 'tegnap' is not YYYY-MM-DD"


def test_walk_skips_other_files_with_a_reason(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    (tmp_path / "README.md").write_text("docs", encoding="utf-8")
    found = list(iter_inputs([tmp_path, tmp_path / "missing.txt"]))
    assert tmp_path / "sub" / "a.txt" in found
    reasons = {Path(s.path).name: s.reason for s in found if isinstance(s, Skipped)}
    assert reasons["image.png"] == "unsupported file type '.png'"
    assert "documentation" in reasons["README.md"]
    assert reasons["missing.txt"] == "no such file or directory"


def test_walk_names_what_is_not_a_regular_file(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    found = list(iter_inputs([tmp_path, tmp_path / "pipe.txt"]))
    reasons = [(Path(s.path).name, s.reason) for s in found if isinstance(s, Skipped)]
    assert reasons == [("dangling.txt", "broken symbolic link"), ("pipe.txt", "not a regular file"),
                       ("pipe.txt", "not a regular file")]
