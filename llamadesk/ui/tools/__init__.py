"""The user's MCP tool servers in the window: Settings › Tools, the question before
each call, and the Tools switch by the composer."""
