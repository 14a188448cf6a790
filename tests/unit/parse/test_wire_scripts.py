"""Wire credits in more scripts and forms, each proven on a small hand-written page: wires' names in Arabic,
Japanese, Chinese, Korean and Turkish, a Korean dateline in square brackets, an Arabic dateline with a dash, Korea's
copyright mark, and a wire's name alone after the last sentence."""

from __future__ import annotations

import pytest
from support.news_pages import publisher_of


@pytest.mark.parametrize(
    ("first", "wire"),
    [
        ("<p>بيروت (رويترز) - قال مسؤولون إن المجلس وافق على الميزانية الجديدة يوم الثلاثاء.</p>", "Reuters"),
        ("<p>[서울=뉴시스]김민수 기자 = 서울시의회가 화요일 새 예산안을 통과시켰다.</p>", "Newsis"),
        ("<p>الرياض - واس: وافق مجلس المدينة على الميزانية الجديدة يوم الثلاثاء.</p>", "Saudi Press Agency"),
        ("<p>İSTANBUL (DHA) - Belediye meclisi salı günü yeni bütçeyi onayladı.</p>", "DHA"),
    ],
)
def test_a_wires_dateline_in_another_script(first: str, wire: str) -> None:
    assert publisher_of(first=first) == wire


@pytest.mark.parametrize(
    ("line", "wire"),
    [
        ("<p>Kaynak: Anadolu Ajansı</p>", "Anadolu Agency"),
        ("<p>ⓒ 연합뉴스, 무단 전재 및 재배포 금지</p>", "Yonhap"),
        ("<p>（時事通信社）</p>", "Jiji Press"),
    ],
)
def test_a_wires_closing_credit_in_another_script(line: str, wire: str) -> None:
    assert publisher_of(article_end=line) == wire


def test_a_wires_name_alone_after_the_last_sentence() -> None:
    # Given the story's last paragraph ending "... sagte ein Sprecher. AFP"
    last = "<p>Die Stadt will die Brücke im Herbst wieder öffnen, sagte ein Sprecher am Dienstag. AFP</p>"
    # Then the wire's name closing the story credits it
    assert publisher_of(article_end=last) == "AFP"


def test_a_wires_name_closing_a_sentence_is_no_credit() -> None:
    # Given a last sentence that names the wire inside it, not after it
    last = "<p>Die Stadt will die Brücke im Herbst wieder öffnen, berichtete die AFP.</p>"
    assert publisher_of(article_end=last) is None
