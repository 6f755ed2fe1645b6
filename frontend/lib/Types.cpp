//===- Types.cpp - PyIR source-level types ----------------------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//

#include "pyir/Frontend/Types.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringSwitch.h"

using namespace pyir::frontend;

bool Type::isInteger() const {
  return isScalar() && scalarKind != ScalarKind::Bool &&
         scalarKind != ScalarKind::F32 && scalarKind != ScalarKind::Float;
}

bool Type::isFixedInteger() const { return isInteger() && !isInt(); }

bool Type::isUnsigned() const {
  if (!isScalar())
    return false;
  switch (scalarKind) {
  case ScalarKind::U8:
  case ScalarKind::U16:
  case ScalarKind::U32:
  case ScalarKind::U64:
    return true;
  default:
    return false;
  }
}

bool Type::isFloat() const {
  return is(ScalarKind::F32) || is(ScalarKind::Float);
}

bool Type::containsView() const {
  return isView() || llvm::any_of(elements, [](const Type &element) {
           return element.isView();
         });
}

bool Type::operator==(const Type &other) const {
  if (kind != other.kind)
    return false;
  switch (kind) {
  case Kind::Error:
  case Kind::None:
    return true;
  case Kind::Scalar:
    return scalarKind == other.scalarKind;
  case Kind::View:
    return scalarKind == other.scalarKind && rank == other.rank &&
           contiguous == other.contiguous;
  case Kind::Tuple:
    return elements == other.elements;
  }
  return false;
}

std::string Type::str() const {
  switch (kind) {
  case Kind::Error:
    return "<error>";
  case Kind::None:
    return "None";
  case Kind::Scalar:
    return getName(scalarKind).str();
  case Kind::View: {
    std::string result =
        (scalarKind == ScalarKind::Float ? std::string("f64")
                                         : getName(scalarKind).str()) +
        "[";
    for (unsigned i = 0; i < rank; ++i) {
      if (i)
        result += ", ";
      result += (contiguous && i + 1 == rank) ? "::1" : ":";
    }
    return result + "]";
  }
  case Kind::Tuple: {
    std::string result = "tuple[";
    for (size_t i = 0; i < elements.size(); ++i) {
      if (i)
        result += ", ";
      result += elements[i].str();
    }
    return result + "]";
  }
  }
  return "<error>";
}

unsigned pyir::frontend::getBitWidth(ScalarKind kind) {
  switch (kind) {
  case ScalarKind::Bool:
    return 1;
  case ScalarKind::I8:
  case ScalarKind::U8:
    return 8;
  case ScalarKind::I16:
  case ScalarKind::U16:
    return 16;
  case ScalarKind::I32:
  case ScalarKind::U32:
  case ScalarKind::F32:
    return 32;
  case ScalarKind::Int:
  case ScalarKind::I64:
  case ScalarKind::U64:
  case ScalarKind::Float:
    return 64;
  }
  return 64;
}

llvm::StringRef pyir::frontend::getName(ScalarKind kind) {
  switch (kind) {
  case ScalarKind::Bool:
    return "bool";
  case ScalarKind::Int:
    return "int";
  case ScalarKind::I8:
    return "i8";
  case ScalarKind::I16:
    return "i16";
  case ScalarKind::I32:
    return "i32";
  case ScalarKind::I64:
    return "i64";
  case ScalarKind::U8:
    return "u8";
  case ScalarKind::U16:
    return "u16";
  case ScalarKind::U32:
    return "u32";
  case ScalarKind::U64:
    return "u64";
  case ScalarKind::F32:
    return "f32";
  case ScalarKind::Float:
    return "float";
  }
  return "?";
}

bool pyir::frontend::lookupPyIRTypeName(llvm::StringRef name,
                                        ScalarKind &kind) {
  std::optional<ScalarKind> found =
      llvm::StringSwitch<std::optional<ScalarKind>>(name)
          .Case("i8", ScalarKind::I8)
          .Case("i16", ScalarKind::I16)
          .Case("i32", ScalarKind::I32)
          .Case("i64", ScalarKind::I64)
          .Case("u8", ScalarKind::U8)
          .Case("u16", ScalarKind::U16)
          .Case("u32", ScalarKind::U32)
          .Case("u64", ScalarKind::U64)
          .Case("f32", ScalarKind::F32)
          .Case("f64", ScalarKind::Float)
          .Default(std::nullopt);
  if (!found)
    return false;
  kind = *found;
  return true;
}
