"""The llama.cpp session: loading, prompt formats, streaming and stopping. No Qt."""
