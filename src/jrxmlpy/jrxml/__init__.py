"""jrxml."""
