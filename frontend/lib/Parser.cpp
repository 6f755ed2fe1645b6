//===- Parser.cpp - PyIR parser ---------------------------------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// This file implements the recursive-descent parser, following the Python 3.9
// grammar (Grammar/Grammar) for precedence and associativity:
//
//   test        := or_test ['if' or_test 'else' test] | lambdef
//   or_test     := and_test ('or' and_test)*
//   and_test    := not_test ('and' not_test)*
//   not_test    := 'not' not_test | comparison
//   comparison  := expr (comp_op expr)*
//   expr        := xor_expr ('|' xor_expr)*      ... '^' '&' '<<' '>>'
//   arith_expr  := term (('+'|'-') term)*
//   term        := factor (('*'|'@'|'/'|'%'|'//') factor)*
//   factor      := ('+'|'-'|'~') factor | power
//   power       := atom trailer* ['**' factor]
//
// Constructs outside the PyIR language are parsed just far enough to be
// rejected by name. Every parse function returns null after reporting an
// error; the statement loop then skips to the next logical line (and over
// the block of a broken compound statement).
//
// Recursion is bounded: expression nesting (brackets, prefix operators,
// conditional expressions) by kMaxBracketDepth, block nesting by
// kMaxIndentLevels, and the height of built expression trees by
// kMaxExprHeight.
//
//===----------------------------------------------------------------------===//

#include "pyir/Frontend/Parser.h"

#include "pyir/Frontend/Diagnostics.h"
#include "pyir/Frontend/Lexer.h"

#include "llvm/ADT/StringSet.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/raw_ostream.h"

using namespace pyir;
using namespace pyir::ast;
using namespace pyir::frontend;

using llvm::SMLoc;
using llvm::SMRange;

namespace {

class Parser {
public:
  Parser(std::vector<Token> tokens, ASTContext &ctx, DiagnosticEngine &diag,
         llvm::SourceMgr &sm)
      : tokens(std::move(tokens)), ctx(ctx), diag(diag), sm(sm) {
    skipDirectives();
  }

  StmtList parseFile();
  /// Every directive, in source order (after parseFile).
  std::vector<Directive> takeDirectives() { return std::move(directives); }

private:
  //===--------------------------------------------------------------------===//
  // Token helpers
  //===--------------------------------------------------------------------===//

  const Token &tok() const { return tokens[pos]; }
  const Token &peekTok(size_t n = 1) const {
    return pos + n < tokens.size() ? tokens[pos + n] : tokens.back();
  }
  bool is(TokenKind k) const { return tok().kind == k; }
  void consume() {
    if (!is(TokenKind::Eof)) {
      prevEnd = tok().getEndLoc();
      ++pos;
      skipDirectives();
    }
  }
  /// Directive tokens stand only at the start of a logical line (or before
  /// EOF), never inside a statement: they are taken here, wherever the
  /// grammar is, so that it never sees them.
  void skipDirectives();
  /// The directive of token `t`, which the line of code starting with
  /// `next` (or EOF) follows.
  Directive parseDirective(const Token &t, const Token &next) const;
  bool consumeIf(TokenKind k) {
    if (!is(k))
      return false;
    consume();
    return true;
  }
  /// Consume a token of kind `k` or report "expected <what>".
  bool expect(TokenKind k, llvm::StringRef what) {
    if (consumeIf(k))
      return true;
    errorExpected(what);
    return false;
  }
  void errorExpected(llvm::StringRef what) {
    diag.report(tok().getRange(), diag::err_expected, what, describe(tok()));
  }
  std::string describe(const Token &t) const;
  unsigned lineOf(SMLoc loc) const { return sm.getLineAndColumn(loc).first; }

  SMRange rangeFrom(SMLoc start) const { return {start, prevEnd}; }
  SMRange rangeOf(const Expr *a, const Expr *b) const {
    return {a->getRange().Start, b->getRange().End};
  }

  //===--------------------------------------------------------------------===//
  // Recovery
  //===--------------------------------------------------------------------===//

  /// Skip the rest of the logical line, its NEWLINE, and an indented block
  /// that follows it.
  void skipStatement();
  /// Skip a balanced INDENT ... DEDENT block starting at an INDENT.
  void skipBlock();
  /// Report `id` at `range` and skip the statement.
  template <unsigned NumArgs, typename... Args>
  void reject(SMRange range, diag::DiagID<NumArgs> id, const Args &...args) {
    diag.report(range, id, args...);
    skipStatement();
  }

  /// Tracks expression nesting depth.
  struct DepthGuard {
    Parser &p;
    bool ok;
    explicit DepthGuard(Parser &p) : p(p) {
      ok = ++p.depth <= kMaxBracketDepth;
      if (!ok && !p.depthReported) {
        p.depthReported = true;
        p.diag.report(p.tok().getRange(), diag::err_expression_too_deep,
                      kMaxBracketDepth);
      }
    }
    ~DepthGuard() { --p.depth; }
  };

  /// Reject trees higher than kMaxExprHeight.
  Expr *checkHeight(Expr *e);

  //===--------------------------------------------------------------------===//
  // Statements
  //===--------------------------------------------------------------------===//

  void parseStatement(StmtList &out);
  void parseSimpleStatements(StmtList &out);
  Stmt *parseSmallStatement();
  Stmt *parseExprStatement();
  Stmt *parseImport();
  Stmt *parseImportFrom();
  bool parseDottedName(std::string &name, SMRange &range);
  bool parseAlias(Alias &alias, bool dotted);
  Stmt *parseIf(bool elif);
  Stmt *parseWhile();
  Stmt *parseFor();
  Stmt *parseFunctionDef(std::vector<Expr *> decorators, SMLoc start);
  void parseDecorated(StmtList &out);
  bool parseParams(std::vector<Param> &params);
  /// Parse `':' suite`; `what` names the statement for messages.
  bool parseSuite(StmtList &body, llvm::StringRef what, SMLoc headerLoc);
  bool checkTarget(Expr *e, llvm::StringRef action);
  bool isMatchStatement() const;

  //===--------------------------------------------------------------------===//
  // Expressions
  //===--------------------------------------------------------------------===//

  Expr *parseTest();
  Expr *parseOrTest();
  Expr *parseAndTest();
  Expr *parseNotTest();
  Expr *parseComparison();
  Expr *parseBitOr();
  Expr *parseBitXor();
  Expr *parseBitAnd();
  Expr *parseShift();
  Expr *parseArith();
  Expr *parseTerm();
  Expr *parseFactor();
  Expr *parsePower();
  Expr *parseAtomExpr();
  Expr *parseAtom();
  Expr *parseParenAtom();
  Expr *parseStrings();
  Expr *parseCall(Expr *func);
  Expr *parseSubscript(Expr *value);
  Expr *parseSubscriptElement();
  /// `test (',' test)* [',']`, a TupleExpr if there is a comma.
  Expr *parseTestList();
  /// `expr (',' expr)* [',']` (for-loop targets).
  Expr *parseExprList();
  /// An annotation: a test in which slices are allowed.
  Expr *parseAnnotation();
  Expr *makeBinOp(BinOpKind op, SMLoc opLoc, Expr *lhs, Expr *rhs);
  /// Whether the bracket opened at the current token contains a token of
  /// kind `k` at its own nesting level.
  bool bracketContains(TokenKind k) const;
  void rejectStar();

  std::vector<Token> tokens;
  size_t pos = 0;
  SMLoc prevEnd;
  std::vector<Directive> directives;
  ASTContext &ctx;
  DiagnosticEngine &diag;
  llvm::SourceMgr &sm;

  unsigned depth = 0;
  bool depthReported = false;
  bool heightReported = false;
  unsigned blockDepth = 0;
  unsigned loopDepth = 0;
  bool inFunction = false;
};

} // namespace

//===----------------------------------------------------------------------===//
// Helpers
//===----------------------------------------------------------------------===//

std::string Parser::describe(const Token &t) const {
  switch (t.kind) {
  case TokenKind::Eof:
    return "end of file";
  case TokenKind::Newline:
    return "end of line";
  case TokenKind::Indent:
    return "an indent";
  case TokenKind::Dedent:
    return "a dedent";
  case TokenKind::Name:
    return ("name '" + t.text + "'").str();
  case TokenKind::Int:
  case TokenKind::Float:
  case TokenKind::Imaginary:
    return ("number '" + t.text.take_front(40) + "'").str();
  case TokenKind::String:
    return "string literal";
  default:
    return getTokenKindName(t.kind).str();
  }
}

void Parser::skipBlock() {
  unsigned level = 0;
  while (!is(TokenKind::Eof)) {
    if (is(TokenKind::Indent)) {
      ++level;
    } else if (is(TokenKind::Dedent)) {
      if (--level == 0) {
        consume();
        return;
      }
    }
    consume();
  }
}

void Parser::skipStatement() {
  while (!is(TokenKind::Eof) && !is(TokenKind::Newline) &&
         !is(TokenKind::Indent) && !is(TokenKind::Dedent))
    consume();
  consumeIf(TokenKind::Newline);
  if (is(TokenKind::Indent))
    skipBlock();
}

Expr *Parser::checkHeight(Expr *e) {
  if (!e || e->getHeight() <= kMaxExprHeight)
    return e;
  if (!heightReported) {
    heightReported = true;
    diag.report(e->getLoc(), diag::err_expression_too_complex, kMaxExprHeight);
  }
  return nullptr;
}

bool Parser::bracketContains(TokenKind k) const {
  unsigned level = 0;
  for (size_t i = pos; i < tokens.size(); ++i) {
    switch (tokens[i].kind) {
    case TokenKind::LParen:
    case TokenKind::LSquare:
    case TokenKind::LBrace:
      ++level;
      break;
    case TokenKind::RParen:
    case TokenKind::RSquare:
    case TokenKind::RBrace:
      if (--level == 0)
        return false;
      break;
    case TokenKind::Newline:
    case TokenKind::Eof:
      return false;
    default:
      if (level == 1 && tokens[i].kind == k)
        return true;
      break;
    }
  }
  return false;
}

//===----------------------------------------------------------------------===//
// Statements
//===----------------------------------------------------------------------===//

StmtList Parser::parseFile() {
  StmtList body;
  while (!is(TokenKind::Eof)) {
    size_t before = pos;
    if (is(TokenKind::Dedent) || is(TokenKind::Newline)) {
      consume();
      continue;
    }
    parseStatement(body);
    if (pos == before)
      consume(); // Always make progress.
  }
  return body;
}

void Parser::skipDirectives() {
  size_t first = pos;
  while (is(TokenKind::Directive))
    ++pos;
  for (size_t i = first; i < pos; ++i)
    directives.push_back(parseDirective(tokens[i], tok()));
}

Directive Parser::parseDirective(const Token &t, const Token &next) const {
  Directive directive;
  directive.range = t.getRange();
  // A line of code in the first column is at module level.
  bool nextAtModuleLevel =
      next.is(TokenKind::Eof) || sm.getLineAndColumn(next.loc).second == 1;
  directive.atModuleLevel = t.startsLine && nextAtModuleLevel;
  llvm::SmallVector<llvm::StringRef> items;
  t.directiveText.split(items, ',', /*MaxSplit=*/-1, /*KeepEmpty=*/false);
  for (llvm::StringRef item : items) {
    auto [key, value] = item.split('=');
    llvm::StringRef text = item.trim();
    SMLoc start = SMLoc::getFromPointer(text.data());
    SMLoc end = SMLoc::getFromPointer(text.data() + text.size() -
                                      (text.empty() ? 0 : 1));
    directive.items.push_back(
        {text, key.trim(), value.trim(), SMRange(start, end)});
  }
  return directive;
}

bool Parser::isMatchStatement() const {
  // `match subject:` NEWLINE INDENT: Python 3.10 syntax.
  if (!is(TokenKind::Name) || tok().text != "match")
    return false;
  switch (peekTok().kind) {
  case TokenKind::Name:
  case TokenKind::Int:
  case TokenKind::Float:
  case TokenKind::String:
  case TokenKind::LParen:
  case TokenKind::LSquare:
  case TokenKind::LBrace:
  case TokenKind::Minus:
  case TokenKind::kw_None:
  case TokenKind::kw_True:
  case TokenKind::kw_False:
    break;
  default:
    return false;
  }
  size_t i = pos;
  while (i < tokens.size() && !tokens[i].is(TokenKind::Newline) &&
         !tokens[i].is(TokenKind::Eof))
    ++i;
  return i > pos && i + 1 < tokens.size() &&
         tokens[i - 1].is(TokenKind::Colon) &&
         tokens[i + 1].is(TokenKind::Indent);
}

void Parser::parseStatement(StmtList &out) {
  const Token &t = tok();
  switch (t.kind) {
  case TokenKind::kw_def:
    if (Stmt *s = parseFunctionDef({}, t.loc))
      out.push_back(s);
    return;
  case TokenKind::At:
    parseDecorated(out);
    return;
  case TokenKind::kw_if:
    if (Stmt *s = parseIf(/*elif=*/false))
      out.push_back(s);
    return;
  case TokenKind::kw_while:
    if (Stmt *s = parseWhile())
      out.push_back(s);
    return;
  case TokenKind::kw_for:
    if (Stmt *s = parseFor())
      out.push_back(s);
    return;
  case TokenKind::kw_class:
    return reject(t.getRange(), diag::err_unsupported_class);
  case TokenKind::kw_try:
    reject(t.getRange(), diag::err_unsupported_try);
    while (is(TokenKind::kw_except) || is(TokenKind::kw_else) ||
           is(TokenKind::kw_finally))
      skipStatement();
    return;
  case TokenKind::kw_except:
  case TokenKind::kw_finally:
    return reject(t.getRange(), diag::err_unsupported_exception_clause, t.text);
  case TokenKind::kw_with:
    return reject(t.getRange(), diag::err_unsupported_with);
  case TokenKind::kw_async:
    return reject(t.getRange(), diag::err_unsupported_async);
  case TokenKind::kw_elif:
  case TokenKind::kw_else:
    return reject(t.getRange(), diag::err_clause_without_if, t.text);
  case TokenKind::Indent:
    diag.report(t.getRange(), diag::err_unexpected_indent);
    skipBlock();
    return;
  default:
    break;
  }
  if (isMatchStatement())
    return reject(t.getRange(), diag::err_unsupported_match);
  parseSimpleStatements(out);
}

void Parser::parseSimpleStatements(StmtList &out) {
  while (true) {
    Stmt *s = parseSmallStatement();
    if (!s) {
      skipStatement();
      return;
    }
    out.push_back(s);
    if (consumeIf(TokenKind::Semi)) {
      if (is(TokenKind::Newline) || is(TokenKind::Eof))
        break;
      continue;
    }
    break;
  }
  if (is(TokenKind::Eof))
    return;
  if (!consumeIf(TokenKind::Newline)) {
    if (is(TokenKind::ColonEqual))
      diag.report(tok().getRange(), diag::err_unsupported_walrus);
    else
      errorExpected("end of statement");
    skipStatement();
  }
}

Stmt *Parser::parseSmallStatement() {
  const Token &t = tok();
  SMLoc start = t.loc;
  switch (t.kind) {
  case TokenKind::kw_pass:
    consume();
    return ctx.create<PassStmt>(rangeFrom(start));
  case TokenKind::kw_break:
  case TokenKind::kw_continue: {
    bool isBreak = t.is(TokenKind::kw_break);
    SMRange r = t.getRange();
    consume();
    if (loopDepth == 0) {
      diag.report(r, diag::err_outside_loop, isBreak ? "break" : "continue");
      return nullptr;
    }
    if (isBreak)
      return ctx.create<BreakStmt>(r);
    return ctx.create<ContinueStmt>(r);
  }
  case TokenKind::kw_return: {
    SMRange r = t.getRange();
    consume();
    if (!inFunction) {
      diag.report(r, diag::err_return_outside_function);
      return nullptr;
    }
    Expr *value = nullptr;
    if (!is(TokenKind::Newline) && !is(TokenKind::Semi) &&
        !is(TokenKind::Eof)) {
      value = parseTestList();
      if (!value)
        return nullptr;
    }
    return ctx.create<ReturnStmt>(rangeFrom(start), value);
  }
  case TokenKind::kw_raise: {
    consume();
    Expr *exc = nullptr;
    if (!is(TokenKind::Newline) && !is(TokenKind::Semi) &&
        !is(TokenKind::Eof)) {
      exc = parseTest();
      if (!exc)
        return nullptr;
      if (is(TokenKind::kw_from)) {
        diag.report(tok().getRange(), diag::err_unsupported_raise_from);
        return nullptr;
      }
    }
    return ctx.create<RaiseStmt>(rangeFrom(start), exc);
  }
  case TokenKind::kw_assert: {
    consume();
    Expr *test = parseTest();
    if (!test)
      return nullptr;
    Expr *msg = nullptr;
    if (consumeIf(TokenKind::Comma)) {
      msg = parseTest();
      if (!msg)
        return nullptr;
    }
    return ctx.create<AssertStmt>(rangeFrom(start), test, msg);
  }
  case TokenKind::kw_import:
    return parseImport();
  case TokenKind::kw_from:
    return parseImportFrom();
  case TokenKind::kw_global:
  case TokenKind::kw_nonlocal:
    diag.report(t.getRange(), diag::err_unsupported_outer_binding, t.text);
    return nullptr;
  case TokenKind::kw_del:
    diag.report(t.getRange(), diag::err_unsupported_del);
    return nullptr;
  case TokenKind::kw_def:
  case TokenKind::kw_class:
  case TokenKind::kw_if:
  case TokenKind::kw_while:
  case TokenKind::kw_for:
  case TokenKind::kw_try:
  case TokenKind::kw_with:
    errorExpected("a simple statement (compound statements must start a "
                  "line)");
    return nullptr;
  default:
    return parseExprStatement();
  }
}

static bool isAugAssign(TokenKind k, BinOpKind &op) {
  switch (k) {
  case TokenKind::PlusEqual:
    op = BinOpKind::Add;
    return true;
  case TokenKind::MinusEqual:
    op = BinOpKind::Sub;
    return true;
  case TokenKind::StarEqual:
    op = BinOpKind::Mul;
    return true;
  case TokenKind::SlashEqual:
    op = BinOpKind::Div;
    return true;
  case TokenKind::DoubleSlashEqual:
    op = BinOpKind::FloorDiv;
    return true;
  case TokenKind::PercentEqual:
    op = BinOpKind::Mod;
    return true;
  case TokenKind::DoubleStarEqual:
    op = BinOpKind::Pow;
    return true;
  case TokenKind::AmpEqual:
    op = BinOpKind::BitAnd;
    return true;
  case TokenKind::PipeEqual:
    op = BinOpKind::BitOr;
    return true;
  case TokenKind::CaretEqual:
    op = BinOpKind::BitXor;
    return true;
  case TokenKind::LeftShiftEqual:
    op = BinOpKind::LShift;
    return true;
  case TokenKind::RightShiftEqual:
    op = BinOpKind::RShift;
    return true;
  case TokenKind::AtEqual:
    op = BinOpKind::MatMul;
    return true;
  default:
    return false;
  }
}

static bool isAugAssignToken(TokenKind k) {
  BinOpKind op;
  return isAugAssign(k, op);
}

bool Parser::checkTarget(Expr *e, llvm::StringRef action) {
  auto fail = [&](llvm::StringRef what) {
    diag.report(e->getRange(), diag::err_invalid_target, action, what);
    return false;
  };
  switch (e->getKind()) {
  case Expr::Kind::Name:
  case Expr::Kind::Subscript:
  case Expr::Kind::Attribute:
    return true;
  case Expr::Kind::Tuple:
    for (Expr *elt : llvm::cast<TupleExpr>(e)->getElts())
      if (!checkTarget(elt, action))
        return false;
    if (llvm::cast<TupleExpr>(e)->getElts().empty())
      return fail("()");
    return true;
  case Expr::Kind::IntLiteral:
  case Expr::Kind::FloatLiteral:
  case Expr::Kind::StringLiteral:
  case Expr::Kind::EllipsisLiteral:
    return fail("a literal");
  case Expr::Kind::BoolLiteral:
    return fail(llvm::cast<BoolLiteralExpr>(e)->getValue() ? "True" : "False");
  case Expr::Kind::NoneLiteral:
    return fail("None");
  case Expr::Kind::Call:
    return fail("a function call");
  case Expr::Kind::Compare:
    return fail("a comparison");
  case Expr::Kind::IfExp:
    return fail("a conditional expression");
  case Expr::Kind::BoolOp:
  case Expr::Kind::BinOp:
  case Expr::Kind::UnaryOp:
    return fail("an operator expression");
  case Expr::Kind::Slice:
    return fail("a slice");
  case Expr::Kind::Constant:
  case Expr::Kind::Convert:
  case Expr::Kind::TupleElement:
    break; // made by Sema only
  }
  return fail("an expression");
}

Stmt *Parser::parseExprStatement() {
  SMLoc start = tok().loc;
  if (is(TokenKind::kw_yield)) {
    diag.report(tok().getRange(), diag::err_unsupported_yield);
    return nullptr;
  }
  Expr *first = parseTestList();
  if (!first)
    return nullptr;

  // Annotated assignment `target: annotation [= value]`.
  if (is(TokenKind::Colon)) {
    consume();
    if (llvm::isa<TupleExpr>(first)) {
      diag.report(first->getRange(), diag::err_annotated_tuple);
      return nullptr;
    }
    if (!llvm::isa<NameExpr, SubscriptExpr, AttributeExpr>(first)) {
      diag.report(first->getRange(), diag::err_invalid_annotation_target);
      return nullptr;
    }
    Expr *annotation = parseAnnotation();
    if (!annotation)
      return nullptr;
    Expr *value = nullptr;
    if (consumeIf(TokenKind::Equal)) {
      value = parseTestList();
      if (!value)
        return nullptr;
    }
    return ctx.create<AnnAssignStmt>(rangeFrom(start), first, annotation,
                                     value);
  }

  // Augmented assignment.
  BinOpKind op;
  if (isAugAssign(tok().kind, op)) {
    SMRange opRange = tok().getRange();
    if (op == BinOpKind::MatMul) {
      diag.report(opRange, diag::err_unsupported_matmul_assign);
      return nullptr;
    }
    consume();
    if (!llvm::isa<NameExpr, SubscriptExpr, AttributeExpr>(first)) {
      diag.report(first->getRange(), diag::err_invalid_augassign_target);
      return nullptr;
    }
    if (is(TokenKind::kw_yield)) {
      diag.report(tok().getRange(), diag::err_unsupported_yield);
      return nullptr;
    }
    Expr *value = parseTestList();
    if (!value)
      return nullptr;
    return ctx.create<AugAssignStmt>(rangeFrom(start), first, op, opRange.Start,
                                     value);
  }

  // Assignment, possibly chained: t1 = t2 = value.
  if (is(TokenKind::Equal)) {
    std::vector<Expr *> targets{first};
    Expr *value = nullptr;
    while (consumeIf(TokenKind::Equal)) {
      if (is(TokenKind::kw_yield)) {
        diag.report(tok().getRange(), diag::err_unsupported_yield);
        return nullptr;
      }
      Expr *next = parseTestList();
      if (!next)
        return nullptr;
      if (is(TokenKind::Equal))
        targets.push_back(next);
      else
        value = next;
    }
    for (Expr *target : targets)
      if (!checkTarget(target, "assign"))
        return nullptr;
    return ctx.create<AssignStmt>(rangeFrom(start), std::move(targets), value);
  }
  return ctx.create<ExprStmt>(rangeFrom(start), first);
}

bool Parser::parseDottedName(std::string &name, SMRange &range) {
  if (!is(TokenKind::Name)) {
    errorExpected("a module name");
    return false;
  }
  SMLoc start = tok().loc;
  name = tok().text.str();
  consume();
  while (is(TokenKind::Dot)) {
    consume();
    if (!is(TokenKind::Name)) {
      errorExpected("a name after '.'");
      return false;
    }
    name += ".";
    name += tok().text.str();
    consume();
  }
  range = rangeFrom(start);
  return true;
}

bool Parser::parseAlias(Alias &alias, bool dotted) {
  SMLoc start = tok().loc;
  if (dotted) {
    SMRange r;
    if (!parseDottedName(alias.name, r))
      return false;
  } else {
    if (!is(TokenKind::Name)) {
      errorExpected("a name to import");
      return false;
    }
    alias.name = tok().text.str();
    consume();
  }
  if (consumeIf(TokenKind::kw_as)) {
    if (!is(TokenKind::Name)) {
      errorExpected("a name after 'as'");
      return false;
    }
    alias.asName = tok().text.str();
    consume();
  }
  alias.range = rangeFrom(start);
  return true;
}

Stmt *Parser::parseImport() {
  SMLoc start = tok().loc;
  consume();
  std::vector<Alias> names;
  do {
    Alias alias;
    if (!parseAlias(alias, /*dotted=*/true))
      return nullptr;
    names.push_back(std::move(alias));
  } while (consumeIf(TokenKind::Comma));
  return ctx.create<ImportStmt>(rangeFrom(start), std::move(names));
}

Stmt *Parser::parseImportFrom() {
  SMLoc start = tok().loc;
  consume();
  // `from ..pkg import f`: the dots (`...` is one token) give the level.
  unsigned level = 0;
  SMLoc dotsStart = tok().loc;
  while (is(TokenKind::Dot) || is(TokenKind::Ellipsis)) {
    level += is(TokenKind::Dot) ? 1 : 3;
    consume();
  }
  std::string module;
  SMRange moduleRange(dotsStart, dotsStart);
  if ((level == 0 || !is(TokenKind::kw_import)) &&
      !parseDottedName(module, moduleRange))
    return nullptr;
  if (level)
    moduleRange = SMRange(dotsStart, moduleRange.End);
  if (!expect(TokenKind::kw_import, "'import'"))
    return nullptr;
  if (is(TokenKind::Star)) {
    diag.report(tok().getRange(), diag::err_unsupported_wildcard_import,
                module);
    return nullptr;
  }
  bool paren = consumeIf(TokenKind::LParen);
  std::vector<Alias> names;
  do {
    if (paren && is(TokenKind::RParen))
      break;
    Alias alias;
    if (!parseAlias(alias, /*dotted=*/false))
      return nullptr;
    names.push_back(std::move(alias));
  } while (consumeIf(TokenKind::Comma));
  if (paren && !expect(TokenKind::RParen, "')'"))
    return nullptr;
  if (names.empty()) {
    errorExpected("a name to import");
    return nullptr;
  }
  return ctx.create<ImportFromStmt>(rangeFrom(start), std::move(module),
                                    moduleRange, std::move(names), level);
}

bool Parser::parseSuite(StmtList &body, llvm::StringRef what, SMLoc headerLoc) {
  if (!expect(TokenKind::Colon, "':'"))
    return false;
  struct BlockGuard {
    unsigned &d;
    explicit BlockGuard(unsigned &d) : d(++d) {}
    ~BlockGuard() { --d; }
  } guard(blockDepth);

  if (!is(TokenKind::Newline)) {
    // A suite on the header line: `if x: return 1`.
    parseSimpleStatements(body);
    return true;
  }
  consume();
  if (!is(TokenKind::Indent)) {
    diag.report(tok().getRange(), diag::err_expected_indented_block, what,
                lineOf(headerLoc));
    return false;
  }
  if (blockDepth > kMaxIndentLevels) {
    if (!diag.hadError())
      diag.report(tok().getRange(), diag::err_too_many_indent_levels,
                  kMaxIndentLevels);
    skipBlock();
    return false;
  }
  consume();
  while (!is(TokenKind::Dedent) && !is(TokenKind::Eof)) {
    size_t before = pos;
    if (is(TokenKind::Newline)) {
      consume();
      continue;
    }
    parseStatement(body);
    if (pos == before)
      consume();
  }
  consumeIf(TokenKind::Dedent);
  return true;
}

Stmt *Parser::parseIf(bool elif) {
  SMLoc start = tok().loc;
  consume();
  Expr *test = parseTest();
  if (!test) {
    skipStatement();
    return nullptr;
  }
  StmtList body, orElse;
  if (!parseSuite(body, elif ? "elif" : "if", start)) {
    skipStatement();
    return nullptr;
  }
  SMLoc end = prevEnd;
  if (is(TokenKind::kw_elif)) {
    if (Stmt *s = parseIf(/*elif=*/true)) {
      orElse.push_back(s);
      end = s->getEndLoc();
    }
  } else if (is(TokenKind::kw_else)) {
    SMLoc elseLoc = tok().loc;
    consume();
    if (!parseSuite(orElse, "else", elseLoc))
      skipStatement();
    end = prevEnd;
  }
  return ctx.create<IfStmt>(SMRange(start, end), test, std::move(body),
                            std::move(orElse), elif);
}

Stmt *Parser::parseWhile() {
  SMLoc start = tok().loc;
  consume();
  Expr *test = parseTest();
  if (!test) {
    skipStatement();
    return nullptr;
  }
  StmtList body, orElse;
  ++loopDepth;
  bool ok = parseSuite(body, "while", start);
  --loopDepth;
  if (!ok) {
    skipStatement();
    return nullptr;
  }
  if (is(TokenKind::kw_else)) {
    SMLoc elseLoc = tok().loc;
    consume();
    if (!parseSuite(orElse, "else", elseLoc))
      skipStatement();
  }
  return ctx.create<WhileStmt>(rangeFrom(start), test, std::move(body),
                               std::move(orElse));
}

Stmt *Parser::parseFor() {
  SMLoc start = tok().loc;
  consume();
  Expr *target = parseExprList();
  if (!target || !checkTarget(target, "assign")) {
    skipStatement();
    return nullptr;
  }
  if (!expect(TokenKind::kw_in, "'in'")) {
    skipStatement();
    return nullptr;
  }
  Expr *iter = parseTestList();
  if (!iter) {
    skipStatement();
    return nullptr;
  }
  StmtList body, orElse;
  ++loopDepth;
  bool ok = parseSuite(body, "for", start);
  --loopDepth;
  if (!ok) {
    skipStatement();
    return nullptr;
  }
  if (is(TokenKind::kw_else)) {
    SMLoc elseLoc = tok().loc;
    consume();
    if (!parseSuite(orElse, "else", elseLoc))
      skipStatement();
  }
  return ctx.create<ForStmt>(rangeFrom(start), target, iter, std::move(body),
                             std::move(orElse));
}

void Parser::parseDecorated(StmtList &out) {
  std::vector<Expr *> decorators;
  while (is(TokenKind::At)) {
    consume();
    Expr *d = parseTest();
    if (!d) {
      skipStatement();
      return;
    }
    decorators.push_back(d);
    if (!expect(TokenKind::Newline, "end of line after a decorator")) {
      skipStatement();
      return;
    }
  }
  if (is(TokenKind::kw_def)) {
    if (Stmt *s = parseFunctionDef(std::move(decorators), tok().loc))
      out.push_back(s);
    return;
  }
  if (is(TokenKind::kw_class))
    return reject(tok().getRange(), diag::err_unsupported_class);
  if (is(TokenKind::kw_async))
    return reject(tok().getRange(), diag::err_unsupported_async);
  errorExpected("'def' after decorators");
  skipStatement();
}

bool Parser::parseParams(std::vector<Param> &params) {
  llvm::StringSet<> seen;
  bool sawDefault = false;
  while (!is(TokenKind::RParen)) {
    if (is(TokenKind::Star) || is(TokenKind::DoubleStar)) {
      bool dbl = is(TokenKind::DoubleStar);
      if (!dbl && peekTok().is(TokenKind::Comma))
        diag.report(tok().getRange(),
                    diag::err_unsupported_keyword_only_params);
      else
        diag.report(tok().getRange(),
                    dbl ? diag::err_unsupported_star_kwargs_param
                        : diag::err_unsupported_star_args_param);
      return false;
    }
    if (is(TokenKind::Slash)) {
      diag.report(tok().getRange(),
                  diag::err_unsupported_positional_only_params);
      return false;
    }
    if (!is(TokenKind::Name)) {
      errorExpected("a parameter name");
      return false;
    }
    Param param;
    param.name = tok().text.str();
    param.nameLoc = tok().loc;
    if (!seen.insert(param.name).second) {
      diag.report(tok().getRange(), diag::err_duplicate_param, param.name);
      return false;
    }
    consume();
    if (consumeIf(TokenKind::Colon)) {
      param.annotation = parseAnnotation();
      if (!param.annotation)
        return false;
    }
    if (consumeIf(TokenKind::Equal)) {
      param.defaultValue = parseTest();
      if (!param.defaultValue)
        return false;
      sawDefault = true;
    } else if (sawDefault) {
      diag.report(SMRange(param.nameLoc, prevEnd),
                  diag::err_non_default_param_after_default, param.name);
      return false;
    }
    param.range = SMRange(param.nameLoc, prevEnd);
    params.push_back(std::move(param));
    if (!consumeIf(TokenKind::Comma))
      break;
  }
  return expect(TokenKind::RParen, "')' or ','");
}

Stmt *Parser::parseFunctionDef(std::vector<Expr *> decorators, SMLoc start) {
  SMRange defRange = tok().getRange();
  consume();
  if (!is(TokenKind::Name)) {
    errorExpected("a function name");
    skipStatement();
    return nullptr;
  }
  std::string name = tok().text.str();
  SMLoc nameLoc = tok().loc;
  consume();
  if (inFunction) {
    reject(defRange, diag::err_unsupported_nested_function, name);
    return nullptr;
  }
  std::vector<Param> params;
  if (!expect(TokenKind::LParen, "'('") || !parseParams(params)) {
    skipStatement();
    return nullptr;
  }
  Expr *returns = nullptr;
  if (consumeIf(TokenKind::Arrow)) {
    returns = parseAnnotation();
    if (!returns) {
      skipStatement();
      return nullptr;
    }
  }
  StmtList body;
  inFunction = true;
  unsigned savedLoopDepth = loopDepth;
  loopDepth = 0;
  bool ok = parseSuite(body, "def", start);
  loopDepth = savedLoopDepth;
  inFunction = false;
  if (!ok) {
    skipStatement();
    return nullptr;
  }
  return ctx.create<FunctionDefStmt>(rangeFrom(start), std::move(name), nameLoc,
                                     std::move(params), returns,
                                     std::move(body), std::move(decorators));
}

//===----------------------------------------------------------------------===//
// Expressions
//===----------------------------------------------------------------------===//

Expr *Parser::parseAnnotation() { return parseTest(); }

Expr *Parser::parseTestList() {
  SMLoc start = tok().loc;
  Expr *first = parseTest();
  if (!first)
    return nullptr;
  if (!is(TokenKind::Comma))
    return first;
  std::vector<Expr *> elts{first};
  while (consumeIf(TokenKind::Comma)) {
    // A trailing comma ends the list.
    switch (tok().kind) {
    case TokenKind::Newline:
    case TokenKind::Eof:
    case TokenKind::Semi:
    case TokenKind::Equal:
    case TokenKind::RParen:
    case TokenKind::RSquare:
    case TokenKind::Colon:
      return checkHeight(ctx.create<TupleExpr>(rangeFrom(start), elts));
    default:
      break;
    }
    if (isAugAssignToken(tok().kind))
      break;
    Expr *next = parseTest();
    if (!next)
      return nullptr;
    elts.push_back(next);
  }
  return checkHeight(ctx.create<TupleExpr>(rangeFrom(start), std::move(elts)));
}

Expr *Parser::parseExprList() {
  SMLoc start = tok().loc;
  if (is(TokenKind::Star)) {
    rejectStar();
    return nullptr;
  }
  Expr *first = parseBitOr();
  if (!first)
    return nullptr;
  if (!is(TokenKind::Comma))
    return first;
  std::vector<Expr *> elts{first};
  while (consumeIf(TokenKind::Comma)) {
    if (is(TokenKind::kw_in))
      break;
    if (is(TokenKind::Star)) {
      rejectStar();
      return nullptr;
    }
    Expr *next = parseBitOr();
    if (!next)
      return nullptr;
    elts.push_back(next);
  }
  return checkHeight(ctx.create<TupleExpr>(rangeFrom(start), std::move(elts)));
}

void Parser::rejectStar() {
  diag.report(tok().getRange(), diag::err_unsupported_starred);
}

Expr *Parser::parseTest() {
  if (is(TokenKind::kw_lambda)) {
    diag.report(tok().getRange(), diag::err_unsupported_lambda);
    return nullptr;
  }
  if (is(TokenKind::kw_yield)) {
    diag.report(tok().getRange(), diag::err_unsupported_yield);
    return nullptr;
  }
  if (is(TokenKind::Star)) {
    rejectStar();
    return nullptr;
  }
  Expr *body = parseOrTest();
  if (!body)
    return nullptr;
  if (is(TokenKind::ColonEqual)) {
    diag.report(tok().getRange(), diag::err_unsupported_walrus);
    return nullptr;
  }
  if (!is(TokenKind::kw_if))
    return body;
  consume();
  Expr *test = parseOrTest();
  if (!test)
    return nullptr;
  if (!expect(TokenKind::kw_else, "'else' in conditional expression"))
    return nullptr;
  // `a if b else c if d else ...` nests to the right.
  DepthGuard guard(*this);
  if (!guard.ok)
    return nullptr;
  Expr *orElse = parseTest();
  if (!orElse)
    return nullptr;
  return checkHeight(
      ctx.create<IfExpExpr>(rangeOf(body, orElse), body, test, orElse));
}

Expr *Parser::parseOrTest() {
  Expr *first = parseAndTest();
  if (!first || !is(TokenKind::kw_or))
    return first;
  std::vector<Expr *> values{first};
  while (consumeIf(TokenKind::kw_or)) {
    Expr *next = parseAndTest();
    if (!next)
      return nullptr;
    values.push_back(next);
  }
  SMRange r = rangeOf(first, values.back());
  return checkHeight(
      ctx.create<BoolOpExpr>(r, BoolOpKind::Or, std::move(values)));
}

Expr *Parser::parseAndTest() {
  Expr *first = parseNotTest();
  if (!first || !is(TokenKind::kw_and))
    return first;
  std::vector<Expr *> values{first};
  while (consumeIf(TokenKind::kw_and)) {
    Expr *next = parseNotTest();
    if (!next)
      return nullptr;
    values.push_back(next);
  }
  SMRange r = rangeOf(first, values.back());
  return checkHeight(
      ctx.create<BoolOpExpr>(r, BoolOpKind::And, std::move(values)));
}

Expr *Parser::parseNotTest() {
  if (!is(TokenKind::kw_not))
    return parseComparison();
  SMLoc start = tok().loc;
  consume();
  DepthGuard guard(*this);
  if (!guard.ok)
    return nullptr;
  Expr *operand = parseNotTest();
  if (!operand)
    return nullptr;
  return checkHeight(ctx.create<UnaryOpExpr>(
      SMRange(start, operand->getEndLoc()), UnaryOpKind::Not, operand));
}

Expr *Parser::parseComparison() {
  Expr *left = parseBitOr();
  if (!left)
    return nullptr;
  std::vector<CmpOpKind> ops;
  std::vector<SMLoc> opLocs;
  std::vector<Expr *> comparators;
  while (true) {
    CmpOpKind op;
    const Token &t = tok();
    switch (t.kind) {
    case TokenKind::Less:
      if (peekTok().is(TokenKind::Greater)) {
        diag.report(t.getRange(), diag::err_diamond_operator);
        return nullptr;
      }
      op = CmpOpKind::Lt;
      break;
    case TokenKind::Greater:
      op = CmpOpKind::Gt;
      break;
    case TokenKind::LessEqual:
      op = CmpOpKind::LtE;
      break;
    case TokenKind::GreaterEqual:
      op = CmpOpKind::GtE;
      break;
    case TokenKind::EqualEqual:
      op = CmpOpKind::Eq;
      break;
    case TokenKind::NotEqual:
      op = CmpOpKind::NotEq;
      break;
    case TokenKind::kw_is: {
      bool isNot = peekTok().is(TokenKind::kw_not);
      diag.report(t.getRange(), diag::err_unsupported_is,
                  isNot ? "is not" : "is", isNot ? "!=" : "==");
      return nullptr;
    }
    case TokenKind::kw_in:
      diag.report(t.getRange(), diag::err_unsupported_in);
      return nullptr;
    case TokenKind::kw_not:
      if (peekTok().is(TokenKind::kw_in)) {
        diag.report(t.getRange(), diag::err_unsupported_not_in);
        return nullptr;
      }
      [[fallthrough]];
    default:
      if (ops.empty())
        return left;
      return checkHeight(ctx.create<CompareExpr>(
          rangeOf(left, comparators.back()), left, std::move(ops),
          std::move(opLocs), std::move(comparators)));
    }
    opLocs.push_back(t.loc);
    consume();
    ops.push_back(op);
    Expr *right = parseBitOr();
    if (!right)
      return nullptr;
    comparators.push_back(right);
  }
}

Expr *Parser::makeBinOp(BinOpKind op, SMLoc opLoc, Expr *lhs, Expr *rhs) {
  if (llvm::isa<StringLiteralExpr>(lhs) || llvm::isa<StringLiteralExpr>(rhs)) {
    diag.report(opLoc, SMRange(lhs->getLoc(), rhs->getEndLoc()),
                diag::err_unsupported_string_op, spelling(op));
    return nullptr;
  }
  if (op == BinOpKind::MatMul) {
    diag.report(opLoc, diag::err_unsupported_matmul);
    return nullptr;
  }
  return checkHeight(
      ctx.create<BinOpExpr>(rangeOf(lhs, rhs), op, opLoc, lhs, rhs));
}

Expr *Parser::parseBitOr() {
  Expr *lhs = parseBitXor();
  while (lhs && is(TokenKind::Pipe)) {
    SMLoc opLoc = tok().loc;
    consume();
    Expr *rhs = parseBitXor();
    if (!rhs)
      return nullptr;
    lhs = makeBinOp(BinOpKind::BitOr, opLoc, lhs, rhs);
  }
  return lhs;
}

Expr *Parser::parseBitXor() {
  Expr *lhs = parseBitAnd();
  while (lhs && is(TokenKind::Caret)) {
    SMLoc opLoc = tok().loc;
    consume();
    Expr *rhs = parseBitAnd();
    if (!rhs)
      return nullptr;
    lhs = makeBinOp(BinOpKind::BitXor, opLoc, lhs, rhs);
  }
  return lhs;
}

Expr *Parser::parseBitAnd() {
  Expr *lhs = parseShift();
  while (lhs && is(TokenKind::Amp)) {
    SMLoc opLoc = tok().loc;
    consume();
    Expr *rhs = parseShift();
    if (!rhs)
      return nullptr;
    lhs = makeBinOp(BinOpKind::BitAnd, opLoc, lhs, rhs);
  }
  return lhs;
}

Expr *Parser::parseShift() {
  Expr *lhs = parseArith();
  while (lhs && (is(TokenKind::LeftShift) || is(TokenKind::RightShift))) {
    BinOpKind op =
        is(TokenKind::LeftShift) ? BinOpKind::LShift : BinOpKind::RShift;
    SMLoc opLoc = tok().loc;
    consume();
    Expr *rhs = parseArith();
    if (!rhs)
      return nullptr;
    lhs = makeBinOp(op, opLoc, lhs, rhs);
  }
  return lhs;
}

Expr *Parser::parseArith() {
  Expr *lhs = parseTerm();
  while (lhs && (is(TokenKind::Plus) || is(TokenKind::Minus))) {
    BinOpKind op = is(TokenKind::Plus) ? BinOpKind::Add : BinOpKind::Sub;
    SMLoc opLoc = tok().loc;
    consume();
    Expr *rhs = parseTerm();
    if (!rhs)
      return nullptr;
    lhs = makeBinOp(op, opLoc, lhs, rhs);
  }
  return lhs;
}

Expr *Parser::parseTerm() {
  Expr *lhs = parseFactor();
  while (lhs) {
    BinOpKind op;
    switch (tok().kind) {
    case TokenKind::Star:
      op = BinOpKind::Mul;
      break;
    case TokenKind::Slash:
      op = BinOpKind::Div;
      break;
    case TokenKind::DoubleSlash:
      op = BinOpKind::FloorDiv;
      break;
    case TokenKind::Percent:
      op = BinOpKind::Mod;
      break;
    case TokenKind::At:
      op = BinOpKind::MatMul;
      break;
    default:
      return lhs;
    }
    SMLoc opLoc = tok().loc;
    consume();
    Expr *rhs = parseFactor();
    if (!rhs)
      return nullptr;
    lhs = makeBinOp(op, opLoc, lhs, rhs);
  }
  return lhs;
}

Expr *Parser::parseFactor() {
  UnaryOpKind op;
  switch (tok().kind) {
  case TokenKind::Plus:
    op = UnaryOpKind::Plus;
    break;
  case TokenKind::Minus:
    op = UnaryOpKind::Minus;
    break;
  case TokenKind::Tilde:
    op = UnaryOpKind::Invert;
    break;
  default:
    return parsePower();
  }
  SMLoc start = tok().loc;
  consume();
  DepthGuard guard(*this);
  if (!guard.ok)
    return nullptr;
  Expr *operand = parseFactor();
  if (!operand)
    return nullptr;
  if (llvm::isa<StringLiteralExpr>(operand)) {
    diag.report(start, diag::err_unary_op_on_string, spelling(op));
    return nullptr;
  }
  return checkHeight(ctx.create<UnaryOpExpr>(
      SMRange(start, operand->getEndLoc()), op, operand));
}

Expr *Parser::parsePower() {
  if (is(TokenKind::kw_await)) {
    diag.report(tok().getRange(), diag::err_unsupported_await);
    return nullptr;
  }
  Expr *base = parseAtomExpr();
  if (!base || !is(TokenKind::DoubleStar))
    return base;
  SMLoc opLoc = tok().loc;
  consume();
  // `**` is right-associative and binds tighter than a unary operator on
  // its left, but not on its right: -2**-1 == -(2**(-1)).
  DepthGuard guard(*this);
  if (!guard.ok)
    return nullptr;
  Expr *exponent = parseFactor();
  if (!exponent)
    return nullptr;
  return makeBinOp(BinOpKind::Pow, opLoc, base, exponent);
}

Expr *Parser::parseAtomExpr() {
  Expr *e = parseAtom();
  while (e) {
    switch (tok().kind) {
    case TokenKind::LParen:
      e = parseCall(e);
      break;
    case TokenKind::LSquare:
      e = parseSubscript(e);
      break;
    case TokenKind::Dot: {
      consume();
      if (!is(TokenKind::Name)) {
        errorExpected("an attribute name after '.'");
        return nullptr;
      }
      std::string attr = tok().text.str();
      SMLoc attrLoc = tok().loc;
      consume();
      e = checkHeight(ctx.create<AttributeExpr>(SMRange(e->getLoc(), prevEnd),
                                                e, std::move(attr), attrLoc));
      break;
    }
    default:
      return e;
    }
  }
  return e;
}

Expr *Parser::parseCall(Expr *func) {
  SMLoc open = tok().loc;
  DepthGuard guard(*this);
  if (!guard.ok)
    return nullptr;
  if (bracketContains(TokenKind::kw_for)) {
    diag.report(open, diag::err_unsupported_genexp);
    return nullptr;
  }
  consume();
  std::vector<Expr *> args;
  std::vector<Keyword> keywords;
  llvm::StringSet<> seen;
  while (!is(TokenKind::RParen)) {
    if (is(TokenKind::Star) || is(TokenKind::DoubleStar)) {
      diag.report(tok().getRange(), diag::err_unsupported_arg_unpacking,
                  is(TokenKind::Star) ? "*args" : "**kwargs");
      return nullptr;
    }
    if (is(TokenKind::Name) && peekTok().is(TokenKind::Equal)) {
      Keyword kw;
      kw.name = tok().text.str();
      kw.nameLoc = tok().loc;
      if (!seen.insert(kw.name).second) {
        diag.report(tok().getRange(), diag::err_repeated_keyword_arg, kw.name);
        return nullptr;
      }
      consume();
      consume();
      kw.value = parseTest();
      if (!kw.value)
        return nullptr;
      kw.range = SMRange(kw.nameLoc, prevEnd);
      keywords.push_back(std::move(kw));
    } else {
      SMLoc argLoc = tok().loc;
      Expr *arg = parseTest();
      if (!arg)
        return nullptr;
      if (!keywords.empty()) {
        diag.report(SMRange(argLoc, prevEnd),
                    diag::err_positional_arg_after_keyword);
        return nullptr;
      }
      args.push_back(arg);
    }
    if (!consumeIf(TokenKind::Comma))
      break;
  }
  if (!expect(TokenKind::RParen, "')' or ',' in call"))
    return nullptr;
  return checkHeight(ctx.create<CallExpr>(SMRange(func->getLoc(), prevEnd),
                                          func, std::move(args),
                                          std::move(keywords)));
}

Expr *Parser::parseSubscriptElement() {
  SMLoc start = tok().loc;
  Expr *lower = nullptr;
  if (!is(TokenKind::Colon)) {
    lower = parseTest();
    if (!lower || !is(TokenKind::Colon))
      return lower;
  }
  // A slice: of a view (Sema), or in an annotation (`f64[:, ::1]`).
  consume();
  Expr *upper = nullptr, *step = nullptr;
  auto atEnd = [&] {
    return is(TokenKind::Comma) || is(TokenKind::RSquare) ||
           is(TokenKind::Colon);
  };
  if (!atEnd()) {
    upper = parseTest();
    if (!upper)
      return nullptr;
  }
  if (consumeIf(TokenKind::Colon)) {
    if (!is(TokenKind::Comma) && !is(TokenKind::RSquare)) {
      step = parseTest();
      if (!step)
        return nullptr;
    }
  }
  return ctx.create<SliceExpr>(rangeFrom(start), lower, upper, step);
}

Expr *Parser::parseSubscript(Expr *value) {
  SMLoc open = tok().loc;
  DepthGuard guard(*this);
  if (!guard.ok)
    return nullptr;
  consume();
  if (is(TokenKind::RSquare)) {
    errorExpected("an index");
    return nullptr;
  }
  SMLoc indexStart = tok().loc;
  std::vector<Expr *> elts;
  bool trailingComma = false;
  while (true) {
    Expr *elt = parseSubscriptElement();
    if (!elt)
      return nullptr;
    elts.push_back(elt);
    trailingComma = false;
    if (!consumeIf(TokenKind::Comma))
      break;
    trailingComma = true;
    if (is(TokenKind::RSquare))
      break;
  }
  SMLoc indexEnd = prevEnd;
  if (!expect(TokenKind::RSquare, "']' or ','"))
    return nullptr;
  (void)open;
  Expr *index = elts.front();
  if (elts.size() > 1 || trailingComma)
    index =
        ctx.create<TupleExpr>(SMRange(indexStart, indexEnd), std::move(elts));
  return checkHeight(ctx.create<SubscriptExpr>(
      SMRange(value->getLoc(), prevEnd), value, index));
}

Expr *Parser::parseStrings() {
  SMLoc start = tok().loc;
  std::string value;
  bool bytes = tok().isBytes;
  while (is(TokenKind::String)) {
    const Token &t = tok();
    if (t.isFString) {
      diag.report(t.getRange(), diag::err_unsupported_fstring);
      return nullptr;
    }
    if (t.isBytes != bytes) {
      diag.report(t.getRange(), diag::err_mixed_bytes_and_str);
      return nullptr;
    }
    value += t.strValue;
    consume();
  }
  return ctx.create<StringLiteralExpr>(rangeFrom(start), std::move(value),
                                       bytes);
}

Expr *Parser::parseParenAtom() {
  SMLoc start = tok().loc;
  DepthGuard guard(*this);
  if (!guard.ok)
    return nullptr;
  if (bracketContains(TokenKind::kw_for)) {
    diag.report(tok().getRange(), diag::err_unsupported_genexp);
    return nullptr;
  }
  consume();
  if (consumeIf(TokenKind::RParen))
    return ctx.create<TupleExpr>(rangeFrom(start), std::vector<Expr *>{});
  if (is(TokenKind::kw_yield)) {
    diag.report(tok().getRange(), diag::err_unsupported_yield);
    return nullptr;
  }
  Expr *first = parseTest();
  if (!first)
    return nullptr;
  if (consumeIf(TokenKind::RParen)) {
    first->setParenthesized();
    return first;
  }
  std::vector<Expr *> elts{first};
  while (consumeIf(TokenKind::Comma)) {
    if (is(TokenKind::RParen))
      break;
    Expr *next = parseTest();
    if (!next)
      return nullptr;
    elts.push_back(next);
  }
  if (!expect(TokenKind::RParen, "')' or ','"))
    return nullptr;
  Expr *tuple = ctx.create<TupleExpr>(rangeFrom(start), std::move(elts));
  tuple->setParenthesized();
  return checkHeight(tuple);
}

Expr *Parser::parseAtom() {
  const Token &t = tok();
  switch (t.kind) {
  case TokenKind::Name: {
    consume();
    return ctx.create<NameExpr>(t.getRange(), t.text.str());
  }
  case TokenKind::Int:
    consume();
    return ctx.create<IntLiteralExpr>(t.getRange(), t.intValue, t.text.str());
  case TokenKind::Float:
    consume();
    return ctx.create<FloatLiteralExpr>(t.getRange(), t.floatValue,
                                        t.text.str());
  case TokenKind::Imaginary:
    diag.report(t.getRange(), diag::err_unsupported_complex,
                t.text.take_front(40));
    return nullptr;
  case TokenKind::String:
    return parseStrings();
  case TokenKind::kw_None:
    consume();
    return ctx.create<NoneLiteralExpr>(t.getRange());
  case TokenKind::kw_True:
  case TokenKind::kw_False:
    consume();
    return ctx.create<BoolLiteralExpr>(t.getRange(), t.is(TokenKind::kw_True));
  case TokenKind::Ellipsis:
    consume();
    return ctx.create<EllipsisLiteralExpr>(t.getRange());
  case TokenKind::LParen:
    return parseParenAtom();
  case TokenKind::LSquare:
    if (bracketContains(TokenKind::kw_for))
      diag.report(t.getRange(), diag::err_unsupported_list_comp);
    else
      diag.report(t.getRange(), diag::err_unsupported_list);
    return nullptr;
  case TokenKind::LBrace:
    if (bracketContains(TokenKind::kw_for))
      diag.report(t.getRange(), diag::err_unsupported_dict_set_comp);
    else if (peekTok().is(TokenKind::RBrace) ||
             bracketContains(TokenKind::Colon) ||
             bracketContains(TokenKind::DoubleStar))
      diag.report(t.getRange(), diag::err_unsupported_dict);
    else
      diag.report(t.getRange(), diag::err_unsupported_set);
    return nullptr;
  case TokenKind::Star:
    rejectStar();
    return nullptr;
  case TokenKind::kw_lambda:
    diag.report(t.getRange(), diag::err_unsupported_lambda);
    return nullptr;
  case TokenKind::kw_yield:
    diag.report(t.getRange(), diag::err_unsupported_yield);
    return nullptr;
  case TokenKind::kw_await:
    diag.report(t.getRange(), diag::err_unsupported_await);
    return nullptr;
  default:
    errorExpected("an expression");
    return nullptr;
  }
}

//===----------------------------------------------------------------------===//
// Entry point
//===----------------------------------------------------------------------===//

std::string pyir::frontend::getModuleNameFor(llvm::StringRef bufferIdentifier) {
  return llvm::sys::path::stem(bufferIdentifier).str();
}

Module *pyir::frontend::parseModule(llvm::SourceMgr &sourceMgr,
                                    unsigned bufferID, ASTContext &context,
                                    DiagnosticEngine &diag) {
  const llvm::MemoryBuffer *buffer = sourceMgr.getMemoryBuffer(bufferID);
  llvm::StringRef text = buffer->getBuffer();
  std::vector<Token> tokens = lex(text, diag);
  Parser parser(std::move(tokens), context, diag, sourceMgr);
  StmtList body = parser.parseFile();
  std::vector<Directive> directives = parser.takeDirectives();
  std::string name = getModuleNameFor(buffer->getBufferIdentifier());
  SMLoc begin = SMLoc::getFromPointer(text.begin());
  SMLoc end = text.empty() ? begin : SMLoc::getFromPointer(text.end() - 1);
  return context.create<Module>(SMRange(begin, end), name, bufferID,
                                std::move(body), std::move(directives));
}

std::function<ast::FunctionDefStmt *(const ast::FunctionDefStmt *, unsigned)>
pyir::frontend::makeFunctionCopier(llvm::SourceMgr &sourceMgr,
                                   unsigned bufferID, const ast::Module &module,
                                   ast::ASTContext &context) {
  auto copies = std::make_shared<std::vector<ast::Module *>>();
  return [&sourceMgr, bufferID, &module, &context,
          copies](const ast::FunctionDefStmt *def,
                  unsigned copy) -> ast::FunctionDefStmt * {
    assert(copy >= 1 && "copy 0 is the original");
    while (copies->size() < copy) {
      // The buffer parsed without errors the first time: so it does again.
      DiagnosticEngine quiet(sourceMgr, &llvm::nulls());
      copies->push_back(parseModule(sourceMgr, bufferID, context, quiet));
    }
    llvm::ArrayRef<ast::Stmt *> body = module.getBody();
    size_t index = llvm::find(body, def) - body.begin();
    assert(index < body.size() && "not a function of the module");
    return llvm::cast<ast::FunctionDefStmt>(
        (*copies)[copy - 1]->getBody()[index]);
  };
}
