//===- MixedModule.cpp - Modules mixing compiled and Python code -*- C++ -*-=//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// The pre-scan of a mixed module (docs/language.md §9). It reads top-level
// lines only: a statement starts in the first column, outside brackets,
// strings and backslash continuations, and extends to the next such start
// (its indented body, comments and blank lines). It keeps, unchanged:
//   - the `def`s marked `@pyir.compile` (or `@compile` after
//     `from pyir import compile`), with their decorators;
//   - the imports the frontend accepts (`import math`, `import pyir`,
//     `from math import sqrt`, `from pyir import f64`, `from typing import
//     Final`, `from __future__ import ...`), when every name of the statement
//     is one of those;
//   - the module constants `NAME = ...` / `NAME: T = ...` whose name the
//     kept code uses (a fixpoint: a constant may use another) and whose
//     value may be a constant of the language (mayBeConstant);
//   - the `# pyir:` directive comments in the first column;
// and empties every other line, so that locations are those of the file.
// The `# pyir:` comments of the Python parts that are misplaced (not at
// module level) are listed for Sema to report.
//
//===----------------------------------------------------------------------===//

#include "pyir/Frontend/MixedModule.h"

#include "pyir/Frontend/Builtins.h"
#include "pyir/Frontend/Sema.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SourceMgr.h"

using namespace pyir;
using namespace pyir::frontend;

namespace {

/// One physical line of the source.
struct Line {
  size_t offset;        ///< of its first character in the source
  llvm::StringRef text; ///< without the line break
  llvm::StringRef code; ///< the same columns, strings and comments blanked
  bool startsStatement = false;
  bool isDirective = false; ///< a `# pyir:` comment in the first column
  bool hasString = false;   ///< some of it is in a string literal
  /// The column of a `# pyir:` comment on the line (outside strings).
  size_t directiveColumn = llvm::StringRef::npos;
};

/// One top-level statement: its first line and the line after its last.
struct Statement {
  size_t first, end;
  enum class Kind { Decorator, Def, Class, Import, Constant, Other } kind;
  std::string name; ///< Def, Class, Constant: the name it binds
  size_t nameOffset = 0;
  std::string head; ///< its code, comments and line breaks removed
};

bool isIdentStart(char c) { return llvm::isAlpha(c) || c == '_'; }
bool isIdentChar(char c) { return llvm::isAlnum(c) || c == '_'; }

/// Whether the comment `text` (from its `#`) is a `# pyir:` directive:
/// blanks may surround `pyir` (the lexer's rule).
bool isDirectiveComment(llvm::StringRef text) {
  llvm::StringRef rest = text.drop_front().ltrim();
  if (!rest.consume_front("pyir"))
    return false;
  return rest.ltrim().starts_with(":");
}

/// Splits `source` into lines and finds where top-level statements start,
/// following brackets, strings (triple-quoted ones across lines) and
/// backslash continuations. `codeStorage` receives the source with every
/// string and comment character replaced by a blank.
std::vector<Line> scanLines(llvm::StringRef source, std::string &codeStorage) {
  codeStorage = source.str();
  std::vector<Line> lines;
  int depth = 0;
  char quote = 0;
  bool triple = false, continued = false;
  size_t pos = 0;
  while (pos <= source.size()) {
    size_t eol = source.find('\n', pos);
    if (eol == llvm::StringRef::npos)
      eol = source.size();
    Line line{pos, source.slice(pos, eol).rtrim('\r'), {}};
    bool atStart = depth == 0 && !quote && !continued;
    if (atStart && !line.text.empty()) {
      char c = line.text.front();
      line.startsStatement = c != ' ' && c != '\t' && c != '\f' && c != '#';
      line.isDirective = c == '#' && isDirectiveComment(line.text);
    }
    line.hasString = quote != 0;
    continued = false;
    llvm::StringRef text = line.text;
    for (size_t j = 0; j < text.size(); ++j) {
      char c = text[j];
      char &out = codeStorage[pos + j];
      if (quote) {
        out = ' ';
        if (c == '\\') {
          if (j + 1 < text.size())
            codeStorage[pos + ++j] = ' ';
          else if (!triple)
            continued = true; // the string goes on on the next line
          continue;
        }
        if (c == quote &&
            (!triple || text.substr(j).starts_with(std::string(3, quote)))) {
          if (triple) {
            codeStorage[pos + j + 1] = codeStorage[pos + j + 2] = ' ';
            j += 2;
          }
          quote = 0;
        }
        continue;
      }
      if (c == '#') {
        if (isDirectiveComment(text.substr(j)))
          line.directiveColumn = j;
        for (size_t k = j; k < text.size(); ++k)
          codeStorage[pos + k] = ' ';
        break;
      }
      if (c == '\'' || c == '"') {
        out = ' ';
        line.hasString = true;
        quote = c;
        triple = text.substr(j).starts_with(std::string(3, c));
        if (triple) {
          codeStorage[pos + j + 1] = codeStorage[pos + j + 2] = ' ';
          j += 2;
        }
      } else if (c == '(' || c == '[' || c == '{') {
        ++depth;
      } else if (c == ')' || c == ']' || c == '}') {
        depth = depth > 0 ? depth - 1 : 0;
      } else if (c == '\\' && j + 1 == text.size()) {
        continued = true;
      }
    }
    // A single-quoted string ends with its line unless continued.
    if (quote && !triple && !continued)
      quote = 0;
    line.code = llvm::StringRef(codeStorage).substr(pos, text.size());
    lines.push_back(line);
    pos = eol + 1;
  }
  return lines;
}

/// The identifier at the start of `text`, or an empty string.
llvm::StringRef leadingIdentifier(llvm::StringRef text) {
  if (text.empty() || !isIdentStart(text.front()))
    return {};
  size_t n = 1;
  while (n < text.size() && isIdentChar(text[n]))
    ++n;
  return text.take_front(n);
}

/// Classifies the statement of lines [first, end).
Statement classify(llvm::ArrayRef<Line> lines, size_t first, size_t end) {
  Statement s{first, end, Statement::Kind::Other, "", 0, ""};
  // Its code on one line (an import or decorator has no body).
  for (size_t i = first; i < end; ++i) {
    llvm::StringRef code = lines[i].code.rtrim();
    if (code.ends_with("\\"))
      code = code.drop_back();
    s.head += code.str();
    s.head += ' ';
  }
  llvm::StringRef head = lines[first].code;
  if (head.starts_with("@")) {
    s.kind = Statement::Kind::Decorator;
    return s;
  }
  llvm::StringRef word = leadingIdentifier(head);
  llvm::StringRef rest = head.drop_front(word.size());
  if (word == "async") {
    rest = rest.ltrim();
    word = leadingIdentifier(rest);
    rest = rest.drop_front(word.size());
    if (word != "def")
      return s;
  }
  if (word == "def" || word == "class") {
    llvm::StringRef trimmed = rest.ltrim();
    llvm::StringRef name = leadingIdentifier(trimmed);
    s.kind = word == "def" ? Statement::Kind::Def : Statement::Kind::Class;
    s.name = name.str();
    s.nameOffset = lines[first].offset + (trimmed.data() - head.data());
    return s;
  }
  if (word == "import" || word == "from") {
    s.kind = Statement::Kind::Import;
    return s;
  }
  // `NAME = ...` or `NAME: T = ...`, one target.
  llvm::StringRef after = rest.ltrim();
  if (!word.empty() && !after.starts_with("==") &&
      (after.starts_with("=") || after.starts_with(":"))) {
    s.kind = Statement::Kind::Constant;
    s.name = word.str();
  }
  return s;
}

/// Splits a comma-separated import list `a as b, c` into (name, bound name).
llvm::SmallVector<std::pair<std::string, std::string>>
importNames(llvm::StringRef list) {
  llvm::SmallVector<std::pair<std::string, std::string>> names;
  llvm::SmallVector<llvm::StringRef> items;
  list.split(items, ',');
  for (llvm::StringRef item : items) {
    item = item.trim();
    if (item.empty())
      continue;
    llvm::SmallVector<llvm::StringRef> words;
    item.split(words, ' ', -1, /*KeepEmpty=*/false);
    if (words.size() == 3 && words[1] == "as")
      names.push_back({words[0].str(), words[2].str()});
    else
      names.push_back({item.str(), item.split('.').first.str()});
  }
  return names;
}

/// The import aliases that matter to the pre-scan.
struct Imports {
  llvm::StringSet<> pyirModules;  ///< names bound to the module pyir
  llvm::StringSet<> compileNames; ///< names bound to pyir.compile
};

/// Whether the frontend accepts the import statement `head`; records the
/// names bound to pyir and pyir.compile.
bool acceptImport(llvm::StringRef head, Imports &imports) {
  std::string text;
  for (char c : head)
    if (c != '(' && c != ')')
      text += (c == '\t' ? ' ' : c);
  llvm::StringRef s = llvm::StringRef(text).trim();
  if (s.contains(';'))
    return false;
  if (s.consume_front("import ")) {
    auto names = importNames(s);
    for (auto &[module, bound] : names)
      if (module != "math" && module != "pyir" && module != "typing")
        return false;
    for (auto &[module, bound] : names)
      if (module == "pyir")
        imports.pyirModules.insert(bound);
    return true;
  }
  if (!s.consume_front("from "))
    return false;
  auto [module, list] = s.ltrim().split(' ');
  list = list.ltrim();
  if (!list.consume_front("import "))
    return false;
  auto names = importNames(list);
  for (auto &[name, bound] : names) {
    if (module == "__future__")
      continue;
    if (module == "math" && lookupMathMember(name))
      continue;
    if (module == "pyir" && isPyIRMemberName(name))
      continue;
    if (module == "typing" && name == "Final")
      continue;
    if ((module == "pyir" || module == "typing") && name == "TypeVar")
      continue;
    return false;
  }
  if (module == "pyir")
    for (auto &[name, bound] : names)
      if (name == "compile")
        imports.compileNames.insert(bound);
  return true;
}

/// Whether the decorator statement `head` (from its `@`) is the mark.
bool isCompileMark(llvm::StringRef head, const Imports &imports) {
  llvm::StringRef d = head.drop_front().trim();
  auto [base, attr] = d.split('.');
  base = base.trim();
  if (d.contains('.'))
    return imports.pyirModules.contains(base) && attr.trim() == "compile";
  return imports.compileNames.contains(base);
}

/// Adds the identifiers of `code` to `names`.
/// Attribute names (`a.shape`, `math.pi`) are not names of the module.
void collectIdentifiers(llvm::StringRef code, llvm::StringSet<> &names) {
  for (size_t i = 0; i < code.size();) {
    if (isIdentStart(code[i]) && (i == 0 || !isIdentChar(code[i - 1]))) {
      llvm::StringRef id = leadingIdentifier(code.substr(i));
      if (!code.take_front(i).rtrim().ends_with("."))
        names.insert(id);
      i += id.size();
    } else {
      ++i;
    }
  }
}

/// Whether the constant statement `s` defines a type variable, `T =
/// TypeVar("T", f32, f64)` with pyir's or typing's TypeVar (§8): the
/// frontend checks it; its one string is the variable's name.
bool isTypeVariable(const Statement &s, const Imports &imports) {
  llvm::StringRef value = llvm::StringRef(s.head).split('=').second.ltrim();
  llvm::StringRef base = leadingIdentifier(value);
  if (value.drop_front(base.size()).starts_with(".") &&
      (imports.pyirModules.contains(base) || base == "typing"))
    value = value.drop_front(base.size() + 1);
  return value.starts_with("TypeVar(");
}

/// Whether the constant statement `s` may be a constant of the language
/// (§3): no string, list, dict or set, and only names a constant may use
/// (other constants, math and pyir names, the builtins that fold). A
/// constant that is not (`data = np.zeros(3)`) stays Python, even if a
/// compiled function has a local of the same name.
bool mayBeConstant(const Statement &s, llvm::ArrayRef<Line> lines,
                   const Imports &imports,
                   const llvm::StringSet<> &constantNames) {
  if (isTypeVariable(s, imports))
    return true;
  static const char *const kAllowed[] = {
      "True", "False", "None",  "and",  "or",    "not", "if",
      "else", "int",   "float", "bool", "abs",   "min", "max",
      "pow",  "round", "Final", "math", "typing"};
  for (size_t i = s.first; i < s.end; ++i)
    if (lines[i].hasString ||
        lines[i].code.find_first_of("[]{}") != llvm::StringRef::npos)
      return false;
  llvm::StringSet<> names;
  collectIdentifiers(s.head, names);
  for (const auto &entry : names) {
    llvm::StringRef name = entry.getKey();
    if (llvm::is_contained(kAllowed, name) || constantNames.contains(name) ||
        imports.pyirModules.contains(name) || isPyIRMemberName(name) ||
        lookupMathMember(name))
      continue;
    return false;
  }
  return true;
}

} // namespace

std::optional<MixedModuleSplit>
pyir::frontend::splitMixedModule(llvm::StringRef source) {
  std::string codeStorage;
  std::vector<Line> lines = scanLines(source, codeStorage);
  std::vector<Statement> statements;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!lines[i].startsStatement)
      continue;
    size_t end = i + 1;
    while (end < lines.size() && !lines[end].startsStatement)
      ++end;
    statements.push_back(classify(lines, i, end));
  }

  std::vector<bool> keep(lines.size(), false);
  auto keepStatement = [&](const Statement &s) {
    for (size_t i = s.first; i < s.end; ++i)
      keep[i] = true;
  };
  Imports imports;
  for (const Statement &s : statements)
    if (s.kind == Statement::Kind::Import && acceptImport(s.head, imports))
      keepStatement(s);

  // The marked definitions, with their decorators; the other definitions.
  MixedModuleSplit split;
  llvm::StringSet<> compiled, used;
  bool anyMarked = false;
  for (size_t k = 0; k < statements.size(); ++k) {
    const Statement &s = statements[k];
    if (s.kind != Statement::Kind::Def && s.kind != Statement::Kind::Class)
      continue;
    size_t first = k;
    bool marked = false;
    while (first > 0 &&
           statements[first - 1].kind == Statement::Kind::Decorator) {
      --first;
      marked |= isCompileMark(statements[first].head, imports);
    }
    if (!marked) {
      split.pythonDefinitions.try_emplace(s.name, s.nameOffset);
      continue;
    }
    anyMarked = true;
    compiled.insert(s.name);
    for (size_t j = first; j <= k; ++j) {
      keepStatement(statements[j]);
      for (size_t i = statements[j].first; i < statements[j].end; ++i)
        collectIdentifiers(lines[i].code, used);
    }
  }
  if (!anyMarked)
    return std::nullopt;
  for (const auto &name : compiled)
    split.pythonDefinitions.erase(name.getKey());

  // The constants the kept code uses, to a fixpoint.
  llvm::StringSet<> constantNames;
  for (const Statement &s : statements)
    if (s.kind == Statement::Kind::Constant)
      constantNames.insert(s.name);
  for (bool changed = true; changed;) {
    changed = false;
    for (const Statement &s : statements) {
      if (s.kind != Statement::Kind::Constant || keep[s.first] ||
          !used.contains(s.name) ||
          !mayBeConstant(s, lines, imports, constantNames))
        continue;
      keepStatement(s);
      for (size_t i = s.first; i < s.end; ++i)
        collectIdentifiers(lines[i].code, used);
      changed = true;
    }
  }

  // The Python parts are never parsed, so the lexer cannot see their
  // misplaced `# pyir:` comments (language.md §5: an error, never ignored):
  // one not in the first column, or one in the first column with more lines
  // of a statement after it (inside a Python `def` or `class`).
  for (size_t i = 0; i < lines.size(); ++i) {
    if (keep[i] || lines[i].directiveColumn == llvm::StringRef::npos)
      continue;
    bool insideStatement = false;
    for (size_t j = i + 1; j < lines.size() && !lines[j].startsStatement; ++j)
      insideStatement |= lines[j].hasString || !lines[j].code.trim().empty();
    if (!lines[i].isDirective || insideStatement)
      split.misplacedDirectives.push_back(lines[i].offset +
                                          lines[i].directiveColumn);
  }

  for (size_t i = 0; i < lines.size(); ++i) {
    if (i)
      split.compiledText += '\n';
    if (keep[i] || lines[i].isDirective)
      split.compiledText += lines[i].text.str();
  }
  return split;
}

unsigned pyir::frontend::prepareMixedModule(llvm::SourceMgr &sourceMgr,
                                            unsigned bufferID,
                                            std::optional<MixedModule> &mixed) {
  const llvm::MemoryBuffer *buffer = sourceMgr.getMemoryBuffer(bufferID);
  llvm::StringRef source = buffer->getBuffer();
  std::optional<MixedModuleSplit> split = splitMixedModule(source);
  if (!split)
    return bufferID;
  mixed.emplace();
  mixed->source = source.str();
  for (size_t offset : split->misplacedDirectives)
    mixed->misplacedDirectives.push_back(
        llvm::SMLoc::getFromPointer(source.data() + offset));
  for (const auto &entry : split->pythonDefinitions)
    mixed->pythonDefinitions.try_emplace(
        entry.getKey(),
        llvm::SMLoc::getFromPointer(source.data() + entry.getValue()));
  return sourceMgr.AddNewSourceBuffer(
      llvm::MemoryBuffer::getMemBufferCopy(split->compiledText,
                                           buffer->getBufferIdentifier()),
      llvm::SMLoc());
}
