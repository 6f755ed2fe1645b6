"""Pythran peer of bench/kernels.py: its export lines. bench/run.py appends
the functions of kernels_numba.py without @njit (the same source), so that
the two peers cannot drift apart."""
import math

#pythran export dot(float64[:], float64[:])
#pythran export saxpy(float64, float64[:], float64[:])
#pythran export mandelbrot(int64, int64, int64)
#pythran export fib(int64)
#pythran export matmul(float64[:, :], float64[:, :], float64[:, :])
#pythran export prefix_sum(int64[:])
#pythran export jacobi(float64[:, :], float64[:, :], int64)
#pythran export histogram(float64[:], int64[:], float64, float64)
#pythran export a(int64, int64)
#pythran export mul_av(float64[:], float64[:])
#pythran export mul_atv(float64[:], float64[:])
#pythran export mul_atav(float64[:], float64[:], float64[:])
#pythran export spectral_norm(float64[:], float64[:], float64[:])
#pythran export monte_carlo_pi(int64, int64)
#pythran export sieve(int64, uint8[:])
#pythran export strided_dot(float64[::], float64[::])
#pythran export blur(float32[:, :], float32[:, :])
#pythran export count_byte(uint8[:], int64)
#pythran export count_words(uint8[:])
#pythran export bisect(float64, float64, float64)
#pythran export bisect_many(float64[:], float64, float64)
#pythran export add(int64, int64)
