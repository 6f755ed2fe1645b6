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

/* ---- argument handling ---- */

static int nargs_ok(const char *name, Py_ssize_t nargs, Py_ssize_t want) {
  if (nargs == want)
    return 1;
  PyErr_Format(PyExc_TypeError, "%s() takes %zd arguments (%zd given)", name,
               want, nargs);
  return 0;
}

/* Fills *v from obj: 8-byte items of kind 'f' (float) or 'i' (signed int),
 * ndim dims, C-contiguous if contig, writable if writable. */
static int get_view(PyObject *obj, Py_buffer *v, char kind, int ndim,
                    int contig, int writable) {
  if (PyObject_GetBuffer(obj, v, writable ? PyBUF_RECORDS : PyBUF_RECORDS_RO) <
      0)
    return -1;
  const char *f = v->format ? v->format : "B";
  if (*f == '@' || *f == '=')
    f++;
  int fmt_ok = v->itemsize == 8 && f[1] == '\0' &&
               (kind == 'f' ? f[0] == 'd' : (f[0] == 'q' || f[0] == 'l'));
  if (!fmt_ok) {
    PyErr_Format(PyExc_TypeError, "expected a buffer of %s, got format '%s'",
                 kind == 'f' ? "double" : "int64", v->format);
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
    {"add", (PyCFunction)(void (*)(void))py_add, METH_FASTCALL, NULL},
    {NULL, NULL, 0, NULL}};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, STR(MODNAME),
                                    "hand-written C peer of bench/kernels.py",
                                    -1, methods};

PyMODINIT_FUNC CAT(PyInit_, MODNAME)(void) { return PyModule_Create(&module); }
