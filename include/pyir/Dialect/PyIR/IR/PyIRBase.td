//===- PyIRBase.td - PyIR dialect definition ---------------*- tablegen -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//

#ifndef PYIR_DIALECT_PYIR_IR_PYIRBASE_TD
#define PYIR_DIALECT_PYIR_IR_PYIRBASE_TD

include "mlir/IR/OpBase.td"

def PyIR_Dialect : Dialect {
  let name = "pyir";
  let cppNamespace = "::pyir";
  let summary = "Typed Python with its semantics made explicit";
  let description = [{
    The `pyir` dialect is the shared intermediate representation of PyIR. It
    models the typed subset of Python that `pyirc` compiles (see the language
    reference) and keeps every Python rule that differs from C explicit, so
    that any consumer -- the CPython C backend, a JIT, an interpreter written
    from this page -- implements exactly the same program:

    * **Scalars** are builtin types. The signless `i64` is Python's `int`
      (a 64-bit signed integer whose arithmetic is checked), `si8`...`si64`
      and `ui8`...`ui64` are PyIR's fixed-width integers (two's-complement
      wrap-around), `f64` is Python's `float` and PyIR's `f64`, `f32` is
      binary32, `i1` is `bool`. Signedness is always recoverable from the
      type.
    * **Integer arithmetic** carries an explicit overflow mode: `checked`
      (Python's `int`, `i64` only) raises `OverflowError` when the
      mathematical result does not fit, `wrap` reduces it modulo 2^N (the
      fixed widths always wrap).
    * **Division and modulo** floor toward negative infinity and raise
      `ZeroDivisionError` on a zero divisor unless the op carries `cdivision`.
    * **Comparisons** compare mathematical values exactly, also between an
      integer and a float.
    * **Views** (`!pyir.view<f64, 2, contiguous>`) are typed windows on a
      buffer; their loads and stores carry `boundscheck` and `wraparound`.
    * **Errors**: ops that may raise say which exception in their
      description; `pyir.raise` raises explicitly. Raising ends the enclosing
      function; no op after a raise on the same path executes.

    Functions, calls and returns are those of the `func` dialect; structured
    control flow is `scf`, with `cf` where Python's `break`, `continue` or an
    early `return` need unstructured branches.

    A module that uses the dialect records the dialect version it was written
    against as `pyir.version = "MAJOR.MINOR"` on the `builtin.module`.
    Readers refuse an unknown major version.
  }];
  let useDefaultTypePrinterParser = 1;
  let useDefaultAttributePrinterParser = 1;
  let hasConstantMaterializer = 1;
  let hasOperationAttrVerify = 1;
  let hasRegionArgAttrVerify = 1;
  // Every discardable `pyir.*` attribute, with a generated helper each
  // (`PyIRDialect::ModuleAttrHelper::getNameStr()` ...); what each may be
  // on is checked by verifyOperationAttribute (PyIRDialect.cpp).
  let discardableAttrs = (ins
    // builtin.module
    "::mlir::StringAttr":$version,
    "::mlir::StringAttr":$module,
    "::mlir::StringAttr":$source,
    // the dotted package the module is in (`pkg.sub`; "" at the top
    // level): pyirc --module-name; without it, the directories above the
    // source that hold an `__init__.py` (getQualifiedModuleName)
    "::mlir::StringAttr":$package,
    "::mlir::DictionaryAttr":$constants,
    // a mixed module (docs/language.md §9): the whole Python source, which
    // the extension executes; never in a JIT export
    "::mlir::StringAttr":$python_source,
    // builtin.module and func.func
    "::mlir::StringAttr":$doc,
    // func.func arguments (argument attributes): the Python signature
    "::mlir::StringAttr":$arg_name,
    "::mlir::TypedAttr":$arg_default,
    // func.func, dialect 1.0 and 1.1 only (read, no longer written): the
    // signature as arrays with one entry per argument
    "::mlir::ArrayAttr":$arg_names,
    "::mlir::ArrayAttr":$defaults,
    // func.func: directives
    "::mlir::UnitAttr":$inline,
    "::mlir::UnitAttr":$nogil,
    // func.func: a specialisation of a generic function (language.md §8):
    // the Python name it shares, and the type each type variable stands
    // for (`{T = "f32"}`, the spellings of the source)
    "::mlir::StringAttr":$generic,
    "::mlir::DictionaryAttr":$binding,
    // func.func declaration: a function of another PyIR module
    // (language.md §10), `{module = "other", level = 1, name = "f",
    // py_name = "f", absolute = "pkg.other"}`: the `from` clause as
    // written, the callee's symbol and Python name there, and the module's
    // name in sys.modules
    "::mlir::DictionaryAttr":$imported,
    // pyir.floordiv, pyir.mod, pyir.truediv
    "::mlir::UnitAttr":$nonzero_divisor,
    // emitc.func (convert-pyir-to-emitc)
    "::mlir::DictionaryAttr":$py_signature,
    // builtin.module (convert-pyir-to-emitc): the functions of other modules
    // the C calls through pointers (pyir::kCImportsAttr)
    "::mlir::ArrayAttr":$c_imports
  );
  let dependentDialects = ["::mlir::func::FuncDialect", "::mlir::scf::SCFDialect",
                           "::mlir::arith::ArithDialect"];
  let extraClassDeclaration = [{
    /// The name of the module attribute that records the dialect version.
    static llvm::StringRef getVersionAttrName() {
      return VersionAttrHelper::getNameStr();
    }
    /// On pyir.floordiv/mod/truediv: the divisor is never zero there.
    static llvm::StringRef getNonzeroDivisorAttrName() {
      return NonzeroDivisorAttrHelper::getNameStr();
    }
    static bool hasNonzeroDivisor(mlir::Operation *op) {
      return op->hasAttr(getNonzeroDivisorAttrName());
    }
    /// The dialect version this build reads and writes, as "MAJOR.MINOR".
    static llvm::StringRef getCurrentVersion();
    /// The Python name of argument `index` of `func` (its pyir.arg_name,
    /// or dialect 1.0/1.1's pyir.arg_names entry); null without one.
    static mlir::StringAttr getArgName(mlir::Operation *func, unsigned index);
    /// Its default value (pyir.arg_default, or the legacy pyir.defaults
    /// entry); null without one.
    static mlir::TypedAttr getArgDefault(mlir::Operation *func,
                                         unsigned index);
    /// The signature string of a function of the type `pyType` (its Python
    /// signature as pyir types) with parameters `argNames` in the
    /// `__pyir_capi__` capsules that compiled modules export and check when
    /// they import one another (docs/CBackend.md):
    /// `pyir-capi-2 (n: i64, a: !pyir.view<...>) -> f64`. The names are in
    /// it because a caller binds keyword arguments when it compiles.
    static std::string getCAPISignature(mlir::FunctionType pyType,
                                        llvm::ArrayRef<std::string> argNames);

  private:
    /// Registers the types (PyIRTypes.cpp, where their storage is defined).
    void registerTypes();
  public:
  }];
}

class PyIR_Op<string mnemonic, list<Trait> traits = []>
    : Op<PyIR_Dialect, mnemonic, traits>;

#endif // PYIR_DIALECT_PYIR_IR_PYIRBASE_TD
