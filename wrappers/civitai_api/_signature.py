"""One parameter list for several public functions (a sync function and its async twin, ...).

    @parameters_of(_Export)
    def export_models(*args: Any, **kwargs: Any) -> ExportReport:
        return _run(MODELS, _Export(*args, **kwargs))

The function keeps its name, docstring and return type; type checkers (through the
`ParamSpec`), `inspect.signature`, `help()` and IDEs see the parameters of `source` (a
function, or a class whose constructor gathers them), so each is written, typed and
defaulted once.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any, ParamSpec, TypeVar

__all__ = ["parameters_of"]

_P = ParamSpec("_P")
_R = TypeVar("_R")


def parameters_of(source: Callable[_P, object]) -> Callable[[Callable[..., _R]], Callable[_P, _R]]:
    """Give the decorated function the parameters of `source`, for callers and for `inspect`."""
    parameters = list(inspect.signature(source).parameters.values())

    def apply(function: Callable[..., _R]) -> Callable[_P, _R]:
        returns = inspect.signature(function).return_annotation
        function_: Any = function  # a function object takes a __signature__
        function_.__signature__ = inspect.Signature(parameters, return_annotation=returns)
        # for typing.get_type_hints (its names resolve in the module of `function`)
        function_.__annotations__ = {p.name: p.annotation for p in parameters} | {"return": returns}
        return function

    return apply
