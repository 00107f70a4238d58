"""The terminal's commands: the parser, one module per command group, shared output."""
