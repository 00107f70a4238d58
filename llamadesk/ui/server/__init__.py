"""The local API server in the window: its control, its bridge to the worker, its settings page."""
