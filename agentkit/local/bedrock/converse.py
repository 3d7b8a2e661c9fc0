"""Converse and ApplyGuardrail: validation, guardrails and the model call, independent of HTTP.

A request is checked in two steps, as Bedrock does: its shape against the service model, then the
conversation rules Bedrock enforces beyond the shape (who speaks first, alternation, tool results
answering the previous turn's tool uses), with Bedrock's own messages. With a `guardrailConfig`,
the input is assessed before the model runs (only `guardContent` blocks when there are any — those
qualified `guard_content`, the default — else every text block; never tool results or tool
definitions) and the output's text after, with contextual grounding against the `guardContent`
blocks qualified `grounding_source` and `query`; a block
answers with the guardrail's message and stop reason `guardrail_intervened`, a mask rewrites the
text (masked input is what the model then sees). ApplyGuardrail reads its content's qualifiers:
`guard_content` texts (and unqualified ones) are assessed, `grounding_source` and `query` texts are
what contextual grounding measures the assessed text against. Prompt caching is the server's too: `cachePoint`
blocks are taken out of what the model sees and turned into cache figures in `usage` (`prompt_cache`).
"""

from __future__ import annotations

import copy
from typing import Any, Literal, Protocol

from agentkit.local.bedrock import guardrails, protocol
from agentkit.local.bedrock.guardrail_store import GuardrailStore
from agentkit.local.bedrock.prompt_cache import PromptCache, without_cache_points
from agentkit.local.bedrock.protocol import BedrockError
from agentkit.local.bedrock.why_log import WhyLog
from agentkit.local.simulated import SimulatorInputError

START_WITH_USER = (
    "A conversation must start with a user message. "
    "Try again with a conversation that starts with a user message."
)
ALTERNATE = (
    "A conversation must alternate between user and assistant roles. "
    "Make sure the conversation alternates between user and assistant roles and try again."
)
TOOL_CONFIG_NEEDED = "The toolConfig field must be defined when using toolUse and toolResult content blocks."


class ConverseModel(Protocol):
    """What answers Converse requests: the simulator, a pass-through, or a test double."""

    def converse(self, request: dict[str, Any]) -> dict[str, Any]:
        """The Converse response body for a Converse request body that also carries `modelId`."""
        ...


def check_conversation(request: dict[str, Any]) -> None:
    """Raise the ValidationException Bedrock raises for a conversation it refuses."""
    messages = request.get("messages") or []
    if not messages or messages[0]["role"] != "user":
        raise BedrockError("ValidationException", START_WITH_USER)
    roles = [m["role"] for m in messages]
    if "system" in roles or any(a == b for a, b in zip(roles, roles[1:], strict=False)):
        raise BedrockError("ValidationException", ALTERNATE)
    uses_tools = False
    expected: list[str] = []
    for i, message in enumerate(messages):
        if not message["content"]:
            raise BedrockError(
                "ValidationException",
                f"The content field in the Message object at messages.{i} is empty. "
                "Add a ContentBlock object to the content field and try again.",
            )
        for j, block in enumerate(message["content"]):
            if "text" in block and not block["text"].strip():
                raise BedrockError(
                    "ValidationException",
                    f"The text field in the ContentBlock object at messages.{i}.content.{j} is blank. "
                    "Add text to the text field, and try again.",
                )
        results = [b["toolResult"]["toolUseId"] for b in message["content"] if "toolResult" in b]
        uses = [b["toolUse"]["toolUseId"] for b in message["content"] if "toolUse" in b]
        uses_tools = uses_tools or bool(results or uses)
        if len(results) > len(expected):
            raise BedrockError(
                "ValidationException",
                f"The number of toolResult blocks at messages.{i}.content exceeds "
                "the number of toolUse blocks of previous turn.",
            )
        if missing := [tool_use_id for tool_use_id in expected if tool_use_id not in results]:
            raise BedrockError(
                "ValidationException",
                f"Expected toolResult blocks at messages.{i}.content "
                f"for the following Ids: {', '.join(missing)}",
            )
        expected = uses
    if uses_tools and not request.get("toolConfig"):
        raise BedrockError("ValidationException", TOOL_CONFIG_NEEDED)


def _guard_texts(request: dict[str, Any]) -> list[dict[str, Any]]:
    """The `guardContent.text` blocks of the system prompt and the messages."""
    blocks = [*request.get("system", []), *(b for m in request["messages"] for b in m["content"])]
    return [b["guardContent"]["text"] for b in blocks if "text" in b.get("guardContent", {})]


def _qualifiers(block: dict[str, Any]) -> list[str]:
    return block.get("qualifiers") or ["guard_content"]


def _guarded_slots(request: dict[str, Any]) -> list[tuple[dict[str, Any], str]]:
    """Where the texts a guardrail assesses live, as (holder, key) so that masks can be written back."""
    guard_texts = _guard_texts(request)
    if guard_texts:
        return [(block, "text") for block in guard_texts if "guard_content" in _qualifiers(block)]
    return [(b, "text") for m in request["messages"] for b in m["content"] if "text" in b]


def _grounding(blocks: list[dict[str, Any]]) -> tuple[str | None, str | None]:
    """The grounding source and the query that qualified text blocks name, for the grounding check.

    `blocks` are `{"text", "qualifiers"}` blocks: Converse's `guardContent.text` or ApplyGuardrail's `content[].text`.
    """
    found: dict[str, list[str]] = {"grounding_source": [], "query": []}
    for block in blocks:
        for qualifier in found.keys() & set(_qualifiers(block)):
            found[qualifier].append(block["text"])
    source, query = ("\n".join(found[q]) or None for q in ("grounding_source", "query"))
    return source, query


def _model_view(request: dict[str, Any]) -> dict[str, Any]:
    """The request as the model sees it: guardContent is plain text to a model."""

    def plain(blocks: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [
            {"text": b["guardContent"]["text"]["text"]} if "text" in b.get("guardContent", {}) else b
            for b in blocks
        ]

    view = {**request, "messages": [{**m, "content": plain(m["content"])} for m in request["messages"]]}
    if "system" in request:
        view["system"] = plain(request["system"])
    return view


class Runtime:
    """The data-plane operations over a model and the guardrails of the control plane."""

    def __init__(self, model: ConverseModel, guardrails: GuardrailStore):
        self.model = model
        self.guardrails = guardrails
        self.prompt_cache = PromptCache()
        self.why = WhyLog()

    def converse(
        self,
        model_id: str,
        request: dict[str, Any],
        operation: Literal["Converse", "ConverseStream"] = "Converse",
    ) -> dict[str, Any]:
        """The Converse response to `request`, guardrail applied."""
        protocol.validate("bedrock-runtime", operation, {"modelId": model_id, **request})
        check_conversation(request)
        config = request.get("guardrailConfig")
        if not config:
            return self._call_model(model_id, request)
        if not config.get("guardrailIdentifier") or not config.get("guardrailVersion"):
            raise BedrockError(
                "ValidationException", "guardrailConfig needs both guardrailIdentifier and guardrailVersion."
            )
        guardrail = self.guardrails.get(config["guardrailIdentifier"], config["guardrailVersion"])
        slots = _guarded_slots(request)
        checked_input = guardrails.evaluate(guardrail.policy, "INPUT", [holder[key] for holder, key in slots])
        trace: dict[str, Any] = {"inputAssessment": {guardrail.id: checked_input.assessment}}
        if checked_input.blocked:
            response = _blocked(guardrail.policy.blocked_input_messaging)
        else:
            if checked_input.outputs:  # masked: the model sees the masked text
                request = copy.deepcopy(request)
                for (holder, key), masked in zip(_guarded_slots(request), checked_input.outputs, strict=True):
                    holder[key] = masked
            response = self._call_model(model_id, request)
            texts = [block["text"] for block in response["output"]["message"]["content"] if "text" in block]
            checked_output = guardrails.evaluate(
                guardrail.policy, "OUTPUT", texts, *_grounding(_guard_texts(request))
            )
            trace["outputAssessments"] = {guardrail.id: [checked_output.assessment]}
            if checked_output.action == "GUARDRAIL_INTERVENED":
                trace["modelOutput"] = texts
                response = _intervened(response, checked_output)
        if config.get("trace", "disabled") != "disabled":
            response = {**response, "trace": {"guardrail": trace}}
        return response

    def apply_guardrail(self, identifier: str, version: str, request: dict[str, Any]) -> dict[str, Any]:
        """The ApplyGuardrail response."""
        protocol.validate(
            "bedrock-runtime",
            "ApplyGuardrail",
            {"guardrailIdentifier": identifier, "guardrailVersion": version, **request},
        )
        guardrail = self.guardrails.get(identifier, version)
        blocks = [b["text"] for b in request["content"] if "text" in b]
        texts = [block["text"] for block in blocks if "guard_content" in _qualifiers(block)]
        source, query = _grounding(blocks)
        verdict = guardrails.evaluate(
            guardrail.policy,
            request["source"],
            texts,
            source,
            query,
        )
        return {
            "usage": verdict.usage,
            "action": verdict.action,
            "actionReason": verdict.reason,
            "outputs": [{"text": text} for text in verdict.outputs],
            "assessments": [verdict.assessment],
            "guardrailCoverage": verdict.assessment["invocationMetrics"]["guardrailCoverage"],
        }

    def _call_model(self, model_id: str, request: dict[str, Any]) -> dict[str, Any]:
        view = _model_view(request)
        try:
            response = self.model.converse({**without_cache_points(view), "modelId": model_id})
        except SimulatorInputError as error:
            raise BedrockError("ValidationException", str(error)) from None
        self.why.record(response)
        return {**response, "usage": self.prompt_cache.usage(model_id, view, response["usage"])}


def _blocked(message: str) -> dict[str, Any]:
    return {
        "output": {"message": {"role": "assistant", "content": [{"text": message}]}},
        "stopReason": "guardrail_intervened",
        "usage": {"inputTokens": 0, "outputTokens": 0, "totalTokens": 0},
        "metrics": {"latencyMs": 0},
    }


def _intervened(response: dict[str, Any], verdict: guardrails.Evaluation) -> dict[str, Any]:
    """The response with its text blocked or masked by the output check."""
    if verdict.blocked:
        content = [{"text": verdict.outputs[0]}]
    else:
        masked = iter(verdict.outputs)
        content = [
            {"text": next(masked)} if "text" in block else block
            for block in response["output"]["message"]["content"]
        ]
    return {
        **response,
        "output": {"message": {"role": "assistant", "content": content}},
        "stopReason": "guardrail_intervened",
    }
