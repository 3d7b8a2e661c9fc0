"""The deployable side of the kit: Lambda handlers that Step Functions tasks call (`agentkit.service.handlers`)."""
