//===- Report.cpp - The ops of the optimised module by source line --------===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// Files each op of the optimised module under the .py line of its location
// (pyir::findFileLineCol, the one location-to-line rule) with its printed
// form and its kinds (classifyOp). The optimiser may copy an op (loop
// versioning keeps a checked copy of a loop as the fallback of a guard): the
// copies share their location, so a kind that only some of them keep is
// reported as the fallback's, not as the line's.
//
//===----------------------------------------------------------------------===//

#include "pyir/Dialect/PyIR/IR/PyIRDialect.h"
#include "pyir/Target/Annotate/Annotate.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/AsmState.h"

#include <tuple>

using namespace mlir;
using namespace pyir;
using namespace pyir::annotate;

unsigned LineInfo::getScore() const {
  unsigned score = 0;
  for (unsigned i = 0; i < kNumKinds; ++i) {
    unsigned weight = getKindInfo(Kind(i)).weight;
    if (checks & bit(Kind(i)))
      score += weight * std::max(1u, opCount[i]);
    else if (fallback & bit(Kind(i)))
      score += 1;
  }
  return score;
}

Report::Report(ModuleOp module)
    : moduleName(getModuleName(module)),
      lineFileName(getPackageRelativeSourcePath(module)) {
  if (auto source = module->getAttrOfType<StringAttr>(
          PyIRDialect::SourceAttrHelper::getNameStr()))
    sourceFileName = source.str();

  // The copies of one op: same function, op name and location.
  using CopyKey = std::tuple<std::string, std::string, unsigned, unsigned>;
  std::map<CopyKey, std::pair<KindSet, KindSet>> copies; // (all, any)
  for (func::FuncOp func : module.getOps<func::FuncOp>()) {
    if (func.isExternal())
      continue;
    // One numbering of the function's values for all its ops; the body of
    // an op with regions is printed with the lines of its own ops.
    AsmState state(func, OpPrintingFlags().skipRegions());
    func.walk([&](Operation *op) {
      if (op == func.getOperation())
        return;
      FileLineColLoc loc = findFileLineCol(op->getLoc());
      if (!loc || (!sourceFileName.empty() &&
                   loc.getFilename().getValue() != sourceFileName))
        return;
      OpNote note;
      note.function = func.getSymName().str();
      note.kinds = classifyOp(op);
      llvm::raw_string_ostream os(note.ir);
      op->print(os, state);
      CopyKey key{note.function, op->getName().getStringRef().str(),
                  loc.getLine(), loc.getColumn()};
      auto [it, inserted] = copies.try_emplace(key, note.kinds, note.kinds);
      it->second.first &= note.kinds;
      it->second.second |= note.kinds;
      LineInfo &line = lines[loc.getLine()];
      for (unsigned i = 0; i < kNumKinds; ++i)
        if (note.kinds & bit(Kind(i)))
          ++line.opCount[i];
      line.ops.push_back(std::move(note));
    });
  }
  for (auto &[key, kinds] : copies) {
    LineInfo &line = lines[std::get<2>(key)];
    line.checks |= kinds.first;
    line.fallback |= kinds.second & ~kinds.first;
  }
  for (auto &[number, line] : lines)
    line.fallback &= ~line.checks;
}
