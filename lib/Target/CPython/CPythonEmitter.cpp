//===- CPythonEmitter.cpp - pyir module to a CPython extension --*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// One self-contained C file per module, in four parts:
//   1. Python.h and the embedded runtime headers (pyir_errors.h,
//      pyir_abi.h, pyir_entries.h, pyir_core.h,
//      pyir_core_support.h, pyir_cpython_limited.h, pyir_cpython_glue.h);
//   2. the core: CorePrinter.cpp's C for the module pyir-lower-to-c made
//      (convert-pyir-to-emitc, parallel copies, `#line` directives);
//   3. the glue: one METH_FASTCALL | METH_KEYWORDS wrapper per public
//      function, written here as text from the facts convert-pyir-to-emitc
//      left on each emitc.func (table-driven boilerplate that needs no IR);
//   4. the method table, the module exec slot (public constants; in a
//      mixed module, the Python source executed in the module's dict, then
//      the compiled functions set over their Python definitions) and
//      PyInit_<name> with multi-phase init (with PYIR_DISABLE set, a
//      second definition that imports the interpreted .py instead).
//
//===----------------------------------------------------------------------===//

#include "pyir/Target/CPython/CPythonEmitter.h"
#include "CAPI.h"
#include "CorePrinter.h"
#include "LineMap.h"
#include "pyir/Conversion/PyIRToEmitC/PyIRToEmitC.h"
#include "pyir/Dialect/PyIR/IR/PyIRDialect.h"
#include "pyir/Dialect/PyIR/IR/PyIROps.h"
#include "pyir/Dialect/PyIR/IR/PyIRTypes.h"
#include "pyir/Dialect/PyIR/IR/PythonLiteral.h"

#include "mlir/Dialect/ControlFlow/IR/ControlFlow.h"
#include "mlir/Dialect/EmitC/IR/EmitC.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/Interfaces/ControlFlowInterfaces.h"
#include "mlir/Tools/mlir-translate/Translation.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/Path.h"

#include <cstdio>

using namespace mlir;
using namespace pyir;

namespace {

#include "pyir_abi.h.inc"
#include "pyir_core.h.inc"
#include "pyir_core_support.h.inc"
#include "pyir_cpython_glue.h.inc"
#include "pyir_cpython_limited.h.inc"
#include "pyir_entries.h.inc"
#include "pyir_errors.h.inc"

struct ParamInfo {
  std::string name;
  Type type;
  Attribute defaultValue; // null: required
  bool written = false;   // views: the function (or a callee) stores into it
};

struct FunctionInfo {
  /// The symbol (a specialisation's mangled name).
  std::string pyName;
  /// The name Python sees: pyName, or a specialisation's generic name.
  std::string genericName;
  /// A specialisation's binding: type variable -> spelling.
  DictionaryAttr binding;
  std::string coreName;
  std::string doc;
  bool isPublic = true;
  bool nogil = false;
  CoreSignature core;
  int line = 0;
  SmallVector<ParamInfo> params;
  SmallVector<Type> results;
};

std::string cType(Type type) {
  // A view parameter or result: its struct and its owner (Arrays.cpp).
  if (isa<ViewType>(type))
    return "pyir_oview";
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

class GlueWriter {
public:
  GlueWriter(raw_ostream &os, StringRef moduleName, StringRef qualifiedName,
             StringRef sourcePath)
      : os(os), moduleName(moduleName), qualifiedName(qualifiedName),
        sourcePath(sourcePath) {}

  /// The wrapper of a public function; for a specialisation
  /// (`specialization`), the part after the argument parsing, as
  /// `pyirs_<symbol>(argv, pre)`, which the generic's dispatcher calls
  /// with the buffers it acquired to choose (`pre[i]`, NULL where it did
  /// not): the specialisation takes them over.
  void writeWrapper(const FunctionInfo &fn, bool specialization = false);
  /// The one wrapper of a generic function: parses the arguments, picks
  /// the specialisation (language.md §8) and calls its pyirs_ function.
  void writeDispatcher(ArrayRef<const FunctionInfo *> specs);
  void writeModule(ArrayRef<FunctionInfo> fns, StringRef doc,
                   DictionaryAttr constants, StringRef pythonSource);

private:
  raw_ostream &os;
  std::string moduleName;
  /// `pkg.sub.m` (getQualifiedModuleName).
  std::string qualifiedName;
  /// `pkg/sub/m.py` (getPackageRelativeSourcePath): tracebacks name it
  /// unless the .py is found next to the extension.
  std::string sourcePath;
};

/// The kind letter of a scalar type in the glue's helpers (a view's item
/// kind, the dispatch helpers): 'b' bool, 'i' signed (and `int`), 'u'
/// unsigned, 'f' float.
static char kindLetter(Type type) {
  if (type.isInteger(1))
    return 'b';
  if (isa<FloatType>(type))
    return 'f';
  return type.isUnsignedInteger() ? 'u' : 'i';
}

/// The argument parsing that starts a wrapper: `argv` holds the arguments
/// by position (NULL where a default applies).
static void writeParse(raw_ostream &os, const FunctionInfo &fn) {
  std::string fname = getCStringLiteral(fn.genericName);
  unsigned n = fn.params.size();
  unsigned required = 0;
  while (required < n && !fn.params[required].defaultValue)
    ++required;
  os << "  static const char *const names[] = {";
  for (const ParamInfo &p : fn.params)
    os << getCStringLiteral(p.name) << ", ";
  os << "NULL};\n";
  os << "  PyObject *argbuf[" << std::max(n, 1u) << "];\n";
  os << "  PyObject *const *argv = args;\n";
  os << "  (void)self;\n";
  // Positional-only fast path: all parameters passed by position, no
  // keywords; otherwise pyir_parse_args (keywords, defaults, errors).
  os << "  (void)argv;\n";
  os << "  if (PYIR_UNLIKELY(kwnames != NULL || nargs != " << n << ")) {\n";
  os << "    if (pyir_parse_args(" << fname << ", args, nargs, kwnames, names, "
     << n << ", " << required << ", argbuf) < 0)\n      return NULL;\n";
  os << "    argv = argbuf;\n  }\n";
}

static constexpr StringLiteral kWrapperHead =
    "(PyObject *self, PyObject *const *args, Py_ssize_t nargs, "
    "PyObject *kwnames) {\n";

void GlueWriter::writeWrapper(const FunctionInfo &fn, bool specialization) {
  std::string fname = getCStringLiteral(fn.genericName);
  unsigned n = fn.params.size();
  if (specialization) {
    os << "static PyObject *pyirs_" << fn.pyName
       << "(PyObject *const *argv, Py_buffer *const *pre) {\n  (void)pre;\n";
  } else {
    os << "static PyObject *pyirw_" << fn.pyName << kWrapperHead;
    writeParse(os, fn);
  }
  os << "  PyObject *result = NULL;\n";
  if (fn.core.raises)
    os << "  pyir_error err = {0, NULL, 0, NULL};\n  int status;\n";
  for (unsigned i = 0; i < n; ++i) {
    const ParamInfo &p = fn.params[i];
    os << "  " << cType(p.type) << " a" << i << ";\n";
    if (isa<ViewType>(p.type))
      os << "  Py_buffer b" << i << ";\n";
    if (isa<ViewType>(p.type) && specialization)
      os << "  Py_buffer *pb" << i << " = pre[" << i << "] ? pre[" << i
         << "] : &b" << i << ";\n  int have_b" << i << " = pre[" << i
         << "] != NULL;\n";
    else if (isa<ViewType>(p.type))
      os << "  int have_b" << i << " = 0;\n";
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

  for (unsigned i = 0; i < n; ++i) {
    const ParamInfo &p = fn.params[i];
    std::string pname = getCStringLiteral(p.name);
    std::string tname = getCStringLiteral(pyTypeName(p.type));
    std::string arg = "argv[" + std::to_string(i) + "]";
    if (auto view = dyn_cast<ViewType>(p.type)) {
      Type element = view.getElementType();
      std::string checks = "'" + std::string(1, kindLetter(element)) + "', " +
                           std::to_string(element.getIntOrFloatBitWidth() / 8) +
                           ", " + std::to_string(view.getRank()) + ", " +
                           (view.getContiguous() ? "1" : "0") + ", " +
                           (p.written ? "1" : "0");
      std::string b = "b" + std::to_string(i), a = "a" + std::to_string(i);
      if (specialization) {
        // The buffer the dispatcher acquired, if it did.
        os << "  if (have_" << b << ") {\n";
        os << "    if (pyir_take_view(" << fname << ", " << pname << ", "
           << tname << ", " << checks << ", p" << b << ", &" << a
           << ".view) < 0) {\n      have_" << b << " = 0;\n      goto done;\n"
           << "    }\n  } else {\n  ";
      }
      os << "  if (pyir_arg_view(" << fname << ", " << pname << ", " << tname
         << ", " << arg << ", " << checks << ", &" << b << ", &" << a
         << ".view) < 0)\n    goto done;\n";
      os << (specialization ? "    " : "  ") << "have_" << b << " = 1;\n";
      if (specialization)
        os << "  }\n";
      // Borrowed: a returned parameter is the argument object itself.
      os << "  " << a << ".owner = " << arg << ";\n  " << a
         << ".sliced = 0;\n  " << a << ".borrowed = 1;\n";
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
  SmallVector<std::string> callArgs;
  for (unsigned i = 0; i < n; ++i)
    callArgs.push_back(isa<ViewType>(fn.params[i].type)
                           ? "&a" + std::to_string(i) + ".view"
                           : "a" + std::to_string(i));
  for (unsigned k = 0; k < fn.core.numOuts; ++k)
    callArgs.push_back("&r" + std::to_string(k) +
                       (isa<ViewType>(flat[k]) ? ".view" : ""));
  if (fn.core.raises)
    callArgs.push_back("&err");
  std::string call = fn.core.raises         ? "status = "
                     : fn.core.returnsValue ? "r0 = "
                                            : "";
  call += fn.coreName + "(" + llvm::join(callArgs, ", ") + ");";
  if (fn.nogil)
    os << "  Py_BEGIN_ALLOW_THREADS\n  " << call
       << "\n  Py_END_ALLOW_THREADS\n";
  else
    os << "  " << call << "\n";
  if (fn.core.raises)
    os << "  if (status != 0) {\n    pyir_raise_error(&err, " << fname
       << ", pyir_source_file(" << getCStringLiteral(sourcePath) << "), "
       << fn.line << ");\n    goto done;\n  }\n";

  // The result.
  if (fn.results.empty()) {
    os << "  result = Py_None;\n  Py_INCREF(result);\n";
  } else if (auto tuple = dyn_cast<TupleType>(fn.results.front())) {
    // Every element is boxed first, so that each view's reference is
    // consumed (handed to its object, or released once one has failed)
    // whatever fails.
    os << "  {\n    PyObject *items[" << tuple.size()
       << "];\n    int failed = 0, k;\n";
    for (unsigned k = 0; k < tuple.size(); ++k) {
      std::string r = "r" + std::to_string(k);
      if (auto view = dyn_cast<ViewType>(tuple.getType(k)))
        os << "    items[" << k << "] = failed ? (pyir__slot_release(&" << r
           << "), (PyObject *)NULL) : pyir_view_object(&" << r << ", "
           << view.getRank() << ");\n";
      else
        os << "    items[" << k
           << "] = failed ? NULL : " << boxExpr(tuple.getType(k), r) << ";\n";
      os << "    failed |= items[" << k << "] == NULL;\n";
    }
    os << "    result = failed ? NULL : PyTuple_New(" << tuple.size()
       << ");\n    for (k = 0; k < " << tuple.size()
       << "; ++k) {\n      if (result)\n        PyTuple_SET_ITEM(result, k, "
          "items[k]);\n      else\n        Py_XDECREF(items[k]);\n    }\n"
          "  }\n";
  } else if (auto view = dyn_cast<ViewType>(fn.results.front())) {
    // The callee's reference to the array's owner, handed to Python (or
    // to the view object of the part of it that a slice is).
    os << "  result = pyir_view_object(&r0, " << view.getRank() << ");\n";
  } else {
    os << "  result = " << boxExpr(fn.results.front(), "r0") << ";\n";
  }
  os << "done:\n";
  for (unsigned i = 0; i < n; ++i)
    if (isa<ViewType>(fn.params[i].type))
      os << "  if (have_b" << i << ")\n    PyBuffer_Release("
         << (specialization ? "pb" : "&b") << i << ");\n";
  os << "  return result;\n}\n\n";
}

namespace {
/// How a generic function's dispatcher chooses one type variable.
struct VarChoice {
  StringAttr var;
  /// The parameter whose argument decides: the first whose type is a
  /// function of this variable alone, a view before a scalar.
  unsigned deciding = 0;
  /// The types it may stand for, in the order of the specialisations.
  SmallVector<StringRef> values;
};
} // namespace

/// The choices of a generic function with specialisations `specs`, in the
/// order of their deciding parameters (the arguments are checked left to
/// right).
static SmallVector<VarChoice>
getVarChoices(ArrayRef<const FunctionInfo *> specs) {
  const FunctionInfo &first = *specs.front();
  SmallVector<VarChoice> choices;
  for (NamedAttribute entry : first.binding) {
    VarChoice choice;
    choice.var = entry.getName();
    auto valueOf = [&](const FunctionInfo *spec) {
      return spec->binding.getAs<StringAttr>(choice.var).getValue();
    };
    for (const FunctionInfo *spec : specs)
      if (!llvm::is_contained(choice.values, valueOf(spec)))
        choice.values.push_back(valueOf(spec));
    auto governed = [&](unsigned i) {
      llvm::StringMap<Type> byValue;
      for (const FunctionInfo *spec : specs) {
        auto [it, inserted] =
            byValue.try_emplace(valueOf(spec), spec->params[i].type);
        if (!inserted && it->second != spec->params[i].type)
          return false;
      }
      llvm::SmallPtrSet<const void *, 4> distinct;
      for (auto &e : byValue)
        distinct.insert(e.second.getAsOpaquePointer());
      return distinct.size() == byValue.size();
    };
    int deciding = -1;
    for (bool wantView : {true, false})
      for (unsigned i = 0; deciding < 0 && i < first.params.size(); ++i)
        if (isa<ViewType>(first.params[i].type) == wantView && governed(i))
          deciding = i;
    assert(deciding >= 0 && "Sema: every type variable is in a parameter");
    choice.deciding = deciding;
    choices.push_back(std::move(choice));
  }
  llvm::stable_sort(choices, [](const VarChoice &a, const VarChoice &b) {
    return a.deciding < b.deciding;
  });
  return choices;
}

void GlueWriter::writeDispatcher(ArrayRef<const FunctionInfo *> specs) {
  const FunctionInfo &first = *specs.front();
  std::string fname = getCStringLiteral(first.genericName);
  os << "static PyObject *pyirw_" << first.genericName << kWrapperHead;
  writeParse(os, first);
  unsigned n = first.params.size();
  os << "  Py_buffer *pre[" << std::max(n, 1u) << "] = {NULL};\n";
  SmallVector<VarChoice> choices = getVarChoices(specs);
  // The buffers acquired so far, released when a later choice fails.
  std::string release;
  for (auto [v, choice] : llvm::enumerate(choices)) {
    std::string accepted, kinds, sizes;
    for (auto [k, value] : llvm::enumerate(choice.values)) {
      accepted += (k == 0                          ? ""
                   : k + 1 == choice.values.size() ? " or "
                                                   : ", ") +
                  value.str();
      StringAttr var = choice.var;
      auto spec = llvm::find_if(specs, [&](const FunctionInfo *f) {
        return f->binding.getAs<StringAttr>(var).getValue() == value;
      });
      Type t = (*spec)->params[choice.deciding].type;
      if (auto view = dyn_cast<ViewType>(t))
        t = view.getElementType();
      kinds += std::string(k == 0 ? "'" : ", '") + kindLetter(t) + "'";
      sizes +=
          (k == 0 ? "" : ", ") + std::to_string(t.getIntOrFloatBitWidth() / 8);
    }
    const ParamInfo &param = first.params[choice.deciding];
    std::string arg = "argv[" + std::to_string(choice.deciding) + "]";
    std::string s = "s" + std::to_string(v), d = "d" + std::to_string(v);
    os << "  /* " << choice.var.getValue() << ": " << accepted
       << ", by argument '" << param.name << "' */\n";
    os << "  static const char kinds" << v << "[] = {" << kinds << "};\n";
    if (!isa<ViewType>(param.type)) {
      os << "  int " << s << " = " << arg << " ? pyir_dispatch_scalar(" << arg
         << ", kinds" << v << ", " << choice.values.size() << ") : 0;\n";
      continue;
    }
    os << "  static const Py_ssize_t sizes" << v << "[] = {" << sizes << "};\n";
    os << "  Py_buffer " << d << ";\n";
    os << "  int " << s << " = pyir_dispatch_view(" << fname << ", "
       << getCStringLiteral(param.name) << ", " << getCStringLiteral(accepted)
       << ", " << arg << ", kinds" << v << ", sizes" << v << ", "
       << choice.values.size() << ", &" << d << ");\n";
    os << "  if (" << s << " < 0) {\n" << release << "    return NULL;\n  }\n";
    os << "  pre[" << choice.deciding << "] = &" << d << ";\n";
    release += "    PyBuffer_Release(&" + d + ");\n";
  }
  for (auto [k, spec] : llvm::enumerate(specs)) {
    std::string cond;
    for (auto [v, choice] : llvm::enumerate(choices)) {
      StringRef value = spec->binding.getAs<StringAttr>(choice.var).getValue();
      cond += (cond.empty() ? "" : " && ") + ("s" + std::to_string(v)) +
              " == " +
              std::to_string(llvm::find(choice.values, value) -
                             choice.values.begin());
    }
    if (k + 1 < specs.size())
      os << "  if (" << cond << ")\n  ";
    os << "  return pyirs_" << spec->pyName << "(argv, pre);\n";
  }
  os << "}\n\n";
}

/// A mixed module's source as a C array, one literal per line, and the
/// function that executes it in the module's dict as a Python module's code
/// (compiled with the .py's path: tracebacks and linecache find the file).
static void writePythonSource(raw_ostream &os, StringRef source) {
  os << "static const char pyir_python_source[] =\n";
  SmallVector<StringRef> lines;
  source.split(lines, '\n');
  for (auto [i, line] : llvm::enumerate(lines))
    if (i + 1 < lines.size() || !line.empty())
      os << "    "
         << getCStringLiteral(i + 1 < lines.size() ? line.str() + "\n"
                                                   : line.str())
         << "\n";
  os << "    \"\";\n\n";
  os << R"(static int pyir_exec_python(PyObject *module, const char *filename) {
  PyObject *dict = PyModule_GetDict(module);
  PyObject *code, *result;
  if (PyDict_GetItemString(dict, "__builtins__") == NULL &&
      PyDict_SetItemString(dict, "__builtins__", PyEval_GetBuiltins()) < 0)
    return -1;
  code = Py_CompileString(pyir_python_source, filename, Py_file_input);
  if (!code)
    return -1;
  pyir_register_source(filename, pyir_python_source);
  result = PyEval_EvalCode(code, dict, dict);
  Py_DECREF(code);
  if (!result)
    return -1;
  Py_DECREF(result);
  return 0;
}

)";
}

/// The docstring of a function's PyMethodDef: `name($module, x, s=2.0)`,
/// `--`, then the docstring. CPython takes the first line as the
/// `__text_signature__` (inspect.signature, help()); the wrappers take
/// every parameter by position or keyword (writeParse), with its default.
/// A default Python has no literal for (a float that is not finite)
/// leaves the signature out.
static std::string getMethodDoc(const FunctionInfo &fn) {
  std::string signature = fn.genericName + "($module";
  for (const ParamInfo &p : fn.params) {
    signature += ", " + p.name;
    if (!p.defaultValue)
      continue;
    std::optional<std::string> literal = getPythonLiteral(p.defaultValue);
    if (!literal)
      return fn.doc;
    signature += "=" + *literal;
  }
  return signature + ")\n--\n\n" + fn.doc;
}

void GlueWriter::writeModule(ArrayRef<FunctionInfo> fns, StringRef doc,
                             DictionaryAttr constants, StringRef pythonSource) {
  os << "static PyMethodDef pyir_methods[] = {\n";
  llvm::StringSet<> generics;
  for (const FunctionInfo &fn : fns) {
    if (!fn.isPublic)
      continue;
    // One entry per generic function: its dispatcher.
    if (fn.binding && !generics.insert(fn.genericName).second)
      continue;
    os << "    {" << getCStringLiteral(fn.genericName)
       << ", (PyCFunction)(void (*)(void))pyirw_" << fn.genericName
       << ", METH_FASTCALL | METH_KEYWORDS, "
       << getCStringLiteral(getMethodDoc(fn)) << "},\n";
  }
  os << "    {NULL, NULL, 0, NULL}};\n\n";

  if (!pythonSource.empty())
    writePythonSource(os, pythonSource);
  os << "static int pyir_module_exec(PyObject *module) {\n";
  // Its capsules first, then the other compiled modules' (CAPI.h).
  os << "  if (pyir_capi_export(module) < 0 || pyir_capi_import(module) < 0)\n"
        "    return -1;\n";
  os << "  pyir_find_source(module, "
     << getCStringLiteral(llvm::sys::path::filename(sourcePath)) << ");\n";
  if (!pythonSource.empty()) {
    // The Python source defines everything, the constants included; the
    // compiled functions then replace their Python definitions.
    os << "  if (pyir_exec_python(module, pyir_source_file("
       << getCStringLiteral(sourcePath) << ")) < 0)\n    return -1;\n";
    os << "  if (PyModule_AddFunctions(module, pyir_methods) < 0)\n"
          "    return -1;\n";
    constants = nullptr;
  }
  if (constants) {
    for (NamedAttribute entry : constants) {
      std::string name = getCStringLiteral(entry.getName().strref());
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
        expr = "PyUnicode_FromString(" + getCStringLiteral(strAttr.getValue()) +
               ")";
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
     << getCStringLiteral(qualifiedName) << ", "
     << (doc.empty() ? "NULL" : getCStringLiteral(doc))
     << ", 0, pyir_methods, pyir_slots, NULL, NULL, NULL};\n\n";
  os << "PyMODINIT_FUNC PyInit_" << moduleName
     << "(void) {\n  return PyModuleDef_Init(pyir_disabled() ? "
        "&pyir_interpreted_moduledef\n                                         "
        " "
        "  : &pyir_moduledef);\n}\n";
}

} // namespace

/// Checks that `module` is what pyir-lower-to-c produces: named, and with
/// no function left unlowered.
static LogicalResult checkLowered(ModuleOp module) {
  if (getModuleName(module).empty())
    return module.emitError("the module has no name (pyir.module)");
  for (Operation &op : module.getBody()->getOperations())
    if (!isa<emitc::EmitCDialect>(op.getDialect()))
      return op.emitError("the C targets print EmitC: lower the module with "
                          "pyir-lower-to-c first");
  return success();
}

/// The runtime the core calls: the embedded headers, after the renames of
/// the ABI symbols.
static void printRuntime(ModuleOp module, raw_ostream &os) {
  printABIRenames(module, os, /*rename=*/true);
  writeEmbedded(os, "pyir_errors.h", kPyIRErrorsH);
  writeEmbedded(os, "pyir_abi.h", kPyIRAbiH);
  writeEmbedded(os, "pyir_entries.h", kPyIREntriesH);
  writeEmbedded(os, "pyir_core.h", kPyIRCoreH);
  writeEmbedded(os, "pyir_core_support.h", kPyIRCoreSupportH);
  os << "\n/* ==== core ==== */\n";
}

LogicalResult pyir::translateToCCore(ModuleOp module, raw_ostream &os,
                                     bool internalLinkage) {
  if (failed(checkLowered(module)))
    return failure();
  std::string runtime;
  llvm::raw_string_ostream runtimeOs(runtime);
  printRuntime(module, runtimeOs);
  os << runtime;
  // The functions hold kLineResetMarker where their .py mapping ends.
  std::string functions;
  llvm::raw_string_ostream functionsOs(functions);
  LogicalResult result =
      printCoreFunctions(module, functionsOs, internalLinkage);
  os << finishLineDirectives(functions, getModuleName(module) + ".c",
                             std::count(runtime.begin(), runtime.end(), '\n'));
  return result;
}

/// Under a limited API older than 3.11 a view parameter has no buffer
/// protocol: an error located at the first public function that has one.
static LogicalResult checkLimitedAPI(ArrayRef<FunctionInfo> fns,
                                     ArrayRef<emitc::FuncOp> funcs,
                                     unsigned limitedAPI) {
  if (!limitedAPI || limitedAPI >= kBufferLimitedAPI)
    return success();
  for (auto [i, fn] : llvm::enumerate(fns))
    for (const ParamInfo &p : fn.params)
      if (fn.isPublic && isa<ViewType>(p.type))
        return emitc::FuncOp(funcs[i]).emitError()
               << fn.genericName << "(): the view parameter '" << p.name
               << "' needs the buffer protocol, which is in the limited API "
                  "from Python 3.11 on; build with --limited-api=3.11 (or "
                  "newer), or without --limited-api";
  return success();
}

LogicalResult pyir::translateToCPython(ModuleOp module, raw_ostream &os) {
  return translateToCPython(module, os, CPythonOptions());
}

LogicalResult pyir::translateToCPython(ModuleOp module, raw_ostream &os,
                                       const CPythonOptions &options) {
  if (failed(checkLowered(module)))
    return failure();
  std::string moduleName = getModuleName(module);
  std::string sourcePath = getPackageRelativeSourcePath(module);
  std::string moduleDoc;
  if (auto doc = module->getAttrOfType<StringAttr>(
          PyIRDialect::DocAttrHelper::getNameStr()))
    moduleDoc = doc.str();

  // The glue's view of each function, from what convert-pyir-to-emitc left
  // on it.
  std::vector<FunctionInfo> fns;
  SmallVector<emitc::FuncOp> funcs; // fns[i]'s function, for diagnostics
  for (auto func : module.getOps<emitc::FuncOp>()) {
    if (func->hasAttr(kABIWrapperAttr))
      continue;
    auto signature = func->getAttrOfType<DictionaryAttr>(kPySignatureAttr);
    auto pyName = signature ? signature.getAs<StringAttr>("name") : nullptr;
    auto pyType = signature ? signature.getAs<TypeAttr>("type") : nullptr;
    auto written = signature
                       ? signature.getAs<DenseBoolArrayAttr>("written_views")
                       : nullptr;
    if (!pyName || !pyType || !isa<FunctionType>(pyType.getValue()) || !written)
      return func.emitError("not lowered by convert-pyir-to-emitc (no '")
             << kPySignatureAttr << "' with name, type and written_views)";
    auto type = cast<FunctionType>(pyType.getValue());
    FunctionInfo fn;
    fn.pyName = pyName.str();
    auto generic = signature.getAs<StringAttr>("generic");
    fn.genericName = generic ? generic.str() : fn.pyName;
    fn.binding = signature.getAs<DictionaryAttr>("binding");
    fn.coreName = func.getSymName().str();
    fn.isPublic =
        signature.contains("public") && !StringRef(fn.pyName).starts_with("_");
    fn.core = getCoreSignature(func);
    fn.line = getSourceLine(func.getLoc());
    fn.nogil = signature.contains("nogil");
    if (auto doc = signature.getAs<StringAttr>("doc"))
      fn.doc = doc.str();
    auto names = signature.getAs<ArrayAttr>("arg_names");
    auto defaults = signature.getAs<ArrayAttr>("defaults");
    for (auto [i, paramType] : llvm::enumerate(type.getInputs())) {
      ParamInfo p;
      p.type = paramType;
      auto name = names && i < names.size() ? dyn_cast<StringAttr>(names[i])
                                            : StringAttr();
      p.name = name ? name.str() : "arg" + std::to_string(i);
      if (defaults && i < defaults.size() && !isa<UnitAttr>(defaults[i]))
        p.defaultValue = defaults[i];
      p.written = i < static_cast<size_t>(written.size()) && written[i];
      fn.params.push_back(p);
    }
    llvm::append_range(fn.results, type.getResults());
    if (fn.results.size() > 1)
      return func.emitError("multiple results are not supported by the "
                            "CPython target (use a tuple)");
    fns.push_back(std::move(fn));
    funcs.push_back(func);
  }
  if (failed(checkLimitedAPI(fns, funcs, options.limitedAPI)))
    return failure();

  // The core.
  std::string coreText;
  {
    llvm::raw_string_ostream coreOs(coreText);
    printRuntime(module, coreOs);
    if (failed(printCoreFunctions(module, coreOs, /*internalLinkage=*/true)))
      return failure();
  }

  // Assemble the file; the glue maps to the C file itself.
  std::string text;
  llvm::raw_string_ostream out(text);
  out << "/* Generated by pyirc from " << sourcePath
      << "; do not edit.\n * Module " << moduleName
      << ": a Python-free core (one C function per Python function) and the "
         "CPython glue. */\n";
  out << "#define PY_SSIZE_T_CLEAN\n";
  if (options.limitedAPI)
    out << "#define Py_LIMITED_API "
        << llvm::format_hex(options.limitedAPI, 10, /*Upper=*/true)
        << "\n#include <Python.h>\n\n";
  else
    out << "#include <Python.h>\n#include <frameobject.h>\n\n";
  out << coreText;
  out << kLineResetMarker << "\n";
  out << "\n/* ==== glue ==== */\n";
  writeEmbedded(out, "pyir_cpython_limited.h", kPyIRCPythonLimitedH);
  writeEmbedded(out, "pyir_cpython_glue.h", kPyIRCPythonGlueH);
  out << "\n";
  GlueWriter glue(out, moduleName, getQualifiedModuleName(module), sourcePath);
  llvm::StringMap<SmallVector<const FunctionInfo *>> generics;
  SmallVector<StringRef> genericOrder;
  for (const FunctionInfo &fn : fns) {
    if (!fn.isPublic)
      continue;
    glue.writeWrapper(fn, /*specialization=*/bool(fn.binding));
    if (fn.binding) {
      auto &specs = generics[fn.genericName];
      if (specs.empty())
        genericOrder.push_back(fn.genericName);
      specs.push_back(&fn);
    }
  }
  for (StringRef name : genericOrder)
    glue.writeDispatcher(generics[name]);
  StringRef pythonSource;
  if (auto source = module->getAttrOfType<StringAttr>(
          PyIRDialect::PythonSourceAttrHelper::getNameStr()))
    pythonSource = source.getValue();
  if (failed(writeCAPIFunctions(module, out)))
    return failure();
  glue.writeModule(fns, moduleDoc,
                   module->getAttrOfType<DictionaryAttr>(
                       PyIRDialect::ConstantsAttrHelper::getNameStr()),
                   pythonSource);
  os << finishLineDirectives(text, moduleName + ".c", /*linesBefore=*/0);
  return success();
}

void pyir::registerCPythonTranslations() {
  auto registerPrinter = [](StringRef name, StringRef description,
                            LogicalResult (*print)(ModuleOp, raw_ostream &)) {
    TranslateFromMLIRRegistration(
        name, description,
        [print](Operation *op, raw_ostream &os) -> LogicalResult {
          auto module = dyn_cast<ModuleOp>(op);
          if (!module)
            return op->emitError("expected a builtin.module");
          return print(module, os);
        },
        [](DialectRegistry &registry) {
          // cf for the branches the core keeps (printed as goto), pyir for
          // the types in pyir.py_signature.
          registry.insert<cf::ControlFlowDialect, emitc::EmitCDialect,
                          PyIRDialect>();
        });
  };
  registerPrinter(
      "pyir-to-c-core",
      "Print a module lowered by pyir-lower-to-c as the Python-free C core",
      [](ModuleOp module, raw_ostream &os) {
        return translateToCCore(module, os);
      });
  registerPrinter("pyir-to-cpython",
                  "Print a module lowered by pyir-lower-to-c as a CPython "
                  "extension's C file",
                  translateToCPython);
}
