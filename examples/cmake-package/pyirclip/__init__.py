"""Clipping in place over float64 arrays."""

from .ops import clip

__all__ = ["clip"]
