"""Plain-language names and one-line definitions of the 14 PTC persuasion techniques.

The labels are those of SemEval-2020 Task 11 (the Propaganda Techniques Corpus); the
definitions are our own short paraphrases, written for a reader hovering over a span,
not the annotation guidelines. Every label of the contract has an entry (a test checks it).
"""

from __future__ import annotations

from typing import NamedTuple

__all__ = ["TECHNIQUE_GLOSSARY", "TechniqueEntry", "technique_entry"]


class TechniqueEntry(NamedTuple):
    name: str
    definition: str


TECHNIQUE_GLOSSARY: dict[str, TechniqueEntry] = {
    "Appeal_to_Authority": TechniqueEntry(
        "Appeal to authority",
        "Treats a claim as true because an authority or expert is said to back it, "
        "not because of the evidence.",
    ),
    "Appeal_to_fear-prejudice": TechniqueEntry(
        "Appeal to fear or prejudice",
        "Builds support by stoking anxiety, panic or hostility towards a group or an outcome.",
    ),
    "Bandwagon,Reductio_ad_hitlerum": TechniqueEntry(
        "Bandwagon / reductio ad Hitlerum",
        "Urges agreement because everyone supposedly agrees, or rejects an idea because "
        "a hated group holds it.",
    ),
    "Black-and-White_Fallacy": TechniqueEntry(
        "Black-and-white fallacy",
        "Presents two options as the only possible ones when others exist.",
    ),
    "Causal_Oversimplification": TechniqueEntry(
        "Causal oversimplification",
        "Pins a complex outcome on a single cause, ignoring the other factors involved.",
    ),
    "Doubt": TechniqueEntry(
        "Doubt",
        "Questions the credibility of a person or institution to undermine them, "
        "without showing they are wrong.",
    ),
    "Exaggeration,Minimisation": TechniqueEntry(
        "Exaggeration / minimisation",
        "Makes something look much bigger, worse or more important than it is, or plays it down.",
    ),
    "Flag-Waving": TechniqueEntry(
        "Flag-waving",
        "Justifies a position by appealing to national pride, patriotism or group identity.",
    ),
    "Loaded_Language": TechniqueEntry(
        "Loaded language",
        "Uses emotionally charged words to sway the reader rather than to inform.",
    ),
    "Name_Calling,Labeling": TechniqueEntry(
        "Name-calling / labelling",
        "Attaches a label the audience fears, hates or admires to a person or group.",
    ),
    "Repetition": TechniqueEntry(
        "Repetition",
        "Repeats the same message or phrase so that it sticks and seems accepted.",
    ),
    "Slogans": TechniqueEntry(
        "Slogans",
        "A short, catchy phrase that stands in for an argument, often with a call to act.",
    ),
    "Thought-terminating_Cliches": TechniqueEntry(
        "Thought-terminating cliché",
        "A stock phrase that discourages further thought or discussion of the point.",
    ),
    "Whataboutism,Straw_Men,Red_Herring": TechniqueEntry(
        "Whataboutism / straw man / red herring",
        "Deflects by pointing at an opponent's faults, distorting their position, "
        "or changing the subject.",
    ),
}


def technique_entry(label: str) -> TechniqueEntry:
    """The entry for a label; an unknown label (a newer model) falls back to its own name."""
    entry = TECHNIQUE_GLOSSARY.get(label)
    if entry is not None:
        return entry
    return TechniqueEntry(label.replace("_", " "), "No definition available for this label.")
