"""The deployable side of the kit: the Lambda functions, the API in front of them, and a local copy of it all.

- `schemas`: the API's models (Pydantic), which validate every input and shape every answer.
- `operations`: the API's rules (ownership, permissions, limits), shared by every front door.
- `identity`: who is calling, as the authorizer put it in `requestContext.authorizer`.
- `errors`: the API's refusals and the one error body they all answer with.
- `auth`: API Gateway's Lambda authorizer, which checks API keys and bearer tokens (JWT) once.
- `api_keys`: API keys handed out once, stored only as their hash, revocable.
- `rest`: the REST API's function (agents, tasks, approvals, chat).
- `graphql_api`: the GraphQL API's function (`POST /graphql`), on the same operations.
- `realtime`: the WebSocket API's function and the EventBridge target that pushes updates to clients.
- `chat`: a stored agent's turn on one of the caller's sessions, as a stream of events.
- `asgi`: a local API Gateway (HTTP and WebSocket) in front of the unchanged handlers.
- `serve`: `agentkit serve`, the whole service on this machine with the web UI.
- `web/`: the web UI (plain HTML, CSS and JavaScript modules) that `serve` hands out.
- `handlers`: the functions the workflows' Step Functions tasks and EventBridge rules call.
- `agents`: the researcher and the analyst that the workflows' research and analysis steps use.
- `agentcore_workers`: the research pipeline's workers as Amazon Bedrock AgentCore Runtime apps.
- `api_events`: API Gateway's events (REST, authorizer, WebSocket) and a Lambda context, built from a request.
"""
