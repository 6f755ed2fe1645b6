/* Hand-written C peer of bench/kernels.py: the practical limit.
 *
 * A CPython extension with METH_FASTCALL wrappers and buffer-protocol
 * access. Arguments are validated once (count, type, item format, dims,
 * lengths); the loops have no checks at all (no bounds, no overflow), which
 * is what a C programmer writes. bench/run.py builds it twice: with
 * -ffp-contract=off (bit-identical to CPython, the floor the goals name) and
 * without (GCC may fuse a*b+c into an FMA). MODNAME names the module.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

#ifndef MODNAME
#define MODNAME ckernels
#endif
#define CAT2(a, b) a##b
#define CAT(a, b) CAT2(a, b)
#define STR2(a) #a
#define STR(a) STR2(a)

/* ---- the kernels (pure C) ---- */

static double dot_k(const char *pa, Py_ssize_t sa, const char *pb,
                    Py_ssize_t sb, Py_ssize_t n) {
  double s = 0.0;
  for (Py_ssize_t i = 0; i < n; i++)
    s += *(const double *)(pa + i * sa) * *(const double *)(pb + i * sb);
  return s;
}

static void saxpy_k(double alpha, const double *x, double *y, Py_ssize_t n) {
  for (Py_ssize_t i = 0; i < n; i++)
    y[i] = alpha * x[i] + y[i];
}

static int64_t mandelbrot_k(int64_t w, int64_t h, int64_t maxiter) {
  int64_t total = 0;
  for (int64_t py = 0; py < h; py++) {
    double y0 = py * 2.0 / h - 1.0;
    for (int64_t px = 0; px < w; px++) {
      double x0 = px * 3.0 / w - 2.0;
      double x = 0.0, y = 0.0;
      int64_t i = 0;
      while (i < maxiter && x * x + y * y <= 4.0) {
        double xt = x * x - y * y + x0;
        y = 2.0 * x * y + y0;
        x = xt;
        i++;
      }
      total += i;
    }
  }
  return total;
}

static int64_t fib_k(int64_t n) {
  if (n < 2)
    return n;
  return fib_k(n - 1) + fib_k(n - 2);
}

static void matmul_k(const Py_buffer *a, const Py_buffer *b, Py_buffer *out) {
  Py_ssize_t n = a->shape[0], m = a->shape[1], p = b->shape[1];
  const char *pa = a->buf, *pb = b->buf;
  char *po = out->buf;
  Py_ssize_t sa0 = a->strides[0], sa1 = a->strides[1];
  Py_ssize_t sb0 = b->strides[0], sb1 = b->strides[1];
  Py_ssize_t so0 = out->strides[0], so1 = out->strides[1];
  for (Py_ssize_t i = 0; i < n; i++)
    for (Py_ssize_t j = 0; j < p; j++) {
      double s = 0.0;
      for (Py_ssize_t k = 0; k < m; k++)
        s += *(const double *)(pa + i * sa0 + k * sa1) *
             *(const double *)(pb + k * sb0 + j * sb1);
      *(double *)(po + i * so0 + j * so1) = s;
    }
}

static int64_t prefix_sum_k(int64_t *a, Py_ssize_t n) {
  int64_t s = 0;
  for (Py_ssize_t i = 0; i < n; i++) {
    s += a[i];
    a[i] = s;
  }
  return s;
}

static void sweep(const char *src, char *dst, Py_ssize_t n, Py_ssize_t m,
                  Py_ssize_t ss, Py_ssize_t ds) {
  for (Py_ssize_t i = 1; i < n - 1; i++) {
    const double *up = (const double *)(src + (i - 1) * ss);
    const double *mid = (const double *)(src + i * ss);
    const double *down = (const double *)(src + (i + 1) * ss);
    double *o = (double *)(dst + i * ds);
    for (Py_ssize_t j = 1; j < m - 1; j++)
      o[j] = 0.25 * (up[j] + down[j] + mid[j - 1] + mid[j + 1]);
  }
}

static void jacobi_k(Py_buffer *grid, Py_buffer *out, int64_t iters) {
  Py_ssize_t n = grid->shape[0], m = grid->shape[1];
  for (int64_t it = 0; it < iters; it++) {
    sweep(grid->buf, out->buf, n, m, grid->strides[0], out->strides[0]);
    sweep(out->buf, grid->buf, n, m, out->strides[0], grid->strides[0]);
  }
}

static void histogram_k(const double *data, Py_ssize_t n, int64_t *bins,
                        Py_ssize_t nbins, double lo, double hi) {
  double scale = nbins / (hi - lo);
  for (Py_ssize_t i = 0; i < n; i++) {
    double x = data[i];
    if (x >= lo && x < hi) {
      int64_t k = (int64_t)((x - lo) * scale);
      if (k > nbins - 1)
        k = nbins - 1;
      bins[k] += 1;
    }
  }
}

static double a_k(int64_t i, int64_t j) {
  return 1.0 / ((i + j) * (i + j + 1) / 2 + i + 1);
}

static void mul_av_k(const double *v, double *out, Py_ssize_t n) {
  for (Py_ssize_t i = 0; i < n; i++) {
    double s = 0.0;
    for (Py_ssize_t j = 0; j < n; j++)
      s += a_k(i, j) * v[j];
    out[i] = s;
  }
}

static void mul_atv_k(const double *v, double *out, Py_ssize_t n) {
  for (Py_ssize_t i = 0; i < n; i++) {
    double s = 0.0;
    for (Py_ssize_t j = 0; j < n; j++)
      s += a_k(j, i) * v[j];
    out[i] = s;
  }
}

static void mul_atav_k(const double *v, double *out, double *tmp,
                       Py_ssize_t n) {
  mul_av_k(v, tmp, n);
  mul_atv_k(tmp, out, n);
}

static double spectral_norm_k(double *u, double *v, double *tmp,
                              Py_ssize_t n) {
  for (Py_ssize_t i = 0; i < n; i++)
    u[i] = 1.0;
  for (int k = 0; k < 10; k++) {
    mul_atav_k(u, v, tmp, n);
    mul_atav_k(v, u, tmp, n);
  }
  double vbv = 0.0, vv = 0.0;
  for (Py_ssize_t i = 0; i < n; i++) {
    vbv += u[i] * v[i];
    vv += v[i] * v[i];
  }
  return sqrt(vbv / vv);
}

static int64_t monte_carlo_pi_k(int64_t n, int64_t seed) {
  int64_t inside = 0;
  for (int64_t k = 0; k < n; k++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    double x = seed / 2147483648.0;
    seed = (seed * 1103515245 + 12345) % 2147483648;
    double y = seed / 2147483648.0;
    if (x * x + y * y < 1.0)
      inside++;
  }
  return inside;
}

static int64_t sieve_k(int64_t n, unsigned char *flags) {
  for (int64_t i = 0; i < n; i++)
    flags[i] = 1;
  flags[0] = flags[1] = 0;
  for (int64_t i = 2; i * i < n; i++)
    if (flags[i])
      for (int64_t j = i * i; j < n; j += i)
        flags[j] = 0;
  int64_t count = 0;
  for (int64_t i = 0; i < n; i++)
    if (flags[i])
      count++;
  return count;
}

static void blur_k(const char *src, char *dst, Py_ssize_t n, Py_ssize_t m,
                   Py_ssize_t ss, Py_ssize_t ds) {
  for (Py_ssize_t i = 1; i < n - 1; i++) {
    const float *up = (const float *)(src + (i - 1) * ss);
    const float *mid = (const float *)(src + i * ss);
    const float *down = (const float *)(src + (i + 1) * ss);
    float *o = (float *)(dst + i * ds);
    for (Py_ssize_t j = 1; j < m - 1; j++) {
      float s = up[j - 1] + up[j] + up[j + 1] + mid[j - 1] + mid[j] +
                mid[j + 1] + down[j - 1] + down[j] + down[j + 1];
      o[j] = s / 9.0f;
    }
  }
}

static int64_t count_byte_k(const unsigned char *data, Py_ssize_t n,
                            int64_t b) {
  int64_t count = 0;
  for (Py_ssize_t i = 0; i < n; i++)
    if (data[i] == b)
      count++;
  return count;
}

static int64_t count_words_k(const unsigned char *data, Py_ssize_t n) {
  int64_t words = 0;
  int in_word = 0;
  for (Py_ssize_t i = 0; i < n; i++) {
    unsigned char c = data[i];
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      in_word = 0;
    } else if (!in_word) {
      in_word = 1;
      words++;
    }
  }
  return words;
}

static double bisect_k(double c, double lo, double hi) {
  for (int k = 0; k < 60; k++) {
    double mid = 0.5 * (lo + hi);
    if (mid * mid * mid - c > 0.0)
      hi = mid;
    else
      lo = mid;
    if (hi - lo < 1e-12)
      break;
  }
  return 0.5 * (lo + hi);
}

static double bisect_many_k(const double *cs, Py_ssize_t n, double lo,
                            double hi) {
  double s = 0.0;
  for (Py_ssize_t i = 0; i < n; i++)
    s += bisect_k(cs[i], lo, hi);
  return s;
}

/* ---- argument handling ---- */

static int nargs_ok(const char *name, Py_ssize_t nargs, Py_ssize_t want) {
  if (nargs == want)
    return 1;
  PyErr_Format(PyExc_TypeError, "%s() takes %zd arguments (%zd given)", name,
               want, nargs);
  return 0;
}

/* Item kinds of get_view: 'f' double, 'i' int64, 's' float (binary32),
 * 'B' unsigned char. */
static int format_ok(const Py_buffer *v, char kind) {
  const char *f = v->format ? v->format : "B";
  if (*f == '@' || *f == '=')
    f++;
  if (f[0] == '\0' || f[1] != '\0')
    return 0;
  switch (kind) {
  case 'f':
    return v->itemsize == 8 && f[0] == 'd';
  case 'i':
    return v->itemsize == 8 && (f[0] == 'q' || f[0] == 'l');
  case 's':
    return v->itemsize == 4 && f[0] == 'f';
  default:
    return v->itemsize == 1 && f[0] == 'B';
  }
}

static const char *kind_name(char kind) {
  switch (kind) {
  case 'f':
    return "double";
  case 'i':
    return "int64";
  case 's':
    return "float";
  default:
    return "unsigned char";
  }
}

/* Fills *v from obj: items of the given kind (format_ok), ndim dims,
 * C-contiguous if contig, writable if writable. */
static int get_view(PyObject *obj, Py_buffer *v, char kind, int ndim,
                    int contig, int writable) {
  if (PyObject_GetBuffer(obj, v, writable ? PyBUF_RECORDS : PyBUF_RECORDS_RO) <
      0)
    return -1;
  if (!format_ok(v, kind)) {
    PyErr_Format(PyExc_TypeError, "expected a buffer of %s, got format '%s'",
                 kind_name(kind), v->format);
  } else if (v->ndim != ndim) {
    PyErr_Format(PyExc_ValueError, "expected %d dimensions, got %d", ndim,
                 v->ndim);
  } else if (contig && !PyBuffer_IsContiguous(v, 'C')) {
    PyErr_SetString(PyExc_ValueError, "expected a C-contiguous buffer");
  } else {
    return 0;
  }
  PyBuffer_Release(v);
  return -1;
}

static void release_views(Py_buffer *v, int n) {
  for (int k = 0; k < n; k++)
    PyBuffer_Release(&v[k]);
}

/* get_view for args[0..n): kinds[k] and writable[k] ('w' or '-') per view,
 * all of ndim dims and contiguous if contig; on failure none is held. */
static int get_views(PyObject *const *args, Py_buffer *v, int n,
                     const char *kinds, const char *writable, int ndim,
                     int contig) {
  for (int k = 0; k < n; k++)
    if (get_view(args[k], &v[k], kinds[k], ndim, contig, writable[k] == 'w') <
        0) {
      release_views(v, k);
      return -1;
    }
  return 0;
}

/* The same 1-D length for every view; else IndexError (what the kernels'
 * loops would raise first). */
static int same_len(const Py_buffer *v, int n) {
  for (int k = 1; k < n; k++)
    if (v[k].shape[0] < v[0].shape[0]) {
      PyErr_SetString(PyExc_IndexError, "index out of range");
      return 0;
    }
  return 1;
}

static int get_i64(PyObject *o, int64_t *out) {
  long long x = PyLong_AsLongLong(o);
  if (x == -1 && PyErr_Occurred())
    return -1;
  *out = x;
  return 0;
}

static int get_f64(PyObject *o, double *out) {
  double x = PyFloat_AsDouble(o);
  if (x == -1.0 && PyErr_Occurred())
    return -1;
  *out = x;
  return 0;
}

static PyObject *py_dot(PyObject *self, PyObject *const *args,
                        Py_ssize_t nargs) {
  Py_buffer a, b;
  if (!nargs_ok("dot", nargs, 2) || get_view(args[0], &a, 'f', 1, 0, 0) < 0)
    return NULL;
  if (get_view(args[1], &b, 'f', 1, 0, 0) < 0) {
    PyBuffer_Release(&a);
    return NULL;
  }
  PyObject *r = NULL;
  if (b.shape[0] < a.shape[0])
    PyErr_SetString(PyExc_IndexError, "index out of range");
  else
    r = PyFloat_FromDouble(
        dot_k(a.buf, a.strides[0], b.buf, b.strides[0], a.shape[0]));
  PyBuffer_Release(&a);
  PyBuffer_Release(&b);
  return r;
}

static PyObject *py_saxpy(PyObject *self, PyObject *const *args,
                          Py_ssize_t nargs) {
  Py_buffer x, y;
  if (!nargs_ok("saxpy", nargs, 3))
    return NULL;
  double alpha = PyFloat_AsDouble(args[0]);
  if (alpha == -1.0 && PyErr_Occurred())
    return NULL;
  if (get_view(args[1], &x, 'f', 1, 1, 0) < 0)
    return NULL;
  if (get_view(args[2], &y, 'f', 1, 1, 1) < 0) {
    PyBuffer_Release(&x);
    return NULL;
  }
  PyObject *r = NULL;
  if (y.shape[0] < x.shape[0]) {
    PyErr_SetString(PyExc_IndexError, "index out of range");
  } else {
    saxpy_k(alpha, x.buf, y.buf, x.shape[0]);
    r = Py_NewRef(Py_None);
  }
  PyBuffer_Release(&x);
  PyBuffer_Release(&y);
  return r;
}

static PyObject *py_mandelbrot(PyObject *self, PyObject *const *args,
                               Py_ssize_t nargs) {
  if (!nargs_ok("mandelbrot", nargs, 3))
    return NULL;
  long long w = PyLong_AsLongLong(args[0]);
  long long h = PyLong_AsLongLong(args[1]);
  long long maxiter = PyLong_AsLongLong(args[2]);
  if (PyErr_Occurred())
    return NULL;
  return PyLong_FromLongLong(mandelbrot_k(w, h, maxiter));
}

static PyObject *py_fib(PyObject *self, PyObject *const *args,
                        Py_ssize_t nargs) {
  if (!nargs_ok("fib", nargs, 1))
    return NULL;
  long long n = PyLong_AsLongLong(args[0]);
  if (n == -1 && PyErr_Occurred())
    return NULL;
  return PyLong_FromLongLong(fib_k(n));
}

static PyObject *py_matmul(PyObject *self, PyObject *const *args,
                           Py_ssize_t nargs) {
  Py_buffer a, b, out;
  if (!nargs_ok("matmul", nargs, 3) || get_view(args[0], &a, 'f', 2, 0, 0) < 0)
    return NULL;
  if (get_view(args[1], &b, 'f', 2, 0, 0) < 0) {
    PyBuffer_Release(&a);
    return NULL;
  }
  if (get_view(args[2], &out, 'f', 2, 0, 1) < 0) {
    PyBuffer_Release(&a);
    PyBuffer_Release(&b);
    return NULL;
  }
  PyObject *r = NULL;
  if (b.shape[0] < a.shape[1] || out.shape[0] < a.shape[0] ||
      out.shape[1] < b.shape[1]) {
    PyErr_SetString(PyExc_IndexError, "index out of range");
  } else {
    matmul_k(&a, &b, &out);
    r = Py_NewRef(Py_None);
  }
  PyBuffer_Release(&a);
  PyBuffer_Release(&b);
  PyBuffer_Release(&out);
  return r;
}

static PyObject *py_prefix_sum(PyObject *self, PyObject *const *args,
                               Py_ssize_t nargs) {
  Py_buffer a;
  if (!nargs_ok("prefix_sum", nargs, 1) ||
      get_view(args[0], &a, 'i', 1, 1, 1) < 0)
    return NULL;
  int64_t s = prefix_sum_k(a.buf, a.shape[0]);
  PyBuffer_Release(&a);
  return PyLong_FromLongLong(s);
}

static PyObject *py_jacobi(PyObject *self, PyObject *const *args,
                           Py_ssize_t nargs) {
  Py_buffer grid, out;
  if (!nargs_ok("jacobi", nargs, 3))
    return NULL;
  long long iters = PyLong_AsLongLong(args[2]);
  if (iters == -1 && PyErr_Occurred())
    return NULL;
  if (get_view(args[0], &grid, 'f', 2, 1, 1) < 0)
    return NULL;
  if (get_view(args[1], &out, 'f', 2, 1, 1) < 0) {
    PyBuffer_Release(&grid);
    return NULL;
  }
  PyObject *r = NULL;
  if (out.shape[0] < grid.shape[0] || out.shape[1] < grid.shape[1]) {
    PyErr_SetString(PyExc_IndexError, "index out of range");
  } else {
    jacobi_k(&grid, &out, iters);
    r = Py_NewRef(Py_None);
  }
  PyBuffer_Release(&grid);
  PyBuffer_Release(&out);
  return r;
}

static PyObject *py_histogram(PyObject *self, PyObject *const *args,
                              Py_ssize_t nargs) {
  Py_buffer data, bins;
  if (!nargs_ok("histogram", nargs, 4))
    return NULL;
  double lo = PyFloat_AsDouble(args[2]);
  if (lo == -1.0 && PyErr_Occurred())
    return NULL;
  double hi = PyFloat_AsDouble(args[3]);
  if (hi == -1.0 && PyErr_Occurred())
    return NULL;
  if (hi == lo) {
    PyErr_SetString(PyExc_ZeroDivisionError, "float division by zero");
    return NULL;
  }
  if (get_view(args[0], &data, 'f', 1, 1, 0) < 0)
    return NULL;
  if (get_view(args[1], &bins, 'i', 1, 1, 1) < 0) {
    PyBuffer_Release(&data);
    return NULL;
  }
  histogram_k(data.buf, data.shape[0], bins.buf, bins.shape[0], lo, hi);
  PyBuffer_Release(&data);
  PyBuffer_Release(&bins);
  Py_RETURN_NONE;
}

static PyObject *py_a(PyObject *self, PyObject *const *args,
                      Py_ssize_t nargs) {
  int64_t i, j;
  if (!nargs_ok("a", nargs, 2) || get_i64(args[0], &i) < 0 ||
      get_i64(args[1], &j) < 0)
    return NULL;
  return PyFloat_FromDouble(a_k(i, j));
}

static PyObject *py_spectral_norm(PyObject *self, PyObject *const *args,
                                  Py_ssize_t nargs) {
  Py_buffer v[3];
  if (!nargs_ok("spectral_norm", nargs, 3) ||
      get_views(args, v, 3, "fff", "www", 1, 1) < 0)
    return NULL;
  PyObject *r = NULL;
  if (same_len(v, 3))
    r = PyFloat_FromDouble(
        spectral_norm_k(v[0].buf, v[1].buf, v[2].buf, v[0].shape[0]));
  release_views(v, 3);
  return r;
}

static PyObject *py_monte_carlo_pi(PyObject *self, PyObject *const *args,
                                   Py_ssize_t nargs) {
  int64_t n, seed;
  if (!nargs_ok("monte_carlo_pi", nargs, 2) || get_i64(args[0], &n) < 0 ||
      get_i64(args[1], &seed) < 0)
    return NULL;
  return PyLong_FromLongLong(monte_carlo_pi_k(n, seed));
}

static PyObject *py_sieve(PyObject *self, PyObject *const *args,
                          Py_ssize_t nargs) {
  int64_t n;
  Py_buffer flags;
  if (!nargs_ok("sieve", nargs, 2) || get_i64(args[0], &n) < 0 ||
      get_view(args[1], &flags, 'B', 1, 1, 1) < 0)
    return NULL;
  PyObject *r = NULL;
  if (n < 2 || flags.shape[0] < n)
    PyErr_SetString(PyExc_IndexError, "index out of range");
  else
    r = PyLong_FromLongLong(sieve_k(n, flags.buf));
  PyBuffer_Release(&flags);
  return r;
}

static PyObject *py_blur(PyObject *self, PyObject *const *args,
                         Py_ssize_t nargs) {
  Py_buffer v[2];
  if (!nargs_ok("blur", nargs, 2) || get_views(args, v, 2, "ss", "-w", 2, 1) < 0)
    return NULL;
  PyObject *r = NULL;
  if (v[1].shape[0] < v[0].shape[0] || v[1].shape[1] < v[0].shape[1]) {
    PyErr_SetString(PyExc_IndexError, "index out of range");
  } else {
    blur_k(v[0].buf, v[1].buf, v[0].shape[0], v[0].shape[1], v[0].strides[0],
           v[1].strides[0]);
    r = Py_NewRef(Py_None);
  }
  release_views(v, 2);
  return r;
}

static PyObject *py_count_byte(PyObject *self, PyObject *const *args,
                               Py_ssize_t nargs) {
  Py_buffer data;
  int64_t b;
  if (!nargs_ok("count_byte", nargs, 2) || get_i64(args[1], &b) < 0 ||
      get_view(args[0], &data, 'B', 1, 1, 0) < 0)
    return NULL;
  int64_t r = count_byte_k(data.buf, data.shape[0], b);
  PyBuffer_Release(&data);
  return PyLong_FromLongLong(r);
}

static PyObject *py_count_words(PyObject *self, PyObject *const *args,
                                Py_ssize_t nargs) {
  Py_buffer data;
  if (!nargs_ok("count_words", nargs, 1) ||
      get_view(args[0], &data, 'B', 1, 1, 0) < 0)
    return NULL;
  int64_t r = count_words_k(data.buf, data.shape[0]);
  PyBuffer_Release(&data);
  return PyLong_FromLongLong(r);
}

static PyObject *py_bisect(PyObject *self, PyObject *const *args,
                           Py_ssize_t nargs) {
  double c, lo, hi;
  if (!nargs_ok("bisect", nargs, 3) || get_f64(args[0], &c) < 0 ||
      get_f64(args[1], &lo) < 0 || get_f64(args[2], &hi) < 0)
    return NULL;
  return PyFloat_FromDouble(bisect_k(c, lo, hi));
}

static PyObject *py_bisect_many(PyObject *self, PyObject *const *args,
                                Py_ssize_t nargs) {
  Py_buffer cs;
  double lo, hi;
  if (!nargs_ok("bisect_many", nargs, 3) || get_f64(args[1], &lo) < 0 ||
      get_f64(args[2], &hi) < 0 || get_view(args[0], &cs, 'f', 1, 1, 0) < 0)
    return NULL;
  double r = bisect_many_k(cs.buf, cs.shape[0], lo, hi);
  PyBuffer_Release(&cs);
  return PyFloat_FromDouble(r);
}

static PyObject *py_add(PyObject *self, PyObject *const *args,
                        Py_ssize_t nargs) {
  if (!nargs_ok("add", nargs, 2))
    return NULL;
  long long a = PyLong_AsLongLong(args[0]);
  if (a == -1 && PyErr_Occurred())
    return NULL;
  long long b = PyLong_AsLongLong(args[1]);
  if (b == -1 && PyErr_Occurred())
    return NULL;
  long long r;
  if (__builtin_add_overflow(a, b, &r)) {
    PyErr_SetString(PyExc_OverflowError, "int too large");
    return NULL;
  }
  return PyLong_FromLongLong(r);
}

static PyMethodDef methods[] = {
    {"dot", (PyCFunction)(void (*)(void))py_dot, METH_FASTCALL, NULL},
    {"saxpy", (PyCFunction)(void (*)(void))py_saxpy, METH_FASTCALL, NULL},
    {"mandelbrot", (PyCFunction)(void (*)(void))py_mandelbrot, METH_FASTCALL,
     NULL},
    {"fib", (PyCFunction)(void (*)(void))py_fib, METH_FASTCALL, NULL},
    {"matmul", (PyCFunction)(void (*)(void))py_matmul, METH_FASTCALL, NULL},
    {"prefix_sum", (PyCFunction)(void (*)(void))py_prefix_sum, METH_FASTCALL,
     NULL},
    {"jacobi", (PyCFunction)(void (*)(void))py_jacobi, METH_FASTCALL, NULL},
    {"histogram", (PyCFunction)(void (*)(void))py_histogram, METH_FASTCALL,
     NULL},
    {"a", (PyCFunction)(void (*)(void))py_a, METH_FASTCALL, NULL},
    {"spectral_norm", (PyCFunction)(void (*)(void))py_spectral_norm,
     METH_FASTCALL, NULL},
    {"monte_carlo_pi", (PyCFunction)(void (*)(void))py_monte_carlo_pi,
     METH_FASTCALL, NULL},
    {"sieve", (PyCFunction)(void (*)(void))py_sieve, METH_FASTCALL, NULL},
    /* the same C as dot (any stride); the bench passes every other item */
    {"strided_dot", (PyCFunction)(void (*)(void))py_dot, METH_FASTCALL, NULL},
    {"blur", (PyCFunction)(void (*)(void))py_blur, METH_FASTCALL, NULL},
    {"count_byte", (PyCFunction)(void (*)(void))py_count_byte, METH_FASTCALL,
     NULL},
    {"count_words", (PyCFunction)(void (*)(void))py_count_words, METH_FASTCALL,
     NULL},
    {"bisect", (PyCFunction)(void (*)(void))py_bisect, METH_FASTCALL, NULL},
    {"bisect_many", (PyCFunction)(void (*)(void))py_bisect_many, METH_FASTCALL,
     NULL},
    {"add", (PyCFunction)(void (*)(void))py_add, METH_FASTCALL, NULL},
    {NULL, NULL, 0, NULL}};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, STR(MODNAME),
                                    "hand-written C peer of bench/kernels.py",
                                    -1, methods};

PyMODINIT_FUNC CAT(PyInit_, MODNAME)(void) { return PyModule_Create(&module); }
