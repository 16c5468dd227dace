from hypothesis import given
from hypothesis import strategies as st

from timeline.events.sentences import split_clauses, split_sentences


def test_abbreviations_and_initials_do_not_split() -> None:
    text = 'Gen. J. Smith met U.S. officials on Feb. 3 in Baghdad. Mr. Jones left. "Go!" he said.'
    assert [s.text for s in split_sentences(text)] == [
        "Gen. J. Smith met U.S. officials on Feb. 3 in Baghdad.",
        "Mr. Jones left.",
        '"Go!" he said.',
    ]


def test_offsets_index_the_text_as_given() -> None:
    text = "  Headline here\n\nFirst one.  Second one?\nThird"
    for s in split_sentences(text):
        assert text[s.start : s.end] == s.text
    assert [s.text for s in split_sentences(text)] == ["Headline here", "First one.", "Second one?", "Third"]


@given(st.text(alphabet="ab .\n?!UMr", max_size=80))
def test_sentences_never_overlap_and_match_offsets(text: str) -> None:
    previous_end = 0
    for s in split_sentences(text):
        assert s.start >= previous_end
        assert text[s.start : s.end] == s.text and s.text.strip() == s.text
        previous_end = s.end


def test_and_splits_clauses_only_after_a_predicate() -> None:
    text = "Syrian troops captured the town in March and Moscow flew in a musician."
    s = split_sentences(text)[0]
    predicate = text.index("captured")
    clauses = split_clauses(s, [predicate])
    assert len(clauses) == 2 and text[clauses[1].start :].lstrip().startswith("and Moscow")
    listing = "Russia, Iran and Turkey agreed to establish safe zones."
    s2 = split_sentences(listing)[0]
    assert len(split_clauses(s2, [listing.index("agreed")])) == 1


def test_a_hyphenated_participle_is_no_new_clause() -> None:
    # "Houthi-held", "Iran-backed" are adjectives: the date stays in the strike's clause
    text = "US jets struck ports and fuel depots in Houthi-held Hodeidah and Iran-backed camps early on Thursday."
    s = split_sentences(text)[0]
    assert len(split_clauses(s, [text.index("struck")])) == 1
    # a real second clause still splits
    text2 = "US jets struck ports in Hodeidah and the rebels fired missiles at a ship."
    s2 = split_sentences(text2)[0]
    assert len(split_clauses(s2, [text2.index("struck"), text2.index("fired")])) == 2


def test_since_a_weekday_opens_no_clause() -> None:
    text = "Rebels have shelled the town of Kidal since Monday, residents said."
    s = split_sentences(text)[0]
    assert len(split_clauses(s, [text.index("shelled")])) == 1
    text2 = "Jihadists have attacked the town twice since French troops began to withdraw."
    s2 = split_sentences(text2)[0]
    assert len(split_clauses(s2, [text2.index("attacked")])) == 2
