//===- LineMap.cpp - Exact `#line` mapping of the generated C -------------===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//

#include "LineMap.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"

using namespace llvm;

std::string pyir::finishLineDirectives(StringRef text, StringRef cFileName,
                                       unsigned linesBefore) {
  SmallVector<StringRef> lines;
  text.split(lines, '\n');
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  unsigned lineNo = linesBefore; // Lines of the file written so far.
  // The `#line` in force for a .py, and whether the last line written was
  // it (the line after a `#line` is the one it names).
  StringRef pyDirective;
  bool justAfterDirective = false, continued = false;
  auto write = [&](StringRef line) {
    out.append(line.begin(), line.end());
    out += '\n';
    ++lineNo;
  };
  for (auto [i, line] : llvm::enumerate(lines)) {
    bool last = i + 1 == lines.size();
    if (last && line.empty())
      break; // The text ended with a newline.
    if (line == kLineResetMarker) {
      if (pyDirective.empty())
        continue; // The lines already map to the C file.
      write("#line " + std::to_string(lineNo + 2) + " \"" + cFileName.str() +
            "\"");
      pyDirective = {};
      justAfterDirective = false;
      continue;
    }
    if (line.starts_with("#line ")) {
      write(line);
      bool toC = line.ends_with("\"" + cFileName.str() + "\"");
      pyDirective = toC ? StringRef() : line;
      justAfterDirective = !toC;
      continue;
    }
    // Never inside a directive continued with a backslash, nor before one.
    bool preprocessor = continued || line.ltrim().starts_with("#");
    continued = preprocessor && line.ends_with("\\");
    if (!pyDirective.empty() && !justAfterDirective && !preprocessor)
      write(pyDirective);
    write(line);
    justAfterDirective = false;
  }
  return out;
}
