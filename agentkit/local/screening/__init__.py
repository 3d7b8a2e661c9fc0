"""Reading a text the way a guardrail screens it: disguises undone, instructions aimed at the model found.

`normalise` makes the views of a text with its disguises undone (look-alike letters, spacing, leetspeak,
encodings); `injection` finds instructions aimed at the model in any of those views; `languages` says
which language a sentence is in and holds the injection vocabulary of the languages besides English.

They sit in the local platform, below the guardrails package, because both sides read with them: the
local Bedrock endpoint's ApplyGuardrail (its PROMPT_ATTACK filter) and the in-process tool-result hook of
`agentkit.guardrails`, which runs in both modes.
"""
