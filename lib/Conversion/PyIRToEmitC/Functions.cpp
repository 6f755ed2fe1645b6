//===- Functions.cpp - functions and calls to EmitC -------------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// Functions to the core calling conventions (see getInternalFunctionName:
// a function that may raise returns a status, its results through out
// pointers, `pyir_error *` last; one that cannot returns its result), their
// returns and calls, and the exported ABI's wrappers.
//
//===----------------------------------------------------------------------===//

#include "PyIRToEmitCInternal.h"

#include "pyir/Dialect/PyIR/Analysis/RaiseAnalysis.h"
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

/// The C result of a function of convention `core`: its value, its status,
/// or nothing.
SmallVector<Type> getCoreResultTypes(const CoreSignature &core,
                                     ArrayRef<Type> results, Type status) {
  if (core.returnsValue)
    return {results.front()};
  if (core.raises)
    return {status};
  return {};
}

/// `*ptr = value`.
void storeThrough(OpBuilder &builder, Location loc, Value ptr, Value value) {
  Value target = emitc::DereferenceOp::create(
      builder, loc, emitc::LValueType::get(value.getType()), ptr);
  emitc::AssignOp::create(builder, loc, target, value);
}

struct FuncLowering : OpConversionPattern<func::FuncOp> {
  FuncLowering(const TypeConverter &converter, MLIRContext *ctx,
               const ViewEffects &viewEffects, const RaiseAnalysis &raises)
      : OpConversionPattern(converter, ctx), viewEffects(viewEffects),
        raises(raises) {}

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
    SmallVector<Type> results;
    if (failed(converter.convertTypes(type.getResults(), results)))
      return rewriter.notifyMatchFailure(op, "unsupported result type");
    // Types C has no name for (an i2 in hand-written pyir) are refused here,
    // not left to fail in the calls and wrappers made of them.
    auto isC = [](Type t) { return emitc::isSupportedEmitCType(t); };
    if (!llvm::all_of(signature.getConvertedTypes(), isC) ||
        !llvm::all_of(results, isC))
      return rewriter.notifyMatchFailure(op, "a type C has no name for");
    CoreSignature core = getCoreConvention(
        raises.mayRaise(op.getSymName()), signature.getConvertedTypes().size(),
        results.size(),
        llvm::any_of(type.getResults(), llvm::IsaPred<ViewType>));
    // A view result is written into the caller's pyir_view (Arrays.cpp).
    if (core.numOuts)
      for (Type t : results)
        signature.addInputs(
            t == getViewPtrType(ctx) ? t : emitc::PointerType::get(t));
    if (core.raises)
      signature.addInputs(getErrorPtrType(ctx));
    auto newType = FunctionType::get(
        ctx, signature.getConvertedTypes(),
        getCoreResultTypes(core, results, rewriter.getI32Type()));
    auto newFunc = emitc::FuncOp::create(
        rewriter, op.getLoc(), getInternalFunctionName(op.getSymName()),
        newType);
    newFunc.setSpecifiersAttr(rewriter.getStrArrayAttr({"static"}));
    // What the CPython glue needs of the Python function.
    SmallVector<bool> written;
    for (unsigned k = 0; k < type.getNumInputs(); ++k)
      written.push_back(viewEffects.get(op.getSymName(), k).written);
    NamedAttrList signatureEntries;
    signatureEntries.append("name", op.getSymNameAttr());
    if (!op.isPrivate())
      signatureEntries.append("public", rewriter.getUnitAttr());
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
          std::pair{"nogil", Dialect::NogilAttrHelper::getNameStr()},
          std::pair{"generic", Dialect::GenericAttrHelper::getNameStr()},
          std::pair{"binding", Dialect::BindingAttrHelper::getNameStr()}})
      if (Attribute value = op->getAttr(name))
        signatureEntries.append(key, value);
    newFunc->setAttr(kPySignatureAttr, signatureEntries.getDictionary(ctx));
    rewriter.inlineRegionBefore(op.getBody(), newFunc.getBody(), newFunc.end());
    if (failed(rewriter.convertRegionTypes(&newFunc.getBody(), converter,
                                           &signature)))
      return rewriter.notifyMatchFailure(op, "cannot convert the body");
    rewriter.eraseOp(op);
    return success();
  }

  const ViewEffects &viewEffects;
  const RaiseAnalysis &raises;
};

/// `return v...`: the value itself (a function that cannot raise, one
/// result), or the (flattened) results through the out pointers and the
/// status 0 (nothing when the function returns void).
struct ReturnLowering : OpConversionPattern<func::ReturnOp> {
  using Base::Base;
  LogicalResult
  matchAndRewrite(func::ReturnOp op, OneToNOpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    auto func = op->getParentOfType<emitc::FuncOp>();
    if (!func)
      return rewriter.notifyMatchFailure(op, "function not lowered yet");
    SmallVector<Value> values;
    for (ValueRange range : adaptor.getOperands())
      values.append(range.begin(), range.end());
    CoreSignature signature = getCoreSignature(func);
    if (signature.returnsValue) {
      rewriter.replaceOpWithNewOp<emitc::ReturnOp>(op, values.front());
      return success();
    }
    Block &entry = func.getBody().front();
    for (auto [k, value] : llvm::enumerate(values)) {
      Value out = entry.getArgument(signature.numParams + k);
      if (value.getType() == getViewPtrType(getContext()))
        emitc::CallOpaqueOp::create(rewriter, loc, TypeRange{},
                                    "pyir_view_return", ValueRange{out, value});
      else
        storeThrough(rewriter, loc, out, value);
    }
    rewriter.replaceOpWithNewOp<emitc::ReturnOp>(
        op, signature.raises ? createI32Constant(rewriter, loc, 0) : Value());
    return success();
  }
};

/// A call between module functions. A callee that may raise has its status
/// checked and its error record passed through unchanged (its line is the
/// callee's).
struct CallLowering : OpConversionPattern<func::CallOp> {
  CallLowering(const TypeConverter &converter, MLIRContext *ctx,
               const RaiseAnalysis &raises)
      : OpConversionPattern(converter, ctx), raises(raises) {}

  LogicalResult
  matchAndRewrite(func::CallOp op, OneToNOpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    SmallVector<Value> args;
    for (ValueRange range : adaptor.getOperands())
      args.append(range.begin(), range.end());
    SmallVector<SmallVector<Type>> resultTypes;
    SmallVector<Type> flat;
    for (Type result : op.getResultTypes()) {
      SmallVector<Type> converted;
      if (failed(getTypeConverter()->convertType(result, converted)))
        return rewriter.notifyMatchFailure(op, "unsupported result type");
      llvm::append_range(flat, converted);
      resultTypes.push_back(converted);
    }
    // A function of another module (Imports.cpp) is called through its
    // pointer, always with the ABI's status convention; its error record
    // arrives filled in, line included.
    DictionaryAttr imported = lookupCImport(op, op.getCallee());
    Type viewPtr = getViewPtrType(getContext());
    CoreSignature core = getCoreConvention(
        imported || raises.mayRaise(op.getCallee()), args.size(), flat.size(),
        llvm::any_of(op.getResultTypes(), llvm::IsaPred<ViewType>));
    // The out pointers: a variable per scalar result, the function's
    // result storage for each view (moved into a slot after the call).
    SmallVector<Value> vars;
    unsigned numViews = 0;
    if (core.numOuts)
      for (Type t : flat) {
        if (t == viewPtr) {
          Value storage = emitResultStorage(rewriter, op, numViews++);
          args.push_back(storage);
          vars.push_back(storage);
          continue;
        }
        SmallVector<Value> one;
        vars.push_back(createOutVariables(rewriter, loc, t, one).front());
        args.push_back(one.front());
      }
    if (core.raises)
      args.push_back(getErrorArg(op));
    SmallVector<Type> callResults =
        getCoreResultTypes(core, flat, rewriter.getI32Type());
    Operation *call =
        imported
            ? emitc::CallOpaqueOp::create(
                  rewriter, loc, callResults,
                  imported.getAs<StringAttr>("c_name").getValue(), args)
                  .getOperation()
            : emitc::CallOp::create(rewriter, loc,
                                    getInternalFunctionName(op.getCallee()),
                                    callResults, args)
                  .getOperation();
    if (core.raises)
      checkStatus(rewriter, op, call->getResult(0), /*recordLine=*/false);
    SmallVector<Value> values;
    if (core.returnsValue)
      values.push_back(call->getResult(0));
    for (auto [var, t] : llvm::zip(vars, flat)) {
      if (t != viewPtr) {
        values.push_back(emitc::LoadOp::create(rewriter, loc, t, var));
        continue;
      }
      Value slot = emitNewSlot(rewriter, op);
      emitc::CallOpaqueOp::create(rewriter, loc, TypeRange{},
                                  "pyir_slot_assign", ValueRange{slot, var});
      values.push_back(slot);
    }
    SmallVector<SmallVector<Value>> replacements;
    unsigned k = 0;
    for (ArrayRef<Type> types : resultTypes) {
      replacements.emplace_back(values.begin() + k,
                                values.begin() + k + types.size());
      k += types.size();
    }
    rewriter.replaceOpWithMultiple(op, std::move(replacements));
    return success();
  }

  const RaiseAnalysis &raises;
};

} // namespace

void pyir::detail::populateFunctionPatterns(const TypeConverter &converter,
                                            RewritePatternSet &patterns,
                                            const ViewEffects &viewEffects,
                                            const RaiseAnalysis &raises) {
  MLIRContext *ctx = patterns.getContext();
  patterns.add<FuncLowering>(converter, ctx, viewEffects, raises);
  patterns.add<CallLowering>(converter, ctx, raises);
  patterns.add<ReturnLowering>(converter, ctx);
}

void pyir::detail::createABIWrappers(ModuleOp module, StringRef moduleName) {
  OpBuilder builder(module.getContext());
  Type i32 = builder.getI32Type();
  for (auto func : llvm::to_vector(module.getOps<emitc::FuncOp>())) {
    auto pySignature = func->getAttrOfType<DictionaryAttr>(kPySignatureAttr);
    if (!pySignature || !pySignature.contains("public"))
      continue;
    CoreSignature signature = getCoreSignature(func);
    FunctionType type = func.getFunctionType();
    // (params..., T *out..., pyir_error *err) -> int32_t.
    SmallVector<Type> inputs(type.getInputs().take_front(signature.numParams));
    if (signature.returnsValue)
      inputs.push_back(emitc::PointerType::get(type.getResult(0)));
    else
      llvm::append_range(inputs, type.getInputs().slice(signature.numParams,
                                                        signature.numOuts));
    inputs.push_back(getErrorPtrType(module.getContext()));
    Location loc = func.getLoc();
    builder.setInsertionPointAfter(func);
    auto wrapper = emitc::FuncOp::create(
        builder, loc,
        getCoreFunctionName(moduleName, pySignature.getAs<StringAttr>("name")),
        builder.getFunctionType(inputs, {i32}));
    wrapper->setAttr(kPySignatureAttr, pySignature);
    wrapper->setAttr(kABIWrapperAttr, builder.getUnitAttr());
    Block *entry = wrapper.addEntryBlock();
    builder.setInsertionPointToStart(entry);
    ValueRange args = entry->getArguments();
    Value status;
    if (signature.raises) {
      status = emitc::CallOp::create(builder, loc, func, args).getResult(0);
    } else if (signature.returnsValue) {
      Value value = emitc::CallOp::create(builder, loc, func,
                                          args.take_front(signature.numParams))
                        .getResult(0);
      storeThrough(builder, loc, args[signature.numParams], value);
    } else {
      emitc::CallOp::create(builder, loc, func, args.drop_back());
    }
    if (!status)
      status = createI32Constant(builder, loc, 0);
    emitc::ReturnOp::create(builder, loc, status);
  }
}
