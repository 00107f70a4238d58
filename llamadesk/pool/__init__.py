"""Pooling computers: a model's layers on this computer and on workers elsewhere,
through llama.cpp's RPC backend, behind LlamaDesk's pairing gate. No Qt."""
