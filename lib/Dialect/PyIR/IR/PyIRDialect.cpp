//===- PyIRDialect.cpp - PyIR dialect ---------------------------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// This file implements the pyir dialect: registration, constant
// materialization and the module-level version attribute.
//
//===----------------------------------------------------------------------===//

#include "pyir/Dialect/PyIR/IR/PyIRDialect.h"

#include "pyir/Config.h"
#include "pyir/Dialect/PyIR/IR/PyIROps.h"
#include "pyir/Dialect/PyIR/IR/PyIRTypes.h"
#include "pyir/Runtime/pyir_errors.h"

#include "mlir/Bytecode/BytecodeImplementation.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/DialectImplementation.h"
#include "mlir/Interfaces/FunctionInterfaces.h"
#include "mlir/Transforms/InliningUtils.h"
#include "llvm/ADT/TypeSwitch.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

using namespace mlir;
using namespace pyir;

#include "pyir/Dialect/PyIR/IR/PyIROpsDialect.cpp.inc"

#define GET_ATTRDEF_CLASSES
#include "pyir/Dialect/PyIR/IR/PyIRAttrs.cpp.inc"

// ExceptionKind (ODS) is the runtime's PYIR_EXCEPTION_KINDS: the same names
// with the same values, and no other case.
#define PYIR_CHECK_EXCEPTION_KIND(NAME, VALUE)                                 \
  static_assert(static_cast<uint32_t>(ExceptionKind::NAME) == VALUE,           \
                "ExceptionKind::" #NAME " differs from pyir_errors.h");
PYIR_EXCEPTION_KINDS(PYIR_CHECK_EXCEPTION_KIND)
#undef PYIR_CHECK_EXCEPTION_KIND
#define PYIR_COUNT_EXCEPTION_KIND(NAME, VALUE) +1
static_assert(getMaxEnumValForExceptionKind() + 1 ==
                  0 PYIR_EXCEPTION_KINDS(PYIR_COUNT_EXCEPTION_KIND),
              "ExceptionKind has cases that pyir_errors.h does not list");
#undef PYIR_COUNT_EXCEPTION_KIND

namespace {
/// Every pyir op may be inlined: none has regions or terminators, and none
/// refers to its enclosing function. Raising ops keep their location (the
/// inliner wraps it in a CallSiteLoc whose callee is the original place)
/// and still raise: an exception ends the caller as well, since PyIR has no
/// `try`.
struct PyIRInlinerInterface : public DialectInlinerInterface {
  using DialectInlinerInterface::DialectInlinerInterface;

  bool isLegalToInline(Operation *, Region *, bool, IRMapping &) const final {
    return true;
  }
  bool isLegalToInline(Region *, Region *, bool, IRMapping &) const final {
    return true;
  }
  bool isLegalToInline(Operation *, Operation *, bool) const final {
    return true;
  }
};

/// The pyir dialect version recorded in MLIR bytecode.
struct PyIRDialectVersion : public DialectVersion {
  PyIRDialectVersion(uint64_t major, uint64_t minor)
      : major(major), minor(minor) {}
  uint64_t major, minor;
};

/// Records the dialect version in bytecode (next to the `pyir.version`
/// module attribute) and refuses bytecode of another major version or of a
/// newer minor one before any op is read. Types and attributes keep the
/// default (textual) encoding; ops with properties use the ODS encoding, so
/// an op's properties must never change within a major version (new
/// optional information goes into discardable attributes, which bytecode
/// stores by name). Bytecode without a version entry (written before 1.1)
/// is read as 1.0.
struct PyIRBytecodeInterface : public BytecodeDialectInterface {
  PyIRBytecodeInterface(Dialect *dialect) : BytecodeDialectInterface(dialect) {}

  void writeVersion(DialectBytecodeWriter &writer) const override {
    writer.writeVarInt(PYIR_DIALECT_VERSION_MAJOR);
    writer.writeVarInt(PYIR_DIALECT_VERSION_MINOR);
  }

  std::unique_ptr<DialectVersion>
  readVersion(DialectBytecodeReader &reader) const override {
    uint64_t major = 0, minor = 0;
    if (failed(reader.readVarInt(major)) || failed(reader.readVarInt(minor)))
      return nullptr;
    if (major != PYIR_DIALECT_VERSION_MAJOR) {
      reader.emitError() << "pyir dialect version " << major << "." << minor
                         << " is not supported: this build reads version "
                         << PYIR_DIALECT_VERSION_MAJOR << ".x";
      return nullptr;
    }
    if (minor > PYIR_DIALECT_VERSION_MINOR) {
      reader.emitError() << "pyir dialect version " << major << "." << minor
                         << " is newer than this build ("
                         << PyIRDialect::getCurrentVersion() << ")";
      return nullptr;
    }
    return std::make_unique<PyIRDialectVersion>(major, minor);
  }
};
} // namespace

void PyIRDialect::initialize() {
  addOperations<
#define GET_OP_LIST
#include "pyir/Dialect/PyIR/IR/PyIROps.cpp.inc"
      >();
  registerTypes();
  addAttributes<
#define GET_ATTRDEF_LIST
#include "pyir/Dialect/PyIR/IR/PyIRAttrs.cpp.inc"
      >();
  addInterfaces<PyIRInlinerInterface, PyIRBytecodeInterface>();
}

Operation *PyIRDialect::materializeConstant(OpBuilder &builder, Attribute value,
                                            Type type, Location loc) {
  auto typed = dyn_cast<TypedAttr>(value);
  if (!typed || typed.getType() != type)
    return nullptr;
  if (!isa<IntegerAttr, FloatAttr>(typed))
    return nullptr;
  return ConstantOp::create(builder, loc, typed);
}

StringRef PyIRDialect::getCurrentVersion() {
#define PYIR_STR2(x) #x
#define PYIR_STR(x) PYIR_STR2(x)
  return PYIR_STR(PYIR_DIALECT_VERSION_MAJOR) "." PYIR_STR(
      PYIR_DIALECT_VERSION_MINOR);
#undef PYIR_STR
#undef PYIR_STR2
}

/// Verifies `pyir.version = "MAJOR.MINOR"` on a module.
static LogicalResult verifyVersionAttr(Operation *op, Attribute value) {
  StringRef name = PyIRDialect::getVersionAttrName();
  if (!isa<ModuleOp>(op))
    return op->emitError() << "'" << name
                           << "' is only valid on a builtin.module";
  auto version = dyn_cast<StringAttr>(value);
  unsigned major = 0, minor = 0;
  if (!version || version.getValue().split('.').first.getAsInteger(10, major) ||
      version.getValue().split('.').second.getAsInteger(10, minor))
    return op->emitError() << "'" << name
                           << "' must be a string \"MAJOR.MINOR\"";
  if (major != PYIR_DIALECT_VERSION_MAJOR)
    return op->emitError() << "pyir dialect version " << version.getValue()
                           << " is not supported: this build reads version "
                           << PYIR_DIALECT_VERSION_MAJOR << ".x";
  if (minor > PYIR_DIALECT_VERSION_MINOR)
    return op->emitError() << "pyir dialect version " << version.getValue()
                           << " is newer than this build ("
                           << PyIRDialect::getCurrentVersion() << ")";
  return success();
}

/// Verifies dialect 1.0/1.1's Python-level signature of a function:
/// `pyir.arg_names` (one string per argument) and `pyir.defaults` (one entry
/// per argument: a unit for "no default" or a constant of the argument type).
/// Today's IR has pyir.arg_name / pyir.arg_default on each argument instead.
static LogicalResult verifySignatureAttr(Operation *op, StringRef name,
                                         Attribute value) {
  auto func = dyn_cast<func::FuncOp>(op);
  if (!func)
    return op->emitError() << "'" << name << "' is only valid on a func.func";
  auto array = dyn_cast<ArrayAttr>(value);
  unsigned numArgs = func.getNumArguments();
  if (!array || array.size() != numArgs)
    return op->emitError() << "'" << name << "' must be an array with one "
                           << "entry per argument (" << numArgs << ")";
  for (auto [index, entry] : llvm::enumerate(array)) {
    if (name == PyIRDialect::ArgNamesAttrHelper::getNameStr()) {
      auto argName = dyn_cast<StringAttr>(entry);
      if (!argName || argName.getValue().empty())
        return op->emitError() << "'" << name << "' entry " << index
                               << " must be a non-empty string";
      continue;
    }
    if (isa<UnitAttr>(entry))
      continue;
    auto typed = dyn_cast<TypedAttr>(entry);
    if (!typed || typed.getType() != func.getArgumentTypes()[index])
      return op->emitError() << "'" << name << "' entry " << index
                             << " must be unit or a constant of type "
                             << func.getArgumentTypes()[index];
  }
  return success();
}

LogicalResult PyIRDialect::verifyRegionArgAttribute(Operation *op,
                                                    unsigned regionIndex,
                                                    unsigned argIndex,
                                                    NamedAttribute attr) {
  StringRef name = attr.getName().getValue();
  auto func = dyn_cast<func::FuncOp>(op);
  if (!func || regionIndex != 0)
    return op->emitError() << "'" << name
                           << "' is only valid on a func.func argument";
  if (name == ArgNameAttrHelper::getNameStr()) {
    auto argName = dyn_cast<StringAttr>(attr.getValue());
    if (!argName || argName.getValue().empty())
      return op->emitError() << "'" << name << "' of argument " << argIndex
                             << " must be a non-empty string";
    return success();
  }
  if (name == ArgDefaultAttrHelper::getNameStr()) {
    Type argType = func.getArgumentTypes()[argIndex];
    auto typed = dyn_cast<TypedAttr>(attr.getValue());
    if (!typed || typed.getType() != argType)
      return op->emitError() << "'" << name << "' of argument " << argIndex
                             << " must be a constant of type " << argType;
    return success();
  }
  return op->emitError() << "unknown pyir argument attribute '" << name << "'";
}

StringAttr PyIRDialect::getArgName(Operation *func, unsigned index) {
  auto fn = cast<FunctionOpInterface>(func);
  if (auto name = fn.getArgAttrOfType<StringAttr>(
          index, ArgNameAttrHelper::getNameStr()))
    return name;
  auto names = func->getAttrOfType<ArrayAttr>(ArgNamesAttrHelper::getNameStr());
  if (names && index < names.size())
    return dyn_cast<StringAttr>(names[index]);
  return {};
}

TypedAttr PyIRDialect::getArgDefault(Operation *func, unsigned index) {
  auto fn = cast<FunctionOpInterface>(func);
  if (auto value = fn.getArgAttrOfType<TypedAttr>(
          index, ArgDefaultAttrHelper::getNameStr()))
    return value;
  auto defaults =
      func->getAttrOfType<ArrayAttr>(DefaultsAttrHelper::getNameStr());
  if (defaults && index < defaults.size())
    return dyn_cast<TypedAttr>(defaults[index]);
  return {};
}

LogicalResult PyIRDialect::verifyOperationAttribute(Operation *op,
                                                    NamedAttribute attr) {
  StringRef name = attr.getName().getValue();
  Attribute value = attr.getValue();
  if (name == getVersionAttrName())
    return verifyVersionAttr(op, value);
  if (name == PyIRDialect::ArgNamesAttrHelper::getNameStr() ||
      name == PyIRDialect::DefaultsAttrHelper::getNameStr())
    return verifySignatureAttr(op, name, value);
  if (name == PyIRDialect::DocAttrHelper::getNameStr() ||
      name == PyIRDialect::ModuleAttrHelper::getNameStr() ||
      name == PyIRDialect::SourceAttrHelper::getNameStr() ||
      name == PyIRDialect::PackageAttrHelper::getNameStr()) {
    if (!isa<StringAttr>(value))
      return op->emitError() << "'" << name << "' must be a string";
    return success();
  }
  if (name == PyIRDialect::PythonSourceAttrHelper::getNameStr()) {
    if (!isa<ModuleOp>(op) || !isa<StringAttr>(value))
      return op->emitError()
             << "'" << name << "' must be a string on a builtin.module";
    return success();
  }
  if (name == PyIRDialect::ConstantsAttrHelper::getNameStr()) {
    if (!isa<ModuleOp>(op) || !isa<DictionaryAttr>(value))
      return op->emitError()
             << "'" << name << "' must be a dictionary on a builtin.module";
    return success();
  }
  if (name == PyIRDialect::InlineAttrHelper::getNameStr() ||
      name == PyIRDialect::NogilAttrHelper::getNameStr()) {
    if (!isa<func::FuncOp>(op) || !isa<UnitAttr>(value))
      return op->emitError()
             << "'" << name << "' must be a unit attribute on a func.func";
    return success();
  }
  if (name == PyIRDialect::GenericAttrHelper::getNameStr() ||
      name == PyIRDialect::BindingAttrHelper::getNameStr()) {
    bool isGeneric = name == PyIRDialect::GenericAttrHelper::getNameStr();
    auto binding = dyn_cast<DictionaryAttr>(value);
    bool ok = isa<func::FuncOp>(op) &&
              (isGeneric ? isa<StringAttr>(value)
                         : binding && llvm::all_of(binding, [](auto entry) {
                             return isa<StringAttr>(entry.getValue());
                           }));
    if (!ok)
      return op->emitError()
             << "'" << name << "' must be "
             << (isGeneric ? "a string" : "a dictionary of strings")
             << " on a func.func";
    return success();
  }
  if (name == PyIRDialect::CImportsAttrHelper::getNameStr()) {
    if (!isa<ModuleOp>(op) || !isa<ArrayAttr>(value))
      return op->emitError()
             << "'" << name << "' must be an array on a builtin.module";
    return success();
  }
  if (name == PyIRDialect::ImportedAttrHelper::getNameStr()) {
    auto dict = dyn_cast<DictionaryAttr>(value);
    auto func = dyn_cast<func::FuncOp>(op);
    if (!func || !func.isExternal() || !func.isPrivate() || !dict ||
        !dict.getAs<StringAttr>("module") || !dict.getAs<StringAttr>("name") ||
        !dict.getAs<IntegerAttr>("level"))
      return op->emitError() << "'" << name
                             << "' must be {module, level, name} on a private "
                                "func.func declaration";
    return success();
  }
  if (name == getNonzeroDivisorAttrName()) {
    if (!isa<FloorDivOp, ModOp, TrueDivOp>(op) || !isa<UnitAttr>(value))
      return op->emitError() << "'" << name
                             << "' must be a unit attribute on "
                                "pyir.floordiv, pyir.mod or pyir.truediv";
    return success();
  }
  if (name == PyIRDialect::PySignatureAttrHelper::getNameStr()) {
    // The Python signature convert-pyir-to-emitc keeps on an emitc.func for
    // the CPython glue (pyir::kPySignatureAttr).
    if (op->getName().getStringRef() != "emitc.func" ||
        !isa<DictionaryAttr>(value))
      return op->emitError()
             << "'" << name << "' must be a dictionary on an emitc.func";
    return success();
  }
  return op->emitError() << "unknown pyir attribute '" << name
                         << "' on an operation";
}

FileLineColLoc pyir::findFileLineCol(Location loc) {
  if (auto flc = dyn_cast<FileLineColLoc>(loc))
    return flc;
  if (auto name = dyn_cast<NameLoc>(loc))
    return findFileLineCol(name.getChildLoc());
  if (auto callSite = dyn_cast<CallSiteLoc>(loc))
    return findFileLineCol(callSite.getCallee());
  if (auto fused = dyn_cast<FusedLoc>(loc))
    for (Location inner : fused.getLocations())
      if (FileLineColLoc flc = findFileLineCol(inner))
        return flc;
  return {};
}

std::string pyir::getModuleName(ModuleOp module) {
  if (auto name = module->getAttrOfType<StringAttr>(
          PyIRDialect::ModuleAttrHelper::getNameStr()))
    return name.str();
  if (module.getSymName())
    return module.getSymName()->str();
  return "";
}

std::string pyir::getModuleSourcePath(ModuleOp module) {
  if (auto source = module->getAttrOfType<StringAttr>(
          PyIRDialect::SourceAttrHelper::getNameStr())) {
    llvm::SmallString<256> path(source.getValue());
    (void)llvm::sys::fs::make_absolute(path);
    llvm::sys::path::remove_dots(path, /*remove_dot_dot=*/true);
    return path.str().str();
  }
  return getModuleName(module) + ".py";
}

std::string pyir::getQualifiedModuleName(ModuleOp module) {
  std::string name = getModuleName(module);
  if (auto package = module->getAttrOfType<StringAttr>(
          PyIRDialect::PackageAttrHelper::getNameStr()))
    return package.getValue().empty() ? name
                                      : (package.getValue() + "." + name).str();
  // The directories above the source that hold an `__init__.py`.
  std::string path = getModuleSourcePath(module);
  StringRef dir = llvm::sys::path::parent_path(path);
  while (!dir.empty()) {
    llvm::SmallString<256> init(dir);
    llvm::sys::path::append(init, "__init__.py");
    if (!llvm::sys::fs::exists(init))
      break;
    name = (llvm::sys::path::filename(dir) + "." + name).str();
    dir = llvm::sys::path::parent_path(dir);
  }
  return name;
}

std::string pyir::getPackageRelativeSourcePath(ModuleOp module) {
  SmallVector<StringRef> parts;
  std::string qualified = getQualifiedModuleName(module);
  StringRef(qualified).split(parts, '.');
  llvm::SmallString<256> path;
  for (StringRef part : parts)
    llvm::sys::path::append(path, llvm::sys::path::Style::posix, part);
  return (path + ".py").str();
}

std::string PyIRDialect::getCAPISignature(FunctionType pyType,
                                          ArrayRef<std::string> argNames) {
  // The version prefix changes with the calling convention of the exported
  // entry points (the JIT export's C ABI, docs/CBackend.md) and with the
  // layout of the pyir_oview their views point to.
  std::string text = "pyir-capi-2 (";
  llvm::raw_string_ostream os(text);
  for (auto [i, input] : llvm::enumerate(pyType.getInputs())) {
    os << (i ? ", " : "")
       << (i < argNames.size() ? argNames[i] : "arg" + std::to_string(i))
       << ": ";
    input.print(os);
  }
  os << ") -> ";
  if (pyType.getNumResults() == 0)
    os << "None";
  else
    pyType.getResult(0).print(os);
  return text;
}
