"""The core: load, check and render content. Nothing here imports MkDocs."""
