"""The bundled CDK app: the deployed agent system and the SageMaker Studio workshop stack."""
