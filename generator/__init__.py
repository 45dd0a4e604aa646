"""Buurtbaan Kennisbank generator: YAML content in `content/` becomes pages of the site."""
