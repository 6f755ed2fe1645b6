/* Every function of the runtime's arithmetic table (pyir_entries.h),
 * through the wrappers Numba tier 1 calls (lib/Runtime/pyir_entries_abi.c),
 * on every pair of edge values of its family: a raised message must be one
 * the table lists, and every listed message must be raised by some pair
 * (so the table is exact both ways). */

#include "pyir_entries_abi.c"

enum { kMessages = sizeof(pyir_messages) / sizeof(pyir_messages[0]) };

static const char *const kMessageNames[] = {
#define PYIR__MESSAGE_NAME(ID, KIND, TEXT) #ID,
    PYIR_MESSAGES(PYIR__MESSAGE_NAME)
#undef PYIR__MESSAGE_NAME
};

static long calls, raised, failures;

/* Whether message `id` is in the space-separated list `raises`. */
static bool isListed(const char *raises, int id) {
  size_t n = strlen(kMessageNames[id]);
  for (const char *p = raises; (p = strstr(p, kMessageNames[id])); p += n)
    if ((p == raises || p[-1] == ' ') && (p[n] == ' ' || p[n] == '\0'))
      return true;
  return false;
}

/* Records the result of one call of `symbol`. */
static void record(const char *symbol, const char *raises, int status,
                   bool seen[kMessages]) {
  ++calls;
  if (status == 0)
    return;
  ++raised;
  int id = status - 1;
  if (id < 0 || id >= kMessages) {
    printf("%s: status %d is no message\n", symbol, status);
    ++failures;
  } else if (!isListed(raises, id)) {
    printf("%s raised %s, which pyir_entries.h does not list\n", symbol,
           kMessageNames[id]);
    ++failures;
  } else {
    seen[id] = true;
  }
}

/* Every message of `raises` must have been seen. */
static void checkSeen(const char *symbol, const char *raises,
                      const bool seen[kMessages]) {
  for (int id = 0; id < kMessages; ++id)
    if (isListed(raises, id) && !seen[id]) {
      printf("%s never raised %s, which pyir_entries.h lists\n", symbol,
             kMessageNames[id]);
      ++failures;
    }
}

#define S(T) (sizeof(T) * 8 - 1)
#define SIGNED_EDGES(T)                                                        \
  {                                                                            \
    0, 1, -1, 2, -2, 3, -3, 7, 63, 64, 65, 100, -100,                          \
        (int64_t)(((uint64_t)1 << S(T)) - 1),                                  \
        -(int64_t)(((uint64_t)1 << S(T)) - 1),                                 \
        -(int64_t)(((uint64_t)1 << S(T)) - 1) - 1                              \
  }
#define UNSIGNED_EDGES(T)                                                      \
  { 0, 1, 2, 3, 7, 63, 64, 65, 100, (uint64_t)(T)-1, (uint64_t)(T)-2 }
#define FLOAT_EDGES(BIG, TINY)                                                 \
  {                                                                            \
    0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 3.0, -3.0, 2000.5, BIG, -BIG,  \
        TINY, INFINITY, -INFINITY, NAN                                         \
  }

#define PYIR__EDGES_int SIGNED_EDGES(int64_t)
#define PYIR__EDGES_i8 SIGNED_EDGES(int8_t)
#define PYIR__EDGES_i16 SIGNED_EDGES(int16_t)
#define PYIR__EDGES_i32 SIGNED_EDGES(int32_t)
#define PYIR__EDGES_i64 SIGNED_EDGES(int64_t)
#define PYIR__EDGES_u8 UNSIGNED_EDGES(uint8_t)
#define PYIR__EDGES_u16 UNSIGNED_EDGES(uint16_t)
#define PYIR__EDGES_u32 UNSIGNED_EDGES(uint32_t)
#define PYIR__EDGES_u64 UNSIGNED_EDGES(uint64_t)

#define PYIR__ARGS_1 (edges[i], &out)
#define PYIR__ARGS_2 (edges[i], edges[j], &out)
#define PYIR__INNER_1 for (size_t j = 0; j < 1; ++j)
#define PYIR__INNER_2 for (size_t j = 0; j < n; ++j)

#define PYIR_RUNTIME_FUNCTION(F, T, E, ARITY, SHAPE, RESULT, RAISES)           \
  {                                                                            \
    const char *symbol = "pyir_" #F "_" #E;                                    \
    bool seen[kMessages] = {false};                                            \
    PYIR__DECLARE_EDGES_##F size_t n = sizeof(edges) / sizeof(edges[0]);       \
    for (size_t i = 0; i < n; ++i)                                             \
      PYIR__INNER_##ARITY {                                                    \
        PYIR__RESULT_##RESULT(T) out;                                          \
        record(symbol, RAISES, pyir_##F##_##E##_abi PYIR__ARGS_##ARITY, seen); \
      }                                                                        \
    checkSeen(symbol, RAISES, seen);                                           \
  }

#define PYIR__DECLARE_INT_EDGES(F)                                             \
  const PYIR__WIDE_##F edges[] = PYIR__EDGES_##F;
#define PYIR__DECLARE_EDGES_int PYIR__DECLARE_INT_EDGES(int)
#define PYIR__DECLARE_EDGES_i8 PYIR__DECLARE_INT_EDGES(i8)
#define PYIR__DECLARE_EDGES_i16 PYIR__DECLARE_INT_EDGES(i16)
#define PYIR__DECLARE_EDGES_i32 PYIR__DECLARE_INT_EDGES(i32)
#define PYIR__DECLARE_EDGES_i64 PYIR__DECLARE_INT_EDGES(i64)
#define PYIR__DECLARE_EDGES_u8 PYIR__DECLARE_INT_EDGES(u8)
#define PYIR__DECLARE_EDGES_u16 PYIR__DECLARE_INT_EDGES(u16)
#define PYIR__DECLARE_EDGES_u32 PYIR__DECLARE_INT_EDGES(u32)
#define PYIR__DECLARE_EDGES_u64 PYIR__DECLARE_INT_EDGES(u64)
#define PYIR__DECLARE_EDGES_float                                              \
  const double edges[] = FLOAT_EDGES(1e308, 1e-310);
#define PYIR__DECLARE_EDGES_math                                               \
  const double edges[] = FLOAT_EDGES(1e308, 1e-310);
#define PYIR__DECLARE_EDGES_f32                                                \
  const float edges[] = FLOAT_EDGES(3e38f, 1e-40f);

int main(void) {
  PYIR_RUNTIME_FUNCTIONS
  printf("%ld calls, %ld raised, %ld failures\n", calls, raised, failures);
  return failures != 0;
}
