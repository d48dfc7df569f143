"""Segmentation never fails and never moves an offset, whatever characters a page holds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sourcediff.text import content_words, paragraphs, sentences


def split(text: str) -> list[str]:
    return [text[s.start : s.end] for s in sentences(text, paragraphs(text))]


def test_sentences_keep_curly_quotes_and_accents() -> None:
    text = "Mr W\u00a0. Smith said so. Then “he left”… Later, José went.\nNew paragraph here."
    assert split(text) == ["Mr W\u00a0. Smith said so.", "Then “he left”…", "Later, José went.", "New paragraph here."]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=120))
def test_sentences_never_fail_and_stay_inside_their_paragraph(text: str) -> None:
    paras = paragraphs(text)
    previous_end = -1
    for sentence in sentences(text, paras):
        para = paras[sentence.paragraph]
        assert para.start <= sentence.start < sentence.end <= para.end
        assert sentence.start >= previous_end
        previous_end = sentence.end


def test_content_words_fold_possessives_and_drop_function_words() -> None:
    assert content_words("The minister’s report said Smith's plan was 'not ready'") == [
        "minister", "report", "smith", "plan", "ready"]
