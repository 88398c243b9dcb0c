"""What the German stance tests read off one extracted article (shared by test_stances_de_r26 … r28)."""
from extract.pipeline import extract_article

PUBLISHED = "2026-06-03"


def article_stances(text: str) -> dict[str, int]:
    """Every non-zero stance of the article's statements on a target (key terms, '#…', left out)."""
    ex = extract_article(text, lang="de", published=PUBLISHED)
    return {k: v for s in ex.statements for k, v in s.stance.items() if v and not k.startswith("#")}


def speakers(text: str) -> list:
    return [s.speaker for s in extract_article(text, lang="de", published=PUBLISHED).statements]


def speaker_stances(text: str, speaker: str) -> dict[str, int]:
    """The non-zero stances of one speaker's statements in the article (test_stances_de_r32, r33)."""
    out: dict[str, int] = {}
    for st in extract_article(text, lang="de", published=PUBLISHED).statements:
        if st.speaker_name == speaker:
            out.update({k: v for k, v in st.stance.items() if v})
    return out
