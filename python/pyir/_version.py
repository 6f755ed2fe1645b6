"""Version of the ``pyir`` runtime package."""

__version__ = "0.1.0"
