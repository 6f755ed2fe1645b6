/*===- pyir_errors.h - The exceptions PyIR code raises, one table -*- C -*-===*
 *
 * Part of the PyIR project.
 *
 * The one definition of the exception kinds and of the runtime's messages.
 * Everything else is expanded from these lists (X-macros):
 *   - the C runtime: PYIR_EXC_* and the PYIR_MSG_* message table
 *     (pyir_core.h), the CPython glue's kind -> PyExc_* switch;
 *   - C++: the JIT export's <mod>_abi.h enum and the Python reference's
 *     _PYIR_MSG_* constants (the dialect's ExceptionKind enum in
 *     PyIREnums.td is checked against PYIR_EXCEPTION_KINDS when the
 *     compiler builds, both ways);
 *   - Python: python/pyir/_tables.py, the C preprocessor's expansion of
 *     these lists (utils/tables/gen_python_tables.py; `ninja
 *     regen-python-tables`; test/Runtime/python-tables.test fails while the
 *     copy in the source tree is out of date).
 *
 * PYIR_EXCEPTION_KINDS(X): X(Name, Value), Name a builtin exception of
 * Python; Value the number in pyir_error.kind (part of the export ABI: never
 * renumber).
 *
 * PYIR_MESSAGES(X): X(Id, Kind, Text). Text has CPython 3.11's exact
 * wording for the same failure (POW_RANGE is str(OverflowError(ERANGE)))
 * unless the entry is marked as a PyIR deviation or PyIR wording. Plain
 * ASCII without backslashes: the Python table uses the same literal.
 *===----------------------------------------------------------------------===*/

#ifndef PYIR_RUNTIME_PYIR_ERRORS_H
#define PYIR_RUNTIME_PYIR_ERRORS_H

#define PYIR_EXCEPTION_KINDS(X)                                                \
  X(ValueError, 0)                                                             \
  X(TypeError, 1)                                                              \
  X(IndexError, 2)                                                             \
  X(KeyError, 3)                                                               \
  X(ZeroDivisionError, 4)                                                      \
  X(OverflowError, 5)                                                          \
  X(ArithmeticError, 6)                                                        \
  X(RuntimeError, 7)                                                           \
  X(AssertionError, 8)                                                         \
  X(NotImplementedError, 9)                                                    \
  X(MemoryError, 10)

#define PYIR_MESSAGES(X)                                                       \
  X(INT_DIV_ZERO, ZeroDivisionError, "integer division or modulo by zero")     \
  X(INT_MOD_ZERO, ZeroDivisionError, "integer modulo by zero")                 \
  X(DIV_ZERO, ZeroDivisionError, "division by zero")                           \
  X(FLOAT_DIV_ZERO, ZeroDivisionError, "float division by zero")               \
  X(FLOAT_FLOORDIV_ZERO, ZeroDivisionError, "float floor division by zero")    \
  X(FLOAT_MOD_ZERO, ZeroDivisionError, "float modulo")                         \
  X(FLOAT_DIVMOD_ZERO, ZeroDivisionError, "float divmod()")                    \
  X(ZERO_NEG_POW, ZeroDivisionError,                                           \
    "0.0 cannot be raised to a negative power")                                \
  X(NEG_SHIFT, ValueError, "negative shift count")                             \
  X(FLOAT_NAN_TO_INT, ValueError, "cannot convert float NaN to integer")       \
  X(FLOAT_INF_TO_INT, OverflowError,                                           \
    "cannot convert float infinity to integer")                                \
  X(MATH_DOMAIN, ValueError, "math domain error")                              \
  X(MATH_RANGE, OverflowError, "math range error")                             \
  X(POW_RANGE, OverflowError, "(34, 'Numerical result out of range')")         \
  X(COMPLEX_POW_RANGE, OverflowError, "complex exponentiation")                \
  X(ROUND_RANGE, OverflowError, "rounded value too large to represent")        \
  /* PyIR deviations (CPython would not raise). */                             \
  X(INT_OVERFLOW, OverflowError,                                               \
    "integer overflow: result does not fit in a 64-bit int")                   \
  X(INT_NEG_POW, ValueError,                                                   \
    "int ** negative int is not supported (PyIR deviation: CPython returns "   \
    "a float)")                                                                \
  X(FLOAT_NEG_FRAC_POW, ValueError,                                            \
    "negative number cannot be raised to a fractional power (PyIR "            \
    "deviation: CPython returns a complex)")                                   \
  /* PyIR wording (CPython's message names the sequence type). */              \
  X(VIEW_INDEX, IndexError, "index out of range")                              \
  /* A bare `assert` with no message. */                                       \
  X(ASSERT, AssertionError, "")                                                \
  /* The math module's argument checks (appended: the export ABI numbers       \
   * the messages in this order). */                                           \
  X(ISCLOSE_TOL, ValueError, "tolerances must be non-negative")                \
  X(FACTORIAL_NEG, ValueError, "factorial() not defined for negative values")  \
  X(ISQRT_NEG, ValueError, "isqrt() argument must be nonnegative")             \
  X(N_NEGATIVE, ValueError, "n must be a non-negative integer")                \
  X(K_NEGATIVE, ValueError, "k must be a non-negative integer")                \
  /* pyir.empty/zeros (NumPy's wording). */                                    \
  X(NEGATIVE_DIMENSIONS, ValueError, "negative dimensions are not allowed")    \
  X(ARRAY_TOO_BIG, MemoryError, "array is too big")                            \
  /* Slicing a view (pyir.subview): Python's and memoryview's wording. */      \
  X(SLICE_STEP_ZERO, ValueError, "slice step cannot be zero")                  \
  X(SLICE_NOT_A_VIEW, TypeError,                                               \
    "compiled code slices only NumPy arrays and memoryviews (slicing a "       \
    "bytearray, bytes or array.array copies): pass a memoryview of it")        \
  X(MV_SUBVIEWS, NotImplementedError,                                          \
    "multi-dimensional sub-views are not implemented")                         \
  X(MV_SUBVIEWS_MULTI, NotImplementedError, "sub-views are not implemented")   \
  X(MV_SLICING, NotImplementedError,                                           \
    "multi-dimensional slicing is not implemented")                            \
  X(MV_SLICE_KEY, TypeError, "memoryview: invalid slice key")

#endif /* PYIR_RUNTIME_PYIR_ERRORS_H */
