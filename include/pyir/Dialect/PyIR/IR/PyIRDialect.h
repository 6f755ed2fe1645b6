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

/// The module's dotted name, `pkg.sub.m` (`m` at the top level): its
/// `pyir.package` (pyirc --module-name), else the parent directories of
/// its source that hold an `__init__.py` (Cython's convention).
std::string getQualifiedModuleName(mlir::ModuleOp module);

/// That name as a path, `pkg/sub/m.py`: where the source is relative to a
/// sys.path entry once installed. The generated C's `#line` directives and
/// the tracebacks of a module whose .py is not next to it name it, so that
/// they hold no build machine's path and stay right when the tree moves (a
/// debugger finds it under a source directory, linecache on sys.path).
std::string getPackageRelativeSourcePath(mlir::ModuleOp module);

/// Its line, or 0.
inline int getSourceLine(mlir::Location loc) {
  mlir::FileLineColLoc flc = findFileLineCol(loc);
  return flc ? static_cast<int>(flc.getLine()) : 0;
}

} // namespace pyir

#endif // PYIR_DIALECT_PYIR_IR_PYIRDIALECT_H
