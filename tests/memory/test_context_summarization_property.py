"""Seed property 25: once a conversation outgrows its token budget, older turns are summarized.

Real Strands agents on a store (both backends) with `BudgetedSummarizer`; the simulated model answers and
writes the summaries. A turn and its answer here come to about 85 tokens, so with budgets of 200-340 and
3-5 turns some conversations never overflow (nothing may be summarized) and the rest overflow on the
third to fifth turn and keep summarizing for the turns after. (Longer conversations only repeat the
summarizing turn; each turn is a real agent run on the store, so the lengths are kept to what the
property needs.)
"""

from __future__ import annotations

from agent_support import PROPERTY, Recorder, agent_on, new_session, sentences, texts
from hypothesis import event, given
from hypothesis import strategies as st
from memory_support import Stores, backends, fresh

from agentkit.memory.budget import BudgetedSummarizer


@PROPERTY
@given(backend=backends, turns=st.lists(sentences, min_size=3, max_size=5), budget=st.integers(200, 340))
def test_property_25_context_summarization(
    stores: Stores, backend: str, turns: list[str], budget: int
) -> None:
    with fresh(stores.factories[backend]) as store:
        session = new_session()
        manager = BudgetedSummarizer(budget, preserve_recent_messages=4)
        agent = agent_on(store, session, conversation_manager=manager)
        recorder = Recorder(agent, manager, store)
        for said in turns:
            agent(said)
        keep = (
            manager.preserve_recent_messages + 2
        )  # the summary (or first message), the kept turns, the new one
        over = [call for call in recorder.calls if call["full_tokens"] > budget]
        event("overflowed" if over else "always fit")  # both kinds, shown by --hypothesis-show-statistics
        event("summarized" if manager.summaries else "never summarized")
        for call in recorder.calls:
            if (
                call["full_tokens"] <= budget and not manager.summaries
            ):  # while the history fits, it is sent whole
                assert call["tokens"] == call["full_tokens"]
        for call in over:  # once it does not, older turns are summarized, if there are any to summarize
            assert call["tokens"] < call["full_tokens"] or len(call["messages"]) <= keep
        if any(len(call["messages"]) > keep for call in over):
            assert manager.summaries > 0
            assert texts([agent.messages[0]])[0][1].startswith("Summary:")  # the simulator's summary
        if not over:
            assert manager.summaries == 0
        for call in recorder.calls:  # each request fits, unless only the summary and the kept turns are left
            assert call["tokens"] <= budget or len(call["messages"]) <= keep
        # The store keeps the whole conversation, whatever was sent.
        assert [m.text for m in store.iter_messages(session) if m.role == "user"] == turns
