//===- Functions.cpp - functions and calls to EmitC -------------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// Functions to the core calling convention (results through out pointers,
// `pyir_error *` last, an int32_t status), their returns and calls.
//
//===----------------------------------------------------------------------===//

#include "PyIRToEmitCInternal.h"

#include "pyir/Dialect/PyIR/IR/PyIRDialect.h"
#include "pyir/Dialect/PyIR/IR/PyIROps.h"
#include "pyir/Dialect/PyIR/IR/PyIRTypes.h"

#include "mlir/Dialect/EmitC/IR/EmitC.h"
#include "mlir/Transforms/DialectConversion.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"

using namespace mlir;
using namespace pyir;
using namespace pyir::detail;

namespace {

struct FuncLowering : OpConversionPattern<func::FuncOp> {
  FuncLowering(const TypeConverter &converter, MLIRContext *ctx,
               std::string moduleName, const ViewEffects &viewEffects)
      : OpConversionPattern(converter, ctx), moduleName(std::move(moduleName)),
        viewEffects(viewEffects) {}

  LogicalResult
  matchAndRewrite(func::FuncOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (op.isExternal())
      return rewriter.notifyMatchFailure(op, "declarations are not lowered");
    MLIRContext *ctx = getContext();
    const TypeConverter &converter = *getTypeConverter();
    FunctionType type = op.getFunctionType();
    TypeConverter::SignatureConversion signature(type.getNumInputs());
    for (auto [i, input] : llvm::enumerate(type.getInputs())) {
      SmallVector<Type> converted;
      if (failed(converter.convertType(input, converted)))
        return rewriter.notifyMatchFailure(op, "unsupported parameter type");
      signature.addInputs(i, converted);
    }
    SmallVector<Type> outs;
    for (Type result : type.getResults()) {
      SmallVector<Type> converted;
      if (failed(converter.convertType(result, converted)))
        return rewriter.notifyMatchFailure(op, "unsupported result type");
      for (Type t : converted)
        outs.push_back(emitc::PointerType::get(t));
    }
    signature.addInputs(outs);
    signature.addInputs(getErrorPtrType(ctx));
    auto newType = FunctionType::get(ctx, signature.getConvertedTypes(),
                                     {rewriter.getI32Type()});
    auto newFunc = emitc::FuncOp::create(
        rewriter, op.getLoc(), getCoreFunctionName(moduleName, op.getSymName()),
        newType);
    if (op.isPrivate())
      newFunc.setSpecifiersAttr(rewriter.getStrArrayAttr({"static"}));
    // What the CPython glue needs of the Python function.
    SmallVector<bool> written;
    for (unsigned k = 0; k < type.getNumInputs(); ++k)
      written.push_back(viewEffects.get(op.getSymName(), k).written);
    NamedAttrList signatureEntries;
    signatureEntries.append("name", op.getSymNameAttr());
    signatureEntries.append("type", TypeAttr::get(type));
    signatureEntries.append("written_views",
                            DenseBoolArrayAttr::get(ctx, written));
    // The names and defaults as arrays (unit: no default), for the glue.
    SmallVector<Attribute> names, defaults;
    bool anyName = false, anyDefault = false;
    for (unsigned k = 0; k < type.getNumInputs(); ++k) {
      StringAttr name = PyIRDialect::getArgName(op, k);
      names.push_back(name ? Attribute(name) : rewriter.getUnitAttr());
      anyName |= bool(name);
      TypedAttr value = PyIRDialect::getArgDefault(op, k);
      defaults.push_back(value ? Attribute(value) : rewriter.getUnitAttr());
      anyDefault |= bool(value);
    }
    if (anyName)
      signatureEntries.append("arg_names", rewriter.getArrayAttr(names));
    if (anyDefault)
      signatureEntries.append("defaults", rewriter.getArrayAttr(defaults));
    using Dialect = PyIRDialect;
    for (auto [key, name] :
         {std::pair{"doc", Dialect::DocAttrHelper::getNameStr()},
          std::pair{"nogil", Dialect::NogilAttrHelper::getNameStr()}})
      if (Attribute value = op->getAttr(name))
        signatureEntries.append(key, value);
    newFunc->setAttr(kPySignatureAttr, signatureEntries.getDictionary(ctx));
    newFunc->setAttr(kNumOutsAttr, rewriter.getI32IntegerAttr(outs.size()));
    rewriter.inlineRegionBefore(op.getBody(), newFunc.getBody(), newFunc.end());
    if (failed(rewriter.convertRegionTypes(&newFunc.getBody(), converter,
                                           &signature)))
      return rewriter.notifyMatchFailure(op, "cannot convert the body");
    rewriter.eraseOp(op);
    return success();
  }

  std::string moduleName;
  const ViewEffects &viewEffects;
};

/// `return v...` stores the (flattened) results through the out pointers
/// and returns 0.
struct ReturnLowering : OpConversionPattern<func::ReturnOp> {
  using Base::Base;
  LogicalResult
  matchAndRewrite(func::ReturnOp op, OneToNOpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    auto func = op->getParentOfType<emitc::FuncOp>();
    if (!func)
      return rewriter.notifyMatchFailure(op, "function not lowered yet");
    Block &entry = func.getBody().front();
    unsigned numOuts = cast<IntegerAttr>(func->getAttr(kNumOutsAttr)).getInt();
    unsigned firstOut = entry.getNumArguments() - 1 - numOuts;
    unsigned k = 0;
    for (ValueRange range : adaptor.getOperands()) {
      for (Value value : range) {
        Value ptr = entry.getArgument(firstOut + k++);
        Value target = emitc::DereferenceOp::create(
            rewriter, loc, emitc::LValueType::get(value.getType()), ptr);
        emitc::AssignOp::create(rewriter, loc, target, value);
      }
    }
    rewriter.replaceOpWithNewOp<emitc::ReturnOp>(
        op, createI32Constant(rewriter, loc, 0));
    return success();
  }
};

/// A call between module functions: the callee's status is checked and its
/// error record is passed through unchanged (its line is the callee's).
struct CallLowering : OpConversionPattern<func::CallOp> {
  CallLowering(const TypeConverter &converter, MLIRContext *ctx,
               std::string moduleName)
      : OpConversionPattern(converter, ctx), moduleName(std::move(moduleName)) {
  }

  LogicalResult
  matchAndRewrite(func::CallOp op, OneToNOpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    MLIRContext *ctx = getContext();
    SmallVector<Value> args;
    for (ValueRange range : adaptor.getOperands())
      args.append(range.begin(), range.end());
    SmallVector<SmallVector<Type>> resultTypes;
    SmallVector<Value> vars;
    for (Type result : op.getResultTypes()) {
      SmallVector<Type> converted;
      if (failed(getTypeConverter()->convertType(result, converted)))
        return rewriter.notifyMatchFailure(op, "unsupported result type");
      for (Type t : converted) {
        Value var =
            emitc::VariableOp::create(rewriter, loc, emitc::LValueType::get(t),
                                      emitc::OpaqueAttr::get(ctx, ""));
        args.push_back(emitc::AddressOfOp::create(
            rewriter, loc, emitc::PointerType::get(t), var));
        vars.push_back(var);
      }
      resultTypes.push_back(converted);
    }
    args.push_back(getErrorArg(op));
    Value status =
        emitc::CallOp::create(rewriter, loc,
                              getCoreFunctionName(moduleName, op.getCallee()),
                              TypeRange{rewriter.getI32Type()}, args)
            .getResult(0);
    checkStatus(rewriter, op, status, /*recordLine=*/false);
    SmallVector<SmallVector<Value>> replacements;
    unsigned k = 0;
    for (ArrayRef<Type> types : resultTypes) {
      SmallVector<Value> values;
      for (Type t : types)
        values.push_back(emitc::LoadOp::create(rewriter, loc, t, vars[k++]));
      replacements.push_back(values);
    }
    rewriter.replaceOpWithMultiple(op, std::move(replacements));
    return success();
  }

  std::string moduleName;
};

} // namespace

void pyir::detail::populateFunctionPatterns(const TypeConverter &converter,
                                            RewritePatternSet &patterns,
                                            StringRef moduleName,
                                            const ViewEffects &viewEffects) {
  MLIRContext *ctx = patterns.getContext();
  patterns.add<FuncLowering>(converter, ctx, moduleName.str(), viewEffects);
  patterns.add<CallLowering>(converter, ctx, moduleName.str());
  patterns.add<ReturnLowering>(converter, ctx);
}
