"""The word classes the English rules on the blank pipeline read (they have no tagger)."""
from __future__ import annotations

_CONNECTIVES = {"but", "and", "while", "as", "so", "or", "yet", "then", "also"}
_DETS = {"the", "a", "an", "its", "his", "her", "their", "our", "this", "that"}
_NP_GLUE = {"of", "for", "at", "the", "'s", "’s", "de", "van", "von", "al"}
_PREPOSITIONS = {"on", "to", "in", "of", "for", "at", "by", "with", "from", "about", "into"}
_MAX_NP = 9  # words in a speaker phrase
_MAX_LOWER = 5  # lower-case words in a speaker phrase ("two officials familiar with the plans")
_AUX = {"is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "could", "can", "may",
        "might", "must", "should", "shall", "did", "does", "do", "'s", "’s", "'re", "’re", "'ll", "’ll"}
_VERB_GROUP = {"would", "could", "will", "did", "does", "do", "not", "never", "has", "had", "have", "also",
               "later", "previously", "again", "then", "recently", "may", "might", "n't", "n’t", "long",
               "repeatedly", "already", "still", "now", "publicly", "privately", "immediately", "quickly",
               "openly", "strongly", "sharply", "firmly", "flatly", "angrily", "once", "often", "reportedly"}
# what opens a clause that stays inside the statement ('that ...', 'when he called ...')
_CIRCUMSTANCE = {"that", "when", "if", "because", "after", "before", "until", "since", "once", "unless", "whenever"}
_SUBORDINATORS = {"after", "when", "because", "as", "while", "before", "since", "although", "though", "but", "and"}
_TIME_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
               "today", "tonight", "last", "week", "night", "earlier", "later", "this", "month", "morning",
               "afternoon", "evening"}
