// The dialect version travels in MLIR bytecode (BytecodeDialectInterface):
// a round trip keeps the module; bytecode claiming a newer minor or another
// major version is refused before any op is read. Bytecode written before
// 1.1 (no version entry) is read as 1.0: test/Target/JITExport/corpus.test.
// RUN: pyir-opt %s --emit-bytecode -o %t.mlirbc
// RUN: pyir-opt %t.mlirbc | FileCheck %s
// RUN: %python %S/Inputs/patch_bytecode_version.py %t.mlirbc %t.minor.mlirbc 1.6 1 7
// RUN: not pyir-opt %t.minor.mlirbc 2>&1 | FileCheck %s --check-prefix=MINOR
// RUN: %python %S/Inputs/patch_bytecode_version.py %t.mlirbc %t.major.mlirbc 1.6 2 0
// RUN: not pyir-opt %t.major.mlirbc 2>&1 | FileCheck %s --check-prefix=MAJOR
// RUN: %python %S/Inputs/patch_bytecode_version.py %t.mlirbc %t.older.mlirbc 1.6 1 0
// RUN: pyir-opt %t.older.mlirbc | FileCheck %s

// CHECK: module attributes {pyir.version = "1.1"}
// CHECK: pyir.add checked %arg0, %arg1 : i64
// MINOR: pyir dialect version 1.7 is newer than this build (1.6)
// MAJOR: pyir dialect version 2.0 is not supported: this build reads version 1.x
module attributes {pyir.version = "1.1"} {
  func.func @f(%a: i64, %b: i64) -> i64 {
    %0 = pyir.add checked %a, %b : i64
    return %0 : i64
  }
}
