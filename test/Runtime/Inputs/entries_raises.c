/* Every function of the runtime's table (pyir_entries.h), through the
 * wrappers Numba tier 1 calls (lib/Runtime/pyir_entries_abi.c), on every
 * combination of edge values of its operands (an arithmetic entry's: its
 * family's; a conversion's: its operands' C types'): a raised message must
 * be one the table lists, and every listed message must be raised by some
 * call (so the table is exact both ways). */

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

#define PYIR__EDGE_ARGS_1 (edges[i], &out)
#define PYIR__EDGE_ARGS_2 (edges[i], edges[j], &out)
#define PYIR__INNER_1 for (size_t j = 0; j < 1; ++j)
#define PYIR__INNER_2 for (size_t j = 0; j < n; ++j)

#define PYIR_RUNTIME_FUNCTION(F, T, E, ARITY, OPERANDS, SHAPE, RESULT, RAISES) \
  {                                                                            \
    const char *symbol = "pyir_" #F "_" #E;                                    \
    bool seen[kMessages] = {false};                                            \
    PYIR__DECLARE_EDGES_##F size_t n = sizeof(edges) / sizeof(edges[0]);       \
    for (size_t i = 0; i < n; ++i)                                             \
      PYIR__INNER_##ARITY {                                                    \
        PYIR__RESULT_##RESULT(T) out;                                          \
        record(symbol, RAISES, pyir_##F##_##E##_abi PYIR__EDGE_ARGS_##ARITY, seen); \
      }                                                                        \
    checkSeen(symbol, RAISES, seen);                                           \
  }

#define PYIR__DECLARE_INT_EDGES(F, W) const W edges[] = PYIR__EDGES_##F;
#define PYIR__DECLARE_EDGES_int PYIR__DECLARE_INT_EDGES(int, int64_t)
#define PYIR__DECLARE_EDGES_i8 PYIR__DECLARE_INT_EDGES(i8, int64_t)
#define PYIR__DECLARE_EDGES_i16 PYIR__DECLARE_INT_EDGES(i16, int64_t)
#define PYIR__DECLARE_EDGES_i32 PYIR__DECLARE_INT_EDGES(i32, int64_t)
#define PYIR__DECLARE_EDGES_i64 PYIR__DECLARE_INT_EDGES(i64, int64_t)
#define PYIR__DECLARE_EDGES_u8 PYIR__DECLARE_INT_EDGES(u8, uint64_t)
#define PYIR__DECLARE_EDGES_u16 PYIR__DECLARE_INT_EDGES(u16, uint64_t)
#define PYIR__DECLARE_EDGES_u32 PYIR__DECLARE_INT_EDGES(u32, uint64_t)
#define PYIR__DECLARE_EDGES_u64 PYIR__DECLARE_INT_EDGES(u64, uint64_t)
#define PYIR__DECLARE_EDGES_float                                              \
  const double edges[] = FLOAT_EDGES(1e308, 1e-310);
#define PYIR__DECLARE_EDGES_math                                               \
  const double edges[] = FLOAT_EDGES(1e308, 1e-310);
#define PYIR__DECLARE_EDGES_f32                                                \
  const float edges[] = FLOAT_EDGES(3e38f, 1e-40f);

static void checkEntries(void) { PYIR_RUNTIME_ENTRIES(PYIR__FUNCTIONS_OF) }

/* The conversions' operands, by C type: NaN, the infinities, +-2**63 and
 * 2**64, each width's limits and their neighbours (integers and doubles,
 * halves for round), round's ndigits limits (-308, 323) and the predicates. */
static const int64_t kEdges_int64_t[] = {
    0, 1, -1, 2, -2, 5, 17, -20, 100, -100, 127, 128, -128, -129, 255, 256,
    300, 323, 324, -307, -308, -309, 400, -400, 32767, 32768, -32768, -32769,
    65535, 65536, INT32_MAX, (int64_t)INT32_MAX + 1, INT32_MIN,
    (int64_t)INT32_MIN - 1, UINT32_MAX, (int64_t)UINT32_MAX + 1, INT64_MAX,
    INT64_MAX - 1, INT64_MIN, INT64_MIN + 1};
static const uint64_t kEdges_uint64_t[] = {0,
                                           1,
                                           2,
                                           127,
                                           128,
                                           255,
                                           256,
                                           32767,
                                           32768,
                                           65535,
                                           65536,
                                           INT32_MAX,
                                           (uint64_t)INT32_MAX + 1,
                                           UINT32_MAX,
                                           (uint64_t)UINT32_MAX + 1,
                                           INT64_MAX,
                                           (uint64_t)INT64_MAX + 1,
                                           UINT64_MAX,
                                           UINT64_MAX - 1};
static const double kEdges_double[] = {
    0.0,         -0.0,         0.5,         -0.5,        1.5,
    2.5,         -2.5,         1.0,         -1.0,        2000.5,
    127.9,       128.0,        -128.5,      -129.0,      255.5,
    256.0,       32767.5,      32768.0,     -32769.0,    65536.0,
    0x1p31,      -0x1p31 - 1,  0x1p32,      0x1p32 - 0.5, 0x1p53,
    0x1p53 + 2,  0x1p63 - 1024, 0x1p63,     -0x1p63,     -0x1p63 - 2048,
    0x1p64,      -0x1p64,      1e19,        1e300,       -1e300,
    DBL_MAX,     -DBL_MAX,     1e-310,      INFINITY,    -INFINITY,
    NAN};
static const int kEdges_int[] = {
#define PYIR__CMP_EDGE(NAME, UPPER) PYIR_CMP_##UPPER,
    PYIR_CMP_PREDICATES(PYIR__CMP_EDGE)
#undef PYIR__CMP_EDGE
};

#define PYIR__N(A) (sizeof(kEdges_##A) / sizeof(kEdges_##A[0]))
#define PYIR__RECORD(CALL) record(symbol, raises, CALL, seen);
#define PYIR__CONV_CALLS_1(FN, A)                                              \
  for (size_t i = 0; i < PYIR__N(A); ++i)                                      \
    PYIR__RECORD(FN(kEdges_##A[i], &out))
#define PYIR__CONV_CALLS_2(FN, A, B)                                           \
  for (size_t i = 0; i < PYIR__N(A); ++i)                                      \
    for (size_t j = 0; j < PYIR__N(B); ++j)                                    \
      PYIR__RECORD(FN(kEdges_##A[i], kEdges_##B[j], &out))
#define PYIR__CONV_CALLS_3(FN, A, B, C)                                        \
  for (size_t i = 0; i < PYIR__N(A); ++i)                                      \
    for (size_t j = 0; j < PYIR__N(B); ++j)                                    \
      for (size_t k = 0; k < PYIR__N(C); ++k)                                  \
        PYIR__RECORD(FN(kEdges_##A[i], kEdges_##B[j], kEdges_##C[k], &out))
#define PYIR__CONV_CALLS_4(FN, A, B, C, D)                                     \
  for (size_t i = 0; i < PYIR__N(A); ++i)                                      \
    for (size_t j = 0; j < PYIR__N(B); ++j)                                    \
      for (size_t k = 0; k < PYIR__N(C); ++k)                                  \
        for (size_t l = 0; l < PYIR__N(D); ++l)                                \
          PYIR__RECORD(FN(kEdges_##A[i], kEdges_##B[j], kEdges_##C[k],         \
                          kEdges_##D[l], &out))
#define PYIR__UNPAREN(...) __VA_ARGS__
#define PYIR__CONV_CALLS(ARITY, FN, ...) PYIR__CONV_CALLS_##ARITY(FN, __VA_ARGS__)

static void checkConversions(void) {
#undef PYIR_RUNTIME_FUNCTION
#define PYIR_RUNTIME_FUNCTION(F, T, E, ARITY, OPERANDS, SHAPE, RESULT, RAISES) \
  {                                                                            \
    const char *symbol = "pyir_" #F "_" #E, *raises = RAISES;                  \
    bool seen[kMessages] = {false};                                            \
    PYIR__RESULT_##RESULT(T) out;                                              \
    PYIR__CONV_CALLS(ARITY, pyir_##F##_##E##_abi, PYIR__UNPAREN OPERANDS)      \
    checkSeen(symbol, raises, seen);                                           \
  }
  PYIR_RUNTIME_CONVERSIONS(PYIR__CONVERSIONS_OF)
#undef PYIR_RUNTIME_FUNCTION
}

int main(void) {
  checkEntries();
  long entryCalls = calls;
  checkConversions();
  printf("%ld entry calls, %ld conversion calls\n", entryCalls,
         calls - entryCalls);
  printf("%ld calls, %ld raised, %ld failures\n", calls, raised, failures);
  return failures != 0;
}
