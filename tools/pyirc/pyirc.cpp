//===- pyirc.cpp - PyIR compiler driver -------------------------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// The user-facing driver: typed Python in, (eventually) a CPython extension
// out. The pipeline runs up to the stage selected by `--emit`:
//
//   tokens  lexer output, one token a line
//   ast     the parsed AST (frontend/ASTPrinter.h)
//   pyir    the module in the pyir dialect (frontend/IRGen.h), verified
//
// Extension points: add an enumerator to EmitAction (e.g. pyir, opt, c, jit,
// so), a clEnumValN in `emitAction`, and the stage in compileFile() after
// parsing (Sema, IRGen, passes, targets). Every stage reports through the
// DiagnosticEngine; the driver exits with status 1 if any error was
// reported.
//
//===----------------------------------------------------------------------===//

#include "pyir/Frontend/ASTPrinter.h"
#include "pyir/Frontend/Diagnostics.h"
#include "pyir/Frontend/IRGen.h"
#include "pyir/Frontend/Lexer.h"
#include "pyir/Frontend/Parser.h"
#include "pyir/Frontend/Sema.h"

#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/Verifier.h"

#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/ToolOutputFile.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Support/raw_ostream.h"

using namespace pyir;

namespace {

/// The last pipeline stage to run and what to write.
enum class EmitAction {
  Tokens, ///< Lexer tokens.
  AST,    ///< The parsed AST.
  PyIR,   ///< The pyir dialect after Sema and IRGen.
  // Future stages: Opt, C, JIT, SO.
};

llvm::cl::opt<std::string> inputFilename(llvm::cl::Positional,
                                         llvm::cl::desc("<input .py file>"),
                                         llvm::cl::Required);

llvm::cl::opt<std::string> outputFilename("o",
                                          llvm::cl::desc("Output filename"),
                                          llvm::cl::value_desc("filename"),
                                          llvm::cl::init("-"));

llvm::cl::opt<EmitAction> emitAction(
    "emit", llvm::cl::desc("What to produce"), llvm::cl::init(EmitAction::AST),
    llvm::cl::values(
        clEnumValN(EmitAction::Tokens, "tokens", "the lexer's tokens"),
        clEnumValN(EmitAction::AST, "ast", "the abstract syntax tree"),
        clEnumValN(EmitAction::PyIR, "pyir", "the pyir dialect")));

llvm::cl::opt<bool> printDebugInfo(
    "mlir-print-debuginfo",
    llvm::cl::desc("Print the source locations of the generated IR"),
    llvm::cl::init(false));

/// Run the pipeline on one file; returns the process exit status.
int compileFile(llvm::StringRef filename) {
  llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> fileOrErr =
      llvm::MemoryBuffer::getFileOrSTDIN(filename, /*IsText=*/false,
                                         /*RequiresNullTerminator=*/false);
  if (std::error_code ec = fileOrErr.getError()) {
    llvm::WithColor::error(llvm::errs(), "pyirc")
        << "cannot open '" << filename << "': " << ec.message() << "\n";
    return 1;
  }
  llvm::SourceMgr sourceMgr;
  unsigned bufferID =
      sourceMgr.AddNewSourceBuffer(std::move(*fileOrErr), llvm::SMLoc());
  frontend::DiagnosticEngine diag(sourceMgr);

  std::error_code ec;
  auto output = std::make_unique<llvm::ToolOutputFile>(outputFilename, ec,
                                                       llvm::sys::fs::OF_None);
  if (ec) {
    llvm::WithColor::error(llvm::errs(), "pyirc")
        << "cannot open output '" << outputFilename << "': " << ec.message()
        << "\n";
    return 1;
  }

  if (emitAction == EmitAction::Tokens) {
    std::vector<frontend::Token> tokens =
        frontend::lex(sourceMgr.getMemoryBuffer(bufferID)->getBuffer(), diag);
    frontend::printTokens(tokens, sourceMgr, output->os());
    if (diag.hadError())
      return 1;
    output->keep();
    return 0;
  }

  ast::ASTContext astContext;
  ast::Module *module =
      frontend::parseModule(sourceMgr, bufferID, astContext, diag);
  if (diag.hadError())
    return 1;

  if (emitAction == EmitAction::AST) {
    frontend::printAST(*module, sourceMgr, output->os());
    output->keep();
    return 0;
  }

  frontend::Sema sema(diag);
  frontend::ModuleInfo info;
  bool declarationsOk = sema.analyzeModule(
      *module, sourceMgr.getMemoryBuffer(bufferID)->getBuffer(), info);
  mlir::MLIRContext context;
  mlir::OwningOpRef<mlir::ModuleOp> pyirModule =
      frontend::generateIR(*module, info, sema, sourceMgr, context);
  if (!declarationsOk || !pyirModule || diag.hadError())
    return 1;
  if (mlir::failed(mlir::verify(*pyirModule))) {
    llvm::WithColor::error(llvm::errs(), "pyirc")
        << "internal error: the generated pyir module does not verify\n";
    return 1;
  }
  if (emitAction == EmitAction::PyIR) {
    pyirModule->print(output->os(), mlir::OpPrintingFlags().enableDebugInfo(
                                        printDebugInfo, /*prettyForm=*/false));
    output->os() << "\n";
    output->keep();
    return 0;
  }
  // Later stages (passes, targets) go here.
  return 0;
}

} // namespace

int main(int argc, char **argv) {
  llvm::InitLLVM y(argc, argv);
  llvm::cl::ParseCommandLineOptions(argc, argv,
                                    "pyirc: compile typed Python to a "
                                    "CPython extension\n");
  return compileFile(inputFilename);
}
