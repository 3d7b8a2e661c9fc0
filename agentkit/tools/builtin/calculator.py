"""Arithmetic for agents, evaluated over Python's `ast` so that no input can run code.

Language models are unreliable at arithmetic, so a calculator is the first tool a learner gives an
agent; it is also where a prompt injection such as `__import__('os').system(...)` first meets a tool.
The expression is parsed and walked, never `eval`-ed: only number literals, + - * / // % ** (and
unary + -), parentheses, the functions sqrt, abs, round, min, max and the constants pi and e are
accepted. Anything else (names, attribute access, subscripts, strings, comparisons, lambdas) is
refused with a message that says what is allowed, so the model can correct its call.

Percent: a number followed by `%` is a percentage when no operand follows the sign ("15%",
"200 * 15%", "(15% + 5%)", "15% - 2") and "15% of 240" is 0.15 * 240; `%` before an operand is the
modulo operator ("10 % 3").

Guards, because a tool call must not hang or exhaust memory: expressions up to 500 characters,
exponents up to 1000 in size, and no value, intermediate or final, beyond 1e300 in magnitude.

Results are annotated `float`, the JSON "number" a tool schema advertises, but a whole number comes
back as an `int` (391, not 391.0) so that answers quoting it read naturally; other values are
rounded to 12 significant digits, which hides binary noise (0.1 + 0.2 gives 0.3).
"""

from __future__ import annotations

import ast
import math
import operator
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Context, Decimal

from agentkit.tools.core import ToolInputError, tool

MAX_LENGTH = 500
MAX_EXPONENT = 1000
MAX_MAGNITUDE = 1e300
MAX_ROUND_DIGITS = 15

Number = int | float

_ALLOWED = "numbers, + - * / // % **, parentheses, sqrt, abs, round, min, max, pi and e"
_NUMBER = r"(\d+(?:\.\d*)?(?:[eE][-+]?\d+)?|\.\d+(?:[eE][-+]?\d+)?)"
_PERCENT_OF = re.compile(r"(?<![\w.])" + _NUMBER + r"\s*%\s*of\b", re.IGNORECASE)
# A `%` followed by the end, a closing bracket, a comma or an operator has no right operand: a percent sign.
_PERCENT = re.compile(r"(?<![\w.])" + _NUMBER + r"\s*%(?=\s*(?:$|[)\],+\-*/%]))")


def _power(base: Number, exponent: Number) -> Number:
    shown = f"({base}) ** {exponent}" if base < 0 else f"{base} ** {exponent}"
    if abs(exponent) > MAX_EXPONENT:
        raise ToolInputError(f"exponent {exponent} is too large; exponents are limited to ±{MAX_EXPONENT}")
    if abs(base) > 1 and exponent * math.log10(abs(base)) > math.log10(MAX_MAGNITUDE):
        raise ToolInputError(f"{shown} is too large; values are limited to ±1e300")
    if base < 0 and not float(exponent).is_integer():
        raise ToolInputError(f"{shown}: a negative number to a fractional power has no real value")
    return base**exponent


def _sqrt(value: Number) -> float:
    if value < 0:
        raise ToolInputError(f"sqrt({value}): the square root of a negative number has no real value")
    return math.sqrt(value)


def _round(value: Number, digits: Number = 0) -> Number:
    # Half away from zero on the decimal digits shown (2.5 → 3, 2.675 → 2.68), as people round; Python's
    # round() rounds half to even on the binary value (2.5 → 2, 2.675 → 2.67).
    if not float(digits).is_integer() or abs(digits) > MAX_ROUND_DIGITS:
        raise ToolInputError(
            f"round({value}, {digits}): digits must be a whole number from -{MAX_ROUND_DIGITS} to {MAX_ROUND_DIGITS}"
        )
    quantum = Decimal(1).scaleb(-int(digits))
    rounded = Decimal(repr(value)).quantize(quantum, rounding=ROUND_HALF_UP, context=Context(prec=400))
    return int(rounded) if digits <= 0 else float(rounded)


@dataclass(frozen=True)
class _Function:
    call: Callable[..., Number]
    min_args: int
    max_args: int | None
    usage: str


FUNCTIONS = {
    "sqrt": _Function(_sqrt, 1, 1, "sqrt(x)"),
    "abs": _Function(abs, 1, 1, "abs(x)"),
    "round": _Function(_round, 1, 2, "round(x) or round(x, digits)"),
    "min": _Function(min, 2, None, "min(a, b, ...)"),
    "max": _Function(max, 2, None, "max(a, b, ...)"),
}
CONSTANTS: dict[str, float] = {"pi": math.pi, "e": math.e}

_BINARY: dict[type[ast.operator], Callable[[Number, Number], Number]] = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.FloorDiv: operator.floordiv,
    ast.Mod: operator.mod,
    ast.Pow: _power,
}
_UNARY: dict[type[ast.unaryop], Callable[[Number], Number]] = {ast.UAdd: operator.pos, ast.USub: operator.neg}


@tool
def calculator(expression: str) -> float:
    """Evaluate an arithmetic expression and return the number.

    Use it for any arithmetic rather than working it out yourself, for example "17 * 23",
    "(4 + 5) / 3", "15% of 240", "sqrt(2) * 10" or "round(1234.5678, 2)".

    Args:
        expression: Arithmetic with numbers, + - * / // % ** and parentheses, the functions sqrt,
            abs, round, min and max, and the constants pi and e. "15%" means 0.15 and "15% of 240"
            means 0.15 * 240. Plain numbers only: no variables, units or thousands separators.

    Returns:
        The value. Whole numbers come back without a fractional part (391, not 391.0); other values
        are rounded to 12 significant digits.

    Raises:
        ToolInputError: The expression uses anything else, divides by zero, or is too large.
    """
    if not expression.strip():
        raise ToolInputError(f"the expression is empty; write arithmetic using {_ALLOWED}, e.g. 2 * (3 + 4)")
    if len(expression) > MAX_LENGTH:
        raise ToolInputError(
            f"the expression is {len(expression)} characters long; the limit is {MAX_LENGTH}"
        )
    source = _PERCENT.sub(r"(\1 / 100)", _PERCENT_OF.sub(r"(\1 / 100) *", expression))
    try:
        tree = ast.parse(source.strip(), mode="eval")
    except SyntaxError as error:
        raise ToolInputError(
            f"could not parse {expression!r} as arithmetic ({error.msg}); use {_ALLOWED}"
        ) from None
    try:
        value = _evaluate(tree.body)
    except ZeroDivisionError:
        raise ToolInputError(f"{expression!r} divides by zero") from None
    except OverflowError:
        raise ToolInputError(f"{expression!r} is too large to compute; keep values within ±1e300") from None
    return _present(value)


def _evaluate(node: ast.expr) -> Number:
    match node:
        case ast.Constant(value=bool() | str() | bytes() | None):
            raise ToolInputError(f"{node.value!r} is not a number; use {_ALLOWED}")
        case ast.Constant(value=int() | float() as value):
            return _checked(value)
        case ast.Constant(value=complex()):
            raise ToolInputError("complex numbers are not supported")
        case ast.BinOp(left, ast.BitXor(), right):
            raise ToolInputError(
                f"'^' is not a power operator here; write powers with **, e.g. {_text(left)} ** {_text(right)}"
            )
        case ast.BinOp(left, op, right) if type(op) in _BINARY:
            return _checked(_BINARY[type(op)](_evaluate(left), _evaluate(right)))
        case ast.UnaryOp(op, operand) if type(op) in _UNARY:
            return _checked(_UNARY[type(op)](_evaluate(operand)))
        case ast.BinOp(op=op) | ast.UnaryOp(op=op):
            raise ToolInputError(f"the operator in {_text(node)!r} is not supported; use {_ALLOWED}")
        case ast.Name(id=name) if name in CONSTANTS:
            return CONSTANTS[name]
        case ast.Name(id=name):
            raise ToolInputError(
                f"unknown name {name!r}; only the constants pi and e are defined (use {_ALLOWED})"
            )
        case ast.Call(func=ast.Name(id=name), args=args, keywords=[]) if name in FUNCTIONS:
            return _checked(_call(FUNCTIONS[name], name, [_evaluate(arg) for arg in args]))
        case ast.Call(func=ast.Name(id=name)) if name in FUNCTIONS:
            raise ToolInputError(f"pass {name}() its arguments by position: {FUNCTIONS[name].usage}")
        case ast.Call(func=ast.Attribute() as attribute) | (ast.Attribute() as attribute):
            raise ToolInputError(f"attribute access ({_text(attribute)!r}) is not allowed; use {_ALLOWED}")
        case ast.Call(func=func):
            usages = ", ".join(f.usage for f in FUNCTIONS.values())
            raise ToolInputError(f"{_text(func)}() is not available; the functions are {usages}")
        case ast.Tuple():
            raise ToolInputError(
                "commas only separate function arguments; write numbers without thousands separators "
                "(1000, not 1,000) and one expression per call"
            )
    raise ToolInputError(f"{_text(node)!r} is not arithmetic; use {_ALLOWED}")


def _call(function: _Function, name: str, args: list[Number]) -> Number:
    too_many = function.max_args is not None and len(args) > function.max_args
    if len(args) < function.min_args or too_many:
        raise ToolInputError(f"{name}() got {len(args)} argument(s); call it as {function.usage}")
    return function.call(*args)


def _checked(value: Number) -> Number:
    if abs(value) > MAX_MAGNITUDE or math.isnan(value):
        raise ToolInputError("a value in the expression exceeds ±1e300, the largest this calculator handles")
    return value


def _present(value: Number) -> float:
    if isinstance(value, int):
        return value
    if value.is_integer() and abs(value) < 1e15:
        return int(value)
    return float(f"{value:.12g}")


def _text(node: ast.AST) -> str:
    return ast.unparse(node)
