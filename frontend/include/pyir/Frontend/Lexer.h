//===- Lexer.h - PyIR lexer -------------------------------------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// This file declares the lexer: Python 3 tokens with INDENT/DEDENT, implicit
// line joining inside brackets, explicit `\` joining, every numeric literal
// form and every string literal form (f-strings are recognised here and
// rejected by the parser), and `# pyir:` directive comments as DIRECTIVE
// tokens (other comments are skipped). Errors go to the DiagnosticEngine; the
// lexer always produces a token stream that ends in NEWLINE? DEDENT*
// DIRECTIVE* EOF.
//
//===----------------------------------------------------------------------===//

#ifndef PYIR_FRONTEND_LEXER_H
#define PYIR_FRONTEND_LEXER_H

#include "llvm/ADT/APInt.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/SMLoc.h"

#include <string>
#include <vector>

namespace llvm {
class raw_ostream;
class SourceMgr;
} // namespace llvm

namespace pyir {
namespace frontend {

class DiagnosticEngine;

/// Token kinds. Keywords are `kw_*`, operators and delimiters are named
/// after their meaning.
enum class TokenKind {
  Eof,
  Newline,
  Indent,
  Dedent,
  Name,
  Int,
  Float,
  Imaginary,
  String,
  /// A `# pyir: ...` comment. It is handed over at the start of the next
  /// logical line, after that line's INDENT or DEDENTs (or before EOF), so
  /// that it never stands inside a statement; it keeps its own location.
  Directive,
  // Keywords (Python 3.9).
  kw_False,
  kw_None,
  kw_True,
  kw_and,
  kw_as,
  kw_assert,
  kw_async,
  kw_await,
  kw_break,
  kw_class,
  kw_continue,
  kw_def,
  kw_del,
  kw_elif,
  kw_else,
  kw_except,
  kw_finally,
  kw_for,
  kw_from,
  kw_global,
  kw_if,
  kw_import,
  kw_in,
  kw_is,
  kw_lambda,
  kw_nonlocal,
  kw_not,
  kw_or,
  kw_pass,
  kw_raise,
  kw_return,
  kw_try,
  kw_while,
  kw_with,
  kw_yield,
  // Operators.
  Plus,         // +
  Minus,        // -
  Star,         // *
  DoubleStar,   // **
  Slash,        // /
  DoubleSlash,  // //
  Percent,      // %
  At,           // @
  LeftShift,    // <<
  RightShift,   // >>
  Amp,          // &
  Pipe,         // |
  Caret,        // ^
  Tilde,        // ~
  ColonEqual,   // :=
  Less,         // <
  Greater,      // >
  LessEqual,    // <=
  GreaterEqual, // >=
  EqualEqual,   // ==
  NotEqual,     // !=
  // Delimiters.
  LParen,
  RParen,
  LSquare,
  RSquare,
  LBrace,
  RBrace,
  Comma,
  Colon,
  Dot,
  Semi,
  Equal,
  Arrow,    // ->
  Ellipsis, // ...
  // Augmented assignment.
  PlusEqual,
  MinusEqual,
  StarEqual,
  SlashEqual,
  DoubleSlashEqual,
  PercentEqual,
  AtEqual,
  AmpEqual,
  PipeEqual,
  CaretEqual,
  RightShiftEqual,
  LeftShiftEqual,
  DoubleStarEqual,
};

/// A short, stable name of a token kind for `--emit=tokens` ("NAME",
/// "INDENT", "'+='", "'def'").
llvm::StringRef getTokenKindName(TokenKind kind);

/// One token. `text` points into the source buffer (empty for INDENT,
/// DEDENT, EOF and implicit NEWLINEs).
struct Token {
  TokenKind kind = TokenKind::Eof;
  llvm::StringRef text;
  llvm::SMLoc loc;

  /// Int: the magnitude (width >= 64 bits, wider when the value needs it).
  llvm::APInt intValue;
  /// Float, Imaginary: the value (correctly rounded, may be inf).
  double floatValue = 0.0;
  /// String: the decoded value (UTF-8; for bytes, one char per byte).
  std::string strValue;
  /// String: b"..." / f"..." prefixes.
  bool isBytes = false;
  bool isFString = false;
  /// Directive: the text after `pyir:`, as written.
  llvm::StringRef directiveText;
  /// Directive: the `#` is in the first column of its line, outside
  /// brackets.
  bool startsLine = false;

  bool is(TokenKind k) const { return kind == k; }
  bool isKeyword() const {
    return kind >= TokenKind::kw_False && kind <= TokenKind::kw_yield;
  }
  /// The range [loc, last character] for underlining.
  llvm::SMRange getRange() const;
  llvm::SMLoc getEndLoc() const;
};

/// Maximum indentation depth (CPython's tokenizer limit is 100 as well).
constexpr unsigned kMaxIndentLevels = 100;
/// Maximum nesting depth of expressions, brackets included (CPython's
/// tokenizer limits brackets to 200). Enforced by the parser.
constexpr unsigned kMaxBracketDepth = 200;

/// Tokenize a whole buffer. `buffer` must stay alive as long as the tokens.
/// Errors are reported to `diag`; the result always ends with Eof.
std::vector<Token> lex(llvm::StringRef buffer, DiagnosticEngine &diag);

/// The keyword token kind of `word`, or TokenKind::Name if it is none.
TokenKind keywordKind(llvm::StringRef word);

/// Whether `text` is an ASCII Python identifier that is not a keyword (the
/// names PyIR accepts for modules and functions).
bool isIdentifier(llvm::StringRef text);

/// Print tokens one a line: `<line:col> KIND 'text'` (for --emit=tokens).
void printTokens(llvm::ArrayRef<Token> tokens, const llvm::SourceMgr &sm,
                 llvm::raw_ostream &os);

} // namespace frontend
} // namespace pyir

#endif // PYIR_FRONTEND_LEXER_H
