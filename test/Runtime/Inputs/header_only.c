/* Includes pyir_core.h alone (compile-only test) and uses a few functions. */
#include "pyir/Runtime/pyir_core.h"

int header_only_probe(long long a, long long b, double *out);
int header_only_probe(long long a, long long b, double *out) {
  pyir_error err;
  int64_t q;
  if (pyir_int_floordiv(a, b, &q, &err)) return err.kind;
  return pyir_int_truediv(q, b, out, &err) ? err.kind : 0;
}
