//===- PyIROps.td - PyIR operations -------------------------*- tablegen -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//

#ifndef PYIR_DIALECT_PYIR_IR_PYIROPS_TD
#define PYIR_DIALECT_PYIR_IR_PYIROPS_TD

include "pyir/Dialect/PyIR/IR/PyIRBase.td"
include "pyir/Dialect/PyIR/IR/PyIREnums.td"
include "pyir/Dialect/PyIR/IR/PyIRInterfaces.td"
include "pyir/Dialect/PyIR/IR/PyIRTypes.td"
include "mlir/IR/BuiltinAttributeInterfaces.td"
include "mlir/Interfaces/InferIntRangeInterface.td"
include "mlir/Interfaces/InferTypeOpInterface.td"
include "mlir/Interfaces/SideEffectInterfaces.td"

//===----------------------------------------------------------------------===//
// Type constraints
//===----------------------------------------------------------------------===//

def PyIR_Bool : TypeAlias<I1, "bool">;
def PyIR_Int : AnyTypeOf<[I64, SI8, SI16, SI32, SI64, UI8, UI16, UI32, UI64],
                         "integer (i64 for int, siN/uiN fixed width)">;
def PyIR_Float : AnyTypeOf<[F32, F64], "float (f32 or f64)">;
def PyIR_Numeric : AnyTypeOf<[PyIR_Int, PyIR_Float], "numeric">;
def PyIR_Scalar : AnyTypeOf<[PyIR_Numeric, PyIR_Bool], "scalar">;
def PyIR_IntOrBool : AnyTypeOf<[PyIR_Int, PyIR_Bool], "integer or bool">;
def PyIR_View : Type<CPred<"::llvm::isa<::pyir::ViewType>($_self)">,
                     "view", "::pyir::ViewType">;
def PyIR_Index : TypeAlias<I64, "int">;

/// An op whose integer results the integer range analysis can bound (see
/// PyIRIntRange.cpp).
def PyIR_InferIntRange
    : DeclareOpInterfaceMethods<InferIntRangeInterface, ["inferResultRanges"]>;

/// An op that may raise depending on its attributes; see
/// MayRaiseOpInterface. It is speculatable (may be hoisted out of a loop or
/// a condition) only while it cannot raise and has no undefined behaviour.
class PyIR_RaisingOp<string mnemonic, list<Trait> traits = []>
    : PyIR_Op<mnemonic, !listconcat(traits, [
        DeclareOpInterfaceMethods<PyIR_MayRaiseOpInterface>,
        DeclareOpInterfaceMethods<MemoryEffectsOpInterface>,
        DeclareOpInterfaceMethods<ConditionallySpeculatable>])>;

//===----------------------------------------------------------------------===//
// Constants
//===----------------------------------------------------------------------===//

def PyIR_ConstantOp : PyIR_Op<"constant", [ConstantLike, Pure, PyIR_InferIntRange,
    AllTypesMatch<["value", "result"]>]> {
  let summary = "a scalar constant";
  let description = [{
    A constant `int`, fixed-width integer, `float`, `f32` or `bool`.

    ```mlir
    %0 = pyir.constant 42 : i64
    %1 = pyir.constant 2.5 : f64
    %2 = pyir.constant 255 : ui8
    %3 = pyir.constant true
    ```
  }];
  let arguments = (ins TypedAttrInterface:$value);
  let results = (outs PyIR_Scalar:$result);
  let assemblyFormat = "attr-dict $value";
  let hasFolder = 1;
  let hasVerifier = 1;
}

//===----------------------------------------------------------------------===//
// Arithmetic
//===----------------------------------------------------------------------===//

class PyIR_ArithOp<string mnemonic, string pySummary, string semantics,
                   list<Trait> traits = []>
    : PyIR_RaisingOp<mnemonic, !listconcat(traits, [SameOperandsAndResultType])> {
  let summary = pySummary;
  let description = semantics # [{

    Integer operands carry an overflow mode: `checked` (only on `i64`,
    Python's `int`) raises `OverflowError` when the mathematical result does
    not fit, `wrap` reduces it modulo 2^N (the fixed widths always wrap).
    Float operands carry none.
  }];
  let arguments = (ins OptionalAttr<PyIR_OverflowModeAttr>:$overflow,
                       PyIR_Numeric:$lhs, PyIR_Numeric:$rhs);
  let results = (outs PyIR_Numeric:$result);
  let assemblyFormat = [{
    `` custom<OverflowMode>($overflow) $lhs `,` $rhs attr-dict `:` type($result)
  }];
  let hasVerifier = 1;
  let hasFolder = 1;
}

def PyIR_AddOp : PyIR_ArithOp<"add", "Python `+`", [{
    `lhs + rhs`. Floats follow IEEE 754 with round to nearest.

    ```mlir
    %s = pyir.add checked %a, %b : i64
    %t = pyir.add %x, %y : f64
    ```
  }], [Commutative, PyIR_InferIntRange]>;

def PyIR_SubOp : PyIR_ArithOp<"sub", "Python `-`", [{
    `lhs - rhs`.

    ```mlir
    %d = pyir.sub wrap %a, %b : ui8
    ```
  }], [PyIR_InferIntRange]>;

def PyIR_MulOp : PyIR_ArithOp<"mul", "Python `*`", [{
    `lhs * rhs`.

    ```mlir
    %p = pyir.mul checked %a, %b : i64
    ```
  }], [Commutative, PyIR_InferIntRange]>;

def PyIR_PowOp : PyIR_ArithOp<"pow", "Python `**`", [{
    `lhs ** rhs` with the operands of one type.

    Integers: a non-negative exponent gives the exact power (subject to the
    overflow mode); `0 ** -n` raises `ZeroDivisionError`; any other negative
    exponent raises `ValueError` (CPython would return a float).
    Floats: CPython's `float.__pow__`: `0.0 ** -y` raises
    `ZeroDivisionError`, an overflowing result raises `OverflowError`, a
    negative base with a non-integral exponent raises `ValueError` (CPython
    would return a complex).

    ```mlir
    %p = pyir.pow checked %a, %b : i64
    ```
  }]>;

class PyIR_DivisionOp<string mnemonic, string pySummary, string semantics>
    : PyIR_RaisingOp<mnemonic, [SameOperandsAndResultType, PyIR_InferIntRange]> {
  let summary = pySummary;
  let description = semantics # [{

    A zero divisor raises `ZeroDivisionError`, for floats too. With
    `cdivision` (integers only) the op has C semantics instead: the quotient
    truncates toward zero, the remainder takes the sign of the dividend, and a
    zero divisor is undefined. Integer operands carry an overflow mode, which
    decides `-2**63 // -1`.

    The discardable unit attribute `pyir.nonzero_divisor` (dialect version
    1.1; `pyir-eliminate-checks` sets it when it proves so) records that the
    divisor is never zero where the op runs: the zero check is gone and a
    zero divisor is undefined, so the op is not speculatable. A reader that
    drops the attribute keeps the check.
  }];
  let arguments = (ins OptionalAttr<PyIR_OverflowModeAttr>:$overflow,
                       UnitAttr:$cdivision,
                       PyIR_Numeric:$lhs, PyIR_Numeric:$rhs);
  let results = (outs PyIR_Numeric:$result);
  let assemblyFormat = [{
    `` custom<OverflowMode>($overflow) (`cdivision` $cdivision^)? $lhs `,` $rhs
    attr-dict `:` type($result)
  }];
  let hasVerifier = 1;
  let hasFolder = 1;
}

def PyIR_FloorDivOp : PyIR_DivisionOp<"floordiv", "Python `//`", [{
    `lhs // rhs`: the quotient rounded toward negative infinity. On
    integers without `cdivision`, a division by a constant `2**k` is
    canonicalized to `pyir.shr` by `k`, the same value for every dividend
    (negative ones too), which cannot raise.

    ```mlir
    %q = pyir.floordiv checked %a, %b : i64
    %r = pyir.floordiv %x, %y : f64
    ```
  }]> {
  let hasCanonicalizeMethod = 1;
}

def PyIR_ModOp : PyIR_DivisionOp<"mod", "Python `%`", [{
    `lhs % rhs`: the remainder with the sign of the divisor, so that
    `(a // b) * b + a % b == a`.

    ```mlir
    %m = pyir.mod checked %a, %b : i64
    ```
  }]>;

def PyIR_TrueDivOp : PyIR_RaisingOp<"truediv", [AllTypesMatch<["lhs", "rhs"]>]> {
  let summary = "Python `/`";
  let description = [{
    `lhs / rhs`, always a float: `f32` for `f32` operands, `f64` otherwise.
    Integer operands give the correctly rounded quotient, as in CPython (not
    the quotient of the two operands converted to float). A zero divisor
    raises `ZeroDivisionError`; with `cdivision` (integer operands only) it
    is not checked. `pyir.nonzero_divisor` as for `pyir.floordiv`.

    ```mlir
    %q = pyir.truediv %a, %b : i64 -> f64
    ```
  }];
  let arguments = (ins UnitAttr:$cdivision, PyIR_Numeric:$lhs,
                       PyIR_Numeric:$rhs);
  let results = (outs PyIR_Float:$result);
  let assemblyFormat = [{
    (`cdivision` $cdivision^)? $lhs `,` $rhs attr-dict `:` type($lhs) `->`
    type($result)
  }];
  let hasVerifier = 1;
  let hasFolder = 1;
}

def PyIR_NegOp : PyIR_RaisingOp<"neg", [SameOperandsAndResultType,
    PyIR_InferIntRange]> {
  let summary = "Python unary `-`";
  let description = [{
    `-operand`. For integers the overflow mode decides `-(-2**63)` (and any
    non-zero unsigned operand).

    ```mlir
    %n = pyir.neg checked %a : i64
    %m = pyir.neg %x : f64
    ```
  }];
  let arguments = (ins OptionalAttr<PyIR_OverflowModeAttr>:$overflow,
                       PyIR_Numeric:$operand);
  let results = (outs PyIR_Numeric:$result);
  let assemblyFormat = [{
    `` custom<OverflowMode>($overflow) $operand attr-dict `:` type($result)
  }];
  let hasVerifier = 1;
  let hasFolder = 1;
}

def PyIR_AbsOp : PyIR_RaisingOp<"abs", [SameOperandsAndResultType,
    PyIR_InferIntRange]> {
  let summary = "Python `abs`";
  let description = [{
    `abs(operand)`. For integers the overflow mode decides `abs(-2**63)`.
    For floats the sign bit is cleared (`abs(-0.0) == 0.0`, NaN stays NaN).

    ```mlir
    %a = pyir.abs checked %x : i64
    ```
  }];
  let arguments = (ins OptionalAttr<PyIR_OverflowModeAttr>:$overflow,
                       PyIR_Numeric:$operand);
  let results = (outs PyIR_Numeric:$result);
  let assemblyFormat = [{
    `` custom<OverflowMode>($overflow) $operand attr-dict `:` type($result)
  }];
  let hasVerifier = 1;
  let hasFolder = 1;
}

//===----------------------------------------------------------------------===//
// Bitwise operations
//===----------------------------------------------------------------------===//

class PyIR_BitwiseOp<string mnemonic, string pySummary>
    : PyIR_Op<mnemonic, [Pure, Commutative, SameOperandsAndResultType,
                         PyIR_InferIntRange]> {
  let summary = pySummary;
  let description = [{
    The bitwise operation on the two's-complement representation; never
    overflows. On `i1` (`bool`) it is the logical operation.

    ```mlir
    %r = pyir.}] # mnemonic # [{ %a, %b : i64
    ```
  }];
  let arguments = (ins PyIR_IntOrBool:$lhs, PyIR_IntOrBool:$rhs);
  let results = (outs PyIR_IntOrBool:$result);
  let assemblyFormat = "$lhs `,` $rhs attr-dict `:` type($result)";
  let hasFolder = 1;
}

def PyIR_AndOp : PyIR_BitwiseOp<"and", "Python `&`">;
def PyIR_OrOp : PyIR_BitwiseOp<"or", "Python `|`">;
def PyIR_XorOp : PyIR_BitwiseOp<"xor", "Python `^`">;

def PyIR_InvertOp : PyIR_Op<"invert", [Pure, SameOperandsAndResultType,
    PyIR_InferIntRange]> {
  let summary = "Python `~`";
  let description = [{
    `~operand`, i.e. `-operand - 1` for signed types and `2^N - 1 - operand`
    for unsigned ones; never overflows.

    ```mlir
    %r = pyir.invert %a : ui8
    ```
  }];
  let arguments = (ins PyIR_Int:$operand);
  let results = (outs PyIR_Int:$result);
  let assemblyFormat = "$operand attr-dict `:` type($result)";
  let hasFolder = 1;
}

def PyIR_ShlOp : PyIR_RaisingOp<"shl", [SameOperandsAndResultType]> {
  let summary = "Python `<<`";
  let description = [{
    `lhs << rhs`. A negative count raises `ValueError`. The overflow mode
    decides what happens when bits are shifted out: `checked` (only on
    `i64`, Python's `int`) raises `OverflowError`, `wrap` drops them (a count of at least
    the bit width gives 0).

    ```mlir
    %r = pyir.shl checked %a, %n : i64
    ```
  }];
  let arguments = (ins PyIR_OverflowModeAttr:$overflow, PyIR_Int:$lhs,
                       PyIR_Int:$rhs);
  let results = (outs PyIR_Int:$result);
  let assemblyFormat = [{
    custom<EnumKeyword>($overflow) $lhs `,` $rhs attr-dict `:` type($result)
  }];
  let hasFolder = 1;
  let hasVerifier = 1;
}

def PyIR_ShrOp : PyIR_RaisingOp<"shr", [SameOperandsAndResultType,
    PyIR_InferIntRange]> {
  let summary = "Python `>>`";
  let description = [{
    `lhs >> rhs`: floor division by `2**rhs` (arithmetic shift for signed
    types, logical for unsigned ones). A negative count raises `ValueError`;
    a count of at least the bit width gives 0 or -1.

    ```mlir
    %r = pyir.shr %a, %n : i64
    ```
  }];
  let arguments = (ins PyIR_Int:$lhs, PyIR_Int:$rhs);
  let results = (outs PyIR_Int:$result);
  let assemblyFormat = "$lhs `,` $rhs attr-dict `:` type($result)";
  let hasFolder = 1;
}

//===----------------------------------------------------------------------===//
// Comparison, conversion, rounding
//===----------------------------------------------------------------------===//

def PyIR_CmpOp : PyIR_Op<"cmp", [Pure, PyIR_InferIntRange]> {
  let summary = "Python comparison with exact mixed int/float semantics";
  let description = [{
    Compares the mathematical values of two scalars, which may have
    different types: an integer against a float compares exactly, as in
    CPython (`2**53 + 1 != 2.0**53`), signed against unsigned compares the
    values. A NaN operand makes every predicate false except `ne`.

    ```mlir
    %c = pyir.cmp lt %i, %n : i64, i64
    %d = pyir.cmp eq %big, %x : i64, f64
    ```
  }];
  let arguments = (ins PyIR_CmpPredicateAttr:$predicate, PyIR_Scalar:$lhs,
                       PyIR_Scalar:$rhs);
  let results = (outs I1:$result);
  let assemblyFormat = [{
    custom<EnumKeyword>($predicate) $lhs `,` $rhs attr-dict `:` type($lhs) `,`
    type($rhs)
  }];
  let hasVerifier = 1;
  let hasFolder = 1;
}

def PyIR_CastOp : PyIR_RaisingOp<"cast", [PyIR_InferIntRange]> {
  let summary = "numeric conversion: int(x), float(x), i32(x), f32(x), ...";
  let description = [{
    Converts a scalar to another scalar type.

    * to a float type: round to nearest (`float(n)`, `f32(x)`); never raises.
    * float to integer: truncate toward zero like `int(x)`; NaN raises
      `ValueError`, an infinity raises `OverflowError`. Then, as for an
      integer source:
    * to an integer type with `checked`: a value outside the target's range
      raises `OverflowError` (`int` from a `u64` above 2**63 - 1);
      with `wrap`: the value modulo 2^N (`u8(300) == 44`).
    * `i1` (`bool`) to a number: 0 or 1.

    An integer result needs an overflow mode; a float result takes none.
    Conversion to `i1` is not a cast: `bool(x)` is `pyir.cmp ne x, 0`.

    ```mlir
    %f = pyir.cast %n : i64 to f64
    %i = pyir.cast checked %x : f64 to i64
    %b = pyir.cast wrap %n : i64 to ui8
    ```
  }];
  let arguments = (ins OptionalAttr<PyIR_OverflowModeAttr>:$overflow,
                       PyIR_Scalar:$input);
  let results = (outs PyIR_Numeric:$result);
  let assemblyFormat = [{
    `` custom<OverflowMode>($overflow) $input attr-dict `:` type($input) `to`
    type($result)
  }];
  let hasVerifier = 1;
  let hasFolder = 1;
}

def PyIR_RoundOp : PyIR_RaisingOp<"round"> {
  let summary = "Python `round(x)` and `round(x, ndigits)`";
  let description = [{
    Without `ndigits`: rounds half to even and returns an `int` (`i64`);
    NaN raises `ValueError`, an infinity or a value outside the `int` range
    raises `OverflowError`. With `ndigits`: returns the float CPython's
    `round(x, ndigits)` returns (correctly rounded from the exact decimal
    value: `round(2.675, 2) == 2.67`); `OverflowError` when that value is
    too large for a float (`round(1.7e308, -308)`).

    ```mlir
    %n = pyir.round %x : f64 -> i64
    %y = pyir.round %x, %d : f64 -> f64
    ```
  }];
  let arguments = (ins PyIR_Float:$input, Optional<PyIR_Index>:$ndigits);
  let results = (outs PyIR_Numeric:$result);
  let assemblyFormat = [{
    $input (`,` $ndigits^)? attr-dict `:` type($input) `->` type($result)
  }];
  let hasVerifier = 1;
}

//===----------------------------------------------------------------------===//
// math module
//===----------------------------------------------------------------------===//

def PyIR_MathUnaryOp : PyIR_RaisingOp<"math_unary"> {
  let summary = "a one-argument function of the math module";
  let description = [{
    Calls `math.<fn>` with CPython's semantics: the result is libm's, or
    CPython's own algorithm where it has one (`gamma`, `lgamma`), and a
    domain error (`sqrt(-1)`, `log(0)`, `acos(2)`, `gamma(0)`) raises
    `ValueError`, a range overflow (`exp(1000)`, `cosh(1000)`) raises
    `OverflowError`. `floor`, `ceil` and `trunc` return an `int` (`i64`) and
    raise like `int(x)`; `isnan`, `isinf` and `isfinite` return `i1` and
    never raise. `frexp_mantissa` and `frexp_exponent` (`i64`) are the two
    elements of `math.frexp(x)`, `modf_fraction` and `modf_integer` those of
    `math.modf(x)`; none raises. `factorial` and `isqrt` take and return an
    `int` (`i64`): `ValueError` for a negative operand, and `factorial`
    raises `OverflowError` when the result does not fit. Every other
    function returns the operand's float type.

    ```mlir
    %r = pyir.math_unary sqrt %x : f64 -> f64
    %f = pyir.math_unary floor %x : f64 -> i64
    %n = pyir.math_unary factorial %k : i64 -> i64
    ```
  }];
  let arguments = (ins PyIR_UnaryMathFnAttr:$fn, PyIR_Numeric:$operand);
  let results = (outs PyIR_Scalar:$result);
  let assemblyFormat = [{
    custom<EnumKeyword>($fn) $operand attr-dict `:` type($operand) `->`
    type($result)
  }];
  let hasVerifier = 1;
  let hasFolder = 1;
}

def PyIR_MathBinaryOp : PyIR_RaisingOp<"math_binary",
    [AllTypesMatch<["lhs", "result"]>]> {
  let summary = "a two-argument function of the math module";
  let description = [{
    Calls `math.<fn>(lhs, rhs)` with CPython's semantics, including the
    special cases CPython handles before calling libm (`pow`, `fmod`) and
    its own `hypot`. `log` is `math.log(x, base)`. Domain errors raise
    `ValueError` (`fmod(x, 0.0)`, `pow(-1.0, 0.5)`, `log(x, 0.0)`), overflow
    raises `OverflowError`, and `log(x, 1.0)` raises `ZeroDivisionError`, as
    in CPython. `copysign` never raises.

    `ldexp` takes a float and an `int` (`i64`) exponent, the other
    functions two operands of the result's type. `gcd`, `lcm`, `comb` and
    `perm` are functions of two `int`s (`i64`): a result that does not fit
    raises `OverflowError`, and `comb` and `perm` raise `ValueError` for a
    negative operand (`n` checked first).

    ```mlir
    %r = pyir.math_binary atan2 %y, %x : f64
    %s = pyir.math_binary ldexp %x, %e : f64, i64
    %g = pyir.math_binary gcd %a, %b : i64
    ```
  }];
  let arguments = (ins PyIR_BinaryMathFnAttr:$fn, PyIR_Numeric:$lhs,
                       PyIR_Numeric:$rhs);
  let results = (outs PyIR_Numeric:$result);
  let assemblyFormat = [{
    custom<EnumKeyword>($fn) $lhs `,` $rhs attr-dict `:`
    custom<MathBinaryTypes>(type($result), type($rhs))
  }];
  let hasVerifier = 1;
  let hasFolder = 1;
}

def PyIR_MathIsCloseOp : PyIR_RaisingOp<"math_isclose",
    [AllTypesMatch<["a", "b", "rel_tol", "abs_tol"]>]> {
  let summary = "`math.isclose(a, b, rel_tol=..., abs_tol=...)`";
  let description = [{
    Whether `a` and `b` are close, with CPython's rule: equal values
    (infinities included) are, an infinity is close to nothing else, and
    otherwise `abs(a - b)` must be within `rel_tol` times either magnitude
    or within `abs_tol`. A negative tolerance raises `ValueError`.

    ```mlir
    %c = pyir.math_isclose %a, %b rel_tol %r abs_tol %t : f64
    ```
  }];
  let arguments = (ins PyIR_Float:$a, PyIR_Float:$b, PyIR_Float:$rel_tol,
                       PyIR_Float:$abs_tol);
  let results = (outs PyIR_Bool:$result);
  let assemblyFormat = [{
    $a `,` $b `rel_tol` $rel_tol `abs_tol` $abs_tol attr-dict `:` type($a)
  }];
  let hasFolder = 1;
}

//===----------------------------------------------------------------------===//
// Views
//===----------------------------------------------------------------------===//

def PyIR_DimOp : PyIR_Op<"dim", [Pure, PyIR_InferIntRange]> {
  let summary = "the extent of one axis of a view (`a.shape[k]`, `len(a)`)";
  let description = [{
    The number of elements along axis `axis`, which must be in
    `[0, rank)`; `len(a)` is axis 0. Never raises. At most
    `(2**63 - 1) // itemsize`: an axis spans at most PY_SSIZE_T_MAX bytes
    (what NumPy guarantees for every axis; the CPython glue refuses other
    buffers that claim more).

    ```mlir
    %n = pyir.dim %a[0] : !pyir.view<f64, 2>
    ```
  }];
  let arguments = (ins PyIR_View:$view, I64Attr:$axis);
  let results = (outs PyIR_Index:$result);
  let assemblyFormat = "$view `[` $axis `]` attr-dict `:` qualified(type($view))";
  let hasVerifier = 1;
}

def PyIR_LoadOp : PyIR_RaisingOp<"load", [
    TypesMatchWith<"result type is the view's element type", "view", "result",
                   "::llvm::cast<::pyir::ViewType>($_self).getElementType()">]> {
  let summary = "read one element of a view (`a[i, j]`)";
  let description = [{
    One `int` index per axis. With `wraparound` a negative index counts from
    the end of its axis. With `boundscheck` an index outside the axis (after
    wrap-around) raises `IndexError`; without it, it is undefined.

    ```mlir
    %x = pyir.load %a[%i, %j] boundscheck wraparound : !pyir.view<f64, 2>
    ```
  }];
  let arguments = (ins PyIR_View:$view, Variadic<PyIR_Index>:$indices,
                       UnitAttr:$boundscheck, UnitAttr:$wraparound);
  let results = (outs AnyType:$result);
  let assemblyFormat = [{
    $view `[` $indices `]` (`boundscheck` $boundscheck^)?
    (`wraparound` $wraparound^)? attr-dict `:` qualified(type($view))
  }];
  let hasVerifier = 1;
  let builders = [
    OpBuilder<(ins "::mlir::Value":$view, "::mlir::ValueRange":$indices,
                   "bool":$boundscheck, "bool":$wraparound)>
  ];
  let extraClassDeclaration = [{
    ViewType getViewType() { return ::llvm::cast<ViewType>(getView().getType()); }
  }];
}

def PyIR_StoreOp : PyIR_RaisingOp<"store", [
    TypesMatchWith<"value type is the view's element type", "view", "value",
                   "::llvm::cast<::pyir::ViewType>($_self).getElementType()">]> {
  let summary = "write one element of a view (`a[i, j] = x`)";
  let description = [{
    Indexing as `pyir.load`. The value has the view's element type.

    ```mlir
    pyir.store %x, %a[%i] boundscheck wraparound : !pyir.view<f64, 1>
    ```
  }];
  let arguments = (ins AnyType:$value, PyIR_View:$view,
                       Variadic<PyIR_Index>:$indices,
                       UnitAttr:$boundscheck, UnitAttr:$wraparound);
  let assemblyFormat = [{
    $value `,` $view `[` $indices `]` (`boundscheck` $boundscheck^)?
    (`wraparound` $wraparound^)? attr-dict `:` qualified(type($view))
  }];
  let hasVerifier = 1;
  let extraClassDeclaration = [{
    ViewType getViewType() { return ::llvm::cast<ViewType>(getView().getType()); }
  }];
}

def PyIR_AllocOp : PyIR_RaisingOp<"alloc"> {
  let summary = "a new array (`pyir.empty`, `pyir.zeros`, `pyir.empty_like`)";
  let description = [{
    A new C-contiguous array of the result's element type with one extent
    per axis, its elements zero with `zero` and unspecified without (as
    NumPy's `empty`). A negative extent raises `ValueError` ("negative
    dimensions are not allowed"); more than `PY_SSIZE_T_MAX` bytes, or an
    allocation that fails, `MemoryError`. Each execution makes a new array:
    the op allocates (never CSE'd, hoisted or removed) and is a write
    barrier for the accesses around it. In the C backend the function's
    slot for the op owns the array (docs/CBackend.md, "Arrays").

    ```mlir
    %a = pyir.alloc(%n, %m) zero : !pyir.view<f64, 2, contiguous>
    ```
  }];
  let arguments = (ins Variadic<PyIR_Index>:$shape, UnitAttr:$zero);
  let results = (outs PyIR_View:$result);
  let assemblyFormat = [{
    `(` $shape `)` (`zero` $zero^)? attr-dict `:` qualified(type($result))
  }];
  let hasVerifier = 1;
  let extraClassDeclaration = [{
    ViewType getViewType() { return ::llvm::cast<ViewType>(getResult().getType()); }
  }];
}

def PyIR_StrideOp : PyIR_Op<"stride", [Pure]> {
  let summary = "the stride of one axis of a view in bytes (`a.strides[k]`)";
  let description = [{
    The distance in bytes between two neighbours along axis `axis` (in
    `[0, rank)`); negative for a reversed axis, zero for a broadcast one.
    Never raises.

    ```mlir
    %s = pyir.stride %a[1] : !pyir.view<f64, 2>
    ```
  }];
  let arguments = (ins PyIR_View:$view, I64Attr:$axis);
  let results = (outs PyIR_Index:$result);
  let assemblyFormat = "$view `[` $axis `]` attr-dict `:` qualified(type($view))";
  let hasVerifier = 1;
}

def PyIR_SubviewOp : PyIR_RaisingOp<"subview"> {
  let summary = "a view of part of a view (`a[1:n]`, `a[::2]`, `m[i, :]`, `m[i]`)";
  let description = [{
    Python's basic slicing of a view: a new view on the same memory. `keys`
    has one item per leading axis of the base (the axes after them are
    taken whole): `-1` is an integer index, which removes its axis
    (wrap-around of negative indices, `IndexError` out of range); `0` to `7`
    a slice whose parts are present where bits 1 (start), 2 (stop) and 4
    (step) are set. The values are the items' operands in order (an index;
    then a slice's present parts). A slice follows `PySlice_AdjustIndices`:
    absent parts take their defaults, bounds are clamped to the axis
    (negative ones counted from its end), an empty result is fine, and a
    zero step raises `ValueError`. The result's rank is the base's minus
    the indices (at least 1: an element is `pyir.load`), and it is
    contiguous exactly when `inferSlicedView` proves it
    (ViewSlicing.h). In the CPython extension the op also raises where
    Python's slicing of the view's owner would (docs/language.md §12).

    Like `pyir.alloc`, each execution makes a new view that the function's
    slot for the op owns in the C backend: never CSE'd or hoisted.

    ```mlir
    %row = pyir.subview %m[%i] keys [-1] : !pyir.view<f64, 2, contiguous> -> !pyir.view<f64, 1, contiguous>
    %odd = pyir.subview %a[%one, %two] keys [5] : !pyir.view<f64, 1> -> !pyir.view<f64, 1>
    ```
  }];
  let arguments = (ins PyIR_View:$base, Variadic<PyIR_Index>:$values,
                       DenseI64ArrayAttr:$keys);
  let results = (outs PyIR_View:$result);
  let assemblyFormat = [{
    $base `[` $values `]` `keys` $keys attr-dict `:`
    qualified(type($base)) `->` qualified(type($result))
  }];
  let hasVerifier = 1;
  let extraClassDeclaration = [{
    ViewType getBaseType() { return ::llvm::cast<ViewType>(getBase().getType()); }
    ViewType getViewType() { return ::llvm::cast<ViewType>(getResult().getType()); }
  }];
}

def PyIR_ViewRefOp : PyIR_Op<"view_ref", [
    AllTypesMatch<["source", "result"]>,
    DeclareOpInterfaceMethods<MemoryEffectsOpInterface>]> {
  let summary = "another reference to a view (`b = a`)";
  let description = [{
    The same view as `source`. The op exists for the C backend, where a view
    value is owned by a slot of the op that made it: binding a local to an
    existing view (`b = a`) gives the local a slot of its own, so that
    rebinding the source's slot later (a loop) does not change `b`. Never
    raises; like `pyir.subview`, never CSE'd or hoisted. Folds to its source
    when that is a parameter (the caller owns it for the whole call).

    ```mlir
    %b = pyir.view_ref %a : !pyir.view<f64, 1>
    ```
  }];
  let arguments = (ins PyIR_View:$source);
  let results = (outs PyIR_View:$result);
  let assemblyFormat = "$source attr-dict `:` qualified(type($source))";
  let hasFolder = 1;
}

//===----------------------------------------------------------------------===//
// Tuples
//===----------------------------------------------------------------------===//

def PyIR_TupleOp : PyIR_Op<"tuple", [Pure,
    DeclareOpInterfaceMethods<InferTypeOpInterface>]> {
  let summary = "build a tuple value";
  let description = [{
    Builds a `tuple` of the operands, scalars or views (dialect 1.6); the
    result type is `tuple<...>` of their types. Without operands it is the
    empty tuple. A view in a tuple is the operand's view: a local bound to
    it gets a reference of its own (`pyir.view_ref`).

    ```mlir
    %t = pyir.tuple %q, %r : i64, i64
    %v = pyir.tuple %a, %n : !pyir.view<f64, 1>, i64
    %e = pyir.tuple
    ```
  }];
  let arguments = (ins Variadic<AnyTypeOf<[PyIR_Scalar, PyIR_View]>>:$elements);
  let results = (outs AnyTuple:$result);
  let assemblyFormat = "attr-dict ($elements^ `:` type($elements))?";
}

def PyIR_TupleGetOp : PyIR_Op<"tuple_get", [Pure]> {
  let summary = "read one element of a tuple value (`t[k]`, unpacking)";
  let description = [{
    Element `index` of the tuple, which must be in range; the result has
    that element's type.

    ```mlir
    %q = pyir.tuple_get %t[0] : tuple<i64, i64> -> i64
    ```
  }];
  let arguments = (ins AnyTuple:$tuple, I64Attr:$index);
  let results = (outs AnyType:$result);
  let assemblyFormat = [{
    $tuple `[` $index `]` attr-dict `:` type($tuple) `->` type($result)
  }];
  let hasVerifier = 1;
  let hasFolder = 1;
  let builders = [
    OpBuilder<(ins "::mlir::Value":$tuple, "int64_t":$index)>
  ];
}

//===----------------------------------------------------------------------===//
// Exceptions
//===----------------------------------------------------------------------===//

def PyIR_RaiseOp : PyIR_RaisingOp<"raise"> {
  let summary = "raise a builtin exception (`raise E(\"msg\")`)";
  let description = [{
    Raises the exception; the enclosing function ends with it. Ops after a
    `pyir.raise` on the same path do not execute.

    ```mlir
    pyir.raise ValueError "n must be positive"
    ```
  }];
  let arguments = (ins PyIR_ExceptionKindAttr:$kind,
                       OptionalAttr<StrAttr>:$message);
  let assemblyFormat = "custom<EnumKeyword>($kind) ($message^)? attr-dict";
}

def PyIR_AssertOp : PyIR_RaisingOp<"assert"> {
  let summary = "raise an exception unless a condition holds (`assert c, \"msg\"`)";
  let description = [{
    Raises the exception of the given kind when the condition is false.

    ```mlir
    pyir.assert %ok, AssertionError "n must be positive"
    ```
  }];
  let arguments = (ins I1:$condition, PyIR_ExceptionKindAttr:$kind,
                       OptionalAttr<StrAttr>:$message);
  let assemblyFormat = [{
    $condition `,` custom<EnumKeyword>($kind) ($message^)? attr-dict
  }];
  let hasCanonicalizeMethod = 1;
}

#endif // PYIR_DIALECT_PYIR_IR_PYIROPS_TD
