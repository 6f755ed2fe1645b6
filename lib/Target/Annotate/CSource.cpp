//===- CSource.cpp - The generated C and the C compiler's report ----------===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// The C of a .py line is what follows its `#line` directives. A compiler
// counts the C lines below a directive on (the third line of a statement
// at line 9 would be "line 11"), so the generated C has a directive before
// every line of a statement (lib/Target/CPython/LineMap.h): the compiler's
// positions are the .py lines. One remark format per compiler family:
//
//   GCC -fopt-info-vec-all   x.py:7:16: missed: couldn't vectorize loop
//                            x.py:7:16: missed: not vectorized: <reason>
//                            x.py:9:5: optimized: loop vectorized using ...
//   clang -Rpass*=loop-vectorize
//                            x.py:7:16: remark: loop not vectorized: <reason>
//                            x.py:7:16: remark: loop not vectorized [-R...]
//                            x.py:9:5: remark: vectorized loop (...) [-R...]
//
// GCC places a loop at its first statement with a position (often the
// first of its body), clang at its header. clang places a remark it cannot
// find the `#line` file for at the function, after a note naming the
// position ("could not determine the original source location for
// x.py:26:7"): the remark takes that.
//
//===----------------------------------------------------------------------===//

#include "pyir/Target/Annotate/Annotate.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Regex.h"

#include <optional>

using namespace llvm;
using namespace pyir::annotate;

namespace {

/// `#line N "file"`: N and the file as written.
std::optional<std::pair<unsigned, StringRef>>
parseLineDirective(StringRef line) {
  StringRef rest = line.ltrim();
  if (!rest.consume_front("#"))
    return std::nullopt;
  rest = rest.ltrim();
  if (!rest.consume_front("line"))
    return std::nullopt;
  rest = rest.ltrim();
  unsigned number;
  if (rest.consumeInteger(10, number))
    return std::nullopt;
  rest = rest.trim();
  if (!rest.consume_front("\"") || !rest.consume_back("\""))
    return std::pair<unsigned, StringRef>(number, StringRef());
  return std::pair<unsigned, StringRef>(number, rest);
}

enum class RemarkType {
  FunctionEnd, ///< GCC: after the remarks of one function.
  LoopVectorized,
  LoopMissed,
  Reason,        ///< GCC: after its loop's remark.
  LeadingReason, ///< clang: before its loop's remark.
  Relocation,
  Other
};

struct Remark {
  std::string file;
  unsigned line = 0, column = 0;
  RemarkType type = RemarkType::Other;
  std::string message;
};

/// One line of either compiler's report.
std::optional<Remark> parseRemark(StringRef text) {
  static const Regex pattern("^(.*):([0-9]+):([0-9]+): ([a-z]+): (.*)$");
  static const StringLiteral relocation =
      "could not determine the original source location for ";
  SmallVector<StringRef, 6> match;
  if (!pattern.match(text.rtrim(), &match))
    return std::nullopt;
  if (match[5].starts_with(relocation)) {
    std::optional<Remark> presumed = parseRemark(
        (match[5].drop_front(relocation.size()) + ": note: x").str());
    if (presumed)
      presumed->type = RemarkType::Relocation;
    return presumed;
  }
  Remark remark;
  remark.file = match[1].str();
  match[2].getAsInteger(10, remark.line);
  match[3].getAsInteger(10, remark.column);
  StringRef message = match[5];
  // clang ends a remark with the option that asked for it.
  if (message.ends_with("]")) {
    size_t option = message.rfind(" [-R");
    if (option != StringRef::npos)
      message = message.take_front(option);
  }
  message = message.trim();
  if (message.starts_with("vectorized ") &&
      message.ends_with(" loops in function."))
    remark.type = RemarkType::FunctionEnd;
  else if (message.starts_with("loop vectorized") ||
           message.starts_with("vectorized loop"))
    remark.type = RemarkType::LoopVectorized;
  else if (message == "couldn't vectorize loop" ||
           message == "loop not vectorized")
    remark.type = RemarkType::LoopMissed;
  else if (message.consume_front("not vectorized:"))
    remark.type = RemarkType::Reason;
  else if (message.consume_front("loop not vectorized:"))
    remark.type = RemarkType::LeadingReason;
  remark.message = message.trim().str();
  return remark;
}

} // namespace

void Report::addCSource(StringRef text) {
  SmallVector<StringRef> cLines;
  text.split(cLines, '\n');
  bool inSource = false;
  unsigned pyLine = 0;
  std::map<unsigned, size_t> lastCLine;
  // Lines that are not directives: two lines of a .py line are adjacent
  // when only directives stand between them.
  size_t index = 0;
  for (StringRef cLine : cLines) {
    if (auto directive = parseLineDirective(cLine)) {
      inSource = directive->second == lineFileName;
      pyLine = directive->first;
      continue;
    }
    ++index;
    if (!inSource)
      continue;
    LineInfo &line = lines[pyLine];
    auto last = lastCLine.find(pyLine);
    if (last != lastCLine.end() && last->second + 1 != index)
      line.cLines.push_back(""); // a gap: C of other lines in between
    line.cLines.push_back(cLine.rtrim().str());
    lastCLine[pyLine] = index;
  }
}

void Report::addVectorizerReport(StringRef report) {
  SmallVector<StringRef> reportLines;
  report.split(reportLines, '\n');
  struct Loop {
    unsigned line;
    LoopNote note;
  };
  std::vector<Loop> loops;
  std::optional<size_t> lastMissed;
  std::optional<Remark> relocation;
  std::string leadingReasons;
  for (StringRef text : reportLines) {
    std::optional<Remark> remark = parseRemark(text);
    if (!remark)
      continue;
    if (remark->type == RemarkType::Relocation) {
      relocation = remark;
      continue;
    }
    if (relocation) {
      remark->file = relocation->file;
      remark->line = relocation->line;
      remark->column = relocation->column;
      relocation.reset();
    }
    if (remark->type == RemarkType::Other)
      continue;
    if (remark->type == RemarkType::FunctionEnd) {
      lastMissed.reset();
      continue;
    }
    auto addReason = [](std::string &message, StringRef reason) {
      if (!StringRef(message).contains(reason))
        message += (message.empty() ? "" : "; ") + reason.str();
    };
    // GCC's reasons follow the loop's remark, at the statement that stopped
    // it (maybe in a runtime header); clang's come before it.
    if (remark->type == RemarkType::Reason) {
      if (lastMissed)
        addReason(loops[*lastMissed].note.message, remark->message);
      continue;
    }
    if (remark->type == RemarkType::LeadingReason) {
      addReason(leadingReasons, remark->message);
      continue;
    }
    lastMissed.reset();
    std::string reasons = std::move(leadingReasons);
    leadingReasons.clear();
    if (remark->file != lineFileName)
      continue;
    Loop loop{remark->line, LoopNote()};
    loop.note.vectorized = remark->type == RemarkType::LoopVectorized;
    loop.note.message = loop.note.vectorized ? remark->message : reasons;
    loops.push_back(std::move(loop));
    if (!loops.back().note.vectorized)
      lastMissed = loops.size() - 1;
  }
  for (Loop &loop : loops) {
    unsigned pyLine = loop.line;
    if (!loop.note.vectorized && loop.note.message.empty())
      loop.note.message = "not vectorized";
    // One loop is reported once per copy (loop versioning, inlining into
    // the C ABI wrapper): one note per distinct remark, GCC's SSA names
    // (`_15 = MEM[...]`) aside.
    static const Regex ssaName("_[0-9]+");
    auto normalized = [](StringRef message) {
      std::string text = message.str();
      while (ssaName.match(text))
        text = ssaName.sub("_#", text);
      return text;
    };
    LineInfo &line = lines[pyLine];
    std::string key = normalized(loop.note.message);
    if (llvm::none_of(line.loops, [&](const LoopNote &note) {
          return note.vectorized == loop.note.vectorized &&
                 normalized(note.message) == key;
        }))
      line.loops.push_back(loop.note);
  }
  for (auto &[number, line] : lines) {
    bool missed = llvm::any_of(
        line.loops, [](const LoopNote &note) { return !note.vectorized; });
    bool vectorized = llvm::any_of(
        line.loops, [](const LoopNote &note) { return note.vectorized; });
    if (missed && !vectorized) {
      line.checks |= bit(Kind::NotVectorized);
      line.opCount[unsigned(Kind::NotVectorized)] = 1;
    } else if (missed) {
      line.fallback |= bit(Kind::NotVectorized);
    }
  }
}
