//===- PyIRDialect.h - PyIR dialect -----------------------------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// This file declares the pyir dialect.
//
//===----------------------------------------------------------------------===//

#ifndef PYIR_DIALECT_PYIR_IR_PYIRDIALECT_H
#define PYIR_DIALECT_PYIR_IR_PYIRDIALECT_H

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Dialect.h"

#include "pyir/Dialect/PyIR/IR/PyIROpsDialect.h.inc"

namespace pyir {

/// The .py position of an op: the first file/line/column location inside
/// `loc` (through names, fusions and, for inlined code, the callee side of
/// call sites), or null. The one place that maps locations to source lines
/// (tracebacks, `#line`, the JIT export).
mlir::FileLineColLoc findFileLineCol(mlir::Location loc);

/// The module's name: `pyir.module`, else its symbol name; empty if none.
std::string getModuleName(mlir::ModuleOp module);

/// The absolute path of the module's .py source (`pyir.source`), else
/// `<name>.py`.
std::string getModuleSourcePath(mlir::ModuleOp module);

/// That path relative to the directory above its outermost package (the
/// parent directories holding an `__init__.py`): `pkg/sub/m.py`, or `m.py`
/// for a top-level module. The generated C's `#line` directives name it, so
/// that they stay right when the build tree moves (a debugger finds it
/// under a source directory, as Python's linecache does on sys.path).
std::string getPackageRelativeSourcePath(mlir::ModuleOp module);

/// Its line, or 0.
inline int getSourceLine(mlir::Location loc) {
  mlir::FileLineColLoc flc = findFileLineCol(loc);
  return flc ? static_cast<int>(flc.getLine()) : 0;
}

} // namespace pyir

#endif // PYIR_DIALECT_PYIR_IR_PYIRDIALECT_H
