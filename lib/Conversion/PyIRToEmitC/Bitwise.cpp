//===- Bitwise.cpp - pyir bitwise operations to EmitC -----------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// Python's bitwise operations, as C operators. (The other arithmetic ops
// are calls of the runtime: RuntimeCalls.cpp.)
//
//===----------------------------------------------------------------------===//

#include "PyIRToEmitCInternal.h"

#include "pyir/Dialect/PyIR/IR/PyIROps.h"

#include "mlir/Dialect/EmitC/IR/EmitC.h"
#include "mlir/Transforms/DialectConversion.h"

using namespace mlir;
using namespace pyir;
using namespace pyir::detail;

namespace {

template <typename OpTy, typename EmitCOpTy>
struct BitwiseLowering : OpConversionPattern<OpTy> {
  using OpConversionPattern<OpTy>::OpConversionPattern;
  LogicalResult
  matchAndRewrite(OpTy op, typename OpTy::Adaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    rewriter.replaceOpWithNewOp<EmitCOpTy>(op, op.getType(), adaptor.getLhs(),
                                           adaptor.getRhs());
    return success();
  }
};

struct InvertLowering : OpConversionPattern<InvertOp> {
  using Base::Base;
  LogicalResult
  matchAndRewrite(InvertOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    rewriter.replaceOpWithNewOp<emitc::BitwiseNotOp>(op, op.getType(),
                                                     adaptor.getOperand());
    return success();
  }
};

} // namespace

void pyir::detail::populateBitwisePatterns(const TypeConverter &converter,
                                           RewritePatternSet &patterns) {
  patterns.add<BitwiseLowering<AndOp, emitc::BitwiseAndOp>,
               BitwiseLowering<OrOp, emitc::BitwiseOrOp>,
               BitwiseLowering<XorOp, emitc::BitwiseXorOp>, InvertLowering>(
      converter, patterns.getContext());
}
