"""`@tool`: a typed Python function becomes a tool every agent runtime in the workshop can call.

A `Tool` is the function plus what a model needs to call it well: a Bedrock tool spec generated from
the signature and docstring, validation of the model's arguments *before* the function runs, and
answers for every outcome. `Tool.run` takes a Converse `toolUse` and always returns a `toolResult`
block — it never raises, because an agent loop that crashes on a tool error cannot recover, while a
model that reads "region: Input should be 'north' or 'south' (got "east")" usually does. So:

- invalid arguments → `status: error` naming each parameter, what was wrong and what is expected,
  and the function is not called;
- `ToolError` (a failure the tool explains for the model) → its message, unchanged;
- transient failures (`TransientToolError`, `TimeoutError`, `ConnectionError`) → retried with
  exponential backoff (tenacity), then reported with the number of attempts;
- any other exception → `status: error` with the exception's type and message.

Every `run` is recorded in the invocation ledger (`agentkit.tools.ledger`). The adapters
(`as_strands`, `as_langchain`, `as_crewai`) all go through `run`, so validation, retries and the
ledger behave the same whichever framework drives the tool.
"""

from __future__ import annotations

import copy
import functools
import inspect
import json
import re
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Literal, overload

from pydantic import ValidationError
from pydantic_core import to_jsonable_python
from tenacity import Retrying, retry_if_exception_type, stop_after_attempt, wait_exponential

from agentkit.tools import adapters
from agentkit.tools.ledger import Invocation, current_context
from agentkit.tools.schema import clean_schema, describe, input_model

if TYPE_CHECKING:
    from crewai.tools import BaseTool as CrewAITool
    from langchain_core.tools import StructuredTool
    from strands.types.tools import AgentTool


class ToolError(Exception):
    """A failure whose message is written for the model: what went wrong and what to do instead.

    Raise it for arguments that are well-formed but cannot be served, e.g.
    `ToolError("unknown city 'Atlantis': use an IANA zone like Europe/Paris")`. The message reaches the
    model unchanged, and the call is not retried.
    """


class ToolInputError(ToolError, ValueError):
    """The call's input was wrong, and the message says what to change.

    `run` reports arguments that fail validation this way (a direct call raises it); a tool raises it
    for input the schema cannot rule out (a bad expression, an unknown SKU). A `ValueError` too, so
    plain Python callers of a tool function can catch it as one.
    """


class TransientToolError(Exception):
    """A failure that may pass if the same call is repeated (a flaky backend, a rate limit)."""


TRANSIENT_ERRORS: tuple[type[BaseException], ...] = (TransientToolError, TimeoutError, ConnectionError)
# What Bedrock accepts as a tool name.
_NAME = re.compile(r"^[a-zA-Z0-9_-]{1,64}$")


@dataclass(frozen=True)
class _Outcome:
    status: Literal["success", "error"]
    content: list[dict[str, Any]]
    output: Any
    error: str | None
    attempts: int

    @classmethod
    def failed(cls, message: str, attempts: int) -> _Outcome:
        return cls("error", [{"text": message}], None, message, attempts)


class Tool:
    """A function with a Bedrock tool spec, argument validation, retries and an invocation record.

    Call it like the function (`calculator(expression="1+1")`: validated, then called, not recorded),
    or hand it to an agent: `spec` + `run` for a Converse loop, or an adapter for a framework.
    """

    def __init__(
        self,
        fn: Callable[..., Any],
        *,
        name: str | None = None,
        description: str | None = None,
        retries: int = 2,
        retry_on: Sequence[type[BaseException]] = TRANSIENT_ERRORS,
        backoff: float = 0.05,
        max_backoff: float = 1.0,
    ) -> None:
        if inspect.iscoroutinefunction(fn):
            raise TypeError(
                f"{fn.__name__} is async; agentkit tools are plain functions (call the coroutine inside)"
            )
        self.fn = fn
        self.name = name or fn.__name__
        if not _NAME.match(self.name):
            raise ValueError(f"tool name {self.name!r}: Bedrock needs 1-64 letters, digits, '_' or '-'")
        doc, param_docs = describe(fn)
        self.description = description or doc
        if not self.description:
            raise ValueError(
                f"tool {self.name!r} has no description; the model chooses tools by it. "
                "Add a docstring or pass description=..."
            )
        self.input_model = input_model(fn, self.name, param_docs)
        self.input_schema = clean_schema(self.input_model.model_json_schema())
        self.retry_on = tuple(retry_on)
        self._retrying = Retrying(
            stop=stop_after_attempt(retries + 1),
            wait=wait_exponential(multiplier=backoff, max=max_backoff),
            retry=retry_if_exception_type(self.retry_on),
            reraise=True,
        )
        self._signature = inspect.signature(fn)
        functools.update_wrapper(self, fn)

    @property
    def spec(self) -> dict[str, Any]:
        """The Converse `toolConfig.tools` entry (a fresh copy: callers may mutate it)."""
        return {
            "toolSpec": {
                "name": self.name,
                "description": self.description,
                "inputSchema": {"json": copy.deepcopy(self.input_schema)},
            }
        }

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        """The function itself, after the same validation a model's call gets (raises `ToolInputError`)."""
        bound = self._signature.bind(*args, **kwargs)
        return self.fn(**self._validate(bound.arguments))

    def run(self, tool_use: dict[str, Any]) -> dict[str, Any]:
        """Answer a Converse `toolUse` (`{"toolUseId", "name", "input"}`) with a `toolResult` block."""
        started_at = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        clock = time.perf_counter()
        tool_use_id = str(tool_use.get("toolUseId") or f"tooluse-{uuid.uuid4().hex[:12]}")
        raw_input = tool_use.get("input")
        outcome = self._execute(raw_input)
        context = current_context()
        context.active_ledger.record(
            Invocation(
                tool=self.name,
                tool_use_id=tool_use_id,
                input=to_jsonable_python(raw_input, fallback=str),
                output=outcome.output,
                error=outcome.error,
                status=outcome.status,
                duration_ms=(time.perf_counter() - clock) * 1000,
                attempts=outcome.attempts,
                agent_id=context.agent_id,
                session_id=context.session_id,
                started_at=started_at,
            )
        )
        return {
            "toolResult": {"toolUseId": tool_use_id, "content": outcome.content, "status": outcome.status}
        }

    def _execute(self, raw_input: Any) -> _Outcome:
        try:
            kwargs = self._validate(raw_input)
        except ToolInputError as error:
            return _Outcome.failed(str(error), attempts=0)
        attempts = 0

        def attempt() -> Any:
            nonlocal attempts
            attempts += 1
            return self.fn(**kwargs)

        try:
            result = self._retrying.copy()(attempt)
        except ToolError as error:
            return _Outcome.failed(str(error) or self._failure_message(error, attempts), attempts)
        except Exception as error:
            return _Outcome.failed(self._failure_message(error, attempts), attempts)
        content, output = _content(result)
        return _Outcome("success", content, output, None, attempts)

    def _validate(self, raw_input: Any) -> dict[str, Any]:
        """Validated arguments, typed as the function declares them (enums, nested models)."""
        try:
            model = self.input_model.model_validate({} if raw_input is None else raw_input)
        except ValidationError as error:
            raise ToolInputError(self._input_message(error)) from None
        return {name: getattr(model, name) for name in type(model).model_fields}

    def _input_message(self, error: ValidationError) -> str:
        properties = self.input_schema.get("properties", {})
        lines = [f"Invalid arguments for tool '{self.name}':"]
        for problem in error.errors(include_url=False):
            loc = problem["loc"]
            where = ".".join(str(part) for part in loc) or "input"
            if problem["type"] == "extra_forbidden":
                known = ", ".join(properties) or "none"
                lines.append(f"- {where}: not a parameter of this tool (its parameters: {known})")
                continue
            what = (
                "missing (required)"
                if problem["type"] == "missing"
                else f"{problem['msg']} (got {_short(problem['input'])})"
            )
            expected = _expected(properties[loc[0]]) if len(loc) == 1 and loc[0] in properties else ""
            lines.append(f"- {where}: {what}" + (f"; expected {expected}" if expected else ""))
        lines.append(f"Fix the arguments and call {self.name} again.")
        return "\n".join(lines)

    def _failure_message(self, error: Exception, attempts: int) -> str:
        what = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
        tries = f" after {attempts} attempts" if attempts > 1 else ""
        advice = (
            "The problem looks temporary: try again later, or continue without this result."
            if isinstance(error, self.retry_on)
            else "If your arguments caused this, fix them and call again; otherwise continue without this tool."
        )
        return f"Tool '{self.name}' failed{tries} ({what}). {advice}"

    def as_strands(self) -> AgentTool:
        """A Strands `AgentTool` with this spec, executed by `run`."""
        return adapters.to_strands(self)

    def as_langchain(self) -> StructuredTool:
        """A LangChain `StructuredTool` (for LangGraph too) executed by `run`."""
        return adapters.to_langchain(self)

    def as_crewai(self) -> CrewAITool:
        """A CrewAI `BaseTool` with this input model, executed by `run`."""
        return adapters.to_crewai(self)

    def __repr__(self) -> str:
        return f"Tool({self.name!r}, parameters={list(self.input_model.model_fields)})"


def _content(value: Any) -> tuple[list[dict[str, Any]], Any]:
    """A result as toolResult content: text for strings, else a JSON object (Bedrock wants an object)."""
    if isinstance(value, str):
        return [{"text": value}], value
    try:
        data = to_jsonable_python(value)
    except Exception:  # not JSON-able (an unknown class, a circular structure): its str() is the answer
        text = str(value)
        return [{"text": text}], text
    if not isinstance(data, dict):
        data = {"result": data}
    return [{"json": data}], data


def _expected(prop: dict[str, Any]) -> str:
    """What a parameter takes, from its schema: the allowed values or the type, and its description."""
    if "enum" in prop:
        kind = "one of " + ", ".join(json.dumps(v) for v in prop["enum"])
    elif "type" in prop:
        kind = prop["type"] if isinstance(prop["type"], str) else " or ".join(prop["type"])
    else:
        kind = " or ".join(branch.get("type", "object") for branch in prop.get("anyOf", [])) or "a value"
    return f"{kind} ({prop['description']})" if prop.get("description") else kind


def _short(value: Any, limit: int = 80) -> str:
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= limit else text[: limit - 1] + "…"


@overload
def tool(fn: Callable[..., Any], /) -> Tool: ...


@overload
def tool(
    *,
    name: str | None = None,
    description: str | None = None,
    retries: int = 2,
    retry_on: Sequence[type[BaseException]] = TRANSIENT_ERRORS,
    backoff: float = 0.05,
    max_backoff: float = 1.0,
) -> Callable[[Callable[..., Any]], Tool]: ...


def tool(
    fn: Callable[..., Any] | None = None,
    /,
    *,
    name: str | None = None,
    description: str | None = None,
    retries: int = 2,
    retry_on: Sequence[type[BaseException]] = TRANSIENT_ERRORS,
    backoff: float = 0.05,
    max_backoff: float = 1.0,
) -> Tool | Callable[[Callable[..., Any]], Tool]:
    """Make `fn` a `Tool`: `@tool`, or `@tool(name=..., description=..., retries=...)`.

    `retries` is how many times a transient failure (`retry_on`) is retried after the first attempt,
    waiting `backoff` seconds, doubling up to `max_backoff`; the defaults keep a notebook responsive.
    """

    def make(function: Callable[..., Any]) -> Tool:
        return Tool(
            function,
            name=name,
            description=description,
            retries=retries,
            retry_on=retry_on,
            backoff=backoff,
            max_backoff=max_backoff,
        )

    return make(fn) if fn is not None else make
