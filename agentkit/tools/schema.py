"""From a typed Python function to a Pydantic input model and the JSON schema a model reads.

The function's signature is the single source: type hints become field types (`Literal` and `Enum`
become enums, Pydantic models nest), defaults stay defaults, and the docstring supplies the tool's
description and, from a Google-style `Args:` section, each parameter's. The one Pydantic model built
from it both validates what a model sends and renders the schema the model is shown, so the two
cannot drift apart.

Pydantic's schema is written for documentation: to a model reading a tool spec its `title` keys
are tokens that say nothing and its `$ref`s are indirections to follow. So `clean_schema` strips the
titles, inlines `$defs` (unless a model refers to itself) and writes an optional parameter as its
plain type.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Annotated, Any, get_args, get_origin, get_type_hints

import docstring_parser
from pydantic import BaseModel, ConfigDict, Field, create_model
from pydantic.fields import FieldInfo

# Keys whose values are data (a default, the allowed values), not schemas to clean.
_DATA_KEYS = frozenset({"default", "enum", "const", "examples"})
_DEFS = "#/$defs/"


def describe(fn: Callable[..., Any]) -> tuple[str, dict[str, str]]:
    """The tool description (docstring text without its sections) and per-parameter descriptions."""
    doc = docstring_parser.parse(inspect.getdoc(fn) or "")
    text = "\n\n".join(part for part in (doc.short_description, doc.long_description) if part)
    return text, {p.arg_name: " ".join(p.description.split()) for p in doc.params if p.description}


def input_model(fn: Callable[..., Any], name: str, param_docs: dict[str, str]) -> type[BaseModel]:
    """A Pydantic model with one field per parameter of `fn`.

    Unknown arguments are rejected (`extra="forbid"`) so that a model inventing a parameter learns
    it was ignored instead of believing it took effect.
    """
    hints = get_type_hints(fn, include_extras=True)
    fields: dict[str, Any] = {}
    for param in inspect.signature(fn).parameters.values():
        if param.kind in (param.VAR_POSITIONAL, param.VAR_KEYWORD):
            raise TypeError(
                f"tool {name!r}: *args/**kwargs have no schema; name every parameter of {fn.__name__}"
            )
        annotation = hints.get(param.name, Any)
        default = ... if param.default is param.empty else param.default
        doc = param_docs.get(param.name)
        if doc and not isinstance(default, FieldInfo) and not _annotated_description(annotation):
            default = Field(default, description=doc)
        fields[param.name] = (annotation, default)
    config = ConfigDict(extra="forbid", protected_namespaces=())
    return create_model(f"{name}_input", __config__=config, **fields)


def _annotated_description(annotation: Any) -> bool:
    """Whether `Annotated[..., Field(description=...)]` already describes the parameter (it wins)."""
    return get_origin(annotation) is Annotated and any(
        isinstance(meta, FieldInfo) and meta.description for meta in get_args(annotation)[1:]
    )


class _Recursive(Exception):
    """A `$ref` cycle: the schema keeps its `$defs`."""


def clean_schema(schema: dict[str, Any]) -> dict[str, Any]:
    """`schema` without `title` keys, with `$defs` inlined and optional parameters as plain types."""
    defs = schema.get("$defs", {})
    body = {k: v for k, v in schema.items() if k != "$defs"}
    try:
        return _clean(body, defs, inline=True, seen=frozenset())
    except _Recursive:
        cleaned = _clean(body, defs, inline=False, seen=frozenset())
        cleaned["$defs"] = {n: _clean(d, defs, inline=False, seen=frozenset()) for n, d in defs.items()}
        return cleaned


def _clean(node: Any, defs: dict[str, Any], *, inline: bool, seen: frozenset[str]) -> Any:
    if isinstance(node, list):
        return [_clean(item, defs, inline=inline, seen=seen) for item in node]
    if not isinstance(node, dict):
        return node
    ref = node.get("$ref", "")
    if inline and ref.startswith(_DEFS):
        name = ref.removeprefix(_DEFS)
        if name in seen:
            raise _Recursive(name)
        target = _clean(defs[name], defs, inline=True, seen=seen | {name})
        siblings = {k: v for k, v in node.items() if k != "$ref"}
        return {**target, **_clean(siblings, defs, inline=True, seen=seen)}
    cleaned: dict[str, Any] = {}
    for key, value in node.items():
        if key == "title":
            continue
        if key in _DATA_KEYS:
            cleaned[key] = value
        elif key == "properties":
            cleaned[key] = {n: _clean(s, defs, inline=inline, seen=seen) for n, s in value.items()}
        else:
            cleaned[key] = _clean(value, defs, inline=inline, seen=seen)
    if "properties" in cleaned:
        required = set(cleaned.get("required", []))
        for name, prop in cleaned["properties"].items():
            if name not in required:
                cleaned["properties"][name] = _plain_optional(prop)
    return cleaned


def _plain_optional(prop: dict[str, Any]) -> dict[str, Any]:
    """`anyOf: [X, null]` with default null → X: for an optional parameter, leaving it out says None."""
    branches = prop.get("anyOf", [])
    if len(branches) != 2 or {"type": "null"} not in branches or prop.get("default") is not None:
        return prop
    [other] = [b for b in branches if b != {"type": "null"}]
    rest = {k: v for k, v in prop.items() if k not in ("anyOf", "default")}
    return {**other, **rest}
