//===- Annotate.cpp - pyirc: writing the --annotate report ----------------===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//

#include "Annotate.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/ToolOutputFile.h"
#include "llvm/Support/WithColor.h"

using namespace llvm;

int pyirc::writeAnnotateReport(pyir::annotate::Report &report,
                               StringRef pySource, StringRef name,
                               StringRef outputPath, StringRef cText,
                               StringRef reportFile,
                               const pyir::annotate::ReportOptions &options) {
  report.addCSource(cText);
  pyir::annotate::ReportOptions withReport = options;
  if (!reportFile.empty()) {
    ErrorOr<std::unique_ptr<MemoryBuffer>> log =
        MemoryBuffer::getFile(reportFile);
    if (log) {
      report.addVectorizerReport((*log)->getBuffer());
      withReport.haveVectorizerReport = true;
    }
  }
  SmallString<256> path;
  if (outputPath != "-")
    path = sys::path::parent_path(outputPath);
  sys::path::append(path, name + ".html");
  std::error_code ec;
  ToolOutputFile output(path, ec, sys::fs::OF_None);
  if (ec) {
    WithColor::error(errs(), "pyirc") << "cannot write the annotate report '"
                                      << path << "': " << ec.message() << "\n";
    return 1;
  }
  report.writeHTML(pySource, withReport, output.os());
  output.keep();
  return 0;
}
