//===- Views.cpp - pyir views to EmitC --------------------------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// View dimensions, element loads and stores through pyir_view (bounds and
// negative indices as the op says), and the hoisting of view field reads.
//
//===----------------------------------------------------------------------===//

#include "PyIRToEmitCInternal.h"

#include "pyir/Dialect/PyIR/IR/PyIRDialect.h"
#include "pyir/Dialect/PyIR/IR/PyIROps.h"
#include "pyir/Dialect/PyIR/IR/PyIRTypes.h"
#include "pyir/Dialect/PyIR/IR/Runtime.h"

#include "mlir/Dialect/EmitC/IR/EmitC.h"
#include "mlir/Transforms/DialectConversion.h"

using namespace mlir;
using namespace pyir;
using namespace pyir::detail;

namespace {

/// Emits `callee(view, axis)`: a field of the view descriptor (`pyir_view_dim`
/// or `pyir_view_stride`). Views are immutable, so these reads are hoisted to
/// the function entry after the conversion (hoistViewFieldReads).
Value emitViewField(OpBuilder &builder, Location loc, Value view,
                    StringRef callee, unsigned axis) {
  MLIRContext *ctx = builder.getContext();
  return emitc::CallOpaqueOp::create(
             builder, loc, TypeRange{builder.getI64Type()}, callee,
             ValueRange{view},
             builder.getArrayAttr(
                 {IntegerAttr::get(IndexType::get(ctx), 0),
                  IntegerAttr::get(IntegerType::get(ctx, 32), axis)}))
      .getResult(0);
}

/// Emits `pyir_view_data(view)`, the `char *` data pointer.
Value emitViewData(OpBuilder &builder, Location loc, Value view) {
  Type charPtr = emitc::PointerType::get(
      emitc::OpaqueType::get(builder.getContext(), "char"));
  return emitPureCall(builder, loc, kViewDataFn, charPtr, ValueRange{view});
}

/// `a.shape[k]` (pyir_view_dim) and `a.strides[k]` (pyir_view_stride): a
/// field of the view descriptor.
template <typename OpTy>
struct ViewFieldLowering : OpConversionPattern<OpTy> {
  ViewFieldLowering(const TypeConverter &converter, MLIRContext *context,
                    StringRef callee)
      : OpConversionPattern<OpTy>(converter, context), callee(callee) {}
  LogicalResult
  matchAndRewrite(OpTy op, typename OpTy::Adaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    rewriter.replaceOp(op,
                       emitViewField(rewriter, op.getLoc(), adaptor.getView(),
                                     callee, op.getAxis()));
    return success();
  }
  StringRef callee;
};

/// Normalises the indices (wrap-around, bounds check) and returns the byte
/// offset of the element: the sum of index * stride, where the stride of the
/// last axis of a contiguous (`::1`) view is the element size.
Value emitElementOffset(ConversionPatternRewriter &rewriter, Operation *op,
                        Value view, ViewType viewType, ValueRange indices,
                        bool boundscheck, bool wraparound) {
  Location loc = op->getLoc();
  Type i64 = rewriter.getI64Type();
  Value offset;
  for (auto [axis, index] : llvm::enumerate(indices)) {
    Value normalized = index;
    if (boundscheck || wraparound) {
      Value extent = emitViewField(rewriter, loc, view, kViewDimFn, axis);
      if (boundscheck)
        normalized =
            emitRaisingCall(rewriter, op,
                            wraparound ? "pyir_index_wb" : "pyir_index_b",
                            ValueRange{extent, index}, TypeRange{i64})
                .front();
      else
        normalized = emitPureCall(rewriter, loc, "pyir_index_w", i64,
                                  ValueRange{extent, index});
    }
    Value stride;
    if (viewType.getContiguous() && axis + 1 == indices.size())
      stride = emitc::ConstantOp::create(
          rewriter, loc, i64,
          rewriter.getI64IntegerAttr(
              viewType.getElementType().getIntOrFloatBitWidth() / 8));
    else
      stride = emitViewField(rewriter, loc, view, kViewStrideFn, axis);
    Value term = emitc::MulOp::create(rewriter, loc, i64, normalized, stride);
    offset =
        offset ? emitc::AddOp::create(rewriter, loc, i64, offset, term) : term;
  }
  return offset;
}

struct LoadLowering : OpConversionPattern<LoadOp> {
  using Base::Base;
  LogicalResult
  matchAndRewrite(LoadOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    std::string suffix = getRuntimeFixedName(op.getType());
    if (suffix.empty())
      return rewriter.notifyMatchFailure(op, "unsupported element type");
    Value offset = emitElementOffset(
        rewriter, op, adaptor.getView(), cast<ViewType>(op.getView().getType()),
        adaptor.getIndices(), op.getBoundscheck(), op.getWraparound());
    Value data = emitViewData(rewriter, op.getLoc(), adaptor.getView());
    rewriter.replaceOp(op, emitPureCall(rewriter, op.getLoc(),
                                        "pyir_load_at_" + suffix, op.getType(),
                                        ValueRange{data, offset}));
    return success();
  }
};

struct StoreLowering : OpConversionPattern<StoreOp> {
  using Base::Base;
  LogicalResult
  matchAndRewrite(StoreOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    std::string suffix = getRuntimeFixedName(op.getValue().getType());
    if (suffix.empty())
      return rewriter.notifyMatchFailure(op, "unsupported element type");
    Value offset = emitElementOffset(
        rewriter, op, adaptor.getView(), cast<ViewType>(op.getView().getType()),
        adaptor.getIndices(), op.getBoundscheck(), op.getWraparound());
    Value data = emitViewData(rewriter, op.getLoc(), adaptor.getView());
    emitc::CallOpaqueOp::create(rewriter, op.getLoc(), TypeRange{},
                                "pyir_store_at_" + suffix,
                                ValueRange{data, offset, adaptor.getValue()});
    rewriter.eraseOp(op);
    return success();
  }
};

} // namespace

/// Moves the reads of view fields (pyir_view_data/dim/stride of a function
/// argument) to the function entry, one per field, at the function's
/// location: views are immutable, so the C compiler sees locals that no
/// store through a data pointer can modify.
void pyir::detail::hoistViewFieldReads(emitc::FuncOp func) {
  if (func.getBody().empty())
    return;
  Block &entry = func.getBody().front();
  using Key = std::tuple<StringRef, Value, Attribute>;
  DenseMap<Key, emitc::CallOpaqueOp> hoisted;
  SmallVector<emitc::CallOpaqueOp> reads;
  func.walk([&](emitc::CallOpaqueOp call) {
    StringRef callee = call.getCallee();
    if (callee != kViewDataFn && callee != kViewDimFn &&
        callee != kViewStrideFn)
      return;
    auto arg = dyn_cast<BlockArgument>(call.getOperand(0));
    if (!arg || arg.getOwner() != &entry)
      return;
    reads.push_back(call);
  });
  // Insert in the order of first use, after the previously hoisted reads.
  Operation *insertAfter = nullptr;
  for (emitc::CallOpaqueOp call : reads) {
    Key key{call.getCallee(), call.getOperand(0), call.getArgsAttr()};
    auto [it, inserted] = hoisted.try_emplace(key, call);
    if (!inserted) {
      call.getResult(0).replaceAllUsesWith(it->second.getResult(0));
      call.erase();
      continue;
    }
    if (insertAfter)
      call->moveAfter(insertAfter);
    else
      call->moveBefore(&entry, entry.begin());
    insertAfter = call;
    // It runs on entry, not on the line of its first use: a breakpoint on
    // that line (in a loop) must not stop once before the loop instead.
    call->setLoc(func.getLoc());
  }
}

namespace {

/// The frontend casts a contiguous view to a strided view parameter type;
/// both lower to `pyir_view *`.
struct ViewCastLowering : OpConversionPattern<UnrealizedConversionCastOp> {
  using Base::Base;
  LogicalResult
  matchAndRewrite(UnrealizedConversionCastOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (op->getNumOperands() != 1 || op->getNumResults() != 1 ||
        !isa<ViewType>(op->getOperand(0).getType()) ||
        !isa<ViewType>(op->getResult(0).getType()))
      return rewriter.notifyMatchFailure(op, "not a view-to-view cast");
    rewriter.replaceOp(op, adaptor.getOperands());
    return success();
  }
};

} // namespace

void pyir::detail::populateViewPatterns(const TypeConverter &converter,
                                        RewritePatternSet &patterns) {
  patterns.add<ViewFieldLowering<DimOp>>(converter, patterns.getContext(),
                                         kViewDimFn);
  patterns.add<ViewFieldLowering<StrideOp>>(converter, patterns.getContext(),
                                            kViewStrideFn);
  patterns.add<LoadLowering, StoreLowering, ViewCastLowering>(
      converter, patterns.getContext());
}
