"""The deployable side of the kit: Lambda handlers that Step Functions tasks call (`agentkit.service.handlers`)
and the REST API's agents resource (`agentkit.service.rest`), with API-Gateway-shaped events to call it
(`agentkit.service.api_events`)."""
