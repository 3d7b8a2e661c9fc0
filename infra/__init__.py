"""The bundled CDK app: deploys exactly the code the notebooks built (it imports agentkit, never the reverse)."""
