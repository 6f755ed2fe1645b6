//===- Builtins.cpp - Python builtins and math names ------------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// This file expands Builtins.def into the table of BuiltinInfo and the
// lookups by name.
//
//===----------------------------------------------------------------------===//

#include "pyir/Frontend/Builtins.h"

#include <cassert>
#include <iterator>

using namespace pyir::frontend;

static const BuiltinInfo kBuiltins[] = {
#define BUILTIN(ID, KIND, MINARGS, MAXARGS, FOLDED)                            \
  {#ID, BuiltinKind::KIND, MINARGS, MAXARGS, FOLDED},
#define MATH_FUNCTION(ID, MINARGS, MAXARGS, PARAMS)                            \
  {#ID, BuiltinKind::MathFunction, MINARGS, MAXARGS, false, PARAMS},
#define MATH_CONSTANT(ID, VALUE) {#ID, BuiltinKind::MathConstant, 0, 0, false},
#include "pyir/Frontend/Builtins.def"
};
static_assert(std::size(kBuiltins) == NumBuiltins);

const BuiltinInfo &pyir::frontend::getBuiltinInfo(BuiltinID id) {
  assert(id < NumBuiltins && "not a BuiltinID");
  return kBuiltins[id];
}

static bool isMathKind(BuiltinKind kind) {
  return kind == BuiltinKind::MathFunction || kind == BuiltinKind::MathConstant;
}

/// The row named `name` among the math rows or the others.
static std::optional<BuiltinID> lookup(llvm::StringRef name, bool math) {
  for (unsigned id = 0; id < NumBuiltins; ++id)
    if (isMathKind(kBuiltins[id].kind) == math && kBuiltins[id].name == name)
      return BuiltinID(id);
  return std::nullopt;
}

std::optional<BuiltinID> pyir::frontend::lookupBuiltin(llvm::StringRef name) {
  return lookup(name, /*math=*/false);
}

std::optional<BuiltinID>
pyir::frontend::lookupMathMember(llvm::StringRef name) {
  return lookup(name, /*math=*/true);
}
