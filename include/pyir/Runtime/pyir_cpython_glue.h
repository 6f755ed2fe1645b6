/*===- pyir_cpython_glue.h - CPython glue helpers for PyIR modules -*- C -*-===*
 *
 * Part of the PyIR project.
 *
 * The Python-facing half of a compiled module (docs/CBackend.md): argument
 * parsing for METH_FASTCALL | METH_KEYWORDS wrappers with CPython's wording,
 * unboxing of int / float / bool parameters, buffer acquisition for views,
 * and turning a pyir_error into a Python exception with a traceback entry
 * that points at the .py source.  Include after Python.h and
 * pyir_core_support.h; the generated C file embeds it.
 *===----------------------------------------------------------------------===*/

#ifndef PYIR_RUNTIME_PYIR_CPYTHON_GLUE_H
#define PYIR_RUNTIME_PYIR_CPYTHON_GLUE_H

#include "pyir_core_support.h"
#include "pyir_cpython_limited.h"

/* Parse (args, nargs, kwnames) into out[0..nparams) (borrowed references,
 * NULL where a default applies).  Parameters [0, nrequired) have no default. */
static int pyir_parse_args(const char *fname, PyObject *const *args,
                           Py_ssize_t nargs, PyObject *kwnames,
                           const char *const *names, int nparams, int nrequired,
                           PyObject **out) {
  Py_ssize_t i, nkw = kwnames ? PyTuple_GET_SIZE(kwnames) : 0;
  int k, nmissing = 0;
  if (nargs > nparams) {
    if (nrequired == nparams)
      PyErr_Format(PyExc_TypeError,
                   "%s() takes %d positional argument%s but %zd %s given",
                   fname, nparams, nparams == 1 ? "" : "s", nargs,
                   nargs == 1 ? "was" : "were");
    else
      PyErr_Format(
          PyExc_TypeError,
          "%s() takes from %d to %d positional arguments but %zd %s given",
          fname, nrequired, nparams, nargs, nargs == 1 ? "was" : "were");
    return -1;
  }
  for (k = 0; k < nparams; ++k)
    out[k] = NULL;
  for (i = 0; i < nargs; ++i)
    out[i] = args[i];
  for (i = 0; i < nkw; ++i) {
    PyObject *key = PyTuple_GET_ITEM(kwnames, i);
    for (k = 0; k < nparams; ++k)
      if (PyUnicode_CompareWithASCIIString(key, names[k]) == 0)
        break;
    if (k == nparams) {
      PyErr_Format(PyExc_TypeError,
                   "%s() got an unexpected keyword argument '%S'", fname, key);
      return -1;
    }
    if (out[k]) {
      PyErr_Format(PyExc_TypeError,
                   "%s() got multiple values for argument '%s'", fname,
                   names[k]);
      return -1;
    }
    out[k] = args[nargs + i];
  }
  for (k = 0; k < nrequired; ++k)
    if (!out[k])
      ++nmissing;
  if (nmissing) {
    /* "f() missing 2 required positional arguments: 'a' and 'b'" */
    char list[512];
    size_t len = 0;
    int seen = 0;
    list[0] = 0;
    for (k = 0; k < nrequired; ++k) {
      if (out[k])
        continue;
      ++seen;
      const char *sep =
          seen == 1 ? ""
                    : (seen == nmissing ? (nmissing == 2 ? " and " : ", and ")
                                        : ", ");
      len += (size_t)snprintf(list + len,
                              len < sizeof(list) ? sizeof(list) - len : 0,
                              "%s'%s'", sep, names[k]);
      if (len >= sizeof(list))
        len = sizeof(list) - 1;
    }
    PyErr_Format(PyExc_TypeError,
                 "%s() missing %d required positional argument%s: %s", fname,
                 nmissing, nmissing == 1 ? "" : "s", list);
    return -1;
  }
  return 0;
}

/* An integer parameter: any object with __index__, range-checked (the
 * general path; pyir_arg_index below handles an exact int inline). */
static PYIR_COLD int
pyir__arg_index_slow(const char *fname, const char *pname, const char *tname,
                     PyObject *obj, int is_unsigned, long long lo,
                     long long hi_s, unsigned long long hi_u, long long *out_s,
                     unsigned long long *out_u) {
  PyObject *index;
  if (!PyIndex_Check(obj)) {
    PyErr_Format(PyExc_TypeError, "%s() argument '%s' must be %s, not %.200s",
                 fname, pname, tname, PYIR_TYPE_NAME(obj));
    return -1;
  }
  index = PyNumber_Index(obj);
  if (!index)
    return -1;
  if (is_unsigned) {
    unsigned long long v;
    if (PYIR_LONG_IS_NEGATIVE(index)) {
      Py_DECREF(index);
      PyErr_Format(PyExc_OverflowError,
                   "%s() argument '%s': can't convert negative int to %s",
                   fname, pname, tname);
      return -1;
    }
    v = PyLong_AsUnsignedLongLong(index);
    Py_DECREF(index);
    if (v == (unsigned long long)-1 && PyErr_Occurred()) {
      PyErr_Clear();
      v = hi_u +
          1; /* force the range error below (hi_u < ULLONG_MAX) or report */
      if (hi_u == ~0ULL) {
        PyErr_Format(
            PyExc_OverflowError,
            "%s() argument '%s': Python int too large to convert to %s", fname,
            pname, tname);
        return -1;
      }
    }
    if (v > hi_u) {
      PyErr_Format(PyExc_OverflowError,
                   "%s() argument '%s': Python int too large to convert to %s",
                   fname, pname, tname);
      return -1;
    }
    *out_u = v;
    return 0;
  } else {
    int overflow = 0;
    long long v = PyLong_AsLongLongAndOverflow(index, &overflow);
    Py_DECREF(index);
    if (v == -1 && PyErr_Occurred())
      return -1;
    if (overflow || v < lo || v > hi_s) {
      PyErr_Format(PyExc_OverflowError,
                   "%s() argument '%s': Python int too large to convert to %s",
                   fname, pname, tname);
      return -1;
    }
    *out_s = v;
    return 0;
  }
}

/* An integer parameter.  Fast path: an exact `int` that fits the signed
 * target is read directly (no PyNumber_Index, no new reference); everything
 * else -- subclasses, objects with __index__, unsigned targets, out of range
 * -- takes the general path, which raises with CPython's wording. */
static inline int pyir_arg_index(const char *fname, const char *pname,
                                 const char *tname, PyObject *obj,
                                 int is_unsigned, long long lo, long long hi_s,
                                 unsigned long long hi_u, long long *out_s,
                                 unsigned long long *out_u) {
  if (PYIR_LIKELY(PyLong_CheckExact(obj)) && !is_unsigned) {
    int overflow = 0;
    long long v;
#if PY_VERSION_HEX >= 0x030C0000 && !defined(Py_LIMITED_API)
    if (PyUnstable_Long_IsCompact((PyLongObject *)obj))
      v = (long long)PyUnstable_Long_CompactValue((PyLongObject *)obj);
    else
#elif !defined(Py_LIMITED_API)
    /* CPython <= 3.11: a one-digit int is its digit times the sign of ob_size.
     */
    Py_ssize_t size = Py_SIZE(obj);
    if (size >= -1 && size <= 1)
      v = size * (long long)((PyLongObject *)obj)->ob_digit[0];
    else
#endif
      v = PyLong_AsLongLongAndOverflow(obj, &overflow);
    if (PYIR_LIKELY(!overflow && v >= lo && v <= hi_s)) {
      *out_s = v;
      return 0;
    }
  }
  return pyir__arg_index_slow(fname, pname, tname, obj, is_unsigned, lo, hi_s,
                              hi_u, out_s, out_u);
}

/* A float parameter: the exact-float fast path inline, else
 * pyir__arg_double_slow. */
static PYIR_COLD int pyir__arg_double_slow(const char *fname, const char *pname,
                                           PyObject *obj, double *out);
static inline int pyir_arg_double(const char *fname, const char *pname,
                                  PyObject *obj, double *out) {
  if (PYIR_LIKELY(PyFloat_CheckExact(obj))) {
    *out = PyFloat_AS_DOUBLE(obj);
    return 0;
  }
  return pyir__arg_double_slow(fname, pname, obj, out);
}

/* A float parameter: int, float, or any object with __float__ / __index__. */
static int pyir__arg_double_slow(const char *fname, const char *pname,
                                 PyObject *obj, double *out) {
  double v;
  if (PyFloat_CheckExact(obj)) {
    *out = PyFloat_AS_DOUBLE(obj);
    return 0;
  }
  if (!PyFloat_Check(obj) && !PyLong_Check(obj) && !PyIndex_Check(obj) &&
      !PYIR_HAS_NB_FLOAT(obj)) {
    PyErr_Format(PyExc_TypeError,
                 "%s() argument '%s' must be float, not %.200s", fname, pname,
                 PYIR_TYPE_NAME(obj));
    return -1;
  }
  v = PyFloat_AsDouble(obj);
  if (v == -1.0 && PyErr_Occurred())
    return -1;
  *out = v;
  return 0;
}

/* A bool parameter: the truth value, like `if x:` in the interpreter. */
static int pyir_arg_bool(const char *fname, const char *pname, PyObject *obj,
                         bool *out) {
  int v = PyObject_IsTrue(obj);
  (void)fname;
  (void)pname;
  if (v < 0)
    return -1;
  *out = v != 0;
  return 0;
}

/* The kind ('i' signed, 'u' unsigned, 'f' float) of a native struct format
 * of one item, or 0. */
static char pyir__format_kind(const char *fmt) {
  if (!fmt)
    fmt = "B";
  if (*fmt == '@' || *fmt == '=')
    ++fmt;
#if PY_LITTLE_ENDIAN
  else if (*fmt == '<')
    ++fmt;
#else
  else if (*fmt == '>' || *fmt == '!')
    ++fmt;
#endif
  if (!fmt[0] || fmt[1])
    return 0;
  switch (fmt[0]) {
  case 'b':
  case 'h':
  case 'i':
  case 'l':
  case 'q':
  case 'n':
    return 'i';
  case 'B':
  case 'H':
  case 'I':
  case 'L':
  case 'Q':
  case 'N':
    return 'u';
  case 'f':
  case 'd':
    return 'f';
  default:
    return 0;
  }
}

/* A view parameter: acquire the buffer and check item kind, item size,
 * dimensions, C-contiguity (for `::1`) and writability (if the function
 * stores into it).  On success the caller must PyBuffer_Release(buf). */
/* Defined with the slices of views, below. */
static void pyir__numpy_raw_strides(PyObject *obj, int ndim, pyir_view *view);

#if PYIR_HAVE_BUFFER
/* The checks and the view of pyir_arg_view, on a buffer acquired with
 * PyBUF_RECORDS_RO (released here on failure). */
static int pyir_take_view(const char *fname, const char *pname,
                          const char *tname, char kind, Py_ssize_t itemsize,
                          int ndim, int contiguous, int writable,
                          Py_buffer *buf, pyir_view *view) {
  int k;
  char actual;
  actual = pyir__format_kind(buf->format);
  if (actual != kind || buf->itemsize != itemsize) {
    PyErr_Format(PyExc_TypeError,
                 "%s() argument '%s' must be a buffer of %s, got item format "
                 "'%s' (%zd bytes)",
                 fname, pname, tname, buf->format ? buf->format : "B",
                 buf->itemsize);
    goto fail;
  }
  if (buf->ndim != ndim) {
    PyErr_Format(PyExc_ValueError,
                 "%s() argument '%s' must have %d dimension%s (%s), got %d",
                 fname, pname, ndim, ndim == 1 ? "" : "s", tname, buf->ndim);
    goto fail;
  }
  if (contiguous && !PyBuffer_IsContiguous(buf, 'C')) {
    PyErr_Format(PyExc_ValueError,
                 "%s() argument '%s' must be C-contiguous (%s)", fname, pname,
                 tname);
    goto fail;
  }
  if (writable && buf->readonly) {
    PyErr_Format(
        PyExc_ValueError,
        "%s() argument '%s' is a read-only buffer, but %s() writes to it",
        fname, pname, fname);
    goto fail;
  }
  view->data = (char *)buf->buf;
  for (k = 0; k < PYIR_MAX_RANK; ++k) {
    view->shape[k] = 0;
    view->strides[k] = 0;
  }
  for (k = 0; k < ndim; ++k) {
    Py_ssize_t extent = buf->shape ? buf->shape[k] : buf->len / itemsize;
    /* The optimiser relies on an axis spanning at most PY_SSIZE_T_MAX
     * bytes (pyir.dim's range); NumPy keeps it, a buffer that claims more
     * is refused. */
    if (extent < 0 || extent > PY_SSIZE_T_MAX / itemsize) {
      PyErr_Format(PyExc_ValueError,
                   "%s() argument '%s' has an invalid extent %zd on axis %d "
                   "(%zd-byte items: at most %zd)",
                   fname, pname, extent, k, itemsize,
                   PY_SSIZE_T_MAX / itemsize);
      goto fail;
    }
    view->shape[k] = extent;
  }
  if (buf->strides) {
    for (k = 0; k < ndim; ++k)
      view->strides[k] = buf->strides[k];
    /* A NumPy array's own strides, which its buffer export replaces by C
     * order's on an axis of extent 0 or 1 (`a.strides`, and its slices'). */
    pyir__numpy_raw_strides(buf->obj, ndim, view);
  } else {
    int64_t stride = itemsize;
    for (k = ndim - 1; k >= 0; --k) {
      view->strides[k] = stride;
      stride *= view->shape[k];
    }
  }
  return 0;
fail:
  PyBuffer_Release(buf);
  return -1;
}

/* Acquires the buffer of `obj`, the argument for parameter `pname` of
 * type `tname`, with PyBUF_RECORDS_RO; a TypeError if it has none. */
static int pyir__get_buffer(const char *fname, const char *pname,
                            const char *tname, PyObject *obj, Py_buffer *buf) {
  if (!PyObject_CheckBuffer(obj)) {
    PyErr_Format(PyExc_TypeError,
                 "%s() argument '%s' must be a buffer (%s), not %.200s", fname,
                 pname, tname, PYIR_TYPE_NAME(obj));
    return -1;
  }
  return PyObject_GetBuffer(obj, buf, PyBUF_RECORDS_RO);
}

static int pyir_arg_view(const char *fname, const char *pname,
                         const char *tname, PyObject *obj, char kind,
                         Py_ssize_t itemsize, int ndim, int contiguous,
                         int writable, Py_buffer *buf, pyir_view *view) {
  if (pyir__get_buffer(fname, pname, tname, obj, buf) < 0)
    return -1;
  return pyir_take_view(fname, pname, tname, kind, itemsize, ndim, contiguous,
                        writable, buf, view);
}

/* Generic functions (language.md §8): which of `n` constraints, given as
 * item kinds and sizes, the buffer `obj` passed for parameter `pname`
 * has, or -1 with a TypeError naming `accepted` ("f32 or f64"). On
 * success `buf` holds the buffer (PyBUF_RECORDS_RO), which the
 * specialisation takes over (pyir_take_view): acquired once. */
static int pyir_dispatch_view(const char *fname, const char *pname,
                              const char *accepted, PyObject *obj,
                              const char *kinds, const Py_ssize_t *sizes, int n,
                              Py_buffer *buf) {
  char actual;
  int k;
  if (pyir__get_buffer(fname, pname, accepted, obj, buf) < 0)
    return -1;
  actual = pyir__format_kind(buf->format);
  for (k = 0; k < n; ++k)
    if (actual == kinds[k] && buf->itemsize == sizes[k])
      return k;
  PyErr_Format(PyExc_TypeError,
               "%s() argument '%s' must be a buffer of %s, got item format "
               "'%s' (%zd bytes)",
               fname, pname, accepted, buf->format ? buf->format : "B",
               buf->itemsize);
  PyBuffer_Release(buf);
  return -1;
}

#endif /* PYIR_HAVE_BUFFER */

/* Generic functions: which of `n` scalar constraints (kinds 'b' bool, 'i'
 * signed or `int`, 'u' unsigned, 'f' float) the argument `obj` selects: a
 * bool the first bool constraint, else it counts as an int; an int (any
 * object with __index__) the first integer constraint, else the first
 * float one; a float (any other object with __float__) the first float
 * constraint; otherwise, or when no constraint is of that kind, the first
 * constraint, whose conversion then accepts the value or raises. */
static int pyir_dispatch_scalar(PyObject *obj, const char *kinds, int n) {
  const char *prefer;
  int k;
  const char *p;
  if (PyBool_Check(obj))
    prefer = "biuf";
  else if (PyFloat_Check(obj))
    prefer = "f";
  else if (PyLong_Check(obj) || PyIndex_Check(obj))
    prefer = "iuf";
  else if (PYIR_HAS_NB_FLOAT(obj))
    prefer = "f";
  else
    return 0;
  for (p = prefer; *p; ++p) {
    if (*p == 'u')
      continue; /* 'i' looks for both integer kinds, in order */
    for (k = 0; k < n; ++k)
      if (kinds[k] == *p || (*p == 'i' && kinds[k] == 'u'))
        return k;
  }
  return 0;
}

/* The .py file that tracebacks name: the source file next to the module's
 * own file when it is there (the package may have moved since it was
 * built), else its path relative to a sys.path entry (`pkg/sub/m.py`,
 * Cython's convention: linecache looks it up on sys.path; never the build
 * machine's path). Set once by the module's exec slot (pyir_find_source). */
static char pyir_source_path[4096];

static const char *pyir_source_file(const char *relative) {
  return pyir_source_path[0] ? pyir_source_path : relative;
}

/* Looks for `basename` in the directory of module.__file__. Never fails:
 * without __file__, or without the file there, tracebacks keep the
 * package-relative path. */
static void pyir_find_source(PyObject *module, const char *basename) {
  PyObject *file = PyModule_GetFilenameObject(module);
  const char *path, *slash;
  FILE *probe;
  int n;
  if (!file) {
    PyErr_Clear();
    return;
  }
  path = PyUnicode_AsUTF8(file);
  if (!path) {
    PyErr_Clear();
    Py_DECREF(file);
    return;
  }
  slash = strrchr(path, '/');
#ifdef _WIN32
  if (strrchr(path, '\\') > slash)
    slash = strrchr(path, '\\');
#endif
  n = slash
          ? snprintf(pyir_source_path, sizeof pyir_source_path, "%.*s%s",
                     (int)(slash - path + 1), path, basename)
          : snprintf(pyir_source_path, sizeof pyir_source_path, "%s", basename);
  Py_DECREF(file);
  probe = n > 0 && (size_t)n < sizeof pyir_source_path
              ? fopen(pyir_source_path, "r")
              : NULL;
  if (probe)
    fclose(probe);
  else
    pyir_source_path[0] = '\0';
}

/* Add a traceback entry `File "<filename>", line <line>, in <funcname>`
 * (the technique Cython uses: an empty code object and a frame). */
static void pyir_add_traceback(const char *funcname, const char *filename,
                               int line) {
#ifdef Py_LIMITED_API
  pyir__limited_traceback(funcname, filename, line);
#else
  PyObject *type, *value, *tb, *globals;
  PyCodeObject *code;
  PyFrameObject *frame;
  PyErr_Fetch(&type, &value, &tb);
  code = PyCode_NewEmpty(filename, funcname, line);
  globals = PyDict_New();
  frame = code && globals
              ? PyFrame_New(PyThreadState_Get(), code, globals, NULL)
              : NULL;
  PyErr_Restore(type, value, tb);
  if (frame)
    PyTraceBack_Here(frame);
  Py_XDECREF(frame);
  Py_XDECREF(globals);
  Py_XDECREF(code);
#endif
}

/* Raise the Python exception for a core error. */
static void pyir_raise_error(const pyir_error *err, const char *funcname,
                             const char *filename, int defline) {
  PyObject *type;
  switch (err->kind) {
#define PYIR__RAISE_CASE(NAME, VALUE)                                          \
  case PYIR_EXC_##NAME:                                                        \
    type = PyExc_##NAME;                                                       \
    break;
    PYIR_EXCEPTION_KINDS(PYIR__RAISE_CASE)
#undef PYIR__RAISE_CASE
  default:
    type = PyExc_SystemError;
    break;
  }
  if (err->message && err->message[0])
    PyErr_SetString(type, err->message);
  else
    PyErr_SetNone(type);
  /* Raised in another compiled module's function: the line is in its file. */
  pyir_add_traceback(funcname, err->file ? err->file : filename,
                     err->line > 0 ? err->line : defline);
}

/* A mixed module's Python part runs in the extension module's dict, whose
 * __loader__ (the extension's) has no source: linecache asks it and stops,
 * so tracebacks of that part would show no text unless the .py is beside
 * the extension. The source is embedded: linecache gets it under
 * `filename` (an entry without mtime, which checkcache keeps). Never
 * fails: without it, tracebacks lose the text only. */
static void pyir_register_source(const char *filename, const char *source) {
  PyObject *linecache = PyImport_ImportModule("linecache");
  PyObject *cache =
      linecache ? PyObject_GetAttrString(linecache, "cache") : NULL;
  PyObject *name = PyUnicode_FromString(filename);
  PyObject *text = PyUnicode_FromString(source);
  PyObject *lines =
      text ? PyObject_CallMethod(text, "splitlines", "i", 1) : NULL;
  PyObject *entry = lines && name
                        ? Py_BuildValue("(nOOO)", PyUnicode_GetLength(text),
                                        Py_None, lines, name)
                        : NULL;
  if (!entry || !cache || PyObject_SetItem(cache, name, entry) < 0)
    PyErr_Clear();
  Py_XDECREF(entry);
  Py_XDECREF(lines);
  Py_XDECREF(text);
  Py_XDECREF(name);
  Py_XDECREF(cache);
  Py_XDECREF(linecache);
}

/* ---- PYIR_DISABLE (docs/CBackend.md, "Debugging") ----
 * With PYIR_DISABLE set (and not "0"), PyInit_<name> returns a second
 * module definition whose only slot creates the module from the source
 * next to the extension, interpreted, as NUMBA_DISABLE_JIT does for Numba:
 * `<directory of spec.origin>/<last component of spec.name>.py`. */
static int pyir_disabled(void) {
  const char *value = getenv("PYIR_DISABLE");
  return value && value[0] && strcmp(value, "0") != 0;
}

static const char pyir_interpreted_code[] =
    "import importlib.util, os\n"
    "path = os.path.join(os.path.dirname(spec.origin),\n"
    "                    spec.name.rpartition('.')[2] + '.py')\n"
    "if not os.path.isfile(path):\n"
    "    raise ImportError('PYIR_DISABLE is set, but the interpreted source '\n"
    "                      'of ' + spec.name + ', ' + path + ', does not '\n"
    "                      'exist', name=spec.name, path=path)\n"
    "source = importlib.util.spec_from_file_location(spec.name, path)\n"
    "module = importlib.util.module_from_spec(source)\n"
    "source.loader.exec_module(module)\n";

static PyObject *pyir_create_interpreted(PyObject *spec, PyModuleDef *def) {
  PyObject *globals = PyDict_New(), *result, *module = NULL;
  (void)def;
  if (!globals)
    return NULL;
  if (PyDict_SetItemString(globals, "__builtins__", PyEval_GetBuiltins()) ==
          0 &&
      PyDict_SetItemString(globals, "spec", spec) == 0) {
    /* (Py_CompileString and PyEval_EvalCode: the limited API has no
     * PyRun_String.) */
    PyObject *code = Py_CompileString(pyir_interpreted_code, "<PYIR_DISABLE>",
                                      Py_file_input);
    result = code ? PyEval_EvalCode(code, globals, globals) : NULL;
    Py_XDECREF(code);
    if (result) {
      Py_DECREF(result);
      module = PyDict_GetItemString(globals, "module");
      Py_XINCREF(module);
    }
  }
  Py_DECREF(globals);
  return module;
}

static PyModuleDef_Slot pyir_interpreted_slots[] = {
    {Py_mod_create, (void *)pyir_create_interpreted}, {0, NULL}};

static struct PyModuleDef pyir_interpreted_moduledef = {PyModuleDef_HEAD_INIT,
                                                        "pyir_interpreted",
                                                        NULL,
                                                        0,
                                                        NULL,
                                                        pyir_interpreted_slots,
                                                        NULL,
                                                        NULL,
                                                        NULL};

/* PyModule_AddObject that steals `value` on success and failure. */
static int pyir_add_constant(PyObject *module, const char *name,
                             PyObject *value) {
  if (!value)
    return -1;
  if (PyModule_AddObject(module, name, value) < 0) {
    Py_DECREF(value);
    return -1;
  }
  return 0;
}

/* ==== Imports between compiled modules (docs/CBackend.md, "Imports") ==== */

/* __pyir_capi__[name] = a capsule of `entry` named by its signature string
 * (static storage: a literal). */
static int pyir_capi_add(PyObject *capi, const char *name, void *entry,
                         const char *signature) {
  PyObject *capsule = PyCapsule_New(entry, signature, NULL);
  int status;
  if (!capsule)
    return -1;
  status = PyDict_SetItemString(capi, name, capsule);
  Py_DECREF(capsule);
  return status;
}

/* *slot = the entry point `name` of the compiled module `from` (imported as
 * `from <level dots><from> import ...` in `module`), after checking that
 * its signature is the one this module was compiled against: ImportError
 * otherwise, so that a compiled call can never be wrong. */
static int pyir_capi_link(PyObject *module, const char *from, int level,
                          const char *name, const char *signature,
                          void **slot) {
  PyObject *fromlist, *other, *capi, *capsule;
  const char *actual;
  void *entry;
  fromlist = Py_BuildValue("(s)", "__pyir_capi__");
  if (!fromlist)
    return -1;
  /* A non-empty fromlist: the module itself, not its top package. */
  other = PyImport_ImportModuleLevel(from, PyModule_GetDict(module), NULL,
                                     fromlist, level);
  Py_DECREF(fromlist);
  if (!other)
    return -1;
  capi = PyObject_GetAttrString(other, "__pyir_capi__");
  if (!capi || !PyDict_Check(capi)) {
    PyErr_Clear();
    PyErr_Format(PyExc_ImportError,
                 "%s: module '%s' (%R) is not a compiled PyIR module (no "
                 "__pyir_capi__): compile it with pyirc to call its '%s' "
                 "natively",
                 PyModule_GetName(module), from, other, name);
    Py_XDECREF(capi);
    Py_DECREF(other);
    return -1;
  }
  capsule = PyDict_GetItemString(capi, name);
  if (!capsule || !PyCapsule_CheckExact(capsule)) {
    PyErr_Format(PyExc_ImportError,
                 "%s: compiled module '%s' exports no function '%s': it was "
                 "compiled from another source; recompile both",
                 PyModule_GetName(module), from, name);
    Py_DECREF(capi);
    Py_DECREF(other);
    return -1;
  }
  actual = PyCapsule_GetName(capsule);
  if (!actual || strcmp(actual, signature) != 0) {
    PyErr_Format(PyExc_ImportError,
                 "%s: function '%s' of compiled module '%s' has the signature "
                 "'%s', but this module was compiled against '%s': recompile "
                 "it",
                 PyModule_GetName(module), name, from,
                 actual ? actual : "(none)", signature);
    Py_DECREF(capi);
    Py_DECREF(other);
    return -1;
  }
  entry = PyCapsule_GetPointer(capsule, actual);
  Py_DECREF(capi);
  /* The module stays imported (sys.modules) as long as this one. */
  Py_DECREF(other);
  if (!entry)
    return -1;
  *slot = entry;
  return 0;
}

/* ---- Arrays (docs/CBackend.md, "Arrays") ----
 *
 * The owners of the core's views (pyir_oview in pyir_core_support.h) are
 * Python objects: a new array is a NumPy array when NumPy is importable
 * (imported on the first allocation, as python/pyir/arrays.py does), else
 * a memoryview over a bytearray. Code of a `nogil` function takes the GIL
 * around these. */

#define PYIR__WITH_GIL(STMT)                                                   \
  do {                                                                         \
    if (PYIR_GIL_HELD()) {                                                     \
      STMT;                                                                    \
    } else {                                                                   \
      PyGILState_STATE pyir__gil = PyGILState_Ensure();                        \
      STMT;                                                                    \
      PyGILState_Release(pyir__gil);                                           \
    }                                                                          \
  } while (0)

static void pyir_owner_incref(void *owner) {
  if (owner)
    PYIR__WITH_GIL(Py_INCREF((PyObject *)owner));
}

static void pyir_owner_decref(void *owner) {
  if (owner)
    PYIR__WITH_GIL(Py_DECREF((PyObject *)owner));
}

/* numpy.empty and numpy.zeros, and the dtype of each struct code; state 0
 * before the first allocation, 1 with NumPy, -1 without. */
static int pyir__numpy_state;
static PyObject *pyir__numpy_alloc[2];
static PyObject *pyir__numpy_dtypes[128];

/* NumPy's C API without its headers (NumPy is optional at build and run
 * time): PyArray_Zeros and PyArray_Empty, slots 183 and 184 of the table
 * the `_ARRAY_API` capsule of numpy's _multiarray_umath exports (the same
 * slots since NumPy 1.0, and in NumPy 2). They take the shape as npy_intp
 * (Py_ssize_t) and steal a reference to the dtype. Called directly they
 * skip numpy.empty's argument parsing; NULL (the Python entry points are
 * used) when the capsule is not found or the first array it makes is not
 * a numpy.ndarray of the requested shape. */
typedef PyObject *(*pyir__numpy_new_fn)(int, const Py_ssize_t *, PyObject *,
                                        int);
static pyir__numpy_new_fn pyir__numpy_capi[2];

/* The table of NumPy's C API, or NULL (NumPy imported if it is not). */
static void **pyir__numpy_api_table(void) {
  static const char *const modules[] = {"numpy._core._multiarray_umath",
                                        "numpy.core._multiarray_umath"};
  static void **table;
  size_t k;
  for (k = 0; !table && k < sizeof modules / sizeof *modules; ++k) {
    PyObject *module = PyImport_ImportModule(modules[k]);
    PyObject *capsule =
        module ? PyObject_GetAttrString(module, "_ARRAY_API") : NULL;
    void **api = capsule && PyCapsule_CheckExact(capsule)
                     ? (void **)PyCapsule_GetPointer(capsule, NULL)
                     : NULL;
    Py_XDECREF(capsule);
    Py_XDECREF(module);
    PyErr_Clear();
    if (api && api[2] && api[94] && api[183] && api[184] && api[282])
      table = api;
  }
  return table;
}

static void pyir__numpy_capi_init(void) {
  void **api = pyir__numpy_api_table();
  if (api) {
    pyir__numpy_capi[0] = (pyir__numpy_new_fn)api[184];
    pyir__numpy_capi[1] = (pyir__numpy_new_fn)api[183];
  }
}

static void pyir__numpy_init(void) {
  PyObject *np = PyImport_ImportModule("numpy");
  pyir__numpy_state = -1;
  if (!np) {
    PyErr_Clear();
    return;
  }
  pyir__numpy_alloc[0] = PyObject_GetAttrString(np, "empty");
  pyir__numpy_alloc[1] = PyObject_GetAttrString(np, "zeros");
  Py_DECREF(np);
  if (!pyir__numpy_alloc[0] || !pyir__numpy_alloc[1]) {
    PyErr_Clear();
    Py_CLEAR(pyir__numpy_alloc[0]);
    Py_CLEAR(pyir__numpy_alloc[1]);
    return;
  }
  pyir__numpy_state = 1;
  pyir__numpy_capi_init();
}

/* A NumPy array's data pointer: the first field after the object header
 * of NumPy's PyArrayObject_fields, which NumPy's ABI keeps (its
 * PyArray_DATA reads it so in every compiled extension). */
static char *pyir__numpy_data(PyObject *array) {
  return *(char **)((char *)array + sizeof(PyObject));
}

static PyObject *pyir__shape_object(int rank, const int64_t *shape) {
  PyObject *tuple;
  int k;
  if (rank == 1)
    return PyLong_FromLongLong(shape[0]);
  tuple = PyTuple_New(rank);
  if (!tuple)
    return NULL;
  for (k = 0; k < rank; ++k) {
    PyObject *extent = PyLong_FromLongLong(shape[k]);
    if (!extent) {
      Py_DECREF(tuple);
      return NULL;
    }
    PyTuple_SET_ITEM(tuple, k, extent);
  }
  return tuple;
}

/* Whether the first array the C API made is a numpy.ndarray of `shape`
 * (its `shape` attribute read through Python), once. */
static int pyir__numpy_capi_checked;

static int pyir__numpy_capi_verify(PyObject *array, int rank,
                                   const int64_t *shape) {
  PyObject *np = PyImport_AddModule("numpy"); /* borrowed */
  PyObject *ndarray = np ? PyObject_GetAttrString(np, "ndarray") : NULL;
  PyObject *got = PyObject_GetAttrString(array, "shape");
  int ok = ndarray && got && PyType_Check(ndarray) &&
           Py_IS_TYPE(array, (PyTypeObject *)ndarray) && PyTuple_Check(got) &&
           PyTuple_GET_SIZE(got) == rank;
  int k;
  for (k = 0; ok && k < rank; ++k)
    ok = PyLong_AsLongLong(PyTuple_GET_ITEM(got, k)) == shape[k];
  Py_XDECREF(ndarray);
  Py_XDECREF(got);
  PyErr_Clear();
  pyir__numpy_capi_checked = ok;
  return ok;
}

static PyObject *pyir__numpy_new(char code, int zero, int rank,
                                 const int64_t *shape, char **data) {
  PyObject *args[2], *array;
  PyObject **dtype = &pyir__numpy_dtypes[(unsigned char)code & 127];
  if (!*dtype) {
    *dtype = PyObject_CallMethod(PyImport_AddModule("numpy"), "dtype", "s#",
                                 &code, (Py_ssize_t)1);
    if (!*dtype)
      return NULL;
  }
  if (pyir__numpy_capi[zero ? 1 : 0]) {
    Py_ssize_t dims[PYIR_MAX_RANK];
    int k;
    for (k = 0; k < rank; ++k)
      dims[k] = (Py_ssize_t)shape[k];
    Py_INCREF(*dtype); /* stolen */
    array = pyir__numpy_capi[zero ? 1 : 0](rank, dims, *dtype, 0);
    if (!array)
      return NULL;
    if (pyir__numpy_capi_checked ||
        pyir__numpy_capi_verify(array, rank, shape)) {
      *data = pyir__numpy_data(array);
      return array;
    }
    /* Not what numpy.empty makes: use the Python entry points from now. */
    Py_DECREF(array);
    pyir__numpy_capi[0] = pyir__numpy_capi[1] = NULL;
  }
  args[0] = pyir__shape_object(rank, shape);
  if (!args[0])
    return NULL;
  args[1] = *dtype;
  array = PyObject_Vectorcall(pyir__numpy_alloc[zero ? 1 : 0], args, 2, NULL);
  Py_DECREF(args[0]);
  if (array)
    *data = pyir__numpy_data(array);
  return array;
}

/* A memoryview of `shape` over a new zeroed bytearray of `nbytes`. A
 * memoryview cannot be cast to a shape with a zero extent: one on the first
 * axis is a slice of a one-row view, one on a later axis is refused
 * (NotImplementedError, as python/pyir/arrays.py). */
static PyObject *pyir__memoryview_new(char code, int64_t itemsize, int rank,
                                      const int64_t *shape, int64_t nbytes,
                                      char **data, pyir_error *err) {
  int64_t rows[PYIR_MAX_RANK];
  int64_t size = itemsize;
  int k, empty_later = 0;
  PyObject *bytes, *view, *fmt, *dims, *cast;
  for (k = 0; k < rank; ++k) {
    rows[k] = shape[k] ? shape[k] : 1;
    if (__builtin_mul_overflow(size, rows[k], &size))
      size = INT64_MAX; /* bytearray() raises MemoryError */
    empty_later |= k > 0 && shape[k] == 0;
  }
  if (empty_later) {
    pyir_error_raise(err, PYIR_EXC_NotImplementedError,
                     "without NumPy, an array with a zero extent after the "
                     "first axis cannot be made",
                     0);
    return NULL;
  }
  bytes = PyByteArray_FromStringAndSize(NULL, nbytes ? nbytes : size);
  if (!bytes)
    return NULL;
  memset(PyByteArray_AS_STRING(bytes), 0, PyByteArray_GET_SIZE(bytes));
  *data = PyByteArray_AS_STRING(bytes);
  view = PyMemoryView_FromObject(bytes);
  Py_DECREF(bytes);
  if (!view)
    return NULL;
  fmt = PyUnicode_FromStringAndSize(&code, 1);
  dims = PyTuple_New(rank);
  for (k = 0; dims && k < rank; ++k) {
    PyObject *extent = PyLong_FromLongLong(nbytes ? shape[k] : rows[k]);
    if (!extent)
      Py_CLEAR(dims);
    else
      PyTuple_SET_ITEM(dims, k, extent);
  }
  cast =
      fmt && dims ? PyObject_CallMethod(view, "cast", "OO", fmt, dims) : NULL;
  Py_XDECREF(fmt);
  Py_XDECREF(dims);
  Py_DECREF(view);
  if (cast && nbytes == 0) {
    /* cast[0:0]: shape[0] == 0 here. */
    PyObject *slice = PySlice_New(NULL, NULL, NULL), *sliced = NULL;
    if (slice) {
      PyObject *zero = PyLong_FromLong(0);
      Py_DECREF(slice);
      slice = zero ? PySlice_New(zero, zero, NULL) : NULL;
      Py_XDECREF(zero);
    }
    if (slice)
      sliced = PyObject_GetItem(cast, slice);
    Py_XDECREF(slice);
    Py_DECREF(cast);
    return sliced;
  }
  return cast;
}

static void pyir__numpy_raw_strides(PyObject *obj, int ndim, pyir_view *view);

static int pyir_owner_alloc(pyir_oview *out, char code, int64_t itemsize,
                            int zero, int rank, const int64_t *shape,
                            pyir_error *err) {
  PyObject *owner = NULL;
  char *data = NULL;
  int64_t nbytes = itemsize, stride = itemsize;
  int k;
  /* Held unless the function is nogil: the check is cheaper than Ensure. */
  int held = PYIR_GIL_HELD();
  PyGILState_STATE gil = held ? PyGILState_UNLOCKED : PyGILState_Ensure();
  for (k = 0; k < rank; ++k)
    nbytes *= shape[k]; /* no overflow: pyir_view_alloc checked */
  if (pyir__numpy_state == 0)
    pyir__numpy_init();
  err->kind = -1;
  if (pyir__numpy_state > 0)
    owner = pyir__numpy_new(code, zero, rank, shape, &data);
  else
    owner =
        pyir__memoryview_new(code, itemsize, rank, shape, nbytes, &data, err);
  if (!owner) {
    if (err->kind >= 0) {
      /* raised above */
    } else if (PyErr_ExceptionMatches(PyExc_MemoryError)) {
      pyir_error_raise(err, PYIR_EXC_MemoryError, "cannot allocate the array",
                       0);
    } else {
      pyir_error_raise(err, PYIR_EXC_RuntimeError,
                       "the array could not be allocated", 0);
    }
    PyErr_Clear();
    if (!held)
      PyGILState_Release(gil);
    return -1;
  }
  out->view.data = data;
  for (k = PYIR_MAX_RANK - 1; k >= 0; --k) {
    out->view.shape[k] = k < rank ? shape[k] : 0;
    out->view.strides[k] = k < rank ? stride : 0;
    if (k < rank)
      stride *= shape[k];
  }
  /* A NumPy array's own strides, which `.strides` and slices read (NumPy
   * 1.24 gives an array without elements strides 0). */
  if (pyir__numpy_state > 0)
    pyir__numpy_raw_strides(owner, rank, &out->view);
  if (!held)
    PyGILState_Release(gil);
  out->owner = owner;
  return 0;
}

/* ---- Slices of views (pyir.subview; docs/language.md §12) ---- */

/* The fields of NumPy's PyArrayObject_fields that its ABI keeps. */
typedef struct {
  PyObject_HEAD char *data;
  int nd;
  Py_ssize_t *dimensions;
  Py_ssize_t *strides;
  PyObject *base;
  PyObject *descr;
  int flags;
} pyir__numpy_fields;

/* numpy.ndarray, once NumPy is imported (sys.modules) and an owner not a
 * memoryview was sliced; NULL before. */
static PyTypeObject *pyir__ndarray;

/* Looks numpy.ndarray up if NumPy is imported (an owner cannot be an array
 * otherwise). Needs the GIL. */
static void pyir__ndarray_lookup(void) {
  /* Called for every NumPy-less view argument until NumPy is imported: one
   * interned name, one dict lookup. */
  static PyObject *name;
  PyObject *np;
  if (!name)
    name = PyUnicode_InternFromString("numpy");
  np = name ? PyImport_GetModule(name) : NULL;
  if (np) {
    void **api = pyir__numpy_api_table();
    if (api)
      pyir__ndarray = (PyTypeObject *)api[2];
    Py_DECREF(np);
  }
  PyErr_Clear();
}

static int pyir_owner_slicing(void *owner, int rank, int nkeys, int nindices,
                              pyir_error *err) {
  if (!owner || Py_TYPE((PyObject *)owner) == pyir__ndarray)
    return PYIR_SLICING_NUMPY; /* the common case first */
  if (PyMemoryView_Check((PyObject *)owner)) {
    /* memoryview's subscript: one slice, or indices for every axis. */
    if (nkeys == 1 && nindices == 1)
      return pyir_raise_msg(err, PYIR_MSG_MV_SUBVIEWS);
    if (nkeys > 1 && nindices == nkeys)
      return pyir_raise_msg(err, PYIR_MSG_MV_SUBVIEWS_MULTI);
    if (nkeys > 1 && nindices > 0)
      return pyir_raise_msg(err, PYIR_MSG_MV_SLICE_KEY);
    if (nkeys > 1)
      return pyir_raise_msg(err, PYIR_MSG_MV_SLICING);
    (void)rank;
    return PYIR_SLICING_MEMORYVIEW;
  }
  if (!pyir__ndarray)
    PYIR__WITH_GIL(pyir__ndarray_lookup());
  if (pyir__ndarray && PyObject_TypeCheck((PyObject *)owner, pyir__ndarray))
    return PYIR_SLICING_NUMPY;
  return pyir_raise_msg(err, PYIR_MSG_SLICE_NOT_A_VIEW);
}

static void pyir__numpy_raw_strides(PyObject *obj, int ndim, pyir_view *view) {
  const pyir__numpy_fields *fields = (const pyir__numpy_fields *)obj;
  int k;
  if (!obj || PyMemoryView_Check(obj))
    return;
  if (!pyir__ndarray)
    pyir__ndarray_lookup();
  if (!pyir__ndarray || !PyObject_TypeCheck(obj, pyir__ndarray) ||
      fields->nd != ndim || fields->data != view->data)
    return;
  for (k = 0; k < ndim; ++k)
    view->strides[k] = fields->strides[k];
}

/* A memoryview owner's part `v` (a first-axis slice: other keys raise in
 * pyir_owner_slicing), as memoryview's own slicing makes it: a new view of
 * the owner's managed buffer with v's data pointer, shape and strides, its
 * length and contiguity flags computed as CPython's init_len and
 * init_flags do. (Recovering a slice `owner[a:b:c]` would not do: an
 * empty or one-element slice of a slice keeps a stride that no single
 * slice of the owner gives.) */
static PyObject *pyir__memoryview_part(PyObject *owner, const pyir_view *v) {
#ifdef Py_LIMITED_API
  return pyir__limited_memoryview_part(owner, v);
#else
  PyObject *part = PyMemoryView_FromObject(owner);
  PyMemoryViewObject *mv = (PyMemoryViewObject *)part;
  Py_buffer *view;
  Py_ssize_t len;
  int k, flags = 0;
  if (!part)
    return NULL;
  view = &mv->view;
  view->buf = v->data;
  len = view->itemsize;
  for (k = 0; k < view->ndim; ++k) {
    view->shape[k] = (Py_ssize_t)v->shape[k];
    view->strides[k] = (Py_ssize_t)v->strides[k];
    len *= view->shape[k];
  }
  view->len = len;
  if (view->ndim == 1) {
    if (view->shape[0] == 1 || view->strides[0] == view->itemsize)
      flags = _Py_MEMORYVIEW_C | _Py_MEMORYVIEW_FORTRAN;
  } else {
    if (PyBuffer_IsContiguous(view, 'C'))
      flags |= _Py_MEMORYVIEW_C;
    if (PyBuffer_IsContiguous(view, 'F'))
      flags |= _Py_MEMORYVIEW_FORTRAN;
  }
  mv->flags = flags;
  mv->hash = -1;
  return part;
#endif
}

/* The Python object of a returned view `r`, taking its reference to the
 * owner: the owner itself when the view is all of it (a parameter, a new
 * array), else a new view of the owner's part, the object slicing it in
 * Python makes (a NumPy array whose base is the owner, a memoryview). */
static PyObject *pyir_view_object(pyir_oview *r, int rank) {
  PyObject *owner = (PyObject *)r->owner, *part;
  if (!r->sliced)
    return owner;
  if (PyMemoryView_Check(owner)) {
    part = pyir__memoryview_part(owner, &r->view);
  } else {
    typedef PyObject *(*new_from_descr_fn)(
        PyTypeObject *, PyObject *, int, const Py_ssize_t *, const Py_ssize_t *,
        void *, int, PyObject *);
    typedef int (*set_base_fn)(PyObject *, PyObject *);
    void **api = pyir__numpy_api_table(); /* the owner is an array */
    pyir__numpy_fields *fields = (pyir__numpy_fields *)owner;
    Py_ssize_t shape[PYIR_MAX_RANK], strides[PYIR_MAX_RANK];
    int k;
    for (k = 0; k < rank; ++k) {
      shape[k] = (Py_ssize_t)r->view.shape[k];
      strides[k] = (Py_ssize_t)r->view.strides[k];
    }
    Py_INCREF(fields->descr); /* stolen */
    part = ((new_from_descr_fn)api[94])(
        Py_TYPE(owner), fields->descr, rank, shape, strides, r->view.data,
        fields->flags & 0x0400 /* NPY_ARRAY_WRITEABLE */, owner);
    if (part) {
      /* The reference to the owner becomes the new array's base. */
      if (((set_base_fn)api[282])(part, owner) < 0)
        Py_CLEAR(part);
      return part;
    }
  }
  Py_DECREF(owner);
  return part;
}

#endif /* PYIR_RUNTIME_PYIR_CPYTHON_GLUE_H */
