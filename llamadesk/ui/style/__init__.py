"""LlamaDesk's look, in one place: the tokens (tokens.py), the stylesheet built from
them (stylesheet.py), and the contrast they must keep (contrast.py)."""
