//===- CoreExpressions.cpp - C expressions of the core --------------------===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//

#include "CorePrinterInternal.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "llvm/ADT/TypeSwitch.h"

#include <cmath>
#include <cstdio>

using namespace mlir;
using namespace pyir::cprinter;

/// The C spelling of a type of the lowered module.
FailureOr<std::string> pyir::cprinter::getCType(Type type) {
  if (auto lvalue = dyn_cast<emitc::LValueType>(type))
    return getCType(lvalue.getValueType());
  if (auto ptr = dyn_cast<emitc::PointerType>(type)) {
    FailureOr<std::string> pointee = getCType(ptr.getPointee());
    if (failed(pointee))
      return failure();
    return *pointee + " *";
  }
  if (auto opaque = dyn_cast<emitc::OpaqueType>(type))
    return opaque.getValue().str();
  if (auto intType = dyn_cast<IntegerType>(type)) {
    if (intType.getWidth() == 1)
      return std::string("bool");
    return (intType.isUnsigned() ? "uint" : "int") +
           std::to_string(intType.getWidth()) + "_t";
  }
  if (type.isF32())
    return std::string("float");
  if (type.isF64())
    return std::string("double");
  if (type.isIndex())
    return std::string("size_t");
  return failure();
}

/// `type name`, without a space after a pointer's `*`.
std::string pyir::cprinter::declare(StringRef type, StringRef name) {
  return (type.ends_with("*") ? type.str() : type.str() + " ") + name.str();
}

FailureOr<std::string> FunctionPrinter::getLiteral(emitc::ConstantOp op,
                                                   bool typed) {
  Attribute value = op.getValue();
  Type type = op.getType();
  if (auto opaque = dyn_cast<emitc::OpaqueAttr>(value))
    return opaque.getValue().str();
  if (auto boolAttr = dyn_cast<BoolAttr>(value))
    return std::string(boolAttr.getValue() ? "true" : "false");
  if (auto intAttr = dyn_cast<IntegerAttr>(value)) {
    auto intType = dyn_cast<IntegerType>(type);
    if (!intType)
      return failure();
    if (intType.getWidth() == 1)
      return std::string(intAttr.getValue().isZero() ? "false" : "true");
    const APInt &v = intAttr.getValue();
    if (intType.isUnsigned()) {
      std::string digits = std::to_string(v.getZExtValue());
      if (intType.getWidth() == 64)
        return typed || v.getZExtValue() > INT32_MAX
                   ? "UINT64_C(" + digits + ")"
                   : digits;
      return intType.getWidth() == 32 ? digits + "u" : digits;
    }
    int64_t s = v.getSExtValue();
    if (intType.getWidth() == 64) {
      if (s == INT64_MIN)
        return std::string("INT64_MIN");
      if (typed || s > INT32_MAX || s < INT32_MIN)
        return "INT64_C(" + std::to_string(s) + ")";
    } else if (intType.getWidth() == 32 && s == INT32_MIN) {
      return std::string("INT32_MIN");
    }
    return std::to_string(s);
  }
  if (auto floatAttr = dyn_cast<FloatAttr>(value)) {
    double d = floatAttr.getValueAsDouble();
    const char *suffix = type.isF32() ? "f" : "";
    if (std::isnan(d))
      return std::string(type.isF32() ? "NAN" : "(double)NAN");
    if (std::isinf(d))
      return std::string(d < 0 ? "-" : "") +
             (type.isF32() ? "INFINITY" : "(double)INFINITY");
    char buffer[64];
    snprintf(buffer, sizeof(buffer), "%a%s", d, suffix);
    return std::string(buffer);
  }
  return failure();
}

FailureOr<std::string> FunctionPrinter::getOperand(Value value,
                                                   int minPrecedence) {
  FailureOr<Expr> expr = getExpr(value);
  if (failed(expr))
    return failure();
  // A leading minus sign next to a binary or unary minus reads as `--`.
  bool negative = !expr->text.empty() && expr->text[0] == '-';
  if (expr->precedence < minPrecedence || (negative && minPrecedence >= kUnary))
    return "(" + expr->text + ")";
  return expr->text;
}

FailureOr<Expr> FunctionPrinter::getExpr(Value value) {
  auto it = names.find(value);
  if (it != names.end()) {
    return Expr{it->second, kPrimary};
  }
  Operation *op = value.getDefiningOp();
  if (!op)
    return failure();
  return getOpExpr(op);
}

FailureOr<std::string> FunctionPrinter::getCallArgs(Operation *op,
                                                    ArrayAttr args) {
  std::string text;
  auto append = [&](const std::string &arg) {
    if (!text.empty())
      text += ", ";
    text += arg;
  };
  if (!args) {
    for (Value operand : op->getOperands()) {
      FailureOr<std::string> arg = getOperand(operand, kConditional);
      if (failed(arg))
        return failure();
      append(*arg);
    }
    return text;
  }
  for (Attribute attr : args) {
    if (auto index = dyn_cast<IntegerAttr>(attr);
        index && index.getType().isIndex()) {
      FailureOr<std::string> arg =
          getOperand(op->getOperand(index.getInt()), kConditional);
      if (failed(arg))
        return failure();
      append(*arg);
    } else if (auto opaque = dyn_cast<emitc::OpaqueAttr>(attr)) {
      append(opaque.getValue().str());
    } else if (auto intAttr = dyn_cast<IntegerAttr>(attr)) {
      append(std::to_string(intAttr.getInt()));
    } else {
      return failure();
    }
  }
  return text;
}

FailureOr<Expr> FunctionPrinter::getOpExpr(Operation *op) {
  auto binary = [&](StringRef symbol, int precedence) -> FailureOr<Expr> {
    // Operands in parentheses where precedence alone decides but readers
    // (and -Wparentheses) expect them: any binary operand of a bitwise,
    // shift or logical operator, a comparison within a comparison.
    int minPrecedence = precedence;
    if (precedence < kEquality || precedence == kShift)
      minPrecedence = kUnary;
    else if (precedence <= kRelational)
      minPrecedence = kShift;
    FailureOr<std::string> lhs = getOperand(op->getOperand(0), minPrecedence);
    FailureOr<std::string> rhs =
        getOperand(op->getOperand(1), std::max(minPrecedence, precedence + 1));
    if (failed(lhs) || failed(rhs))
      return failure();
    return Expr{*lhs + " " + symbol.str() + " " + *rhs, precedence};
  };
  auto unary = [&](StringRef symbol) -> FailureOr<Expr> {
    FailureOr<std::string> operand = getOperand(op->getOperand(0), kUnary);
    if (failed(operand))
      return failure();
    return Expr{symbol.str() + *operand, kUnary};
  };
  return TypeSwitch<Operation *, FailureOr<Expr>>(op)
      .Case([&](emitc::ConstantOp constant) -> FailureOr<Expr> {
        // Typed where C would otherwise compute in int: both operands of
        // a 64-bit operation literals.
        bool typed = llvm::any_of(constant->getUsers(), [](Operation *user) {
          return user->getNumOperands() == 2 &&
                 llvm::all_of(user->getOperands(), [](Value v) {
                   return isa_and_nonnull<emitc::ConstantOp>(v.getDefiningOp());
                 });
        });
        FailureOr<std::string> text = getLiteral(constant, typed);
        if (failed(text))
          return failure();
        return Expr{*text, (*text)[0] == '-' ? kUnary : kPrimary};
      })
      .Case([&](emitc::AddOp) { return binary("+", kAdditive); })
      .Case([&](emitc::SubOp) { return binary("-", kAdditive); })
      .Case([&](emitc::MulOp) { return binary("*", kMultiplicative); })
      .Case([&](emitc::DivOp) { return binary("/", kMultiplicative); })
      .Case([&](emitc::RemOp) { return binary("%", kMultiplicative); })
      .Case([&](emitc::BitwiseAndOp) { return binary("&", kBitAnd); })
      .Case([&](emitc::BitwiseOrOp) { return binary("|", kBitOr); })
      .Case([&](emitc::BitwiseXorOp) { return binary("^", kBitXor); })
      .Case([&](emitc::BitwiseLeftShiftOp) { return binary("<<", kShift); })
      .Case([&](emitc::BitwiseRightShiftOp) { return binary(">>", kShift); })
      .Case([&](emitc::LogicalAndOp) { return binary("&&", kLogicalAnd); })
      .Case([&](emitc::LogicalOrOp) { return binary("||", kLogicalOr); })
      .Case([&](emitc::UnaryMinusOp) { return unary("-"); })
      .Case([&](emitc::UnaryPlusOp) { return unary("+"); })
      .Case([&](emitc::BitwiseNotOp) { return unary("~"); })
      .Case([&](emitc::LogicalNotOp) { return unary("!"); })
      .Case([&](emitc::AddressOfOp) { return unary("&"); })
      .Case([&](emitc::DereferenceOp) { return unary("*"); })
      .Case([&](emitc::CmpOp cmp) -> FailureOr<Expr> {
        switch (cmp.getPredicate()) {
        case emitc::CmpPredicate::eq:
          return binary("==", kEquality);
        case emitc::CmpPredicate::ne:
          return binary("!=", kEquality);
        case emitc::CmpPredicate::lt:
          return binary("<", kRelational);
        case emitc::CmpPredicate::le:
          return binary("<=", kRelational);
        case emitc::CmpPredicate::gt:
          return binary(">", kRelational);
        case emitc::CmpPredicate::ge:
          return binary(">=", kRelational);
        default:
          return failure();
        }
      })
      .Case([&](emitc::CastOp cast) -> FailureOr<Expr> {
        FailureOr<std::string> type = getCType(cast.getType());
        FailureOr<std::string> operand = getOperand(cast.getSource(), kUnary);
        if (failed(type) || failed(operand))
          return failure();
        return Expr{"(" + *type + ")" + *operand, kUnary};
      })
      .Case([&](emitc::ConditionalOp conditional) -> FailureOr<Expr> {
        FailureOr<std::string> condition =
            getOperand(conditional.getCondition(), kLogicalOr);
        FailureOr<std::string> trueValue =
            getOperand(conditional.getTrueValue(), kLogicalOr);
        FailureOr<std::string> falseValue =
            getOperand(conditional.getFalseValue(), kConditional);
        if (failed(condition) || failed(trueValue) || failed(falseValue))
          return failure();
        return Expr{*condition + " ? " + *trueValue + " : " + *falseValue,
                    kConditional};
      })
      .Case([&](emitc::LoadOp load) { return getExpr(load.getOperand()); })
      .Case([&](emitc::CallOpaqueOp call) -> FailureOr<Expr> {
        FailureOr<std::string> args = getCallArgs(call, call.getArgsAttr());
        if (failed(args) || call.getTemplateArgs())
          return failure();
        return Expr{call.getCallee().str() + "(" + *args + ")", kPrimary};
      })
      .Case([&](emitc::CallOp call) -> FailureOr<Expr> {
        FailureOr<std::string> args = getCallArgs(call, ArrayAttr());
        if (failed(args))
          return failure();
        return Expr{call.getCallee().str() + "(" + *args + ")", kPrimary};
      })
      .Default([](Operation *) { return failure(); });
}
