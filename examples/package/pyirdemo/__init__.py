"""Signal kernels: moving averages and statistics over float64 arrays."""

from .signal import moving_average, rms
from .stats import clip_count, histogram, mean

__all__ = ["moving_average", "rms", "clip_count", "histogram", "mean"]
