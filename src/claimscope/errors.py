"""The one exception hierarchy of claimscope.

Every error a user can act on is a ``ClaimscopeError``; ``str(err)`` is one line,
and each class carries the exit code the CLI uses and a stable ``code`` that the
CLI prints and the REST error body carries::

    ClaimscopeError      base class
      InputError         exit 2: unreadable, empty, binary, too large, undecodable, malformed
        FetchError       exit 2: URL refused (scheme, private address), timeout, size or type cap
      ConfigError        exit 2: unknown layer, bad option, model or extra not installed
      ContractError      exit 2: unknown schema version, span not matching article.text
      LayerError         exit 1: one article failed in one layer
      StoreError         exit 1: locked or corrupt store, migration needed

Dependency errors (lxml, trafilatura, sqlite3, onnxruntime) are translated into
these at the boundary, so callers catch one base class.
"""

from __future__ import annotations

__all__ = [
    "ClaimscopeError",
    "ConfigError",
    "ContractError",
    "FetchError",
    "InputError",
    "LayerError",
    "StoreError",
]


class ClaimscopeError(Exception):
    """Base class: one line a user can act on."""

    exit_code: int = 1
    code: str = "error"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code

    def __str__(self) -> str:
        # Never let a multi-line message through: the CLI prints exactly one line.
        return " ".join(str(self.args[0]).split()) if self.args else self.code


class InputError(ClaimscopeError):
    """The input cannot be read as an article; nothing was analysed."""

    exit_code = 2
    code = "input"


class FetchError(InputError):
    """A URL was refused or could not be fetched within the limits."""

    code = "input.fetch"


class ConfigError(ClaimscopeError):
    """Bad option, unknown layer, or a model/extra that is not installed."""

    exit_code = 2
    code = "config"


class ContractError(ClaimscopeError):
    """Data that claims to be ``claimscope.analysis/1`` but is not."""

    exit_code = 2
    code = "contract"


class LayerError(ClaimscopeError):
    """One layer failed on one article; the batch goes on."""

    exit_code = 1
    code = "layer"

    def __init__(self, layer: str, article_id: str, cause: BaseException) -> None:
        detail = " ".join(str(cause).split()) or type(cause).__name__
        super().__init__(f"{article_id}: layer '{layer}' failed: {type(cause).__name__}: {detail}")
        self.layer = layer
        self.article_id = article_id
        self.cause = cause


class StoreError(ClaimscopeError):
    """The store is locked, corrupt or needs a migration."""

    exit_code = 1
    code = "store"
