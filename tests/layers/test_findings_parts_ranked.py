"""One member ranked among its peers, larger than the total of all of them (issue 4):
"The largest deposit ... was about 45 tonnes" after "a total of 38 tonnes at nine
locations"; "Hillcrest, the largest of the three villages, ... 3,240 homes" after "About
2,900 homes ... lost power". Short articles we wrote, each planted one with a clean twin."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

PART = "part_exceeds_whole"

_DUMPING = (
    "Fly-tipper fined\n\n"
    "He dumped a total of 38 tonnes of waste at nine locations. The largest deposit, at a "
    "field gateway, was about {size} tonnes."
)


def test_the_largest_member_is_no_larger_than_the_total(numeric_warnings):
    assert PART in numeric_warnings(_DUMPING.format(size="45"), "2022-11-17")
    assert PART not in numeric_warnings(_DUMPING.format(size="12"), "2022-11-17")


_OUTAGE = (
    "Power cut\n\n"
    "About 2,900 homes and businesses lost power on Thursday evening. Hillcrest, the "
    "largest of the three villages, was worst affected, with {homes} homes left without "
    "electricity."
)


def test_the_largest_of_the_peers_is_no_larger_than_the_total(numeric_warnings):
    assert PART in numeric_warnings(_OUTAGE.format(homes="3,240"), "2025-01-10")
    assert PART not in numeric_warnings(_OUTAGE.format(homes="1,240"), "2025-01-10")


def test_a_record_over_time_ranks_no_member(numeric_warnings):
    text = (
        "Recycling\n\nThe depot took in 38 tonnes last week. The largest load ever recorded "
        "there was 45 tonnes."
    )
    assert PART not in numeric_warnings(text, "2022-11-17")


def test_a_part_of_the_total_told_far_back(numeric_warnings):
    text = (
        "Treasurer sentenced\n\n"
        "A former treasurer who took {total} from the cricket club over three years has been "
        "given a suspended sentence. She moved money between three accounts. She bought a "
        "car. She paid off loans. She booked holidays. The court heard the club nearly folded. "
        "The chair said the junior account alone lost £54,300 of the total."
    )
    assert PART in numeric_warnings(text.format(total="£48,200"), "2023-05-19")
    assert PART not in numeric_warnings(text.format(total="£98,200"), "2023-05-19")
