//===- Imports.cpp - Functions of other modules to EmitC --------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// A function of another PyIR module (language.md §10) is a private
// func.func declaration with `pyir.imported`. The C cannot call it by name:
// it lives in another extension. Each becomes a function pointer of the
// exported C ABI's convention (`int32_t (params..., T *out..., pyir_error
// *err)`), described on the module (kCImportsAttr) for the printer, which
// declares it, and the glue, which fills it from the other module's
// `__pyir_capi__` capsule after checking its signature string; calls go
// through the pointer (Functions.cpp).
//
//===----------------------------------------------------------------------===//

#include "PyIRToEmitCInternal.h"

#include "pyir/Dialect/PyIR/IR/PyIRDialect.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "llvm/ADT/StringSet.h"

using namespace mlir;
using namespace pyir;

LogicalResult
pyir::detail::lowerImportDeclarations(ModuleOp module,
                                      const TypeConverter &converter) {
  MLIRContext *ctx = module.getContext();
  Builder builder(ctx);
  SmallVector<Attribute> imports;
  llvm::StringSet<> cNames;
  for (auto func : llvm::to_vector(module.getOps<func::FuncOp>())) {
    auto imported = func->getAttrOfType<DictionaryAttr>(
        PyIRDialect::ImportedAttrHelper::getNameStr());
    if (!imported)
      continue;
    FunctionType type = func.getFunctionType();
    // (params..., T *out..., pyir_error *err) -> int32_t
    SmallVector<Type> inputs, results;
    if (failed(converter.convertTypes(type.getInputs(), inputs)) ||
        failed(converter.convertTypes(type.getResults(), results)))
      return func.emitError("a type the C ABI has no name for");
    // A view result is written into the caller's pyir_view (Arrays.cpp).
    for (Type t : results)
      inputs.push_back(t == getViewPtrType(ctx) ? t
                                                : emitc::PointerType::get(t));
    inputs.push_back(getErrorPtrType(ctx));
    auto cType = builder.getFunctionType(inputs, builder.getI32Type());
    // A readable C name: `pyiri_<module>_<function>`, numbered if taken.
    std::string base = "pyiri_";
    for (char c : (imported.getAs<StringAttr>("module").getValue() + "_" +
                   imported.getAs<StringAttr>("name").getValue())
                      .str())
      base += llvm::isAlnum(c) ? c : '_';
    std::string cName = base;
    for (unsigned k = 1; !cNames.insert(cName).second; ++k)
      cName = base + "_" + std::to_string(k);
    SmallVector<std::string> names;
    for (unsigned i = 0; i < type.getNumInputs(); ++i) {
      StringAttr name = PyIRDialect::getArgName(func, i);
      names.push_back(name ? name.str() : "arg" + std::to_string(i));
    }
    NamedAttrList entry(imported);
    entry.set("symbol", func.getSymNameAttr());
    entry.set("c_name", builder.getStringAttr(cName));
    entry.set("signature", builder.getStringAttr(
                               PyIRDialect::getCAPISignature(type, names)));
    entry.set("type", TypeAttr::get(cType));
    imports.push_back(entry.getDictionary(ctx));
    func.erase();
  }
  if (!imports.empty())
    module->setAttr(kCImportsAttr, builder.getArrayAttr(imports));
  return success();
}

DictionaryAttr pyir::detail::lookupCImport(Operation *op, StringRef symbol) {
  auto module = op->getParentOfType<ModuleOp>();
  auto imports =
      module ? module->getAttrOfType<ArrayAttr>(kCImportsAttr) : ArrayAttr();
  if (!imports)
    return {};
  for (auto entry : imports.getAsRange<DictionaryAttr>())
    if (entry.getAs<StringAttr>("symbol").getValue() == symbol)
      return entry;
  return {};
}
