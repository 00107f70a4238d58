"""Tools the model may call in the window and the terminal: the user's MCP servers
(servers.py, what they are; host.py, running them), with the user's approval before
each call. No Qt here."""
