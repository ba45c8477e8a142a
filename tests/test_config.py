"""claimscope.toml: optional, strict about unknown keys, sizes with suffixes."""

from __future__ import annotations

import pytest

from claimscope.config import FileConfig, load_config, parse_size
from claimscope.errors import ConfigError


@pytest.mark.parametrize(
    ("value", "size"),
    [
        (5_000_000, 5_000_000),
        ("5M", 5_000_000),
        ("500k", 500_000),
        ("1.5MB", 1_500_000),
        ("2 GiB", 2_000_000_000),
        ("123", 123),
    ],
)
def test_config_parse_size(value, size):
    assert parse_size(value) == size


@pytest.mark.parametrize("value", ["lots", "-5", "0", "5T", ""])
def test_config_parse_size_refused(value):
    with pytest.raises(ConfigError, match="bad size"):
        parse_size(value)


def test_config_absent_gives_defaults(tmp_path):
    assert load_config(tmp_path) == FileConfig()


def test_config_read(tmp_path):
    (tmp_path / "claimscope.toml").write_text(
        'model = "en_core_web_sm"\nskip = ["techniques"]\nmax_size = "10M"\n'
    )
    assert load_config(tmp_path) == FileConfig(
        model="en_core_web_sm", skip=("techniques",), max_size=10_000_000
    )


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        ("skp = []\n", "unknown setting 'skp'"),
        ("skip = 'techniques'\n", "list of layer names"),
        ("model = 3\n", "must be a string"),
        ("skip = [\n", "cannot read"),
    ],
)
def test_config_bad_file(tmp_path, content, fragment):
    (tmp_path / "claimscope.toml").write_text(content)
    with pytest.raises(ConfigError, match=fragment):
        load_config(tmp_path)
