//===- JSONIR.cpp - pyir module as a JSON op graph --------------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// The JSON form of the IR for adapters that do not link MLIR. Every function
// is a list of blocks; every value (block argument or op result) has an
// integer id unique in its function; ops name their operands and successors
// by id. Types use the annotation spelling (`int`, `u8`, `f64[:]`) and
// attributes plain JSON (floats as exact hexadecimal strings). The schema is
// in docs/interchange.md.
//
//===----------------------------------------------------------------------===//

#include "JITExportInternal.h"

#include "pyir/Dialect/PyIR/IR/PyIRDialect.h"
#include "pyir/Dialect/PyIR/IR/PyIROps.h"
#include "pyir/Dialect/PyIR/IR/PyIRTypes.h"
#include "pyir/Dialect/PyIR/IR/Runtime.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/Support/JSON.h"

#include <cstdio>

using namespace mlir;
using namespace pyir;

namespace {

std::string hexFloat(double value) {
  char buffer[64];
  snprintf(buffer, sizeof(buffer), "%a", value);
  return buffer;
}

} // namespace

void pyir::writeJSONAttribute(llvm::json::OStream &j, Attribute attr) {
  if (auto boolAttr = dyn_cast<BoolAttr>(attr)) {
    j.value(boolAttr.getValue());
  } else if (auto intAttr = dyn_cast<IntegerAttr>(attr)) {
    Type type = intAttr.getType();
    if (type.isInteger(1))
      j.value(!intAttr.getValue().isZero());
    else if (type.isUnsignedInteger())
      j.value(intAttr.getValue().getZExtValue());
    else
      j.value(intAttr.getValue().getSExtValue());
  } else if (auto floatAttr = dyn_cast<FloatAttr>(attr)) {
    j.object(
        [&] { j.attribute("float", hexFloat(floatAttr.getValueAsDouble())); });
  } else if (auto strAttr = dyn_cast<StringAttr>(attr)) {
    j.value(strAttr.getValue());
  } else if (isa<UnitAttr>(attr)) {
    j.value(true);
  } else if (auto array = dyn_cast<ArrayAttr>(attr)) {
    j.array([&] {
      for (Attribute element : array)
        writeJSONAttribute(j, element);
    });
  } else if (auto dict = dyn_cast<DictionaryAttr>(attr)) {
    j.object([&] {
      for (NamedAttribute entry : dict)
        j.attributeBegin(entry.getName().strref()),
            writeJSONAttribute(j, entry.getValue()), j.attributeEnd();
    });
  } else if (auto typeAttr = dyn_cast<TypeAttr>(attr)) {
    j.object(
        [&] { j.attribute("type", getPythonTypeName(typeAttr.getValue())); });
  } else if (auto a = dyn_cast<OverflowModeAttr>(attr)) {
    j.value(stringifyOverflowMode(a.getValue()));
  } else if (auto a = dyn_cast<CmpPredicateAttr>(attr)) {
    j.value(stringifyCmpPredicate(a.getValue()));
  } else if (auto a = dyn_cast<ExceptionKindAttr>(attr)) {
    j.value(stringifyExceptionKind(a.getValue()));
  } else if (auto a = dyn_cast<UnaryMathFnAttr>(attr)) {
    j.value(stringifyUnaryMathFn(a.getValue()));
  } else if (auto a = dyn_cast<BinaryMathFnAttr>(attr)) {
    j.value(stringifyBinaryMathFn(a.getValue()));
  } else if (auto a = dyn_cast<arith::CmpIPredicateAttr>(attr)) {
    j.value(arith::stringifyCmpIPredicate(a.getValue()));
  } else {
    std::string text;
    llvm::raw_string_ostream os(text);
    attr.print(os);
    j.object([&] { j.attribute("mlir", text); });
  }
}

namespace {

void writeLocation(llvm::json::OStream &j, Location loc) {
  if (auto flc = findFileLineCol(loc)) {
    j.attributeObject("loc", [&] {
      j.attribute("file", flc.getFilename().getValue());
      j.attribute("line", static_cast<int64_t>(flc.getLine()));
      j.attribute("col", static_cast<int64_t>(flc.getColumn()));
    });
  }
}

class FunctionWriter {
public:
  FunctionWriter(llvm::json::OStream &j) : j(j) {}

  void write(func::FuncOp func) {
    Region &body = func.getBody();
    for (Block &block : body) {
      blockIds[&block] = blockIds.size();
      for (BlockArgument arg : block.getArguments())
        valueIds[arg] = valueIds.size();
      for (Operation &op : block)
        for (Value result : op.getResults())
          valueIds[result] = valueIds.size();
    }
    j.attributeArray("blocks", [&] {
      for (Block &block : body)
        writeBlock(block);
    });
  }

private:
  void writeValue(Value value) {
    j.object([&] {
      j.attribute("id", valueIds.lookup(value));
      j.attribute("type", getPythonTypeName(value.getType()));
    });
  }

  void writeBlock(Block &block) {
    j.object([&] {
      j.attribute("id", blockIds.lookup(&block));
      j.attributeArray("arguments", [&] {
        for (BlockArgument arg : block.getArguments())
          writeValue(arg);
      });
      j.attributeArray("ops", [&] {
        for (Operation &op : block)
          writeOp(op);
      });
    });
  }

  void writeOp(Operation &op) {
    j.object([&] {
      j.attribute("name", op.getName().getStringRef());
      j.attributeArray("operands", [&] {
        unsigned count = op.getNumOperands();
        // Successor operands are listed with their successor.
        if (op.getNumSuccessors())
          count = 0;
        if (auto condBr = dyn_cast<cf::CondBranchOp>(op))
          j.value(valueIds.lookup(condBr.getCondition()));
        for (unsigned i = 0; i < count; ++i)
          j.value(valueIds.lookup(op.getOperand(i)));
      });
      j.attributeArray("results", [&] {
        for (Value result : op.getResults())
          writeValue(result);
      });
      j.attributeObject("attributes", [&] {
        for (NamedAttribute attr : op.getAttrs()) {
          if (attr.getName() == "operandSegmentSizes")
            continue;
          j.attributeBegin(attr.getName().strref());
          writeJSONAttribute(j, attr.getValue());
          j.attributeEnd();
        }
      });
      // Format 1.1: the C runtime function the op computes with, so that
      // a reader calls it instead of re-deriving the rule.
      if (const RuntimeFunction *fn = getRuntimeFunction(&op))
        j.attribute("runtime", fn->getSymbol());
      if (op.getNumSuccessors()) {
        j.attributeArray("successors", [&] {
          for (unsigned s = 0; s < op.getNumSuccessors(); ++s) {
            j.object([&] {
              j.attribute("block", blockIds.lookup(op.getSuccessor(s)));
              j.attributeArray("operands", [&] {
                for (Value v : getSuccessorOperands(op, s))
                  j.value(valueIds.lookup(v));
              });
            });
          }
        });
      }
      writeLocation(j, op.getLoc());
    });
  }

  llvm::json::OStream &j;
  llvm::DenseMap<Value, int64_t> valueIds;
  llvm::DenseMap<Block *, int64_t> blockIds;
};

} // namespace

LogicalResult pyir::writeJSONIR(ModuleOp module, raw_ostream &os) {
  ModuleInfo info = analyzeModule(module);
  llvm::json::OStream j(os, /*IndentSize=*/1);
  j.object([&] {
    j.attribute("format", "pyir-json");
    j.attribute("format_version", kJITExportFormatVersion);
    j.attribute("dialect", "pyir");
    j.attribute("dialect_version", info.dialectVersion);
    j.attribute("module", info.name);
    if (auto doc = module->getAttrOfType<StringAttr>(
            PyIRDialect::DocAttrHelper::getNameStr()))
      j.attribute("doc", doc.getValue());
    j.attributeBegin("constants");
    if (auto constants = module->getAttrOfType<DictionaryAttr>(
            PyIRDialect::ConstantsAttrHelper::getNameStr()))
      writeJSONAttribute(j, constants);
    else
      j.object([] {});
    j.attributeEnd();
    j.attributeArray("functions", [&] {
      for (func::FuncOp func : module.getOps<func::FuncOp>()) {
        const FunctionSummary &fn = info.functions.lookup(func.getSymName());
        j.object([&] {
          j.attribute("name", func.getSymName());
          j.attribute("public", fn.isPublic);
          j.attribute("c_symbol", fn.cSymbol);
          j.attributeArray("params", [&] {
            for (const ParamSummary &p : fn.params)
              j.object([&] {
                j.attribute("name", p.name);
                j.attribute("type", getPythonTypeName(p.type));
                j.attributeBegin("default");
                if (p.defaultValue)
                  writeJSONAttribute(j, p.defaultValue);
                else
                  j.value(nullptr);
                j.attributeEnd();
              });
          });
          j.attributeArray("results", [&] {
            for (Type t : func.getResultTypes())
              j.value(getPythonTypeName(t));
          });
          j.attributeObject("attributes", [&] {
            for (NamedAttribute attr : func->getAttrs()) {
              StringRef name = attr.getName().strref();
              if (name == "function_type" || name == "sym_name")
                continue;
              j.attributeBegin(name);
              writeJSONAttribute(j, attr.getValue());
              j.attributeEnd();
            }
          });
          writeLocation(j, func.getLoc());
          if (!func.isExternal())
            FunctionWriter(j).write(func);
        });
      }
    });
  });
  os << "\n";
  return success();
}
