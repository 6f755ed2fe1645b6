//===- PythonLiteral.cpp - Attributes as Python literals ------------------===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//

#include "pyir/Dialect/PyIR/IR/PythonLiteral.h"

#include "mlir/IR/BuiltinAttributes.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

using namespace mlir;

std::string pyir::getPythonStringLiteral(llvm::StringRef text) {
  std::string result = "\"";
  for (unsigned char c : text) {
    if (c == '"' || c == '\\') {
      result += '\\';
      result += c;
    } else if (c == '\n') {
      result += "\\n";
    } else if (c < 0x20 || c == 0x7f) {
      char buffer[8];
      snprintf(buffer, sizeof(buffer), "\\x%02x", c);
      result += buffer;
    } else {
      result += c;
    }
  }
  return result + "\"";
}

std::optional<std::string> pyir::getPythonLiteral(Attribute attr) {
  if (auto boolAttr = dyn_cast<BoolAttr>(attr))
    return boolAttr.getValue() ? "True" : "False";
  if (auto intAttr = dyn_cast<IntegerAttr>(attr)) {
    if (intAttr.getType().isInteger(1))
      return intAttr.getValue().isZero() ? "False" : "True";
    if (intAttr.getType().isUnsignedInteger())
      return std::to_string(intAttr.getValue().getZExtValue());
    return std::to_string(intAttr.getValue().getSExtValue());
  }
  if (auto floatAttr = dyn_cast<FloatAttr>(attr)) {
    double value = floatAttr.getValueAsDouble();
    if (!std::isfinite(value))
      return std::nullopt;
    // The shortest decimal that reads back as `value`, as repr() prints.
    char buffer[64];
    for (int precision = 1; precision <= 17; ++precision) {
      snprintf(buffer, sizeof(buffer), "%.*g", precision, value);
      if (std::strtod(buffer, nullptr) == value)
        break;
    }
    std::string text = buffer;
    if (text.find_first_of(".en") == std::string::npos)
      text += ".0";
    return text;
  }
  if (auto strAttr = dyn_cast<StringAttr>(attr))
    return getPythonStringLiteral(strAttr.getValue());
  return std::string("None");
}
