//===- PyIROps.cpp - PyIR operations ----------------------------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// This file implements the verifiers, builders and side effects of the pyir
// operations. Folders live in PyIRFolds.cpp.
//
//===----------------------------------------------------------------------===//

#include "pyir/Dialect/PyIR/IR/PyIROps.h"
#include "pyir/Dialect/PyIR/IR/Runtime.h"
#include "pyir/Dialect/PyIR/IR/ViewSlicing.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/DialectImplementation.h"
#include "mlir/IR/OpImplementation.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Interfaces/FunctionInterfaces.h"

using namespace mlir;
using namespace pyir;

#include "pyir/Dialect/PyIR/IR/PyIRInterfaces.cpp.inc"

//===----------------------------------------------------------------------===//
// Custom assembly directives
//===----------------------------------------------------------------------===//

/// overflow-mode ::= (`checked` | `wrap`)?
///
/// Used as "`` custom<OverflowMode>($overflow)" right after the op name: the
/// printer writes the space before the keyword itself, so that an op without
/// an overflow mode (a float op) prints with a single space.
static ParseResult parseOverflowMode(OpAsmParser &parser,
                                     OverflowModeAttr &overflow) {
  for (OverflowMode mode : {OverflowMode::checked, OverflowMode::wrap}) {
    if (succeeded(parser.parseOptionalKeyword(stringifyOverflowMode(mode)))) {
      overflow = OverflowModeAttr::get(parser.getContext(), mode);
      return success();
    }
  }
  return success();
}

static void printOverflowMode(OpAsmPrinter &printer, Operation *,
                              OverflowModeAttr overflow) {
  if (overflow)
    printer << ' ' << stringifyOverflowMode(overflow.getValue());
}

/// enum-keyword ::= bare-id
///
/// A required enum attribute printed as its bare keyword (`lt`, `sqrt`,
/// `ValueError`). The attributes' own printer is made for the
/// `#pyir<cmp lt>` form and starts with a space, which `$attr` in an op
/// format would double.
template <typename EnumAttrT>
static ParseResult parseEnumKeyword(OpAsmParser &parser, EnumAttrT &attr) {
  using EnumT = decltype(std::declval<EnumAttrT>().getValue());
  FailureOr<EnumT> value = FieldParser<EnumT>::parse(parser);
  if (failed(value))
    return failure();
  attr = EnumAttrT::get(parser.getContext(), *value);
  return success();
}

template <typename EnumAttrT>
static void printEnumKeyword(OpAsmPrinter &printer, Operation *,
                             EnumAttrT attr) {
  printer << stringifyEnum(attr.getValue());
}

/// math-binary-types ::= type (`,` type)?
///
/// The result's type (the left operand's), then the right operand's when
/// it differs (`ldexp`'s exponent).
static ParseResult parseMathBinaryTypes(OpAsmParser &parser, Type &result,
                                        Type &rhs) {
  if (parser.parseType(result))
    return failure();
  rhs = result;
  if (succeeded(parser.parseOptionalComma()))
    return parser.parseType(rhs);
  return success();
}

static void printMathBinaryTypes(OpAsmPrinter &printer, Operation *,
                                 Type result, Type rhs) {
  printer << result;
  if (rhs != result)
    printer << ", " << rhs;
}

//===----------------------------------------------------------------------===//
// Shared helpers
//===----------------------------------------------------------------------===//

/// An integer result needs an overflow mode; a float result takes none.
static LogicalResult verifyOverflowMode(Operation *op, Type type,
                                        OverflowModeAttr overflow) {
  if (isPyIntegerType(type) && !overflow)
    return op->emitOpError("on integers needs an overflow mode "
                           "(`checked` or `wrap`)");
  if (!isPyIntegerType(type) && overflow)
    return op->emitOpError("takes an overflow mode only on integers, not on ")
           << type;
  return success();
}

/// Arithmetic: as above, and `checked` only on `int` (i64): the fixed widths
/// wrap, and the runtime has no checked fixed-width entries.
static LogicalResult verifyArithOverflowMode(Operation *op, Type type,
                                             OverflowModeAttr overflow) {
  if (failed(verifyOverflowMode(op, type, overflow)))
    return failure();
  if (overflow && overflow.getValue() == OverflowMode::checked &&
      !type.isSignlessInteger(64))
    return op->emitOpError("takes `checked` only on `int` (i64); "
                           "fixed-width integers wrap, not ")
           << type;
  return success();
}

/// Raising is a write to ExceptionResource (see MayRaiseOpInterface).
static void addRaiseEffect(
    MayRaiseOpInterface op,
    SmallVectorImpl<SideEffects::EffectInstance<MemoryEffects::Effect>>
        &effects) {
  if (op.mayRaise())
    effects.emplace_back(MemoryEffects::Write::get(), ExceptionResource::get());
}

#define PYIR_RAISE_ONLY_EFFECTS(OP)                                            \
  void OP::getEffects(                                                         \
      SmallVectorImpl<SideEffects::EffectInstance<MemoryEffects::Effect>>      \
          &effects) {                                                          \
    addRaiseEffect(*this, effects);                                            \
  }

PYIR_RAISE_ONLY_EFFECTS(AddOp)
PYIR_RAISE_ONLY_EFFECTS(SubOp)
PYIR_RAISE_ONLY_EFFECTS(MulOp)
PYIR_RAISE_ONLY_EFFECTS(PowOp)
PYIR_RAISE_ONLY_EFFECTS(FloorDivOp)
PYIR_RAISE_ONLY_EFFECTS(ModOp)
PYIR_RAISE_ONLY_EFFECTS(TrueDivOp)
PYIR_RAISE_ONLY_EFFECTS(NegOp)
PYIR_RAISE_ONLY_EFFECTS(AbsOp)
PYIR_RAISE_ONLY_EFFECTS(ShlOp)
PYIR_RAISE_ONLY_EFFECTS(ShrOp)
PYIR_RAISE_ONLY_EFFECTS(CastOp)
PYIR_RAISE_ONLY_EFFECTS(RoundOp)
PYIR_RAISE_ONLY_EFFECTS(MathUnaryOp)
PYIR_RAISE_ONLY_EFFECTS(MathBinaryOp)
PYIR_RAISE_ONLY_EFFECTS(MathIsCloseOp)
PYIR_RAISE_ONLY_EFFECTS(RaiseOp)
PYIR_RAISE_ONLY_EFFECTS(AssertOp)
#undef PYIR_RAISE_ONLY_EFFECTS

/// A raising op may be speculated once it cannot raise, unless it has
/// undefined behaviour instead (a `cdivision` or `nonzero_divisor` zero
/// divisor, an unchecked out-of-bounds access).
static Speculation::Speculatability getRaisingOpSpeculatability(Operation *op) {
  if (cast<MayRaiseOpInterface>(op).mayRaise())
    return Speculation::NotSpeculatable;
  if (isa<LoadOp, StoreOp>(op))
    return Speculation::NotSpeculatable;
  if (isa<FloorDivOp, ModOp, TrueDivOp>(op) &&
      (op->hasAttr("cdivision") || PyIRDialect::hasNonzeroDivisor(op)))
    return Speculation::NotSpeculatable;
  return Speculation::Speculatable;
}

#define PYIR_RAISING_SPECULATABILITY(OP)                                       \
  Speculation::Speculatability OP::getSpeculatability() {                      \
    return getRaisingOpSpeculatability(*this);                                 \
  }

PYIR_RAISING_SPECULATABILITY(AddOp)
PYIR_RAISING_SPECULATABILITY(SubOp)
PYIR_RAISING_SPECULATABILITY(MulOp)
PYIR_RAISING_SPECULATABILITY(PowOp)
PYIR_RAISING_SPECULATABILITY(FloorDivOp)
PYIR_RAISING_SPECULATABILITY(ModOp)
PYIR_RAISING_SPECULATABILITY(TrueDivOp)
PYIR_RAISING_SPECULATABILITY(NegOp)
PYIR_RAISING_SPECULATABILITY(AbsOp)
PYIR_RAISING_SPECULATABILITY(ShlOp)
PYIR_RAISING_SPECULATABILITY(ShrOp)
PYIR_RAISING_SPECULATABILITY(CastOp)
PYIR_RAISING_SPECULATABILITY(RoundOp)
PYIR_RAISING_SPECULATABILITY(MathUnaryOp)
PYIR_RAISING_SPECULATABILITY(MathBinaryOp)
PYIR_RAISING_SPECULATABILITY(MathIsCloseOp)
PYIR_RAISING_SPECULATABILITY(LoadOp)
PYIR_RAISING_SPECULATABILITY(StoreOp)
PYIR_RAISING_SPECULATABILITY(RaiseOp)
PYIR_RAISING_SPECULATABILITY(AssertOp)
PYIR_RAISING_SPECULATABILITY(AllocOp)
PYIR_RAISING_SPECULATABILITY(SubviewOp)
#undef PYIR_RAISING_SPECULATABILITY

//===----------------------------------------------------------------------===//
// ConstantOp
//===----------------------------------------------------------------------===//

LogicalResult ConstantOp::verify() {
  Type type = getType();
  if (isPyFloatType(type) && isa<FloatAttr>(getValue()))
    return success();
  if ((isPyIntegerType(type) || isPyBoolType(type)) &&
      isa<IntegerAttr>(getValue()))
    return success();
  return emitOpError("value must be an integer or float attribute of a "
                     "scalar type, got ")
         << getValue();
}

//===----------------------------------------------------------------------===//
// Arithmetic
//===----------------------------------------------------------------------===//

LogicalResult AddOp::verify() {
  return verifyArithOverflowMode(*this, getType(), getOverflowAttr());
}
LogicalResult SubOp::verify() {
  return verifyArithOverflowMode(*this, getType(), getOverflowAttr());
}
LogicalResult MulOp::verify() {
  return verifyArithOverflowMode(*this, getType(), getOverflowAttr());
}
LogicalResult PowOp::verify() {
  return verifyArithOverflowMode(*this, getType(), getOverflowAttr());
}
LogicalResult NegOp::verify() {
  return verifyArithOverflowMode(*this, getType(), getOverflowAttr());
}
LogicalResult AbsOp::verify() {
  return verifyArithOverflowMode(*this, getType(), getOverflowAttr());
}
LogicalResult ShlOp::verify() {
  return verifyArithOverflowMode(*this, getType(), getOverflowAttr());
}

// What add, sub, mul, pow, neg, abs, floordiv, mod, truediv, shl, shr, the
// math ops, cast and round may raise is what their runtime function raises
// (include/pyir/Runtime/pyir_entries.h through Runtime.h), less
// ZeroDivisionError for a divisor known nonzero.
#define PYIR_RAISES_AS_RUNTIME(OP)                                             \
  bool OP::mayRaise() { return getRuntimeRaisedKinds(*this) != 0; }            \
  void OP::getRaisedKinds(SmallVectorImpl<ExceptionKind> &kinds) {             \
    getRuntimeRaisedKinds(*this, kinds);                                       \
  }
PYIR_RAISES_AS_RUNTIME(AddOp)
PYIR_RAISES_AS_RUNTIME(SubOp)
PYIR_RAISES_AS_RUNTIME(MulOp)
PYIR_RAISES_AS_RUNTIME(PowOp)
PYIR_RAISES_AS_RUNTIME(NegOp)
PYIR_RAISES_AS_RUNTIME(AbsOp)
PYIR_RAISES_AS_RUNTIME(FloorDivOp)
PYIR_RAISES_AS_RUNTIME(ModOp)
PYIR_RAISES_AS_RUNTIME(TrueDivOp)
PYIR_RAISES_AS_RUNTIME(ShlOp)
PYIR_RAISES_AS_RUNTIME(ShrOp)
PYIR_RAISES_AS_RUNTIME(MathUnaryOp)
PYIR_RAISES_AS_RUNTIME(MathBinaryOp)
PYIR_RAISES_AS_RUNTIME(MathIsCloseOp)
PYIR_RAISES_AS_RUNTIME(CastOp)
PYIR_RAISES_AS_RUNTIME(RoundOp)
#undef PYIR_RAISES_AS_RUNTIME

template <typename DivOp>
static LogicalResult verifyDivision(DivOp op) {
  if (failed(verifyArithOverflowMode(op, op.getType(), op.getOverflowAttr())))
    return failure();
  if (op.getCdivision() && !isPyIntegerType(op.getType()))
    return op.emitOpError("takes `cdivision` only on integers");
  return success();
}

LogicalResult FloorDivOp::verify() { return verifyDivision(*this); }
LogicalResult ModOp::verify() { return verifyDivision(*this); }

LogicalResult TrueDivOp::verify() {
  // The operands have one type (AllTypesMatch).
  Type operandType = getLhs().getType();
  Type expected = operandType.isF32() ? Type(operandType)
                                      : Type(Float64Type::get(getContext()));
  if (getType() != expected)
    return emitOpError("result must be ")
           << expected << " for " << operandType << " operands";
  if (getCdivision() && !isPyIntegerType(operandType))
    return emitOpError("takes `cdivision` only on integers");
  return success();
}

//===----------------------------------------------------------------------===//
// Shifts
//===----------------------------------------------------------------------===//

//===----------------------------------------------------------------------===//
// CmpOp, CastOp, RoundOp
//===----------------------------------------------------------------------===//

LogicalResult CmpOp::verify() {
  bool lhsBool = isPyBoolType(getLhs().getType());
  bool rhsBool = isPyBoolType(getRhs().getType());
  if (lhsBool != rhsBool)
    return emitOpError("compares a bool only with a bool; convert the other "
                       "operand first");
  return success();
}

LogicalResult CastOp::verify() {
  Type from = getInput().getType(), to = getType();
  if (failed(verifyOverflowMode(*this, to, getOverflowAttr())))
    return failure();
  if (from == to)
    return emitOpError("casts ") << from << " to itself";
  return success();
}

LogicalResult RoundOp::verify() {
  Type expected = getNdigits() ? getInput().getType()
                               : Type(IntegerType::get(getContext(), 64));
  if (getType() != expected)
    return emitOpError("result must be ")
           << expected << (getNdigits() ? " with ndigits" : " without ndigits");
  return success();
}

//===----------------------------------------------------------------------===//
// math
//===----------------------------------------------------------------------===//

/// A math op's operands are those of its runtime function (pyir_entries.h):
/// an `int` (i64) for an int64_t, a float (f64 or f32) for a double.
static LogicalResult verifyMathOperands(Operation *op, StringRef name) {
  const RuntimeFunction *fn = getRuntimeFunction(op);
  if (!fn)
    return op->emitOpError("math.") << name << " has no runtime function";
  for (auto [i, operand] : llvm::enumerate(op->getOperands())) {
    Type type = operand.getType();
    bool isInt = fn->operandCTypes[i] == "int64_t";
    if (isInt ? !type.isSignlessInteger(64) : !isa<FloatType>(type))
      return op->emitOpError("math.")
             << name << " operand #" << i << " must be "
             << (isInt ? "i64" : "a float") << ", not " << type;
  }
  return success();
}

LogicalResult MathUnaryOp::verify() {
  StringRef name = stringifyUnaryMathFn(getFn());
  if (failed(verifyMathOperands(*this, name)))
    return failure();
  Type expected = getOperand().getType();
  switch (getRuntimeFunction(*this)->result) {
  case RuntimeResult::I64:
    expected = IntegerType::get(getContext(), 64);
    break;
  case RuntimeResult::Bool:
    expected = IntegerType::get(getContext(), 1);
    break;
  case RuntimeResult::Same:
  case RuntimeResult::F64:
    break;
  }
  if (getType() != expected)
    return emitOpError("math.")
           << name << " returns " << expected << ", not " << getType();
  return success();
}

LogicalResult MathBinaryOp::verify() {
  return verifyMathOperands(*this, stringifyBinaryMathFn(getFn()));
}

//===----------------------------------------------------------------------===//
// Views
//===----------------------------------------------------------------------===//

/// The axis of pyir.dim and pyir.stride: in [0, rank).
static LogicalResult verifyAxis(Operation *op, Value view, int64_t axis) {
  auto viewType = cast<ViewType>(view.getType());
  if (axis < 0 || axis >= int64_t(viewType.getRank()))
    return op->emitOpError("axis ")
           << axis << " is out of range for a view of rank "
           << viewType.getRank();
  return success();
}

LogicalResult DimOp::verify() {
  return verifyAxis(*this, getView(), getAxisAttr().getInt());
}

/// Checks the index count shared by load and store (the element type is
/// checked by their TypesMatchWith constraint).
static LogicalResult verifyAccess(Operation *op, ViewType viewType,
                                  ValueRange indices) {
  if (indices.size() != viewType.getRank())
    return op->emitOpError("needs ") << viewType.getRank() << " indices for "
                                     << viewType << ", got " << indices.size();
  return success();
}

void LoadOp::build(OpBuilder &builder, OperationState &state, Value view,
                   ValueRange indices, bool boundscheck, bool wraparound) {
  auto viewType = cast<ViewType>(view.getType());
  build(builder, state, viewType.getElementType(), view, indices, boundscheck,
        wraparound);
}

LogicalResult LoadOp::verify() {
  return verifyAccess(*this, getViewType(), getIndices());
}
bool LoadOp::mayRaise() { return getBoundscheck(); }
void LoadOp::getEffects(
    SmallVectorImpl<SideEffects::EffectInstance<MemoryEffects::Effect>>
        &effects) {
  effects.emplace_back(MemoryEffects::Read::get(), &getViewMutable(),
                       SideEffects::DefaultResource::get());
  addRaiseEffect(*this, effects);
}

LogicalResult StoreOp::verify() {
  return verifyAccess(*this, getViewType(), getIndices());
}
bool StoreOp::mayRaise() { return getBoundscheck(); }
void LoadOp::getRaisedKinds(SmallVectorImpl<ExceptionKind> &kinds) {
  kinds.push_back(ExceptionKind::IndexError);
}
void StoreOp::getRaisedKinds(SmallVectorImpl<ExceptionKind> &kinds) {
  kinds.push_back(ExceptionKind::IndexError);
}
void StoreOp::getEffects(
    SmallVectorImpl<SideEffects::EffectInstance<MemoryEffects::Effect>>
        &effects) {
  effects.emplace_back(MemoryEffects::Write::get(), &getViewMutable(),
                       SideEffects::DefaultResource::get());
  addRaiseEffect(*this, effects);
}

/// The effects of an op whose result a slot of the function owns in the C
/// backend (alloc, subview, view_ref): the slot is reused when the op runs
/// again, so no access to a view moves across it, and the op is never
/// CSE'd or hoisted.
static void addSlotEffects(
    Operation *op,
    SmallVectorImpl<SideEffects::EffectInstance<MemoryEffects::Effect>>
        &effects) {
  effects.emplace_back(MemoryEffects::Allocate::get(), op->getOpResult(0),
                       SideEffects::DefaultResource::get());
  effects.emplace_back(MemoryEffects::Write::get(),
                       SideEffects::DefaultResource::get());
}

LogicalResult AllocOp::verify() {
  ViewType viewType = getViewType();
  if (getShape().size() != viewType.getRank())
    return emitOpError("needs ") << viewType.getRank() << " extents for "
                                 << viewType << ", got " << getShape().size();
  if (!viewType.getContiguous())
    return emitOpError("allocates C-contiguous arrays, not ") << viewType;
  return success();
}
bool AllocOp::mayRaise() { return true; }
void AllocOp::getRaisedKinds(SmallVectorImpl<ExceptionKind> &kinds) {
  kinds.push_back(ExceptionKind::ValueError);
  kinds.push_back(ExceptionKind::MemoryError);
}
void AllocOp::getEffects(
    SmallVectorImpl<SideEffects::EffectInstance<MemoryEffects::Effect>>
        &effects) {
  addSlotEffects(*this, effects);
  addRaiseEffect(*this, effects);
}

LogicalResult StrideOp::verify() {
  return verifyAxis(*this, getView(), getAxisAttr().getInt());
}

LogicalResult SubviewOp::verify() {
  ViewType base = getBaseType(), result = getViewType();
  ArrayRef<int64_t> keys = getKeys();
  int64_t count = 0;
  for (int64_t code : keys) {
    int n = view_key::getNumOperands(code);
    if (n < 0)
      return emitOpError("key item ")
             << code << " is neither an index (-1) nor a slice (0 to 7)";
    count += n;
  }
  if (count != int64_t(getValues().size()))
    return emitOpError("keys take ")
           << count << " values, got " << getValues().size();
  std::optional<SlicedView> sliced =
      inferSlicedView(base.getRank(), base.getContiguous(), keys);
  if (!sliced)
    return emitOpError("keys of ")
           << keys.size() << " items do not slice a view of rank "
           << base.getRank() << " (at most one item per axis, one slice kept)";
  ViewType expected =
      ViewType::get(base.getElementType(), sliced->rank, sliced->contiguous);
  if (result != expected)
    return emitOpError("result should be ") << expected << ", not " << result;
  return success();
}
bool SubviewOp::mayRaise() { return true; }
void SubviewOp::getRaisedKinds(SmallVectorImpl<ExceptionKind> &kinds) {
  kinds.push_back(ExceptionKind::IndexError);
  kinds.push_back(ExceptionKind::ValueError);
  // What slicing the owner raises (a bytearray, a 2-D memoryview).
  kinds.push_back(ExceptionKind::TypeError);
  kinds.push_back(ExceptionKind::NotImplementedError);
}

void SubviewOp::getEffects(
    SmallVectorImpl<SideEffects::EffectInstance<MemoryEffects::Effect>>
        &effects) {
  addSlotEffects(*this, effects);
  addRaiseEffect(*this, effects);
}

void ViewRefOp::getEffects(
    SmallVectorImpl<SideEffects::EffectInstance<MemoryEffects::Effect>>
        &effects) {
  addSlotEffects(*this, effects);
}

OpFoldResult ViewRefOp::fold(FoldAdaptor) {
  // A parameter is not in a slot: nothing rebinds it during the call.
  auto arg = dyn_cast<BlockArgument>(getSource());
  Region *region = arg ? arg.getOwner()->getParent() : nullptr;
  if (region && arg.getOwner()->isEntryBlock() &&
      isa_and_nonnull<FunctionOpInterface>(region->getParentOp()))
    return getSource();
  return {};
}

//===----------------------------------------------------------------------===//
// Tuples
//===----------------------------------------------------------------------===//

LogicalResult
TupleOp::inferReturnTypes(MLIRContext *context, std::optional<Location>,
                          ValueRange operands, DictionaryAttr, OpaqueProperties,
                          RegionRange,
                          SmallVectorImpl<Type> &inferredReturnTypes) {
  inferredReturnTypes.push_back(TupleType::get(context, operands.getTypes()));
  return success();
}

void TupleGetOp::build(OpBuilder &builder, OperationState &state, Value tuple,
                       int64_t index) {
  auto tupleType = cast<TupleType>(tuple.getType());
  build(builder, state, tupleType.getType(index), tuple,
        builder.getI64IntegerAttr(index));
}

LogicalResult TupleGetOp::verify() {
  auto tupleType = cast<TupleType>(getTuple().getType());
  int64_t size = tupleType.size();
  int64_t index = getIndexAttr().getInt();
  if (index < 0 || index >= size)
    return emitOpError("index ")
           << index << " is out of range for " << tupleType;
  if (tupleType.getType(index) != getType())
    return emitOpError("result type ")
           << getType() << " does not match element " << index << " of "
           << tupleType;
  return success();
}

//===----------------------------------------------------------------------===//
// Exceptions
//===----------------------------------------------------------------------===//

bool RaiseOp::mayRaise() { return true; }

bool AssertOp::mayRaise() { return !matchPattern(getCondition(), m_One()); }
void RaiseOp::getRaisedKinds(SmallVectorImpl<ExceptionKind> &kinds) {
  kinds.push_back(getKind());
}
void AssertOp::getRaisedKinds(SmallVectorImpl<ExceptionKind> &kinds) {
  kinds.push_back(getKind());
}

LogicalResult AssertOp::canonicalize(AssertOp op, PatternRewriter &rewriter) {
  if (!matchPattern(op.getCondition(), m_One()))
    return failure();
  rewriter.eraseOp(op);
  return success();
}

//===----------------------------------------------------------------------===//
// FloorDivOp
//===----------------------------------------------------------------------===//

LogicalResult FloorDivOp::canonicalize(FloorDivOp op,
                                       PatternRewriter &rewriter) {
  Type type = op.getType();
  APInt divisor;
  if (!isPyIntegerType(type) || op.getCdivision() ||
      !matchPattern(op.getRhs(), m_ConstantInt(&divisor)))
    return failure();
  // 2**k as a positive value of the type (for a signed type, below its
  // sign bit).
  bool isSigned = !type.isUnsignedInteger();
  if (!divisor.isPowerOf2() || divisor.isOne() ||
      (isSigned && divisor.isNegative()))
    return failure();
  Value count =
      ConstantOp::create(rewriter, op.getLoc(), type,
                         rewriter.getIntegerAttr(type, divisor.logBase2()));
  rewriter.replaceOpWithNewOp<ShrOp>(op, type, op.getLhs(), count);
  return success();
}

#define GET_OP_CLASSES
#include "pyir/Dialect/PyIR/IR/PyIROps.cpp.inc"
