"""A local server that speaks the Bedrock Runtime wire protocol, backed by the simulated model."""
