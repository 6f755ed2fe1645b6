// RUN: pyir-opt %s -split-input-file -pyir-inline | FileCheck %s --check-prefix=MARKED
// RUN: pyir-opt %s -split-input-file -pyir-inline=max-callee-ops=4 | FileCheck %s --check-prefix=SMALL
// RUN: pyir-opt %s -split-input-file -inline | FileCheck %s --check-prefix=ALL
// RUN: pyir-opt %s -split-input-file -pyir-inline --mlir-print-debuginfo | FileCheck %s --check-prefix=LOC

// pyir-inline inlines `pyir.inline` callees always and others up to
// max-callee-ops; the upstream -inline pass inlines every pyir op (the
// dialect's inliner interface). A raising op keeps raising and keeps the
// callee's location inside a callsite location.

// The marked private callee is erased once inlined.
// MARKED-NOT: func.func private @_sq
// MARKED: func.func private @_div
// MARKED-NOT: func.func private @_sq
// MARKED-LABEL: func.func @caller
// MARKED-NOT: call @_sq
// MARKED: %[[SQ:.*]] = pyir.mul checked %arg0, %arg0 : i64
// MARKED: %[[Q:.*]] = call @_div(%arg0, %arg1)
// MARKED: pyir.add checked %[[SQ]], %[[Q]] : i64

// SMALL-LABEL: func.func @caller
// SMALL-NOT: call
// SMALL: pyir.mul checked
// SMALL: pyir.floordiv checked
// SMALL-NOT: call @_big
// SMALL: return

// ALL-LABEL: func.func @caller
// ALL-NOT: call
// ALL: return

// LOC-LABEL: func.func @caller
// LOC: pyir.mul checked %arg0, %arg0 : i64 loc(#[[MULLOC:.*]])
// LOC-DAG: #[[CALLEE:.*]] = loc("k.py":6:14)
// LOC-DAG: #[[CALL:.*]] = loc("k.py":14:12)
// LOC-DAG: #[[MULLOC]] = loc(callsite(#[[CALLEE]] at #[[CALL]]))
module {
  func.func private @_sq(%x: i64) -> i64 attributes {pyir.inline} {
    %0 = pyir.mul checked %x, %x : i64 loc("k.py":6:14)
    return %0 : i64
  }
  func.func private @_div(%a: i64, %b: i64) -> i64 {
    %0 = pyir.floordiv checked %a, %b : i64
    return %0 : i64
  }
  func.func @caller(%a: i64, %b: i64) -> i64 {
    %0 = call @_sq(%a) : (i64) -> i64 loc("k.py":14:12)
    %1 = call @_div(%a, %b) : (i64, i64) -> i64
    %2 = pyir.add checked %0, %1 : i64
    return %2 : i64
  }
}

// -----

// A callee that raises: after inlining the raise is in the caller, still
// followed by a branch to the continuation (it ends the function).
// MARKED-LABEL: func.func @raises
// MARKED-NOT: call
// MARKED: pyir.raise ValueError "negative"
// SMALL-LABEL: func.func @raises
// ALL-LABEL: func.func @raises
// ALL: pyir.raise ValueError "negative"
module {
  func.func private @_check(%x: i64) -> i64 attributes {pyir.inline} {
    %zero = pyir.constant 0 : i64
    %neg = pyir.cmp lt %x, %zero : i64, i64
    cf.cond_br %neg, ^bb1, ^bb2
  ^bb1:
    pyir.raise ValueError "negative"
    return %zero : i64
  ^bb2:
    return %x : i64
  }
  func.func @raises(%x: i64) -> i64 {
    %0 = call @_check(%x) : (i64) -> i64
    return %0 : i64
  }
}

// -----

// Recursion is not inlined; a public function stays.
// MARKED-LABEL: func.func @rec
// MARKED: call @rec
// SMALL-LABEL: func.func @rec
// SMALL: call @rec
module {
  func.func @rec(%x: i64) -> i64 attributes {pyir.inline} {
    %0 = call @rec(%x) : (i64) -> i64
    return %0 : i64
  }
}

// -----

// A callee with several blocks that returns a tuple is not inlined: its
// results would meet in a tuple block argument, which no backend takes (the
// frontend and loop lifting keep tuples across blocks as their scalars).
// One block is fine. (Campaign seed 9950, once pyirc inlined.)
// MARKED-LABEL: func.func @pairs
// MARKED: call @_branchy
// MARKED-NOT: call @_straight
// SMALL-LABEL: func.func @pairs
// SMALL: call @_branchy
// SMALL-NOT: call @_straight
module {
  func.func private @_branchy(%x: i64) -> tuple<i64, i64> attributes {pyir.inline} {
    %zero = pyir.constant 0 : i64
    %neg = pyir.cmp lt %x, %zero : i64, i64
    cf.cond_br %neg, ^bb1, ^bb2
  ^bb1:
    %a = pyir.tuple %zero, %x : i64, i64
    return %a : tuple<i64, i64>
  ^bb2:
    %b = pyir.tuple %x, %zero : i64, i64
    return %b : tuple<i64, i64>
  }
  func.func private @_straight(%x: i64) -> tuple<i64, i64> attributes {pyir.inline} {
    %b = pyir.tuple %x, %x : i64, i64
    return %b : tuple<i64, i64>
  }
  func.func @pairs(%x: i64) -> (tuple<i64, i64>, tuple<i64, i64>) {
    %0 = call @_branchy(%x) : (i64) -> tuple<i64, i64>
    %1 = call @_straight(%x) : (i64) -> tuple<i64, i64>
    return %0, %1 : tuple<i64, i64>, tuple<i64, i64>
  }
}

// -----

// A callee returning a view is never inlined, even marked: its result is an
// array with an owner (docs/CBackend.md, "Arrays").
// MARKED-LABEL: func.func @keeps_view_call
// MARKED: call @_fresh
// ALL-LABEL: func.func @keeps_view_call
module {
  func.func private @_fresh(%n: i64) -> !pyir.view<f64, 1, contiguous> attributes {pyir.inline} {
    %a = pyir.alloc(%n) : !pyir.view<f64, 1, contiguous>
    return %a : !pyir.view<f64, 1, contiguous>
  }
  func.func @keeps_view_call(%n: i64) -> !pyir.view<f64, 1, contiguous> {
    %0 = call @_fresh(%n) : (i64) -> !pyir.view<f64, 1, contiguous>
    return %0 : !pyir.view<f64, 1, contiguous>
  }
}
