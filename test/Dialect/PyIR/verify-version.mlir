// RUN: pyir-opt %s -split-input-file -pyir-verify-version -verify-diagnostics | FileCheck %s --check-prefix=KEEP
// RUN: pyir-opt %s -split-input-file -pyir-verify-version=stamp=true | FileCheck %s --check-prefix=STAMP

// pyir-verify-version: a module must record the pyir dialect version;
// `stamp=true` records the current one (1.6) on a module that has none and
// never changes a recorded one.

// KEEP: module attributes {pyir.version = "1.1"}
// KEEP-LABEL: func.func @versioned
// STAMP: module attributes {pyir.version = "1.1"}
// STAMP-LABEL: func.func @versioned
module attributes {pyir.version = "1.1"} {
  func.func @versioned() {
    return
  }
}

// -----

// An older minor version is read and kept as it is, even with stamp=true.
// KEEP: module attributes {pyir.version = "1.0"}
// KEEP-LABEL: func.func @older_minor
// STAMP: module attributes {pyir.version = "1.0"}
// STAMP-LABEL: func.func @older_minor
module attributes {pyir.version = "1.0"} {
  func.func @older_minor() {
    return
  }
}

// -----

// Without stamp=true a module without the attribute is refused (the KEEP run
// prints nothing for it); with stamp=true it gets the current version.
// KEEP-NOT: @unversioned
// STAMP: module attributes {pyir.version = "1.6"}
// STAMP-LABEL: func.func @unversioned
// expected-error @+1 {{module has no 'pyir.version' attribute: cannot tell which pyir dialect version it was written for}}
module {
  func.func @unversioned() {
    return
  }
}

// -----

// Other module attributes are kept next to the stamped version.
// KEEP-NOT: @other_attrs
// STAMP: module attributes {pyir.version = "1.6", test.other = 1 : i64}
// STAMP-LABEL: func.func @other_attrs
// expected-error @+1 {{module has no 'pyir.version' attribute}}
module attributes {test.other = 1} {
  func.func @other_attrs() {
    return
  }
}
