//===- PythonLiteral.h - Attributes as Python literals ----------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// The Python spelling of the constants the dialect carries (defaults,
// module constants): the JIT export's Python reference and the extension's
// `__text_signature__` write them.
//
//===----------------------------------------------------------------------===//

#ifndef PYIR_DIALECT_PYIR_IR_PYTHONLITERAL_H
#define PYIR_DIALECT_PYIR_IR_PYTHONLITERAL_H

#include "mlir/IR/Attributes.h"
#include "llvm/ADT/StringRef.h"

#include <optional>
#include <string>

namespace pyir {

/// `text` as a double-quoted Python string literal.
std::string getPythonStringLiteral(llvm::StringRef text);

/// `attr` as a Python literal: `True`/`False` for a bool, the decimal of
/// an integer, the shortest decimal that reads back for a float (`0.1`,
/// `2.0`), a string literal, else `None`. None (the optional's) for a
/// float that is not finite: Python has no literal for it, each user spells
/// it its own way.
std::optional<std::string> getPythonLiteral(mlir::Attribute attr);

} // namespace pyir

#endif // PYIR_DIALECT_PYIR_IR_PYTHONLITERAL_H
