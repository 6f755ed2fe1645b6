//===- IRGen.cpp - PyIR AST to pyir dialect ---------------------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// This file generates the pyir dialect from the AST. Function bodies become
// control-flow graphs (`cf.br`/`cf.cond_br`) whose variables are put in SSA
// form on the fly with block arguments, following Braun et al., "Simple and
// Efficient Construction of Static Single Assignment Form" (CC 2013). That
// handles `break`, `continue`, early `return` and `raise` uniformly; later
// passes may lift loops to `scf`.
//
// IR generation reads the typed AST Sema leaves (AST.h, "Typing") and
// reports nothing itself: the errors that need the control-flow graph are
// the flow diagnostics' (FlowDiagnostics.cpp), run on each function's graph
// before its cleanup.
//
// This file holds the module level, the driver of each function (trivial
// phis) and generateIR; the constructs of a function body are in
// IRGenStmt.cpp, IRGenLoop.cpp, IRGenExpr.cpp and IRGenCall.cpp, the classes
// and the SSA construction in IRGenInternal.h.
//
//===----------------------------------------------------------------------===//

#include "pyir/Frontend/IRGen.h"

#include "IRGenInternal.h"

#include "mlir/IR/Matchers.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Transforms/RegionUtils.h"

using namespace pyir;
using namespace pyir::frontend;
using namespace pyir::frontend::detail;

//===----------------------------------------------------------------------===//
// Module
//===----------------------------------------------------------------------===//

mlir::OwningOpRef<mlir::ModuleOp> ModuleGen::generate() {
  unsigned errorsBefore = diag.getNumErrors();
  mlir::Location moduleLoc = loc(astModule.getRange().Start);
  mlir::OwningOpRef<mlir::ModuleOp> module =
      mlir::ModuleOp::create(moduleLoc, llvm::StringRef(info.name));
  module->getOperation()->setAttr(
      PyIRDialect::getVersionAttrName(),
      builder.getStringAttr(PyIRDialect::getCurrentVersion()));
  module->getOperation()->setAttr(PyIRDialect::ModuleAttrHelper::getNameStr(),
                                  builder.getStringAttr(info.name));
  unsigned bufferID = astModule.getBufferID();
  module->getOperation()->setAttr(
      PyIRDialect::SourceAttrHelper::getNameStr(),
      builder.getStringAttr(
          sourceMgr.getMemoryBuffer(bufferID)->getBufferIdentifier()));
  if (info.mixed)
    module->getOperation()->setAttr(
        PyIRDialect::PythonSourceAttrHelper::getNameStr(),
        builder.getStringAttr(info.mixed->source));
  if (info.doc)
    module->getOperation()->setAttr(PyIRDialect::DocAttrHelper::getNameStr(),
                                    builder.getStringAttr(*info.doc));
  llvm::SmallVector<mlir::NamedAttribute> constants;
  for (const ConstantInfo &c : info.constants)
    if (!llvm::StringRef(c.name).starts_with("_"))
      constants.push_back(builder.getNamedAttr(c.name, constAttr(c.value)));
  if (!constants.empty())
    module->getOperation()->setAttr(
        PyIRDialect::ConstantsAttrHelper::getNameStr(),
        builder.getDictionaryAttr(constants));

  // Declare every function first: calls may go forward.
  builder.setInsertionPointToEnd(module->getBody());
  for (const FunctionInfo &fn : info.functions) {
    llvm::SmallVector<mlir::Type> argTypes, resultTypes;
    for (const ParamInfo &p : fn.params)
      argTypes.push_back(p.type.isError() ? builder.getI64Type()
                                          : toMLIR(p.type));
    if (!fn.returnType.isNone() && !fn.returnType.isError())
      resultTypes.push_back(toMLIR(fn.returnType));
    auto func = mlir::func::FuncOp::create(
        builder, loc(fn.def->getLoc()), fn.name,
        builder.getFunctionType(argTypes, resultTypes));
    if (!fn.isPublic)
      func.setPrivate();
    // The Python signature, on each argument.
    for (auto [index, p] : llvm::enumerate(fn.params)) {
      func.setArgAttr(index, PyIRDialect::ArgNameAttrHelper::getNameStr(),
                      builder.getStringAttr(p.name));
      if (p.defaultValue && !p.type.isError() && p.defaultValue->type == p.type)
        func.setArgAttr(index, PyIRDialect::ArgDefaultAttrHelper::getNameStr(),
                        constAttr(*p.defaultValue));
    }
    if (std::optional<llvm::StringRef> doc = fn.def->getDocstring())
      func->setAttr(PyIRDialect::DocAttrHelper::getNameStr(),
                    builder.getStringAttr(*doc));
    if (fn.directives.inlineHint)
      func->setAttr(PyIRDialect::InlineAttrHelper::getNameStr(),
                    builder.getUnitAttr());
    if (fn.directives.nogil)
      func->setAttr(PyIRDialect::NogilAttrHelper::getNameStr(),
                    builder.getUnitAttr());
    if (fn.generic >= 0) {
      func->setAttr(PyIRDialect::GenericAttrHelper::getNameStr(),
                    builder.getStringAttr(fn.pyName));
      llvm::SmallVector<mlir::NamedAttribute> binding;
      for (const auto &[var, kind] : fn.binding)
        binding.push_back(builder.getNamedAttr(
            info.typeVars[var].name,
            builder.getStringAttr(getTypeVarSpelling(kind))));
      func->setAttr(PyIRDialect::BindingAttrHelper::getNameStr(),
                    builder.getDictionaryAttr(binding));
    }
    funcs.push_back(func);
  }
  // The functions of other PyIR modules the bodies call: declarations
  // naming their module (lowered to calls through the capsules of
  // docs/CBackend.md), private, so `pyir-inline` never sees a body.
  for (const ImportedFunction &imported : info.importedFunctions) {
    const ImportedModule &from = *info.imports[imported.module];
    const FunctionInfo &fn = from.info.functions[imported.function];
    llvm::SmallVector<mlir::Type> argTypes, resultTypes;
    for (const ParamInfo &p : fn.params)
      argTypes.push_back(toMLIR(p.type));
    if (!fn.returnType.isNone())
      resultTypes.push_back(toMLIR(fn.returnType));
    auto func = mlir::func::FuncOp::create(
        builder, moduleLoc, from.getSpelling() + "." + fn.name,
        builder.getFunctionType(argTypes, resultTypes));
    func.setPrivate();
    for (auto [index, p] : llvm::enumerate(fn.params))
      func.setArgAttr(index, PyIRDialect::ArgNameAttrHelper::getNameStr(),
                      builder.getStringAttr(p.name));
    func->setAttr(
        PyIRDialect::ImportedAttrHelper::getNameStr(),
        builder.getDictionaryAttr(
            {builder.getNamedAttr("module", builder.getStringAttr(from.name)),
             builder.getNamedAttr("level",
                                  builder.getI64IntegerAttr(from.level)),
             builder.getNamedAttr("name", builder.getStringAttr(fn.name)),
             builder.getNamedAttr("py_name", builder.getStringAttr(fn.pyName)),
             builder.getNamedAttr("absolute",
                                  builder.getStringAttr(from.absoluteName))}));
    importedFuncs.push_back(func);
  }
  // Bodies Sema rejected (or did not check: their signature had errors)
  // are left empty; the module is then dropped.
  for (size_t i = 0; i < info.functions.size(); ++i) {
    const FunctionInfo &fn = info.functions[i];
    if (!fn.def->isChecked())
      continue;
    FunctionGen gen(*this, fn, funcs[i]);
    gen.build();
    reportFlowErrors(fn, gen.getFlowFacts(), diag);
    gen.finish();
  }
  if (diag.getNumErrors() != errorsBefore)
    return nullptr;
  return module;
}

//===----------------------------------------------------------------------===//
// Function
//===----------------------------------------------------------------------===//

void FunctionGen::build() {
  entry = func.addEntryBlock();
  facts.entry = entry;
  sealed.insert(entry);
  setBlock(entry);
  for (auto [index, decl] : llvm::enumerate(fn.def->getParamDecls()))
    writeLocal(varOf(decl), func.getArgument(index));
  emitBlock(fn.def->getBody());
  // Falling off the end returns None.
  mlir::Location endLoc = m.loc(fn.def->getRange().End);
  if (fn.returnType.isNone()) {
    emitReturnOp(endLoc, {});
  } else {
    facts.fallOff = cur;
    emitReturnOp(endLoc, dummyValueHere(fn.returnType, endLoc));
  }
  // Every block is sealed by now except those still waiting for phis.
  for (mlir::Block &block : func.getBody())
    seal(&block);
}

void FunctionGen::finish() {
  mlir::IRRewriter rewriter(&m.context);
  (void)mlir::eraseUnreachableBlocks(rewriter, func->getRegions());
  removeTrivialPhis();
}

void FunctionGen::removeTrivialPhis() {
  // A block argument whose incoming values are all one value V (or the
  // argument itself, around a loop) is V. Braun et al. remove these while
  // building; doing it once at the end keeps the variable maps simple.
  bool changed = true;
  while (changed) {
    changed = false;
    for (mlir::Block &block : func.getBody()) {
      if (block.isEntryBlock())
        continue;
      for (int index = int(block.getNumArguments()) - 1; index >= 0; --index) {
        mlir::BlockArgument arg = block.getArgument(index);
        mlir::Value same;
        bool trivial = true;
        for (auto it = block.pred_begin(); it != block.pred_end(); ++it) {
          auto branchOp =
              mlir::cast<mlir::BranchOpInterface>((*it)->getTerminator());
          mlir::Value incoming =
              branchOp.getSuccessorOperands(it.getSuccessorIndex())[index];
          if (incoming == arg || incoming == same)
            continue;
          if (same) {
            trivial = false;
            break;
          }
          same = incoming;
        }
        if (!trivial || !same)
          continue;
        arg.replaceAllUsesWith(same);
        for (auto it = block.pred_begin(); it != block.pred_end(); ++it)
          mlir::cast<mlir::BranchOpInterface>((*it)->getTerminator())
              .getSuccessorOperands(it.getSuccessorIndex())
              .erase(index);
        block.eraseArgument(index);
        changed = true;
      }
    }
  }
}

void FunctionGen::emitReturnOp(mlir::Location loc, mlir::ValueRange values) {
  mlir::func::ReturnOp::create(b, loc, values);
}

//===----------------------------------------------------------------------===//
// Entry points
//===----------------------------------------------------------------------===//

mlir::OwningOpRef<mlir::ModuleOp>
pyir::frontend::generateIR(const ast::Module &module, const ModuleInfo &info,
                           DiagnosticEngine &diag, llvm::SourceMgr &sourceMgr,
                           mlir::MLIRContext &context) {
  context.loadDialect<PyIRDialect, mlir::arith::ArithDialect,
                      mlir::cf::ControlFlowDialect, mlir::func::FuncDialect>();
  return ModuleGen(module, info, diag, sourceMgr, context).generate();
}
