"""Chat with your documents: collections of local files, extracted, chunked,
embedded with llama.cpp and searched by meaning and by keyword, on this computer.

No Qt here: the window runs the indexer on a worker of its own (ui/), the terminal
runs it in the foreground (commands/docs.py).
"""
