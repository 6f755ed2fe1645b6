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

#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/DialectImplementation.h"
#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace pyir;

#include "pyir/Dialect/PyIR/IR/PyIROpsDialect.cpp.inc"

#define GET_ATTRDEF_CLASSES
#include "pyir/Dialect/PyIR/IR/PyIRAttrs.cpp.inc"

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

LogicalResult PyIRDialect::verifyOperationAttribute(Operation *op,
                                                    NamedAttribute attr) {
  if (attr.getName() != getVersionAttrName())
    return op->emitError() << "unknown pyir attribute '"
                           << attr.getName().getValue() << "' on an operation";
  if (!isa<ModuleOp>(op))
    return op->emitError() << "'" << getVersionAttrName()
                           << "' is only valid on a builtin.module";
  auto version = dyn_cast<StringAttr>(attr.getValue());
  unsigned major = 0, minor = 0;
  if (!version || version.getValue().split('.').first.getAsInteger(10, major) ||
      version.getValue().split('.').second.getAsInteger(10, minor))
    return op->emitError() << "'" << getVersionAttrName()
                           << "' must be a string \"MAJOR.MINOR\"";
  if (major != PYIR_DIALECT_VERSION_MAJOR)
    return op->emitError() << "pyir dialect version " << version.getValue()
                           << " is not supported: this build reads version "
                           << PYIR_DIALECT_VERSION_MAJOR << ".x";
  if (minor > PYIR_DIALECT_VERSION_MINOR)
    return op->emitError() << "pyir dialect version " << version.getValue()
                           << " is newer than this build ("
                           << getCurrentVersion() << ")";
  return success();
}
