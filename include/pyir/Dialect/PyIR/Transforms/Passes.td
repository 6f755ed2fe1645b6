//===- Passes.td - PyIR passes ------------------------------*- tablegen -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//

#ifndef PYIR_DIALECT_PYIR_TRANSFORMS_PASSES_TD
#define PYIR_DIALECT_PYIR_TRANSFORMS_PASSES_TD

include "mlir/Pass/PassBase.td"

def PyIRVerifyVersion : Pass<"pyir-verify-version", "::mlir::ModuleOp"> {
  let summary = "Require the module to record the pyir dialect version";
  let description = [{
    Fails unless the module carries `pyir.version`; with `stamp=true` it
    records the current version on a module that has none. Consumers run it
    first so that IR of an unknown version is refused before any other pass
    reads it (the attribute itself is verified by the dialect).
  }];
  let options = [
    Option<"stamp", "stamp", "bool", /*default=*/"false",
           "Record the current version when the module has none">
  ];
}

def PyIRCanonicalize : Pass<"pyir-canonicalize", "::mlir::func::FuncOp"> {
  let summary = "Canonicalize a function, bounded: a diagnostic, never a hang";
  let description = [{
    Applies the canonicalization patterns and folders of every loaded
    dialect, as the upstream `canonicalize` pass does, with bounds that
    make every run terminate:

    * control-flow (`cf`) patterns apply only in blocks reachable from the
      entry, and unreachable blocks are erased before each round. In a loop
      made dead by folding, upstream `cf.br` canonicalization merges the
      latch into the header and leaves an op using its own result
      (`%next = arith.addi %next, %c1`, legal in unreachable code,
      llvm-project PR #221037), which the greedy driver folds forever, and
      folds are not counted by any bound;
    * a round applies at most `max-num-rewrites` rewrites (0: 64 per op of
      the function, at least 10000) in at most `max-iterations` sweeps;
    * a function that has not converged after `max-rounds` rounds is a
      located error ("canonicalization ... did not converge"), a compiler
      bug to report, never an endless loop.
  }];
  let options = [
    Option<"maxIterations", "max-iterations", "int64_t", /*default=*/"10",
           "Sweeps over the function per round">,
    Option<"maxNumRewrites", "max-num-rewrites", "int64_t", /*default=*/"0",
           "Rewrites per round (0: 64 per op, at least 10000)">,
    Option<"maxRounds", "max-rounds", "unsigned", /*default=*/"4",
           "Rounds (erase unreachable blocks, rewrite) before giving up">
  ];
}

def PyIRInline : Pass<"pyir-inline", "::mlir::ModuleOp"> {
  let summary = "Inline calls to `pyir.inline` functions and small functions";
  let description = [{
    Runs MLIR's inliner (bottom-up over the call graph, so callees are
    inlined into their callers before those are considered) with PyIR's
    policy: a call is inlined when its callee carries `pyir.inline` (the
    `@inline` directive: always), or when the callee has at most
    `max-callee-ops` operations (0, the default, inlines only marked
    functions). Recursive calls are never inlined. A private function whose
    last call was inlined is erased.

    Inlined ops keep their location wrapped in a `CallSiteLoc` (callee
    location, call location), so an exception raised by an inlined op still
    reports the line of the callee. Raising semantics are unchanged: a raise
    ends the function, and since PyIR has no `try` it ends the caller too.

    The upstream `-inline` pass also works on pyir (the dialect implements
    `DialectInlinerInterface`); it inlines every call it can.
  }];
  let options = [
    Option<"maxCalleeOps", "max-callee-ops", "unsigned", /*default=*/"0",
           "Also inline callees with at most this many operations">
  ];
}

def PyIRLiftLoops : Pass<"pyir-lift-loops", "::mlir::func::FuncOp"> {
  let summary = "Lift canonical counted loops from cf to scf.for";
  let description = [{
    Turns a function's control-flow graph into structured control flow
    (`scf.while`/`scf.if`, MLIR's CFG-to-SCF lifting), then the frontend's
    canonical `range` loops into `scf.for`, so that integer range analysis
    bounds induction variables and upstream LICM applies.

    The frontend counts a `range` loop with a hidden counter `k` from 0 while
    `k <u count` (a range may hold up to 2**64 - 1 values). Where integer
    range analysis proves `0 <= init` and `0 <= count <= 2**63 - 1` and the
    counter steps by a positive constant that cannot overflow past `count`,
    `k` stays in `[0, 2**63)`, so the unsigned comparison is the signed one;
    the loop is rewritten with `slt` and uplifted to `scf.for` (signed
    comparison, as upstream analyses assume).

    A function is rewritten only when its loops become `scf.for` or
    `scf.while` (whose body region knows the loop condition, which
    `pyir-eliminate-checks` uses) and no `ub.poison`, `scf.index_switch` or
    `index` value remains (functions with `break` or an early `return`
    inside a loop are left in CF form) and no scf op joins tuples or views
    (lowered back, they would be block arguments), so that lowering back
    with `convert-scf-to-cf` gives the same kind of IR the frontend emits.
  }];
  let dependentDialects = ["::mlir::scf::SCFDialect",
                           "::mlir::arith::ArithDialect",
                           "::mlir::ub::UBDialect"];
}

def PyIREliminateChecks : Pass<"pyir-eliminate-checks", "::mlir::ModuleOp"> {
  let summary = "Drop overflow, bounds and wrap-around checks proven redundant";
  let description = [{
    Runs MLIR's integer range analysis (with dead-code analysis and sparse
    constant propagation, as it requires) over the module and drops every
    check it proves can never fire:

    * `checked` `pyir.add`/`sub`/`mul`/`neg`/`abs`/`shl` on integers whose
      exact result, computed from the operand ranges, fits the type become
      `wrap` (the value is the same; the op no longer raises);
    * `wraparound` on `pyir.load`/`pyir.store` is dropped for an index
      proven `>= 0` (it would not be adjusted);
    * `boundscheck` (and `wraparound`) is dropped for an index proven in
      `[0, dim)`. Intervals alone cannot show `i < len(a)`; the pass proves
      it symbolically: the index is `iv + c` (or `base - iv`) for the
      induction variable `iv` of an `scf.for` with a step `> 0` that cannot
      overflow, and the loop's upper bound is at most `dim(view, axis) - c`
      (`pyir.dim` of the same SSA view value and axis, through `select`,
      `min`/`max` and constant offsets that range analysis shows do not
      wrap), or the bound is a value for which the loop does not run. Views
      are immutable SSA values, so the same value has the same extent.

    Ranges are narrowed by the conditions of the branches that lead to an op:
    the `cf.cond_br` edge into a block with a single predecessor holds in
    every block that block dominates, and an `scf.if` condition in its
    regions (`x < y`, `x <= y`, ... on i64, also `pyir.cmp` of two ints).
    So a `range` loop left in CF form (a loop with `break` or an early
    `return` is not lifted) still loses its checks: its body runs only when
    the counter `k <u count` with `count` in `[0, 2**63)`, i.e. `0 <= k <
    count`; and `fib(n - 1)` under `not n < 2` cannot overflow. The body of
    an `scf.while` knows its condition (through `arith.andi` and the
    `scf.if ... else false` of a lifted `and`) on the forwarded values:
    `while i >= 0 and i < len(a)` makes `a[i]` safe.

    A loop counter (an `scf.for` iter_arg every iteration changes by a
    constant through exact additions, `count += 1` under an `if`) is
    bounded by its start and the loop's trip count. Before the analysis, a
    checked arithmetic op dominated by an identical one is replaced by it,
    and an access dominated by a checked access to the same element drops
    its `boundscheck`.

    When in doubt a check stays.
  }];
  let dependentDialects = ["::mlir::arith::ArithDialect"];
}

def PyIRVersionLoops : Pass<"pyir-version-loops", "::mlir::func::FuncOp"> {
  let summary = "Duplicate loop nests behind a guard that makes their bounds "
                "checks redundant";
  let description = [{
    `pyir-eliminate-checks` proves `i < dim(v)` only from the same view's
    extent. A loop over one view that indexes another, such as

    ```python
    for i in range(len(x)):
        y[i] = alpha * x[i] + y[i]
    ```

    keeps the checks on `y`, and a loop with a possible early exit is not
    vectorised by the C compiler. This pass versions such loops: for an
    `scf.for` or `scf.while` whose body (at any depth) accesses a view at an
    element of a stepped `range` (in `[start, stop - 1]` going up: the
    requirements are `start >= 0` and `stop <= dim`) or at `iv + c`, where
    `iv` is the induction variable of a counted `scf.for` (step `> 0` that
    cannot overflow, signed comparison) whose bounds `lb`, `ub` are defined
    outside the versioned loop, the access is in bounds on every iteration
    when `lb + c >= 0` and `ub + c <= dim(view, axis)`. The loop becomes

    ```mlir
    scf.if %guard {   // the conjunction of those comparisons
      <the loop, those accesses without boundscheck/wraparound>
    } else {
      <the original loop>
    }
    ```

    so the result is the same on every input: when the guard fails, the
    original loop runs and raises `IndexError` at the same iteration as
    CPython.

    Overflow checks are versioned the same way, on the trip counts: for a
    checked i64 `+`, `-`, `*` or negation in a loop nest whose counted
    loops have upper bounds defined outside it, the pass looks for the
    largest limit `2**k` (k in [20, 62]) such that, when every such bound
    is `<= 2**k` (so each induction variable is `< 2**k`), the operands'
    ranges, recomputed through the sums and products from the induction
    variables up, keep the op within i64. The guard is the conjunction of
    `ub <= 2**k` over the bounds the proof used; the copy under it has those
    ops `wrap`. spectral-norm's `(i + j) * (i + j + 1)` over `i, j in
    range(n)` gets `n <= 2**30`. The k is the largest that proves every op
    the smallest one (2**20) proves.

    Loops are considered outermost first, so one guard in front of
    a nest covers the accesses of its inner loops; the checked copy is never
    versioned again. A loop nest of more than 2000 ops is not duplicated,
    and a function is versioned at most 8 times.
  }];
  let dependentDialects = ["::mlir::scf::SCFDialect",
                           "::mlir::arith::ArithDialect"];
}

#endif // PYIR_DIALECT_PYIR_TRANSFORMS_PASSES_TD
