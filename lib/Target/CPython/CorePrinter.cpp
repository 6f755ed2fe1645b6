//===- CorePrinter.cpp - The core's C functions from EmitC ----------------===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// Prints the functions of the EmitC module pyir-lower-to-c made as C that
// reads like the Python it came from. MLIR 22's emitc::translateToCpp
// declares every variable at the top of a function with several blocks and
// names values v1, v2, ...; this printer takes the subset of EmitC that
// convert-pyir-to-emitc produces (in CF form) and prints
//   - parameters with their Python names (pyir.py_signature), `out` and
//     `err`; values with the name of the Python variable they hold (the
//     NameLoc the frontend puts on them), numbered when a name repeats;
//   - a value's declaration where it is defined when that precedes all its
//     uses in the text (C allows a goto past the declaration of an object
//     that is not variably modified; block arguments, assigned by the
//     branches into their block, are declared first);
//   - constants, casts, comparisons and 64-bit, 32-bit and double
//     arithmetic used once in their block folded into the expression that
//     uses them, and a runtime call's status tested where it is made;
//   - one `#line` per statement whose source line differs from the last.
// What it does not know, it refuses with an error on the op.
//
//===----------------------------------------------------------------------===//

#include "CorePrinter.h"
#include "CorePrinterInternal.h"
#include "LineMap.h"

#include "pyir/Conversion/PyIRToEmitC/PyIRToEmitC.h"

#include "mlir/Dialect/ControlFlow/IR/ControlFlowOps.h"

using namespace mlir;
using namespace pyir::cprinter;

namespace {

/// `[static] R name(T1 p1, ...)`: with `paramNames` empty, the types only.
LogicalResult printSignature(emitc::FuncOp func,
                             ArrayRef<std::string> paramNames,
                             raw_ostream &os) {
  FailureOr<std::string> result = std::string("void");
  if (func.getFunctionType().getNumResults() == 1)
    result = getCType(func.getFunctionType().getResult(0));
  if (failed(result))
    return func.emitError("the C printer has no C type for the result");
  if (auto specifiers = func.getSpecifiers())
    for (StringRef specifier : specifiers->getAsValueRange<StringAttr>())
      os << specifier << " ";
  os << *result << " " << func.getSymName() << "(";
  for (auto [i, type] : llvm::enumerate(func.getArgumentTypes())) {
    FailureOr<std::string> c = getCType(type);
    if (failed(c))
      return func.emitError("the C printer has no C type for ") << type;
    os << (i ? ", " : "")
       << (paramNames.empty() ? *c : declare(*c, paramNames[i]));
  }
  os << ")";
  return success();
}

} // namespace

void FunctionPrinter::printLine() {
  if (pendingLine.empty() || pendingLine == printedLine)
    return;
  os << pendingLine << "\n";
  printedLine = pendingLine;
}

LogicalResult FunctionPrinter::printStatement(Operation &op) {
  if (auto verbatim = dyn_cast<emitc::VerbatimOp>(op)) {
    StringRef text = verbatim.getValue();
    if (text.starts_with("#line ")) {
      pendingLine = text.str();
      return success();
    }
    os << text << "\n";
    return success();
  }
  if (folded.contains(&op))
    return success();
  printLine();
  if (auto variable = dyn_cast<emitc::VariableOp>(op)) {
    if (getSavedValue(variable))
      return success();
    FailureOr<std::string> type = getCType(variable.getType());
    auto init = dyn_cast<emitc::OpaqueAttr>(variable.getValue());
    if (failed(type) || !init)
      return op.emitError("the C printer takes variables of a C type with an "
                          "opaque initial value");
    Value value = variable.getResult();
    if (declaredFirst.contains(value)) {
      if (!init.getValue().empty())
        indent() << names[value] << " = " << init.getValue() << ";\n";
      return success();
    }
    indent() << declare(*type, names[value]);
    if (!init.getValue().empty())
      os << " = " << init.getValue();
    os << ";\n";
    return success();
  }
  if (auto assign = dyn_cast<emitc::AssignOp>(op)) {
    FailureOr<std::string> lhs = getOperand(assign.getVar(), kUnary);
    FailureOr<std::string> rhs = getOperand(assign.getValue(), kConditional);
    if (failed(lhs) || failed(rhs))
      return op.emitError("the C printer cannot print this assignment");
    auto variable = assign.getVar().getDefiningOp<emitc::VariableOp>();
    if (variable && getSavedValue(variable) &&
        !declaredFirst.contains(variable.getResult())) {
      FailureOr<std::string> type = getCType(variable.getType());
      if (failed(type))
        return op.emitError("the C printer has no C type for this variable");
      indent() << declare(*type, *lhs) << " = " << *rhs << ";\n";
      return success();
    }
    indent() << *lhs << " = " << *rhs << ";\n";
    return success();
  }
  if (auto ret = dyn_cast<emitc::ReturnOp>(op)) {
    if (!ret.getOperand()) {
      indent() << "return;\n";
      return success();
    }
    FailureOr<std::string> value = getOperand(ret.getOperand(), kConditional);
    if (failed(value))
      return op.emitError("the C printer cannot print this return");
    indent() << "return " << *value << ";\n";
    return success();
  }
  if (op.getNumResults() > 1)
    return op.emitError("the C printer takes ops with at most one result");
  if (auto load = dyn_cast<emitc::LoadOp>(op); load && isAliasedLoad(load))
    return success();
  FailureOr<Expr> expr = getOpExpr(&op);
  if (failed(expr))
    return op.emitError("the C printer does not print '")
           << op.getName() << "'";
  if (op.getNumResults() == 0 || op.getResult(0).use_empty()) {
    if (!isDeadExpression(&op))
      indent() << expr->text << ";\n";
    return success();
  }
  Value value = op.getResult(0);
  if (declaredFirst.contains(value)) {
    indent() << names[value] << " = " << expr->text << ";\n";
    return success();
  }
  FailureOr<std::string> type = getCType(value.getType());
  if (failed(type))
    return op.emitError("the C printer has no C type for ") << value.getType();
  indent() << declare(*type, names[value]) << " = " << expr->text << ";\n";
  return success();
}

/// The copies into `dest`'s arguments (in operand order:
/// pyir-emitc-parallel-copies made that order correct) and the goto,
/// omitted when `dest` is printed next.
LogicalResult FunctionPrinter::printBranchTo(Block *dest, OperandRange operands,
                                             Block *next, StringRef pad) {
  for (auto [arg, operand] : llvm::zip(dest->getArguments(), operands)) {
    if (arg == operand)
      continue;
    FailureOr<std::string> value = getOperand(operand, kConditional);
    if (failed(value))
      return failure();
    os << pad << names[arg] << " = " << *value << ";\n";
  }
  if (dest != next)
    os << pad << "goto bb" << blockIds[dest] << ";\n";
  return success();
}

/// Whether the first statement printed for `block` is a declaration.
bool FunctionPrinter::startsWithDeclaration(Block &block) {
  for (Operation &op : block) {
    if (isa<emitc::VerbatimOp>(op) || folded.contains(&op) ||
        isDeadExpression(&op))
      continue;
    if (auto load = dyn_cast<emitc::LoadOp>(op); load && isAliasedLoad(load))
      continue;
    if (auto variable = dyn_cast<emitc::VariableOp>(op)) {
      // A saved copy prints nothing here: it is declared at its assignment.
      if (getSavedValue(variable))
        continue;
      return !declaredFirst.contains(variable.getResult());
    }
    if (auto assign = dyn_cast<emitc::AssignOp>(op)) {
      auto variable = assign.getVar().getDefiningOp<emitc::VariableOp>();
      return variable && getSavedValue(variable) &&
             !declaredFirst.contains(variable.getResult());
    }
    return op.getNumResults() == 1 && !op.getResult(0).use_empty() &&
           !declaredFirst.contains(op.getResult(0));
  }
  return false;
}

LogicalResult FunctionPrinter::printBlock(Block &block, Block *next) {
  if (labelled.contains(&block))
    // Before C23 a label labels a statement, not a declaration.
    os << "bb" << blockIds[&block]
       << (startsWithDeclaration(block) ? ":;\n" : ":\n");
  return printBlockBody(block, next);
}

LogicalResult FunctionPrinter::printBlockBody(Block &block, Block *next) {
  for (Operation &op : block) {
    if (auto branch = dyn_cast<cf::BranchOp>(op)) {
      printLine();
      if (failed(printBranchTo(branch.getDest(), branch.getDestOperands(), next,
                               pad())))
        return op.emitError("the C printer cannot print this branch");
      continue;
    }
    if (auto branch = dyn_cast<cf::CondBranchOp>(op)) {
      printLine();
      if (failed(printConditionalBranch(branch, next)))
        return failure();
      continue;
    }
    if (failed(printStatement(op)))
      return failure();
  }
  return success();
}

/// A block that ends the function (a `return`, e.g. `if n < 2: return n`
/// or an error exit), without arguments, entered only from one side of one
/// conditional branch, is printed inside that branch's `if`. GCC's C front
/// end predicts every `goto` not taken ("goto heuristics"), which, with a
/// goto on both sides of the branch, drowns its other predictors (an early
/// return, a negative constant returned): fib's `if (n < 2) goto bb1; goto
/// bb2;` ran 1.7x slower than `if (n < 2) { *out = n; return 0; }`.
bool FunctionPrinter::isInlinable(Block *block) {
  if (block->isEntryBlock() || block->getNumArguments() != 0 ||
      !isa<emitc::ReturnOp>(block->getTerminator()))
    return false;
  Block *pred = block->getSinglePredecessor();
  auto branch =
      pred ? dyn_cast<cf::CondBranchOp>(pred->getTerminator()) : nullptr;
  return branch && branch.getTrueDest() != branch.getFalseDest();
}

LogicalResult FunctionPrinter::printConditionalBranch(cf::CondBranchOp branch,
                                                      Block *next) {
  Operation *op = branch;
  FailureOr<std::string> condition =
      getOperand(branch.getCondition(), kConditional);
  if (failed(condition))
    return op->emitError("the C printer cannot print this condition");
  Block *trueDest = branch.getTrueDest();
  Block *falseDest = branch.getFalseDest();
  auto printInlined = [&](Block *dest) {
    ++depth;
    LogicalResult printed = printBlockBody(*dest, nullptr);
    --depth;
    return printed;
  };
  if (inlined.contains(trueDest)) {
    indent() << "if (" << *condition << ") {\n";
    if (failed(printInlined(trueDest)))
      return failure();
    indent() << "}\n";
  } else if (inlined.contains(falseDest)) {
    // The false side inside the `if`, the true side after it.
    FailureOr<std::string> negated = getOperand(branch.getCondition(), kUnary);
    if (failed(negated))
      return op->emitError("the C printer cannot print this condition");
    indent() << "if (!" << *negated << ") {\n";
    if (failed(printInlined(falseDest)))
      return failure();
    indent() << "}\n";
    if (failed(
            printBranchTo(trueDest, branch.getTrueDestOperands(), next, pad())))
      return op->emitError("the C printer cannot print this branch");
    return success();
  } else if (branch.getTrueDestOperands().empty()) {
    indent() << "if (" << *condition << ")\n";
    os << pad(1) << "goto bb" << blockIds[trueDest] << ";\n";
  } else {
    indent() << "if (" << *condition << ") {\n";
    if (failed(printBranchTo(trueDest, branch.getTrueDestOperands(), nullptr,
                             pad(1))))
      return op->emitError("the C printer cannot print this branch");
    indent() << "}\n";
  }
  // Both sides inlined: the false one follows the `if` (at its level).
  if (inlined.contains(falseDest))
    return printBlockBody(*falseDest, nullptr);
  if (failed(
          printBranchTo(falseDest, branch.getFalseDestOperands(), next, pad())))
    return op->emitError("the C printer cannot print this branch");
  return success();
}

LogicalResult FunctionPrinter::print() {
  nameParameters();
  Region &body = func.getBody();
  unsigned id = 0;
  for (Block &block : body)
    blockIds[&block] = id++;

  // Which ops fold into their users, in order (a load's test reads the
  // ops folded before it).
  for (Block &block : body)
    for (Operation &op : block)
      if (op.getNumResults() == 1 && isFoldable(&op))
        folded.insert(&op);
  for (Block &block : body)
    for (Operation &op : block)
      if (auto load = dyn_cast<emitc::LoadOp>(op);
          load && standsForVariable(load))
        aliasedLoads.insert(load);

  // Blocks printed inside their branch.
  for (Block &block : body)
    if (isInlinable(&block))
      inlined.insert(&block);

  nameValues();
  placeDeclarations();

  // Labels: blocks entered other than by falling through (in the order
  // printed, without the inlined blocks).
  SmallVector<Block *> order;
  for (Block &block : body)
    if (!inlined.contains(&block))
      order.push_back(&block);
  auto nextPrinted = [&](unsigned i) {
    return i + 1 < order.size() ? order[i + 1] : nullptr;
  };
  // A conditional branch jumps to its true side with a goto unless one of
  // its sides is inlined; then the other side is a goto or falls through.
  // (The inlined blocks end in a return: they have no successors.)
  for (auto [index, block] : llvm::enumerate(order)) {
    Block *next = nextPrinted(index);
    Operation *terminator = block->getTerminator();
    auto branch = dyn_cast<cf::CondBranchOp>(terminator);
    bool sideInlined = branch && (inlined.contains(branch.getTrueDest()) ||
                                  inlined.contains(branch.getFalseDest()));
    for (auto [i, succ] : llvm::enumerate(terminator->getSuccessors()))
      if (!inlined.contains(succ) &&
          (succ != next || (branch && i == 0 && !sideInlined)))
        labelled.insert(succ);
  }

  SmallVector<std::string> paramNames;
  for (BlockArgument arg : func.getArguments())
    paramNames.push_back(names[arg]);
  if (failed(printSignature(func, paramNames, os)))
    return failure();
  os << " {\n";
  for (Value value : [&] {
         // Stable order: block arguments, then ops, as printed.
         SmallVector<Value> order;
         for (Block &block : body) {
           for (BlockArgument arg : block.getArguments())
             order.push_back(arg);
           for (Operation &op : block)
             if (op.getNumResults() == 1)
               order.push_back(op.getResult(0));
         }
         return order;
       }()) {
    if (!declaredFirst.contains(value))
      continue;
    FailureOr<std::string> type = getCType(value.getType());
    if (failed(type))
      return func.emitError("the C printer has no C type for ")
             << value.getType();
    indent() << declare(*type, names[value]) << ";\n";
  }
  for (auto [index, block] : llvm::enumerate(order))
    if (failed(printBlock(*block, nextPrinted(index))))
      return failure();
  os << "}\n";
  // What follows is not this function's .py code.
  if (!printedLine.empty())
    os << pyir::kLineResetMarker << "\n";
  return success();
}

/// The exported ABI's wrappers (`pyir_<module>_<name>`), which nothing in
/// the C calls: the JIT export's C prints them last, the extension not at
/// all.
static bool isABIWrapper(emitc::FuncOp func) {
  return func->hasAttr(pyir::kABIWrapperAttr);
}

void pyir::printABIRenames(ModuleOp module, raw_ostream &os, bool rename) {
  // A module named like a runtime family (`int` with a function `add`) has
  // an ABI symbol that is also a runtime function's name: the embedded
  // runtime and the core refer to the runtime's under another name.
  for (auto func : module.getOps<emitc::FuncOp>()) {
    if (!isABIWrapper(func))
      continue;
    StringRef name = func.getSymName();
    if (rename)
      os << "#define " << name << " pyir__runtime_" << name << "\n";
    else
      os << "#undef " << name << "\n";
  }
}

/// The function pointers of the functions of other modules (kCImportsAttr),
/// each first pointing to a stub that raises RuntimeError: a call that the
/// glue has not linked (the JIT export's C, which no glue fills) fails
/// loudly instead of jumping to null.
static LogicalResult printImportPointers(ModuleOp module, raw_ostream &os) {
  auto imports = module->getAttrOfType<ArrayAttr>(pyir::kCImportsAttr);
  if (!imports)
    return success();
  os << "/* Functions of other compiled modules, filled from their "
        "__pyir_capi__ capsules when the module is imported. */\n";
  for (auto entry : imports.getAsRange<DictionaryAttr>()) {
    StringRef cName = entry.getAs<StringAttr>("c_name").getValue();
    auto type = cast<FunctionType>(entry.getAs<TypeAttr>("type").getValue());
    SmallVector<std::string> params;
    for (Type input : type.getInputs()) {
      FailureOr<std::string> c = getCType(input);
      if (failed(c))
        return module.emitError("the C printer has no C type for ") << input;
      params.push_back(*c);
    }
    os << "static int32_t " << cName << "_unlinked(";
    for (auto [i, param] : llvm::enumerate(params))
      os << (i ? ", " : "") << declare(param, "a" + std::to_string(i));
    os << ") {\n";
    for (unsigned i = 0; i + 1 < params.size(); ++i)
      os << "  (void)a" << i << ";\n";
    std::string last = "a" + std::to_string(params.size() - 1);
    os << "  " << last << "->kind = PYIR_EXC_RuntimeError;\n  " << last
       << "->message = \"" << entry.getAs<StringAttr>("module").getValue()
       << "." << entry.getAs<StringAttr>("name").getValue()
       << " is a function of another module, not linked here\";\n  " << last
       << "->line = 0;\n  return -1;\n}\n";
    os << "static int32_t (*" << cName << ")(" << llvm::join(params, ", ")
       << ") = " << cName << "_unlinked;\n";
  }
  return success();
}

LogicalResult pyir::printCoreFunctions(ModuleOp module, raw_ostream &os,
                                       bool internalLinkage) {
  if (failed(printImportPointers(module, os)))
    return failure();
  // Prototypes first: the functions call each other in any order.
  for (Operation &op : module.getBody()->getOperations()) {
    if (isa<emitc::DeclareFuncOp>(op))
      continue;
    auto func = dyn_cast<emitc::FuncOp>(op);
    if (!func)
      return op.emitError("the C printer takes emitc.func and "
                          "emitc.declare_func at the module level");
    if (isABIWrapper(func))
      continue;
    if (failed(printSignature(func, {}, os)))
      return failure();
    os << ";\n";
  }
  for (auto func : module.getOps<emitc::FuncOp>()) {
    if (isABIWrapper(func))
      continue;
    os << "\n";
    if (failed(FunctionPrinter(func, os).print()))
      return failure();
  }
  // The extension has them too, static: its `__pyir_capi__` capsules point
  // to them (docs/CBackend.md, "Imports").
  os << "\n/* ==== the C ABI ==== */\n";
  printABIRenames(module, os, /*rename=*/false);
  for (auto func : module.getOps<emitc::FuncOp>()) {
    if (!isABIWrapper(func))
      continue;
    os << "\n" << (internalLinkage ? "static " : "");
    if (failed(FunctionPrinter(func, os).print()))
      return failure();
  }
  return success();
}
