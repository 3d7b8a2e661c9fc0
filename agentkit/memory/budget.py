"""A token budget for what an agent sends per turn: older turns are summarized by the model.

`BudgetedSummarizer` is Strands' `SummarizingConversationManager` with two changes a long-running
agent on Bedrock needs:

* **A budget in tokens, checked before every model call.** Strands summarizes reactively (when the
  model reports a context-window overflow) or at a ratio of the model's context window. A workshop
  wants the number a learner can reason about — "send at most 2,000 input tokens" — so before each
  call the hook counts the request (the model's own `count_tokens`: Bedrock's CountTokens for a
  Bedrock model, else Strands' estimate) and summarizes the oldest turns until the
  request fits, keeping at least `preserve_recent_messages`.
* **Summaries that keep the conversation valid for Bedrock.** Bedrock's Converse rejects two
  consecutive messages of the same role ("A conversation must alternate between user and
  assistant roles"). Strands keeps the summary as a *user* message in front of the remaining turns
  and asks for it with one more user message, so either can land next to another user message.
  Here the split point moves forward to an assistant message (the turns after the summary then start
  with the assistant), and the request for the summary is folded into the last summarized user message.

The stored history is untouched: with a session manager (`agentkit.memory.strands_session`) every
message stays in the store; only `agent.messages`, what is sent, shrinks. Strands records the
summary and the number of summarized messages in the session, so a resumed agent sends the same.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from strands._async import run_async
from strands.agent.conversation_manager import SummarizingConversationManager
from strands.agent.conversation_manager.compression.context_compression import (
    DEFAULT_SUMMARIZATION_PROMPT,
    as_user_summary,
)
from strands.event_loop.streaming import process_stream
from strands.hooks import AgentInitializedEvent, BeforeModelCallEvent, HookRegistry
from strands.models.bedrock import BedrockModel
from strands.types.content import Message
from strands.types.exceptions import ContextWindowOverflowException

if TYPE_CHECKING:
    from strands import Agent

log = logging.getLogger(__name__)

SUMMARY_REQUEST = "Please summarize this conversation."


class BudgetedSummarizer(SummarizingConversationManager):
    """Summarize the oldest turns whenever the next request would exceed `max_input_tokens`.

    `max_input_tokens` bounds the request (system prompt, tools and messages) as the model counts
    it; a conversation whose recent `preserve_recent_messages` alone exceed it is sent as it is (the
    budget never drops what the user just said). `summary_ratio` is the share of the messages
    summarized per step, as in Strands.
    """

    def __init__(
        self,
        max_input_tokens: int,
        *,
        preserve_recent_messages: int = 6,
        summary_ratio: float = 0.5,
        summarization_system_prompt: str | None = None,
    ) -> None:
        if max_input_tokens < 1:
            raise ValueError(f"max_input_tokens must be a positive number of tokens, got {max_input_tokens}.")
        super().__init__(
            summary_ratio=summary_ratio,
            preserve_recent_messages=preserve_recent_messages,
            summarization_system_prompt=summarization_system_prompt,
        )
        self.max_input_tokens = max_input_tokens
        self.summaries = 0
        """How many times older turns were summarized (in this process)."""

    def register_hooks(self, registry: HookRegistry, **kwargs: Any) -> None:
        super().register_hooks(registry, **kwargs)
        registry.add_callback(AgentInitializedEvent, self._count_natively)
        registry.add_callback(BeforeModelCallEvent, self._keep_within_budget)

    @staticmethod
    def _count_natively(event: AgentInitializedEvent) -> None:
        """A budget is only as good as its count: Bedrock models count with Bedrock's CountTokens.

        (Strands otherwise estimates characters / 4, which can be a quarter off either way.)
        """
        if isinstance(event.agent.model, BedrockModel):
            event.agent.model.update_config(use_native_token_count=True)

    def request_tokens(self, agent: Agent, messages: list[Message] | None = None) -> int:
        """The input tokens of the agent's next request (or of it with `messages`) as the model counts them."""
        return run_async(
            lambda: agent.model.count_tokens(
                agent.messages if messages is None else messages,
                tool_specs=agent.tool_registry.get_all_tool_specs(),
                system_prompt=agent.system_prompt,
                system_prompt_content=agent._system_prompt_content,
            )
        )

    def _keep_within_budget(self, event: BeforeModelCallEvent) -> None:
        agent = event.agent
        tokens = self.request_tokens(agent)
        while tokens > self.max_input_tokens:
            try:
                self._summarize_oldest(agent)
            except ContextWindowOverflowException as reason:  # only the turns that must be kept are left
                log.info(
                    "%d tokens is over the budget, but nothing more can be summarized: %s", tokens, reason
                )
                return
            before, tokens = tokens, self.request_tokens(agent)
            if tokens >= before:  # re-summarizing a summary gains nothing: send what there is
                log.info("summarizing again would not shrink the request (%d tokens)", tokens)
                return

    def _summarize_oldest(self, agent: Agent) -> None:
        super()._summarize_oldest(agent)
        self.summaries += 1

    def _adjust_split_point_for_tool_pairs(self, messages: list[Message], split_point: int) -> int:
        """Move the split forward until the turns kept start with an assistant message.

        An assistant message that calls a tool is followed by its result, so no tool pair is broken.
        At least two messages are summarized: a summary of the previous summary alone is no shorter.
        """
        while split_point < len(messages) and messages[split_point]["role"] != "assistant":
            split_point += 1
        if split_point < 2 or split_point > len(messages) - self.preserve_recent_messages:
            raise ContextWindowOverflowException("Cannot summarize: the recent messages must be kept")
        return split_point

    def _generate_summary(self, messages: list[Message], agent: Agent) -> Message:
        """Ask the model for a summary with the request folded into the last user message."""
        *earlier, last = messages
        request = [*earlier, {"role": last["role"], "content": [*last["content"], {"text": SUMMARY_REQUEST}]}]
        system_prompt = self.summarization_system_prompt or DEFAULT_SUMMARIZATION_PROMPT

        async def summarize() -> Message:
            reply: Message | None = None
            async for event in process_stream(
                agent.model.stream(request, tool_specs=None, system_prompt=system_prompt)
            ):
                if "stop" in event:
                    _, reply, _, _ = event["stop"]
            if reply is None:
                raise RuntimeError("Failed to generate summary: no response from the model")
            return as_user_summary(reply)

        return run_async(summarize)
