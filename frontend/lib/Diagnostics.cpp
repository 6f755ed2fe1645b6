//===- Diagnostics.cpp - PyIR frontend diagnostics --------------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// This file implements DiagnosticEngine.
//
//===----------------------------------------------------------------------===//

#include "pyir/Frontend/Diagnostics.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/raw_ostream.h"

using namespace pyir::frontend;

/// Source lines longer than this are shown as a window around the caret.
static constexpr size_t kMaxShownLine = 160;

DiagnosticEngine::DiagnosticEngine(llvm::SourceMgr &sourceMgr,
                                   llvm::raw_ostream *os)
    : sourceMgr(sourceMgr), os(os ? *os : llvm::errs()) {}

void DiagnosticEngine::report(llvm::SMLoc loc,
                              llvm::ArrayRef<llvm::SMRange> ranges,
                              diag::Kind kind,
                              llvm::ArrayRef<std::string> args) {
  std::string message = diag::formatMessage(kind, args);
  switch (diag::getSeverity(kind)) {
  case diag::Severity::Error:
    ++numErrors;
    // One error per location: a parser that recovers often reports the
    // consequence of the first error at the same place.
    if (loc.isValid() && loc == lastErrorLoc) {
      lastDropped = true;
      return;
    }
    lastErrorLoc = loc;
    if (errorLimit && numErrors > errorLimit) {
      lastDropped = true;
      if (!limitReported && !silent && !handler) {
        limitReported = true;
        os << "error: too many errors emitted, stopping now\n";
      }
      return;
    }
    return emit(loc, llvm::SourceMgr::DK_Error, message, ranges);
  case diag::Severity::Warning:
    return emit(loc, llvm::SourceMgr::DK_Warning, message, ranges);
  case diag::Severity::Note:
    if (lastDropped)
      return;
    return emit(loc, llvm::SourceMgr::DK_Note, message, ranges);
  }
}

void DiagnosticEngine::emit(llvm::SMLoc loc, llvm::SourceMgr::DiagKind kind,
                            const llvm::Twine &msg,
                            llvm::ArrayRef<llvm::SMRange> ranges) {
  lastDropped = false;
  if (silent)
    return;
  // AST and token ranges are inclusive (End is the last character);
  // SourceMgr underlines the half-open [Start, End).
  llvm::SmallVector<llvm::SMRange, 2> halfOpen;
  for (llvm::SMRange r : ranges) {
    if (!r.Start.isValid() || !r.End.isValid())
      continue;
    const char *end = r.End.getPointer();
    if (end < r.Start.getPointer())
      continue;
    halfOpen.push_back(
        llvm::SMRange(r.Start, llvm::SMLoc::getFromPointer(end + 1)));
  }
  llvm::SMDiagnostic diag = sourceMgr.GetMessage(loc, kind, msg, halfOpen);
  // Very long source lines (minified or generated input) are cut to a window
  // around the caret; ranges are dropped then, the caret stays.
  llvm::StringRef line = diag.getLineContents();
  if (line.size() > kMaxShownLine && diag.getColumnNo() >= 0) {
    size_t col = static_cast<size_t>(diag.getColumnNo());
    size_t start = col > kMaxShownLine / 2 ? col - kMaxShownLine / 2 : 0;
    if (start > line.size())
      start = line.size();
    std::string window = line.substr(start, kMaxShownLine).str();
    diag = llvm::SMDiagnostic(*diag.getSourceMgr(), diag.getLoc(),
                              diag.getFilename(), diag.getLineNo(),
                              static_cast<int>(col - start), kind,
                              diag.getMessage(), window, {});
    if (handler) {
      handler(diag);
      return;
    }
    os << diag.getFilename() << ":" << diag.getLineNo() << ":" << col + 1
       << ": "
       << (kind == llvm::SourceMgr::DK_Error     ? "error: "
           : kind == llvm::SourceMgr::DK_Warning ? "warning: "
                                                 : "note: ")
       << diag.getMessage() << "\n"
       << window << "\n"
       << std::string(col - start, ' ') << "^\n";
    return;
  }
  if (handler) {
    handler(diag);
    return;
  }
  diag.print(nullptr, os, /*ShowColors=*/false);
}
