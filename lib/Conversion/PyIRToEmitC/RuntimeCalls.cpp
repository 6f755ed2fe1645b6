//===- RuntimeCalls.cpp - pyir ops that are a runtime call ------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// Python's arithmetic (+ - * / // % **, unary -, abs, << >>) and the math
// module's functions: each op is one call of the pyir_<family>_<entry> the
// runtime's table gives (Runtime.h, include/pyir/Runtime/pyir_entries.h),
// raising or not as its shape says; float +, -, * and unary - are C
// operators.
//
//===----------------------------------------------------------------------===//

#include "PyIRToEmitCInternal.h"

#include "pyir/Dialect/PyIR/IR/PyIRDialect.h"
#include "pyir/Dialect/PyIR/IR/PyIROps.h"
#include "pyir/Dialect/PyIR/IR/Runtime.h"

#include "mlir/Dialect/EmitC/IR/EmitC.h"
#include "mlir/Transforms/DialectConversion.h"

using namespace mlir;
using namespace pyir;
using namespace pyir::detail;

namespace {

/// Float +, -, * and unary -: C operators (the runtime has no entry).
Value emitFloatOperator(ConversionPatternRewriter &rewriter, Operation *op,
                        ValueRange operands) {
  Location loc = op->getLoc();
  Type type = op->getResult(0).getType();
  if (isa<AddOp>(op))
    return emitc::AddOp::create(rewriter, loc, type, operands[0], operands[1]);
  if (isa<SubOp>(op))
    return emitc::SubOp::create(rewriter, loc, type, operands[0], operands[1]);
  if (isa<MulOp>(op))
    return emitc::MulOp::create(rewriter, loc, type, operands[0], operands[1]);
  if (isa<NegOp>(op))
    return emitc::UnaryMinusOp::create(rewriter, loc, type, operands[0]);
  return {};
}

/// add, sub, mul, pow, floordiv, mod, truediv, neg, abs, shl, shr and the
/// math functions: a call of the runtime function the table gives
/// (Runtime.h), raising or not as its shape says, its result cast to the
/// op's type.
template <typename OpTy>
struct RuntimeCallLowering : OpConversionPattern<OpTy> {
  using OpConversionPattern<OpTy>::OpConversionPattern;

  LogicalResult
  matchAndRewrite(OpTy op, typename OpTy::Adaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    SmallVector<Value> operands(adaptor.getOperands());
    // A float division by a divisor proven nonzero is IEEE division, C's
    // `/`: the runtime function adds only the zero test. (Its call after
    // PYIR_ASSUME_NONZERO folds to the same division, but GCC 12 does not
    // vectorize a loop across the assumption's branch: spectral-norm's
    // inner loop.)
    if (isa<TrueDivOp>(op) && isa<FloatType>(op->getOperand(0).getType()) &&
        op->getOperand(0).getType() == op.getType() &&
        PyIRDialect::hasNonzeroDivisor(op)) {
      rewriter.replaceOpWithNewOp<emitc::DivOp>(op, op.getType(), operands[0],
                                                operands[1]);
      return success();
    }
    const RuntimeFunction *fn = getRuntimeFunction(op);
    if (!fn) {
      if (!isa<FloatType>(op.getType()))
        return rewriter.notifyMatchFailure(op, "no runtime function");
      Value result = emitFloatOperator(rewriter, op, operands);
      if (!result)
        return rewriter.notifyMatchFailure(op, "no runtime function");
      rewriter.replaceOp(op, result);
      return success();
    }
    // A known-nonzero divisor lets the C compiler drop the zero check of a
    // raising division (cdiv/cmod have none).
    if (fn->raising && PyIRDialect::hasNonzeroDivisor(op))
      emitAssumeNonZero(rewriter, loc, operands[1]);
    // Float operands as the function's C type (math takes doubles, and
    // ldexp an int64_t exponent); integer operands of an integer family are
    // of the family's type already.
    MLIRContext *context = op.getContext();
    Type operandType = op->getOperand(0).getType();
    if (FloatType floatType = fn->getFloatOperandType(context)) {
      operandType = floatType;
      for (auto [i, operand] : llvm::enumerate(operands))
        if (Type cType = fn->getOperandType(i, context))
          operand = castTo(rewriter, loc, operand, cType);
    }
    Type resultType = fn->getResultType(operandType);
    Value result = fn->raising
                       ? emitRaisingCall(rewriter, op, fn->getSymbol(),
                                         operands, TypeRange{resultType})
                             .front()
                       : emitPureCall(rewriter, loc, fn->getSymbol(),
                                      resultType, operands);
    rewriter.replaceOp(op, castTo(rewriter, loc, result, op.getType()));
    return success();
  }
};

} // namespace

void pyir::detail::populateRuntimeCallPatterns(const TypeConverter &converter,
                                               RewritePatternSet &patterns) {
  patterns.add<RuntimeCallLowering<AddOp>, RuntimeCallLowering<SubOp>,
               RuntimeCallLowering<MulOp>, RuntimeCallLowering<PowOp>,
               RuntimeCallLowering<FloorDivOp>, RuntimeCallLowering<ModOp>,
               RuntimeCallLowering<TrueDivOp>, RuntimeCallLowering<NegOp>,
               RuntimeCallLowering<AbsOp>, RuntimeCallLowering<ShlOp>,
               RuntimeCallLowering<ShrOp>, RuntimeCallLowering<MathUnaryOp>,
               RuntimeCallLowering<MathBinaryOp>,
               RuntimeCallLowering<MathIsCloseOp>>(converter,
                                                   patterns.getContext());
}
