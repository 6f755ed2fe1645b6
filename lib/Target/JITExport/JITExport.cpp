//===- JITExport.cpp - The JIT export of a pyir module ----------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// exportJIT writes every file of the export (docs/interchange.md), has the
// driver build the native artifacts (JITExportOptions::buildNative), and
// finally writes the manifest with the sha256 of each file.
//
//===----------------------------------------------------------------------===//

#include "JITExportInternal.h"

#include "pyir/Config.h"
#include "pyir/Dialect/PyIR/IR/PyIRDialect.h"
#include "pyir/Dialect/PyIR/IR/PyIRTypes.h"
#include "pyir/Runtime/pyir_abi.h"
#include "pyir/Runtime/pyir_errors.h"

#include "mlir/Bytecode/BytecodeWriter.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/AttrTypeSubElements.h"
#include "mlir/IR/OperationSupport.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Config/llvm-config.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SHA256.h"

// kPyIRRuntimeBitcode[_SIZE, _FLAGS] (lib/Runtime/CMakeLists.txt).
#include "pyir_runtime_bitcode.inc"

#ifndef PYIR_VERSION_STRING
#define PYIR_VERSION_STRING "unknown"
#endif

using namespace mlir;
using namespace pyir;

namespace {

/// The runtime's bitcode in every export (manifest: runtime_bitcode).
constexpr const char *kRuntimeBitcodeFile = "pyir_runtime.llvm14.bc";

// Stringizes a macro argument after expanding it ([PYIR_MAX_RANK] -> [4]).
#define PYIR_STRINGIZE(...) #__VA_ARGS__
#define PYIR_EXPAND_STRINGIZE(...) PYIR_STRINGIZE(__VA_ARGS__)

/// A field of an ABI struct (pyir_abi.h).
struct ABIField {
  StringRef type, name, dims, doc;
};

/// The fields of each ABI struct, in order.
std::vector<std::pair<StringRef, std::vector<ABIField>>> getABIStructs() {
  std::vector<std::pair<StringRef, std::vector<ABIField>>> structs;
#define PYIR_ABI_FIELD_ENTRY(T, NAME, DIMS, DOC)                               \
  structs.back().second.push_back(                                             \
      {#T, #NAME, PYIR_EXPAND_STRINGIZE(DIMS), DOC});
#define PYIR_ABI_STRUCT_ENTRY(NAME, FIELDS)                                    \
  structs.push_back({#NAME, {}});                                              \
  FIELDS(PYIR_ABI_FIELD_ENTRY)
  PYIR_ABI_STRUCTS(PYIR_ABI_STRUCT_ENTRY)
#undef PYIR_ABI_STRUCT_ENTRY
#undef PYIR_ABI_FIELD_ENTRY
  return structs;
}

/// The plain C ABI types shared by <mod>_abi.h and <mod>_abi.cdef.
std::string getABITypes() {
  std::string text;
  for (const auto &[name, fields] : getABIStructs()) {
    text += ("typedef struct " + name + " {\n").str();
    for (const ABIField &field : fields) {
      std::string decl =
          ("  " + field.type + (field.type.ends_with("*") ? "" : " ") +
           field.name + field.dims + ";")
              .str();
      if (!field.doc.empty()) {
        decl.resize(std::max<size_t>(decl.size() + 1, 24), ' ');
        decl += ("/* " + field.doc + " */").str();
      }
      text += decl + "\n";
    }
    text += ("} " + name + ";\n").str();
  }
  return text;
}

/// The manifest's one-line description of ABI struct `name`.
std::string getABISummary(StringRef name) {
  for (const auto &[structName, fields] : getABIStructs()) {
    if (structName != name)
      continue;
    SmallVector<std::string> decls;
    for (const ABIField &field : fields)
      decls.push_back((field.type + (field.type.ends_with("*") ? "" : " ") +
                       field.name + field.dims)
                          .str() +
                      (field.doc.empty() ? "" : " (" + field.doc.str() + ")"));
    return (name + " = {" + llvm::join(decls, "; ") + "}").str();
  }
  llvm_unreachable("not an ABI struct of pyir_abi.h");
}

class Exporter {
public:
  Exporter(ModuleOp module, StringRef outDir, const JITExportOptions &options)
      : module(module), outDir(outDir), options(options),
        info(analyzeModule(module)) {}

  LogicalResult run();

private:
  std::string path(StringRef file) {
    SmallString<256> p(outDir);
    llvm::sys::path::append(p, file);
    return p.str().str();
  }
  LogicalResult writeFile(StringRef file, StringRef contents);
  LogicalResult writeText(StringRef file,
                          llvm::function_ref<LogicalResult(raw_ostream &)> fn);
  LogicalResult hashFile(StringRef file);
  std::string prototype(const FunctionSummary &fn);
  void writeManifest(llvm::json::OStream &j);
  void writeManifestFiles(llvm::json::OStream &j);
  void writeManifestFunction(llvm::json::OStream &j, const FunctionSummary &fn);
  void writeImports(llvm::json::OStream &j,
                    const std::set<std::string> &symbols);

  ModuleOp module;
  std::string outDir;
  const JITExportOptions &options;
  ModuleInfo info;
  /// file -> sha256, in the order written.
  SmallVector<std::pair<std::string, std::string>> hashes;
  std::string refError;
  NativeArtifacts native;
};

LogicalResult Exporter::writeFile(StringRef file, StringRef contents) {
  std::error_code ec;
  llvm::raw_fd_ostream os(path(file), ec, llvm::sys::fs::OF_None);
  if (ec)
    return module.emitError("cannot write ")
           << path(file) << ": " << ec.message();
  os << contents;
  os.close();
  return hashFile(file);
}

LogicalResult
Exporter::writeText(StringRef file,
                    llvm::function_ref<LogicalResult(raw_ostream &)> fn) {
  std::string text;
  llvm::raw_string_ostream os(text);
  if (failed(fn(os)))
    return failure();
  return writeFile(file, text);
}

LogicalResult Exporter::hashFile(StringRef file) {
  auto buffer = llvm::MemoryBuffer::getFile(path(file), /*IsText=*/false);
  if (!buffer)
    return module.emitError("cannot read back ") << path(file);
  StringRef data = (*buffer)->getBuffer();
  std::array<uint8_t, 32> digest = llvm::SHA256::hash(ArrayRef<uint8_t>(
      reinterpret_cast<const uint8_t *>(data.data()), data.size()));
  hashes.emplace_back(file.str(), llvm::toHex(digest, /*LowerCase=*/true));
  return success();
}

std::string Exporter::prototype(const FunctionSummary &fn) {
  std::string text = "int32_t " + fn.cSymbol + "(";
  for (const ParamSummary &p : fn.params) {
    std::string type = getCTypeName(p.type);
    text += type + (StringRef(type).ends_with("*") ? "" : " ") + p.name + ", ";
  }
  unsigned k = 0;
  for (Type result : fn.results) {
    SmallVector<Type> flat;
    if (auto tuple = dyn_cast<TupleType>(result))
      flat.append(tuple.getTypes().begin(), tuple.getTypes().end());
    else
      flat.push_back(result);
    // A view result is written into the caller's pyir_view (its C type is
    // already the pointer: docs/CBackend.md, "Arrays").
    for (Type t : flat)
      text += getCTypeName(t) + (isa<ViewType>(t) ? "out" : " *out") +
              std::to_string(k++) + ", ";
  }
  return text + "pyir_error *err)";
}

void writeStrings(llvm::json::OStream &j, StringRef key,
                  const std::set<std::string> &values) {
  j.attributeArray(key, [&] {
    for (const std::string &v : values)
      j.value(v);
  });
}

/// The manifest's "files": what the export holds.
void Exporter::writeManifestFiles(llvm::json::OStream &j) {
  std::string name = info.name;
  j.attribute("mlir", name + ".pyir.mlir");
  j.attribute("mlirbc", name + ".pyir.mlirbc");
  j.attribute("json", name + ".pyir.json");
  if (refError.empty())
    j.attribute("python_ref", name + "_ref.py");
  j.attribute("c_header", name + "_abi.h");
  j.attribute("c_source", name + "_abi.c");
  j.attribute("cffi_cdef", name + "_abi.cdef");
  if (!native.sharedLibrary.empty())
    j.attribute("shared_library", native.sharedLibrary);
  j.attributeObject("runtime_bitcode", [&] {
    if (kPyIRRuntimeBitcode_SIZE == 0)
      return;
    j.attributeObject("14", [&] {
      j.attribute("file", kRuntimeBitcodeFile);
      j.attribute("compiler", "clang-14");
      j.attribute("flags", kPyIRRuntimeBitcode_FLAGS);
      j.attribute("target", "generic (no -march)");
    });
  });
  j.attributeObject("llvm_bitcode", [&] {
    if (native.bitcode.empty())
      return;
    j.attributeObject("14", [&] {
      j.attribute("file", native.bitcode);
      j.attribute("compiler", native.bitcodeCompiler);
      j.attribute("flags", native.bitcodeFlags);
      j.attribute("target", "generic (no -march)");
    });
  });
}

/// `"imports"`: the functions of other modules named by `symbols`, each
/// with its module (as written and in sys.modules), its name there and the
/// signature string its capsule carries (docs/interchange.md).
void Exporter::writeImports(llvm::json::OStream &j,
                            const std::set<std::string> &symbols) {
  j.attributeArray("imports", [&] {
    for (const std::string &symbol : symbols) {
      const FunctionSummary &decl = info.functions[symbol];
      DictionaryAttr imported = decl.imported;
      SmallVector<Type> inputs;
      SmallVector<std::string> names;
      for (const ParamSummary &p : decl.params) {
        inputs.push_back(p.type);
        names.push_back(p.name);
      }
      auto type = FunctionType::get(module.getContext(), inputs, decl.results);
      j.object([&] {
        j.attribute("module",
                    imported.getAs<StringAttr>("absolute").getValue());
        j.attribute(
            "from",
            std::string(imported.getAs<IntegerAttr>("level").getInt(), '.') +
                imported.getAs<StringAttr>("module").getValue().str());
        j.attribute("function", imported.getAs<StringAttr>("name").getValue());
        j.attribute("py_name",
                    imported.getAs<StringAttr>("py_name").getValue());
        j.attribute("signature", PyIRDialect::getCAPISignature(type, names));
      });
    }
  });
}

/// One public function of the manifest: signature, effects, semantics,
/// inlining and tiers.
void Exporter::writeManifestFunction(llvm::json::OStream &j,
                                     const FunctionSummary &fn) {
  j.attribute("name", fn.name);
  j.attribute("c_symbol", fn.cSymbol);
  j.attribute("c_prototype", prototype(fn));
  if (!fn.generic.empty())
    j.attributeObject("generic", [&] {
      j.attribute("name", fn.generic);
      j.attributeObject("binding", [&] {
        for (const auto &[var, type] : fn.binding)
          j.attribute(var, type);
      });
    });
  j.attributeObject("signature", [&] {
    j.attributeArray("params", [&] {
      for (const ParamSummary &p : fn.params)
        j.object([&] {
          j.attribute("name", p.name);
          j.attribute("type", getPythonTypeName(p.type));
          j.attributeBegin("default");
          if (p.defaultValue)
            writeJSONAttribute(j, p.defaultValue);
          else
            j.value(nullptr);
          j.attributeEnd();
          if (p.defaultValue)
            j.attribute("default_repr", getReferenceLiteral(p.defaultValue));
        });
    });
    j.attribute("returns", fn.results.empty()
                               ? std::string("None")
                               : getPythonTypeName(fn.results[0]));
  });
  if (!fn.doc.empty())
    j.attribute("doc", fn.doc);
  j.attributeObject("effects", [&] {
    std::set<std::string> reads, writes;
    for (const ParamSummary &p : fn.params) {
      if (p.read)
        reads.insert(p.name);
      if (p.written)
        writes.insert(p.name);
    }
    j.attribute("pure", fn.raises.empty() && writes.empty());
    j.attribute("nothrow", fn.raises.empty());
    writeStrings(j, "may_raise", fn.raises);
    writeStrings(j, "reads", reads);
    writeStrings(j, "writes", writes);
    j.attribute("nogil", fn.nogil);
  });
  j.attributeObject("semantics", [&] {
    std::string overflow = fn.intOverflow.empty() ? "none"
                           : fn.intOverflow.size() > 1
                               ? "mixed"
                               : *fn.intOverflow.begin();
    j.attribute("int_overflow", overflow);
    j.attribute("fixed_width", fn.usesFixedWidth ? "wrap" : "none");
    j.attribute("division", fn.cdivision ? "c" : "floor");
    j.attribute("fp", "ieee754-strict");
    j.attribute("fp_contract", "off");
    j.attribute("f32", fn.usesF32 ? "round-each-op" : "none");
    j.attribute("fastmath_ok", false);
  });
  // Functions of other modules (language.md §10): the reference imports
  // their module; the Numba tiers and cffi, which see this module alone,
  // are not offered.
  bool linkable = fn.imports.empty();
  if (!linkable) {
    writeImports(j, fn.imports);
    j.attribute("numba_unavailable",
                "it calls functions of other modules (imports), which the "
                "Numba tiers cannot link or inline; the reference (the "
                "python tier) calls them through Python");
  }
  bool callOnly = fn.cost > options.pypyInlineLimit;
  j.attributeObject("inline", [&] {
    j.attribute("cost", static_cast<int64_t>(fn.cost));
    j.attribute("hint", fn.inlineHint);
    j.attribute("policy", callOnly ? "call_only" : "always");
  });
  // A function with arrays (language.md §11, §12) leaves out the tiers of
  // the C ABI, which has no owner for an array (its C allocates nothing: it
  // raises RuntimeError), and py_inline (the reference allocates through
  // the pyir package); tier 1 emits it with Numba's own arrays.
  bool abiTiers = !fn.usesArrays;
  j.attributeObject("tiers", [&] {
    j.attributeArray("numba", [&] {
      if (linkable && !fn.tupleViews)
        j.value("irbuilder");
      if (linkable && abiTiers && !native.bitcode.empty())
        j.value("bitcode");
      if (refError.empty() && linkable && abiTiers)
        j.value("py_inline");
      if (linkable && abiTiers && !native.sharedLibrary.empty())
        j.value("c_call");
    });
    j.attributeArray("pypy", [&] {
      if (refError.empty() && (!callOnly || !abiTiers))
        j.value("python");
      if (linkable && abiTiers && !native.sharedLibrary.empty())
        j.value("cffi");
      if (refError.empty() && callOnly && abiTiers)
        j.value("python");
    });
    // One reason, its first part shared.
    static constexpr const char *kArrays =
        "allocates, slices or returns arrays (pyir.empty/zeros/empty_like, "
        "a slice, a view local, a view result)";
    if (!abiTiers)
      j.attribute(
          "excluded_reason",
          std::string(kArrays) +
              (fn.tupleViews
                   ? " and has tuples holding views: the C ABI has no owner "
                     "for an array and irbuilder no such tuples; the Python "
                     "reference provides it"
                   : ": the C ABI has no owner for an array, so bitcode, "
                     "c_call, cffi and py_inline leave it out; irbuilder "
                     "makes Numba arrays, and the Python reference provides "
                     "it"));
  });
}

void Exporter::writeManifest(llvm::json::OStream &j) {
  std::string name = info.name;
  j.object([&] {
    j.attribute("format", "pyir-export");
    j.attribute("format_version", kJITExportFormatVersion);
    j.attributeObject("producer", [&] {
      j.attribute("name", "pyirc");
      j.attribute("pyir_version", PYIR_VERSION_STRING);
      j.attribute("dialect", "pyir");
      j.attribute("dialect_version", info.dialectVersion);
      j.attribute("mlir_version", LLVM_VERSION_STRING);
    });
    j.attributeObject("module", [&] {
      j.attribute("name", name);
      if (auto source = module->getAttrOfType<StringAttr>(
              PyIRDialect::SourceAttrHelper::getNameStr()))
        j.attribute("source", llvm::sys::path::filename(source.getValue()));
      if (auto doc = module->getAttrOfType<StringAttr>(
              PyIRDialect::DocAttrHelper::getNameStr()))
        j.attribute("doc", doc.getValue());
    });
    j.attributeObject("files", [&] { writeManifestFiles(j); });
    j.attributeObject("abi", [&] {
      j.attribute("calling_convention",
                  "int32_t <c_symbol>(<params>, T *out..., pyir_error *err): "
                  "0, or -1 with *err set; one out pointer per result, "
                  "tuples flattened");
      j.attribute("view", getABISummary("pyir_view"));
      j.attribute("error", getABISummary("pyir_error"));
      j.attributeArray("exception_kinds", [&] {
        for (uint32_t k = 0; k <= getMaxEnumValForExceptionKind(); ++k)
          j.value(stringifyExceptionKind(*symbolizeExceptionKind(k)));
      });
    });
    std::set<std::string> imports;
    for (const std::string &fname : info.order)
      if (info.functions[fname].imported)
        imports.insert(fname);
    if (!imports.empty())
      writeImports(j, imports);
    j.attributeArray("functions", [&] {
      for (const std::string &fname : info.order) {
        const FunctionSummary &fn = info.functions[fname];
        if (!fn.isPublic)
          continue;
        j.object([&] { writeManifestFunction(j, fn); });
      }
    });
    j.attributeObject("sha256", [&] {
      for (auto &[file, digest] : hashes)
        j.attribute(file, digest);
    });
  });
}

/// A path as the export records it: relative to `sourceDir` when inside it,
/// else its file name, so that the export does not depend on where the
/// sources were (reproducible exports, no build paths leaked).
static std::string exportedPath(StringRef file, StringRef sourceDir) {
  SmallString<256> absolute(file);
  if (llvm::sys::fs::make_absolute(absolute))
    return llvm::sys::path::filename(file).str();
  llvm::sys::path::remove_dots(absolute, /*remove_dot_dot=*/true);
  StringRef rest = absolute;
  if (!sourceDir.empty() && rest.consume_front(sourceDir) && !rest.empty() &&
      llvm::sys::path::is_separator(rest.front()))
    return llvm::sys::path::relative_path(rest.drop_front()).str();
  return llvm::sys::path::filename(file).str();
}

/// Rewrites every file location of `module` (and its `pyir.source`) with
/// exportedPath, relative to the source file's directory.
static void relativizePaths(ModuleOp module) {
  auto source = module->getAttrOfType<StringAttr>(
      PyIRDialect::SourceAttrHelper::getNameStr());
  SmallString<256> sourceDir;
  if (source) {
    sourceDir = source.getValue();
    if (!llvm::sys::fs::make_absolute(sourceDir)) {
      llvm::sys::path::remove_dots(sourceDir, /*remove_dot_dot=*/true);
      llvm::sys::path::remove_filename(sourceDir);
    } else {
      sourceDir.clear();
    }
    module->setAttr(
        PyIRDialect::SourceAttrHelper::getNameStr(),
        StringAttr::get(module.getContext(),
                        exportedPath(source.getValue(), sourceDir)));
  }
  AttrTypeReplacer replacer;
  replacer.addReplacement([&](FileLineColRange loc) -> Attribute {
    std::string file = exportedPath(loc.getFilename().getValue(), sourceDir);
    return FileLineColRange::get(StringAttr::get(loc.getContext(), file),
                                 loc.getStartLine(), loc.getStartColumn(),
                                 loc.getEndLine(), loc.getEndColumn());
  });
  replacer.recursivelyReplaceElementsIn(module, /*replaceAttrs=*/true,
                                        /*replaceLocs=*/true,
                                        /*replaceTypes=*/false);
}

LogicalResult Exporter::run() {
  if (info.name.empty())
    return module.emitError("the module has no name (pyir.module)");
  if (std::error_code ec = llvm::sys::fs::create_directories(outDir))
    return module.emitError("cannot create ") << outDir << ": " << ec.message();
  std::string name = info.name;
  // The module with the dialect version recorded (it usually is already).
  OwningOpRef<ModuleOp> copy(cast<ModuleOp>(module->clone()));
  if (!(*copy)->hasAttr(PyIRDialect::getVersionAttrName()))
    (*copy)->setAttr(
        PyIRDialect::getVersionAttrName(),
        StringAttr::get(module.getContext(), PyIRDialect::getCurrentVersion()));
  relativizePaths(*copy);
  // A mixed module exports its compiled functions only: its Python source
  // is the extension's business.
  (*copy)->removeAttr(PyIRDialect::PythonSourceAttrHelper::getNameStr());

  // The IR: text, bytecode, JSON.
  if (failed(writeText(name + ".pyir.mlir", [&](raw_ostream &os) {
        (*copy)->print(os, OpPrintingFlags().enableDebugInfo(
                               /*enable=*/true, /*prettyForm=*/false));
        os << "\n";
        return success();
      })))
    return failure();
  if (failed(writeText(name + ".pyir.mlirbc", [&](raw_ostream &os) {
        BytecodeWriterConfig config(std::string("pyirc ") +
                                    PYIR_VERSION_STRING);
        return writeBytecodeToFile(*copy, os, config);
      })))
    return failure();
  if (failed(writeText(name + ".pyir.json", [&](raw_ostream &os) {
        return writeJSONIR(*copy, os);
      })))
    return failure();

  // The Python reference; an op it cannot express is reported and the
  // export goes on without it (the manifest lists no python tier).
  {
    std::string text;
    llvm::raw_string_ostream os(text);
    ScopedDiagnosticHandler handler(module.getContext(), [&](Diagnostic &d) {
      refError = d.str();
      return success();
    });
    if (succeeded(writePythonReference(*copy, os))) {
      if (failed(writeFile(name + "_ref.py", text)))
        return failure();
    } else if (refError.empty()) {
      refError = "unsupported IR";
    }
  }
  if (!refError.empty())
    llvm::errs() << "pyirc: warning: no Python reference: " << refError << "\n";

  // The C ABI: header, source, cffi declarations.
  std::string guard = "PYIR_" + StringRef(name).upper() + "_ABI_H";
  std::string decls;
  for (const std::string &fname : info.order) {
    const FunctionSummary &fn = info.functions[fname];
    if (fn.isPublic)
      decls += prototype(fn) + ";\n";
  }
  std::string enumText = "enum {\n";
#define PYIR_EXCEPTION_KIND_TEXT(NAME, VALUE)                                  \
  enumText += "  PYIR_EXC_" #NAME " = " #VALUE ",\n";
  PYIR_EXCEPTION_KINDS(PYIR_EXCEPTION_KIND_TEXT)
#undef PYIR_EXCEPTION_KIND_TEXT
  enumText += "};\n";
  if (failed(writeText(name + "_abi.h", [&](raw_ostream &os) {
        os << "/* Generated by pyirc --emit=jit: the plain C ABI of module "
           << name << " (no Python.h). */\n"
           << "#ifndef " << guard << "\n#define " << guard << "\n\n"
           << "#include <stdbool.h>\n#include <stdint.h>\n\n"
           << "#ifdef __cplusplus\nextern \"C\" {\n#endif\n\n"
           << "#ifndef PYIR_RUNTIME_PYIR_CORE_H\n"
           << getABITypes() << enumText << "#endif\n\n"
           << decls << "\n#ifdef __cplusplus\n}\n#endif\n#endif\n";
        return success();
      })))
    return failure();
  if (failed(writeText(name + "_abi.c", [&](raw_ostream &os) {
        os << "/* Generated by pyirc --emit=jit: the Python-free core of "
              "module "
           << name << " (the C backend's core), built as lib" << name
           << "_abi.so and " << name
           << "_abi.llvm14.bc. Compile with " PYIR_C_SEMANTIC_FLAGS
              " (GCC: also " PYIR_GCC_SEMANTIC_FLAGS "). */\n";
        os << options.cCore;
        return success();
      })))
    return failure();
  if (failed(writeText(name + "_abi.cdef", [&](raw_ostream &os) {
        os << "/* cffi declarations of lib" << name << "_abi.so */\n"
           << getABITypes() << enumText << decls;
        return success();
      })))
    return failure();

  // The runtime's arithmetic entries as bitcode (built with the compiler,
  // lib/Runtime), which Numba tier 1 links and calls.
  if (kPyIRRuntimeBitcode_SIZE != 0 &&
      failed(writeFile(
          kRuntimeBitcodeFile,
          StringRef(reinterpret_cast<const char *>(kPyIRRuntimeBitcode),
                    kPyIRRuntimeBitcode_SIZE))))
    return failure();

  // Native artifacts, built by the driver.
  if (options.buildNative) {
    native = options.buildNative(name, path(name + "_abi.c"), outDir);
    for (const std::string &file : {native.sharedLibrary, native.bitcode})
      if (!file.empty() && failed(hashFile(file)))
        return failure();
  }

  // The manifest, last: it lists the hashes of everything above.
  std::string text;
  {
    llvm::raw_string_ostream os(text);
    llvm::json::OStream j(os, /*IndentSize=*/2);
    writeManifest(j);
    os << "\n";
  }
  std::error_code ec;
  llvm::raw_fd_ostream os(path("manifest.json"), ec, llvm::sys::fs::OF_None);
  if (ec)
    return module.emitError("cannot write manifest.json: ") << ec.message();
  os << text;
  return success();
}

} // namespace

LogicalResult pyir::exportJIT(ModuleOp module, StringRef outDir,
                              const JITExportOptions &options) {
  return Exporter(module, outDir, options).run();
}
