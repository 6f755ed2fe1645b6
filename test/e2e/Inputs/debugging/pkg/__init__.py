"""A package whose module deep is compiled."""
