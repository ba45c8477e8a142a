"""The command line: ``claimscope analyze``, ``claimscope eval ...`` and friends.

``main()`` is the only place that turns errors into exit codes: a
``ClaimscopeError`` prints one line on stderr and exits with its class's code;
anything else is a bug, reported in one line (``--debug`` shows the traceback).
"""

from __future__ import annotations

import logging
import os
import sys
from importlib import import_module

import click

from claimscope.cli._app import app, eval_app
from claimscope.errors import ClaimscopeError

__all__ = ["app", "eval_app", "main"]

#: Command modules; each registers its commands on ``app`` or a sub-app when imported.
_COMMANDS = ("analyze", "eval", "techniques")

for _name in _COMMANDS:
    import_module(f"claimscope.cli.{_name}")


def _configure_logging(debug: bool) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("claimscope: %(levelname)s: %(message)s"))
    root = logging.getLogger("claimscope")
    root.handlers[:] = [handler]
    root.setLevel(logging.DEBUG if debug else logging.WARNING)
    root.propagate = False


def main(argv: list[str] | None = None) -> None:
    """Entry point of the ``claimscope`` command."""
    args = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in args or os.environ.get("CLAIMSCOPE_DEBUG") == "1"
    if "--debug" in args:
        args.remove("--debug")
    _configure_logging(debug)
    try:
        # Without standalone mode click *returns* the code of a ``typer.Exit`` instead of exiting.
        code = app(args=args, prog_name="claimscope", standalone_mode=False)
        if isinstance(code, int) and code:
            sys.exit(code)
    except ClaimscopeError as err:
        if debug:
            raise
        print(f"claimscope: error: {err} [{err.code}]", file=sys.stderr)
        sys.exit(err.exit_code)
    except click.exceptions.Abort:
        print("claimscope: interrupted", file=sys.stderr)
        sys.exit(130)
    except click.ClickException as err:
        err.show()
        sys.exit(err.exit_code)
    except click.exceptions.Exit as err:
        sys.exit(err.exit_code)
    except KeyboardInterrupt:
        print("claimscope: interrupted", file=sys.stderr)
        sys.exit(130)
    except Exception as err:
        if debug:
            raise
        print(
            f"claimscope: internal error: {type(err).__name__}: {err} "
            "(this is a bug; please report it, with --debug output)",
            file=sys.stderr,
        )
        sys.exit(1)
