"""English positions taken through an embedded act (round 24): the stance word takes the act, the act
takes the thing, and the sign is composed by the act's kind (keep/bring or end/stop). The parts of
the class the parser hangs elsewhere, and acts that are someone else's, a condition or a question.
All names are invented."""
from __future__ import annotations

import pytest

from tests.test_stances_en_negation import en_stances

pytest.importorskip("spacy")


@pytest.mark.parametrize("text, speaker, want", [
    # a second act joined to an act with no thing of its own
    ("Jo Hart urged the government to stop dithering and bring in a landlord register.", "Jo Hart",
     {("landlord register", 1)}),
    # a verb that acts only as a verb (row "verb"): its noun stays a thing of its own
    ("Jo Hart rejected a proposal to let utilities charge customers a monthly grid fee.", "Jo Hart", {("monthly grid fee", -1)}),
    ("Jo Hart welcomed the decision to fit sprinklers in every tower block.", "Jo Hart", {("sprinkler", 1)}),
    ("Jo Hart opposed the congestion charge.", "Jo Hart", {("congestion charge", -1)}),
    # an act that takes its thing after "with"; a flip act with a particle
    ("Jo Hart warned ministers against pressing ahead with the incinerator.", "Jo Hart", {("incinerator", -1)}),
    ("Jo Hart warned farmers against tearing out hedgerows.", "Jo Hart", {("hedgerow", 1)}),
    # parts of the class the parser hangs elsewhere
    ("Jo Hart has ruled out axing the solar rebate.", "Jo Hart", {("solar rebate", 1)}),
    ("Jo Hart said she was in favour of lowering the speed limit.", "Jo Hart", {("speed limit", -1)}),
    ("Jo Hart described the plan to axe the ferry as a betrayal.", "Jo Hart", {("ferry", 1)}),
    ("Jo Hart welcomed the agreement to keep the ferry running.", "Jo Hart", {("ferry", 1)}),
    ("Jo Hart was firmly behind the campaign to save the town pool.", "Jo Hart", {("town pool", 1)}),
    ("Jo Hart pressed the county to stop stalling and bring back the school meals service.", "Jo Hart",
     {("school meals", 1), ("school meals service", 1)}),
    ("Jo Hart said the council must stop closing libraries.", "Jo Hart", {("library", 1)}),
    # the second act the parser joined to the bare gerund, not to "stop"
    ("Jo Hart urged the county to stop dithering and scrap the parking levy.", "Jo Hart", {("parking levy", -1)}),
    ("Jo Hart said the council must stop delaying and close the tip.", "Jo Hart", {("tip", -1)}),
    ("Jo Hart said the toll was a monument to waste.", "Jo Hart", {("toll", -1)}),
])
def test_an_embedded_act_passes_its_sign_to_its_thing(text, speaker, want):
    assert en_stances(text, speaker) == want


LEFT_ALONE = (  # (Jo Hart speaks in each)
    "Jo Hart told the meeting that most residents had urged the council to keep the pool open.",  # others' call
    "Jo Hart said scrapping the toll would need the approval of the full council.",  # a condition of the act
    "Jo Hart said the operator would charge customers a fixed fee from April.",  # another's plan
    "Jo Hart said the board was pressing ahead with the reservoir despite the objections.",
    "Jo Hart said the campaign to save the pool had raised 40,000 pounds.",  # an amount
    "Jo Hart urged residents to stop worrying and enjoy the festival.",  # no thing acted on
    "Jo Hart urged the county to stop dithering and delaying.",  # two gerunds, no act with a thing
    "Jo Hart said she had been urged by residents to save the lido.",  # others' call, by a passive's agent
    "Jo Hart was asked by parents to keep the school bus running.",
    "Jo Hart met the minister to discuss the toll.",  # a purpose, no one asked
)


@pytest.mark.parametrize("text", LEFT_ALONE)
def test_an_act_of_others_a_condition_or_no_act_takes_no_side(text):
    assert en_stances(text, "Jo Hart") == set()
