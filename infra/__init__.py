"""The bundled CDK app: the deployed agent system and the Studio workshop stack, built from the agentkit package."""
