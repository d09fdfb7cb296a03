"""Press spellings generated from native-script names: Cyrillic tables, Hangul decomposition, pinyin."""

from __future__ import annotations

import pytest

from kgbuild.resolve.translit import press_spellings
from kgbuild.resolve.translit.hangul import Jamo, decompose
from kgbuild.resolve.translit.pinyin import to_hungarian

CASES = [
    ("ru", "Дмитрий Медведев", "Person", None, "hu", "Dmitrij Medvegyev"),
    ("ru", "Дмитрий Медведев", "Person", None, "en", "Dmitry Medvedev"),
    ("ru", "Дмитрий Медведев", "Person", None, "de", "Dmitri Medwedew"),
    ("ru", "Владимир Путин", "Person", None, "hu", "Vlagyimir Putyin"),
    ("ru", "Владимир Путин", "Person", None, "de", "Wladimir Putin"),
    ("ru", "Сергей Шойгу", "Person", None, "hu", "Szergej Sojgu"),
    ("ru", "Сергей Шойгу", "Person", None, "en", "Sergei Shoigu"),
    ("ru", "Сергей Шойгу", "Person", None, "de", "Sergei Schoigu"),
    ("ru", "Валерий Герасимов", "Person", None, "hu", "Valerij Geraszimov"),
    ("ru", "Николай Патрушев", "Person", None, "hu", "Nyikolaj Patrusev"),
    ("ru", "Евгений Пригожин", "Person", None, "hu", "Jevgenyij Prigozsin"),
    ("ru", "Мария Захарова", "Person", None, "en", "Maria Zakharova"),
    ("uk", "Володимир Зеленський", "Person", None, "hu", "Volodimir Zelenszkij"),
    ("uk", "Володимир Зеленський", "Person", None, "en", "Volodymyr Zelensky"),
    ("uk", "Володимир Зеленський", "Person", None, "de", "Wolodymyr Selenskyj"),
    ("uk", "Андрій Єрмак", "Person", None, "en", "Andriy Yermak"),
    ("uk", "Харків", "Location", None, "hu", "Harkiv"),
    ("uk", "Дніпро", "Location", None, "hu", "Dnyipro"),
    ("ko", "김정은", "Person", "KP", "en", "Kim Jong Un"),
    ("ko", "김정은", "Person", "KP", "en", "Kim Jong-un"),
    ("ko", "김정은", "Person", "KP", "hu", "Kim Dzsongun"),
    ("ko", "김정은", "Person", "KP", "hu", "Kim Dzsong Un"),
    ("ko", "최선희", "Person", "KP", "en", "Choe Son Hui"),
    ("ko", "최선희", "Person", "KP", "hu", "Cshö Szon Hi"),
    ("ko", "김여정", "Person", "KP", "hu", "Kim Jo Dzsong"),
    ("ko", "박정천", "Person", "KP", "hu", "Pak Dzsongcshon"),
    ("ko", "이재명", "Person", "KR", "en", "Lee Jae-myeong"),
    ("ko", "평양", "Location", "KP", "en", "Pyongyang"),
    ("ko", "평양", "Location", "KP", "hu", "Phjongjang"),
    ("ko", "인천", "Location", "KR", "en", "Incheon"),
    ("ko", "대구", "Location", "KR", "hu", "Tegu"),
    ("zh", "习近平", "Person", None, "en", "Xi Jinping"),
    ("zh", "习近平", "Person", None, "hu", "Hszi Csin-ping"),
    ("zh", "毛泽东", "Person", None, "hu", "Mao Ce-tung"),
    ("zh", "李克强", "Person", None, "hu", "Li Ko-csiang"),
    ("zh", "王毅", "Person", None, "hu", "Vang Ji"),
    ("zh", "董军", "Person", None, "hu", "Tung Csün"),
    ("zh", "天津", "Location", None, "hu", "Tiencsin"),
]


@pytest.mark.parametrize(("lang", "native", "kind", "country", "target", "expected"), CASES)
def test_generated_spelling(lang: str, native: str, kind: str, country: str | None, target: str, expected: str) -> None:
    assert expected in press_spellings(lang, native, kind, country)[target]


def test_hangul_decomposes_by_arithmetic() -> None:
    assert decompose("김") == Jamo("ㄱ", "ㅣ", "ㅁ")
    assert decompose("은") == Jamo("ㅇ", "ㅡ", "ㄴ")
    assert decompose("a") is None


@pytest.mark.parametrize(("pinyin", "hungarian"), [("xi", "hszi"), ("zhu", "csu"), ("quan", "csüan"), ("ze", "ce"),
                                                   ("he", "ho"), ("yi", "ji"), ("wei", "vej"), ("rong", "zsung")])
def test_pinyin_syllables_in_hungarian(pinyin: str, hungarian: str) -> None:
    assert to_hungarian(pinyin) == hungarian


def test_organizations_and_unknown_scripts_get_nothing() -> None:
    assert press_spellings("ru", "Министерство обороны", "Organization") == {}
    assert press_spellings("ja", "東京", "Location") == {}


def _shipped_chinese_names() -> list[tuple[str, bool]]:
    """(native name, is a person) of every shipped Chinese person or place, as the gazetteer reads them."""
    import json

    from kgbuild.resolve.gazetteer import shipped_dir

    found = []
    for path in sorted(shipped_dir().glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.lstrip().startswith("//"):
                record = json.loads(line)
                native = record.get("native")
                if isinstance(native, dict) and native.get("lang") == "zh" and record.get("kind") in ("Person", "Location"):
                    found.append((native["name"], record["kind"] == "Person"))
    return found


def test_known_pinyin_names_are_what_pypinyin_says_and_cover_the_shipped_gazetteer(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """pinyin_names.json spares the workers pypinyin; after a gazetteer change, regenerate the missing entries
    with pypinyin_syllables(han) for han in the names below."""
    from kgbuild.resolve.translit import pinyin
    from kgbuild.resolve.translit.tables import table

    known = table("pinyin_names")
    assert all(pinyin.pypinyin_syllables(han) == syllables for han, syllables in known.items())
    looked_up: list[str] = []
    monkeypatch.setattr(pinyin, "pypinyin_syllables", lambda han: looked_up.append(han) or [])
    for native, person in _shipped_chinese_names():
        pinyin.chinese_spellings(native, person)
    assert looked_up == []
