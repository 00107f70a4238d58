"""The conversation: the sidebar, the chat view, the composer, and what they do."""
