//===- PyIRTypes.cpp - PyIR types -------------------------------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// This file implements the pyir view type, the enums and the scalar type
// classification helpers.
//
//===----------------------------------------------------------------------===//

#include "pyir/Dialect/PyIR/IR/PyIRTypes.h"

#include "pyir/Dialect/PyIR/IR/PyIRDialect.h"
#include "pyir/Runtime/pyir_abi.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/DialectImplementation.h"
#include "llvm/ADT/TypeSwitch.h"

// The dialect's views are the runtime's (pyir_view in pyir_abi.h).
static_assert(pyir::ViewType::kMaxRank == PYIR_MAX_RANK,
              "ViewType::kMaxRank differs from pyir_abi.h's PYIR_MAX_RANK");

using namespace mlir;
using namespace pyir;

#include "pyir/Dialect/PyIR/IR/PyIREnums.cpp.inc"

#define GET_TYPEDEF_CLASSES
#include "pyir/Dialect/PyIR/IR/PyIROpsTypes.cpp.inc"

void PyIRDialect::registerTypes() {
  addTypes<
#define GET_TYPEDEF_LIST
#include "pyir/Dialect/PyIR/IR/PyIROpsTypes.cpp.inc"
      >();
}

bool pyir::isPyInt(Type type) { return type.isSignlessInteger(64); }

bool pyir::isPyIntegerType(Type type) {
  auto intType = dyn_cast<IntegerType>(type);
  if (!intType)
    return false;
  unsigned width = intType.getWidth();
  if (intType.isSignless())
    return width == 64;
  return width == 8 || width == 16 || width == 32 || width == 64;
}

bool pyir::isPyFloatType(Type type) { return type.isF32() || type.isF64(); }

bool pyir::isPyBoolType(Type type) { return type.isSignlessInteger(1); }

bool pyir::containsView(Type type) {
  if (auto tuple = dyn_cast<TupleType>(type))
    return llvm::any_of(tuple.getTypes(), llvm::IsaPred<ViewType>);
  return isa<ViewType>(type);
}

bool pyir::isViewElementType(Type type) {
  if (isPyFloatType(type))
    return true;
  auto intType = dyn_cast<IntegerType>(type);
  return intType && !intType.isSignless() && isPyIntegerType(type);
}

bool pyir::isUnsignedIntegerType(Type type) {
  auto intType = dyn_cast<IntegerType>(type);
  return intType && intType.isUnsigned();
}

//===----------------------------------------------------------------------===//
// ViewType
//===----------------------------------------------------------------------===//

LogicalResult ViewType::verify(function_ref<InFlightDiagnostic()> emitError,
                               Type elementType, unsigned rank,
                               bool contiguous) {
  (void)contiguous;
  if (!isViewElementType(elementType))
    return emitError() << "view element type must be si8..si64, ui8..ui64, "
                          "f32 or f64, got "
                       << elementType;
  if (rank < 1 || rank > kMaxRank)
    return emitError() << "view rank must be between 1 and " << kMaxRank
                       << ", got " << rank;
  return success();
}

/// view-type ::= `<` element-type `,` rank (`,` `contiguous`)? `>`
Type ViewType::parse(AsmParser &parser) {
  Type elementType;
  unsigned rank = 0;
  if (parser.parseLess() || parser.parseType(elementType) ||
      parser.parseComma() || parser.parseInteger(rank))
    return {};
  bool contiguous = false;
  if (succeeded(parser.parseOptionalComma())) {
    if (parser.parseKeyword("contiguous"))
      return {};
    contiguous = true;
  }
  if (parser.parseGreater())
    return {};
  return getChecked([&] { return parser.emitError(parser.getNameLoc()); },
                    parser.getContext(), elementType, rank, contiguous);
}

void ViewType::print(AsmPrinter &printer) const {
  printer << '<' << getElementType() << ", " << getRank();
  if (getContiguous())
    printer << ", contiguous";
  printer << '>';
}
