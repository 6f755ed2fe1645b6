/*===- pyir_abi.h - The structs of the C ABI, one definition -----*- C -*-===*
 *
 * Part of the PyIR project.
 *
 * The two structs compiled code passes across the C ABI (the JIT export's
 * <mod>_abi.h and .cdef, Numba tiers 2 and 4, cffi): the raised error and
 * the view. Each is a list of fields (X-macros) from which the C structs
 * below, the text of the export's header and cffi declarations (JITExport),
 * and the LLVM struct types of the Numba adapter (python/pyir/_tables.py,
 * ABI_STRUCTS) are expanded.
 *
 * PYIR_<STRUCT>_FIELDS(X): X(C type, name, dimensions, comment); dimensions
 * is empty for a scalar field, [N] for an array.
 *===----------------------------------------------------------------------===*/

#ifndef PYIR_RUNTIME_PYIR_ABI_H
#define PYIR_RUNTIME_PYIR_ABI_H

#include <stdint.h>

/* The largest view rank (the dialect's ViewType::kMaxRank is checked
 * against it when the compiler builds). */
#define PYIR_MAX_RANK 4

/* A raised exception: its kind (PYIR_EXC_*), its message (static storage),
 * the source line (filled in by the generated code, not the runtime) and,
 * when it was raised in a function of another compiled module (imports,
 * docs/CBackend.md), that module's .py (set where the error leaves it;
 * NULL: the line is in the caller's own module). */
#define PYIR_ERROR_FIELDS(X)                                                   \
  X(int, kind, , "PYIR_EXC_*")                                                 \
  X(const char *, message, , "static storage")                                 \
  X(int, line, , ".py line")                                                   \
  X(const char *, file, , ".py of another module, or NULL")

/* The code of one item of a slicing key (pyir.subview's `keys`, the
 * runtime's pyir_view_subview): an index, or a slice with the parts present
 * whose bits are set. */
#define PYIR_KEY_INDEX (-1)
#define PYIR_KEY_START 1
#define PYIR_KEY_STOP 2
#define PYIR_KEY_STEP 4

/* A typed view: `T[:]`, `T[:, ::1]`, ...; strides are in bytes. */
#define PYIR_VIEW_FIELDS(X)                                                    \
  X(char *, data, , "")                                                        \
  X(int64_t, shape, [PYIR_MAX_RANK], "")                                       \
  X(int64_t, strides, [PYIR_MAX_RANK], "in bytes")

/* Every struct: S(name, fields list). */
#define PYIR_ABI_STRUCTS(S)                                                    \
  S(pyir_error, PYIR_ERROR_FIELDS)                                             \
  S(pyir_view, PYIR_VIEW_FIELDS)

#define PYIR__ABI_FIELD(T, NAME, DIMS, DOC) T NAME DIMS;
#define PYIR__ABI_STRUCT(NAME, FIELDS)                                         \
  typedef struct NAME {                                                        \
    FIELDS(PYIR__ABI_FIELD)                                                    \
  } NAME;
PYIR_ABI_STRUCTS(PYIR__ABI_STRUCT)
#undef PYIR__ABI_STRUCT
#undef PYIR__ABI_FIELD

#endif /* PYIR_RUNTIME_PYIR_ABI_H */
