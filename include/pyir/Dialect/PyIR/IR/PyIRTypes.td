//===- PyIRTypes.td - PyIR types ---------------------------*- tablegen -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//

#ifndef PYIR_DIALECT_PYIR_IR_PYIRTYPES_TD
#define PYIR_DIALECT_PYIR_IR_PYIRTYPES_TD

include "pyir/Dialect/PyIR/IR/PyIRBase.td"
include "mlir/IR/AttrTypeBase.td"
include "mlir/IR/BuiltinTypeInterfaces.td"

class PyIR_Type<string name, string typeMnemonic, list<Trait> traits = []>
    : TypeDef<PyIR_Dialect, name, traits> {
  let mnemonic = typeMnemonic;
}

def PyIR_ViewType : PyIR_Type<"View", "view"> {
  let summary = "a typed view of a buffer (`T[:]`, `T[:, ::1]`, ...)";
  let description = [{
    A view is a window on memory exported through Python's buffer protocol:
    a data pointer, a shape and strides (in bytes). The element type is a
    fixed-width scalar: `si8`...`si64`, `ui8`...`ui64`, `f32` or `f64`. The
    rank is 1 to 4. `contiguous` means the whole buffer is C-contiguous (the
    Python annotation ends in `::1`), so the last axis has unit stride and
    every other stride is the product of the extents after it.

    ```mlir
    !pyir.view<f64, 1>
    !pyir.view<ui8, 2, contiguous>
    ```
  }];
  let parameters = (ins "::mlir::Type":$elementType, "unsigned":$rank,
                        "bool":$contiguous);
  let hasCustomAssemblyFormat = 1;
  let genVerifyDecl = 1;
  let builders = [
    TypeBuilderWithInferredContext<(ins "::mlir::Type":$elementType,
                                        "unsigned":$rank,
                                        CArg<"bool", "false">:$contiguous), [{
      return $_get(elementType.getContext(), elementType, rank, contiguous);
    }]>
  ];
  let extraClassDeclaration = [{
    /// The largest rank a view may have.
    static constexpr unsigned kMaxRank = 4;
  }];
}

#endif // PYIR_DIALECT_PYIR_IR_PYIRTYPES_TD
