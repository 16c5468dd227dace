"""Talks are no agreement, nor are deals of trade or money: "ceasefire talks", "talks on a truce", "a ceasefire proposal" tell no
Agreement; an agreement is agreed, signed, reached, struck, brokered or takes effect (triggers.yaml:
agreement and agreement-noun). Truces told in general and deals only rejected are no event either."""

import pytest

from tests.events.helpers import events_of


def _agreements(text: str) -> list[str]:
    return [e.status.value for e in events_of(text) if e.sub_event_type.value == "Agreement"]


@pytest.mark.parametrize(
    "text",
    [
        "Ceasefire talks between the army and the RSF opened in Jeddah on Monday.",
        "Negotiators from Kyiv and Moscow held talks on a truce in Istanbul on Friday.",
        "Armenian and Azerbaijani delegations began truce negotiations in Moscow on Friday.",
        "Mediators in Doha presented a ceasefire proposal to Hamas and Israel on Tuesday.",
        "Israel and Hamas resumed negotiations over a Gaza ceasefire in Cairo on Sunday.",
        "The Colombian government and the ELN discussed a bilateral ceasefire in Caracas on Monday.",
        "Qatar's envoy said peace talks between the Taliban and Kabul would resume in Doha.",
        # truces in general, deals rejected
        "Earlier rounds of talks in Jeddah produced several short truces, none of which held.",
        "FARC dissidents in Catatumbo rejected the 2016 peace deal with the government.",
        # a standing truce kept
        "Hezbollah said in Beirut that it remained committed to the truce.",
        "Both sides in Juba pledged to abide by the ceasefire.",
        # talks brokered, no agreement brokered
        "Talks brokered by Qatar in Doha between the two sides collapsed in March.",
        "Negotiations brokered by the African Union in Pretoria stalled on Friday.",
    ],
)
def test_talks_are_no_agreement(text: str) -> None:
    assert not [s for s in _agreements(text) if s in {"happened", "ongoing"}], text


@pytest.mark.parametrize(
    "text",
    [
        "After three days of talks in Jeddah, the army and the RSF agreed to a seven-day truce.",
        "Russia and Ukraine struck a deal on a prisoner swap in Istanbul on Friday after talks on a truce stalled.",
        "The Houthis and the Saudi-led coalition agreed to a truce in Hodeidah on Tuesday.",
        "The army and the SPLM-N signed a ceasefire agreement in Juba on Monday after weeks of negotiations.",
        "Several hundred soldiers surrendered to the rebels in Myawaddy on Friday.",
        "Hamas and Israel agreed a truce in Doha on Friday.",
        "A ceasefire brokered by Qatar took effect in Gaza on Sunday, after weeks of talks.",
    ],
)
def test_agreements_after_talks_count(text: str) -> None:
    assert "happened" in _agreements(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Crude from Kurdistan began flowing to Ceyhan after Baghdad and Erbil reached a deal to restart exports.",
        "Ankara and Baghdad signed a deal in Ankara on Monday on oil pipeline fees.",
        "Kenya and Somalia signed a trade agreement in Nairobi on Tuesday.",
        "Saudi Arabia and Pakistan signed an arms deal worth $2 billion in Riyadh.",
    ],
)
def test_deals_of_trade_and_money_are_no_agreement(text: str) -> None:
    assert not _agreements(text), text


def test_deals_on_the_conflict_stay_agreements() -> None:
    assert "happened" in _agreements(
        "Kyiv and Moscow reached a deal in Istanbul on Friday to exchange prisoners of war."
    )
    assert "happened" in _agreements(
        "The army and the RSF signed a deal in Jeddah on Saturday to protect civilians."
    )
