/*===- pyir_entries_abi.c - The runtime's entries with external linkage --===*
 *
 * Part of the PyIR project.
 *
 * One function per entry of the runtime's table
 * (include/pyir/Runtime/pyir_entries.h), for code that calls the C runtime
 * from outside C: Numba tier 1 links this file's bitcode (built once, with
 * the compiler) and calls these instead of re-deriving each rule.
 *
 *   int <symbol>_abi(W a[, W b[, W c]], R *out)
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

/* W: an operand's C type widened (integers to 64 bits). */
#define PYIR__WIDE_int8_t int64_t
#define PYIR__WIDE_int16_t int64_t
#define PYIR__WIDE_int32_t int64_t
#define PYIR__WIDE_int64_t int64_t
#define PYIR__WIDE_uint8_t uint64_t
#define PYIR__WIDE_uint16_t uint64_t
#define PYIR__WIDE_uint32_t uint64_t
#define PYIR__WIDE_uint64_t uint64_t
#define PYIR__WIDE_float float
#define PYIR__WIDE_double double
#define PYIR__WIDE_int int
#define PYIR__RESULT_SAME(T) T
#define PYIR__RESULT_F64(T) double
#define PYIR__RESULT_I64(T) int64_t
#define PYIR__RESULT_BOOL(T) bool

/* The parameters a, b, c, d and the arguments, cast back to the operands' C
 * types, of an entry whose Operands are (A[, B[, C[, D]]]). */
#define PYIR__PARAMS_1(A) PYIR__WIDE_##A a
#define PYIR__PARAMS_2(A, B) PYIR__WIDE_##A a, PYIR__WIDE_##B b
#define PYIR__PARAMS_3(A, B, C)                                                \
  PYIR__WIDE_##A a, PYIR__WIDE_##B b, PYIR__WIDE_##C c
#define PYIR__ARGS_1(A) (A) a
#define PYIR__ARGS_2(A, B) (A) a, (B)b
#define PYIR__ARGS_3(A, B, C) (A) a, (B)b, (C)c
#define PYIR__PARAMS_4(A, B, C, D)                                             \
  PYIR__WIDE_##A a, PYIR__WIDE_##B b, PYIR__WIDE_##C c, PYIR__WIDE_##D d
#define PYIR__ARGS_4(A, B, C, D) (A) a, (B)b, (C)c, (D)d

#define PYIR__CALL_PURE(F, E, ...) *out = pyir_##F##_##E(__VA_ARGS__);
#define PYIR__CALL_RAISING(F, E, ...)                                          \
  pyir_error err;                                                              \
  if (pyir_##F##_##E(__VA_ARGS__, out, &err) != 0)                             \
    return 1 + pyir__message_id(&err);
/* The bitcode's callers inline the entries (clang honours the attribute on
 * an external function; GCC, building the tests, warns about it). */
#if defined(__clang__)
#define PYIR__ALWAYS_INLINE __attribute__((always_inline))
#else
#define PYIR__ALWAYS_INLINE
#endif

/* The arguments, expanded first, are several macro arguments. */
#define PYIR__CALL(SHAPE, F, E, ...) PYIR__CALL_##SHAPE(F, E, __VA_ARGS__)
#define PYIR_RUNTIME_FUNCTION(F, T, E, ARITY, OPERANDS, SHAPE, RESULT, RAISES) \
  PYIR__ALWAYS_INLINE int pyir_##F##_##E##_abi(                                \
      PYIR__PARAMS_##ARITY OPERANDS, PYIR__RESULT_##RESULT(T) * out) {         \
    PYIR__CALL(SHAPE, F, E, PYIR__ARGS_##ARITY OPERANDS) return 0;             \
  }
PYIR_RUNTIME_FUNCTIONS
#undef PYIR_RUNTIME_FUNCTION
