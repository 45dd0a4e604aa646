"""One module per content type. Each has SOORTEN (declarations) and paginas() (output)."""
