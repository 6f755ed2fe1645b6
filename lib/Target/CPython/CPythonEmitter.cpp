//===- CPythonEmitter.cpp - pyir module to a CPython extension --*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// One self-contained C file per module, in four parts:
//   1. Python.h and the embedded runtime headers (pyir_core.h,
//      pyir_core_support.h, pyir_cpython_glue.h);
//   2. the core: convert-pyir-to-emitc and pyir-emitc-parallel-copies, then
//      emitc::translateToCpp, with `#line` directives (emitc.verbatim)
//      pointing at the .py source;
//   3. the glue: one METH_FASTCALL | METH_KEYWORDS wrapper per public
//      function, written here as text from the pyir function metadata
//      (table-driven boilerplate that needs no IR);
//   4. the method table, the module exec slot (public constants) and
//      PyInit_<name> with multi-phase init.
//
//===----------------------------------------------------------------------===//

#include "pyir/Target/CPython/CPythonEmitter.h"
#include "pyir/Conversion/PyIRToEmitC/PyIRToEmitC.h"
#include "pyir/Dialect/PyIR/IR/PyIRDialect.h"
#include "pyir/Dialect/PyIR/IR/PyIROps.h"
#include "pyir/Dialect/PyIR/IR/PyIRTypes.h"

#include "mlir/Dialect/EmitC/IR/EmitC.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/Interfaces/ControlFlowInterfaces.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Target/Cpp/CppEmitter.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

#include <cstdio>

using namespace mlir;
using namespace pyir;

namespace {

#include "pyir_core.h.inc"
#include "pyir_core_support.h.inc"
#include "pyir_cpython_glue.h.inc"

struct ParamInfo {
  std::string name;
  Type type;
  Attribute defaultValue; // null: required
  bool written = false;   // views: the function (or a callee) stores into it
};

struct FunctionInfo {
  std::string pyName;
  std::string coreName;
  std::string doc;
  bool isPublic = true;
  bool nogil = false;
  int line = 0;
  SmallVector<ParamInfo> params;
  SmallVector<Type> results;
};

int getLine(Location loc) {
  if (auto flc = dyn_cast<FileLineColLoc>(loc))
    return flc.getLine();
  if (auto name = dyn_cast<NameLoc>(loc))
    return getLine(name.getChildLoc());
  if (auto fused = dyn_cast<FusedLoc>(loc))
    for (Location inner : fused.getLocations())
      if (int line = getLine(inner))
        return line;
  return 0;
}

std::string cString(StringRef text) {
  std::string result = "\"";
  for (unsigned char c : text) {
    if (c == '"' || c == '\\') {
      result += '\\';
      result += c;
    } else if (c == '\n') {
      result += "\\n";
    } else if (c < 0x20 || c >= 0x7f || c == '?') {
      char buffer[8];
      snprintf(buffer, sizeof(buffer), "\\%03o", c);
      result += buffer;
    } else {
      result += c;
    }
  }
  return result + "\"";
}

std::string cType(Type type) {
  if (isa<ViewType>(type))
    return "pyir_view";
  if (auto intType = dyn_cast<IntegerType>(type)) {
    if (intType.getWidth() == 1)
      return "bool";
    return (intType.isUnsigned() ? "uint" : "int") +
           std::to_string(intType.getWidth()) + "_t";
  }
  if (type.isF32())
    return "float";
  return "double";
}

/// The annotation spelling of a type, for messages.
std::string pyTypeName(Type type) {
  if (auto view = dyn_cast<ViewType>(type)) {
    Type element = view.getElementType();
    std::string result =
        (element.isF64() ? std::string("f64") : pyTypeName(element)) + "[";
    for (unsigned i = 0; i < view.getRank(); ++i) {
      if (i)
        result += ", ";
      result += view.getContiguous() && i + 1 == view.getRank() ? "::1" : ":";
    }
    return result + "]";
  }
  if (auto intType = dyn_cast<IntegerType>(type)) {
    if (intType.getWidth() == 1)
      return "bool";
    if (intType.isSignless())
      return "int";
    return (intType.isUnsigned() ? "u" : "i") +
           std::to_string(intType.getWidth());
  }
  if (type.isF32())
    return "f32";
  return "float";
}

std::string floatLiteral(double value) {
  if (std::isnan(value))
    return "Py_NAN";
  if (std::isinf(value))
    return value < 0 ? "(-Py_HUGE_VAL)" : "Py_HUGE_VAL";
  char buffer[64];
  snprintf(buffer, sizeof(buffer), "%a", value);
  return buffer;
}

/// A C expression for a typed constant attribute.
std::string cLiteral(Attribute attr) {
  if (auto boolAttr = dyn_cast<BoolAttr>(attr))
    return boolAttr.getValue() ? "1" : "0";
  if (auto intAttr = dyn_cast<IntegerAttr>(attr)) {
    if (intAttr.getType().isInteger(1))
      return intAttr.getValue().isZero() ? "0" : "1";
    if (intAttr.getType().isUnsignedInteger())
      return "UINT64_C(" + std::to_string(intAttr.getValue().getZExtValue()) +
             ")";
    int64_t v = intAttr.getValue().getSExtValue();
    if (v == INT64_MIN)
      return "INT64_MIN";
    return "INT64_C(" + std::to_string(v) + ")";
  }
  if (auto floatAttr = dyn_cast<FloatAttr>(attr))
    return floatLiteral(floatAttr.getValueAsDouble());
  return "0";
}

/// Python object for a C value of `type` held in expression `expr`.
std::string boxExpr(Type type, const std::string &expr) {
  if (auto intType = dyn_cast<IntegerType>(type)) {
    if (intType.getWidth() == 1)
      return "PyBool_FromLong(" + expr + ")";
    if (intType.isUnsigned())
      return "PyLong_FromUnsignedLongLong((unsigned long long)" + expr + ")";
    return "PyLong_FromLongLong((long long)" + expr + ")";
  }
  return "PyFloat_FromDouble((double)" + expr + ")";
}

/// Which view parameters each function writes to, directly or through a
/// callee (fixpoint over the module).
void computeWrittenParams(ModuleOp module,
                          llvm::StringMap<SmallVector<bool>> &written) {
  SmallVector<func::FuncOp> funcs(module.getOps<func::FuncOp>());
  for (func::FuncOp func : funcs)
    written[func.getSymName()].assign(func.getNumArguments(), false);
  bool changed = true;
  while (changed) {
    changed = false;
    for (func::FuncOp func : funcs) {
      if (func.isExternal())
        continue;
      SmallVector<bool> &flags = written[func.getSymName()];
      for (unsigned k = 0; k < func.getNumArguments(); ++k) {
        if (flags[k] || !isa<ViewType>(func.getArgument(k).getType()))
          continue;
        SmallVector<Value> worklist{func.getArgument(k)};
        llvm::SmallPtrSet<void *, 16> seen;
        bool isWritten = false;
        while (!worklist.empty() && !isWritten) {
          Value value = worklist.pop_back_val();
          if (!seen.insert(value.getAsOpaquePointer()).second)
            continue;
          for (OpOperand &use : value.getUses()) {
            Operation *user = use.getOwner();
            if (auto store = dyn_cast<StoreOp>(user)) {
              if (store.getView() == value)
                isWritten = true;
            } else if (isa<UnrealizedConversionCastOp>(user)) {
              for (Value result : user->getResults())
                worklist.push_back(result);
            } else if (auto call = dyn_cast<func::CallOp>(user)) {
              auto it = written.find(call.getCallee());
              if (it != written.end() &&
                  use.getOperandNumber() < it->second.size() &&
                  it->second[use.getOperandNumber()])
                isWritten = true;
            } else if (auto branch = dyn_cast<BranchOpInterface>(user)) {
              for (unsigned s = 0; s < user->getNumSuccessors(); ++s) {
                SuccessorOperands operands = branch.getSuccessorOperands(s);
                OperandRange forwarded = operands.getForwardedOperands();
                if (forwarded.empty())
                  continue;
                unsigned begin = forwarded.getBeginOperandIndex();
                unsigned number = use.getOperandNumber();
                if (number >= begin && number < begin + forwarded.size())
                  worklist.push_back(user->getSuccessor(s)->getArgument(
                      operands.getProducedOperandCount() + number - begin));
              }
            }
          }
        }
        if (isWritten) {
          flags[k] = true;
          changed = true;
        }
      }
    }
  }
}

/// Writes an embedded header without its `#include "pyir_..."` lines (the
/// headers it includes precede it in the file).
void writeEmbedded(raw_ostream &os, StringRef name, StringRef text) {
  os << "/* ---- begin embedded " << name << " ---- */\n";
  SmallVector<StringRef> lines;
  text.split(lines, '\n');
  for (StringRef line : lines) {
    if (line.trim().starts_with("#include \"pyir_"))
      os << "/* " << line.trim() << " (embedded above) */\n";
    else
      os << line << "\n";
  }
  os << "/* ---- end embedded " << name << " ---- */\n";
}

/// Inserts `#line N "file"` before every op of the core that starts a new
/// source line.
void insertLineDirectives(ModuleOp module, StringRef sourcePath) {
  OpBuilder builder(module.getContext());
  for (auto func : module.getOps<emitc::FuncOp>()) {
    for (Block &block : func.getBody()) {
      int last = -1;
      for (Operation &op : llvm::make_early_inc_range(block)) {
        int line = getLine(op.getLoc());
        if (line <= 0 || line == last)
          continue;
        last = line;
        builder.setInsertionPoint(&op);
        std::string text =
            "#line " + std::to_string(line) + " " + cString(sourcePath);
        emitc::VerbatimOp::create(builder, op.getLoc(), text);
      }
    }
  }
}

class GlueWriter {
public:
  GlueWriter(raw_ostream &os, StringRef moduleName, StringRef sourcePath)
      : os(os), moduleName(moduleName), sourcePath(sourcePath) {}

  void writeWrapper(const FunctionInfo &fn);
  void writeModule(ArrayRef<FunctionInfo> fns, StringRef doc,
                   DictionaryAttr constants);

private:
  raw_ostream &os;
  std::string moduleName;
  std::string sourcePath;
};

void GlueWriter::writeWrapper(const FunctionInfo &fn) {
  std::string fname = cString(fn.pyName);
  unsigned n = fn.params.size();
  unsigned required = 0;
  while (required < n && !fn.params[required].defaultValue)
    ++required;

  os << "static PyObject *pyirw_" << fn.pyName
     << "(PyObject *self, PyObject *const *args, Py_ssize_t nargs, "
        "PyObject *kwnames) {\n";
  os << "  static const char *const names[] = {";
  for (const ParamInfo &p : fn.params)
    os << cString(p.name) << ", ";
  os << "NULL};\n";
  os << "  PyObject *argbuf[" << std::max(n, 1u) << "];\n";
  os << "  PyObject *const *argv = args;\n";
  os << "  PyObject *result = NULL;\n";
  os << "  pyir_error err = {0, NULL, 0};\n  int status;\n";
  for (unsigned i = 0; i < n; ++i) {
    const ParamInfo &p = fn.params[i];
    os << "  " << cType(p.type) << " a" << i << ";\n";
    if (isa<ViewType>(p.type))
      os << "  Py_buffer b" << i << ";\n  int have_b" << i << " = 0;\n";
  }
  unsigned numOuts = 0;
  SmallVector<Type> flat;
  for (Type t : fn.results) {
    if (auto tuple = dyn_cast<TupleType>(t))
      flat.append(tuple.getTypes().begin(), tuple.getTypes().end());
    else
      flat.push_back(t);
  }
  for (Type t : flat)
    os << "  " << cType(t) << " r" << numOuts++ << ";\n";
  os << "  (void)self;\n";
  // Positional-only fast path: all parameters passed by position, no
  // keywords; otherwise pyir_parse_args (keywords, defaults, errors).
  os << "  (void)argv;\n";
  os << "  if (PYIR_UNLIKELY(kwnames != NULL || nargs != " << n << ")) {\n";
  os << "    if (pyir_parse_args(" << fname << ", args, nargs, kwnames, names, "
     << n << ", " << required << ", argbuf) < 0)\n      return NULL;\n";
  os << "    argv = argbuf;\n  }\n";

  for (unsigned i = 0; i < n; ++i) {
    const ParamInfo &p = fn.params[i];
    std::string pname = cString(p.name);
    std::string tname = cString(pyTypeName(p.type));
    std::string arg = "argv[" + std::to_string(i) + "]";
    if (auto view = dyn_cast<ViewType>(p.type)) {
      Type element = view.getElementType();
      char kind = isa<FloatType>(element)
                      ? 'f'
                      : (element.isUnsignedInteger() ? 'u' : 'i');
      os << "  if (pyir_arg_view(" << fname << ", " << pname << ", " << tname
         << ", " << arg << ", '" << kind << "', "
         << element.getIntOrFloatBitWidth() / 8 << ", " << view.getRank()
         << ", " << (view.getContiguous() ? 1 : 0) << ", "
         << (p.written ? 1 : 0) << ", &b" << i << ", &a" << i
         << ") < 0)\n    goto done;\n";
      os << "  have_b" << i << " = 1;\n";
      continue;
    }
    // Required parameters are always present after pyir_parse_args.
    os << "  if (!" << arg << ") {\n";
    os << "    a" << i << " = "
       << (p.defaultValue ? cLiteral(p.defaultValue) : std::string("0"))
       << ";\n";
    os << "  } else {\n";
    Type t = p.type;
    if (t.isInteger(1)) {
      os << "    if (pyir_arg_bool(" << fname << ", " << pname << ", " << arg
         << ", &a" << i << ") < 0)\n      goto done;\n";
    } else if (auto intType = dyn_cast<IntegerType>(t)) {
      unsigned w = intType.getWidth();
      bool isUnsigned = intType.isUnsigned();
      std::string lo = "0", hiS = "0", hiU = "0";
      if (!isUnsigned) {
        lo = w == 64 ? "INT64_MIN" : "INT" + std::to_string(w) + "_MIN";
        hiS = w == 64 ? "INT64_MAX" : "INT" + std::to_string(w) + "_MAX";
      } else {
        hiU = "UINT" + std::to_string(w) + "_MAX";
      }
      os << "    long long s = 0;\n    unsigned long long u = 0;\n";
      os << "    if (pyir_arg_index(" << fname << ", " << pname << ", " << tname
         << ", " << arg << ", " << (isUnsigned ? 1 : 0) << ", " << lo << ", "
         << hiS << ", " << hiU << ", &s, &u) < 0)\n      goto done;\n";
      os << "    a" << i << " = (" << cType(t) << ")"
         << (isUnsigned ? "u" : "s") << ";\n";
    } else {
      os << "    double d;\n";
      os << "    if (pyir_arg_double(" << fname << ", " << pname << ", " << arg
         << ", &d) < 0)\n      goto done;\n";
      os << "    a" << i << " = (" << cType(t) << ")d;\n";
    }
    os << "  }\n";
  }

  // The call.
  std::string call = "status = " + fn.coreName + "(";
  for (unsigned i = 0; i < n; ++i)
    call += (isa<ViewType>(fn.params[i].type) ? "&a" : "a") +
            std::to_string(i) + ", ";
  for (unsigned k = 0; k < numOuts; ++k)
    call += "&r" + std::to_string(k) + ", ";
  call += "&err);";
  if (fn.nogil)
    os << "  Py_BEGIN_ALLOW_THREADS\n  " << call
       << "\n  Py_END_ALLOW_THREADS\n";
  else
    os << "  " << call << "\n";
  os << "  if (status != 0) {\n    pyir_raise_error(&err, " << fname << ", "
     << cString(sourcePath) << ", " << fn.line << ");\n    goto done;\n  }\n";

  // The result.
  if (fn.results.empty()) {
    os << "  result = Py_None;\n  Py_INCREF(result);\n";
  } else if (auto tuple = dyn_cast<TupleType>(fn.results.front())) {
    os << "  result = PyTuple_New(" << tuple.size() << ");\n";
    os << "  if (!result)\n    goto done;\n";
    for (unsigned k = 0; k < tuple.size(); ++k) {
      os << "  {\n    PyObject *item = "
         << boxExpr(tuple.getType(k), "r" + std::to_string(k)) << ";\n";
      os << "    if (!item) {\n      Py_CLEAR(result);\n      goto done;\n"
            "    }\n";
      os << "    PyTuple_SET_ITEM(result, " << k << ", item);\n  }\n";
    }
  } else {
    os << "  result = " << boxExpr(fn.results.front(), "r0") << ";\n";
  }
  os << "done:\n";
  for (unsigned i = 0; i < n; ++i)
    if (isa<ViewType>(fn.params[i].type))
      os << "  if (have_b" << i << ")\n    PyBuffer_Release(&b" << i << ");\n";
  os << "  return result;\n}\n\n";
}

void GlueWriter::writeModule(ArrayRef<FunctionInfo> fns, StringRef doc,
                             DictionaryAttr constants) {
  os << "static PyMethodDef pyir_methods[] = {\n";
  for (const FunctionInfo &fn : fns) {
    if (!fn.isPublic)
      continue;
    os << "    {" << cString(fn.pyName)
       << ", (PyCFunction)(void (*)(void))pyirw_" << fn.pyName
       << ", METH_FASTCALL | METH_KEYWORDS, "
       << (fn.doc.empty() ? "NULL" : cString(fn.doc)) << "},\n";
  }
  os << "    {NULL, NULL, 0, NULL}};\n\n";

  os << "static int pyir_module_exec(PyObject *module) {\n";
  if (constants) {
    for (NamedAttribute entry : constants) {
      std::string name = cString(entry.getName().strref());
      Attribute value = entry.getValue();
      std::string expr;
      if (auto boolAttr = dyn_cast<BoolAttr>(value))
        expr = std::string("PyBool_FromLong(") +
               (boolAttr.getValue() ? "1" : "0") + ")";
      else if (auto intAttr = dyn_cast<IntegerAttr>(value))
        expr = boxExpr(intAttr.getType(), cLiteral(intAttr));
      else if (auto floatAttr = dyn_cast<FloatAttr>(value))
        expr = "PyFloat_FromDouble(" + cLiteral(floatAttr) + ")";
      else if (auto strAttr = dyn_cast<StringAttr>(value))
        expr = "PyUnicode_FromString(" + cString(strAttr.getValue()) + ")";
      else
        continue;
      os << "  if (pyir_add_constant(module, " << name << ", " << expr
         << ") < 0)\n    return -1;\n";
    }
  }
  os << "  (void)module;\n  return 0;\n}\n\n";
  os << "static PyModuleDef_Slot pyir_slots[] = {\n"
        "    {Py_mod_exec, (void *)pyir_module_exec},\n"
        "    {0, NULL}};\n\n";
  os << "static struct PyModuleDef pyir_moduledef = {\n"
        "    PyModuleDef_HEAD_INIT, "
     << cString(moduleName) << ", " << (doc.empty() ? "NULL" : cString(doc))
     << ", 0, pyir_methods, pyir_slots, NULL, NULL, NULL};\n\n";
  os << "PyMODINIT_FUNC PyInit_" << moduleName
     << "(void) { return PyModuleDef_Init(&pyir_moduledef); }\n";
}

/// The module name (`pyir.module`, else the symbol name); empty if none.
std::string getModuleName(ModuleOp module) {
  if (auto name = module->getAttrOfType<StringAttr>("pyir.module"))
    return name.str();
  if (module.getSymName())
    return module.getSymName()->str();
  return "";
}

/// The absolute path of the .py source (`pyir.source`), else `<name>.py`.
std::string getSourcePath(ModuleOp module, StringRef moduleName) {
  if (auto source = module->getAttrOfType<StringAttr>("pyir.source")) {
    SmallString<256> path(source.getValue());
    (void)llvm::sys::fs::make_absolute(path);
    llvm::sys::path::remove_dots(path, /*remove_dot_dot=*/true);
    return path.str().str();
  }
  return (moduleName + ".py").str();
}

} // namespace

LogicalResult pyir::translateToCCore(ModuleOp module, raw_ostream &os,
                                     const CPythonEmitterOptions &options) {
  std::string moduleName = getModuleName(module);
  if (moduleName.empty())
    return module.emitError("the module has no name (pyir.module)");
  std::string sourcePath = getSourcePath(module, moduleName);
  OwningOpRef<ModuleOp> core(cast<ModuleOp>(module->clone()));
  PassManager pm(module.getContext());
  pm.addPass(createConvertPyIRToEmitC());
  pm.addPass(createEmitCParallelBranchCopies());
  if (failed(pm.run(*core)))
    return failure();
  for (auto include :
       llvm::make_early_inc_range(core->getOps<emitc::IncludeOp>()))
    include->erase();
  if (options.lineDirectives)
    insertLineDirectives(*core, sourcePath);
  std::string coreText;
  {
    llvm::raw_string_ostream coreOs(coreText);
    if (failed(emitc::translateToCpp(*core, coreOs,
                                     /*declareVariablesAtTop=*/true)))
      return failure();
  }
  writeEmbedded(os, "pyir_core.h", kPyIRCoreH);
  writeEmbedded(os, "pyir_core_support.h", kPyIRCoreSupportH);
  os << "\n/* ==== core ==== */\n";
  os << coreText;
  return success();
}

LogicalResult pyir::translateToCPython(ModuleOp module, raw_ostream &os,
                                       const CPythonEmitterOptions &options) {
  std::string moduleName = getModuleName(module);
  if (moduleName.empty())
    return module.emitError("the module has no name (pyir.module)");
  std::string sourcePath = getSourcePath(module, moduleName);
  std::string moduleDoc;
  if (auto doc = module->getAttrOfType<StringAttr>("pyir.doc"))
    moduleDoc = doc.str();

  // Metadata for the glue, from the pyir module.
  llvm::StringMap<SmallVector<bool>> written;
  computeWrittenParams(module, written);
  SmallVector<FunctionInfo> fns;
  for (func::FuncOp func : module.getOps<func::FuncOp>()) {
    FunctionInfo fn;
    fn.pyName = func.getSymName().str();
    fn.coreName = getCoreFunctionName(moduleName, fn.pyName);
    fn.isPublic = !func.isPrivate() && !StringRef(fn.pyName).starts_with("_");
    fn.line = getLine(func.getLoc());
    fn.nogil = func->hasAttr("pyir.nogil");
    if (auto doc = func->getAttrOfType<StringAttr>("pyir.doc"))
      fn.doc = doc.str();
    auto names = func->getAttrOfType<ArrayAttr>("pyir.arg_names");
    auto defaults = func->getAttrOfType<ArrayAttr>("pyir.defaults");
    for (unsigned i = 0; i < func.getNumArguments(); ++i) {
      ParamInfo p;
      p.type = func.getArgument(i).getType();
      p.name = names && i < names.size() ? cast<StringAttr>(names[i]).str()
                                         : "arg" + std::to_string(i);
      if (defaults && i < defaults.size() && !isa<UnitAttr>(defaults[i]))
        p.defaultValue = defaults[i];
      p.written = written[fn.pyName][i];
      fn.params.push_back(p);
    }
    for (Type t : func.getResultTypes())
      fn.results.push_back(t);
    if (fn.results.size() > 1)
      return func.emitError("multiple results are not supported by the "
                            "CPython target (use a tuple)");
    fns.push_back(std::move(fn));
  }

  // The core.
  std::string coreText;
  {
    llvm::raw_string_ostream coreOs(coreText);
    if (failed(translateToCCore(module, coreOs, options)))
      return failure();
  }

  // Assemble the file, counting lines for the `#line` reset after the core.
  std::string text;
  llvm::raw_string_ostream out(text);
  out << "/* Generated by pyirc from " << sourcePath
      << "; do not edit.\n * Module " << moduleName
      << ": a Python-free core (one C function per Python function) and the "
         "CPython glue. */\n";
  out << "#define PY_SSIZE_T_CLEAN\n#include <Python.h>\n#include "
         "<frameobject.h>\n\n";
  out << coreText;
  unsigned lineNo = std::count(text.begin(), text.end(), '\n') + 1;
  out << "#line " << lineNo + 1 << " \"" << moduleName << ".c\"\n";
  out << "\n/* ==== glue ==== */\n";
  writeEmbedded(out, "pyir_cpython_glue.h", kPyIRCPythonGlueH);
  out << "\n";
  GlueWriter glue(out, moduleName, sourcePath);
  for (const FunctionInfo &fn : fns)
    if (fn.isPublic)
      glue.writeWrapper(fn);
  glue.writeModule(fns, moduleDoc,
                   module->getAttrOfType<DictionaryAttr>("pyir.constants"));
  os << text;
  return success();
}
