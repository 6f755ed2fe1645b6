//===- CAPI.cpp - The capsules compiled modules share -----------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//

#include "CAPI.h"
#include "CorePrinterInternal.h"

#include "pyir/Conversion/PyIRToEmitC/PyIRToEmitC.h"
#include "pyir/Dialect/PyIR/IR/PyIRDialect.h"

#include "mlir/Dialect/EmitC/IR/EmitC.h"

using namespace mlir;
using namespace pyir;

/// `pyirx_<symbol>`, the entry point a capsule holds: the ABI wrapper
/// `wrapper`, and an error leaving it names this module's .py (the caller's
/// traceback entry is in this file; an error from a module further down
/// keeps its own).
static LogicalResult writeExportThunk(emitc::FuncOp wrapper, StringRef symbol,
                                      StringRef sourcePath, raw_ostream &os) {
  SmallVector<std::string> params, args;
  for (auto [i, type] : llvm::enumerate(wrapper.getArgumentTypes())) {
    FailureOr<std::string> c = cprinter::getCType(type);
    if (failed(c))
      return wrapper.emitError("the C printer has no C type for ") << type;
    args.push_back(i + 1 == wrapper.getNumArguments()
                       ? std::string("err")
                       : "a" + std::to_string(i));
    params.push_back(cprinter::declare(*c, args.back()));
  }
  os << "static int32_t pyirx_" << symbol << "(" << llvm::join(params, ", ")
     << ") {\n  int32_t status = " << wrapper.getSymName() << "("
     << llvm::join(args, ", ") << ");\n"
     << "  if (status != 0 && !err->file)\n"
     << "    err->file = pyir_source_file(" << getCStringLiteral(sourcePath)
     << ");\n  return status;\n}\n\n";
  return success();
}

LogicalResult pyir::writeCAPIFunctions(ModuleOp module, raw_ostream &os) {
  // The exports: the ABI wrappers (`pyir_<module>_<symbol>`) through their
  // thunks, one per public function or specialisation, under the symbol
  // (`scale__f32`).
  std::string sourcePath = getPackageRelativeSourcePath(module);
  for (auto func : module.getOps<emitc::FuncOp>()) {
    if (!func->hasAttr(kABIWrapperAttr))
      continue;
    auto signature = func->getAttrOfType<DictionaryAttr>(kPySignatureAttr);
    if (failed(writeExportThunk(func,
                                signature.getAs<StringAttr>("name").getValue(),
                                sourcePath, os)))
      return failure();
  }
  os << "static int pyir_capi_export(PyObject *module) {\n"
        "  PyObject *capi = PyDict_New();\n"
        "  if (!capi)\n    return -1;\n";
  for (auto func : module.getOps<emitc::FuncOp>()) {
    if (!func->hasAttr(kABIWrapperAttr))
      continue;
    auto signature = func->getAttrOfType<DictionaryAttr>(kPySignatureAttr);
    auto type =
        cast<FunctionType>(signature.getAs<TypeAttr>("type").getValue());
    SmallVector<std::string> names;
    auto argNames = signature.getAs<ArrayAttr>("arg_names");
    for (unsigned i = 0; i < type.getNumInputs(); ++i) {
      auto name = argNames && i < argNames.size()
                      ? dyn_cast<StringAttr>(argNames[i])
                      : StringAttr();
      names.push_back(name ? name.str() : "arg" + std::to_string(i));
    }
    os << "  if (pyir_capi_add(capi, "
       << getCStringLiteral(signature.getAs<StringAttr>("name").getValue())
       << ", (void *)pyirx_" << signature.getAs<StringAttr>("name").getValue()
       << ", " << getCStringLiteral(PyIRDialect::getCAPISignature(type, names))
       << ") < 0)\n    goto error;\n";
  }
  os << "  if (PyModule_AddObject(module, \"__pyir_capi__\", capi) < 0)\n"
        "    goto error;\n  return 0;\nerror:\n  Py_DECREF(capi);\n"
        "  return -1;\n}\n\n";

  // The imports: each pointer from its module's capsule.
  os << "static int pyir_capi_import(PyObject *module) {\n";
  if (auto imports = module->getAttrOfType<ArrayAttr>(kCImportsAttr))
    for (auto entry : imports.getAsRange<DictionaryAttr>())
      os << "  if (pyir_capi_link(module, "
         << getCStringLiteral(entry.getAs<StringAttr>("module").getValue())
         << ", " << entry.getAs<IntegerAttr>("level").getInt() << ", "
         << getCStringLiteral(entry.getAs<StringAttr>("name").getValue())
         << ", "
         << getCStringLiteral(entry.getAs<StringAttr>("signature").getValue())
         << ", (void **)&" << entry.getAs<StringAttr>("c_name").getValue()
         << ") < 0)\n    return -1;\n";
  os << "  (void)module;\n  return 0;\n}\n\n";
  return success();
}
