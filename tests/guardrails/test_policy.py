"""`GuardrailPolicy`: the CreateGuardrail request it makes, validated by botocore, and its round trip."""

from __future__ import annotations

import re

import boto3
import botocore.session
import pytest
from botocore.validate import ParamValidator
from pydantic import ValidationError

from agentkit.bedrock_models import DEFAULT_MODEL
from agentkit.guardrails import (
    ArgumentRule,
    ContentFilter,
    DeniedTopic,
    Grounding,
    GuardrailError,
    GuardrailPolicy,
    InjectionCheck,
    PiiRule,
    RegexRule,
    ToolRule,
    Word,
    delete_guardrail,
    deploy,
    ensure_guardrail,
    load,
)


def full_policy(name: str = "everything") -> GuardrailPolicy:
    """Every kind of rule, with non-default settings where a field has any."""
    return GuardrailPolicy(
        name=name,
        description="every policy Bedrock has, and the agent rules",
        blocked_input_message="Not that, sorry.",
        blocked_output_message="I can't say that.",
        content_filters=[
            ContentFilter(category="HATE"),
            ContentFilter(category="INSULTS", input_strength="MEDIUM", output_strength="LOW"),
            ContentFilter(category="VIOLENCE", output_action="NONE"),
            ContentFilter(category="PROMPT_ATTACK", output_strength="NONE"),
        ],
        denied_topics=[
            DeniedTopic(
                name="Investment advice",
                definition="Recommendations about stocks, funds or cryptocurrency.",
                examples=["Should I buy index funds?"],
            ),
            DeniedTopic(name="Medical advice", definition="Diagnosing illness.", output_enabled=False),
        ],
        words=["Project Falcon", Word(text="hush", input_action="NONE")],
        profanity=True,
        pii=[
            PiiRule(type="EMAIL"),
            PiiRule(type="US_SOCIAL_SECURITY_NUMBER", action="BLOCK"),
            PiiRule(type="PHONE", action="ANONYMIZE", input_action="NONE"),
        ],
        regexes=[RegexRule(name="order_id", pattern=r"ORD-\d{6}", description="an order number")],
        grounding=Grounding(grounding_threshold=0.6, relevance_threshold=0.3),
        allowed_tools={"search_documents": ToolRule(arguments={"top_k": ArgumentRule(maximum=5)})},
        injection=InjectionCheck(action="withhold"),
    )


def errors_against_botocore(params: dict) -> str:
    model = botocore.session.get_session().get_service_model("bedrock")
    report = ParamValidator().validate(params, model.operation_model("CreateGuardrail").input_shape)
    return report.generate_report()


@pytest.mark.parametrize(
    "policy",
    [full_policy(), GuardrailPolicy(name="minimal"), GuardrailPolicy(name="words", words=["x"])],
    ids=["full", "minimal", "words-only"],
)
def test_create_request_fits_botocore_service_model(policy):
    assert errors_against_botocore(policy.to_create_request()) == ""


def limits_broken(value, shape, path="") -> list[str]:
    """The service model's max lengths, enums and patterns, which botocore's validator leaves to the server."""
    problems = []
    meta = shape.metadata
    if shape.type_name == "structure":
        for key, item in value.items():
            problems += limits_broken(item, shape.members[key], f"{path}.{key}")
    elif shape.type_name == "list":
        if len(value) > meta.get("max", len(value)):
            problems.append(f"{path}: {len(value)} items > {meta['max']}")
        for i, item in enumerate(value):
            problems += limits_broken(item, shape.member, f"{path}[{i}]")
    elif shape.type_name == "string":
        if len(value) > meta.get("max", len(value)):
            problems.append(f"{path}: {len(value)} characters > {meta['max']}")
        if "pattern" in meta and not re.fullmatch(meta["pattern"], value):
            problems.append(f"{path}: {value!r} does not match {meta['pattern']}")
        if shape.enum and value not in shape.enum:
            problems.append(f"{path}: {value!r} not in {shape.enum}")
    return problems


def test_request_keeps_the_limits_the_server_enforces():
    model = botocore.session.get_session().get_service_model("bedrock")
    shape = model.operation_model("CreateGuardrail").input_shape
    longest = GuardrailPolicy(
        name="n" * 50,
        description="d" * 200,
        denied_topics=[DeniedTopic(name="T" * 100, definition="x" * 200, examples=["e" * 100] * 5)],
        regexes=[RegexRule(name="r" * 100, pattern="a" * 500, description="d" * 1000)],
        words=["w" * 100],
        blocked_input_message="b" * 500,
    )
    for policy in (full_policy(), longest):
        assert limits_broken(policy.to_create_request(), shape) == []
    over = full_policy().to_create_request() | {"name": "x" * 51}
    assert limits_broken(over, shape) == [".name: 51 characters > 50"]


def test_botocore_check_does_catch_a_malformed_request():
    """The validation above is not vacuous: a request botocore refuses is reported."""
    request = full_policy().to_create_request()
    request["topicPolicyConfig"]["topicsConfig"][0]["type"] = 7
    del request["blockedInputMessaging"]
    report = errors_against_botocore(request)
    assert "blockedInputMessaging" in report and "type" in report


def test_request_uses_bedrock_names_and_explicit_directions():
    request = full_policy().to_create_request()
    topic = request["topicPolicyConfig"]["topicsConfig"][1]
    assert topic == {
        "name": "Medical advice",
        "definition": "Diagnosing illness.",
        "examples": [],
        "type": "DENY",
        "inputAction": "BLOCK",
        "outputAction": "BLOCK",
        "inputEnabled": True,
        "outputEnabled": False,
    }
    phone = request["sensitiveInformationPolicyConfig"]["piiEntitiesConfig"][2]
    assert (phone["action"], phone["inputAction"], phone["outputAction"]) == (
        "ANONYMIZE",
        "NONE",
        "ANONYMIZE",
    )
    assert request["contextualGroundingPolicyConfig"]["filtersConfig"] == [
        {"type": "GROUNDING", "threshold": 0.6, "action": "BLOCK", "enabled": True},
        {"type": "RELEVANCE", "threshold": 0.3, "action": "BLOCK", "enabled": True},
    ]
    assert request["wordPolicyConfig"]["managedWordListsConfig"][0]["type"] == "PROFANITY"
    assert "allowed_tools" not in str(request) and "search_documents" not in str(request)


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: ContentFilter(category="PROMPT_ATTACK"), "input only"),
        (lambda: RegexRule(name="r", pattern="(unclosed"), "not a valid regular expression"),
        (lambda: Grounding(), "grounding_threshold"),
        (lambda: GuardrailPolicy(name="has spaces"), "name"),
        (
            lambda: GuardrailPolicy(name="n", pii=[PiiRule(type="EMAIL"), PiiRule(type="EMAIL")]),
            "repeated: EMAIL",
        ),
        (lambda: PiiRule(type="SHOE_SIZE"), "type"),
        (lambda: DeniedTopic(name="t", definition="d", examples=["e"] * 6), "at most 5"),
        (lambda: GuardrailPolicy(name="n" * 51), "at most 50"),
    ],
)
def test_invalid_policies_say_what_is_wrong(build, message):
    with pytest.raises(ValidationError, match=message):
        build()


def test_shorthands():
    policy = GuardrailPolicy(name="n", words=["a"], profanity=True, allowed_tools=["calculator"])
    assert policy.words == [Word(text="a")]
    assert policy.profanity is not None
    assert policy.allowed_tools == {"calculator": ToolRule()}
    assert GuardrailPolicy(name="n", profanity=False).profanity is None


def test_from_guardrail_ignores_what_real_bedrock_adds():
    """GetGuardrail on AWS also answers status, tiers, modalities and timestamps; the policy ignores them."""
    policy = full_policy("aws-shaped")
    request = policy.to_create_request()
    topics = request["topicPolicyConfig"]
    content = request["contentPolicyConfig"]
    details = {
        "name": policy.name,
        "description": policy.description,
        "guardrailId": "abcdefabcdef",
        "status": "READY",
        "version": "1",
        "topicPolicy": {"topics": topics["topicsConfig"], "tier": {"tierName": "CLASSIC"}},
        "contentPolicy": {
            "filters": [
                f | {"inputModalities": ["TEXT"], "outputModalities": ["TEXT"]}
                for f in content["filtersConfig"]
            ],
            "tier": {"tierName": "CLASSIC"},
        },
        "wordPolicy": {
            "words": request["wordPolicyConfig"]["wordsConfig"],
            "managedWordLists": request["wordPolicyConfig"]["managedWordListsConfig"],
        },
        "sensitiveInformationPolicy": {
            "piiEntities": request["sensitiveInformationPolicyConfig"]["piiEntitiesConfig"],
            "regexes": request["sensitiveInformationPolicyConfig"]["regexesConfig"],
        },
        "contextualGroundingPolicy": {"filters": request["contextualGroundingPolicyConfig"]["filtersConfig"]},
        "blockedInputMessaging": policy.blocked_input_message,
        "blockedOutputsMessaging": policy.blocked_output_message,
        "createdAt": "2026-12-01T09:00:00Z",
    }
    back = GuardrailPolicy.from_guardrail(
        details, allowed_tools=policy.allowed_tools, injection=policy.injection
    )
    assert back == policy


# Through the control plane (the local endpoint; on AWS the same calls reach Bedrock)


def test_round_trip_through_create_and_get(local_env):
    policy = full_policy("round-trip")
    bedrock = boto3.client("bedrock")
    created = bedrock.create_guardrail(**policy.to_create_request())
    details = bedrock.get_guardrail(guardrailIdentifier=created["guardrailId"])
    back = GuardrailPolicy.from_guardrail(
        details, allowed_tools=policy.allowed_tools, injection=policy.injection
    )
    assert back == policy
    bedrock.delete_guardrail(guardrailIdentifier=created["guardrailId"])


def test_deploy_creates_a_version_and_load_reads_it(local_env):
    policy = full_policy("deployed")
    guardrail = deploy(policy)
    try:
        assert guardrail.version == "1"
        assert guardrail.arn.endswith(f"guardrail/{guardrail.id}")
        again = load(guardrail.id, "1", policy.allowed_tools, policy.injection)
        assert again == guardrail
        with pytest.raises(GuardrailError, match="already exists.*ensure_guardrail"):
            deploy(policy)
    finally:
        delete_guardrail(guardrail)


def test_ensure_guardrail_reuses_an_identical_one_and_refuses_a_different_one(local_env):
    policy = full_policy("ensured")
    first = ensure_guardrail(policy)
    try:
        assert ensure_guardrail(policy) == first
        changed = policy.model_copy(update={"words": [Word(text="other")]})
        with pytest.raises(GuardrailError, match="different policy"):
            ensure_guardrail(changed)
    finally:
        delete_guardrail(first)


def test_the_converse_config_applies_this_version_inside_a_model_call(local_env):
    guardrail = deploy(full_policy("on-converse"))
    try:
        reply = boto3.client("bedrock-runtime").converse(
            modelId=DEFAULT_MODEL,
            messages=[{"role": "user", "content": [{"text": "My SSN is 123-45-6789, keep it safe"}]}],
            guardrailConfig=guardrail.converse_config,
        )
        assert reply["stopReason"] == "guardrail_intervened"
        assert reply["output"]["message"]["content"] == [{"text": "Not that, sorry."}]
        assessment = reply["trace"]["guardrail"]["inputAssessment"][guardrail.id]
        assert (
            assessment["sensitiveInformationPolicy"]["piiEntities"][0]["type"] == "US_SOCIAL_SECURITY_NUMBER"
        )
    finally:
        delete_guardrail(guardrail)


class _SlowBedrock:
    """A control plane whose guardrail passes through the given statuses, as Bedrock's does on AWS."""

    def __init__(self, statuses: list[str]):
        self.statuses = statuses
        self.polls = 0

    def create_guardrail(self, **request):
        return {"guardrailId": "abcdefabcdef", "guardrailArn": "arn:aws:bedrock:::guardrail/abcdefabcdef"}

    def create_guardrail_version(self, guardrailIdentifier):
        return {"guardrailId": guardrailIdentifier, "version": "1"}

    def get_guardrail(self, guardrailIdentifier, guardrailVersion):
        status = self.statuses[min(self.polls, len(self.statuses) - 1)]
        self.polls += 1
        return {
            "status": status,
            "statusReasons": ["quota exceeded"],
            "failureRecommendations": ["Ask for more."],
        }


def test_deploy_waits_for_bedrock_to_report_ready(monkeypatch):
    monkeypatch.setattr("agentkit.guardrails.provision.time.sleep", lambda seconds: None)
    bedrock = _SlowBedrock(["CREATING", "CREATING", "READY"])
    assert deploy(GuardrailPolicy(name="slow", words=["x"]), client=bedrock).version == "1"
    assert bedrock.polls == 4  # three for the DRAFT, one for version 1


def test_deploy_reports_a_failed_guardrail(monkeypatch):
    monkeypatch.setattr("agentkit.guardrails.provision.time.sleep", lambda seconds: None)
    with pytest.raises(GuardrailError, match="quota exceeded. Ask for more"):
        deploy(GuardrailPolicy(name="failed", words=["x"]), client=_SlowBedrock(["FAILED"]))
