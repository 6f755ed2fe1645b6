//===- AST.h - PyIR abstract syntax tree ------------------------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// This file declares the abstract syntax tree of the PyIR language, the typed
// Python subset described in docs/spec language.md §3. The parser only ever
// builds nodes for supported constructs: everything else is rejected by name
// while parsing, so Sema can assume it sees only the nodes declared here.
//
// Memory: every node is owned by an ASTContext and referenced by plain
// pointers. Nodes live as long as their context. Source locations are
// llvm::SMLoc into the llvm::SourceMgr buffer the module was parsed from.
//
// Casting: LLVM-style, `llvm::isa<BinOpExpr>(e)`, `llvm::dyn_cast<...>`,
// driven by Expr::getKind() / Stmt::getKind(); no RTTI.
//
// Typing: the parser builds an untyped tree; Sema (SemaStmt.cpp,
// SemaExpr.cpp, SemaCall.cpp) then gives every expression of a function body
// its type, resolves names to VarDecls and calls to their callee, and makes
// every implicit step a node: ConvertExpr for a conversion, ConstantExpr for
// a folded literal or constant, TupleElementExpr for unpacking. IR
// generation reads that typed tree and reports nothing.
//
//===----------------------------------------------------------------------===//

#ifndef PYIR_FRONTEND_AST_H
#define PYIR_FRONTEND_AST_H

#include "pyir/Frontend/Lexer.h"
#include "pyir/Frontend/Types.h"

#include "llvm/ADT/APInt.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Casting.h"
#include "llvm/Support/SMLoc.h"

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace pyir {
namespace ast {

class Expr;
class Stmt;
using frontend::Type;

//===----------------------------------------------------------------------===//
// Operators
//===----------------------------------------------------------------------===//

/// Prefix operators: `+x`, `-x`, `~x`, `not x`.
enum class UnaryOpKind { Plus, Minus, Invert, Not };

/// Binary arithmetic and bitwise operators; also the operator of an augmented
/// assignment (`x += 1` carries BinOpKind::Add).
enum class BinOpKind {
  Add,      ///< +
  Sub,      ///< -
  Mul,      ///< *
  MatMul,   ///< @
  Div,      ///< /
  FloorDiv, ///< //
  Mod,      ///< %
  Pow,      ///< **
  LShift,   ///< <<
  RShift,   ///< >>
  BitOr,    ///< |
  BitXor,   ///< ^
  BitAnd,   ///< &
};

/// Short-circuit boolean operators.
enum class BoolOpKind { And, Or };

/// Comparison operators. `is`, `is not`, `in`, `not in` are rejected by the
/// parser and never appear in the AST.
enum class CmpOpKind { Eq, NotEq, Lt, LtE, Gt, GtE };

/// Source spelling of an operator: "-", "not", "**", "and", "<=", ...
llvm::StringRef spelling(UnaryOpKind op);
llvm::StringRef spelling(BinOpKind op);
llvm::StringRef spelling(BoolOpKind op);
llvm::StringRef spelling(CmpOpKind op);

//===----------------------------------------------------------------------===//
// Node base
//===----------------------------------------------------------------------===//

/// Common base of every AST node: owns nothing, knows its source range.
class Node {
public:
  virtual ~Node();

  /// The whole source range of the node ([Start, End] with End pointing at
  /// the last character, as llvm::SMRange underlining expects).
  llvm::SMRange getRange() const { return range; }
  /// The location the node is reported at: the start of its range (for a
  /// binary operation, the start of its left operand, like CPython).
  llvm::SMLoc getLoc() const { return range.Start; }
  llvm::SMLoc getEndLoc() const { return range.End; }
  void setRange(llvm::SMRange r) { range = r; }

  /// Which hierarchy a node belongs to (for isa<Expr>(node) etc.).
  enum class NodeClass { Expr, Stmt, Module };
  NodeClass getNodeClass() const { return nodeClass; }

protected:
  Node(NodeClass nodeClass, llvm::SMRange range)
      : range(range), nodeClass(nodeClass) {}

private:
  llvm::SMRange range;
  NodeClass nodeClass;
};

//===----------------------------------------------------------------------===//
// Expressions
//===----------------------------------------------------------------------===//

/// Base class of every expression.
class Expr : public Node {
public:
  enum class Kind {
    IntLiteral,
    FloatLiteral,
    StringLiteral,
    BoolLiteral,
    NoneLiteral,
    EllipsisLiteral,
    Name,
    UnaryOp,
    BinOp,
    BoolOp,
    Compare,
    IfExp,
    Call,
    Attribute,
    Subscript,
    Slice,
    Tuple,
    // Made by Sema only.
    Constant,
    Convert,
    TupleElement,
  };

  Kind getKind() const { return kind; }

  /// The type Sema gave the expression (an error type before Sema, and for
  /// an expression Sema reported).
  const Type &getType() const { return type; }
  void setType(Type t) { type = std::move(t); }

  /// Height of the expression tree (a leaf is 1). The parser bounds it so
  /// that recursive walks over an expression cannot exhaust the stack.
  unsigned getHeight() const { return height; }

  /// True if the source wrapped this expression in parentheses, e.g. `(a)`.
  bool isParenthesized() const { return parenthesized; }
  void setParenthesized(bool p = true) { parenthesized = p; }

  static bool classof(const Node *n) {
    return n->getNodeClass() == NodeClass::Expr;
  }

protected:
  Expr(Kind kind, llvm::SMRange range,
       std::initializer_list<const Expr *> children = {});
  /// Raise the recorded height to cover a child added after construction.
  void noteChild(const Expr *child);

private:
  Kind kind;
  unsigned height = 1;
  bool parenthesized = false;
  Type type = Type::error();
};

/// An integer literal: `42`, `0xff`, `1_000`, `0b1010`, `0o17`.
/// The value is the non-negative magnitude (a leading `-` is a UnaryOpExpr),
/// at least 64 bits wide and wider when needed, so literals that do not fit
/// 64 bits reach Sema intact and can be diagnosed there.
class IntLiteralExpr : public Expr {
public:
  IntLiteralExpr(llvm::SMRange range, llvm::APInt value, std::string text)
      : Expr(Kind::IntLiteral, range), value(std::move(value)),
        text(std::move(text)) {}

  /// The magnitude, as an unsigned APInt of width >= 64.
  const llvm::APInt &getValue() const { return value; }
  /// The literal as written in the source (with prefix and underscores).
  llvm::StringRef getText() const { return text; }
  /// True if the value is <= 2**63 - 1 (fits `int`/i64 without negation).
  bool fitsInt64() const { return value.getActiveBits() <= 63; }
  /// True if the value is <= 2**64 - 1.
  bool fitsUInt64() const { return value.getActiveBits() <= 64; }
  /// The value truncated to 64 bits; only meaningful if fitsUInt64().
  uint64_t getZExtValue() const { return value.getLoBits(64).getZExtValue(); }

  static bool classof(const Expr *e) {
    return e->getKind() == Kind::IntLiteral;
  }

private:
  llvm::APInt value;
  std::string text;
};

/// A floating-point literal: `1.0`, `1.`, `.5`, `1e-3`, `1_0.5E+2`.
/// Converted with correct rounding; `1e400` gives +inf.
class FloatLiteralExpr : public Expr {
public:
  FloatLiteralExpr(llvm::SMRange range, double value, std::string text)
      : Expr(Kind::FloatLiteral, range), value(value), text(std::move(text)) {}

  double getValue() const { return value; }
  llvm::StringRef getText() const { return text; }

  static bool classof(const Expr *e) {
    return e->getKind() == Kind::FloatLiteral;
  }

private:
  double value;
  std::string text;
};

/// A string (or bytes) literal, with escapes decoded and adjacent literals
/// concatenated (`"a" "b"` is one literal "ab"). The value is UTF-8.
/// f-strings are rejected by the parser.
class StringLiteralExpr : public Expr {
public:
  StringLiteralExpr(llvm::SMRange range, std::string value, bool bytes)
      : Expr(Kind::StringLiteral, range), value(std::move(value)),
        bytes(bytes) {}

  llvm::StringRef getValue() const { return value; }
  /// True for `b"..."` literals.
  bool isBytes() const { return bytes; }

  static bool classof(const Expr *e) {
    return e->getKind() == Kind::StringLiteral;
  }

private:
  std::string value;
  bool bytes;
};

/// `True` or `False`.
class BoolLiteralExpr : public Expr {
public:
  BoolLiteralExpr(llvm::SMRange range, bool value)
      : Expr(Kind::BoolLiteral, range), value(value) {}

  bool getValue() const { return value; }

  static bool classof(const Expr *e) {
    return e->getKind() == Kind::BoolLiteral;
  }

private:
  bool value;
};

/// `None`.
class NoneLiteralExpr : public Expr {
public:
  explicit NoneLiteralExpr(llvm::SMRange range)
      : Expr(Kind::NoneLiteral, range) {}

  static bool classof(const Expr *e) {
    return e->getKind() == Kind::NoneLiteral;
  }
};

/// `...` (commonly a placeholder body: `def f() -> None: ...`).
class EllipsisLiteralExpr : public Expr {
public:
  explicit EllipsisLiteralExpr(llvm::SMRange range)
      : Expr(Kind::EllipsisLiteral, range) {}

  static bool classof(const Expr *e) {
    return e->getKind() == Kind::EllipsisLiteral;
  }
};

/// A local variable or parameter of a function. Sema creates one for each
/// name a function assigns (and each parameter); every NameExpr that reads
/// or assigns the variable points to it.
class VarDecl {
public:
  VarDecl(std::string name, Type type, llvm::SMLoc loc)
      : name(std::move(name)), type(std::move(type)), loc(loc) {}

  llvm::StringRef getName() const { return name; }
  /// The type of its first assignment (or annotation): a variable keeps it.
  const Type &getType() const { return type; }
  /// Where it is first assigned (or declared).
  llvm::SMLoc getLoc() const { return loc; }

private:
  std::string name;
  Type type;
  llvm::SMLoc loc;
};

/// An identifier: `x`, `range`, `f64`.
class NameExpr : public Expr {
public:
  NameExpr(llvm::SMRange range, std::string name)
      : Expr(Kind::Name, range), name(std::move(name)) {}

  llvm::StringRef getName() const { return name; }
  /// The local variable the name reads or assigns (set by Sema).
  VarDecl *getDecl() const { return decl; }
  void setDecl(VarDecl *d) { decl = d; }

  static bool classof(const Expr *e) { return e->getKind() == Kind::Name; }

private:
  std::string name;
  VarDecl *decl = nullptr;
};

/// A prefix operation: `-x`, `+x`, `~x`, `not x`.
class UnaryOpExpr : public Expr {
public:
  UnaryOpExpr(llvm::SMRange range, UnaryOpKind op, Expr *operand)
      : Expr(Kind::UnaryOp, range, {operand}), op(op), operand(operand) {}

  UnaryOpKind getOp() const { return op; }
  Expr *getOperand() const { return operand; }
  void setOperand(Expr *e) { operand = e; }

  static bool classof(const Expr *e) { return e->getKind() == Kind::UnaryOp; }

private:
  UnaryOpKind op;
  Expr *operand;
};

/// A binary arithmetic/bitwise operation: `a + b`, `a ** b`, `a << b`.
class BinOpExpr : public Expr {
public:
  BinOpExpr(llvm::SMRange range, BinOpKind op, llvm::SMLoc opLoc, Expr *lhs,
            Expr *rhs)
      : Expr(Kind::BinOp, range, {lhs, rhs}), op(op), opLoc(opLoc), lhs(lhs),
        rhs(rhs) {}

  BinOpKind getOp() const { return op; }
  /// Location of the operator token (useful for "division by zero" notes).
  llvm::SMLoc getOpLoc() const { return opLoc; }
  Expr *getLHS() const { return lhs; }
  Expr *getRHS() const { return rhs; }
  void setLHS(Expr *e) { lhs = e; }
  void setRHS(Expr *e) { rhs = e; }

  static bool classof(const Expr *e) { return e->getKind() == Kind::BinOp; }

private:
  BinOpKind op;
  llvm::SMLoc opLoc;
  Expr *lhs;
  Expr *rhs;
};

/// `a and b and c` / `a or b`: one node per run of the same operator, like
/// CPython's ast.BoolOp. `a or b and c` is Or[a, And[b, c]].
class BoolOpExpr : public Expr {
public:
  BoolOpExpr(llvm::SMRange range, BoolOpKind op, std::vector<Expr *> values);

  BoolOpKind getOp() const { return op; }
  /// Two or more operands, evaluated left to right with short-circuit.
  llvm::ArrayRef<Expr *> getValues() const { return values; }
  void setValue(size_t i, Expr *e) { values[i] = e; }

  static bool classof(const Expr *e) { return e->getKind() == Kind::BoolOp; }

private:
  BoolOpKind op;
  std::vector<Expr *> values;
};

/// A (possibly chained) comparison: `a < b`, `0 <= i < n`.
/// `getOps().size() == getComparators().size() >= 1`; the comparison i is
/// between operand i and operand i+1 where operand 0 is getLeft().
class CompareExpr : public Expr {
public:
  CompareExpr(llvm::SMRange range, Expr *left, std::vector<CmpOpKind> ops,
              std::vector<llvm::SMLoc> opLocs, std::vector<Expr *> comparators);

  Expr *getLeft() const { return left; }
  llvm::ArrayRef<CmpOpKind> getOps() const { return ops; }
  llvm::ArrayRef<llvm::SMLoc> getOpLocs() const { return opLocs; }
  llvm::ArrayRef<Expr *> getComparators() const { return comparators; }

  /// The operands of comparison i as Sema converted them (set by Sema). An
  /// operand of two comparisons (`b` in `a < b < c`) is one node, evaluated
  /// once, that each comparison may convert its own way.
  std::pair<Expr *, Expr *> getOperands(size_t i) const { return operands[i]; }
  void setOperands(std::vector<std::pair<Expr *, Expr *>> ops) {
    operands = std::move(ops);
  }

  static bool classof(const Expr *e) { return e->getKind() == Kind::Compare; }

private:
  std::vector<std::pair<Expr *, Expr *>> operands;
  Expr *left;
  std::vector<CmpOpKind> ops;
  std::vector<llvm::SMLoc> opLocs;
  std::vector<Expr *> comparators;
};

/// The conditional expression `body if test else orElse`.
class IfExpExpr : public Expr {
public:
  IfExpExpr(llvm::SMRange range, Expr *body, Expr *test, Expr *orElse)
      : Expr(Kind::IfExp, range, {body, test, orElse}), body(body), test(test),
        orElse(orElse) {}

  Expr *getTest() const { return test; }
  Expr *getBody() const { return body; }
  Expr *getOrElse() const { return orElse; }
  void setTest(Expr *e) { test = e; }
  void setBody(Expr *e) { body = e; }
  void setOrElse(Expr *e) { orElse = e; }

  static bool classof(const Expr *e) { return e->getKind() == Kind::IfExp; }

private:
  Expr *body;
  Expr *test;
  Expr *orElse;
};

/// A keyword argument `name=value` of a call.
struct Keyword {
  std::string name;
  llvm::SMLoc nameLoc;
  Expr *value = nullptr;
  /// From the name to the end of the value.
  llvm::SMRange range;
};

/// A call `func(args..., name=value...)`. Positional arguments all precede
/// keyword arguments (the parser enforces it); `*a` / `**k` are rejected.
class CallExpr : public Expr {
public:
  CallExpr(llvm::SMRange range, Expr *func, std::vector<Expr *> args,
           std::vector<Keyword> keywords);

  Expr *getFunc() const { return func; }
  llvm::ArrayRef<Expr *> getArgs() const { return args; }
  llvm::ArrayRef<Keyword> getKeywords() const { return keywords; }
  /// The callee's name if it is a plain NameExpr, "" otherwise.
  llvm::StringRef getCalleeName() const;

  /// What Sema resolved the callee to. Calls that are operations (`pow`,
  /// `divmod`, `int(x)`, `u8(x)`, ...) are replaced by their operation.
  enum class Callee {
    Unresolved,
    Function, ///< a function of the module: getCalleeIndex()
    Builtin,  ///< a builtin or math function: getCalleeIndex() a BuiltinID
    Imported, ///< a function of another PyIR module: getCalleeIndex() into
              ///< ModuleInfo::importedFunctions
    /// pyir.empty/zeros/empty_like: getCalleeIndex() an AllocKind; the
    /// resolved arguments are the extents (ints) or, for empty_like, the
    /// view; the type is the new array's.
    Alloc,
  };
  enum AllocKind : unsigned { AllocEmpty, AllocZeros, AllocEmptyLike };
  /// An argument as Sema converted it, and the parameter it binds.
  struct ResolvedArg {
    Expr *value;
    unsigned param;
  };
  Callee getCallee() const { return callee; }
  unsigned getCalleeIndex() const { return calleeIndex; }
  /// The converted arguments: for a module function in evaluation order
  /// (positional, keywords, then the defaults of the missing parameters);
  /// for a builtin one per argument, in order.
  llvm::ArrayRef<ResolvedArg> getResolvedArgs() const { return resolvedArgs; }
  void resolve(Callee kind, unsigned index, std::vector<ResolvedArg> args) {
    callee = kind;
    calleeIndex = index;
    resolvedArgs = std::move(args);
  }

  static bool classof(const Expr *e) { return e->getKind() == Kind::Call; }

private:
  Callee callee = Callee::Unresolved;
  unsigned calleeIndex = 0;
  std::vector<ResolvedArg> resolvedArgs;
  Expr *func;
  std::vector<Expr *> args;
  std::vector<Keyword> keywords;
};

/// Attribute access `value.attr`, e.g. `math.sqrt`, `a.shape`, `pyir.f64`.
class AttributeExpr : public Expr {
public:
  AttributeExpr(llvm::SMRange range, Expr *value, std::string attr,
                llvm::SMLoc attrLoc)
      : Expr(Kind::Attribute, range, {value}), value(value),
        attr(std::move(attr)), attrLoc(attrLoc) {}

  Expr *getValue() const { return value; }
  llvm::StringRef getAttr() const { return attr; }
  llvm::SMLoc getAttrLoc() const { return attrLoc; }

  static bool classof(const Expr *e) { return e->getKind() == Kind::Attribute; }

private:
  Expr *value;
  std::string attr;
  llvm::SMLoc attrLoc;
};

/// Subscript `value[index]`. `a[i, j]` has a TupleExpr index. The index may
/// contain SliceExprs: in annotations (`f64[:]` -> index Slice; `f64[:, ::1]`
/// -> index Tuple[Slice, Slice]) and when slicing a view (`a[1:n]`,
/// `m[i, :]`).
class SubscriptExpr : public Expr {
public:
  SubscriptExpr(llvm::SMRange range, Expr *value, Expr *index)
      : Expr(Kind::Subscript, range, {value, index}), value(value),
        index(index) {}

  Expr *getValue() const { return value; }
  Expr *getIndex() const { return index; }
  /// The index as a list: the elements of an unparenthesized tuple index
  /// (`a[i, j]` -> {i, j}), otherwise the single index.
  std::vector<Expr *> getIndices() const;

  /// Set by Sema: the view, and either its `int` indices (an element), the
  /// axis of `view.shape[axis]` or `view.strides[axis]`, or a slicing key
  /// (a new view): the pyir::view_key code of each item (ViewSlicing.h),
  /// its `int` values in getIntIndices().
  Expr *getView() const { return view; }
  llvm::ArrayRef<Expr *> getIntIndices() const { return intIndices; }
  std::optional<unsigned> getShapeAxis() const { return shapeAxis; }
  std::optional<unsigned> getStrideAxis() const { return strideAxis; }
  llvm::ArrayRef<int64_t> getSliceKeys() const { return sliceKeys; }
  bool isSlice() const { return !sliceKeys.empty(); }
  void setElement(Expr *v, std::vector<Expr *> indices) {
    view = v;
    intIndices = std::move(indices);
  }
  void setShape(Expr *v, unsigned axis) {
    view = v;
    shapeAxis = axis;
  }
  void setStride(Expr *v, unsigned axis) {
    view = v;
    strideAxis = axis;
  }
  void setSlice(Expr *v, std::vector<int64_t> keys,
                std::vector<Expr *> values) {
    view = v;
    sliceKeys = std::move(keys);
    intIndices = std::move(values);
  }

  static bool classof(const Expr *e) { return e->getKind() == Kind::Subscript; }

private:
  Expr *view = nullptr;
  std::vector<Expr *> intIndices;
  std::optional<unsigned> shapeAxis;
  std::optional<unsigned> strideAxis;
  std::vector<int64_t> sliceKeys;
  Expr *value;
  Expr *index;
};

/// A slice `lower:upper:step` inside a subscript; any part may be null.
/// `:` has all three null; `::1` has a step of IntLiteral 1.
class SliceExpr : public Expr {
public:
  SliceExpr(llvm::SMRange range, Expr *lower, Expr *upper, Expr *step)
      : Expr(Kind::Slice, range, {lower, upper, step}), lower(lower),
        upper(upper), step(step) {}

  Expr *getLower() const { return lower; }
  Expr *getUpper() const { return upper; }
  Expr *getStep() const { return step; }

  static bool classof(const Expr *e) { return e->getKind() == Kind::Slice; }

private:
  Expr *lower;
  Expr *upper;
  Expr *step;
};

/// A tuple display `a, b` or `(a, b)` or `()`; also a tuple target
/// (`a, b = b, a`) and a multi-dimensional index (`a[i, j]`).
class TupleExpr : public Expr {
public:
  TupleExpr(llvm::SMRange range, std::vector<Expr *> elts);

  llvm::ArrayRef<Expr *> getElts() const { return elts; }
  void setElt(size_t i, Expr *e) { elts[i] = e; }

  static bool classof(const Expr *e) { return e->getKind() == Kind::Tuple; }

private:
  std::vector<Expr *> elts;
};

/// A value Sema computed: a folded integer literal (`-5` as an `u8`), a
/// module constant, a `math` constant, a default argument, `a.ndim`.
class ConstantExpr : public Expr {
public:
  /// `fromLiteral` marks a literal written in the source, whose truth value
  /// is known while building the IR (`while 1:`).
  ConstantExpr(llvm::SMRange range, frontend::ConstValue value,
               bool fromLiteral)
      : Expr(Kind::Constant, range), value(std::move(value)),
        fromLiteral(fromLiteral) {
    setType(this->value.type);
  }

  const frontend::ConstValue &getValue() const { return value; }
  bool isFromLiteral() const { return fromLiteral; }

  static bool classof(const Expr *e) { return e->getKind() == Kind::Constant; }

private:
  frontend::ConstValue value;
  bool fromLiteral;
};

/// A conversion of a value to getType(): one Sema inserted (an operand
/// taking its operation's type, an argument its parameter's), or one an
/// explicit `int(x)`/`u8(x)` asked for. Conversions to a fixed-width integer
/// wrap; to `int`, from a float or a u64, they check.
class ConvertExpr : public Expr {
public:
  ConvertExpr(llvm::SMRange range, Expr *operand, Type to)
      : Expr(Kind::Convert, range, {operand}), operand(operand) {
    setType(std::move(to));
  }

  Expr *getOperand() const { return operand; }
  /// An explicit conversion is a value of its own, evaluated where it is
  /// written; an inserted one happens once all the operands of its
  /// operation are evaluated (as the arguments of a call are).
  bool isExplicit() const { return explicitConversion; }
  void setExplicit() { explicitConversion = true; }

  static bool classof(const Expr *e) { return e->getKind() == Kind::Convert; }

private:
  Expr *operand;
  bool explicitConversion = false;
};

/// Element `index` of a tuple value (unpacking `a, b = t`). The tuple is
/// evaluated once however many elements are taken.
class TupleElementExpr : public Expr {
public:
  TupleElementExpr(llvm::SMRange range, Expr *tuple, unsigned index)
      : Expr(Kind::TupleElement, range, {tuple}), tuple(tuple), index(index) {
    setType(tuple->getType().getElements()[index]);
  }

  Expr *getTuple() const { return tuple; }
  unsigned getIndex() const { return index; }

  static bool classof(const Expr *e) {
    return e->getKind() == Kind::TupleElement;
  }

private:
  Expr *tuple;
  unsigned index;
};

//===----------------------------------------------------------------------===//
// Statements
//===----------------------------------------------------------------------===//

/// Base class of every statement.
class Stmt : public Node {
public:
  enum class Kind {
    Expr,
    Assign,
    AnnAssign,
    AugAssign,
    Return,
    If,
    While,
    For,
    Break,
    Continue,
    Pass,
    Assert,
    Raise,
    Import,
    ImportFrom,
    FunctionDef,
  };

  Kind getKind() const { return kind; }

  static bool classof(const Node *n) {
    return n->getNodeClass() == NodeClass::Stmt;
  }

protected:
  Stmt(Kind kind, llvm::SMRange range)
      : Node(NodeClass::Stmt, range), kind(kind) {}

private:
  Kind kind;
};

/// A statement list (a suite / block). Never empty in a parsed module except
/// the module body itself.
using StmtList = std::vector<Stmt *>;

/// An expression statement, e.g. a call `f(x)`, a docstring, or `...`.
class ExprStmt : public Stmt {
public:
  ExprStmt(llvm::SMRange range, Expr *value)
      : Stmt(Kind::Expr, range), value(value) {}

  Expr *getValue() const { return value; }
  void setValue(Expr *e) { value = e; }

  static bool classof(const Stmt *s) { return s->getKind() == Kind::Expr; }

private:
  Expr *value;
};

/// One store of an assignment, as Sema resolved it: `target` is a NameExpr
/// with its VarDecl or a SubscriptExpr (a view element), `value` has the
/// target's type.
struct Binding {
  Expr *target;
  Expr *value;
};

/// `t1 = t2 = ... = value`. Targets are NameExpr, SubscriptExpr,
/// AttributeExpr or TupleExpr of those; assigned left to right after
/// evaluating the value, as in Python.
class AssignStmt : public Stmt {
public:
  AssignStmt(llvm::SMRange range, std::vector<Expr *> targets, Expr *value)
      : Stmt(Kind::Assign, range), targets(std::move(targets)), value(value) {}

  /// One or more targets.
  llvm::ArrayRef<Expr *> getTargets() const { return targets; }
  Expr *getValue() const { return value; }
  void setValue(Expr *e) { value = e; }

  /// Set by Sema: the stores, in order, one per name or element a target
  /// names (`a, b = b, a + b` has two). Their values are built on the nodes
  /// of getValue(), which is evaluated first, once.
  llvm::ArrayRef<Binding> getBindings() const { return bindings; }
  void setBindings(std::vector<Binding> b) { bindings = std::move(b); }

  static bool classof(const Stmt *s) { return s->getKind() == Kind::Assign; }

private:
  std::vector<Binding> bindings;
  std::vector<Expr *> targets;
  Expr *value;
};

/// `target: annotation [= value]`, e.g. `s: f32 = 0`, `N: Final = 3`.
/// The target is a NameExpr, SubscriptExpr or AttributeExpr.
class AnnAssignStmt : public Stmt {
public:
  AnnAssignStmt(llvm::SMRange range, Expr *target, Expr *annotation,
                Expr *value)
      : Stmt(Kind::AnnAssign, range), target(target), annotation(annotation),
        value(value) {}

  Expr *getTarget() const { return target; }
  Expr *getAnnotation() const { return annotation; }
  /// Null for a bare declaration `x: int`.
  Expr *getValue() const { return value; }
  /// Sema converts the value to the declared type.
  void setValue(Expr *e) { value = e; }

  static bool classof(const Stmt *s) { return s->getKind() == Kind::AnnAssign; }

private:
  Expr *target;
  Expr *annotation;
  Expr *value;
};

/// `target op= value` for the 12 augmented operators (no `@=`: rejected).
/// The target is a NameExpr, SubscriptExpr or AttributeExpr.
class AugAssignStmt : public Stmt {
public:
  AugAssignStmt(llvm::SMRange range, Expr *target, BinOpKind op,
                llvm::SMLoc opLoc, Expr *value)
      : Stmt(Kind::AugAssign, range), target(target), op(op), opLoc(opLoc),
        value(value) {}

  Expr *getTarget() const { return target; }
  BinOpKind getOp() const { return op; }
  llvm::SMLoc getOpLoc() const { return opLoc; }
  Expr *getValue() const { return value; }

  /// Set by Sema: `target op value` converted to the target's type. The
  /// operation reads the target node itself, so a subscript's view and
  /// indices are evaluated once for the load and the store.
  Expr *getResult() const { return result; }
  void setResult(Expr *e) { result = e; }

  static bool classof(const Stmt *s) { return s->getKind() == Kind::AugAssign; }

private:
  Expr *result = nullptr;
  Expr *target;
  BinOpKind op;
  llvm::SMLoc opLoc;
  Expr *value;
};

/// `return [value]`; `return a, b` has a TupleExpr value.
class ReturnStmt : public Stmt {
public:
  ReturnStmt(llvm::SMRange range, Expr *value)
      : Stmt(Kind::Return, range), value(value) {}

  /// Null for a bare `return`.
  Expr *getValue() const { return value; }
  /// Sema converts the value to the return type.
  void setValue(Expr *e) { value = e; }

  static bool classof(const Stmt *s) { return s->getKind() == Kind::Return; }

private:
  Expr *value;
};

/// `if test: body [elif ...] [else: orElse]`. An `elif` is an IfStmt that is
/// the only statement of its parent's orElse, with isElif() set.
class IfStmt : public Stmt {
public:
  IfStmt(llvm::SMRange range, Expr *test, StmtList body, StmtList orElse,
         bool elif)
      : Stmt(Kind::If, range), test(test), body(std::move(body)),
        orElse(std::move(orElse)), elif (elif) {}

  Expr *getTest() const { return test; }
  void setTest(Expr *e) { test = e; }
  llvm::ArrayRef<Stmt *> getBody() const { return body; }
  /// Empty if there is no else/elif.
  llvm::ArrayRef<Stmt *> getOrElse() const { return orElse; }
  /// True if this statement was spelled `elif`.
  bool isElif() const { return elif; }

  static bool classof(const Stmt *s) { return s->getKind() == Kind::If; }

private:
  Expr *test;
  StmtList body;
  StmtList orElse;
  bool elif;
};

/// `while test: body [else: orElse]`.
class WhileStmt : public Stmt {
public:
  WhileStmt(llvm::SMRange range, Expr *test, StmtList body, StmtList orElse)
      : Stmt(Kind::While, range), test(test), body(std::move(body)),
        orElse(std::move(orElse)) {}

  Expr *getTest() const { return test; }
  void setTest(Expr *e) { test = e; }
  llvm::ArrayRef<Stmt *> getBody() const { return body; }
  /// Runs when the loop ends without `break`; empty if absent.
  llvm::ArrayRef<Stmt *> getOrElse() const { return orElse; }

  static bool classof(const Stmt *s) { return s->getKind() == Kind::While; }

private:
  Expr *test;
  StmtList body;
  StmtList orElse;
};

/// `for target in iter: body [else: orElse]`. The target is a NameExpr,
/// or a TupleExpr/SubscriptExpr/AttributeExpr (Sema decides what it allows).
class ForStmt : public Stmt {
public:
  ForStmt(llvm::SMRange range, Expr *target, Expr *iter, StmtList body,
          StmtList orElse)
      : Stmt(Kind::For, range), target(target), iter(iter),
        body(std::move(body)), orElse(std::move(orElse)) {}

  Expr *getTarget() const { return target; }
  Expr *getIter() const { return iter; }
  llvm::ArrayRef<Stmt *> getBody() const { return body; }
  llvm::ArrayRef<Stmt *> getOrElse() const { return orElse; }

  /// Set by Sema. A loop over `range(...)` has its bounds (1 to 3, `int`)
  /// and the step when it is a literal; a loop over a view has the view.
  bool isRange() const { return range; }
  llvm::ArrayRef<Expr *> getRangeBounds() const { return rangeBounds; }
  std::optional<int64_t> getConstantStep() const { return constantStep; }
  void setRange(std::vector<Expr *> bounds, std::optional<int64_t> step) {
    range = true;
    rangeBounds = std::move(bounds);
    constantStep = step;
  }
  void setIter(Expr *e) { iter = e; }

  static bool classof(const Stmt *s) { return s->getKind() == Kind::For; }

private:
  bool range = false;
  std::vector<Expr *> rangeBounds;
  std::optional<int64_t> constantStep;
  Expr *target;
  Expr *iter;
  StmtList body;
  StmtList orElse;
};

/// `break`.
class BreakStmt : public Stmt {
public:
  explicit BreakStmt(llvm::SMRange range) : Stmt(Kind::Break, range) {}
  static bool classof(const Stmt *s) { return s->getKind() == Kind::Break; }
};

/// `continue`.
class ContinueStmt : public Stmt {
public:
  explicit ContinueStmt(llvm::SMRange range) : Stmt(Kind::Continue, range) {}
  static bool classof(const Stmt *s) { return s->getKind() == Kind::Continue; }
};

/// `pass`.
class PassStmt : public Stmt {
public:
  explicit PassStmt(llvm::SMRange range) : Stmt(Kind::Pass, range) {}
  static bool classof(const Stmt *s) { return s->getKind() == Kind::Pass; }
};

/// `assert test [, msg]`.
class AssertStmt : public Stmt {
public:
  AssertStmt(llvm::SMRange range, Expr *test, Expr *msg)
      : Stmt(Kind::Assert, range), test(test), msg(msg) {}

  Expr *getTest() const { return test; }
  void setTest(Expr *e) { test = e; }
  /// Null if there is no message.
  Expr *getMsg() const { return msg; }

  static bool classof(const Stmt *s) { return s->getKind() == Kind::Assert; }

private:
  Expr *test;
  Expr *msg;
};

/// `raise exc`, typically `raise ValueError("msg")`. `raise ... from ...`
/// is rejected by the parser.
class RaiseStmt : public Stmt {
public:
  RaiseStmt(llvm::SMRange range, Expr *exc)
      : Stmt(Kind::Raise, range), exc(exc) {}

  /// Null for a bare `raise` (Sema rejects it: there is no `except`).
  Expr *getExc() const { return exc; }

  /// Set by Sema: the builtin exception raised and its message ("" for
  /// none).
  llvm::StringRef getExceptionName() const { return exceptionName; }
  llvm::StringRef getMessage() const { return message; }
  void setException(std::string name, std::string msg) {
    exceptionName = std::move(name);
    message = std::move(msg);
  }

  static bool classof(const Stmt *s) { return s->getKind() == Kind::Raise; }

private:
  std::string exceptionName;
  std::string message;
  Expr *exc;
};

/// One imported name: `math`, `os.path as p`, `sqrt as s`.
struct Alias {
  /// The dotted name as written, e.g. "math" or "os.path".
  std::string name;
  /// The `as` name, or "" if absent.
  std::string asName;
  llvm::SMRange range;
  /// The name the import binds in the module: asName if present, else for
  /// `import a.b` the first component "a", else the name.
  llvm::StringRef getBoundName() const {
    if (!asName.empty())
      return asName;
    return llvm::StringRef(name).split('.').first;
  }
};

/// `import a, b.c as d`.
class ImportStmt : public Stmt {
public:
  ImportStmt(llvm::SMRange range, std::vector<Alias> names)
      : Stmt(Kind::Import, range), names(std::move(names)) {}

  llvm::ArrayRef<Alias> getNames() const { return names; }

  static bool classof(const Stmt *s) { return s->getKind() == Kind::Import; }

private:
  std::vector<Alias> names;
};

/// `from module import a, b as c`, `from ..pkg.module import a` (level 2)
/// (`from x import *` is rejected by the parser).
class ImportFromStmt : public Stmt {
public:
  ImportFromStmt(llvm::SMRange range, std::string module,
                 llvm::SMRange moduleRange, std::vector<Alias> names,
                 unsigned level = 0)
      : Stmt(Kind::ImportFrom, range), module(std::move(module)),
        moduleRange(moduleRange), names(std::move(names)), level(level) {}

  /// The dotted module name, e.g. "math" or "pyir"; "" for `from . import`.
  llvm::StringRef getModule() const { return module; }
  /// The number of leading dots of a relative import; 0 if absolute.
  unsigned getLevel() const { return level; }
  llvm::SMRange getModuleRange() const { return moduleRange; }
  llvm::ArrayRef<Alias> getNames() const { return names; }

  static bool classof(const Stmt *s) {
    return s->getKind() == Kind::ImportFrom;
  }

private:
  std::string module;
  llvm::SMRange moduleRange;
  std::vector<Alias> names;
  unsigned level;
};

/// A parameter `name[: annotation][= default]` of a def.
struct Param {
  std::string name;
  llvm::SMLoc nameLoc;
  /// Null if not annotated (Sema reports it for public functions).
  Expr *annotation = nullptr;
  /// Null if there is no default.
  Expr *defaultValue = nullptr;
  /// From the name to the end of the default (or annotation).
  llvm::SMRange range;
};

/// A top-level `def`, with its decorators. Nested defs are rejected by the
/// parser, so every FunctionDefStmt is a direct child of the module.
class FunctionDefStmt : public Stmt {
public:
  FunctionDefStmt(llvm::SMRange range, std::string name, llvm::SMLoc nameLoc,
                  std::vector<Param> params, Expr *returns, StmtList body,
                  std::vector<Expr *> decorators)
      : Stmt(Kind::FunctionDef, range), name(std::move(name)), nameLoc(nameLoc),
        params(std::move(params)), returns(returns), body(std::move(body)),
        decorators(std::move(decorators)) {}

  llvm::StringRef getName() const { return name; }
  llvm::SMLoc getNameLoc() const { return nameLoc; }
  /// Positional-or-keyword parameters, in order. Parameters with defaults
  /// follow those without (the parser enforces it).
  llvm::ArrayRef<Param> getParams() const { return params; }
  /// The return annotation, or null if absent.
  Expr *getReturns() const { return returns; }
  llvm::ArrayRef<Stmt *> getBody() const { return body; }
  /// Decorator expressions, outermost first, as written: `boundscheck(False)`
  /// is a CallExpr, `pyir.inline` an AttributeExpr, `inline` a NameExpr.
  /// Sema checks that they are pyir directives.
  llvm::ArrayRef<Expr *> getDecorators() const { return decorators; }
  /// The docstring: the value of a leading string-literal ExprStmt (which
  /// stays the first statement of the body), or std::nullopt.
  std::optional<llvm::StringRef> getDocstring() const;

  /// Set by Sema: the variables of the parameters, in order, and whether
  /// the body type-checked (IR is generated only for a body that did).
  llvm::ArrayRef<VarDecl *> getParamDecls() const { return paramDecls; }
  void setParamDecls(std::vector<VarDecl *> decls) {
    paramDecls = std::move(decls);
  }
  bool isChecked() const { return checked; }
  void setChecked(bool c) { checked = c; }

  static bool classof(const Stmt *s) {
    return s->getKind() == Kind::FunctionDef;
  }

private:
  std::vector<VarDecl *> paramDecls;
  bool checked = false;
  std::string name;
  llvm::SMLoc nameLoc;
  std::vector<Param> params;
  Expr *returns;
  StmtList body;
  std::vector<Expr *> decorators;
};

//===----------------------------------------------------------------------===//
// Module and context
//===----------------------------------------------------------------------===//

/// One comma-separated item of a `# pyir:` directive, as written (Sema
/// checks its key and value).
struct DirectiveItem {
  /// The item without surrounding blanks; empty for a blank item.
  llvm::StringRef text;
  /// The text before and after the first '=', without surrounding blanks
  /// (`value` is empty without '='). Both point into the source buffer.
  llvm::StringRef key;
  llvm::StringRef value;
  /// The item's extent (its blanks excluded).
  llvm::SMRange range;
  /// Where diagnostics about the item point: its key.
  llvm::SMLoc getKeyLoc() const {
    return llvm::SMLoc::getFromPointer(key.data());
  }
};

/// A `# pyir: key=value, ...` directive comment (a DIRECTIVE token).
struct Directive {
  /// The whole comment, from its `#`.
  llvm::SMRange range;
  /// Whether it applies to the module: its `#` is in the first column,
  /// outside brackets, and the next line of code starts in the first column
  /// too (or there is none). Sema reports every other directive.
  bool atModuleLevel = false;
  /// The items, empty ones (nothing between two commas) left out.
  std::vector<DirectiveItem> items;
};

/// A parsed source file.
class Module : public Node {
public:
  Module(llvm::SMRange range, std::string name, unsigned bufferID,
         StmtList body, std::vector<Directive> directives = {})
      : Node(NodeClass::Module, range), name(std::move(name)),
        bufferID(bufferID), body(std::move(body)),
        directives(std::move(directives)) {}

  /// The module name: the file's stem (`kernels` for `dir/kernels.py`).
  llvm::StringRef getName() const { return name; }
  /// The llvm::SourceMgr buffer the module was parsed from.
  unsigned getBufferID() const { return bufferID; }
  llvm::ArrayRef<Stmt *> getBody() const { return body; }
  /// The module docstring (a leading string-literal ExprStmt), if any.
  std::optional<llvm::StringRef> getDocstring() const;
  /// Every `# pyir:` directive of the file, in source order, wherever it
  /// stands.
  llvm::ArrayRef<Directive> getDirectives() const { return directives; }

  static bool classof(const Node *n) {
    return n->getNodeClass() == NodeClass::Module;
  }

private:
  std::string name;
  unsigned bufferID;
  StmtList body;
  std::vector<Directive> directives;
};

/// Owns every node of the ASTs created through it.
class ASTContext {
public:
  ASTContext() = default;
  ASTContext(const ASTContext &) = delete;
  ASTContext &operator=(const ASTContext &) = delete;

  /// Allocate a node owned by this context.
  template <typename T, typename... Args>
  T *create(Args &&...args) {
    auto node = std::make_unique<T>(std::forward<Args>(args)...);
    T *result = node.get();
    nodes.push_back(std::move(node));
    return result;
  }

  /// Allocate a variable owned by this context.
  VarDecl *createVar(std::string name, Type type, llvm::SMLoc loc) {
    vars.push_back(
        std::make_unique<VarDecl>(std::move(name), std::move(type), loc));
    return vars.back().get();
  }

  size_t getNumNodes() const { return nodes.size(); }
  /// Every node created through this context, in creation order.
  llvm::ArrayRef<std::unique_ptr<Node>> getNodes() const { return nodes; }

private:
  std::vector<std::unique_ptr<Node>> nodes;
  std::vector<std::unique_ptr<VarDecl>> vars;
};

/// The docstring of a statement list: the value of its first statement if
/// that is an ExprStmt of a (non-bytes) StringLiteralExpr.
std::optional<llvm::StringRef> getDocstring(llvm::ArrayRef<Stmt *> body);

/// Whether a checked expression makes a new view of its own (an
/// allocation, a call returning a view or an element of its tuple, a
/// slice), looking through inserted
/// conversions: a view local bound to anything else (another view's name)
/// gets a reference of its own (pyir.view_ref; docs/CBackend.md, "Arrays").
bool makesNewView(const Expr *expr);

/// Whether a checked expression is a call of a function of this module or
/// of another compiled one, looking through inserted conversions.
bool isFunctionCall(const Expr *expr);

} // namespace ast

} // namespace pyir

#endif // PYIR_FRONTEND_AST_H
