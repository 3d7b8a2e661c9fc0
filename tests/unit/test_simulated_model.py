"""The simulated model's documented rules (agentkit/local/simulated/model.py), as tests.

The table at the bottom is the behaviour contract: varied requests over several tools, with the
tool calls the rules must produce. Property tests cover determinism, schema validity of forced
tool input, and never naming a tool that was not offered.
"""

from __future__ import annotations

import json

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agentkit.local.simulated import SimulatedModel, SimulatorInputError

MODEL = SimulatedModel()


def spec(name: str, description: str, properties: dict, required: list[str] | None = None) -> dict:
    schema = {"type": "object", "properties": properties, "required": required or list(properties)}
    return {"toolSpec": {"name": name, "description": description, "inputSchema": {"json": schema}}}


TOOLS = [
    spec(
        "calculator",
        "Evaluate an arithmetic expression and return the number.",
        {"expression": {"type": "string", "description": "arithmetic expression such as 2 * (3 + 4)"}},
    ),
    spec(
        "current_time",
        "Current date and time in a city or IANA time zone.",
        {"timezone": {"type": "string", "description": "city name or IANA time zone, e.g. Asia/Tokyo"}},
    ),
    spec(
        "get_weather",
        "Weather forecast for a city.",
        {
            "city": {"type": "string", "description": "city name"},
            "unit": {"type": "string", "enum": ["celsius", "fahrenheit"], "description": "temperature unit"},
        },
        ["city"],
    ),
    spec(
        "convert_units",
        "Convert a quantity between units of length or mass.",
        {
            "value": {"type": "number", "description": "quantity to convert"},
            "from_unit": {"type": "string", "enum": ["km", "miles", "kg", "pounds", "meters", "feet"]},
            "to_unit": {"type": "string", "enum": ["km", "miles", "kg", "pounds", "meters", "feet"]},
        },
    ),
    spec(
        "search_documents",
        "Search the company handbook documents for passages about a topic.",
        {
            "query": {"type": "string", "description": "search terms"},
            "top_k": {"type": "integer", "minimum": 1, "maximum": 10, "description": "number of passages"},
        },
        ["query"],
    ),
    spec(
        "create_ticket",
        "Open a support ticket with a title and priority.",
        {
            "title": {"type": "string", "description": "short title of the issue"},
            "priority": {"type": "string", "enum": ["low", "medium", "high"]},
        },
    ),
    spec(
        "stock_level",
        "Units in stock for an inventory item.",
        {"sku": {"type": "string", "description": "item SKU such as NW-1001"}},
    ),
]


def converse(text: str, tools: list[dict] = TOOLS, **extra) -> dict:
    request = {"messages": [{"role": "user", "content": [{"text": text}]}], "toolConfig": {"tools": tools}}
    request.update(extra)
    return MODEL.converse(request)


def calls(response: dict) -> list[tuple[str, dict]]:
    return [
        (b["toolUse"]["name"], b["toolUse"]["input"])
        for b in response["output"]["message"]["content"]
        if "toolUse" in b
    ]


# (request, expected calls in the first turn: tool name and the arguments that must match)
TABLE = [
    ("What is 17 * 23?", [("calculator", {"expression": "17 * 23"})]),
    ("calculate (4 + 5) / 3", [("calculator", {"expression": "(4 + 5) / 3"})]),
    ("What is 15% of 240?", [("calculator", {"expression": "15 / 100 * 240"})]),
    ("what is 12 plus 30", [("calculator", {"expression": "12 + 30"})]),
    ("How much is 7 times 6?", [("calculator", {"expression": "7 * 6"})]),
    ("what is 100 divided by 8", [("calculator", {"expression": "100 / 8"})]),
    ("What time is it in Tokyo?", [("current_time", {"timezone": "Tokyo"})]),
    ("Tell me the current time in New York", [("current_time", {"timezone": "New York"})]),
    ("what's the time in Europe/Paris right now", [("current_time", {})]),
    ("What's the weather in Lisbon?", [("get_weather", {"city": "Lisbon"})]),
    ("weather forecast for Oslo in fahrenheit", [("get_weather", {"city": "Oslo", "unit": "fahrenheit"})]),
    ("Will it rain in Berlin tomorrow? Give me the weather.", [("get_weather", {"city": "Berlin"})]),
    ("Convert 5 km to miles", [("convert_units", {"value": 5, "from_unit": "km", "to_unit": "miles"})]),
    ("convert 70 kg to pounds", [("convert_units", {"value": 70, "from_unit": "kg", "to_unit": "pounds"})]),
    ("How many feet is 3 meters? convert it", [("convert_units", {"value": 3, "from_unit": "meters", "to_unit": "feet"})]),
    ("Search the handbook for the travel policy", [("search_documents", {"query": "the travel policy"})]),
    ("Find documents about parental leave", [("search_documents", {"query": "parental leave"})]),
    ('search the documents for "expense limits"', [("search_documents", {"query": "expense limits"})]),
    ("Open a ticket titled \"VPN down\" with high priority", [("create_ticket", {"title": "VPN down", "priority": "high"})]),
    ("create a support ticket: printer jammed, low priority", [("create_ticket", {"priority": "low"})]),
    ("What is 2 + 2, and what time is it in Sydney?",
     [("calculator", {"expression": "2 + 2"}), ("current_time", {"timezone": "Sydney"})]),
    ("What's the weather in Rome and convert 10 km to miles",
     [("get_weather", {"city": "Rome"}), ("convert_units", {"value": 10, "from_unit": "km", "to_unit": "miles"})]),
    ("Convert 5 km to miles and convert 3 kg to pounds",
     [("convert_units", {"value": 5, "from_unit": "km", "to_unit": "miles"}),
      ("convert_units", {"value": 3, "from_unit": "kg", "to_unit": "pounds"})]),
    ("Search the handbook for vacation rules. Then open a ticket about vacation rules with medium priority.",
     [("search_documents", {}), ("create_ticket", {"priority": "medium"})]),
    ("what time is it in Cairo; also what is 9 * 9",
     [("current_time", {"timezone": "Cairo"}), ("calculator", {"expression": "9 * 9"})]),
    ("weather in Madrid, then the time in Madrid",
     [("get_weather", {"city": "Madrid"}), ("current_time", {"timezone": "Madrid"})]),
    ("Give me the top 3 handbook passages about security", [("search_documents", {"top_k": 3})]),
    ("Look up the stock item NW-1001", [("stock_level", {"sku": "NW-1001"})]),
    ("How many units of item NW-2003 are in stock?", [("stock_level", {"sku": "NW-2003"})]),
    ("Tell me a joke", []),
    ("Hello!", []),
    ("Who wrote Hamlet?", []),
    ("Summarize our conversation", []),
    ("What is the capital of France?", []),
]  # fmt: skip


@pytest.mark.parametrize(("request_text", "expected"), TABLE, ids=[t[0][:40] for t in TABLE])
def test_request_table(request_text: str, expected: list[tuple[str, dict]]) -> None:
    made = calls(converse(request_text))
    assert [name for name, _ in made] == [name for name, _ in expected]
    for (_, args), (_, wanted) in zip(made, expected, strict=True):
        for key, value in wanted.items():
            assert args[key] == value, (key, args)


def test_table_is_large_and_varied() -> None:
    assert len(TABLE) >= 30
    assert len({name for _, exp in TABLE for name, _ in exp}) >= 2


def test_dependent_call_waits_for_the_value_it_needs() -> None:
    """ "15 % of the total" needs a number another tool provides: that tool goes first."""
    tools = [
        TOOLS[0],
        spec(
            "sales_total",
            "Total sales revenue for a region.",
            {"region": {"type": "string", "enum": ["north", "south"]}},
        ),
    ]
    messages = [
        {"role": "user", "content": [{"text": "What is 15 % of the sales revenue in the north region?"}]}
    ]
    first = MODEL.converse({"messages": messages, "toolConfig": {"tools": tools}})
    assert calls(first) == [("sales_total", {"region": "north"})]
    use = calls_with_ids(first)[0]
    messages += [first["output"]["message"], tool_result(use, "12000")]
    second = MODEL.converse({"messages": messages, "toolConfig": {"tools": tools}})
    assert calls(second) == [("calculator", {"expression": "15 / 100 * 12000"})]
    messages += [second["output"]["message"], tool_result(calls_with_ids(second)[0], "1800")]
    final = MODEL.converse({"messages": messages, "toolConfig": {"tools": tools}})
    assert final["stopReason"] == "end_turn"
    assert "1800" in final["output"]["message"]["content"][0]["text"]


def test_the_tool_named_for_a_missing_value_goes_first_and_feeds_the_other() -> None:
    tools = [
        spec(
            "find_member_id",
            "Find a library member's id from their e-mail address.",
            {"email": {"type": "string"}},
        ),
        spec(
            "loans_of_member",
            "List the books a member has on loan, by member id.",
            {"member_id": {"type": "string"}},
        ),
    ]
    messages = [
        {"role": "user", "content": [{"text": "What books has the member ines@example.org on loan?"}]}
    ]
    first = MODEL.converse({"messages": messages, "toolConfig": {"tools": tools}})
    assert calls(first) == [("find_member_id", {"email": "ines@example.org"})]
    messages += [first["output"]["message"], tool_result(calls_with_ids(first)[0], "M-20931")]
    second = MODEL.converse({"messages": messages, "toolConfig": {"tools": tools}})
    assert calls(second) == [("loans_of_member", {"member_id": "M-20931"})]


def test_a_forced_enum_takes_the_option_whose_gloss_the_request_shares() -> None:
    route = spec(
        "Route",
        "Which desk a support question goes to.",
        {
            "desk": {
                "type": "string",
                "enum": ["billing", "shipping"],
                "description": "billing for invoices, shipping for deliveries",
            }
        },
    )
    for text, desk in [("My delivery is late.", "shipping"), ("Why is my invoice wrong?", "billing")]:
        request = {
            "messages": [{"role": "user", "content": [{"text": text}]}],
            "toolConfig": {"tools": [route], "toolChoice": {"tool": {"name": "Route"}}},
        }
        assert calls(MODEL.converse(request)) == [("Route", {"desk": desk})]


def calls_with_ids(response: dict) -> list[dict]:
    return [b["toolUse"] for b in response["output"]["message"]["content"] if "toolUse" in b]


def tool_result(use: dict, text: str, status: str = "success") -> dict:
    return {
        "role": "user",
        "content": [
            {"toolResult": {"toolUseId": use["toolUseId"], "content": [{"text": text}], "status": status}}
        ],
    }


def test_final_answer_quotes_tool_results_and_errors() -> None:
    messages = [{"role": "user", "content": [{"text": "What is 2 + 2, and what time is it in Lima?"}]}]
    first = MODEL.converse({"messages": messages, "toolConfig": {"tools": TOOLS}})
    calc, clock = calls_with_ids(first)
    messages += [
        first["output"]["message"],
        {
            "role": "user",
            "content": [
                {"toolResult": {"toolUseId": calc["toolUseId"], "content": [{"text": "4"}]}},
                {
                    "toolResult": {
                        "toolUseId": clock["toolUseId"],
                        "content": [{"text": "unknown zone Lima"}],
                        "status": "error",
                    }
                },
            ],
        },
    ]
    final = MODEL.converse({"messages": messages, "toolConfig": {"tools": TOOLS}})
    answer = final["output"]["message"]["content"][0]["text"]
    assert final["stopReason"] == "end_turn"
    assert "4" in answer and "unknown zone Lima" in answer and "failed" in answer


QUERY_TOOL = spec(
    "run_query",
    "Run one SELECT. Tables: customers(customer_id, region_id, joined_on), sales(order_id, revenue).",
    {"sql": {"type": "string", "description": "the SQL query"}},
)


def test_a_failed_call_is_repaired_once_with_the_names_its_error_spells_out() -> None:
    messages = [{"role": "user", "content": [{"text": "Show the customers"}]}]
    first = MODEL.converse({"messages": messages, "toolConfig": {"tools": [QUERY_TOOL]}})
    assert calls(first) == [("run_query", {"sql": "SELECT * FROM customers"})]
    refusal = "SELECT * would read hidden columns; list the columns you need, from: customer_id, joined_on"
    messages += [first["output"]["message"], tool_result(calls_with_ids(first)[0], refusal, "error")]
    second = MODEL.converse({"messages": messages, "toolConfig": {"tools": [QUERY_TOOL]}})
    assert calls(second) == [("run_query", {"sql": "SELECT customer_id, joined_on FROM customers"})]
    messages += [second["output"]["message"], tool_result(calls_with_ids(second)[0], '[{"customer_id": 7}]')]
    final = MODEL.converse({"messages": messages, "toolConfig": {"tools": [QUERY_TOOL]}})
    answer = final["output"]["message"]["content"][0]["text"]
    assert final["stopReason"] == "end_turn"
    assert "customer id 7" in answer and "rewritten after run_query failed" in answer


def test_a_failed_repair_is_final() -> None:
    messages = [{"role": "user", "content": [{"text": "Show the customers"}]}]
    first = MODEL.converse({"messages": messages, "toolConfig": {"tools": [QUERY_TOOL]}})
    refusal = "list the columns you need, from: customer_id"
    messages += [first["output"]["message"], tool_result(calls_with_ids(first)[0], refusal, "error")]
    second = MODEL.converse({"messages": messages, "toolConfig": {"tools": [QUERY_TOOL]}})
    messages += [
        second["output"]["message"],
        tool_result(calls_with_ids(second)[0], "database is locked", "error"),
    ]
    final = MODEL.converse({"messages": messages, "toolConfig": {"tools": [QUERY_TOOL]}})
    assert final["stopReason"] == "end_turn"
    answer = final["output"]["message"]["content"][0]["text"]
    assert "list the columns" in answer and "failed again with “database is locked”" in answer


def test_an_error_that_changes_no_argument_is_not_retried() -> None:
    messages = [{"role": "user", "content": [{"text": "What time is it in Lima?"}]}]
    first = MODEL.converse({"messages": messages, "toolConfig": {"tools": TOOLS}})
    (use,) = calls_with_ids(first)
    messages += [first["output"]["message"], tool_result(use, "unknown zone: use Area/City", "error")]
    final = MODEL.converse({"messages": messages, "toolConfig": {"tools": TOOLS}})
    assert final["stopReason"] == "end_turn"


def test_answer_from_context_without_tools() -> None:
    request = {
        "system": [{"text": "The office opens at 9 am. Parking is free for staff."}],
        "messages": [{"role": "user", "content": [{"text": "When does the office open?"}]}],
    }
    answer = MODEL.converse(request)["output"]["message"]["content"][0]["text"]
    assert "9 am" in answer


def test_a_fitting_tool_without_its_value_gets_a_question_not_a_guess() -> None:
    tool = spec(
        "ship_parcel",
        "Ship a parcel to an address.",
        {
            "address": {"type": "string", "description": "street address to deliver to"},
            "weight_kg": {"type": "number", "description": "parcel weight in kilograms"},
        },
    )
    request = {
        "messages": [{"role": "user", "content": [{"text": "Ship a parcel to 12 Quay Street, Galway."}]}],
        "toolConfig": {"tools": [tool]},
    }
    response = MODEL.converse(request)
    answer = response["output"]["message"]["content"][0]["text"]
    assert response["stopReason"] == "end_turn"
    assert "ship_parcel" in answer and "`weight_kg`" in answer and answer.endswith("?")
    [decision] = response["additionalModelResponseFields"]["agentkitWhy"]
    assert decision["rule"] == "missing value" and "weight_kg" in decision["detail"]


def test_a_decline_names_the_closest_tool_and_the_test_it_failed() -> None:
    request = {
        "messages": [{"role": "user", "content": [{"text": "Tell me a joke about penguins."}]}],
        "toolConfig": {"tools": TOOLS},
    }
    [decision] = MODEL.converse(request)["additionalModelResponseFields"]["agentkitWhy"]
    assert decision["rule"] == "no answer"
    assert "closest tool" in decision["detail"] and "a call needs" in decision["detail"]


def test_summary_is_extractive() -> None:
    story = (
        "Our team shipped the new billing service in March. The service cut invoice errors by half. "
        "Customers asked for monthly statements. The billing service now sends monthly statements. "
        "Lunch was pizza."
    )
    answer = converse(f"Summarize this: {story}", tools=[])["output"]["message"]["content"][0]["text"]
    assert answer.startswith("Summary:")
    body = answer.removeprefix("Summary: ")
    assert all(sentence.strip() in story for sentence in body.split(". ") if sentence.strip())


def test_summary_of_the_conversation_so_far() -> None:
    """Asked to summarize "this conversation", it draws on every turn, not on the request alone."""
    turns = [
        "My sister Ana lives in Lisbon.",
        "Noted.",
        "Ana is a marine biologist who studies octopus behaviour.",
        "Interesting.",
    ]
    messages = [
        {"role": "user" if i % 2 == 0 else "assistant", "content": [{"text": t}]} for i, t in enumerate(turns)
    ]
    messages.append(
        {
            "role": "user",
            "content": [{"text": "Ana visits in May."}, {"text": "Please summarize this conversation."}],
        }
    )
    answer = MODEL.converse({"messages": messages})["output"]["message"]["content"][0]["text"]
    body = answer.removeprefix("Summary: ")
    assert answer.startswith("Summary: ") and "summar" not in body.lower()
    assert "Lisbon" in body and "octopus" in body


def test_max_tokens_and_stop_sequences() -> None:
    request = {
        "system": [{"text": "Alpha beta gamma delta epsilon zeta eta theta."}],
        "messages": [{"role": "user", "content": [{"text": "alpha beta gamma?"}]}],
    }
    cut = MODEL.converse({**request, "inferenceConfig": {"maxTokens": 3}})
    assert cut["stopReason"] == "max_tokens" and cut["usage"]["outputTokens"] <= 3
    stopped = MODEL.converse({**request, "inferenceConfig": {"stopSequences": ["gamma"]}})
    assert stopped["stopReason"] == "stop_sequence"
    assert "gamma" not in stopped["output"]["message"]["content"][0]["text"]


def test_usage_and_latency_reported() -> None:
    response = converse("What is 17 * 23?")
    usage = response["usage"]
    assert usage["inputTokens"] > 0 and usage["outputTokens"] > 0
    assert usage["totalTokens"] == usage["inputTokens"] + usage["outputTokens"]
    assert response["metrics"]["latencyMs"] > 0


def test_longer_conversation_costs_more_input_tokens() -> None:
    short = converse("What is 17 * 23?")["usage"]["inputTokens"]
    long = converse("What is 17 * 23? " + "Please be precise. " * 20)["usage"]["inputTokens"]
    assert long > short


@pytest.mark.parametrize(
    ("request_", "message"),
    [
        ({"messages": []}, "start with a user message"),
        ({"messages": [{"role": "assistant", "content": [{"text": "hi"}]}]}, "start with a user message"),
        (
            {
                "messages": [
                    {"role": "user", "content": [{"text": "a"}]},
                    {"role": "user", "content": [{"text": "b"}]},
                ]
            },
            "alternate",
        ),
        (
            {
                "messages": [
                    {"role": "user", "content": [{"text": "a"}]},
                    {
                        "role": "assistant",
                        "content": [{"toolUse": {"toolUseId": "t", "name": "x", "input": {}}}],
                    },
                    {"role": "user", "content": [{"toolResult": {"toolUseId": "t", "content": []}}]},
                ]
            },
            "toolConfig field must be defined",
        ),
        (
            {
                "messages": [{"role": "user", "content": [{"text": "a"}]}],
                "toolConfig": {"tools": TOOLS, "toolChoice": {"tool": {"name": "nope"}}},
            },
            "not in toolConfig",
        ),
    ],
)
def test_malformed_requests_are_refused(request_: dict, message: str) -> None:
    with pytest.raises(SimulatorInputError, match=message):
        MODEL.converse(request_)


# ---- properties -------------------------------------------------------------------------------

WORDS = st.sampled_from(
    "what is the weather time in Tokyo convert km miles search handbook ticket high 12 7 * + and then".split()
)
TEXTS = st.lists(WORDS, min_size=1, max_size=14).map(" ".join)

leaf_schemas = st.one_of(
    st.just({"type": "string"}),
    st.builds(
        lambda lo, hi: {"type": "string", "minLength": lo, "maxLength": lo + hi},
        st.integers(0, 5),
        st.integers(0, 20),
    ),
    st.builds(
        lambda lo, span: {"type": "integer", "minimum": lo, "maximum": lo + span},
        st.integers(-50, 50),
        st.integers(0, 100),
    ),
    st.builds(lambda lo: {"type": "number", "exclusiveMinimum": lo}, st.integers(-5, 5)),
    st.just({"type": "number"}),
    st.just({"type": "boolean"}),
    st.lists(st.text("abcxyz", min_size=1, max_size=5), min_size=1, max_size=4, unique=True).map(
        lambda values: {"type": "string", "enum": values}
    ),
    st.just({"type": "string", "format": "date"}),
    st.just({"type": ["string", "null"]}),
)


def objects(children):
    return st.dictionaries(
        st.from_regex(r"[a-z]{1,8}", fullmatch=True), children, min_size=1, max_size=4
    ).flatmap(
        lambda props: st.lists(st.sampled_from(sorted(props)), unique=True).map(
            lambda req: {"type": "object", "properties": props, "required": req}
        )
    )


schemas = st.recursive(
    leaf_schemas,
    lambda children: st.one_of(
        objects(children),
        st.builds(
            lambda items, n: {"type": "array", "items": items, "minItems": n}, children, st.integers(0, 2)
        ),
    ),
    max_leaves=8,
)
object_schemas = objects(schemas)


@settings(max_examples=100, deadline=None)
@given(schema=object_schemas, request_text=TEXTS)
def test_property_forced_tool_input_validates_against_schema(schema: dict, request_text: str) -> None:
    tool = {"toolSpec": {"name": "target", "description": "a tool", "inputSchema": {"json": schema}}}
    response = converse(
        request_text, tools=[tool], toolConfig={"tools": [tool], "toolChoice": {"tool": {"name": "target"}}}
    )
    made = calls(response)
    assert [name for name, _ in made] == ["target"]
    jsonschema.validate(made[0][1], schema, format_checker=jsonschema.FormatChecker())


@settings(max_examples=100, deadline=None)
@given(
    request_text=TEXTS,
    offered=st.lists(
        st.sampled_from(TOOLS), min_size=0, max_size=4, unique_by=lambda t: t["toolSpec"]["name"]
    ),
    choice=st.sampled_from([None, {"auto": {}}, {"any": {}}]),
)
def test_property_18_tool_selected_from_configured_tools(
    request_text: str, offered: list[dict], choice: dict | None
) -> None:
    """Seed property 18: every tool call names one of the agent's configured tools (and `any` forces one)."""
    config: dict = {"tools": offered}
    if choice and offered:
        config["toolChoice"] = choice
    request = {"messages": [{"role": "user", "content": [{"text": request_text}]}]}
    if offered:
        request["toolConfig"] = config
    names = {t["toolSpec"]["name"] for t in offered}
    made = calls(MODEL.converse(request))
    assert {name for name, _ in made} <= names
    if choice and "any" in choice and offered:
        assert made, "toolChoice any must produce a tool call"


@settings(max_examples=100, deadline=None)
@given(
    request_text=TEXTS,
    offered=st.lists(st.sampled_from(TOOLS), max_size=6, unique_by=lambda t: t["toolSpec"]["name"]),
    max_tokens=st.none() | st.integers(1, 200),
)
def test_property_same_request_same_response(
    request_text: str, offered: list[dict], max_tokens: int | None
) -> None:
    request: dict = {"messages": [{"role": "user", "content": [{"text": request_text}]}]}
    if offered:
        request["toolConfig"] = {"tools": offered}
    if max_tokens:
        request["inferenceConfig"] = {"maxTokens": max_tokens}
    first = SimulatedModel().converse(json.loads(json.dumps(request)))
    second = SimulatedModel().converse(json.loads(json.dumps(request)))
    assert first == second


SCHEMA_DESCRIPTION = (
    "Run one read-only SQL query on the retail database. Tables: sales(order_id, order_date, customer_id, "
    "product_id, region, quantity, revenue), products(product_id, name, category, unit_price), "
    "customers(customer_id, name, region_id, joined_on)"
)
SQL_TOOL = spec(
    "query_database", SCHEMA_DESCRIPTION, {"sql": {"type": "string", "description": "one SQL SELECT"}}
)


@pytest.mark.parametrize(
    ("question", "sql"),
    [
        ("What is the total revenue in the sales table?", "SELECT SUM(revenue) AS sum_revenue FROM sales"),
        ("total revenue by region", "SELECT region, SUM(revenue) AS sum_revenue FROM sales GROUP BY region "
         "ORDER BY sum_revenue DESC"),
        ("How many customers are there?", "SELECT COUNT(*) AS count FROM customers"),
        ("average unit price per category of products", "SELECT category, AVG(unit_price) AS avg_unit_price "
         "FROM products GROUP BY category ORDER BY avg_unit_price DESC"),
        ("revenue of the north region in 2025", "SELECT SUM(revenue) AS sum_revenue FROM sales WHERE "
         "region = 'north' AND strftime('%Y', order_date) = '2025'"),
    ],
)  # fmt: skip
def test_sql_written_from_the_schema_in_the_description(question: str, sql: str) -> None:
    assert calls(converse(question, tools=[SQL_TOOL])) == [("query_database", {"sql": sql})]


def test_sql_tool_not_called_when_the_clause_names_no_table_or_column() -> None:
    assert calls(converse("What is the weather like?", tools=[SQL_TOOL])) == []


@pytest.mark.parametrize(
    ("result", "clause", "said"),
    [
        ({"result": 395}, "What is 17 * 23 + 4", "395"),
        (
            {"stock": 16, "name": "Ridgeline 2P Tent", "sku": "NW-1001"},
            "How many are in stock",
            "stock 16, name",
        ),
        (
            {"rows": [{"region": "west", "revenue": 5.5}, {"region": "east", "revenue": 4}]},
            "revenue by region",
            "2 rows — west: revenue 5.5; east: revenue 4",
        ),
        ({"rows": []}, "sales in 1990", "I can't tell from the data"),
        ([1, 2, 3], "the numbers", "1, 2 and 3"),
        ({"ok": True}, "is it open", "ok yes"),
        (
            {"rows": [{"customer_id": 1, "region_id": 3}], "note": "capped"},
            "What are the names of customers",
            "I can't tell the names from the data: the results hold only customer id and region id",
        ),
        ({"name": "Alpine", "weight_kg": 2.1}, "What is the weight of the Alpine tent", "weight kg 2.1"),
        (
            {"rows": [{"region": "west", "count": 3}]},
            "What is the number of customers by region",
            "west: count 3",
        ),
        (
            {
                "results": [
                    {
                        "title": "France",
                        "snippet": "Paris is the capital and largest city of France, on the Seine.",
                    }
                ]
            },
            "What is the capital of France",
            "Paris is the capital",
        ),
    ],
)
def test_answers_say_a_result_in_words_not_json(result: object, clause: str, said: str) -> None:
    """Final answers put a tool's result in words by its shape (rule 9): never a JSON object."""
    from agentkit.local.simulated.answer import render_result

    rendered = render_result(json.dumps(result), clause=clause)
    assert said in rendered
    assert "{" not in rendered and '":' not in rendered


def test_a_search_result_is_answered_with_its_best_passage_and_one_clause_without_echo() -> None:
    """Search hits read as a quote of the best passage with its title; one clause is not echoed back."""
    from agentkit.local.simulated.answer import Outcome, grounded

    hits = {
        "results": [
            {
                "doc": "care.md",
                "title": "Caring for tents",
                "snippet": "Dry the fly before you pack it away, " * 3,
            },
            {
                "doc": "other.md",
                "title": "Other",
                "snippet": "Unrelated words about something else entirely " * 2,
            },
        ]
    }
    answer = grounded([("How do I store a wet tent", [[Outcome("search", json.dumps(hits), True)]], "")])
    assert answer.startswith("From Caring for tents: “Dry the fly before you pack it away")
    assert "the best of 2 passages found" in answer and "How do I store" not in answer
    assert "Unrelated" not in answer


def test_a_value_written_as_the_description_asks_says_what_it_was_written_from() -> None:
    holidays = {
        "toolSpec": {
            "name": "list_public_holidays",
            "description": "List the public holidays of a country in a year.",
            "inputSchema": {
                "json": {
                    "type": "object",
                    "properties": {
                        "country_code": {
                            "type": "string",
                            "description": "Two-letter ISO country code, e.g. 'US'.",
                        },
                        "year": {"type": "integer", "description": "The year."},
                    },
                    "required": ["country_code", "year"],
                }
            },
        }
    }
    request = {
        "messages": [{"role": "user", "content": [{"text": "List the public holidays of Norway in 2028."}]}],
        "toolConfig": {"tools": [holidays]},
    }
    [decision] = MODEL.converse(request)["additionalModelResponseFields"]["agentkitWhy"]
    [code] = [a for a in decision["arguments"] if a["name"] == "country_code"]
    assert code["value"] == "NO"
    assert "“Norway” written as the description asks" in code["evidence"]


SEARCH_TOOL = spec(
    "search_notes",
    "Search the team's notes and return the best matching passages.",
    {
        "query": {"type": "string", "description": "what to look for"},
        "limit": {"type": "integer", "description": "how many passages to return"},
    },
    ["query"],
)


@pytest.mark.parametrize(
    "request_text",
    [
        "Search the notes for backup rotation and return the top 4 passages.",
        "Search the notes for backup rotation. Return 4 passages.",
    ],
)
def test_a_clause_that_only_describes_the_call_is_answered_by_its_results(request_text: str) -> None:
    """A later clause that only sets a value of the call before it ("… and return the top 4") makes no call
    of its own, so the answer quotes that call's result once, with no line saying no tool fits the clause."""
    messages = [{"role": "user", "content": [{"text": request_text}]}]
    first = MODEL.converse({"messages": messages, "toolConfig": {"tools": [SEARCH_TOOL]}})
    (use,) = calls_with_ids(first)
    assert use["input"] == {"query": "backup rotation", "limit": 4}
    messages += [first["output"]["message"], tool_result(use, "Rotate the tapes every Friday.")]
    final = MODEL.converse({"messages": messages, "toolConfig": {"tools": [SEARCH_TOOL]}})
    answer = final["output"]["message"]["content"][0]["text"]
    assert "Rotate the tapes every Friday" in answer
    assert "fits" not in answer and "\n" not in answer.strip()
