from __future__ import annotations

from claimscope.contract import TECHNIQUE_LABELS
from claimscope.reports import TECHNIQUE_GLOSSARY, technique_entry


def test_techniques_glossary_defines_every_contract_label():
    assert set(TECHNIQUE_GLOSSARY) == set(TECHNIQUE_LABELS)
    for entry in TECHNIQUE_GLOSSARY.values():
        assert entry.name
        assert entry.definition.endswith(".")
        assert len(entry.definition) < 140


def test_techniques_glossary_unknown_label_falls_back_to_its_name():
    entry = technique_entry("Appeal_to_Pity")
    assert entry.name == "Appeal to Pity"
