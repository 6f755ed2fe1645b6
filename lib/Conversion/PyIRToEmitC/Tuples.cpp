//===- Tuples.cpp - pyir tuples to EmitC ------------------------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// Tuples are flattened 1:N by the type converter: building one forwards its
// elements, reading one picks the element.
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

struct TupleLowering : OpConversionPattern<TupleOp> {
  using Base::Base;
  LogicalResult
  matchAndRewrite(TupleOp op, OneToNOpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    SmallVector<Value> flat;
    for (ValueRange range : adaptor.getElements())
      flat.append(range.begin(), range.end());
    SmallVector<SmallVector<Value>> replacements{flat};
    rewriter.replaceOpWithMultiple(op, std::move(replacements));
    return success();
  }
};

struct TupleGetLowering : OpConversionPattern<TupleGetOp> {
  using Base::Base;
  LogicalResult
  matchAndRewrite(TupleGetOp op, OneToNOpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    ValueRange flat = adaptor.getTuple();
    auto tupleType = cast<TupleType>(op.getTuple().getType());
    // Offset of the element in the flattened tuple.
    unsigned begin = 0;
    const TypeConverter *converter = getTypeConverter();
    for (unsigned i = 0; i < op.getIndex(); ++i) {
      SmallVector<Type> types;
      if (failed(converter->convertType(tupleType.getType(i), types)))
        return failure();
      begin += types.size();
    }
    SmallVector<Type> types;
    if (failed(converter->convertType(op.getType(), types)))
      return failure();
    SmallVector<Value> values(flat.begin() + begin,
                              flat.begin() + begin + types.size());
    SmallVector<SmallVector<Value>> replacements{values};
    rewriter.replaceOpWithMultiple(op, std::move(replacements));
    return success();
  }
};

} // namespace

void pyir::detail::populateTuplePatterns(const TypeConverter &converter,
                                         RewritePatternSet &patterns) {
  patterns.add<TupleLowering, TupleGetLowering>(converter,
                                                patterns.getContext());
}
