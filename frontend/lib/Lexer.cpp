//===- Lexer.cpp - PyIR lexer -----------------------------------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// This file implements the lexer. It follows CPython's tokenizer: one pass
// over the buffer, an indentation stack of (column with tabs to 8, column
// with tabs to 1) pairs to detect inconsistent tabs and spaces, a bracket
// stack for implicit line joining. The buffer is never read past its end,
// and no literal conversion is worse than linear in the literal's length.
//
//===----------------------------------------------------------------------===//

#include "pyir/Frontend/Lexer.h"

#include "pyir/Frontend/Diagnostics.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/ConvertUTF.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdlib>
#include <optional>

using namespace pyir::frontend;

/// Numeric literals longer than this are rejected (like CPython's limit on
/// int/str conversion), so conversions stay cheap.
static constexpr size_t kMaxNumberLength = 4300;

//===----------------------------------------------------------------------===//
// Token
//===----------------------------------------------------------------------===//

llvm::SMLoc Token::getEndLoc() const {
  if (text.empty())
    return loc;
  return llvm::SMLoc::getFromPointer(text.data() + text.size() - 1);
}

llvm::SMRange Token::getRange() const { return {loc, getEndLoc()}; }

llvm::StringRef pyir::frontend::getTokenKindName(TokenKind kind) {
  switch (kind) {
  case TokenKind::Eof:
    return "EOF";
  case TokenKind::Newline:
    return "NEWLINE";
  case TokenKind::Indent:
    return "INDENT";
  case TokenKind::Dedent:
    return "DEDENT";
  case TokenKind::Name:
    return "NAME";
  case TokenKind::Int:
    return "INT";
  case TokenKind::Float:
    return "FLOAT";
  case TokenKind::Imaginary:
    return "IMAGINARY";
  case TokenKind::String:
    return "STRING";
  case TokenKind::Directive:
    return "DIRECTIVE";
#define KW(X)                                                                  \
  case TokenKind::kw_##X:                                                      \
    return "'" #X "'";
    KW(False)
    KW(None)
    KW(True)
    KW(and)
    KW(as)
    KW(assert)
    KW(async)
    KW(await)
    KW(break)
    KW(class)
    KW(continue)
    KW(def)
    KW(del)
    KW(elif)
    KW(else)
    KW(except)
    KW(finally)
    KW(for)
    KW(from)
    KW(global)
    KW(if)
    KW(import)
    KW(in)
    KW(is)
    KW(lambda)
    KW(nonlocal)
    KW(not )
    KW(or)
    KW(pass)
    KW(raise)
    KW(return )
    KW(try)
    KW(while)
    KW(with)
    KW(yield)
#undef KW
  case TokenKind::Plus:
    return "'+'";
  case TokenKind::Minus:
    return "'-'";
  case TokenKind::Star:
    return "'*'";
  case TokenKind::DoubleStar:
    return "'**'";
  case TokenKind::Slash:
    return "'/'";
  case TokenKind::DoubleSlash:
    return "'//'";
  case TokenKind::Percent:
    return "'%'";
  case TokenKind::At:
    return "'@'";
  case TokenKind::LeftShift:
    return "'<<'";
  case TokenKind::RightShift:
    return "'>>'";
  case TokenKind::Amp:
    return "'&'";
  case TokenKind::Pipe:
    return "'|'";
  case TokenKind::Caret:
    return "'^'";
  case TokenKind::Tilde:
    return "'~'";
  case TokenKind::ColonEqual:
    return "':='";
  case TokenKind::Less:
    return "'<'";
  case TokenKind::Greater:
    return "'>'";
  case TokenKind::LessEqual:
    return "'<='";
  case TokenKind::GreaterEqual:
    return "'>='";
  case TokenKind::EqualEqual:
    return "'=='";
  case TokenKind::NotEqual:
    return "'!='";
  case TokenKind::LParen:
    return "'('";
  case TokenKind::RParen:
    return "')'";
  case TokenKind::LSquare:
    return "'['";
  case TokenKind::RSquare:
    return "']'";
  case TokenKind::LBrace:
    return "'{'";
  case TokenKind::RBrace:
    return "'}'";
  case TokenKind::Comma:
    return "','";
  case TokenKind::Colon:
    return "':'";
  case TokenKind::Dot:
    return "'.'";
  case TokenKind::Semi:
    return "';'";
  case TokenKind::Equal:
    return "'='";
  case TokenKind::Arrow:
    return "'->'";
  case TokenKind::Ellipsis:
    return "'...'";
  case TokenKind::PlusEqual:
    return "'+='";
  case TokenKind::MinusEqual:
    return "'-='";
  case TokenKind::StarEqual:
    return "'*='";
  case TokenKind::SlashEqual:
    return "'/='";
  case TokenKind::DoubleSlashEqual:
    return "'//='";
  case TokenKind::PercentEqual:
    return "'%='";
  case TokenKind::AtEqual:
    return "'@='";
  case TokenKind::AmpEqual:
    return "'&='";
  case TokenKind::PipeEqual:
    return "'|='";
  case TokenKind::CaretEqual:
    return "'^='";
  case TokenKind::RightShiftEqual:
    return "'>>='";
  case TokenKind::LeftShiftEqual:
    return "'<<='";
  case TokenKind::DoubleStarEqual:
    return "'**='";
  }
  return "<unknown>";
}

//===----------------------------------------------------------------------===//
// Lexer
//===----------------------------------------------------------------------===//

namespace {

/// Append the UTF-8 encoding of `cp` (surrogates are encoded as is).
void appendUTF8(std::string &out, uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

/// The text after `pyir:` if `comment` (from its `#`) is a `# pyir:`
/// directive; blanks may surround `pyir`.
std::optional<llvm::StringRef> getDirectiveText(llvm::StringRef comment) {
  llvm::StringRef text = comment.drop_front().ltrim();
  if (!text.consume_front("pyir"))
    return std::nullopt;
  text = text.ltrim();
  if (!text.consume_front(":"))
    return std::nullopt;
  return text;
}

bool isIdentStart(char c) { return llvm::isAlpha(c) || c == '_'; }
bool isIdentChar(char c) { return llvm::isAlnum(c) || c == '_'; }

bool isDigitOfRadix(char c, unsigned radix) {
  switch (radix) {
  case 2:
    return c == '0' || c == '1';
  case 8:
    return c >= '0' && c <= '7';
  case 16:
    return llvm::isHexDigit(c);
  default:
    return llvm::isDigit(c);
  }
}

/// The radix of a prefixed integer literal, as messages name it.
llvm::StringRef getRadixName(unsigned radix) {
  return radix == 16 ? "hexadecimal" : radix == 8 ? "octal" : "binary";
}

class Lexer {
public:
  Lexer(llvm::StringRef buffer, DiagnosticEngine &diag)
      : bufStart(buffer.begin()), cur(buffer.begin()), bufEnd(buffer.end()),
        diag(diag) {}

  std::vector<Token> run();

private:
  struct IndentLevel {
    unsigned col;
    unsigned altCol;
  };
  struct Bracket {
    char c;
    const char *pos;
  };

  llvm::SMLoc loc(const char *p) const {
    return llvm::SMLoc::getFromPointer(p);
  }
  char peek(size_t n = 0) const {
    return n < static_cast<size_t>(bufEnd - cur) ? cur[n] : '\0';
  }
  bool atEnd() const { return cur >= bufEnd; }
  /// Report `id` at `p`.
  template <unsigned NumArgs, typename... Args>
  void report(const char *p, diag::DiagID<NumArgs> id, const Args &...args) {
    diag.report(loc(p), id, args...);
  }
  /// Report `id` over [begin, end).
  template <unsigned NumArgs, typename... Args>
  void report(const char *begin, const char *end, diag::DiagID<NumArgs> id,
              const Args &...args) {
    diag.report(llvm::SMRange(loc(begin), loc(end > begin ? end - 1 : begin)),
                id, args...);
  }

  Token &push(TokenKind kind, const char *begin, const char *end) {
    tokens.emplace_back();
    Token &tok = tokens.back();
    tok.kind = kind;
    tok.loc = loc(begin);
    tok.text = llvm::StringRef(begin, end - begin);
    return tok;
  }

  bool validateEncoding();
  void checkCodingDeclaration();
  /// Handle indentation at the start of a logical line; returns false if the
  /// line is blank (and consumed it).
  bool lexIndentation();
  /// Skips a comment to the end of its line; a `# pyir:` comment becomes a
  /// pending DIRECTIVE token.
  void lexComment();
  /// Appends the pending DIRECTIVE tokens: at the start of a logical line,
  /// after its INDENT or DEDENTs, or before EOF.
  void flushDirectives();
  void lexToken();
  void lexName();
  void lexNumber();
  void lexString(const char *begin, const char *quote);
  void lexOperator();
  void skipNewline() {
    if (peek() == '\r' && peek(1) == '\n')
      cur += 2;
    else
      ++cur;
  }
  void invalidCharacter();

  const char *bufStart;
  const char *cur;
  const char *bufEnd;
  DiagnosticEngine &diag;
  std::vector<Token> tokens;
  /// Directives seen since the last logical line started, in source order.
  std::vector<Token> pendingDirectives;
  std::vector<IndentLevel> indents{{0, 0}};
  std::vector<Bracket> brackets;
  bool atLineStart = true;
  bool tooDeepReported = false;
};

} // namespace

bool Lexer::validateEncoding() {
  // Source files are UTF-8 and contain no NUL bytes (as in CPython).
  const char *nul =
      static_cast<const char *>(memchr(bufStart, 0, bufEnd - bufStart));
  if (nul) {
    report(nul, diag::err_null_byte);
    return false;
  }
  const llvm::UTF8 *p = reinterpret_cast<const llvm::UTF8 *>(bufStart);
  const llvm::UTF8 *end = reinterpret_cast<const llvm::UTF8 *>(bufEnd);
  while (p < end) {
    if (*p < 0x80) {
      ++p;
      continue;
    }
    unsigned len = llvm::getUTF8SequenceSize(p, end);
    if (len == 0) {
      report(reinterpret_cast<const char *>(p), diag::err_invalid_utf8,
             llvm::utohexstr(*p, /*LowerCase=*/false));
      return false;
    }
    p += len;
  }
  return true;
}

void Lexer::checkCodingDeclaration() {
  // PEP 263: a comment matching `coding[:=]\s*([-\w.]+)` on line 1 or 2.
  llvm::StringRef rest(cur, bufEnd - cur);
  for (int lineNo = 0; lineNo < 2 && !rest.empty(); ++lineNo) {
    auto [line, tail] = rest.split('\n');
    llvm::StringRef trimmed = line.ltrim(" \t\f");
    if (!trimmed.starts_with("#")) {
      if (!trimmed.trim().empty())
        return; // Code on line 1: line 2 does not count.
      rest = tail;
      continue;
    }
    size_t pos = trimmed.find("coding");
    if (pos != llvm::StringRef::npos) {
      llvm::StringRef after = trimmed.substr(pos + 6);
      if (after.consume_front(":") || after.consume_front("=")) {
        after = after.ltrim(" \t");
        size_t n = 0;
        while (n < after.size() &&
               (isIdentChar(after[n]) || after[n] == '-' || after[n] == '.'))
          ++n;
        std::string name = after.substr(0, n).lower();
        std::replace(name.begin(), name.end(), '_', '-');
        if (n != 0 && name != "utf-8" && name != "utf8" &&
            name != "utf-8-sig" && name != "ascii" && name != "us-ascii") {
          report(after.data(), after.data() + n, diag::err_unsupported_encoding,
                 after.substr(0, n));
        }
        return;
      }
    }
    rest = tail;
  }
}

std::vector<Token> Lexer::run() {
  // A UTF-8 byte order mark is allowed and ignored.
  if (llvm::StringRef(cur, bufEnd - cur).starts_with("\xEF\xBB\xBF"))
    cur += 3;
  if (validateEncoding()) {
    checkCodingDeclaration();
    while (!atEnd()) {
      if (atLineStart) {
        if (!lexIndentation())
          continue;
        atLineStart = false;
      }
      lexToken();
    }
  } else {
    cur = bufEnd;
  }
  // A last line without '\n' still ends its logical line.
  if (!tokens.empty() && !tokens.back().is(TokenKind::Newline) &&
      !tokens.back().is(TokenKind::Dedent) &&
      !tokens.back().is(TokenKind::Indent))
    push(TokenKind::Newline, bufEnd, bufEnd);
  if (!brackets.empty()) {
    const Bracket &open = brackets.front();
    report(open.pos, diag::err_bracket_never_closed, open.c);
  }
  for (size_t i = 1; i < indents.size(); ++i)
    push(TokenKind::Dedent, bufEnd, bufEnd);
  flushDirectives();
  push(TokenKind::Eof, bufEnd, bufEnd);
  return std::move(tokens);
}

bool Lexer::lexIndentation() {
  const char *lineStart = cur;
  unsigned col = 0, altCol = 0;
  while (!atEnd()) {
    char c = peek();
    if (c == ' ') {
      ++col;
      ++altCol;
    } else if (c == '\t') {
      col = (col / 8 + 1) * 8;
      ++altCol;
    } else if (c == '\f') {
      col = altCol = 0;
    } else {
      break;
    }
    ++cur;
  }
  // Blank and comment-only lines do not take part in indentation.
  char c = peek();
  if (atEnd() || c == '\n' || c == '\r' || c == '#') {
    if (c == '#')
      lexComment();
    if (!atEnd())
      skipNewline();
    return false;
  }
  (void)lineStart;
  IndentLevel top = indents.back();
  if (col == top.col) {
    if (altCol != top.altCol)
      report(cur, diag::err_inconsistent_tabs);
  } else if (col > top.col) {
    if (altCol <= top.altCol)
      report(cur, diag::err_inconsistent_tabs);
    if (indents.size() > kMaxIndentLevels && !tooDeepReported) {
      tooDeepReported = true;
      report(cur, diag::err_too_many_indent_levels, kMaxIndentLevels);
    }
    indents.push_back({col, altCol});
    push(TokenKind::Indent, cur, cur);
  } else {
    while (indents.size() > 1 && col < indents.back().col) {
      indents.pop_back();
      push(TokenKind::Dedent, cur, cur);
    }
    if (col != indents.back().col)
      report(cur, diag::err_unindent_mismatch);
    else if (altCol != indents.back().altCol)
      report(cur, diag::err_inconsistent_tabs);
  }
  flushDirectives();
  return true;
}

void Lexer::lexToken() {
  char c = peek();
  switch (c) {
  case ' ':
  case '\t':
  case '\f':
    ++cur;
    return;
  case '#':
    return lexComment();
  case '\n':
  case '\r': {
    const char *begin = cur;
    skipNewline();
    if (brackets.empty()) {
      push(TokenKind::Newline, begin, begin + 1);
      atLineStart = true;
    }
    return;
  }
  case '\\': {
    const char *begin = cur++;
    if (atEnd()) {
      report(begin, diag::err_eof_after_line_continuation);
      return;
    }
    if (peek() == '\n' || peek() == '\r') {
      skipNewline();
      if (atEnd())
        report(begin, diag::err_eof_after_line_continuation);
      return;
    }
    report(begin, diag::err_char_after_line_continuation);
    return;
  }
  case '\'':
  case '"':
    lexString(cur, cur);
    return;
  default:
    break;
  }
  if (isIdentStart(c))
    return lexName();
  if (llvm::isDigit(c) || (c == '.' && llvm::isDigit(peek(1))))
    return lexNumber();
  if (static_cast<unsigned char>(c) >= 0x80 || !llvm::isPrint(c))
    return invalidCharacter();
  lexOperator();
}

void Lexer::invalidCharacter() {
  const char *begin = cur;
  unsigned char c = static_cast<unsigned char>(*cur);
  uint32_t cp = c;
  unsigned len = 1;
  if (c >= 0x80) {
    // The buffer was validated: this is a complete UTF-8 sequence.
    len =
        llvm::getUTF8SequenceSize(reinterpret_cast<const llvm::UTF8 *>(cur),
                                  reinterpret_cast<const llvm::UTF8 *>(bufEnd));
    if (len == 0)
      len = 1;
    const llvm::UTF8 *src = reinterpret_cast<const llvm::UTF8 *>(cur);
    llvm::UTF32 out = 0;
    llvm::UTF32 *dst = &out;
    if (llvm::ConvertUTF8toUTF32(&src, src + len, &dst, dst + 1,
                                 llvm::lenientConversion) == llvm::conversionOK)
      cp = out;
  }
  cur += len;
  std::string shown =
      cp >= 0x20 && cp != 0x7F ? std::string(begin, len) : std::string("?");
  std::string hex = llvm::utohexstr(cp, /*LowerCase=*/false);
  if (hex.size() < 4)
    hex.insert(0, 4 - hex.size(), '0');
  if (cp >= 0x80 && cp != 0xA0)
    report(begin, cur, diag::err_invalid_non_ascii_character, shown, hex);
  else
    report(begin, cur, diag::err_invalid_character, shown, hex);
}

void Lexer::lexName() {
  const char *begin = cur;
  while (!atEnd() && isIdentChar(peek()))
    ++cur;
  llvm::StringRef text(begin, cur - begin);
  // String prefixes: r u b f and the two-letter combinations.
  if ((peek() == '\'' || peek() == '"') && text.size() <= 2) {
    std::string lower = text.lower();
    if (lower == "r" || lower == "u" || lower == "b" || lower == "f" ||
        lower == "br" || lower == "rb" || lower == "fr" || lower == "rf")
      return lexString(begin, cur);
  }
  TokenKind kind = keywordKind(text);
  // A non-ASCII letter glued to an identifier is reported by the next call.
  push(kind, begin, cur);
}

TokenKind pyir::frontend::keywordKind(llvm::StringRef word) {
  return llvm::StringSwitch<TokenKind>(word)
      .Case("False", TokenKind::kw_False)
      .Case("None", TokenKind::kw_None)
      .Case("True", TokenKind::kw_True)
      .Case("and", TokenKind::kw_and)
      .Case("as", TokenKind::kw_as)
      .Case("assert", TokenKind::kw_assert)
      .Case("async", TokenKind::kw_async)
      .Case("await", TokenKind::kw_await)
      .Case("break", TokenKind::kw_break)
      .Case("class", TokenKind::kw_class)
      .Case("continue", TokenKind::kw_continue)
      .Case("def", TokenKind::kw_def)
      .Case("del", TokenKind::kw_del)
      .Case("elif", TokenKind::kw_elif)
      .Case("else", TokenKind::kw_else)
      .Case("except", TokenKind::kw_except)
      .Case("finally", TokenKind::kw_finally)
      .Case("for", TokenKind::kw_for)
      .Case("from", TokenKind::kw_from)
      .Case("global", TokenKind::kw_global)
      .Case("if", TokenKind::kw_if)
      .Case("import", TokenKind::kw_import)
      .Case("in", TokenKind::kw_in)
      .Case("is", TokenKind::kw_is)
      .Case("lambda", TokenKind::kw_lambda)
      .Case("nonlocal", TokenKind::kw_nonlocal)
      .Case("not", TokenKind::kw_not)
      .Case("or", TokenKind::kw_or)
      .Case("pass", TokenKind::kw_pass)
      .Case("raise", TokenKind::kw_raise)
      .Case("return", TokenKind::kw_return)
      .Case("try", TokenKind::kw_try)
      .Case("while", TokenKind::kw_while)
      .Case("with", TokenKind::kw_with)
      .Case("yield", TokenKind::kw_yield)
      .Default(TokenKind::Name);
}

bool pyir::frontend::isIdentifier(llvm::StringRef text) {
  return !text.empty() && isIdentStart(text.front()) &&
         llvm::all_of(text, isIdentChar) &&
         keywordKind(text) == TokenKind::Name;
}

void Lexer::lexNumber() {
  const char *begin = cur;
  bool ok = true;
  /// Read `digit (['_'] digit)*` of `radix`; false if none was read.
  auto readDigits = [&](unsigned radix, bool afterPrefix) -> bool {
    bool any = false;
    while (!atEnd()) {
      if (peek() == '_' && (any || afterPrefix)) {
        if (!isDigitOfRadix(peek(1), radix)) {
          if (ok)
            report(cur, diag::err_numeric_underscore);
          ok = false;
          ++cur;
          continue;
        }
        ++cur;
        continue;
      }
      if (!isDigitOfRadix(peek(), radix))
        break;
      ++cur;
      any = true;
    }
    return any;
  };

  unsigned radix = 10;
  bool isFloat = false, isImag = false;
  if (peek() == '0' && (peek(1) == 'x' || peek(1) == 'X' || peek(1) == 'o' ||
                        peek(1) == 'O' || peek(1) == 'b' || peek(1) == 'B')) {
    char p = static_cast<char>(llvm::toLower(peek(1)));
    radix = p == 'x' ? 16 : p == 'o' ? 8 : 2;
    cur += 2;
    if (!readDigits(radix, /*afterPrefix=*/true)) {
      if (ok)
        report(begin, cur, diag::err_no_digits_after_prefix,
               getRadixName(radix));
      ok = false;
    }
  } else {
    readDigits(10, false);
    if (peek() == '.') {
      isFloat = true;
      ++cur;
      if (llvm::isDigit(peek()))
        readDigits(10, false);
    }
    if ((peek() == 'e' || peek() == 'E') &&
        (llvm::isDigit(peek(1)) ||
         ((peek(1) == '+' || peek(1) == '-') && llvm::isDigit(peek(2))))) {
      isFloat = true;
      cur += (peek(1) == '+' || peek(1) == '-') ? 2 : 1;
      readDigits(10, false);
    }
    if (peek() == 'j' || peek() == 'J') {
      isImag = true;
      ++cur;
    }
  }
  // A literal glued to letters or digits of another radix: `0x1g`, `12abc`,
  // `0b102`.
  if (!atEnd() && (isIdentChar(peek()) || llvm::isDigit(peek()))) {
    const char *bad = cur;
    while (!atEnd() && isIdentChar(peek()))
      ++cur;
    if (ok) {
      if (radix != 10 && llvm::isDigit(*bad))
        report(bad, diag::err_invalid_digit, *bad, getRadixName(radix));
      else
        report(begin, cur, diag::err_invalid_numeric_literal,
               llvm::StringRef(begin, cur - begin));
    }
    ok = false;
  }

  llvm::StringRef text(begin, cur - begin);
  TokenKind kind = isImag    ? TokenKind::Imaginary
                   : isFloat ? TokenKind::Float
                             : TokenKind::Int;
  Token &tok = push(kind, begin, cur);
  tok.intValue = llvm::APInt(64, 0);
  if (!ok)
    return;
  if (text.size() > kMaxNumberLength) {
    report(begin, diag::err_numeric_literal_too_long, text.size(),
           kMaxNumberLength);
    return;
  }
  std::string digits;
  digits.reserve(text.size());
  for (char c : text.drop_front(radix == 10 ? 0 : 2))
    if (c != '_')
      digits += c;

  if (kind == TokenKind::Int) {
    // Python 3 forbids leading zeros in non-zero decimal integers.
    if (radix == 10 && digits.size() > 1 && digits[0] == '0' &&
        llvm::StringRef(digits).find_first_not_of('0') !=
            llvm::StringRef::npos) {
      report(begin, cur, diag::err_leading_zeros);
      return;
    }
    unsigned bits = llvm::APInt::getSufficientBitsNeeded(digits, radix);
    llvm::APInt value(std::max(bits, 64u), digits, radix);
    unsigned active = std::max(value.getActiveBits(), 64u);
    tok.intValue = value.zextOrTrunc(active);
    return;
  }
  if (isImag)
    digits.pop_back();
  tok.floatValue = std::strtod(digits.c_str(), nullptr);
}

void Lexer::lexString(const char *begin, const char *quote) {
  llvm::StringRef prefix(begin, quote - begin);
  std::string lowerPrefix = prefix.lower();
  bool raw = lowerPrefix.find('r') != std::string::npos;
  bool bytes = lowerPrefix.find('b') != std::string::npos;
  bool fstring = lowerPrefix.find('f') != std::string::npos;
  char q = *quote;
  cur = quote + 1;
  bool triple = peek() == q && peek(1) == q;
  if (triple)
    cur += 2;
  const char *contentBegin = cur;
  const char *contentEnd = nullptr;
  bool terminated = false;
  while (!atEnd()) {
    char c = peek();
    if (c == '\\') {
      // Escapes (also in raw strings) keep the next character from closing
      // the literal.
      cur += 1;
      if (!atEnd()) {
        if (peek() == '\r' && peek(1) == '\n')
          cur += 2;
        else
          ++cur;
      }
      continue;
    }
    if (c == q) {
      if (!triple) {
        contentEnd = cur++;
        terminated = true;
        break;
      }
      if (peek(1) == q && peek(2) == q) {
        contentEnd = cur;
        cur += 3;
        terminated = true;
        break;
      }
    }
    if (!triple && (c == '\n' || c == '\r'))
      break;
    ++cur;
  }
  if (!terminated) {
    contentEnd = cur;
    report(begin, triple ? diag::err_unterminated_triple_string
                         : diag::err_unterminated_string);
  }
  Token &tok = push(TokenKind::String, begin, cur);
  tok.isBytes = bytes;
  tok.isFString = fstring;
  llvm::StringRef body(contentBegin, contentEnd - contentBegin);
  if (fstring)
    return; // Rejected by the parser; the value is not needed.

  std::string &out = tok.strValue;
  out.reserve(body.size());
  for (size_t i = 0; i < body.size();) {
    char c = body[i];
    if (bytes && static_cast<unsigned char>(c) >= 0x80) {
      report(body.data() + i, diag::err_non_ascii_bytes);
      return;
    }
    if (c == '\r') {
      // Universal newlines: \r\n and \r read as \n.
      out += '\n';
      i += (i + 1 < body.size() && body[i + 1] == '\n') ? 2 : 1;
      continue;
    }
    if (c != '\\' || raw) {
      if (raw && c == '\\' && i + 1 < body.size()) {
        out += c;
        out += body[i + 1];
        i += 2;
        continue;
      }
      out += c;
      ++i;
      continue;
    }
    // An escape sequence.
    const char *escLoc = body.data() + i;
    if (i + 1 >= body.size()) {
      out += '\\';
      ++i;
      continue;
    }
    char e = body[i + 1];
    i += 2;
    switch (e) {
    case '\n':
      break;
    case '\r':
      if (i < body.size() && body[i] == '\n')
        ++i;
      break;
    case '\\':
    case '\'':
    case '"':
      out += e;
      break;
    case 'a':
      out += '\a';
      break;
    case 'b':
      out += '\b';
      break;
    case 'f':
      out += '\f';
      break;
    case 'n':
      out += '\n';
      break;
    case 'r':
      out += '\r';
      break;
    case 't':
      out += '\t';
      break;
    case 'v':
      out += '\v';
      break;
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7': {
      uint32_t v = e - '0';
      for (int k = 0;
           k < 2 && i < body.size() && body[i] >= '0' && body[i] <= '7';
           ++k, ++i)
        v = v * 8 + (body[i] - '0');
      if (bytes)
        out += static_cast<char>(v & 0xFF);
      else
        appendUTF8(out, v);
      break;
    }
    case 'x':
    case 'u':
    case 'U': {
      if (bytes && e != 'x') {
        out += '\\';
        out += e;
        break;
      }
      unsigned n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
      uint32_t v = 0;
      unsigned k = 0;
      for (; k < n && i < body.size() && llvm::isHexDigit(body[i]); ++k, ++i)
        v = v * 16 + llvm::hexDigitValue(body[i]);
      if (k != n) {
        report(escLoc, diag::err_truncated_escape, e, n);
        return;
      }
      if (v > 0x10FFFF) {
        report(escLoc, diag::err_illegal_unicode_escape);
        return;
      }
      if (bytes)
        out += static_cast<char>(v);
      else
        appendUTF8(out, v);
      break;
    }
    case 'N':
      if (!bytes) {
        report(escLoc, diag::err_unsupported_named_escape);
        return;
      }
      [[fallthrough]];
    default:
      // Unknown escapes keep the backslash, as in Python.
      out += '\\';
      --i;
      break;
    }
  }
}

void Lexer::lexOperator() {
  const char *begin = cur;
  char c0 = peek(), c1 = peek(1), c2 = peek(2);
  auto make = [&](TokenKind kind, unsigned len) {
    cur += len;
    push(kind, begin, cur);
  };
  // Three-character operators.
  if (c0 == '*' && c1 == '*' && c2 == '=')
    return make(TokenKind::DoubleStarEqual, 3);
  if (c0 == '/' && c1 == '/' && c2 == '=')
    return make(TokenKind::DoubleSlashEqual, 3);
  if (c0 == '<' && c1 == '<' && c2 == '=')
    return make(TokenKind::LeftShiftEqual, 3);
  if (c0 == '>' && c1 == '>' && c2 == '=')
    return make(TokenKind::RightShiftEqual, 3);
  if (c0 == '.' && c1 == '.' && c2 == '.')
    return make(TokenKind::Ellipsis, 3);
  // Two-character operators.
  if (c1 == '=') {
    switch (c0) {
    case '+':
      return make(TokenKind::PlusEqual, 2);
    case '-':
      return make(TokenKind::MinusEqual, 2);
    case '*':
      return make(TokenKind::StarEqual, 2);
    case '/':
      return make(TokenKind::SlashEqual, 2);
    case '%':
      return make(TokenKind::PercentEqual, 2);
    case '@':
      return make(TokenKind::AtEqual, 2);
    case '&':
      return make(TokenKind::AmpEqual, 2);
    case '|':
      return make(TokenKind::PipeEqual, 2);
    case '^':
      return make(TokenKind::CaretEqual, 2);
    case '<':
      return make(TokenKind::LessEqual, 2);
    case '>':
      return make(TokenKind::GreaterEqual, 2);
    case '=':
      return make(TokenKind::EqualEqual, 2);
    case '!':
      return make(TokenKind::NotEqual, 2);
    case ':':
      return make(TokenKind::ColonEqual, 2);
    default:
      break;
    }
  }
  if (c0 == '*' && c1 == '*')
    return make(TokenKind::DoubleStar, 2);
  if (c0 == '/' && c1 == '/')
    return make(TokenKind::DoubleSlash, 2);
  if (c0 == '<' && c1 == '<')
    return make(TokenKind::LeftShift, 2);
  if (c0 == '>' && c1 == '>')
    return make(TokenKind::RightShift, 2);
  if (c0 == '-' && c1 == '>')
    return make(TokenKind::Arrow, 2);

  // Brackets.
  auto open = [&](TokenKind kind) {
    // Nesting depth is limited (and reported) by the parser.
    brackets.push_back({c0, begin});
    make(kind, 1);
  };
  auto close = [&](TokenKind kind, char expected) {
    if (brackets.empty()) {
      report(begin, diag::err_unmatched_bracket, c0);
    } else {
      char opened = brackets.back().c;
      if (opened != expected)
        report(begin, diag::err_mismatched_bracket, c0, opened);
      brackets.pop_back();
    }
    make(kind, 1);
  };
  switch (c0) {
  case '(':
    return open(TokenKind::LParen);
  case '[':
    return open(TokenKind::LSquare);
  case '{':
    return open(TokenKind::LBrace);
  case ')':
    return close(TokenKind::RParen, '(');
  case ']':
    return close(TokenKind::RSquare, '[');
  case '}':
    return close(TokenKind::RBrace, '{');
  case '+':
    return make(TokenKind::Plus, 1);
  case '-':
    return make(TokenKind::Minus, 1);
  case '*':
    return make(TokenKind::Star, 1);
  case '/':
    return make(TokenKind::Slash, 1);
  case '%':
    return make(TokenKind::Percent, 1);
  case '@':
    return make(TokenKind::At, 1);
  case '&':
    return make(TokenKind::Amp, 1);
  case '|':
    return make(TokenKind::Pipe, 1);
  case '^':
    return make(TokenKind::Caret, 1);
  case '~':
    return make(TokenKind::Tilde, 1);
  case '<':
    return make(TokenKind::Less, 1);
  case '>':
    return make(TokenKind::Greater, 1);
  case ',':
    return make(TokenKind::Comma, 1);
  case ':':
    return make(TokenKind::Colon, 1);
  case '.':
    return make(TokenKind::Dot, 1);
  case ';':
    return make(TokenKind::Semi, 1);
  case '=':
    return make(TokenKind::Equal, 1);
  case '!':
    ++cur;
    report(begin, diag::err_bang_operator);
    return;
  default:
    break;
  }
  invalidCharacter();
}

void Lexer::lexComment() {
  const char *begin = cur;
  while (!atEnd() && peek() != '\n' && peek() != '\r')
    ++cur;
  llvm::StringRef text(begin, cur - begin);
  if (std::optional<llvm::StringRef> directiveText = getDirectiveText(text)) {
    Token &tok = pendingDirectives.emplace_back();
    tok.kind = TokenKind::Directive;
    tok.text = text;
    tok.loc = loc(begin);
    tok.directiveText = *directiveText;
    bool firstColumn =
        begin == bufStart || begin[-1] == '\n' || begin[-1] == '\r';
    tok.startsLine = firstColumn && brackets.empty();
  }
}

void Lexer::flushDirectives() {
  tokens.insert(tokens.end(),
                std::make_move_iterator(pendingDirectives.begin()),
                std::make_move_iterator(pendingDirectives.end()));
  pendingDirectives.clear();
}

std::vector<Token> pyir::frontend::lex(llvm::StringRef buffer,
                                       DiagnosticEngine &diag) {
  return Lexer(buffer, diag).run();
}

//===----------------------------------------------------------------------===//
// Token printing
//===----------------------------------------------------------------------===//

void pyir::frontend::printTokens(llvm::ArrayRef<Token> tokens,
                                 const llvm::SourceMgr &sm,
                                 llvm::raw_ostream &os) {
  for (const Token &tok : tokens) {
    auto [line, col] = sm.getLineAndColumn(tok.loc);
    os << "<" << line << ":" << col << "> " << getTokenKindName(tok.kind);
    switch (tok.kind) {
    case TokenKind::Name:
      os << " '" << tok.text << "'";
      break;
    case TokenKind::Int:
      os << " " << llvm::toString(tok.intValue, 10, /*Signed=*/false) << " '"
         << tok.text << "'";
      break;
    case TokenKind::Float:
    case TokenKind::Imaginary:
      os << " " << llvm::format("%.17g", tok.floatValue) << " '" << tok.text
         << "'";
      break;
    case TokenKind::String:
      if (tok.isBytes)
        os << " bytes";
      if (tok.isFString)
        os << " fstring";
      os << " \"";
      llvm::printEscapedString(tok.strValue, os);
      os << "\"";
      break;
    case TokenKind::Directive:
      os << " '";
      llvm::printEscapedString(tok.directiveText.trim(), os);
      os << "'";
      break;
    default:
      break;
    }
    os << "\n";
  }
}
