"""The embedded default: local AWS (moto) and a local Bedrock endpoint on 127.0.0.1."""
