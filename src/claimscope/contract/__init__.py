"""The analysis contract ``claimscope.analysis/1``."""

from claimscope.contract.io import dump_jsonl_line, export_json_schema, load_analysis
from claimscope.contract.model import *  # noqa: F403
from claimscope.contract.model import __all__ as _model_all

__all__ = [*_model_all, "dump_jsonl_line", "export_json_schema", "load_analysis"]
