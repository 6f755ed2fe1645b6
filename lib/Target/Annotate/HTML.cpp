//===- HTML.cpp - The annotate report as one HTML page --------------------===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// One self-contained page: the style and script are embedded (report.css,
// report.js), nothing is fetched. Each source line is one element on one
// line of the file, `id="line-N"` with machine-readable `data-checks`,
// `data-fallback` and `data-score`; a line with C or IR is a <details>
// whose body holds them (newlines as `&#10;`, so that the element stays on
// one line of the file for line-oriented tools such as FileCheck).
//
//===----------------------------------------------------------------------===//

#include "pyir/Target/Annotate/Annotate.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/Format.h"

#include "report.css.inc"
#include "report.js.inc"

using namespace llvm;
using namespace pyir::annotate;

namespace {

/// Writes `text` as HTML character data or an attribute value.
void escape(StringRef text, raw_ostream &os) {
  for (char c : text) {
    switch (c) {
    case '&':
      os << "&amp;";
      break;
    case '<':
      os << "&lt;";
      break;
    case '>':
      os << "&gt;";
      break;
    case '"':
      os << "&quot;";
      break;
    case '\'':
      os << "&#39;";
      break;
    case '\n':
      os << "&#10;";
      break;
    case '\r':
      break;
    default:
      os << c;
    }
  }
}

std::string escaped(StringRef text) {
  std::string result;
  raw_string_ostream os(result);
  escape(text, os);
  return result;
}

void writeBadge(Kind kind, bool fallback, unsigned count, raw_ostream &os) {
  const KindInfo &info = getKindInfo(kind);
  os << "<span class=\"badge k-" << info.token << (fallback ? " fallback" : "")
     << "\" title=\"" << escaped(info.title);
  if (fallback)
    os << ", only in a fallback copy";
  os << "\">" << info.token;
  if (count > 1)
    os << " \u00d7" << count;
  os << "</span>";
}

/// The list of what remains on the line, in words.
void writeReasons(const LineInfo &line, raw_ostream &os) {
  os << "<ul class=\"why\">";
  for (unsigned i = 0; i < kNumKinds; ++i) {
    Kind kind = Kind(i);
    if (kind == Kind::NotVectorized ||
        !((line.checks | line.fallback) & bit(kind)))
      continue;
    const KindInfo &info = getKindInfo(kind);
    bool fallback = !(line.checks & bit(kind));
    os << "<li>";
    writeBadge(kind, fallback, 0, os);
    os << " " << escaped(info.title) << " (" << line.opCount[i]
       << (line.opCount[i] == 1 ? " op" : " ops")
       << "): " << escaped(info.description);
    if (fallback)
      os << "; only in the checked fallback copy of a versioned loop, the "
            "fast path has none";
    os << "</li>";
  }
  for (const LoopNote &loop : line.loops) {
    os << "<li>";
    if (loop.vectorized) {
      os << "<span class=\"badge vec\">vec</span> loop vectorised: ";
    } else {
      writeBadge(Kind::NotVectorized, line.fallback & bit(Kind::NotVectorized),
                 0, os);
      os << " loop not vectorised: ";
    }
    os << escaped(loop.message) << "</li>";
  }
  if (!line.checks && !line.fallback &&
      llvm::all_of(line.loops, [](const LoopNote &l) { return l.vectorized; }))
    os << "<li>nothing remains: no check, no runtime call</li>";
  os << "</ul>";
}

void writeC(const LineInfo &line, raw_ostream &os) {
  os << "<h3>C</h3><pre class=\"c\">";
  if (line.cLines.empty())
    os << "<span class=\"gap\">(no C of its own)</span>";
  for (auto [i, text] : llvm::enumerate(line.cLines)) {
    if (i)
      os << "&#10;";
    if (text.empty())
      os << "<span class=\"gap\">\u2026</span>";
    else
      escape(text, os);
  }
  os << "</pre>";
}

void writeIR(const LineInfo &line, raw_ostream &os) {
  os << "<h3>pyir after optimisation</h3><pre class=\"ir\">";
  if (line.ops.empty())
    os << "<span class=\"gap\">(no op)</span>";
  StringRef function;
  for (auto [i, op] : llvm::enumerate(line.ops)) {
    if (op.function != function) {
      function = op.function;
      os << (i ? "&#10;" : "") << "<span class=\"gap\">// func @"
         << escaped(function) << "</span>";
    }
    os << "&#10;<span class=\"op" << (op.kinds ? " checked" : "") << "\"";
    if (op.kinds)
      os << " data-kinds=\"" << formatKinds(op.kinds) << "\"";
    os << ">";
    escape(op.ir, os);
    os << "</span>";
  }
  os << "</pre>";
}

void writeSummary(const std::map<unsigned, LineInfo> &lines,
                  unsigned sourceLines, raw_ostream &os) {
  os << "<table class=\"summary\">\n<tr><th>what remains</th><th>lines</th>"
        "<th>operations</th><th>lines with it in a fallback copy only</th>"
        "</tr>\n";
  for (unsigned i = 0; i < kNumKinds; ++i) {
    Kind kind = Kind(i);
    unsigned lineCount = 0, opCount = 0, fallbackCount = 0;
    for (const auto &[number, line] : lines) {
      if (number == 0 || number > sourceLines)
        continue;
      if (line.checks & bit(kind))
        ++lineCount;
      if (line.fallback & bit(kind))
        ++fallbackCount;
      opCount += line.opCount[i];
    }
    const KindInfo &info = getKindInfo(kind);
    os << "<tr class=\"kind" << (lineCount + fallbackCount ? "" : " none")
       << "\" data-kind=\"" << info.token << "\" data-lines=\"" << lineCount
       << "\" data-ops=\"" << opCount << "\" data-fallback-lines=\""
       << fallbackCount << "\"><td>";
    writeBadge(kind, false, 0, os);
    os << " " << escaped(info.title) << "</td><td class=\"n\">" << lineCount
       << "</td><td class=\"n\">" << opCount << "</td><td class=\"n\">"
       << fallbackCount << "</td></tr>\n";
  }
  os << "</table>\n";
}

} // namespace

void Report::writeHTML(StringRef pySource, const ReportOptions &options,
                       raw_ostream &os) const {
  SmallVector<StringRef> source;
  pySource.split(source, '\n');
  if (!source.empty() && source.back().empty())
    source.pop_back();

  os << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">"
        "\n<meta name=\"generator\" content=\"pyirc --annotate\">\n<title>"
     << escaped(lineFileName) << " \u2014 PyIR annotate</title>\n<style>\n"
     << kReportCSS << "</style>\n</head>\n<body>\n<header>\n<h1>"
     << escaped(lineFileName) << "</h1>\n<p>Module <code>"
     << escaped(moduleName) << "</code>, from the optimised pyir (what "
     << "<code>--emit=opt</code> prints) and the generated C";
  if (!options.command.empty())
    os << ": <code>" << escaped(options.command) << "</code>";
  os << ".</p>\n<p id=\"vectorizer\">";
  if (options.haveVectorizerReport)
    os << "Loops: the vectorisation report of <code>"
       << escaped(options.compiler) << "</code>.";
  else
    os << "Loops: no vectorisation report (no C compiler ran"
       << (options.compiler.empty() ? "" : ", or it gave none: ")
       << escaped(options.compiler) << ").";
  os << "</p>\n</header>\n<section id=\"summary\">\n";
  writeSummary(lines, source.size(), os);
  os << "<p class=\"legend\">The deeper the yellow, the more remains on the "
        "line: each occurrence weighs as its kind (";
  for (unsigned i = 0; i < kNumKinds; ++i)
    os << (i ? ", " : "") << getKindInfo(Kind(i)).token << " "
       << getKindInfo(Kind(i)).weight;
  os << "). A dashed badge is a check only in the fallback copy "
        "of a loop the optimiser versioned (the fast path has none). Click a "
        "line (or open <code>#line-N</code>) to see its C and pyir; the "
        "directives <code>boundscheck</code>, <code>wraparound</code>, "
        "<code>overflowcheck</code> and <code>cdivision</code> remove "
        "checks.</p>\n<p class=\"tools\"><button id=\"expand-all\" "
        "type=\"button\">expand all</button><button id=\"collapse-all\" "
        "type=\"button\">collapse all</button></p>\n</section>\n"
        "<main id=\"source\">\n";
  for (auto [index, text] : llvm::enumerate(source)) {
    unsigned number = index + 1;
    auto it = lines.find(number);
    const LineInfo *line = it == lines.end() ? nullptr : &it->second;
    bool expandable = line && (!line->ops.empty() || !line->cLines.empty() ||
                               !line->loops.empty());
    unsigned score = line ? line->getScore() : 0;
    KindSet checks = line ? line->checks : 0;
    KindSet fallback = line ? line->fallback : 0;
    os << (expandable ? "<details class=\"line\"" : "<div class=\"line plain\"")
       << " id=\"line-" << number << "\" data-line=\"" << number
       << "\" data-checks=\"" << formatKinds(checks) << "\" data-fallback=\""
       << formatKinds(fallback) << "\" data-score=\"" << score << "\"";
    if (score)
      os << " style=\"--heat:"
         << format("%.2f", std::min(1.0, 0.15 + score / 16.0)) << "\"";
    os << ">" << (expandable ? "<summary>" : "") << "<span class=\"ln\">"
       << number << "</span><code class=\"src\">";
    escape(text, os);
    os << "</code><span class=\"marks\">";
    for (unsigned i = 0; i < kNumKinds; ++i) {
      if (checks & bit(Kind(i)))
        writeBadge(Kind(i), false, line->opCount[i], os);
      else if (fallback & bit(Kind(i)))
        writeBadge(Kind(i), true, 0, os);
    }
    if (line && !(checks & bit(Kind::NotVectorized)) &&
        llvm::any_of(line->loops,
                     [](const LoopNote &loop) { return loop.vectorized; }))
      os << "<span class=\"badge vec\" title=\"a loop the C compiler "
            "vectorised\">vec</span>";
    os << "</span>";
    if (!expandable) {
      os << "</div>\n";
      continue;
    }
    os << "</summary><div class=\"detail\">";
    writeReasons(*line, os);
    writeC(*line, os);
    writeIR(*line, os);
    os << "</div></details>\n";
  }
  os << "</main>\n<script>\n" << kReportJS << "</script>\n</body>\n</html>\n";
}
