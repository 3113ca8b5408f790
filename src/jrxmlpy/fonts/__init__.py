"""fonts."""
