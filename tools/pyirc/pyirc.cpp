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
//   c       the C source of the CPython extension (lib/Target/CPython)
//   so      (default) the extension module <name><EXT_SUFFIX>, built with the
//           C compiler and flags of `--python`'s sysconfig
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
#include "pyir/Target/CPython/CPythonEmitter.h"

#include "BuildExtension.h"

#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/Verifier.h"

#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
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
  C,      ///< The C source of the extension module.
  SO,     ///< The extension module itself (the default).
  // Future stages: Opt, JIT.
};

llvm::cl::opt<std::string> inputFilename(llvm::cl::Positional,
                                         llvm::cl::desc("<input .py file>"),
                                         llvm::cl::Required);

llvm::cl::opt<std::string> outputFilename("o",
                                          llvm::cl::desc("Output filename"),
                                          llvm::cl::value_desc("filename"),
                                          llvm::cl::init("-"));

llvm::cl::opt<EmitAction> emitAction(
    "emit", llvm::cl::desc("What to produce"), llvm::cl::init(EmitAction::SO),
    llvm::cl::values(
        clEnumValN(EmitAction::Tokens, "tokens", "the lexer's tokens"),
        clEnumValN(EmitAction::AST, "ast", "the abstract syntax tree"),
        clEnumValN(EmitAction::PyIR, "pyir", "the pyir dialect"),
        clEnumValN(EmitAction::C, "c", "the C source of the extension"),
        clEnumValN(EmitAction::SO, "so",
                   "the extension module <name><EXT_SUFFIX> (default)")));

llvm::cl::opt<std::string> pythonExecutable(
    "python",
    llvm::cl::desc("The interpreter to build the extension for (its "
                   "sysconfig gives CC, CFLAGS, Python.h and EXT_SUFFIX)"),
    llvm::cl::value_desc("path"), llvm::cl::init("/usr/bin/python3"));

llvm::cl::opt<bool> printDebugInfo(
    "mlir-print-debuginfo",
    llvm::cl::desc("Print the source locations of the generated IR"),
    llvm::cl::init(false));

/// Translate to C and compile `<name><EXT_SUFFIX>` (in the current
/// directory unless -o is given); returns the process exit status.
int buildExtension(mlir::ModuleOp module) {
  std::optional<PythonConfig> config = pyirc::queryPython(pythonExecutable);
  if (!config)
    return 1;
  std::string name = "module";
  if (auto attr = module->getAttrOfType<mlir::StringAttr>("pyir.module"))
    name = attr.str();
  std::string outputPath = outputFilename == "-" ? name + config->extSuffix
                                                 : std::string(outputFilename);
  llvm::SmallString<128> cPath;
  int fd;
  if (std::error_code ec =
          llvm::sys::fs::createTemporaryFile("pyirc-" + name, "c", fd, cPath)) {
    llvm::WithColor::error(llvm::errs(), "pyirc")
        << "cannot create a temporary C file: " << ec.message() << "\n";
    return 1;
  }
  {
    llvm::raw_fd_ostream cOut(fd, /*shouldClose=*/true);
    if (mlir::failed(pyir::translateToCPython(module, cOut))) {
      llvm::sys::fs::remove(cPath);
      return 1;
    }
  }
  int rc = pyirc::compileExtension(*config, cPath, outputPath);
  llvm::sys::fs::remove(cPath);
  return rc;
}

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
  // The .so is written by the C compiler, not through a ToolOutputFile.
  std::unique_ptr<llvm::ToolOutputFile> output;
  if (emitAction != EmitAction::SO)
    output = std::make_unique<llvm::ToolOutputFile>(outputFilename, ec,
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
  if (emitAction == EmitAction::C) {
    if (mlir::failed(pyir::translateToCPython(*pyirModule, output->os())))
      return 1;
    output->keep();
    return 0;
  }
  return buildExtension(*pyirModule);
}

} // namespace

int main(int argc, char **argv) {
  llvm::InitLLVM y(argc, argv);
  llvm::cl::ParseCommandLineOptions(argc, argv,
                                    "pyirc: compile typed Python to a "
                                    "CPython extension\n");
  return compileFile(inputFilename);
}
