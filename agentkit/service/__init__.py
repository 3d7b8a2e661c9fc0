"""The deployable side of the kit: Lambda handlers that Step Functions tasks call (`agentkit.service.handlers`)
and the API: its models (`schemas`), its rules (`operations`, shared by every front door), who calls it
(`identity`), its refusals (`errors`), the REST handler (`rest`), and API-Gateway-shaped events to call it
(`api_events`)."""
