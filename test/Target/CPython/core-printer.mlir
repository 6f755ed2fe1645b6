// The core printer (lib/Target/CPython/CorePrinter.cpp) on hand-written
// EmitC: names, where values are declared, what folds into its user.
// RUN: not pyir-translate --pyir-to-c-core --split-input-file %s 2>&1 | FileCheck %s

module @m attributes {pyir.module = "m", pyir.source = "m.py"} {
  emitc.func @pyir_m_f(%x: i8, %y: i64, %n: i64, %out: !emitc.ptr<i64>, %err: !emitc.ptr<!emitc.opaque<"pyir_error">>) -> i32 attributes {pyir.py_signature = {arg_names = ["x", "int", "n"], name = "f", type = (si8, i64, i64) -> i64, written_views = array<i1: false, false, false>}} {
    %c1 = "emitc.constant"() <{value = 1 : i64}> : () -> i64
    %big = "emitc.constant"() <{value = 3000000000 : i64}> : () -> i64
    %s = add %x, %x : (i8, i8) -> i8 loc("s"("m.py":2:5))
    %w = cast %s : i8 to i64
    %t = add %y, %c1 : (i64, i64) -> i64 loc("t"("m.py":3:5))
    %p = mul %c1, %big : (i64, i64) -> i64
    %u = add %w, %t : (i64, i64) -> i64 loc("t"("m.py":4:5))
    %q = add %u, %p : (i64, i64) -> i64 loc("int"("m.py":4:5))
    cf.br ^bb1(%q, %y : i64, i64)
  ^bb1(%a: i64 loc("a"("m.py":5:5)), %b: i64 loc("b"("m.py":5:5))):
    %more = cmp lt, %a, %n : (i64, i64) -> i1
    cf.cond_br %more, ^bb2, ^bb3
  ^bb2:
    %r = "emitc.variable"() <{value = #emitc.opaque<"">}> : () -> !emitc.lvalue<i64>
    %ra = address_of %r : !emitc.lvalue<i64>
    %st = call_opaque "pyir_int_add"(%a, %b, %ra, %err) : (i64, i64, !emitc.ptr<i64>, !emitc.ptr<!emitc.opaque<"pyir_error">>) -> i32
    %zero = "emitc.constant"() <{value = 0 : i32}> : () -> i32
    %bad = cmp ne, %st, %zero : (i32, i32) -> i1
    cf.cond_br %bad, ^bb4, ^bb5
  ^bb5:
    %sum = load %r : <i64>
    %dead = sub %b, %a : (i64, i64) -> i64
    %next = add %a, %sum : (i64, i64) -> i64
    cf.br ^bb1(%b, %next : i64, i64)
  ^bb3:
    %o = dereference %out : !emitc.ptr<i64>
    assign %a : i64 to %o : <i64>
    %ret = "emitc.constant"() <{value = 0 : i32}> : () -> i32
    return %ret : i32
  ^bb4:
    %fail = "emitc.constant"() <{value = -1 : i32}> : () -> i32
    return %fail : i32
  }
}

// Prototypes without names; parameters with their Python names (`int`, a C
// keyword, gets a `_`), `out` and `err`.
// CHECK: int32_t pyir_m_f(int8_t, int64_t, int64_t, int64_t *, pyir_error *);
// CHECK-LABEL: int32_t pyir_m_f(int8_t x, int64_t int_, int64_t n, int64_t *out, pyir_error *err) {
// Block arguments, assigned by the branches, are declared first.
// CHECK-NEXT: int64_t a;
// CHECK-NEXT: int64_t b;
// i8 arithmetic is not folded (C computes it in int; the variable wraps);
// i64 arithmetic and casts are, and a 64-bit operation of two literals
// spells their type (in int, 1 * 3000000000 would be computed in 32 bits).
// CHECK-NEXT: int8_t s = x + x;
// CHECK-NEXT: a = (int64_t)s + (int_ + INT64_C(1)) + INT64_C(1) * INT64_C(3000000000);
// CHECK-NEXT: b = int_;
// CHECK-NEXT: bb1:
// A block that returns, entered from one side of one branch only, is
// printed inside the branch's `if` (no goto: GCC predicts every goto not
// taken); the other side falls through.
// CHECK-NEXT: if (!(a < n)) {
// CHECK-NEXT: *out = a;
// CHECK-NEXT: return 0;
// CHECK-NEXT: }
// The runtime call's result variable, and its status tested at the call.
// CHECK-NEXT: int64_t r;
// CHECK-NEXT: if (pyir_int_add(a, b, &r, err) != 0) {
// CHECK-NEXT: return -1;
// CHECK-NEXT: }
// `a + r` reads `a`, which the branch's first copy assigns: it is computed
// before the copies, not folded into them; the unused `b - a` is dropped.
// CHECK-NEXT: int64_t t = a + r;
// CHECK-NEXT: a = b;
// CHECK-NEXT: b = t;
// CHECK-NEXT: goto bb1;
// CHECK-NEXT: }

// -----

// A value used in an inlined block is declared where it is defined only
// when its definition is printed before the `if` holding that block: here
// the block defining `v` comes later in the text, so `v` is declared first
// (fuzz seed 10300030926: `v244_4` was undeclared at its use).
module @m attributes {pyir.module = "m", pyir.source = "m.py"} {
  emitc.func @pyir_m_h(%x: i64, %c: i1) -> i64 attributes {pyir.py_signature = {arg_names = ["x", "c"], name = "h", type = (i64, i1) -> i64, written_views = array<i1: false, false>}} {
    cf.br ^def
  ^test:
    cf.cond_br %c, ^ret, ^other
  ^def:
    %v = add %x, %x : (i64, i64) -> i64 loc("v"("m.py":2:5))
    cf.br ^test
  ^ret:
    return %v : i64
  ^other:
    return %x : i64
  }
}
// CHECK-LABEL: int64_t pyir_m_h(int64_t x, bool c) {
// CHECK-NEXT: int64_t v;
// CHECK-NEXT: goto bb2;
// CHECK-NEXT: bb1:
// CHECK-NEXT: if (c) {
// CHECK-NEXT: return v;
// CHECK-NEXT: }
// CHECK-NEXT: return x;
// CHECK-NEXT: bb2:
// CHECK-NEXT: v = x + x;
// CHECK-NEXT: goto bb1;
// CHECK-NEXT: }

// -----

// An op the printer does not know is an error, not wrong C.
module @m attributes {pyir.module = "m", pyir.source = "m.py"} {
  emitc.func @pyir_m_g(%out: !emitc.ptr<f64>, %err: !emitc.ptr<!emitc.opaque<"pyir_error">>) -> i32 attributes {pyir.py_signature = {arg_names = [], name = "g", type = () -> f64, written_views = array<i1>}} {
    %pi = literal "M_PI" : f64
    %o = dereference %out : !emitc.ptr<f64>
    assign %pi : f64 to %o : <f64>
    %ret = "emitc.constant"() <{value = 0 : i32}> : () -> i32
    return %ret : i32
  }
}
// CHECK: error: the C printer does not print 'emitc.literal'
