"""Builds tests/data/en_wire.jsonl, the English wire-style gold (fictional names and places).

Annotations are written as strings; offsets are computed here and every slice is checked.
Conventions follow the shared gold format: a direct quote is the text inside the marks;
indirect speech is the content clause ("that" included); "according to X" quotes the rest
of the clause; reported speech quotes the whole clause, speaker included; a quote inside
indirect speech is a nested Direct under the top-level Indirect.
Speaker and cue strings are matched (whole words) at the occurrence nearest the quote,
or at the n-th occurrence when given as (string, n).

    python tests/data/build_en_gold.py

writes tests/data/en_wire.jsonl (the set the rules were written against) and
tests/data/en_wire_check.jsonl (written afterwards, to check them on unseen text) and
tests/data/en_wire_unseen.jsonl, en_wire_final.jsonl, en_wire_last.jsonl and en_wire_close.jsonl
(each written after the rules of its time and scored once before any further change).
"""
from __future__ import annotations

import json
import re
from pathlib import Path

DATA = Path(__file__).resolve().parent

D, I, R = "Direct", "Indirect", "Reported"

ARTICLES = [
    {
        "id": "en-wire-1", "title": "Valdoria will not sign border accord", "date": "2025-03-04",
        "text": (
            "VALDORIA CITY, March 4 (Wire) - Valdorian Foreign Minister Elena Markov said on Tuesday that her "
            "government would not sign the border accord in its current form.\n\n"
            "\"We will not be rushed,\" Markov told reporters after a meeting in the capital. \"This accord must "
            "protect our farmers, or it will not pass.\"\n\n"
            "She said the talks with neighbouring Ostrana had stalled over water rights and that a new round was "
            "unlikely before summer.\n\n"
            "Ostrana's government rejected the criticism. A spokesman for the Ostranian foreign ministry, Tomas "
            "Verhoeven, said Valdoria had walked away from a fair offer.\n\n"
            "\"The door remains open,\" Verhoeven said, \"but not forever.\"\n\n"
            "According to diplomats familiar with the negotiations, both sides have quietly exchanged new maps.\n\n"
            "Markov urged the Northern Council to send observers to the border region."
        ),
        "ann": [
            (I, ["that her government would not sign the border accord in its current form"],
             "Valdorian Foreign Minister Elena Markov", "said"),
            (D, ["We will not be rushed,"], "Markov", "told"),
            (D, ["This accord must protect our farmers, or it will not pass."], "Markov", None),
            (I, ["the talks with neighbouring Ostrana had stalled over water rights and that a new round was "
                 "unlikely before summer"], "She", "said"),
            (R, ["Ostrana's government rejected the criticism."], "Ostrana's government", "rejected"),
            (I, ["Valdoria had walked away from a fair offer"],
             "A spokesman for the Ostranian foreign ministry, Tomas Verhoeven", "said"),
            (D, ["The door remains open,", "but not forever."], "Verhoeven", "said"),
            (I, ["both sides have quietly exchanged new maps"], "diplomats familiar with the negotiations",
             "According to"),
            (R, ["Markov urged the Northern Council to send observers to the border region."], "Markov", "urged"),
        ],
    },
    {
        "id": "en-wire-2", "title": "Brindle Motors workers to strike", "date": "2025-06-12",
        "text": (
            "HARWICK, June 12 (Wire) - Workers at the Brindle Motors plant in Harwick will strike next week, the "
            "Amalgamated Union of Engineers said on Friday.\n\n"
            "The union's general secretary, Priya Castellan, told reporters the company had ignored repeated "
            "warnings about safety on the assembly line.\n\n"
            "\"Our members have been patient for two years,\" Castellan said. \"Their patience has run out.\"\n\n"
            "Brindle Motors denied the allegations. In a statement, the company said it had invested more than "
            "40 million crowns in safety equipment since 2021 and called the strike \"unnecessary and damaging\".\n\n"
            "Chief executive Martin Oduya warned that a long stoppage could put 3,000 jobs at risk.\n\n"
            "\"Nobody wins from this,\" he said.\n\n"
            "Regional governor Hanna Solberg called on both sides to return to talks."
        ),
        "ann": [
            (I, ["Workers at the Brindle Motors plant in Harwick will strike next week"],
             "the Amalgamated Union of Engineers", "said"),
            (I, ["the company had ignored repeated warnings about safety on the assembly line"],
             "The union's general secretary, Priya Castellan", "told"),
            (D, ["Our members have been patient for two years,"], "Castellan", "said"),
            (D, ["Their patience has run out."], "Castellan", None),
            (R, ["Brindle Motors denied the allegations."], "Brindle Motors", "denied"),
            (I, ["it had invested more than 40 million crowns in safety equipment since 2021"], "the company",
             "said"),
            (R, ["called the strike \"unnecessary and damaging\""], "the company", "called"),
            (I, ["that a long stoppage could put 3,000 jobs at risk"], "Chief executive Martin Oduya", "warned"),
            (D, ["Nobody wins from this,"], "he", "said"),
            (R, ["Regional governor Hanna Solberg called on both sides to return to talks."],
             "Regional governor Hanna Solberg", "called on"),
        ],
        "nested": [(D, ["unnecessary and damaging"], "the company", "called")],
    },
    {
        "id": "en-wire-3", "title": "River fever vaccine passes large trial", "date": "2025-09-03",
        "text": (
            "LONDON, Sept 3 (Wire) - A new vaccine against river fever was safe and effective in a large trial, "
            "researchers at the Kestrel Institute said on Wednesday.\n\n"
            "Lead author Dr. Amara Quill said the vaccine had cut hospital admissions by almost two thirds among "
            "the 12,000 volunteers.\n\n"
            "\"These are the most encouraging results we have seen in a decade,\" Quill said in an interview.\n\n"
            "\"We still need to understand how long protection lasts,\" she added. \"That will take another year "
            "of work.\n\n"
            "\"But for families in the delta, this could change everything.\"\n\n"
            "The health ministry welcomed the findings but cautioned that the vaccine would not be available "
            "before next spring.\n\n"
            "Independent experts were more guarded. Professor Leon Barrow of the University of Eastwick said the "
            "trial had excluded children and that \"the real test is still ahead\".\n\n"
            "The Kestrel Institute plans to seek approval in three countries, according to its annual report."
        ),
        "ann": [
            (I, ["A new vaccine against river fever was safe and effective in a large trial"],
             "researchers at the Kestrel Institute", "said"),
            (I, ["the vaccine had cut hospital admissions by almost two thirds among the 12,000 volunteers"],
             "Lead author Dr. Amara Quill", "said"),
            (D, ["These are the most encouraging results we have seen in a decade,"], "Quill", "said"),
            (D, ["We still need to understand how long protection lasts,"], "she", "added"),
            (D, ["That will take another year of work.", "But for families in the delta, this could change "
                 "everything."], "she", None),
            (R, ["The health ministry welcomed the findings"], "The health ministry", "welcomed"),
            (I, ["that the vaccine would not be available before next spring"], "The health ministry",
             "cautioned"),
            (I, ["the trial had excluded children and that \"the real test is still ahead\""],
             "Professor Leon Barrow of the University of Eastwick", "said"),
            (I, ["The Kestrel Institute plans to seek approval in three countries"], "its annual report",
             "according to"),
        ],
        "nested": [(D, ["the real test is still ahead"], "Professor Leon Barrow of the University of Eastwick",
                    "said")],
    },
    {
        "id": "en-wire-4", "title": "Feldt defends fuel tax", "date": "2025-01-20",
        "text": (
            "NORDHAVEN, Jan 20 (Wire) – Prime Minister Jonas Feldt on Monday defended his plan to raise fuel "
            "taxes, saying the money was needed to repair the country’s roads.\n\n"
            "“I did not come into office to make easy choices,” Feldt told parliament. “I came to fix what is "
            "broken.”\n\n"
            "Opposition leader Carla Ruiz accused the government of punishing rural drivers. “This tax hits the "
            "people who have no train and no bus,” she said.\n\n"
            "The Farmers’ League said it would organise protests in five cities. Its chairman, Olaf Brennan, told "
            "the Nordhaven Gazette that members were “angry and tired”.\n\n"
            "Finance Minister Irene Vasquez insisted the tax would be offset by lower income taxes for most "
            "households.\n\n"
            "Feldt’s office declined to comment on reports that two coalition partners were considering voting "
            "against the bill."
        ),
        "ann": [
            (R, ["Prime Minister Jonas Feldt on Monday defended his plan to raise fuel taxes"],
             "Prime Minister Jonas Feldt", "defended"),
            (I, ["the money was needed to repair the country’s roads"], "Prime Minister Jonas Feldt", "saying"),
            (D, ["I did not come into office to make easy choices,"], "Feldt", "told"),
            (D, ["I came to fix what is broken."], "Feldt", None),
            (R, ["Opposition leader Carla Ruiz accused the government of punishing rural drivers."],
             "Opposition leader Carla Ruiz", "accused"),
            (D, ["This tax hits the people who have no train and no bus,"], "she", "said"),
            (I, ["it would organise protests in five cities"], "The Farmers’ League", "said"),
            (I, ["that members were “angry and tired”"], "Its chairman, Olaf Brennan", "told"),
            (I, ["the tax would be offset by lower income taxes for most households"],
             "Finance Minister Irene Vasquez", "insisted"),
        ],
        "nested": [(D, ["angry and tired"], "Its chairman, Olaf Brennan", "told")],
    },
    {
        "id": "en-wire-5", "title": "Three arrested over museum theft", "date": "2025-08-08",
        "text": (
            "PORT ELLIS, Aug 8 (Wire) - Police in Port Ellis arrested three men on Thursday in connection with "
            "the theft of paintings from the city museum, a police spokeswoman said.\n\n"
            "The spokeswoman, Inspector Dana Whitlock, told reporters the men were aged between 24 and 31 and had "
            "been under surveillance for weeks.\n\n"
            "\"We believe this was a planned operation with help from inside the museum,\" Whitlock said.\n\n"
            "The museum's director, Felix Amadi, said he was relieved. \"It has been a terrible month for all of "
            "us,\" he said. \"We want our paintings home.\"\n\n"
            "A lawyer for one of the men, Sofia Lindqvist, rejected the accusations and said her client would "
            "plead not guilty.\n\n"
            "It was not immediately clear whether any of the paintings had been recovered."
        ),
        "ann": [
            (I, ["Police in Port Ellis arrested three men on Thursday in connection with the theft of paintings "
                 "from the city museum"], "a police spokeswoman", "said"),
            (I, ["the men were aged between 24 and 31 and had been under surveillance for weeks"],
             "The spokeswoman, Inspector Dana Whitlock", "told"),
            (D, ["We believe this was a planned operation with help from inside the museum,"], "Whitlock", "said"),
            (I, ["he was relieved"], "The museum's director, Felix Amadi", "said"),
            (D, ["It has been a terrible month for all of us,"], "he", "said"),
            (D, ["We want our paintings home."], "he", None),
            (R, ["A lawyer for one of the men, Sofia Lindqvist, rejected the accusations"],
             "A lawyer for one of the men, Sofia Lindqvist", "rejected"),
            (I, ["her client would plead not guilty"], "A lawyer for one of the men, Sofia Lindqvist", "said"),
        ],
    },
    {
        "id": "en-wire-6", "title": "Climate summit doubles flood funding", "date": "2025-11-15",
        "text": (
            "GENEVA, Nov 15 (Wire) - Delegates at the Lakeshore climate summit agreed on Saturday to double "
            "funding for flood defences, but poorer countries said the deal fell far short of what was needed.\n\n"
            "\"This is a step,\" said Amina Toure, who leads the delegation of the Coastal Alliance, \"but it is "
            "a small step on a very long road.\"\n\n"
            "The Coastal Alliance had demanded a fund of at least 100 billion dollars a year.\n\n"
            "The summit's chair, Henrik Vos, told delegates that the agreement was \"the best we could achieve in "
            "this room\". He promised to return to the question of funding next year.\n\n"
            "The Presidium of Marovia criticised the outcome as unbalanced. Its envoy said Marovia would review "
            "its commitments.\n\n"
            "Environmental groups were scathing. \"Two weeks of talks and the planet gets a postcard,\" said Jonah "
            "Pike of the campaign group Green Tide."
        ),
        "ann": [
            (I, ["the deal fell far short of what was needed"], "poorer countries", "said"),
            (D, ["This is a step,", "but it is a small step on a very long road."], "Amina Toure", "said"),
            (R, ["The Coastal Alliance had demanded a fund of at least 100 billion dollars a year."],
             "The Coastal Alliance", "demanded"),
            (I, ["that the agreement was \"the best we could achieve in this room\""],
             "The summit's chair, Henrik Vos", "told"),
            (R, ["He promised to return to the question of funding next year."], "He", "promised"),
            (R, ["The Presidium of Marovia criticised the outcome as unbalanced."], "The Presidium of Marovia",
             "criticised"),
            (I, ["Marovia would review its commitments"], "Its envoy", "said"),
            (D, ["Two weeks of talks and the planet gets a postcard,"], "Jonah Pike of the campaign group Green Tide",
             "said"),
        ],
        "nested": [(D, ["the best we could achieve in this room"], "The summit's chair, Henrik Vos", "told")],
    },
]


# A second set, written after the rules, to check them on text they were not tuned on.
ARTICLES_2 = [
    {
        "id": "en-check-1", "title": "Hale warns on interest rates", "date": "2025-02-14",
        "text": (
            "The chancellor of the Exchequer of Elbany, Rupert Hale, has warned that interest rates may have to "
            "rise again this year.\n\n"
            "Speaking at a conference in Kestwick on Thursday, Mr Hale said: “We cannot pretend that inflation "
            "has gone away.”\n\n"
            "He added that the government would publish new borrowing figures next month.\n\n"
            "The Progress Party’s shadow chancellor, Maya Quinton, said the warning showed “a government that "
            "has lost control of the economy”.\n\n"
            "“Families are paying the price for their mistakes,” she told the Elbany Broadcasting Service.\n\n"
            "The Bank of Elbany declined to comment. Economists at Fenwick Capital said they expected one more "
            "rise before Christmas."
        ),
        "ann": [
            (I, ["that interest rates may have to rise again this year"],
             "The chancellor of the Exchequer of Elbany, Rupert Hale", "warned"),
            (D, ["We cannot pretend that inflation has gone away."], "Mr Hale", "said"),
            (I, ["that the government would publish new borrowing figures next month"], "He", "added"),
            (I, ["the warning showed “a government that has lost control of the economy”"],
             "The Progress Party’s shadow chancellor, Maya Quinton", "said"),
            (D, ["Families are paying the price for their mistakes,"], "she", "told"),
            (I, ["they expected one more rise before Christmas"], "Economists at Fenwick Capital", "said"),
        ],
    },
    {
        "id": "en-check-2", "title": "Tarvia prepares shipping sanctions", "date": "2025-04-09",
        "text": (
            "KESTON — The Tarvish government is preparing to expand sanctions on Corvania's shipping industry, "
            "two officials familiar with the plans said Wednesday.\n\n"
            "The new measures, which could be announced as early as next week, would target tankers that carry "
            "Corvanian oil, the officials said. They spoke on condition of anonymity because the plans had not "
            "been made public.\n\n"
            "A spokesperson for the Tarvish foreign ministry, Leah Brandt, would not confirm the details. \"We do "
            "not preview sanctions actions,\" Brandt said in an email.\n\n"
            "Corvania's ambassador, Viktor Salnes, called the reports \"baseless speculation\" and warned that "
            "his country would respond.\n\n"
            "Senator Paul Amberg, a member of the Green Bloc from Dunmore, praised the move. \"It's about time,\" "
            "he said in a statement. \"These tankers have been operating in plain sight for two years.\""
        ),
        "ann": [
            (I, ["The Tarvish government is preparing to expand sanctions on Corvania's shipping industry"],
             "two officials familiar with the plans", "said"),
            (I, ["The new measures, which could be announced as early as next week, would target tankers that "
                 "carry Corvanian oil"], "the officials", ("said", 1)),
            (D, ["We do not preview sanctions actions,"], "Brandt", "said"),
            (R, ["Corvania's ambassador, Viktor Salnes, called the reports \"baseless speculation\""],
             "Corvania's ambassador, Viktor Salnes", "called"),
            (I, ["that his country would respond"], "Corvania's ambassador, Viktor Salnes", "warned"),
            (R, ["Senator Paul Amberg, a member of the Green Bloc from Dunmore, praised the move."],
             "Senator Paul Amberg", "praised"),
            (D, ["It's about time,"], "he", "said"),
            (D, ["These tankers have been operating in plain sight for two years."], "he", None),
        ],
    },
    {
        "id": "en-check-3", "title": "Court frees activist Irina Tal", "date": "2025-10-09",
        "text": (
            "SALTMERE, Oct 9 (Wire) - A court in Saltmere on Monday ordered the release of opposition activist "
            "Irina Tal, ruling that prosecutors had failed to present evidence against her.\n\n"
            "Tal's lawyer, Georg Fenn, said his client would leave prison on Tuesday. \"Justice has finally been "
            "done,\" he told the Saltmere Herald.\n\n"
            "Prosecutors said they would appeal. In a statement, the prosecutor general's office described the "
            "ruling as \"a serious error\".\n\n"
            "Tal, 41, was arrested in March after she accused the mayor of Saltmere of corruption. The mayor has "
            "denied any wrongdoing.\n\n"
            "Her supporters gathered outside the court. \"We knew she was innocent,\" said student Lara Mbeki, 22."
        ),
        "ann": [
            (I, ["that prosecutors had failed to present evidence against her"], "A court in Saltmere", "ruling"),
            (I, ["his client would leave prison on Tuesday"], "Tal's lawyer, Georg Fenn", "said"),
            (D, ["Justice has finally been done,"], "he", "told"),
            (I, ["they would appeal"], "Prosecutors", "said"),
            (R, ["the prosecutor general's office described the ruling as \"a serious error\""],
             "the prosecutor general's office", "described"),
            (R, ["she accused the mayor of Saltmere of corruption"], "she", "accused"),
            (R, ["The mayor has denied any wrongdoing."], "The mayor", "denied"),
            (D, ["We knew she was innocent,"], "student Lara Mbeki", "said"),
        ],
    },
    {
        "id": "en-check-4", "title": "Orbis Telecom cuts forecast", "date": "2026-05-21",
        "text": (
            "Shares in Orbis Telecom fell 12 percent on Thursday after the company cut its profit forecast for "
            "the year.\n\n"
            "Chief executive Nadia Strand blamed weaker demand in Asia and rising energy costs. \"It has been a "
            "difficult quarter,\" she told analysts on a conference call. \"But our strategy is unchanged.\"\n\n"
            "Analysts were not convinced. \"The market has lost patience with Orbis,\" wrote Tom Baird, an analyst "
            "at Greyfield Securities, in a note to clients.\n\n"
            "The company also announced that it would cut 2,000 jobs, mostly in its network division. A union "
            "representing Orbis engineers said the cuts were \"a betrayal of loyal staff\" and threatened "
            "industrial action.\n\n"
            "Orbis said it remained confident of meeting its targets for 2027."
        ),
        "ann": [
            (R, ["Chief executive Nadia Strand blamed weaker demand in Asia and rising energy costs."],
             "Chief executive Nadia Strand", "blamed"),
            (D, ["It has been a difficult quarter,"], "she", "told"),
            (D, ["But our strategy is unchanged."], "she", None),
            (D, ["The market has lost patience with Orbis,"], "Tom Baird", "wrote"),
            (I, ["that it would cut 2,000 jobs, mostly in its network division"], "The company", "announced"),
            (I, ["the cuts were \"a betrayal of loyal staff\""], "A union representing Orbis engineers", "said"),
            (R, ["threatened industrial action"], "A union representing Orbis engineers", "threatened"),
            (I, ["it remained confident of meeting its targets for 2027"], "Orbis", "said"),
        ],
    },
    {
        "id": "en-check-5", "title": "Floods kill 14 in Vell", "date": "2026-07-02",
        "text": (
            "At least 14 people have died after heavy rain caused flooding across the northern province of Vell, "
            "officials say.\n\n"
            "The regional governor, Anton Marsh, said rescue teams were still searching for six people missing "
            "near the town of Brodny. He warned residents to stay away from rivers.\n\n"
            "\"The water is still rising in some places,\" Marsh told a news conference in the provincial "
            "capital.\n\n"
            "Meteorologists expect more rain on Friday. The national weather service has issued a red warning "
            "for three districts.\n\n"
            "Residents complained that the authorities had ignored warnings about the state of the dams. "
            "\"Nobody came to check,\" said Olek Varen, a farmer whose house was destroyed. \"Now we have "
            "nothing.\""
        ),
        "ann": [
            (I, ["At least 14 people have died after heavy rain caused flooding across the northern province of "
                 "Vell"], "officials", "say"),
            (I, ["rescue teams were still searching for six people missing near the town of Brodny"],
             "The regional governor, Anton Marsh", "said"),
            (R, ["He warned residents to stay away from rivers."], "He", "warned"),
            (D, ["The water is still rising in some places,"], "Marsh", "told"),
            (I, ["that the authorities had ignored warnings about the state of the dams"], "Residents",
             "complained"),
            (D, ["Nobody came to check,"], "Olek Varen", "said"),
            (D, ["Now we have nothing."], "Olek Varen", None),
        ],
    },
    {
        "id": "en-check-6", "title": "Okoro: title race not over", "date": "2026-03-08",
        "text": (
            "Torvald United manager Sam Okoro says his side can still win the league despite Saturday's 3-0 "
            "defeat at Brinmouth.\n\n"
            "\"Of course we can,\" Okoro said when asked whether the title race was over. \"There are ten games "
            "left and a lot can happen.\"\n\n"
            "The defeat leaves United eight points behind the leaders. Captain Jess Moreau admitted the team had "
            "been \"nowhere near good enough\" and apologised to the travelling fans.\n\n"
            "Brinmouth coach Elif Sandberg praised her players. \"They ran for each other for ninety minutes,\" "
            "she said.\n\n"
            "Okoro confirmed that striker Dani Cole would miss the next three matches with a knee injury."
        ),
        "ann": [
            (I, ["his side can still win the league despite Saturday's 3-0 defeat at Brinmouth"],
             "Torvald United manager Sam Okoro", "says"),
            (D, ["Of course we can,"], "Okoro", "said"),
            (D, ["There are ten games left and a lot can happen."], "Okoro", None),
            (I, ["the team had been \"nowhere near good enough\""], "Captain Jess Moreau", "admitted"),
            (R, ["apologised to the travelling fans"], "Captain Jess Moreau", "apologised"),
            (R, ["Brinmouth coach Elif Sandberg praised her players."], "Brinmouth coach Elif Sandberg",
             "praised"),
            (D, ["They ran for each other for ninety minutes,"], "she", "said"),
            (I, ["that striker Dani Cole would miss the next three matches with a knee injury"], "Okoro",
             "confirmed"),
        ],
        "nested": [(D, ["nowhere near good enough"], "Captain Jess Moreau", "admitted")],
    },
]


# A third set, written last and scored once before any change, for an honest figure.
ARTICLES_3 = [
    {
        "id": "en-unseen-1", "title": "Meridia votes in close election", "date": "2026-09-14",
        "text": (
            "MERIDIA, Sept 14 (Wire) - Voters in Meridia head to the polls on Sunday in a parliamentary election "
            "that polls suggest will be the closest in two decades.\n\n"
            "Prime Minister Tobias Rehn, whose centre-right Union Party has governed for eight years, told a "
            "rally in the port city of Aldsund on Thursday that his opponents would \"wreck the economy within a "
            "year\".\n\n"
            "His main challenger, Social Democrat leader Freya Holm, has promised to raise the minimum wage and "
            "build 50,000 homes. \"People are tired of being told to wait,\" Holm said in a televised debate on "
            "Wednesday. \"Our time is now.\"\n\n"
            "Analysts cautioned that neither party was likely to win a majority. \"Whoever wins will need "
            "partners, and that could take months,\" said Lukas Brenner, a political scientist at Aldsund "
            "University.\n\n"
            "The electoral commission said turnout in early voting had reached a record 31 percent.\n\n"
            "Rehn has ruled out governing with the far-right Meridian Front, which is polling at around 14 "
            "percent. The party's leader, Otto Kask, accused him of \"insulting half a million voters\"."
        ),
        "ann": [
            (I, ["that his opponents would \"wreck the economy within a year\""], "Prime Minister Tobias Rehn",
             "told"),
            (R, ["His main challenger, Social Democrat leader Freya Holm, has promised to raise the minimum wage "
                 "and build 50,000 homes."], "His main challenger, Social Democrat leader Freya Holm", "promised"),
            (D, ["People are tired of being told to wait,"], "Holm", "said"),
            (D, ["Our time is now."], "Holm", None),
            (I, ["that neither party was likely to win a majority"], "Analysts", "cautioned"),
            (D, ["Whoever wins will need partners, and that could take months,"], "Lukas Brenner", "said"),
            (I, ["turnout in early voting had reached a record 31 percent"], "The electoral commission", "said"),
            (R, ["Rehn has ruled out governing with the far-right Meridian Front, which is polling at around 14 "
                 "percent."], ("Rehn", 1), "ruled out"),
            (R, ["The party's leader, Otto Kask, accused him of \"insulting half a million voters\""],
             "The party's leader, Otto Kask", "accused"),
        ],
    },
    {
        "id": "en-unseen-2", "title": "Lumio fined for abusing dominance", "date": "2026-06-02",
        "text": (
            "The Commonwealth of Ardenne's competition authority fined the search company Lumio 1.2 billion "
            "crowns on Tuesday for abusing its dominant position in online advertising.\n\n"
            "The authority said Lumio had for years favoured its own services in search results, harming rival "
            "comparison sites.\n\n"
            "Lumio said it would appeal the decision. \"We believe this ruling is wrong on the law and on the "
            "facts,\" a company spokeswoman said in an emailed statement. \"Consumers choose Lumio because it is "
            "useful.\"\n\n"
            "Competition commissioner Marta Ilves told reporters in the capital, Rensburg, that the fine should "
            "serve as a warning to the whole industry.\n\n"
            "\"No company is too big to follow the rules,\" she said.\n\n"
            "Consumer groups welcomed the decision but said the fine was too small to change Lumio's behaviour. "
            "According to the Ardenne Consumer Federation, the company earns that amount in less than a week."
        ),
        "ann": [
            (I, ["Lumio had for years favoured its own services in search results, harming rival comparison sites"],
             "The authority", "said"),
            (I, ["it would appeal the decision"], ("Lumio", 2), "said"),
            (D, ["We believe this ruling is wrong on the law and on the facts,"], "a company spokeswoman", "said"),
            (D, ["Consumers choose Lumio because it is useful."], "a company spokeswoman", None),
            (I, ["that the fine should serve as a warning to the whole industry"],
             "Competition commissioner Marta Ilves", "told"),
            (D, ["No company is too big to follow the rules,"], "she", "said"),
            (R, ["Consumer groups welcomed the decision"], "Consumer groups", "welcomed"),
            (I, ["the fine was too small to change Lumio's behaviour"], "Consumer groups", "said"),
            (I, ["the company earns that amount in less than a week"], "the Ardenne Consumer Federation",
             "According to"),
        ],
    },
    {
        "id": "en-unseen-3", "title": "Fighting resumes on Tessin border", "date": "2026-02-02",
        "text": (
            "ASKERVAL, Feb 2 (Wire) — Hostilities along the Tessin river border resumed overnight, the army of "
            "Lorvenia said on Saturday, accusing neighbouring Castavia of shelling two villages.\n\n"
            "Castavia's defence ministry denied the accusation and said its forces had only returned fire after "
            "coming under attack.\n\n"
            "The United Assembly of Nations called for an immediate ceasefire. Its envoy to the region, Rafael "
            "Osei, said he was \"alarmed by the rapid escalation\" and would travel to both capitals next week.\n\n"
            "\"There is no military solution to this conflict,\" Osei told a news conference. \"Both governments "
            "know that.\"\n\n"
            "At least four civilians were killed, according to local hospital officials. The claim could not be "
            "independently verified."
        ),
        "ann": [
            (I, ["Hostilities along the Tessin river border resumed overnight"], "the army of Lorvenia", "said"),
            (R, ["accusing neighbouring Castavia of shelling two villages"], "the army of Lorvenia", "accusing"),
            (R, ["Castavia's defence ministry denied the accusation"], "Castavia's defence ministry", "denied"),
            (I, ["its forces had only returned fire after coming under attack"], "Castavia's defence ministry",
             "said"),
            (R, ["The United Assembly of Nations called for an immediate ceasefire."],
             "The United Assembly of Nations", "called for"),
            (I, ["he was \"alarmed by the rapid escalation\" and would travel to both capitals next week"],
             "Its envoy to the region, Rafael Osei", "said"),
            (D, ["There is no military solution to this conflict,"], "Osei", "told"),
            (D, ["Both governments know that."], "Osei", None),
            (I, ["At least four civilians were killed"], "local hospital officials", "according to"),
        ],
    },
    {
        "id": "en-unseen-4", "title": "Measles cases rise to 37 in Hollin County", "date": "2026-04-17",
        "text": (
            "The number of measles cases in Hollin County has risen to 37, the county health department said "
            "Friday, as officials urged parents to check their children's vaccination records.\n\n"
            "\"We are seeing cases in schools where vaccination rates have dropped below 90 percent,\" said Dr. "
            "Karen Whitfield, the county's chief medical officer. \"That is exactly where outbreaks begin.\"\n\n"
            "Whitfield said most of the infected children were unvaccinated and that three had been admitted to "
            "hospital.\n\n"
            "Some parents say they are worried about side effects. Jessa Morrow, a mother of two in the town of "
            "Pell, said she had delayed her son's vaccination after reading posts online. \"I just didn't know "
            "who to trust,\" she said.\n\n"
            "State health commissioner Aaron Delgado announced that mobile vaccination clinics would visit 12 "
            "schools next week."
        ),
        "ann": [
            (I, ["The number of measles cases in Hollin County has risen to 37"], "the county health department",
             "said"),
            (R, ["officials urged parents to check their children's vaccination records"], "officials", "urged"),
            (D, ["We are seeing cases in schools where vaccination rates have dropped below 90 percent,"],
             "Dr. Karen Whitfield", "said"),
            (D, ["That is exactly where outbreaks begin."], "Dr. Karen Whitfield", None),
            (I, ["most of the infected children were unvaccinated and that three had been admitted to hospital"],
             "Whitfield", "said"),
            (I, ["they are worried about side effects"], "Some parents", "say"),
            (I, ["she had delayed her son's vaccination after reading posts online"], "Jessa Morrow", "said"),
            (D, ["I just didn't know who to trust,"], "she", "said"),
            (I, ["that mobile vaccination clinics would visit 12 schools next week"],
             "State health commissioner Aaron Delgado", "announced"),
        ],
    },
    {
        "id": "en-unseen-5", "title": "Hollis & Drew shares fall on weak Christmas", "date": "2026-01-09",
        "text": (
            "Shares in the retailer Hollis & Drew fell sharply yesterday after it warned that Christmas sales had "
            "been 'deeply disappointing'.\n\n"
            "Chief executive Simon Achterberg said shoppers had cut back on spending as energy bills rose. 'We "
            "have had a very tough few months,' he told investors. 'But we have a clear plan to recover.'\n\n"
            "The company, which employs 14,000 people, refused to rule out store closures.\n\n"
            "City analysts were sceptical. Priya Natarajan of Greystone Brokers said the plan lacked detail and "
            "described the outlook as 'grim'.\n\n"
            "The Retail Workers' Union urged the board to protect jobs."
        ),
        "ann": [
            (I, ["that Christmas sales had been 'deeply disappointing'"], "it", "warned"),
            (I, ["shoppers had cut back on spending as energy bills rose"], "Chief executive Simon Achterberg",
             "said"),
            (D, ["We have had a very tough few months,"], "he", "told"),
            (D, ["But we have a clear plan to recover."], "he", None),
            (R, ["The company, which employs 14,000 people, refused to rule out store closures."], "The company",
             "rule out"),
            (I, ["the plan lacked detail"], "Priya Natarajan of Greystone Brokers", "said"),
            (R, ["described the outlook as 'grim'"], "Priya Natarajan of Greystone Brokers", "described"),
            (R, ["The Retail Workers' Union urged the board to protect jobs."], "The Retail Workers' Union",
             "urged"),
        ],
    },
]


# A fourth set, written after all rules above, scored once as the final honest figure.
ARTICLES_4 = [
    {
        "id": "en-final-1", "title": "Adeyemi threatens to vote against bill", "date": "2026-10-04",
        "text": (
            "Senator Marcus Adeyemi of Bellport said on Sunday that he would vote against the infrastructure bill "
            "unless it included money for rural broadband, complicating the party's path to passage.\n\n"
            "\"I have been clear about this for months,\" Mr. Adeyemi said in an interview on a Sunday talk show. "
            "\"My constituents are not second-class citizens.\"\n\n"
            "The governor's office in Bellport, which has lobbied for the bill, declined to comment.\n\n"
            "Ms. Petra Lindahl, the majority leader, told reporters outside the chamber that she was confident the "
            "bill would pass by the end of the month. She said negotiations with Mr. Adeyemi were continuing.\n\n"
            "Some lawmakers were less optimistic. \"We don't have the votes yet,\" said Representative Joel "
            "Harkin, a Democrat from Eastmoor. \"Anyone who tells you otherwise is guessing.\"\n\n"
            "Mr. Adeyemi has made similar threats before, only to back down at the last minute, his critics say."
        ),
        "ann": [
            (I, ["that he would vote against the infrastructure bill unless it included money for rural "
                 "broadband"], "Senator Marcus Adeyemi of Bellport", "said"),
            (D, ["I have been clear about this for months,"], "Mr. Adeyemi", "said"),
            (D, ["My constituents are not second-class citizens."], "Mr. Adeyemi", None),
            (I, ["that she was confident the bill would pass by the end of the month"],
             "Ms. Petra Lindahl, the majority leader", "told"),
            (I, ["negotiations with Mr. Adeyemi were continuing"], "She", "said"),
            (D, ["We don't have the votes yet,"], "Representative Joel Harkin", "said"),
            (D, ["Anyone who tells you otherwise is guessing."], "Representative Joel Harkin", None),
            (I, ["Mr. Adeyemi has made similar threats before, only to back down at the last minute"],
             "his critics", "say"),
        ],
    },
    {
        "id": "en-final-2", "title": "Serran glaciers lose record ice", "date": "2026-09-21",
        "text": (
            "Glaciers in the Serran Alps lost a record amount of ice last summer, scientists reported on Monday, "
            "warning that many smaller glaciers could disappear within two decades.\n\n"
            "The Serran Glacier Monitoring Network said the average glacier had thinned by 3.1 metres, more than "
            "twice the annual average of the past decade.\n\n"
            "\"What we measured this year is simply off the charts,\" said Ilona Fischer, who leads the network. "
            "She described the losses as \"a clear signal of what is coming\".\n\n"
            "The government has pledged to cut emissions by half by 2035. Environment Minister Paulo Serrat "
            "admitted on Tuesday that the country was not on track to meet that goal.\n\n"
            "Ski resorts are already feeling the effects. Lena Baum, who runs a hotel in the village of Ostwald, "
            "said bookings had fallen by a quarter. \"Without snow, there is no season,\" she said."
        ),
        "ann": [
            (I, ["Glaciers in the Serran Alps lost a record amount of ice last summer"], "scientists", "reported"),
            (I, ["that many smaller glaciers could disappear within two decades"], "scientists", "warning"),
            (I, ["the average glacier had thinned by 3.1 metres, more than twice the annual average of the past "
                 "decade"], "The Serran Glacier Monitoring Network", "said"),
            (D, ["What we measured this year is simply off the charts,"], "Ilona Fischer", "said"),
            (R, ["She described the losses as \"a clear signal of what is coming\""], "She", "described"),
            (R, ["The government has pledged to cut emissions by half by 2035."], "The government", "pledged"),
            (I, ["that the country was not on track to meet that goal"], "Environment Minister Paulo Serrat",
             "admitted"),
            (I, ["bookings had fallen by a quarter"], "Lena Baum", "said"),
            (D, ["Without snow, there is no season,"], "she", "said"),
        ],
    },
    {
        "id": "en-final-3", "title": "Former official jailed for housing fraud", "date": "2026-11-12",
        "text": (
            "A former council official has been jailed for six years for stealing £2.3 million from a housing "
            "fund, a court in Eastbridge heard.\n\n"
            "Gareth Pell, 58, admitted fraud at an earlier hearing. Judge Miriam Adair told him he had \"betrayed "
            "the trust of the most vulnerable people in the borough\".\n\n"
            "Prosecutor Ruth Okonjo said Pell had used the money to buy two houses and a boat. \"This was greed, "
            "pure and simple,\" she told the court.\n\n"
            "In a statement, Eastbridge Council said it had tightened its financial controls and would try to "
            "recover the money.\n\n"
            "Pell's barrister, Neil Ashdown, said his client was \"deeply ashamed\" and had co-operated with "
            "investigators."
        ),
        "ann": [
            (R, ["Gareth Pell, 58, admitted fraud at an earlier hearing."], "Gareth Pell", "admitted"),
            (I, ["he had \"betrayed the trust of the most vulnerable people in the borough\""], "Judge Miriam Adair",
             "told"),
            (I, ["Pell had used the money to buy two houses and a boat"], "Prosecutor Ruth Okonjo", "said"),
            (D, ["This was greed, pure and simple,"], "she", "told"),
            (I, ["it had tightened its financial controls and would try to recover the money"],
             "Eastbridge Council", "said"),
            (I, ["his client was \"deeply ashamed\" and had co-operated with investigators"],
             "Pell's barrister, Neil Ashdown", "said"),
        ],
    },
    {
        "id": "en-final-4", "title": "Lenz insists his job is safe", "date": "2026-03-27",
        "text": (
            "Coach Dario Lenz insisted on Friday that his job was safe despite a run of five straight defeats for "
            "Harbour City.\n\n"
            "\"The board has told me they trust me, and I trust my players,\" Lenz told a news conference ahead "
            "of Sunday's game against Millbrook.\n\n"
            "Club president Anja Sörensen gave Lenz her backing last week but stopped short of promising he would "
            "still be in charge next season.\n\n"
            "Fans have grown impatient. Supporters' group spokesman Tom Reyes said many season-ticket holders were "
            "\"angry and confused\". \"We want to see a plan,\" he said.\n\n"
            "Midfielder Kofi Mensah, who returns from injury this weekend, said the squad was \"fully behind the "
            "coach\"."
        ),
        "ann": [
            (I, ["that his job was safe despite a run of five straight defeats for Harbour City"],
             "Coach Dario Lenz", "insisted"),
            (D, ["The board has told me they trust me, and I trust my players,"], ("Lenz", 1), "told"),
            (I, ["many season-ticket holders were \"angry and confused\""], "Supporters' group spokesman Tom Reyes",
             "said"),
            (D, ["We want to see a plan,"], "he", "said"),
            (I, ["the squad was \"fully behind the coach\""], "Midfielder Kofi Mensah", "said"),
        ],
    },
    {
        "id": "en-final-5", "title": "Arvo Motors to build battery plant in Kell", "date": "2026-05-13",
        "text": (
            "Arvo Motors will build a 2 billion crown battery plant in the northern town of Kell, the carmaker "
            "announced on Wednesday, creating about 1,500 jobs.\n\n"
            "Chief executive Henrike Maas called the investment \"a vote of confidence in Kell and its people\". "
            "She said production would start in 2028.\n\n"
            "Local officials welcomed the news. \"This changes everything for our town,\" Kell mayor Arne Voss "
            "said.\n\n"
            "But environmental groups warned that the plant would use large amounts of water from the Kell river. "
            "The company said it would recycle most of the water it used.\n\n"
            "Arvo shares rose 3 percent."
        ),
        "ann": [
            (I, ["Arvo Motors will build a 2 billion crown battery plant in the northern town of Kell"],
             "the carmaker", "announced"),
            (R, ["Chief executive Henrike Maas called the investment \"a vote of confidence in Kell and its "
                 "people\""], "Chief executive Henrike Maas", "called"),
            (I, ["production would start in 2028"], "She", "said"),
            (R, ["Local officials welcomed the news."], "Local officials", "welcomed"),
            (D, ["This changes everything for our town,"], "Kell mayor Arne Voss", "said"),
            (I, ["that the plant would use large amounts of water from the Kell river"], "environmental groups",
             "warned"),
            (I, ["it would recycle most of the water it used"], "The company", "said"),
        ],
    },
]


# A fifth set, varied in style (British, feature, markets, court, health), scored once.
ARTICLES_5 = [
    {
        "id": "en-last-1", "title": "Lal defends fly-tipping fines", "date": "2026-07-08",
        "text": (
            "The Home Secretary, Priya Lal, last night defended plans to double fines for fly-tipping, insisting "
            "councils needed 'real teeth' to tackle the problem.\n\n"
            "Speaking on a visit to a recycling centre in Oldmere, she said: 'People are sick of seeing rubbish "
            "dumped in their lanes and parks. This government is on their side.'\n\n"
            "But the Local Councils Federation warned the fines would be meaningless without more money for "
            "enforcement officers. Its chairman, Cllr Tom Baines, said councils had lost a third of their "
            "enforcement staff since 2015.\n\n"
            "'You can set the fine at a million pounds,' he added, 'but if nobody is there to catch the culprits, "
            "nothing changes.'\n\n"
            "Opposition spokesman Gavin Reed accused ministers of 'tinkering at the edges'."
        ),
        "ann": [
            (R, ["The Home Secretary, Priya Lal, last night defended plans to double fines for fly-tipping"],
             "The Home Secretary, Priya Lal", "defended"),
            (I, ["councils needed 'real teeth' to tackle the problem"], "The Home Secretary, Priya Lal",
             "insisting"),
            (D, ["People are sick of seeing rubbish dumped in their lanes and parks. This government is on their "
                 "side."], "she", "said"),
            (I, ["the fines would be meaningless without more money for enforcement officers"],
             "the Local Councils Federation", "warned"),
            (I, ["councils had lost a third of their enforcement staff since 2015"], "Its chairman, Cllr Tom Baines",
             "said"),
            (D, ["You can set the fine at a million pounds,", "but if nobody is there to catch the culprits, "
                 "nothing changes."], "he", "added"),
            (R, ["Opposition spokesman Gavin Reed accused ministers of 'tinkering at the edges'"],
             "Opposition spokesman Gavin Reed", "accused"),
        ],
    },
    {
        "id": "en-last-2", "title": "Wolves return to northern Tarvia", "date": "2026-02-19",
        "text": (
            "Nadia Korsakova has spent 30 years studying wolves in the forests of northern Tarvia. Now, she says, "
            "the animals are returning to places they have not been seen in a century.\n\n"
            "\"When I started, people thought I was wasting my time,\" Korsakova says, laughing. \"Today the wolves "
            "are in the suburbs.\"\n\n"
            "Not everyone is pleased. Farmers in the region say they have lost hundreds of sheep, and the Tarvian "
            "Farmers' Union has demanded compensation from the government.\n\n"
            "Korsakova argues that simple measures, such as electric fences and guard dogs, would prevent most "
            "attacks. The environment ministry says it is reviewing its support for farmers."
        ),
        "ann": [
            (I, ["Now", "the animals are returning to places they have not been seen in a century"], "she", "says"),
            (D, ["When I started, people thought I was wasting my time,"], "Korsakova", "says"),
            (D, ["Today the wolves are in the suburbs."], ("Korsakova", 1), None),
            (I, ["they have lost hundreds of sheep"], "Farmers in the region", "say"),
            (R, ["the Tarvian Farmers' Union has demanded compensation from the government"],
             "the Tarvian Farmers' Union", "demanded"),
            (I, ["that simple measures, such as electric fences and guard dogs, would prevent most attacks"],
             ("Korsakova", 2), "argues"),
            (I, ["it is reviewing its support for farmers"], "The environment ministry", "says"),
        ],
    },
    {
        "id": "en-last-3", "title": "Gulf Energy Council raises output", "date": "2026-07-03",
        "text": (
            "OSLAND, July 3 (Wire) - The Gulf Energy Council agreed on Sunday to raise oil output by 400,000 "
            "barrels per day from August, two delegates told Wire, in a move aimed at cooling prices.\n\n"
            "The decision followed weeks of pressure from importing countries. Osland's energy minister, Karim "
            "Haddad, said after the meeting that the council was \"responding to the needs of the market\".\n\n"
            "Not all members were happy. One delegate, who declined to be identified, said smaller producers had "
            "been \"steamrollered\" by the largest members.\n\n"
            "Prices fell more than 2 percent after the announcement. Analysts at Northbridge Bank said in a note "
            "that the increase was smaller than it looked because several members were already pumping below "
            "their quotas."
        ),
        "ann": [
            (I, ["The Gulf Energy Council agreed on Sunday to raise oil output by 400,000 barrels per day from "
                 "August"], "two delegates", "told"),
            (I, ["that the council was \"responding to the needs of the market\""],
             "Osland's energy minister, Karim Haddad", "said"),
            (I, ["smaller producers had been \"steamrollered\" by the largest members"], "One delegate", "said"),
            (I, ["that the increase was smaller than it looked because several members were already pumping below "
                 "their quotas"], "Analysts at Northbridge Bank", "said"),
        ],
    },
    {
        "id": "en-last-4", "title": "Judge blocks lab-grown meat ban", "date": "2026-08-25",
        "text": (
            "A federal judge in Carver City on Tuesday blocked a state law that would have banned the sale of "
            "lab-grown meat, ruling that it probably violated the constitution's commerce clause.\n\n"
            "Judge Helen Marsh wrote in her 42-page opinion that the state had offered \"no credible evidence\" "
            "that the products posed a health risk.\n\n"
            "The state's attorney general, Dean Whitcomb, said he would appeal. \"This law was passed by the "
            "people's representatives, and we will defend it,\" he said in a statement.\n\n"
            "The ruling was welcomed by Cellfarm, a startup that had sued over the ban. \"We're thrilled,\" said "
            "its chief executive, Ana Ruiz. \"Consumers should be able to choose.\"\n\n"
            "Supporters of the ban argue that lab-grown meat threatens the livelihoods of cattle ranchers."
        ),
        "ann": [
            (I, ["that it probably violated the constitution's commerce clause"], "A federal judge in Carver City",
             "ruling"),
            (I, ["that the state had offered \"no credible evidence\" that the products posed a health risk"],
             "Judge Helen Marsh", "wrote"),
            (I, ["he would appeal"], "The state's attorney general, Dean Whitcomb", "said"),
            (D, ["This law was passed by the people's representatives, and we will defend it,"], "he", "said"),
            (R, ["The ruling was welcomed by Cellfarm, a startup that had sued over the ban."], "Cellfarm",
             "welcomed"),
            (D, ["We're thrilled,"], "its chief executive, Ana Ruiz", "said"),
            (D, ["Consumers should be able to choose."], "its chief executive, Ana Ruiz", None),
            (I, ["that lab-grown meat threatens the livelihoods of cattle ranchers"], "Supporters of the ban",
             "argue"),
        ],
    },
    {
        "id": "en-last-5", "title": "8,000 steps a day linked to longer life", "date": "2026-06-30",
        "text": (
            "A new study suggests that people who walk at least 8,000 steps a day live longer than those who walk "
            "less.\n\n"
            "The researchers, from the University of Tallin Bay, followed 6,000 adults for ten years. Lead author "
            "Dr. Simone Okafor said the benefits appeared \"remarkably quickly\", even among people who had been "
            "inactive for years.\n\n"
            "\"You don't need to run a marathon,\" she said. \"A brisk walk after dinner makes a real "
            "difference.\"\n\n"
            "Other experts urged caution. Professor Ian Holt, who was not involved in the study, pointed out that "
            "people who walk more may be healthier to begin with."
        ),
        "ann": [
            (I, ["that people who walk at least 8,000 steps a day live longer than those who walk less"],
             "A new study", "suggests"),
            (I, ["the benefits appeared \"remarkably quickly\", even among people who had been inactive for years"],
             "Lead author Dr. Simone Okafor", "said"),
            (D, ["You don't need to run a marathon,"], "she", "said"),
            (D, ["A brisk walk after dinner makes a real difference."], "she", None),
            (R, ["Other experts urged caution."], "Other experts", "urged"),
            (I, ["that people who walk more may be healthier to begin with"], "Professor Ian Holt", "pointed out"),
        ],
    },
]


# A sixth set, written after every rule above, scored once as the closing figure.
ARTICLES_6 = [
    {
        "id": "en-close-1", "title": "Rail workers walk out in Dorrin", "date": "2026-12-01",
        "text": (
            "DORRIN, Dec 1 (Wire) - Train services across Dorrin were cancelled on Monday as rail workers began "
            "a 48-hour strike over pay, the national operator said.\n\n"
            "The Rail and Transport Union, which called the strike, said its members had been offered a 2 percent "
            "raise while inflation was running above 6 percent. \"Nobody takes this decision lightly,\" union "
            "leader Mila Varga told a rally outside the main station. \"But our members cannot pay their bills.\"\n\n"
            "Transport Minister Erik Strand condemned the walkout as \"reckless\" and urged the union to return "
            "to talks. He said the government had made a fair offer.\n\n"
            "Commuters were divided. \"I support the workers, but I also need to get to my job,\" said Lena Holt, "
            "a nurse who was waiting for a bus in central Dorrin."
        ),
        "ann": [
            (I, ["Train services across Dorrin were cancelled on Monday as rail workers began a 48-hour strike "
                 "over pay"], "the national operator", "said"),
            (I, ["its members had been offered a 2 percent raise while inflation was running above 6 percent"],
             "The Rail and Transport Union", "said"),
            (D, ["Nobody takes this decision lightly,"], "union leader Mila Varga", "told"),
            (D, ["But our members cannot pay their bills."], "union leader Mila Varga", None),
            (R, ["Transport Minister Erik Strand condemned the walkout as \"reckless\""],
             "Transport Minister Erik Strand", "condemned"),
            (R, ["urged the union to return to talks"], "Transport Minister Erik Strand", "urged"),
            (I, ["the government had made a fair offer"], "He", "said"),
            (D, ["I support the workers, but I also need to get to my job,"], "Lena Holt", "said"),
        ],
    },
    {
        "id": "en-close-2", "title": "Schools to ban phones in class", "date": "2026-09-02",
        "text": (
            "Mobile phones will be banned in classrooms across the province of Westmark from January, education "
            "minister Tomas Ekberg announced on Tuesday.\n\n"
            "Ekberg said the ban would help pupils concentrate and reduce bullying. \"Teachers have told us again "
            "and again that phones are a distraction,\" he said.\n\n"
            "The Westmark Teachers' Association welcomed the decision. Its president, Ruth Amadi, said many "
            "schools already had similar rules.\n\n"
            "But some parents questioned whether the ban could be enforced. According to a survey by the Parents' "
            "Network, nearly half of parents want their children to keep their phones for emergencies."
        ),
        "ann": [
            (I, ["Mobile phones will be banned in classrooms across the province of Westmark from January"],
             "education minister Tomas Ekberg", "announced"),
            (I, ["the ban would help pupils concentrate and reduce bullying"], ("Ekberg", 1), "said"),
            (D, ["Teachers have told us again and again that phones are a distraction,"], "he", "said"),
            (R, ["The Westmark Teachers' Association welcomed the decision."],
             "The Westmark Teachers' Association", "welcomed"),
            (I, ["many schools already had similar rules"], "Its president, Ruth Amadi", "said"),
            (I, ["nearly half of parents want their children to keep their phones for emergencies"],
             "a survey by the Parents' Network", "According to"),
        ],
    },
    {
        "id": "en-close-3", "title": "Norvik and Aland agree to reopen border", "date": "2026-04-22",
        "text": (
            "The governments of Norvik and Aland agreed on Friday to reopen their shared border to trade, ending "
            "a dispute that had lasted almost a year.\n\n"
            "Norvik's foreign minister, Agnes Holm, called the agreement \"a victory for common sense\". Her Aland "
            "counterpart, Piet Veld, said both sides had made concessions.\n\n"
            "\"We did not get everything we wanted,\" Veld told reporters in the border town of Skarp. \"Neither "
            "did they. That is what a compromise looks like.\"\n\n"
            "Business groups in both countries praised the deal. Truck drivers, who had faced waits of up to three "
            "days, said they hoped the crossings would be fully open by next week."
        ),
        "ann": [
            (R, ["Norvik's foreign minister, Agnes Holm, called the agreement \"a victory for common sense\""],
             "Norvik's foreign minister, Agnes Holm", "called"),
            (I, ["both sides had made concessions"], "Her Aland counterpart, Piet Veld", "said"),
            (D, ["We did not get everything we wanted,"], ("Veld", 1), "told"),
            (D, ["Neither did they. That is what a compromise looks like."], ("Veld", 1), None),
            (R, ["Business groups in both countries praised the deal."], "Business groups in both countries",
             "praised"),
            (I, ["they hoped the crossings would be fully open by next week"], "Truck drivers", "said"),
        ],
    },
    {
        "id": "en-close-4", "title": "Vantel recalls 80,000 heaters", "date": "2026-10-30",
        "text": (
            "The appliance maker Vantel is recalling 80,000 electric heaters after reports that some units had "
            "overheated and caught fire, the company said on Thursday.\n\n"
            "No injuries have been reported, according to Vantel. The company urged customers to stop using the "
            "heaters immediately and said it would offer full refunds.\n\n"
            "The national consumer safety board said it had received 23 complaints about the model since March. "
            "\"This is a serious fire risk,\" board spokesman Daniel Oyelaran said. \"People should unplug these "
            "heaters today.\""
        ),
        "ann": [
            (I, ["The appliance maker Vantel is recalling 80,000 electric heaters after reports that some units "
                 "had overheated and caught fire"], "the company", "said"),
            (I, ["No injuries have been reported"], "Vantel", "according to"),
            (R, ["The company urged customers to stop using the heaters immediately"], "The company", "urged"),
            (I, ["it would offer full refunds"], "The company", "said"),
            (I, ["it had received 23 complaints about the model since March"], "The national consumer safety board",
             "said"),
            (D, ["This is a serious fire risk,"], "board spokesman Daniel Oyelaran", "said"),
            (D, ["People should unplug these heaters today."], "board spokesman Daniel Oyelaran", None),
        ],
    },
]


def occurrences(text: str, s: str) -> list[int]:
    return [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(s) + r"(?!\w)", text)]


def locate(text: str, spec, pieces: list[tuple[int, int]], inside: bool) -> list[list[int]]:
    """The span of a speaker or cue string: the n-th occurrence, or the one nearest the quote."""
    if spec is None:
        return []
    s, n = spec if isinstance(spec, tuple) else (spec, None)
    found = occurrences(text, s)
    assert found, f"not in text: {s!r}"
    if n is None:
        lo, hi = pieces[0][0], pieces[-1][1]
        # reported speech quotes its speaker and cue too; otherwise they stand outside the quote
        outside = found if inside else [b for b in found if not any(pb <= b < pe for pb, pe in pieces)]
        assert outside, f"only inside the quote: {s!r}"
        b = min(outside, key=lambda b: 0 if lo <= b <= hi else min(abs(b - hi), abs(b + len(s) - lo)))
    else:
        b = found[n]
    return [[b, b + len(s)]]


def annotation(text: str, kind: str, quotes: list[str], speaker, cue, nested: bool) -> dict:
    pieces = []
    for q in quotes:
        b = text.find(q)
        assert b >= 0 and text.find(q, b + 1) < 0, f"quote not found exactly once: {q!r}"
        pieces.append((b, b + len(q)))
    ann = {"type": kind, "nested": nested, "quote": [list(p) for p in pieces],
           "speaker": locate(text, speaker, pieces, kind == R), "cue": locate(text, cue, pieces, kind == R)}
    for role in ("quote", "speaker", "cue"):
        ann[role + "_text"] = " … ".join(text[b:e] for b, e in ann[role])
    assert ann["quote_text"] == " … ".join(quotes)
    assert ann["speaker_text"] == (speaker[0] if isinstance(speaker, tuple) else speaker or "")
    return ann


def build(articles: list[dict]) -> list[dict]:
    docs = []
    for art in articles:
        text = art["text"]
        anns = [annotation(text, *a, nested=False) for a in art["ann"]]
        anns += [annotation(text, *a, nested=True) for a in art.get("nested", [])]
        anns.sort(key=lambda a: a["quote"][0][0])
        docs.append({"id": art["id"], "title": art["title"], "date": art["date"], "lang": "en", "text": text,
                     "annotations": anns})
    return docs


if __name__ == "__main__":
    for name, articles in (("en_wire.jsonl", ARTICLES), ("en_wire_check.jsonl", ARTICLES_2),
                           ("en_wire_unseen.jsonl", ARTICLES_3), ("en_wire_final.jsonl", ARTICLES_4),
                           ("en_wire_last.jsonl", ARTICLES_5), ("en_wire_close.jsonl", ARTICLES_6)):
        docs = build(articles)
        out_path = DATA / name
        with out_path.open("w", encoding="utf-8") as out:
            for d in docs:
                out.write(json.dumps(d, ensure_ascii=False) + "\n")
        top = [a for d in docs for a in d["annotations"] if not a["nested"]]
        kinds = {k: sum(a["type"] == k for a in top) for k in (D, I, R)}
        print(f"{out_path}: {len(docs)} texts, {len(top)} top-level statements {kinds}")
