//===- Exceptions.cpp - raise and assert to EmitC ---------------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// `raise` and `assert`: fill in the error record and take the error exit.
//
//===----------------------------------------------------------------------===//

#include "PyIRToEmitCInternal.h"

#include "pyir/Dialect/PyIR/IR/PyIRDialect.h"
#include "pyir/Dialect/PyIR/IR/PyIROps.h"
#include "pyir/Dialect/PyIR/IR/PyIRTypes.h"

#include "mlir/Dialect/EmitC/IR/EmitC.h"
#include "mlir/Transforms/DialectConversion.h"

using namespace mlir;
using namespace pyir;
using namespace pyir::detail;

namespace {

/// `pyir_error_raise(err, PYIR_EXC_<kind>, "message", line)`.
void emitRaise(ConversionPatternRewriter &rewriter, Location loc, Value err,
               ExceptionKind kind, std::optional<StringRef> message) {
  MLIRContext *ctx = rewriter.getContext();
  emitc::CallOpaqueOp::create(
      rewriter, loc, TypeRange{}, "pyir_error_raise", ValueRange{err},
      rewriter.getArrayAttr(
          {IntegerAttr::get(IndexType::get(ctx), 0),
           emitc::OpaqueAttr::get(ctx, "PYIR_EXC_" +
                                           stringifyExceptionKind(kind).str()),
           emitc::OpaqueAttr::get(ctx, getCStringLiteral(message.value_or(""))),
           IntegerAttr::get(IntegerType::get(ctx, 32), getSourceLine(loc))}));
}

/// `pyir.raise` ends the function; the dead ops after it (the frontend's
/// dummy return) move to an unreachable block that the pass erases.
struct RaiseLowering : OpConversionPattern<RaiseOp> {
  using Base::Base;
  LogicalResult
  matchAndRewrite(RaiseOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Block *block = op->getBlock();
    if (std::next(op->getIterator()) != block->end())
      rewriter.splitBlock(block, std::next(op->getIterator()));
    rewriter.setInsertionPoint(op);
    emitRaise(rewriter, loc, getErrorArg(op), op.getKind(), op.getMessage());
    emitc::ReturnOp::create(rewriter, loc,
                            createI32Constant(rewriter, loc, -1));
    rewriter.eraseOp(op);
    return success();
  }
};

struct AssertLowering : OpConversionPattern<AssertOp> {
  using Base::Base;
  LogicalResult
  matchAndRewrite(AssertOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Block *before = op->getBlock();
    Value err = getErrorArg(op);
    Block *cont = rewriter.splitBlock(before, op->getIterator());
    Block *raiseBlock;
    {
      OpBuilder::InsertionGuard guard(rewriter);
      raiseBlock =
          rewriter.createBlock(before->getParent(), before->getParent()->end());
      emitRaise(rewriter, loc, err, op.getKind(), op.getMessage());
      emitc::ReturnOp::create(rewriter, loc,
                              createI32Constant(rewriter, loc, -1));
    }
    rewriter.setInsertionPointToEnd(before);
    cf::CondBranchOp::create(rewriter, loc, adaptor.getCondition(), cont,
                             ValueRange{}, raiseBlock, ValueRange{});
    rewriter.eraseOp(op);
    return success();
  }
};

} // namespace

void pyir::detail::populateExceptionPatterns(const TypeConverter &converter,
                                             RewritePatternSet &patterns) {
  patterns.add<RaiseLowering, AssertLowering>(converter, patterns.getContext());
}
