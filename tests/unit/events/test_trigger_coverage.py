"""Broad trigger coverage: one hand-written sentence per PLOVER type and language, in the inflected and
separated-preverb forms news text uses (csapást mért, adott át, látta el; fired, handed over, were injured)."""

from __future__ import annotations

import pytest

from tests.unit.events.test_triggers import summary

NK, RU, UA, SK = "North Korea", "Russia", "Ukraine", "South Korea"
KIM, PUTIN, ZELENSKY, KYJ = "Kim Jong Un", "Vladimir Putin", "Volodymyr Zelensky", "Kim Yo Jong"


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia struck Ukrainian positions with drones overnight.", ("ASSAULT", [RU], [])),
    ("Russia fired missiles at Ukraine.", ("ASSAULT", [RU], [UA])),  # the country attacked is the target
    ("North Korean troops shot down a Ukrainian drone.", ("ASSAULT", [NK], [])),
    ("About 300 North Korean soldiers died in the fighting.", ("ASSAULT", [], [NK])),
    ("Dozens of North Korean soldiers were injured.", ("ASSAULT", [], [NK])),
    ("North Korea handed over artillery shells to Russia.", ("AID", [NK], [RU])),
    ("Russia sold weapons to North Korea.", ("AID", [RU], [NK])),
    ("Kim Jong Un awarded medals to the soldiers.", ("SUPPORT", [KIM], [])),
    ("Vladimir Putin congratulated Kim Jong Un.", ("SUPPORT", [PUTIN], [KIM])),
    ("Russia backed North Korea at the United Nations.", ("SUPPORT", [RU], [NK])),
    ("North Korea dismissed the proposal from Seoul.", ("REJECT", [NK], [])),
    ("Pyongyang refused to return the prisoners.", ("REJECT", [NK], [])),
    ("Seoul blamed Pyongyang for the attack.", ("DISAPPROVE", [SK], [NK])),
    ("South Korea expressed concern over the deployment.", ("DISAPPROVE", [SK], [])),
    ("Seoul appealed to Russia to stop the cooperation.", ("DEMAND", [SK], [RU])),
    ("North Korea and Russia agreed to deepen their military ties.", ("AGREE", [NK, RU], [])),
    ("Russia and North Korea vowed to strengthen ties.", ("COOPERATE", [RU, NK], [])),
    ("Kim Jong Un negotiated with Vladimir Putin for hours.", ("CONSULT", [KIM], [PUTIN])),
    ("Russia redeployed North Korean troops to the front.", ("MOBILIZE", [RU], [NK])),
    ("Russia recruited North Korean workers.", ("MOBILIZE", [RU], [NK])),
    ("South Korea blacklisted North Korean banks.", ("SANCTION", [SK], [NK])),
    ("Seoul froze the assets of North Korean firms.", ("SANCTION", [SK], [NK])),
    ("Ukraine released two North Korean prisoners.", ("CONCEDE", [UA], [NK])),
    ("Two North Korean prisoners were released by Ukraine.", ("CONCEDE", [UA], [NK])),
    ("Ukraine questioned the captured North Korean soldiers.", ("INVESTIGATE", [UA], [NK])),
    ("Kim Yo Jong vowed retaliation against Seoul.", ("THREATEN", [KYJ], [SK])),  # a capital after against: its country
    ("Protesters rallied against Russia in Seoul.", ("PROTEST", [], [RU])),
    ("North Korean hackers stole cryptocurrency from South Korea.", ("CRIME", [NK], [])),
    ("Russia arrested a South Korean missionary.", ("COERCE", [RU], [])),
    ("The North Korean troops fled from the front.", ("RETREAT", [NK], [])),
    ("Russia targeted Ukrainian energy infrastructure with drones.", ("ASSAULT", [RU], [])),
    ("South Korea summoned the Russian ambassador.", ("DISAPPROVE", [SK], [])),
    ("Vladimir Putin conferred the title of hero on Kim Jong Un.", ("SUPPORT", [PUTIN], [KIM])),
    ("North Korea moved troops to Russia.", ("MOBILIZE", [NK], [RU])),
    ("Seoul imposed targeted sanctions on North Korea.", ("SANCTION", [SK], [NK])),  # targeted: no attack here
    ("Seoul called the deployment unacceptable.", ("DISAPPROVE", [SK], [])),
])
def test_english_event_words(text: str, expected: tuple[str, list[str], list[str]]) -> None:
    assert summary(text, "en") == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("Oroszország csapást mért Ukrajnára.", ("ASSAULT", [RU], [UA])),
    ("Az orosz erők ukrán állásokat lőttek.", ("ASSAULT", [RU], [UA])),
    ("Az ukrán drónok megöltek három észak-koreai katonát.", ("ASSAULT", [UA], [NK])),
    ("Ötszáz észak-koreai katona elesett Kurszkban.", ("ASSAULT", [], [NK])),
    ("Az ukrán hadsereg megsemmisítette az orosz harckocsikat.", ("ASSAULT", [UA], [RU])),
    ("Észak-Korea lőszert adott át Oroszországnak.", ("AID", [NK], [RU])),
    ("Észak-Korea rakétákkal látta el Oroszországot.", ("AID", [NK], [RU])),
    ("Kim Dzsong Un kitüntette a hazatért katonákat.", ("SUPPORT", [KIM], [])),
    ("Vlagyimir Putyin gratulált Kim Dzsong Unnak.", ("SUPPORT", [PUTIN], [KIM])),
    ("Volodimir Zelenszkij visszautasította az orosz javaslatot.", ("REJECT", [ZELENSKY], [RU])),
    ("Ukrajna elvetette a tűzszünetet.", ("REJECT", [UA], [])),
    ("Ukrajna élesen kritizálta Oroszországot.", ("DISAPPROVE", [UA], [RU])),
    ("Ukrajna tiltakozott Phenjannál.", ("DISAPPROVE", [UA], [])),
    ("Volodimir Zelenszkij sürgette a szankciók szigorítását.", ("DEMAND", [ZELENSKY], [])),
    ("Oroszország és Észak-Korea megállapodást kötött.", ("AGREE", [RU, NK], [])),
    ("Oroszország és Észak-Korea tovább mélyíti a katonai együttműködést.", ("COOPERATE", [RU, NK], [])),
    ("Vlagyimir Putyin telefonált Kim Dzsong Unnal.", ("CONSULT", [PUTIN], [KIM])),
    ("Oroszország újabb katonákat csoportosított át Kurszkba.", ("MOBILIZE", [RU], [])),
    ("Oroszország ismét mozgósított.", ("MOBILIZE", [RU], [])),
    ("Oroszország kiutasította a dél-koreai diplomatákat.", ("SANCTION", [RU], [])),
    ("Ukrajna szabadon engedte a foglyokat.", ("CONCEDE", [UA], [])),
    ("Ukrajna nyomozást indított az ügyben.", ("INVESTIGATE", [UA], [])),
    ("Észak-Korea megtorlást helyezett kilátásba.", ("THREATEN", [NK], [])),
    ("Tüntetők demonstráltak Oroszország ellen.", ("PROTEST", [], [RU])),
    ("Észak-koreai hackerek kriptovalutát loptak.", ("CRIME", [NK], [])),
    ("Oroszország letartóztatott egy dél-koreai misszionáriust.", ("COERCE", [RU], [])),
    ("Az észak-koreai katonák elmenekültek a frontról.", ("RETREAT", [NK], [])),
    ("Kim Dzsong Un hivatalos látogatást tett Oroszországban.", ("CONSULT", [KIM], [RU])),  # the country visited is the target
    ("Vlagyimir Putyin hősöknek nevezte az észak-koreai katonákat.", ("SUPPORT", [PUTIN], [NK])),
    ("Észak-Korea megtorlást ígért Ukrajnának.", ("THREATEN", [NK], [UA])),
    ("Ukrajna újabb szankciókat vezetett be Oroszország ellen.", ("SANCTION", [UA], [RU])),
    ("Vlagyimir Putyin konzultált Kim Dzsong Unnal.", ("CONSULT", [PUTIN], [KIM])),
    ("Ukrajna elfogadta az amerikai javaslatot.", ("AGREE", [UA], [])),
    ("Vlagyimir Putyin fogadta Kim Dzsong Unt.", ("CONSULT", [PUTIN], [KIM])),
    ("Ukrajna elfogadhatatlannak nevezte a lépést.", ("DISAPPROVE", [UA], [])),
    ("Vlagyimir Putyin a Hős címet adományozta Kim Dzsong Unnak.", ("SUPPORT", [PUTIN], [KIM])),
    ("Az észak-koreai csapatok elhagyták Kurszkot.", ("RETREAT", [NK], [])),
])
def test_hungarian_event_words(text: str, expected: tuple[str, list[str], list[str]]) -> None:
    assert summary(text, "hu") == [expected]


@pytest.mark.parametrize(("lang", "text"), [
    ("hu", "Észak-Korea két ballisztikus rakétát lőtt ki a tenger felé."),  # a launch, not an attack
    ("hu", "Kim Dzsong Un Vlagyimir Putyin oldalán állt a díszszemlén."),  # standing beside, not support
    ("en", "North Korea exchanged views with Russia."),
    ("en", "Seoul said the recruits were standing by the border."),
    ("en", "Kim Il Sung died in 1994, long before the current war began."),
    ("en", "North Korean troops equipped with drones were seen near the border."),
    ("en", "The two countries have developed close relations since the Soviet era."),
    ("en", "The agency provided no evidence of the technology transfer."),
    ("en", "He released a statement on Sunday saying the prisoners were being treated well."),
    ("hu", "A minisztérium megerősítette, hogy a két ország kapcsolatai jók."),  # confirmed, not strengthened
    ("hu", "A látogatás célja a gazdasági kapcsolatok erősítése volt."),
    ("hu", "A megállapodás gazdasági lehetőséget nyújt mindkét félnek."),
    ("hu", "A hírszerzés megszerezte az adatokat a területen."),
    ("hu", "Ez csapás volt a gazdaságra, érvelt az elemző."),
])
def test_look_alikes_are_no_events(lang: str, text: str) -> None:
    assert [t for t, _a, _b in summary(text, lang)] == []
