"""Files shipped with LlamaDesk, read with importlib.resources (works frozen too)."""
