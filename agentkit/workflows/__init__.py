"""Step Functions workflows as ASL files — the single source of truth the CDK app and the local runner share.

* `task_execution.asl.json` — initialize → plan → (a person's go-ahead, if the task asks for one) → Map over
  the steps (Retry with backoff) → complete;
* `collaboration.asl.json` — researcher and analyst in Parallel branches → aggregate;
* `approval.asl.json` — request with a task token, wait (24 h timeout) → Choice → approved or rejected;
* `research_pipeline.asl.json` — research → analysis → approval → write (with feedback) if approved → finalize.

Every Task calls a Lambda function named by a placeholder (`${ResearchFunctionArn}`), filled by the CDK
app's substitutions on AWS and by `agentkit.workflows.local.deploy` offline, which binds each one to its
handler in `agentkit.service.handlers`. Errors a task reports go to a `HandleError` state, then a `Fail`.

Workers can also run as Amazon Bedrock AgentCore Runtime apps (`agentkit.service.agentcore_workers`);
`agentkit.workflows.agentcore` is the client that calls them, on loopback or through `InvokeAgentRuntime`,
and `agentkit.workflows.sse` reads and writes their event streams.

The research pipeline also exists as a Lambda durable function (`durable`, on the same handlers), run
offline by the official testing SDK (`durable_local`) and compared with its ASL twin in `compare`.

The task-execution workflow also publishes `TaskCompleted` and `ErrorOccurred` on the bus named by
`${EventBusName}`; `agentkit.workflows.events` defines that bus, its rules and targets
(drawn by `event_routes`).
"""

import re
from pathlib import Path

DEFINITIONS = Path(__file__).parent
WORKFLOWS = tuple(sorted(p.name.removesuffix(".asl.json") for p in DEFINITIONS.glob("*.asl.json")))


def definition_path(workflow: str) -> Path:
    """The ASL file of `workflow` (e.g. "research_pipeline"), for `DefinitionBody.from_file` or the local runner."""
    path = DEFINITIONS / f"{workflow}.asl.json"
    if not path.is_file():
        raise ValueError(f"no workflow {workflow!r}; the package has {', '.join(WORKFLOWS)}")
    return path


PLACEHOLDER = re.compile(r"\$\{([A-Za-z][A-Za-z0-9_]*)\}")


def placeholders(definition: str) -> list[str]:
    """The `${Name}` placeholders of an ASL text, in order of first appearance (what substitutions must fill)."""
    return list(dict.fromkeys(PLACEHOLDER.findall(definition)))
