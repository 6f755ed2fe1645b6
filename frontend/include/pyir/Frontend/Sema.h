//===- Sema.h - PyIR semantic analysis --------------------------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// This file declares the semantic analysis of a PyIR source file: the
// module level (imports, module constants, directives, function signatures),
// the type rules of language.md §2, and the checking of function bodies,
// which types every expression before IR generation.
//
//===----------------------------------------------------------------------===//

#ifndef PYIR_FRONTEND_SEMA_H
#define PYIR_FRONTEND_SEMA_H

#include "pyir/Frontend/AST.h"
#include "pyir/Frontend/MixedModule.h"
#include "pyir/Frontend/Types.h"

#include "llvm/ADT/APInt.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringMap.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace pyir {
namespace frontend {

class DiagnosticEngine;

/// The directives of language.md §5 in force for one function.
struct Directives {
  bool boundscheck = true;
  bool wraparound = true;
  bool cdivision = false;
  bool overflowcheck = true;
  bool nogil = false;
  bool inlineHint = false;
};

/// A parameter of a module function.
struct ParamInfo {
  std::string name;
  llvm::SMLoc loc;
  Type type;
  std::optional<ConstValue> defaultValue;
};

/// The type each type variable of a generic function's signature stands
/// for in one specialisation: (index into ModuleInfo::typeVars, type), in
/// the order the signature first mentions the variables.
using TypeBinding = llvm::SmallVector<std::pair<unsigned, ScalarKind>, 2>;

/// The signature and attributes of a module function, or of one
/// specialisation of a generic function (language.md §8).
struct FunctionInfo {
  ast::FunctionDefStmt *def = nullptr;
  /// The symbol: the Python name, or for a specialisation the mangled
  /// `name__t1_t2` (getMangledName).
  std::string name;
  /// The name Python sees (shared by the specialisations of a generic).
  std::string pyName;
  /// A specialisation's generic (index into ModuleInfo::generics), or -1.
  int generic = -1;
  /// A specialisation's types; empty for an ordinary function.
  TypeBinding binding;
  std::vector<ParamInfo> params;
  /// None for `-> None`.
  Type returnType;
  Directives directives;
  /// False for `_private` functions.
  bool isPublic = true;
};

/// A module-level `T = TypeVar("T", t1, t2, ...)`.
struct TypeVarInfo {
  std::string name;
  /// The types it may stand for, in the order written (no repeats).
  std::vector<ScalarKind> constraints;
  llvm::SMRange range;
};

/// A generic function: one Python name, several specialisations.
struct GenericInfo {
  std::string name;
  /// Its specialisations (indices into ModuleInfo::functions), in the order
  /// of the cartesian product of the constraints (the first variable
  /// varies slowest).
  std::vector<unsigned> specializations;
  /// The type variables of its signature (indices into typeVars), in the
  /// order the signature first mentions them.
  std::vector<unsigned> typeVars;
};

/// The most specialisations one generic function may have.
constexpr unsigned kMaxSpecializations = 16;

/// The spelling of a type variable's type in mangled names and messages:
/// `f64` for `float` (the view element spelling), `getName` otherwise.
llvm::StringRef getTypeVarSpelling(ScalarKind kind);
/// The symbol of a specialisation: `name__t1_t2...` in binding order
/// (`scale__f32`, `dot__f64_i32`).
std::string getMangledName(llvm::StringRef name, const TypeBinding &binding);

/// What a module-level name refers to.
struct GlobalName {
  enum class Kind {
    Function,     ///< a module function (index into functions; for a
                  ///< generic function, its first specialisation)
    TypeVar,      ///< a type variable (index into typeVars)
    TypeVarClass, ///< `from pyir import TypeVar` or `from typing import
                  ///< TypeVar`
    Constant,     ///< a module constant (index into constants)
    MathModule,   ///< `import math`
    PyIRModule,   ///< `import pyir`
    TypingModule, ///< `import typing`
    MathMember,   ///< `from math import sqrt` (member = "sqrt")
    PyIRMember,   ///< `from pyir import f64 as F` (member = "f64")
    Final,        ///< `from typing import Final`
    Imported,     ///< `from .other import f`: a function of another PyIR
                  ///< module (index into imports; member = its name there)
  };
  Kind kind;
  unsigned index = 0;
  std::string member;
  llvm::SMRange range;
};

/// A module constant.
struct ConstantInfo {
  std::string name;
  ConstValue value;
  llvm::SMRange range;
};

struct ImportedModule;

/// A function of another PyIR module that this module may call: a function
/// (or one specialisation of a generic) of imports[module].
struct ImportedFunction {
  unsigned module;
  unsigned function;
};

/// The module-level facts IR generation needs.
struct ModuleInfo {
  std::string name;
  std::optional<std::string> doc;
  Directives directives;
  std::vector<FunctionInfo> functions;
  std::vector<ConstantInfo> constants;
  std::vector<TypeVarInfo> typeVars;
  std::vector<GenericInfo> generics;
  llvm::StringMap<GlobalName> globals;
  /// A mixed module (language.md §9): its source and Python definitions.
  std::optional<MixedModule> mixed;
  /// The source file's path (where relative imports start).
  std::string path;
  /// pyirc --debug: every function checks its indices (`boundscheck`
  /// whatever the directives say: an index out of range raises instead of
  /// being undefined behaviour, so no defined result changes).
  bool forceBoundscheck = false;
  /// The PyIR modules this one imports functions from (language.md §10),
  /// and every function (specialisation) it imports, in import order.
  std::vector<std::shared_ptr<const ImportedModule>> imports;
  std::vector<ImportedFunction> importedFunctions;
};

/// A PyIR module named by `from <dots><name> import ...`: how the importing
/// module imports it at run time (name and level, as written), where its
/// source is, and its module-level facts (its bodies are compiled with it).
struct ImportedModule {
  std::string name;
  unsigned level = 0;
  std::string path;
  /// Its name in `sys.modules` when the importing package is on sys.path
  /// (`pkg.other`): the JIT export's reference imports it by this name.
  std::string absoluteName;
  ModuleInfo info;
  /// `.other` or `pkg.other`, for messages.
  std::string getSpelling() const { return std::string(level, '.') + name; }
};

class ModuleLoader;

/// Whether `from pyir import name` is a name the compiler knows (a type, a
/// directive, `compile`, an allocation).
bool isPyIRMemberName(llvm::StringRef name);

/// The ast::CallExpr::AllocKind of `pyir.name` (`empty`, `zeros`,
/// `empty_like`), if it is one.
std::optional<unsigned> lookupAllocName(llvm::StringRef name);

/// The semantic rules of the language.
class Sema {
public:
  /// A fresh, unchecked copy of a module function's definition (the `copy`th,
  /// counting from 1), for one more specialisation of a generic function:
  /// Sema types each specialisation's body in its own tree.
  using FunctionCopier = std::function<ast::FunctionDefStmt *(
      const ast::FunctionDefStmt *def, unsigned copy)>;

  Sema(DiagnosticEngine &diag, FunctionCopier copier = nullptr,
       ModuleLoader *loader = nullptr)
      : diag(diag), copier(std::move(copier)), loader(loader) {}

  /// Analyses the module-level statements: imports, constants, directives
  /// (decorators and the `# pyir:` directives of `module`)
  /// and function signatures. Reports errors and returns false if any.
  bool analyzeModule(const ast::Module &module, ModuleInfo &info);

  /// Checks the body of every function whose signature is valid
  /// (SemaStmt.cpp, SemaExpr.cpp, SemaCall.cpp) and leaves the typed tree
  /// IR generation reads (AST.h, "Typing"): each expression has its type,
  /// names their VarDecl, calls their callee, and implicit conversions and
  /// folded literals are nodes. Reports errors; marks each function whose
  /// body has none checked (FunctionDefStmt::isChecked).
  void checkFunctionBodies(ModuleInfo &info, ast::ASTContext &context);

  /// The type an annotation denotes, or an error type (reported).
  /// `None` is accepted only where `allowNone` is set (return annotations).
  Type resolveAnnotation(const ast::Expr *annotation, const ModuleInfo &info,
                         bool allowNone);

  /// Evaluates a constant expression of literals and module constants with
  /// Python's semantics (ConstantFolder.cpp). An int result takes the type
  /// `expected` if that is a fixed-width integer, else `int`, and must fit
  /// it. Reports why it is not constant when `report` is set.
  std::optional<ConstValue> evaluateConstant(const ast::Expr *expr,
                                             const ModuleInfo &info,
                                             bool report,
                                             Type expected = Type::error());

  /// If `expr` is an integer literal (possibly negated), its value.
  static std::optional<llvm::APInt> getIntLiteral(const ast::Expr *expr);

  /// The operand type of an arithmetic or bitwise operation on `lhs` and
  /// `rhs` (§2 mixed-arithmetic rules), or an error type (reported at
  /// `range`). `lhsLiteral`/`rhsLiteral` mark integer literals, which take
  /// the other operand's fixed-width type.
  Type getOperandType(ast::BinOpKind op, Type lhs, Type rhs, bool lhsLiteral,
                      bool rhsLiteral, llvm::SMRange range);
  /// The result type of the operation given its operand type.
  static Type getResultType(ast::BinOpKind op, Type operandType);

  /// Whether a value of type `from` may be stored in a variable of type
  /// `to` without an explicit conversion (same type, or a widening that
  /// keeps the value). `literal` holds the value of an integer literal.
  static bool isAssignable(Type to, Type from,
                           const std::optional<llvm::APInt> &literal);

  /// Whether the integer literal fits the fixed-width integer type.
  static bool literalFits(const llvm::APInt &value, ScalarKind kind);

  DiagnosticEngine &getDiagnostics() { return diag; }

  /// The binding under which annotations and `T(x)` are resolved: that of
  /// the specialisation being analysed (null outside one).
  void setBinding(const TypeBinding *b) { binding = b; }
  /// The type variable `T` stands for in the current binding, reporting at
  /// `range` if `T` is not bound there.
  std::optional<ScalarKind>
  getBoundType(unsigned typeVar, const ModuleInfo &info, llvm::SMRange range);
  /// The scalar an annotation names (`int`, `u8`, `F`, a bound type
  /// variable), reporting an unbound type variable.
  std::optional<ScalarKind> resolveScalar(const ast::Expr *expr,
                                          const ModuleInfo &info);

private:
  void analyzeImport(const ast::Stmt *stmt, ModuleInfo &info);
  /// `from .other import f, g`: true if `other` is a PyIR module (its names
  /// declared, errors reported), false if there is no such source.
  bool analyzePyIRImport(const ast::ImportFromStmt *from, ModuleInfo &info);
  void analyzeConstant(const ast::Stmt *stmt, ModuleInfo &info);
  void analyzeFunction(ast::FunctionDefStmt *def, ModuleInfo &info);
  /// Analyses one signature (of an ordinary function, or one
  /// specialisation) into `fn`.
  void analyzeSignature(ast::FunctionDefStmt *def, const ModuleInfo &info,
                        FunctionInfo &fn);
  /// `T = TypeVar("T", t1, t2, ...)`: true if `value` is a TypeVar call
  /// (analysed, errors reported), false if it is something else.
  bool analyzeTypeVar(const ast::NameExpr *target, const ast::Expr *value,
                      ModuleInfo &info);
  bool applyDirective(const ast::Expr *decorator, const ModuleInfo &info,
                      Directives &directives);
  /// The module's `# pyir:` directives; `seen` maps each key set so far to
  /// its value and location.
  using SeenDirectives = llvm::StringMap<std::pair<bool, llvm::SMLoc>>;
  void applyModuleDirectives(const ast::Module &module, ModuleInfo &info);
  void applyModuleDirectiveItem(const ast::DirectiveItem &item,
                                ModuleInfo &info, SeenDirectives &seen);
  void declareGlobal(ModuleInfo &info, llvm::StringRef name, GlobalName g);

  DiagnosticEngine &diag;
  FunctionCopier copier;
  ModuleLoader *loader;
  const TypeBinding *binding = nullptr;
};

} // namespace frontend
} // namespace pyir

#endif // PYIR_FRONTEND_SEMA_H
