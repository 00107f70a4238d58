"""The model manager: catalog, downloads, verification, license, token. No Qt."""
