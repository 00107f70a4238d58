"""Tool calls in the model's own format: the family read from its chat template
(formats.py), the calls parsed from its output as it streams (parsing.py,
stream.py), and a grammar that makes it call one (grammar.py)."""
