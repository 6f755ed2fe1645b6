//===- Analysis.cpp - Facts about functions for the JIT export --*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//

#include "JITExportInternal.h"

#include "pyir/Conversion/PyIRToEmitC/PyIRToEmitC.h"
#include "pyir/Dialect/PyIR/Analysis/RaiseAnalysis.h"
#include "pyir/Dialect/PyIR/Analysis/ViewEffects.h"
#include "pyir/Dialect/PyIR/IR/PyIRDialect.h"
#include "pyir/Dialect/PyIR/IR/PyIROps.h"
#include "pyir/Dialect/PyIR/IR/PyIRTypes.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Interfaces/ControlFlowInterfaces.h"
#include "llvm/ADT/StringSet.h"

#include <functional>

using namespace mlir;
using namespace pyir;

OperandRange pyir::getSuccessorOperands(Operation &op, unsigned index) {
  if (auto branch = dyn_cast<BranchOpInterface>(op))
    return branch.getSuccessorOperands(index).getForwardedOperands();
  return op.getOperands().take_front(0);
}

std::string pyir::getPythonTypeName(Type type) {
  if (auto view = dyn_cast<ViewType>(type)) {
    Type element = view.getElementType();
    std::string result =
        (element.isF64() ? std::string("f64") : getPythonTypeName(element)) +
        "[";
    for (unsigned i = 0; i < view.getRank(); ++i) {
      if (i)
        result += ", ";
      result += view.getContiguous() && i + 1 == view.getRank() ? "::1" : ":";
    }
    return result + "]";
  }
  if (auto tuple = dyn_cast<TupleType>(type)) {
    std::string result = "tuple[";
    for (unsigned i = 0; i < tuple.size(); ++i)
      result += (i ? ", " : "") + getPythonTypeName(tuple.getType(i));
    return result + "]";
  }
  if (auto intType = dyn_cast<IntegerType>(type)) {
    if (intType.getWidth() == 1)
      return "bool";
    if (intType.isSignless())
      return intType.getWidth() == 64
                 ? "int"
                 : "i" + std::to_string(intType.getWidth());
    return (intType.isUnsigned() ? "u" : "i") +
           std::to_string(intType.getWidth());
  }
  if (type.isF32())
    return "f32";
  if (type.isF64())
    return "float";
  if (isa<NoneType>(type))
    return "None";
  std::string text;
  llvm::raw_string_ostream os(text);
  type.print(os);
  return text;
}

std::string pyir::getCTypeName(Type type) {
  if (isa<ViewType>(type))
    return "pyir_view *";
  if (auto intType = dyn_cast<IntegerType>(type)) {
    if (intType.getWidth() == 1)
      return "bool";
    return (intType.isUnsigned() ? "uint" : "int") +
           std::to_string(intType.getWidth()) + "_t";
  }
  if (type.isF32())
    return "float";
  return "double";
}

namespace {

bool isFixedWidth(Type type) {
  auto intType = dyn_cast<IntegerType>(type);
  return intType && intType.getWidth() > 1 && !intType.isSignless();
}

void noteOverflow(Operation &op, FunctionSummary &fn) {
  auto attr = op.getAttrOfType<OverflowModeAttr>("overflow");
  if (!attr || op.getNumResults() != 1)
    return;
  Type type = op.getResult(0).getType();
  if (type.isSignlessInteger(64))
    fn.intOverflow.insert(stringifyOverflowMode(attr.getValue()).str());
}

} // namespace

/// A tuple holding a view (language.md §11).
static bool isTupleWithView(Type type) {
  return isa<TupleType>(type) && containsView(type);
}

ModuleInfo pyir::analyzeModule(ModuleOp module) {
  ModuleInfo info;
  info.name = getModuleName(module);
  if (auto version =
          module->getAttrOfType<StringAttr>(PyIRDialect::getVersionAttrName()))
    info.dialectVersion = version.str();
  else
    info.dialectVersion = PyIRDialect::getCurrentVersion().str();

  SmallVector<func::FuncOp> funcs(module.getOps<func::FuncOp>());
  for (func::FuncOp func : funcs) {
    FunctionSummary fn;
    fn.name = func.getSymName().str();
    fn.cSymbol = getCoreFunctionName(info.name, fn.name);
    fn.isPublic = !func.isPrivate() && !StringRef(fn.name).starts_with("_");
    fn.nogil = func->hasAttr(PyIRDialect::NogilAttrHelper::getNameStr());
    fn.inlineHint = func->hasAttr(PyIRDialect::InlineAttrHelper::getNameStr());
    if (auto generic = func->getAttrOfType<StringAttr>(
            PyIRDialect::GenericAttrHelper::getNameStr()))
      fn.generic = generic.str();
    if (auto binding = func->getAttrOfType<DictionaryAttr>(
            PyIRDialect::BindingAttrHelper::getNameStr()))
      for (NamedAttribute entry : binding)
        fn.binding.emplace_back(
            entry.getName().str(),
            cast<StringAttr>(entry.getValue()).getValue().str());
    if (auto doc = func->getAttrOfType<StringAttr>(
            PyIRDialect::DocAttrHelper::getNameStr()))
      fn.doc = doc.str();
    fn.imported = func->getAttrOfType<DictionaryAttr>(
        PyIRDialect::ImportedAttrHelper::getNameStr());
    for (unsigned i = 0; i < func.getNumArguments(); ++i) {
      ParamSummary p;
      // Declarations (functions of other modules) have no entry block.
      p.type = func.getArgumentTypes()[i];
      StringAttr name = PyIRDialect::getArgName(func, i);
      p.name = name ? name.str() : "arg" + std::to_string(i);
      p.defaultValue = PyIRDialect::getArgDefault(func, i);
      fn.params.push_back(p);
    }
    fn.results.assign(func.getResultTypes().begin(),
                      func.getResultTypes().end());
    func.walk([&](Operation *op) {
      if (isa<func::FuncOp>(op))
        return;
      if (!isa<ConstantOp, arith::ConstantOp>(op))
        ++fn.cost;
      noteOverflow(*op, fn);
      if (op->hasAttr("cdivision"))
        fn.cdivision = true;
      for (Type t : op->getResultTypes()) {
        fn.usesF32 |= t.isF32();
        fn.usesFixedWidth |= isFixedWidth(t);
      }
      if (auto call = dyn_cast<func::CallOp>(op))
        fn.callees.push_back(call.getCallee().str());
      // Slices and references own their view in a slot too.
      fn.usesArrays |= isa<AllocOp, SubviewOp, ViewRefOp>(op);
      fn.tupleViews |= llvm::any_of(op->getResultTypes(), isTupleWithView) ||
                       llvm::any_of(op->getOperandTypes(), isTupleWithView);
    });
    fn.usesArrays |= llvm::any_of(fn.results, containsView);
    fn.tupleViews |= llvm::any_of(fn.results, isTupleWithView);
    for (const ParamSummary &p : fn.params) {
      fn.usesF32 |= p.type.isF32();
      fn.usesFixedWidth |= isFixedWidth(p.type);
    }
    info.order.push_back(fn.name);
    info.functions[fn.name] = std::move(fn);
  }

  // What each function may raise, its callees included.
  RaiseAnalysis raises(module);
  for (func::FuncOp func : funcs)
    for (ExceptionKind kind : raises.getRaisedKinds(func.getSymName()))
      info.functions[func.getSymName()].raises.insert(
          stringifyExceptionKind(kind).str());

  for (func::FuncOp func : funcs) {
    FunctionSummary &fn = info.functions[func.getSymName()];
    for (const std::string &callee : fn.callees)
      if (DictionaryAttr imported = info.functions[callee].imported)
        fn.importedCallees[callee] = imported;
  }

  // The semantics that leave the differential rule (f32, fixed widths)
  // through calls: a fixpoint. (What a callee does, its caller does,
  // whether or not the optimiser inlined it.)
  bool changed = true;
  while (changed) {
    changed = false;
    for (func::FuncOp func : funcs) {
      if (func.isExternal())
        continue;
      FunctionSummary &fn = info.functions[func.getSymName()];
      for (const std::string &callee : fn.callees) {
        auto it = info.functions.find(callee);
        if (it == info.functions.end())
          continue;
        const FunctionSummary &summary = it->second;
        if (summary.imported)
          changed |= fn.imports.insert(callee).second;
        for (const std::string &imported : summary.imports)
          changed |= fn.imports.insert(imported).second;
        for (auto [flag, calleeFlag] :
             {std::pair(&fn.usesF32, summary.usesF32),
              std::pair(&fn.usesFixedWidth, summary.usesFixedWidth),
              std::pair(&fn.usesArrays, summary.usesArrays),
              std::pair(&fn.tupleViews, summary.tupleViews)}) {
          changed |= calleeFlag && !*flag;
          *flag |= calleeFlag;
        }
      }
    }
  }

  // View reads and writes, callees included.
  ViewEffects viewEffects(module);
  for (func::FuncOp func : funcs) {
    FunctionSummary &fn = info.functions[func.getSymName()];
    for (auto [k, p] : llvm::enumerate(fn.params)) {
      ViewParamEffects effects = viewEffects.get(fn.name, k);
      p.read = effects.read;
      p.written = effects.written;
    }
  }

  // Inline cost: the body plus each callee once (recursion: no bound).
  llvm::StringMap<unsigned> totals;
  std::function<unsigned(StringRef, llvm::StringSet<> &)> total =
      [&](StringRef name, llvm::StringSet<> &active) -> unsigned {
    auto it = info.functions.find(name);
    if (it == info.functions.end())
      return 0;
    if (!active.insert(name).second)
      return 100000; // recursive: never small
    unsigned cost = it->second.cost;
    llvm::StringSet<> counted;
    for (const std::string &callee : it->second.callees)
      if (counted.insert(callee).second)
        cost += total(callee, active);
    active.erase(name);
    return std::min(cost, 100000u);
  };
  for (const std::string &name : info.order) {
    llvm::StringSet<> active;
    totals[name] = total(name, active);
  }
  for (const std::string &name : info.order)
    info.functions[name].cost = totals[name];
  return info;
}
