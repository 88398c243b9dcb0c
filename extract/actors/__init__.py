"""Stage 4, actors: mentions to actors: one identity per person, organisation, country or group.

Inside an article (``ArticleActors``):
    "Der ukrainische Außenminister Dmytro Kuleba"  -> Dmytro Kuleba, role Außenminister, affiliation Ukraine
    "Nato-Generalsekretär Jens Stoltenberg"       -> Jens Stoltenberg, role Nato-Generalsekretär, affiliation Nato
    "Putin"                                       -> the full name introduced earlier (or later in the text)
    "er" / "sie" / "he" / "she" / "they"          -> the nearest compatible earlier person (or group)
    "der Kanzler" / "the president"               -> the actor last given that role
    "die USA" / "Washington" (speaking)           -> country USA
    "ein Sprecher des Ministeriums"               -> organisation Ministerium
    "Demonstranten"                               -> group
Across articles (``match_actor``): full name or alias, then an unambiguous surname plus a matching
role or affiliation; an ambiguous case stays apart. A speaker mention that named nobody in its
article ("Der Landrat …", a lone surname) is the one actor with that role or surname
(``across.speaker_of_mention``; the store and bench/judgements.py use it). A user aliases file maps variant names to one
canonical name (``aliases_path``). Every lexicon is a data file under extract/data/.

Entry points: ``ArticleActors(text, lang, mentions).resolve(span)`` inside one article,
``match_actor(candidate, known)`` across articles. The modules: words.py and lexicon.py (what
the rules know), phrase.py, roles.py and mentions.py (parsing one speaker phrase), context.py,
article.py (ArticleActors), extents.py, identities.py, coreference.py and candidates.py (its rule
families), across.py (aliases, match_actor).
"""
from .across import AliasesError, aliases_path, load_aliases, match_actor
from .article import ArticleActors
from .context import Event, local_id
from .lexicon import (
                      Lexicon,
                      company_descriptor,
                      descriptors,
                      first_name,
                      firstnames,
                      is_generic_body,
                      lexicon,
                      organisation_words,
                      other_language_names,
                      recipient_media,
                      time_nouns,
                      titles,
                      translate_affiliation,
)
from .mentions import ARABIC_NAME, is_institution_word, parse_phrase
from .phrase import Entity, Parsed, tokenize
from .roles import demonym_stem, place_for_stem, role_word

__all__ = [
    "ARABIC_NAME", "AliasesError", "ArticleActors", "Entity", "Event", "Lexicon", "Parsed", "aliases_path",
    "company_descriptor",
    "demonym_stem", "descriptors", "first_name", "firstnames", "is_generic_body", "is_institution_word", "lexicon",
    "load_aliases", "local_id", "match_actor", "organisation_words", "other_language_names", "parse_phrase",
    "place_for_stem", "recipient_media", "role_word", "time_nouns", "tokenize", "titles", "translate_affiliation",
]
