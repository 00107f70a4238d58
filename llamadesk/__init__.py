"""LlamaDesk: chat with Llama 2 and any GGUF model, entirely on your own computer."""

__version__ = "0.1.0"
APP_NAME = "LlamaDesk"
APP_ID = "llamadesk"
