"""The local OpenAI-compatible API server (no Qt): `llamadesk serve`, and later the window's."""
