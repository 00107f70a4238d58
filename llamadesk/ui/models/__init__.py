"""Models in the window: the model bar, its controller, the model manager and first run."""
