//===- Arrays.cpp - arrays that compiled code owns --------------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// The ownership of arrays (docs/CBackend.md, "Arrays"): each op that makes
// a view (pyir.alloc, pyir.subview, pyir.view_ref, a call returning a view)
// has a *slot* of its function, `pyir_arrays[k]`, a pyir_oview holding one
// reference to the view's owner. Running the op again (in a loop) replaces
// the slot's content, releasing what it held; every return of the function
// releases every slot. A returned view is copied, with a new reference,
// into the caller's storage: the callee's `pyir_result` for a call, the
// glue's for Python. Views are immutable in the core, so a slot is only
// rewritten by its own op, which rebinds the local that pointed at the old
// view; a local bound to another local's view gets a slot of its own
// (pyir.view_ref), so that no value outlives its slot's content.
//
//===----------------------------------------------------------------------===//

#include "PyIRToEmitCInternal.h"

#include "pyir/Dialect/PyIR/IR/PyIROps.h"
#include "pyir/Dialect/PyIR/IR/PyIRTypes.h"
#include "pyir/Dialect/PyIR/IR/ViewSlicing.h"

#include "mlir/Dialect/EmitC/IR/EmitC.h"
#include "mlir/Transforms/DialectConversion.h"

using namespace mlir;
using namespace pyir;
using namespace pyir::detail;

/// Attributes the patterns leave on an emitc.func for finalizeArraySlots:
/// the number of slots, and how many views a call returns at most into
/// `pyir_result` (one per view of a tuple).
static constexpr StringLiteral kNumSlotsAttr = "pyir_num_slots";
static constexpr StringLiteral kNumResultsAttr = "pyir_num_results";

static Value emitSlotPointer(OpBuilder &builder, Location loc, StringRef macro,
                             ArrayAttr args) {
  return emitc::CallOpaqueOp::create(
             builder, loc, TypeRange{getViewPtrType(builder.getContext())},
             macro, ValueRange{}, args)
      .getResult(0);
}

Value pyir::detail::emitNewSlot(OpBuilder &builder, Operation *op) {
  auto func = op->getParentOfType<emitc::FuncOp>();
  assert(func && "a slot outside a lowered function");
  auto count = func->getAttrOfType<IntegerAttr>(kNumSlotsAttr);
  int64_t k = count ? count.getInt() : 0;
  func->setAttr(kNumSlotsAttr, builder.getI64IntegerAttr(k + 1));
  return emitSlotPointer(builder, op->getLoc(), "PYIR_SLOT",
                         builder.getArrayAttr({builder.getI64IntegerAttr(k)}));
}

Value pyir::detail::emitResultStorage(OpBuilder &builder, Operation *op,
                                      unsigned index) {
  auto func = op->getParentOfType<emitc::FuncOp>();
  auto count = func->getAttrOfType<IntegerAttr>(kNumResultsAttr);
  if (!count || count.getInt() <= index)
    func->setAttr(kNumResultsAttr, builder.getI64IntegerAttr(index + 1));
  return emitSlotPointer(
      builder, op->getLoc(), "PYIR_RESULT",
      builder.getArrayAttr({builder.getI64IntegerAttr(index)}));
}

void pyir::detail::finalizeArraySlots(emitc::FuncOp func) {
  auto count = func->getAttrOfType<IntegerAttr>(kNumSlotsAttr);
  auto numResults = func->getAttrOfType<IntegerAttr>(kNumResultsAttr);
  func->removeAttr(kNumSlotsAttr);
  func->removeAttr(kNumResultsAttr);
  if (!count || func.getBody().empty())
    return;
  int64_t n = count.getInt();
  OpBuilder builder(func.getContext());
  builder.setInsertionPointToStart(&func.getBody().front());
  std::string decl = "pyir_oview pyir_arrays[" + std::to_string(n) + "] = {0};";
  if (numResults)
    decl += "\npyir_oview pyir_result[" + std::to_string(numResults.getInt()) +
            "];";
  emitc::VerbatimOp::create(builder, func.getLoc(), decl);
  // A call, not a verbatim: the printer folds no expression across it (a
  // returned value read from an array is computed before the release).
  func.walk([&](emitc::ReturnOp ret) {
    builder.setInsertionPoint(ret);
    emitc::CallOpaqueOp::create(
        builder, ret.getLoc(), TypeRange{}, "pyir_slots_release", ValueRange{},
        builder.getArrayAttr(
            {emitc::OpaqueAttr::get(func.getContext(), "pyir_arrays"),
             builder.getI32IntegerAttr(n)}));
  });
}

namespace {

/// The struct code of an element type (what the glue allocates with).
char getElementCode(Type element) {
  if (element.isF64())
    return 'd';
  if (element.isF32())
    return 'f';
  bool isUnsigned = element.isUnsignedInteger();
  switch (element.getIntOrFloatBitWidth()) {
  case 8:
    return isUnsigned ? 'B' : 'b';
  case 16:
    return isUnsigned ? 'H' : 'h';
  case 32:
    return isUnsigned ? 'I' : 'i';
  default:
    return isUnsigned ? 'Q' : 'q';
  }
}

/// `pyir_view_alloc(slot, code, itemsize, zero, rank, d0..d3, err)`.
struct AllocLowering : OpConversionPattern<AllocOp> {
  using Base::Base;
  LogicalResult
  matchAndRewrite(AllocOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Type element = op.getViewType().getElementType();
    Value slot = emitNewSlot(rewriter, op);
    SmallVector<Value> operands{
        slot,
        emitc::ConstantOp::create(
            rewriter, loc, emitc::OpaqueType::get(getContext(), "char"),
            emitc::OpaqueAttr::get(
                getContext(),
                "'" + std::string(1, getElementCode(element)) + "'")),
        createI64Constant(rewriter, loc, element.getIntOrFloatBitWidth() / 8),
        createI32Constant(rewriter, loc, op.getZero() ? 1 : 0),
        createI32Constant(rewriter, loc, op.getShape().size())};
    for (unsigned axis = 0; axis < 4; ++axis)
      operands.push_back(axis < adaptor.getShape().size()
                             ? adaptor.getShape()[axis]
                             : createI64Constant(rewriter, loc, 0));
    emitRaisingCall(rewriter, op, "pyir_view_alloc", operands, TypeRange{});
    rewriter.replaceOp(op, slot);
    return success();
  }
};

/// `pyir_view_subview(slot, base, param, rank, nkeys, nindices, then per
/// axis the key code and three values (0 where absent), err)`.
struct SubviewLowering : OpConversionPattern<SubviewOp> {
  using Base::Base;
  LogicalResult
  matchAndRewrite(SubviewOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    ArrayRef<int64_t> keys = op.getKeys();
    Value slot = emitNewSlot(rewriter, op);
    // A parameter's owner is alive for the whole call: the slice need not
    // count a reference to it.
    auto arg = dyn_cast<BlockArgument>(adaptor.getBase());
    bool param = arg && arg.getOwner()->getParent() &&
                 arg.getOwner()->isEntryBlock() &&
                 isa<emitc::FuncOp>(arg.getOwner()->getParentOp());
    SmallVector<Value> operands{
        slot,
        adaptor.getBase(),
        createI32Constant(rewriter, loc, param),
        createI32Constant(rewriter, loc, op.getBaseType().getRank()),
        createI32Constant(rewriter, loc, keys.size()),
        createI32Constant(rewriter, loc, llvm::count(keys, view_key::kIndex))};
    ValueRange values = adaptor.getValues();
    for (unsigned axis = 0; axis < ViewType::kMaxRank; ++axis) {
      int64_t code = axis < keys.size() ? keys[axis] : 0;
      int n = axis < keys.size() ? view_key::getNumOperands(code) : 0;
      operands.push_back(createI64Constant(rewriter, loc, code));
      for (int k = 0; k < 3; ++k)
        operands.push_back(k < n ? values[k]
                                 : createI64Constant(rewriter, loc, 0));
      values = values.drop_front(n);
    }
    emitRaisingCall(rewriter, op, "pyir_view_subview", operands, TypeRange{});
    rewriter.replaceOp(op, slot);
    return success();
  }
};

/// `pyir_view_ref(slot, source)`.
struct ViewRefLowering : OpConversionPattern<ViewRefOp> {
  using Base::Base;
  LogicalResult
  matchAndRewrite(ViewRefOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Value slot = emitNewSlot(rewriter, op);
    emitc::CallOpaqueOp::create(rewriter, op.getLoc(), TypeRange{},
                                "pyir_view_ref",
                                ValueRange{slot, adaptor.getSource()});
    rewriter.replaceOp(op, slot);
    return success();
  }
};

} // namespace

void pyir::detail::populateArrayPatterns(const TypeConverter &converter,
                                         RewritePatternSet &patterns) {
  patterns.add<AllocLowering, SubviewLowering, ViewRefLowering>(
      converter, patterns.getContext());
}
