//===- CoreNames.cpp - C names for the core's values ----------------------===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//

#include "CorePrinterInternal.h"

#include "pyir/Conversion/PyIRToEmitC/PyIRToEmitC.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/Interfaces/ControlFlowInterfaces.h"

using namespace mlir;
using namespace pyir::cprinter;

namespace {

/// C keywords and names the core's own declarations use.
const llvm::StringSet<> &getReservedNames() {
  static const llvm::StringSet<> names = {
      "auto",     "break",    "case",     "char",   "const",   "continue",
      "default",  "do",       "double",   "else",   "enum",    "extern",
      "float",    "for",      "goto",     "if",     "inline",  "int",
      "long",     "register", "restrict", "return", "short",   "signed",
      "sizeof",   "static",   "struct",   "switch", "typedef", "union",
      "unsigned", "void",     "volatile", "while",  "bool",    "true",
      "false",    "NULL",     "out",      "err",    "errno",   "NAN",
      "INFINITY", "asm",      "typeof",   "main",   "alignas", "alignof",
      "nullptr",  "constexpr"};
  return names;
}

/// Whether C may already mean something by `name`, so that a local of that
/// name would shadow or break it: a keyword or the core's own name above,
/// the runtime's (`pyir*`), a type of the C library (`int64_t`: `*_t`), a
/// macro (`INT64_C`, `EOF`: three characters or more, none lower-case;
/// `N`, `NX` stay, common in numeric code, no macro of libc or Python.h),
/// or Python.h's (`Py*`, `_Py*`, `PY*`).
bool isReservedName(StringRef name) {
  return getReservedNames().contains(name) || name.starts_with("pyir") ||
         name.ends_with("_t") ||
         (name.size() >= 3 && llvm::none_of(name, llvm::isLower)) ||
         name.starts_with("Py") || name.starts_with("_Py") ||
         name.starts_with("PY");
}

/// The Python variable a value branched into a block argument holds.
StringRef getIncomingName(Value value) {
  if (auto arg = dyn_cast<BlockArgument>(value))
    return getVariableName(arg.getLoc());
  return getVariableName(value.getDefiningOp()->getLoc());
}

} // namespace

/// The Python variable a location names (the frontend's NameLoc), or "".
StringRef pyir::cprinter::getVariableName(Location loc) {
  if (auto name = dyn_cast<NameLoc>(loc))
    return name.getName().getValue();
  if (auto fused = dyn_cast<FusedLoc>(loc))
    for (Location part : fused.getLocations())
      if (StringRef name = getVariableName(part); !name.empty())
        return name;
  if (auto callSite = dyn_cast<CallSiteLoc>(loc))
    return getVariableName(callSite.getCallee());
  return "";
}

std::string FunctionPrinter::uniqueName(StringRef base) {
  std::string name = base.str();
  if (isReservedName(name))
    name += "_";
  std::string candidate = name;
  for (unsigned i = 1; !used.insert(candidate).second; ++i)
    candidate = name + "_" + std::to_string(i);
  return candidate;
}

void FunctionPrinter::nameValue(Value value, StringRef fallback) {
  if (names.count(value))
    return;
  Location loc = value.getDefiningOp() ? value.getDefiningOp()->getLoc()
                                       : cast<BlockArgument>(value).getLoc();
  StringRef name = getVariableName(loc);
  names[value] = uniqueName(name.empty() ? fallback : name);
}

void FunctionPrinter::nameParameters() {
  // A local named like a function the body calls (`sqrt = math.sqrt(x)`)
  // would hide it.
  func.walk([&](emitc::CallOpaqueOp call) { used.insert(call.getCallee()); });
  // (params..., out pointers..., err): see pyir::CoreSignature.
  pyir::CoreSignature signature = pyir::getCoreSignature(func);
  auto pySignature =
      func->getAttrOfType<DictionaryAttr>(pyir::kPySignatureAttr);
  ArrayAttr argNames =
      pySignature ? pySignature.getAs<ArrayAttr>("arg_names") : ArrayAttr();
  unsigned firstOut = signature.numParams;
  for (auto [i, arg] : llvm::enumerate(func.getArguments())) {
    std::string base = "arg" + std::to_string(i);
    if (argNames && i < std::min<unsigned>(argNames.size(), firstOut))
      if (auto name = dyn_cast<StringAttr>(argNames[i]))
        base = name.str();
    // `out`, `outN` and `err` are reserved for the convention's pointers.
    bool isOut = i >= firstOut && i < firstOut + signature.numOuts;
    bool isErr = signature.raises && i + 1 == func.getNumArguments();
    if (isOut)
      base =
          signature.numOuts == 1 ? "out" : "out" + std::to_string(i - firstOut);
    if (isErr)
      base = "err";
    std::string name = base;
    if (isOut || isErr)
      used.insert(name);
    else
      name = uniqueName(base);
    names[arg] = name;
  }
}

/// `a_dim0`, `a_stride1`, `a_data` for what the view runtime reads of
/// parameter `a`; "t" for other values.
std::string FunctionPrinter::getViewFactName(Operation *op) {
  auto call = dyn_cast<emitc::CallOpaqueOp>(op);
  if (!call || call->getNumOperands() != 1 || !names.count(call->getOperand(0)))
    return "t";
  std::string view = names.lookup(call->getOperand(0));
  StringRef callee = call.getCallee();
  if (callee == "pyir_view_data")
    return view + "_data";
  ArrayAttr args = call.getArgsAttr();
  auto dim =
      args && args.size() == 2 ? dyn_cast<IntegerAttr>(args[1]) : IntegerAttr();
  if (!dim || (callee != "pyir_view_dim" && callee != "pyir_view_stride"))
    return "t";
  return view + (callee == "pyir_view_dim" ? "_dim" : "_stride") +
         std::to_string(dim.getInt());
}

void FunctionPrinter::nameValues() {
  Region &body = func.getBody();
  // Names: block arguments, then the values printed as statements.
  // A block argument the lifting and lowering of loops re-created has lost
  // its variable's name: it takes the name of a value branched into it.
  for (Block &block : body)
    for (BlockArgument arg : block.getArguments())
      if (!getVariableName(arg.getLoc()).empty())
        nameValue(arg, "t");
      else
        for (auto it = block.pred_begin(); it != block.pred_end(); ++it) {
          auto branch = cast<BranchOpInterface>((*it)->getTerminator());
          Value incoming = branch.getSuccessorOperands(
              it.getSuccessorIndex())[arg.getArgNumber()];
          StringRef name = getIncomingName(incoming);
          if (!name.empty()) {
            names[arg] = uniqueName(name);
            break;
          }
        }
  for (Block &block : body)
    for (BlockArgument arg : block.getArguments())
      nameValue(arg, "t");
  for (Block &block : body)
    for (Operation &op : block) {
      if (op.getNumResults() != 1 || folded.contains(&op) ||
          isDeadExpression(&op))
        continue;
      if (auto load = dyn_cast<emitc::LoadOp>(op); load && isAliasedLoad(load))
        continue;
      auto variable = dyn_cast<emitc::VariableOp>(op);
      Value saved = variable ? getSavedValue(variable) : Value();
      if (saved && names.count(saved))
        names[variable.getResult()] = uniqueName(names.lookup(saved) + "_old");
      else
        nameValue(op.getResult(0), variable ? "r" : getViewFactName(&op));
    }
  for (Block &block : body)
    for (Operation &op : block)
      if (auto load = dyn_cast<emitc::LoadOp>(op);
          load && isAliasedLoad(load)) {
        // (A copy: inserting may move the map's strings.)
        std::string name = names.lookup(load.getOperand());
        names[load.getResult()] = name;
      }
}
