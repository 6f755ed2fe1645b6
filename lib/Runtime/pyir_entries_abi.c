/*===- pyir_entries_abi.c - The runtime's entries with external linkage --===*
 *
 * Part of the PyIR project.
 *
 * One function per entry of the runtime's arithmetic table
 * (include/pyir/Runtime/pyir_entries.h), for code that calls the C runtime
 * from outside C: Numba tier 1 links this file's bitcode (built once, with
 * the compiler) and calls these instead of re-deriving each rule.
 *
 *   int <symbol>_abi(W a[, W b], R *out)
 *
 * <symbol> is the table's pyir_<family>_<entry>; W widens integer operands
 * to int64_t / uint64_t (so that no caller depends on the C ABI's
 * extension of narrow arguments); R is the entry's result type. The result
 * is 0, or 1 + the PYIR_MSG_* id of the message the entry raised.
 *===----------------------------------------------------------------------===*/

#include "pyir/Runtime/pyir_core.h"

/* The id of the message err holds (pyir_raise_msg stores its table text). */
static int pyir__message_id(const pyir_error *err) {
  int n = (int)(sizeof(pyir_messages) / sizeof(pyir_messages[0]));
  for (int i = 0; i < n; ++i)
    if (err->message == pyir_messages[i].text)
      return i;
  return n; /* not from the table: the caller raises SystemError */
}

#define PYIR__WIDE_int int64_t
#define PYIR__WIDE_i8 int64_t
#define PYIR__WIDE_i16 int64_t
#define PYIR__WIDE_i32 int64_t
#define PYIR__WIDE_i64 int64_t
#define PYIR__WIDE_u8 uint64_t
#define PYIR__WIDE_u16 uint64_t
#define PYIR__WIDE_u32 uint64_t
#define PYIR__WIDE_u64 uint64_t
#define PYIR__WIDE_float double
#define PYIR__WIDE_f32 float
#define PYIR__WIDE_math double
#define PYIR__RESULT_SAME(T) T
#define PYIR__RESULT_F64(T) double
#define PYIR__RESULT_I64(T) int64_t
#define PYIR__RESULT_BOOL(T) bool

#define PYIR__CALL_PURE_1(F, T, E) *out = pyir_##F##_##E((T)a);
#define PYIR__CALL_PURE_2(F, T, E) *out = pyir_##F##_##E((T)a, (T)b);
#define PYIR__CALL_RAISING_1(F, T, E)                                          \
  pyir_error err;                                                              \
  if (pyir_##F##_##E((T)a, out, &err) != 0)                                    \
    return 1 + pyir__message_id(&err);
#define PYIR__CALL_RAISING_2(F, T, E)                                          \
  pyir_error err;                                                              \
  if (pyir_##F##_##E((T)a, (T)b, out, &err) != 0)                              \
    return 1 + pyir__message_id(&err);
/* The bitcode's callers inline the entries (clang honours the attribute on
 * an external function; GCC, building the tests, warns about it). */
#if defined(__clang__)
#define PYIR__ALWAYS_INLINE __attribute__((always_inline))
#else
#define PYIR__ALWAYS_INLINE
#endif

#define PYIR__PARAMS_1(W) W a
#define PYIR__PARAMS_2(W) W a, W b

#define PYIR_RUNTIME_FUNCTION(F, T, E, ARITY, SHAPE, RESULT, RAISES)           \
  PYIR__ALWAYS_INLINE int pyir_##F##_##E##_abi(                                \
      PYIR__PARAMS_##ARITY(PYIR__WIDE_##F), PYIR__RESULT_##RESULT(T) * out) {  \
    PYIR__CALL_##SHAPE##_##ARITY(F, T, E) return 0;                            \
  }
PYIR_RUNTIME_FUNCTIONS
#undef PYIR_RUNTIME_FUNCTION
