/*===- pyir_cpython_limited.h - The glue under the limited API -*- C -*-===*
 *
 * Part of the PyIR project.
 *
 * `pyirc --limited-api=3.X` defines Py_LIMITED_API (an abi3 module that
 * every CPython from 3.X on loads: docs/CBackend.md, "The limited API").
 * What the glue (pyir_cpython_glue.h) uses that the limited API lacks is
 * here, as what the limited API has; without Py_LIMITED_API the PYIR_*
 * macros below are the full API's expressions and nothing else changes.
 * Include after Python.h; the generated C file embeds it before the glue.
 *===----------------------------------------------------------------------===*/

#ifndef PYIR_RUNTIME_PYIR_CPYTHON_LIMITED_H
#define PYIR_RUNTIME_PYIR_CPYTHON_LIMITED_H

#ifndef Py_LIMITED_API

/* The name of obj's type, as CPython's own messages print it. */
#define PYIR_TYPE_NAME(obj) (Py_TYPE(obj)->tp_name)
/* Whether obj's type has __float__. */
#define PYIR_HAS_NB_FLOAT(obj)                                                 \
  (Py_TYPE(obj)->tp_as_number && Py_TYPE(obj)->tp_as_number->nb_float)
/* Whether this thread holds the GIL. */
#define PYIR_GIL_HELD() PyGILState_Check()
/* Whether the int `v` is negative. */
#define PYIR_LONG_IS_NEGATIVE(v) (_PyLong_Sign(v) < 0)
/* Whether Py_buffer and the buffer protocol are there (view parameters). */
#define PYIR_HAVE_BUFFER 1

#else /* Py_LIMITED_API */

/* The macros of the full API as the functions they stand for. */
#define PyTuple_GET_SIZE(t) PyTuple_Size(t)
#define PyTuple_GET_ITEM(t, i) PyTuple_GetItem(t, i)
#define PyTuple_SET_ITEM(t, i, v) ((void)PyTuple_SetItem(t, i, v))
#define PyFloat_AS_DOUBLE(o) PyFloat_AsDouble(o)
#define PyByteArray_AS_STRING(o) PyByteArray_AsString(o)
#define PyByteArray_GET_SIZE(o) PyByteArray_Size(o)
/* PyUnicode_AsUTF8 is in the limited API from 3.13. */
#define PyUnicode_AsUTF8(o) PyUnicode_AsUTF8AndSize(o, NULL)

/* PyGILState_Check is not in it: PyGILState_Ensure is taken every time
 * (allocations and slicing only; it nests). */
#define PYIR_GIL_HELD() 0
#define PYIR_HAS_NB_FLOAT(obj)                                                 \
  (PyType_GetSlot(Py_TYPE(obj), Py_nb_float) != NULL)
#define PYIR_TYPE_NAME(obj) pyir__type_name(obj)
#define PYIR_LONG_IS_NEGATIVE(v) pyir__long_is_negative(v)

#if Py_LIMITED_API + 0 >= 0x030B0000
#define PYIR_HAVE_BUFFER 1
#else
#define PYIR_HAVE_BUFFER 0
/* Declared for the generic functions' signatures (pointers only: a module
 * with view parameters is refused by pyirc under this limited API). */
typedef struct bufferinfo Py_buffer;
#endif

/* tp_name without PyTypeObject's fields: `module.qualname` for a static
 * type (a builtin's module omitted), `__name__` for a class (a heap type).
 * For error messages: static storage, with the GIL. */
static const char *pyir__type_name(PyObject *obj) {
  static char name[256];
  PyObject *type = (PyObject *)Py_TYPE(obj);
  int heap = (PyType_GetFlags(Py_TYPE(obj)) & Py_TPFLAGS_HEAPTYPE) != 0;
  PyObject *qualname =
      PyObject_GetAttrString(type, heap ? "__name__" : "__qualname__");
  PyObject *module = heap ? NULL : PyObject_GetAttrString(type, "__module__");
  const char *q = qualname && PyUnicode_Check(qualname)
                      ? PyUnicode_AsUTF8AndSize(qualname, NULL)
                      : NULL;
  const char *m = module && PyUnicode_Check(module)
                      ? PyUnicode_AsUTF8AndSize(module, NULL)
                      : NULL;
  int qualified = m && strcmp(m, "builtins") != 0;
  snprintf(name, sizeof name, "%s%s%s", qualified ? m : "",
           qualified ? "." : "", q ? q : "?");
  Py_XDECREF(qualname);
  Py_XDECREF(module);
  PyErr_Clear();
  return name;
}

static int pyir__long_is_negative(PyObject *v) {
  int overflow = 0;
  long long x = PyLong_AsLongLongAndOverflow(v, &overflow);
  return overflow < 0 || (overflow == 0 && x < 0);
}

/* PyObject_Vectorcall is in the limited API from 3.12 (keywords: none). */
#if Py_LIMITED_API + 0 < 0x030C0000
static PyObject *pyir__vectorcall(PyObject *callable, PyObject *const *args,
                                  size_t nargs, PyObject *kwnames) {
  PyObject *tuple = PyTuple_New((Py_ssize_t)nargs), *result;
  size_t k;
  (void)kwnames;
  if (!tuple)
    return NULL;
  for (k = 0; k < nargs; ++k) {
    Py_INCREF(args[k]);
    PyTuple_SetItem(tuple, (Py_ssize_t)k, args[k]);
  }
  result = PyObject_Call(callable, tuple, NULL);
  Py_DECREF(tuple);
  return result;
}
#define PyObject_Vectorcall pyir__vectorcall
#endif

/* A code object whose only statement, `raise __pyir_exception__`, is at
 * line `line` of `filename`, named `funcname`: compiled once per place
 * (an error path, but a loop may take it often), then from a cache. */
static PyObject *pyir__raise_code(const char *funcname, const char *filename,
                                  int line) {
  static const char statement[] = "raise __pyir_exception__\n";
  static PyObject *cache;
  PyObject *key, *code, *compiled = NULL, *replace = NULL, *kwargs = NULL,
                        *args = NULL;
  size_t pad = line > 1 ? (size_t)line - 1 : 0;
  char *text;
  if (!cache && !(cache = PyDict_New()))
    return NULL;
  key = Py_BuildValue("(ssi)", filename, funcname, line);
  if (!key)
    return NULL;
  code = PyDict_GetItemWithError(cache, key);
  if (code || PyErr_Occurred()) {
    Py_XINCREF(code);
    Py_DECREF(key);
    return code;
  }
  text = (char *)PyMem_Malloc(pad + sizeof statement);
  if (text) {
    memset(text, '\n', pad);
    memcpy(text + pad, statement, sizeof statement);
    compiled = Py_CompileString(text, filename, Py_file_input);
    PyMem_Free(text);
  }
  replace = compiled ? PyObject_GetAttrString(compiled, "replace") : NULL;
  kwargs = replace ? Py_BuildValue("{ss}", "co_name", funcname) : NULL;
  if (kwargs && PyObject_HasAttrString(compiled, "co_qualname") &&
      PyDict_SetItemString(kwargs, "co_qualname",
                           PyDict_GetItemString(kwargs, "co_name")) < 0)
    Py_CLEAR(kwargs);
  args = kwargs ? PyTuple_New(0) : NULL;
  code = args ? PyObject_Call(replace, args, kwargs) : NULL;
  if (code && PyDict_SetItem(cache, key, code) < 0)
    Py_CLEAR(code);
  Py_XDECREF(args);
  Py_XDECREF(kwargs);
  Py_XDECREF(replace);
  Py_XDECREF(compiled);
  Py_DECREF(key);
  return code;
}

/* A traceback entry `File "<filename>", line <line>, in <funcname>` for
 * the exception being raised, without frame objects: pyir__raise_code run
 * with the exception as __pyir_exception__ (it keeps its traceback and
 * gains the entry). */
static void pyir__limited_traceback(const char *funcname, const char *filename,
                                    int line) {
  PyObject *type, *value, *tb, *code, *globals = NULL, *result = NULL;
  PyErr_Fetch(&type, &value, &tb);
  PyErr_NormalizeException(&type, &value, &tb);
  if (!value)
    goto restore;
  if (tb)
    PyException_SetTraceback(value, tb);
  code = pyir__raise_code(funcname, filename, line);
  globals = code ? PyDict_New() : NULL;
  if (globals &&
      PyDict_SetItemString(globals, "__pyir_exception__", value) == 0)
    result = PyEval_EvalCode(code, globals, globals);
  Py_XDECREF(result); /* never set: the code raises */
  Py_XDECREF(globals);
  Py_XDECREF(code);
  if (globals && PyErr_Occurred()) {
    /* Raised with the new entry. */
    Py_XDECREF(type);
    Py_XDECREF(value);
    Py_XDECREF(tb);
    return;
  }
restore:
  PyErr_Clear();
  PyErr_Restore(type, value, tb); /* without the entry */
}

/* pyir__memoryview_part without PyMemoryViewObject's fields: the part `v`
 * (a first-axis slice of `owner`) as `owner[start:stop:step]`, which
 * memoryview's slicing gives the same data, shape and strides (a stride
 * is the owner's times the step, whatever the length). */
static PyObject *pyir__limited_memoryview_part(PyObject *owner,
                                               const pyir_view *v) {
#if PYIR_HAVE_BUFFER
  Py_buffer whole;
  Py_ssize_t stride, start = 0, step = 1, stop;
  PyObject *key, *part, *first, *last, *by;
  if (PyObject_GetBuffer(owner, &whole, PyBUF_RECORDS_RO) < 0)
    return NULL;
  stride = whole.strides ? whole.strides[0] : whole.itemsize;
  if (stride != 0) {
    start = (Py_ssize_t)((v->data - (char *)whole.buf) / stride);
    step = (Py_ssize_t)(v->strides[0] / stride);
  }
  PyBuffer_Release(&whole);
  stop = start + (Py_ssize_t)v->shape[0] * step;
  first = PyLong_FromSsize_t(start);
  /* A negative stop counts from the end: None runs to the beginning. */
  last = stop < 0 ? (Py_INCREF(Py_None), Py_None) : PyLong_FromSsize_t(stop);
  by = PyLong_FromSsize_t(step ? step : 1);
  key = first && last && by ? PySlice_New(first, last, by) : NULL;
  Py_XDECREF(first);
  Py_XDECREF(last);
  Py_XDECREF(by);
  part = key ? PyObject_GetItem(owner, key) : NULL;
  Py_XDECREF(key);
  return part;
#else
  (void)owner;
  (void)v;
  PyErr_SetString(PyExc_NotImplementedError,
                  "a slice of a memoryview cannot be returned under the "
                  "limited API of Python 3.10 (build with --limited-api=3.11)");
  return NULL;
#endif
}

#endif /* Py_LIMITED_API */

#endif /* PYIR_RUNTIME_PYIR_CPYTHON_LIMITED_H */
