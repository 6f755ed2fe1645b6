/* A buffer exporter whose one-dimensional buffer of 4 doubles claims any
 * extent (claims.Claims(n)): what a broken or hostile exporter can hand a
 * compiled function, which must refuse it (pyir.dim's range). */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

typedef struct {
  PyObject_HEAD double data[4];
  Py_ssize_t shape[1];
  Py_ssize_t strides[1];
} Claims;

static int claims_init(Claims *self, PyObject *args, PyObject *kwds) {
  (void)kwds;
  self->strides[0] = sizeof(double);
  return PyArg_ParseTuple(args, "n", &self->shape[0]) ? 0 : -1;
}

static int claims_getbuffer(Claims *self, Py_buffer *view, int flags) {
  (void)flags;
  view->buf = self->data;
  view->obj = (PyObject *)self;
  Py_INCREF(self);
  view->len = sizeof(self->data);
  view->readonly = 0;
  view->itemsize = sizeof(double);
  view->format = "d";
  view->ndim = 1;
  view->shape = self->shape;
  view->strides = self->strides;
  view->suboffsets = NULL;
  view->internal = NULL;
  return 0;
}

static PyBufferProcs claims_as_buffer = {(getbufferproc)claims_getbuffer,
                                         NULL};

static PyTypeObject ClaimsType = {
    PyVarObject_HEAD_INIT(NULL, 0).tp_name = "claims.Claims",
    .tp_basicsize = sizeof(Claims),
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_new = PyType_GenericNew,
    .tp_init = (initproc)claims_init,
    .tp_as_buffer = &claims_as_buffer,
};

static struct PyModuleDef claims_module = {PyModuleDef_HEAD_INIT, "claims",
                                           NULL, -1, NULL};

PyMODINIT_FUNC PyInit_claims(void) {
  if (PyType_Ready(&ClaimsType) < 0)
    return NULL;
  PyObject *m = PyModule_Create(&claims_module);
  if (m && PyModule_AddObjectRef(m, "Claims", (PyObject *)&ClaimsType) < 0) {
    Py_DECREF(m);
    return NULL;
  }
  return m;
}
