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
//   typed-ast  the AST after Sema (frontend::checkModule): types, resolved
//           names and calls, conversions and folded constants as nodes
//   pyir    the module in the pyir dialect (frontend/IRGen.h), verified
//   opt     the pyir module after the optimisation pipeline of -O<level>
//   c       the C source of the CPython extension (lib/Target/CPython)
//   so      (default) the extension module <name><EXT_SUFFIX>, built with the
//           C compiler and flags of `--python`'s sysconfig
//
// `-O0` ... `-O3` select the pyir optimisation pipeline
// (pyir::buildOptimizationPipeline) and the C compiler's -O level. Several
// input files are compiled by child pyirc processes, `-j N` at a time, into
// the directory named by `-o` (default: the current directory). The JIT
// export of one input is written into the -o directory itself; with several
// inputs each module gets its own subdirectory `<dir>/<module>/` (an export
// is a directory with one manifest.json), and two inputs naming the same
// module are an error.
//
// Extension points: add an enumerator to EmitAction (e.g. pyir, opt, c, jit,
// so), a clEnumValN in `emitAction`, and the stage in compileFile() after
// the frontend's one entry point (frontend::compileToPyIR: parse, Sema,
// IRGen, verify), then passes and targets. Every stage reports through the
// DiagnosticEngine; the driver exits with status 1 if any error was
// reported.
//
//===----------------------------------------------------------------------===//

#include "pyir/Conversion/PyIRToEmitC/PyIRToEmitC.h"
#include "pyir/Dialect/PyIR/IR/PyIRDialect.h"
#include "pyir/Dialect/PyIR/Transforms/Passes.h"
#include "pyir/Frontend/ASTPrinter.h"
#include "pyir/Frontend/Diagnostics.h"
#include "pyir/Frontend/IRGen.h"
#include "pyir/Frontend/Lexer.h"
#include "pyir/Frontend/MixedModule.h"
#include "pyir/Frontend/Parser.h"
#include "pyir/Frontend/Sema.h"
#include "pyir/InitPyIRDialects.h"
#include "pyir/Target/CPython/CPythonEmitter.h"
#include "pyir/Target/JITExport/JITExport.h"

#include "Annotate.h"
#include "ToolVersion.h"
#include "Toolchain.h"

#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/Verifier.h"
#include "mlir/Pass/PassManager.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/ToolOutputFile.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Support/raw_ostream.h"

using namespace pyir;

namespace {

/// The last pipeline stage to run and what to write.
enum class EmitAction {
  Tokens,   ///< Lexer tokens.
  AST,      ///< The parsed AST.
  TypedAST, ///< The AST after Sema: every expression typed.
  PyIR,     ///< The pyir dialect after Sema and IRGen.
  Opt,      ///< The pyir dialect after the optimisation pipeline.
  C,        ///< The C source of the extension module.
  SO,       ///< The extension module itself (the default).
  JIT,      ///< The JIT export into the directory -o (docs/interchange.md).
};

/// pyirc's own options; `--help` lists only these (the LLVM and MLIR
/// libraries register hundreds of global ones).
llvm::cl::OptionCategory pyircCategory("pyirc options");

llvm::cl::list<std::string> inputFilenames(llvm::cl::Positional,
                                           llvm::cl::desc("<input .py files>"),
                                           llvm::cl::OneOrMore,
                                           llvm::cl::cat(pyircCategory));

llvm::cl::opt<std::string> outputFilename(
    "o",
    llvm::cl::desc("Output file, or the directory to write "
                   "<name><EXT_SUFFIX> (or <name>.c, ...) into; with several "
                   "inputs, a directory; --emit=jit: the export directory "
                   "(several inputs: one subdirectory per module)"),
    llvm::cl::value_desc("path"), llvm::cl::init("-"),
    llvm::cl::cat(pyircCategory));

llvm::cl::opt<unsigned> optLevel(
    "O",
    llvm::cl::desc("Optimisation level 0-3 of the pyir pipeline and the C "
                   "compiler (default 2)"),
    llvm::cl::Prefix, llvm::cl::init(2), llvm::cl::cat(pyircCategory));

llvm::cl::opt<unsigned>
    jobs("j", llvm::cl::desc("With several inputs, compile N at a time"),
         llvm::cl::value_desc("N"), llvm::cl::Prefix, llvm::cl::init(1),
         llvm::cl::cat(pyircCategory));

llvm::cl::opt<std::string> sanitize(
    "sanitize",
    llvm::cl::desc("Build the extension with sanitizers: 'address' "
                   "(-fsanitize=address,undefined; python must then run "
                   "with the compiler's libasan in LD_PRELOAD)"),
    llvm::cl::value_desc("address"), llvm::cl::init(""),
    llvm::cl::cat(pyircCategory));

llvm::cl::opt<bool> debugInfo(
    "g",
    llvm::cl::desc("Debug information in the extension (the C compiler's "
                   "-g) at the -O given (-O2 -g: for perf); -g without -O "
                   "is --debug. Without it the interpreter's -g flags are "
                   "dropped, as its -O: they make the C compile about 1.6x "
                   "slower"),
    llvm::cl::init(false), llvm::cl::cat(pyircCategory));

llvm::cl::opt<bool> debugBuild(
    "debug",
    llvm::cl::desc("A build to debug: -O0 (no pyir optimisation, the C "
                   "compiler's -O0), -g, and every index checked "
                   "(boundscheck whatever the directives say)"),
    llvm::cl::init(false), llvm::cl::cat(pyircCategory));

llvm::cl::opt<std::string> moduleNameOption(
    "module-name",
    llvm::cl::desc("The module's dotted name, `pkg.sub.mod` (its last "
                   "component the file's name): the package its tracebacks "
                   "and #line name `pkg/sub/mod.py` in; default: the "
                   "directories above the file that hold an __init__.py"),
    llvm::cl::value_desc("dotted.name"), llvm::cl::init(""),
    llvm::cl::cat(pyircCategory));

llvm::cl::opt<std::string> targetCPU(
    "march",
    llvm::cl::desc("The CPU the extension's C code is compiled for, as the C "
                   "compiler's -march: 'native' (this machine: the fastest "
                   "code, which may not run on another machine) or a CPU "
                   "name such as x86-64-v3; default: the interpreter's "
                   "portable flags"),
    llvm::cl::value_desc("cpu"), llvm::cl::init(""),
    llvm::cl::cat(pyircCategory));

llvm::cl::opt<bool> jitNative(
    "jit-native",
    llvm::cl::desc("--emit=jit: also build lib<name>_abi.so and the LLVM "
                   "bitcode (default true; the Python reference and Numba's "
                   "irbuilder tier need neither)"),
    llvm::cl::init(true), llvm::cl::cat(pyircCategory));

llvm::cl::opt<EmitAction> emitAction(
    "emit", llvm::cl::desc("What to produce"), llvm::cl::init(EmitAction::SO),
    llvm::cl::values(
        clEnumValN(EmitAction::Tokens, "tokens", "the lexer's tokens"),
        clEnumValN(EmitAction::AST, "ast", "the abstract syntax tree"),
        clEnumValN(EmitAction::TypedAST, "typed-ast",
                   "the abstract syntax tree after Sema (types, resolved "
                   "names and calls, conversions)"),
        clEnumValN(EmitAction::PyIR, "pyir", "the pyir dialect"),
        clEnumValN(EmitAction::Opt, "opt",
                   "the pyir dialect after the -O pipeline"),
        clEnumValN(EmitAction::C, "c", "the C source of the extension"),
        clEnumValN(EmitAction::SO, "so",
                   "the extension module <name><EXT_SUFFIX> (default)"),
        clEnumValN(EmitAction::JIT, "jit",
                   "the JIT export (manifest, IR, Python reference, C ABI) "
                   "into the directory -o")),
    llvm::cl::cat(pyircCategory));

llvm::cl::opt<std::string> pythonExecutable(
    "python",
    llvm::cl::desc("The interpreter to build the extension for, CPython "
                   "3.9 or newer (its sysconfig gives CC, CFLAGS, Python.h "
                   "and EXT_SUFFIX; default: the first python3 on PATH)"),
    llvm::cl::value_desc("path"), llvm::cl::init("python3"),
    llvm::cl::cat(pyircCategory));

llvm::cl::opt<std::string> limitedAPI(
    "limited-api",
    llvm::cl::desc("Build an abi3 module (<name>.abi3.so) for the limited C "
                   "API of this CPython version and every later one, e.g. "
                   "3.11 (Py_LIMITED_API; 3.10 at least, 3.11 for view "
                   "parameters; calls cost a little more: "
                   "bench/abi3_overhead.py)"),
    llvm::cl::value_desc("3.X"), llvm::cl::init(""),
    llvm::cl::cat(pyircCategory));

llvm::cl::list<std::string> includeDirs(
    "I",
    llvm::cl::desc("A directory where `from pkg.other import f` looks for "
                   "pkg/other.py, after the importing file's package root "
                   "(docs/language.md §10)"),
    llvm::cl::value_desc("dir"), llvm::cl::Prefix,
    llvm::cl::cat(pyircCategory));

llvm::cl::opt<bool> writeAnnotation(
    "annotate",
    llvm::cl::desc("Also write <name>.html beside the output: each source "
                   "line coloured by the checks, runtime calls and "
                   "unvectorised loops that remain after optimisation, with "
                   "its C and pyir (docs/annotate.md; --emit=so or c)"),
    llvm::cl::init(false), llvm::cl::cat(pyircCategory));

llvm::cl::opt<bool> printDebugInfo(
    "mlir-print-debuginfo",
    llvm::cl::desc("Print the source locations of the generated IR"),
    llvm::cl::init(false), llvm::cl::cat(pyircCategory));

/// The glue's options from the command line (validateOptions checked them).
pyir::CPythonOptions getCPythonOptions() {
  pyir::CPythonOptions options;
  PythonVersion version;
  if (!limitedAPI.empty() && pyirc::parsePythonVersion(limitedAPI, version))
    options.limitedAPI = version.first << 24 | version.second << 16;
  return options;
}

/// The file extension of what --emit writes.
llvm::StringRef emitSuffix() {
  switch (emitAction) {
  case EmitAction::Tokens:
    return ".tokens";
  case EmitAction::AST:
  case EmitAction::TypedAST:
    return ".ast";
  case EmitAction::PyIR:
  case EmitAction::Opt:
    return ".mlir";
  case EmitAction::C:
    return ".c";
  case EmitAction::SO:
  case EmitAction::JIT:
    break;
  }
  return "";
}

/// The --emit option that selects the current action, for child processes.
std::string emitOptionText() {
  switch (emitAction) {
  case EmitAction::Tokens:
    return "--emit=tokens";
  case EmitAction::AST:
    return "--emit=ast";
  case EmitAction::TypedAST:
    return "--emit=typed-ast";
  case EmitAction::PyIR:
    return "--emit=pyir";
  case EmitAction::Opt:
    return "--emit=opt";
  case EmitAction::C:
    return "--emit=c";
  case EmitAction::JIT:
    return "--emit=jit";
  case EmitAction::SO:
    break;
  }
  return "--emit=so";
}

/// Whether -o names a directory: an existing one, or a path ending in a
/// separator (`-o build/`, created as needed).
bool outputIsDirectory() {
  llvm::StringRef path = outputFilename;
  return llvm::sys::fs::is_directory(path) ||
         (!path.empty() && llvm::sys::path::is_separator(path.back()));
}

/// Where to write the output of the module `name`: -o itself, or
/// `<dir>/<name><suffix>` when -o names a directory (created if needed; or
/// for the .so when -o is not given). None, after an error, if the
/// directory cannot be created.
std::optional<std::string> outputPathFor(llvm::StringRef name,
                                         llvm::StringRef suffix) {
  if (outputFilename != "-" && !outputIsDirectory())
    return std::string(outputFilename);
  llvm::SmallString<256> path;
  if (outputFilename != "-") {
    path = outputFilename;
    // `-o build/` may not exist yet.
    if (std::error_code ec = llvm::sys::fs::create_directories(path)) {
      llvm::WithColor::error(llvm::errs(), "pyirc")
          << "cannot create the output directory '" << outputFilename
          << "': " << ec.message() << "\n";
      return std::nullopt;
    }
  }
  llvm::sys::path::append(path, name + suffix);
  return std::string(path);
}

/// Runs pyir-lower-to-c on `module` (optimised pyir, CF form): the EmitC
/// form the C targets print.
mlir::LogicalResult lowerToC(mlir::ModuleOp module, bool lineDirectives) {
  mlir::PassManager pm(module.getContext());
  pyir::LowerToCOptions options;
  options.lineDirectives = lineDirectives;
  pyir::buildLowerToCPipeline(pm, options);
  if (mlir::failed(pm.run(module))) {
    llvm::WithColor::error(llvm::errs(), "pyirc")
        << "internal error: lowering to C failed\n";
    return mlir::failure();
  }
  return mlir::success();
}

/// The command line of this run, for the annotate report's header.
std::string commandText;

/// Print the C file of the lowered `module` (EmitC form) and compile
/// `<name><EXT_SUFFIX>` (in the current
/// directory unless -o is given); with `report` (--annotate), complete and
/// write it. Returns the process exit status.
int buildExtension(mlir::ModuleOp module, pyir::annotate::Report *report,
                   llvm::StringRef pySource) {
  std::optional<PythonConfig> config = pyirc::queryPython(pythonExecutable);
  if (!config)
    return 1;
  std::string name = pyir::getModuleName(module);
  if (name.empty())
    name = "module";
  pyir::CPythonOptions glueOptions = getCPythonOptions();
  std::string suffix = config->extSuffix;
  if (glueOptions.limitedAPI) {
    // The limited API of 3.X is in the headers of 3.X and later.
    PythonVersion wanted;
    (void)pyirc::parsePythonVersion(limitedAPI, wanted);
    if (config->version < wanted) {
      llvm::WithColor::error(llvm::errs(), "pyirc")
          << "--limited-api=" << limitedAPI << " needs the headers of CPython "
          << limitedAPI << " or newer; '" << config->python << "' is "
          << config->version.first << "." << config->version.second << "\n";
      return 1;
    }
    if (config->abi3Suffix.empty()) {
      llvm::WithColor::error(llvm::errs(), "pyirc")
          << "'" << config->python
          << "' loads no abi3 modules (no .abi3 in "
             "importlib.machinery.EXTENSION_SUFFIXES)\n";
      return 1;
    }
    suffix = config->abi3Suffix;
  }
  std::optional<std::string> outputPath = outputPathFor(name, suffix);
  if (!outputPath)
    return 1;
  llvm::SmallString<128> cPath;
  int fd;
  if (std::error_code ec =
          llvm::sys::fs::createTemporaryFile("pyirc-" + name, "c", fd, cPath)) {
    llvm::WithColor::error(llvm::errs(), "pyirc")
        << "cannot create a temporary C file: " << ec.message() << "\n";
    return 1;
  }
  // (translateToCPython writes a #line before every line of a statement,
  // so that the compiler's report names .py lines.)
  std::string cText;
  {
    llvm::raw_fd_ostream cOut(fd, /*shouldClose=*/true);
    llvm::raw_string_ostream cString(cText);
    if (mlir::failed(pyir::translateToCPython(module, cString, glueOptions))) {
      llvm::sys::fs::remove(cPath);
      return 1;
    }
    cOut << cText;
  }
  pyirc::CompileOptions options;
  options.optLevel = optLevel;
  options.sanitizeAddress = sanitize == "address";
  options.debugInfo = debugInfo || debugBuild;
  // The source is `<root>/pkg/sub/mod.py`, named `pkg/sub/mod.py` by #line.
  std::string source = pyir::getModuleSourcePath(module);
  std::string relative = pyir::getPackageRelativeSourcePath(module);
  if (llvm::StringRef(source).ends_with("/" + relative))
    options.sourceRoot = source.substr(0, source.size() - relative.size() - 1);
  options.targetCPU = targetCPU;
  llvm::SmallString<128> vectorizerReport;
  pyir::annotate::ReportOptions reportOptions;
  reportOptions.command = commandText;
  if (report) {
    llvm::sys::fs::createTemporaryFile("pyirc-" + name, "vec.txt",
                                       vectorizerReport);
    options.vectorizerReport = std::string(vectorizerReport);
    options.compilerUsed = &reportOptions.compiler;
  }
  int rc = pyirc::compileExtension(*config, cPath, *outputPath, options);
  llvm::sys::fs::remove(cPath);
  if (rc == 0 && report)
    rc = pyirc::writeAnnotateReport(*report, pySource, name, *outputPath, cText,
                                    vectorizerReport, reportOptions);
  if (report)
    llvm::sys::fs::remove(vectorizerReport);
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
  std::string path = outputFilename;
  if (emitAction != EmitAction::SO && emitAction != EmitAction::JIT) {
    if (path != "-" && outputIsDirectory()) {
      std::optional<std::string> inDirectory =
          outputPathFor(llvm::sys::path::stem(filename), emitSuffix());
      if (!inDirectory)
        return 1;
      path = *inDirectory;
    }
    output = std::make_unique<llvm::ToolOutputFile>(path, ec,
                                                    llvm::sys::fs::OF_None);
    if (ec) {
      llvm::WithColor::error(llvm::errs(), "pyirc")
          << "cannot open output '" << path << "': " << ec.message() << "\n";
      return 1;
    }
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

  if (emitAction == EmitAction::AST || emitAction == EmitAction::TypedAST) {
    ast::ASTContext astContext;
    frontend::ModuleInfo info;
    // A mixed module's AST is that of its compiled part (checkModule does
    // the same).
    std::optional<frontend::MixedModule> mixed;
    ast::Module *module =
        emitAction == EmitAction::AST
            ? frontend::parseModule(
                  sourceMgr,
                  frontend::prepareMixedModule(sourceMgr, bufferID, mixed),
                  astContext, diag)
            : frontend::checkModule(sourceMgr, bufferID, astContext, info, diag,
                                    includeDirs);
    if (diag.hadError())
      return 1;
    frontend::printAST(*module, sourceMgr, output->os());
    output->keep();
    return 0;
  }

  // An extension is imported by its file's name (PyInit_<name>), the name
  // the frontend gives the module: checked before anything is compiled.
  bool buildsModule = emitAction == EmitAction::C ||
                      emitAction == EmitAction::SO ||
                      emitAction == EmitAction::JIT;
  const llvm::MemoryBuffer *buffer = sourceMgr.getMemoryBuffer(bufferID);
  llvm::StringRef source = buffer->getBuffer();
  std::string moduleName =
      frontend::getModuleNameFor(buffer->getBufferIdentifier());
  if (buildsModule && !frontend::isIdentifier(moduleName)) {
    diag.report(llvm::SMLoc::getFromPointer(source.begin()),
                frontend::diag::err_module_name_not_identifier, moduleName);
    return 1;
  }

  // The dialects and extensions pyir-opt has: the -O pipeline's inliner
  // needs func's inliner extension.
  mlir::DialectRegistry registry;
  pyir::registerPyIRDialects(registry);
  mlir::MLIRContext context(registry);
  mlir::OwningOpRef<mlir::ModuleOp> pyirModule =
      frontend::compileToPyIR(sourceMgr, bufferID, context, diag, includeDirs,
                              /*forceBoundscheck=*/debugBuild);
  if (!pyirModule || diag.hadError())
    return 1;
  if (!moduleNameOption.empty()) {
    // `pkg.sub.mod`: package `pkg.sub` (validateOptions checked the rest).
    auto [package, last] = llvm::StringRef(moduleNameOption).rsplit('.');
    if (last.empty())
      package = "";
    (*pyirModule)
        ->setAttr(PyIRDialect::PackageAttrHelper::getNameStr(),
                  mlir::StringAttr::get(&context, package));
  }
  if (emitAction == EmitAction::PyIR) {
    pyirModule->print(output->os(), mlir::OpPrintingFlags().enableDebugInfo(
                                        printDebugInfo, /*prettyForm=*/false));
    output->os() << "\n";
    output->keep();
    return 0;
  }
  if (optLevel > 3) {
    llvm::WithColor::error(llvm::errs(), "pyirc")
        << "invalid optimisation level -O" << optLevel << " (0 to 3)\n";
    return 1;
  }
  {
    mlir::PassManager pm(&context);
    pyir::buildOptimizationPipeline(pm, optLevel);
    if (mlir::failed(pm.run(*pyirModule))) {
      llvm::WithColor::error(llvm::errs(), "pyirc")
          << "internal error: the -O" << optLevel << " pipeline failed\n";
      return 1;
    }
  }
  if (emitAction == EmitAction::Opt) {
    pyirModule->print(output->os(), mlir::OpPrintingFlags().enableDebugInfo(
                                        printDebugInfo, /*prettyForm=*/false));
    output->os() << "\n";
    output->keep();
    return 0;
  }
  // The report reads the optimised module before it is lowered.
  std::optional<pyir::annotate::Report> report;
  if (writeAnnotation)
    report.emplace(*pyirModule);
  if (emitAction == EmitAction::JIT) {
    pyir::JITExportOptions exportOptions;
    {
      // The C ABI is the core of a lowered copy, without #line.
      mlir::OwningOpRef<mlir::ModuleOp> lowered(
          mlir::cast<mlir::ModuleOp>((*pyirModule)->clone()));
      llvm::raw_string_ostream core(exportOptions.cCore);
      if (mlir::failed(lowerToC(*lowered, /*lineDirectives=*/false)) ||
          mlir::failed(pyir::translateToCCore(*lowered, core)))
        return 1;
    }
    if (jitNative)
      exportOptions.buildNative = pyirc::buildJITNativeArtifacts;
    return mlir::failed(pyir::exportJIT(*pyirModule,
                                        outputFilename == "-"
                                            ? std::string(".")
                                            : std::string(outputFilename),
                                        exportOptions))
               ? 1
               : 0;
  }
  // What the C targets refuse (a view under --limited-api=3.10) as
  // `file:line:col: error:` with the source line.
  mlir::SourceMgrDiagnosticHandler sourceDiagnostics(sourceMgr, &context);
  context.printOpOnDiagnostic(false);
  if (mlir::failed(lowerToC(*pyirModule, /*lineDirectives=*/true)))
    return 1;
  if (emitAction == EmitAction::C) {
    std::string cText;
    llvm::raw_string_ostream cString(cText);
    if (mlir::failed(pyir::translateToCPython(*pyirModule, cString,
                                              getCPythonOptions())))
      return 1;
    output->os() << cText;
    output->keep();
    if (report)
      return pyirc::writeAnnotateReport(
          *report, source, moduleName, path, cText,
          /*reportFile=*/"", {commandText, "", false});
    return 0;
  }
  return buildExtension(*pyirModule, report ? &*report : nullptr, source);
}

/// With several inputs and --emit=jit: the export directory of each input,
/// `<dir>/<module>` (the module is named after the file, as in the
/// frontend); empty if two inputs name the same module (reported).
std::vector<std::string> jitExportDirs(llvm::ArrayRef<std::string> files) {
  std::string dir =
      outputFilename == "-" ? std::string(".") : std::string(outputFilename);
  llvm::StringMap<std::string> seen;
  std::vector<std::string> dirs;
  for (const std::string &file : files) {
    llvm::StringRef module = llvm::sys::path::stem(file);
    auto [it, inserted] = seen.try_emplace(module, file);
    if (!inserted) {
      llvm::WithColor::error(llvm::errs(), "pyirc")
          << "inputs '" << it->second << "' and '" << file
          << "' are both module '" << module
          << "': with several inputs, --emit=jit writes each module to '" << dir
          << "/<module>/'\n";
      return {};
    }
    llvm::SmallString<256> path(dir);
    llvm::sys::path::append(path, module);
    dirs.push_back(std::string(path));
  }
  return dirs;
}

/// Several inputs: one child pyirc per file, at most -j at a time, each
/// writing into the -o directory (--emit=jit: into `<dir>/<module>/`); a
/// progress line per input and the children's diagnostics are printed
/// whole, in input order. Returns 1 (after naming them) if any child
/// failed.
int compileFiles(const char *argv0, llvm::ArrayRef<std::string> files) {
  std::string self = llvm::sys::fs::getMainExecutable(
      argv0, reinterpret_cast<void *>(&compileFiles));
  std::vector<std::string> exportDirs;
  if (emitAction == EmitAction::JIT) {
    exportDirs = jitExportDirs(files);
    if (exportDirs.empty())
      return 1;
  }
  if (outputFilename != "-" && !llvm::sys::fs::is_directory(outputFilename)) {
    if (std::error_code ec =
            llvm::sys::fs::create_directories(outputFilename)) {
      llvm::WithColor::error(llvm::errs(), "pyirc")
          << "with several inputs, -o names a directory; cannot create '"
          << outputFilename << "': " << ec.message() << "\n";
      return 1;
    }
  }
  struct Child {
    llvm::sys::ProcessInfo info;
    llvm::SmallString<128> log;
    bool done = false;
    int rc = 0;
  };
  std::vector<Child> children(files.size());
  std::string level = "-O" + std::to_string(optLevel);
  unsigned maxJobs = std::max(1u, static_cast<unsigned>(jobs));
  size_t next = 0, running = 0, finished = 0, printed = 0;
  std::vector<llvm::StringRef> failed;
  auto reap = [&](Child &child) {
    llvm::sys::ProcessInfo result =
        llvm::sys::Wait(child.info, /*SecondsToWait=*/std::nullopt);
    child.rc = result.ReturnCode;
    child.done = true;
    --running;
    ++finished;
  };
  while (finished < files.size()) {
    while (next < files.size() && running < maxJobs) {
      Child &child = children[next];
      llvm::sys::fs::createTemporaryFile("pyirc-log", "txt", child.log);
      llvm::SmallVector<std::string> args{self, files[next], level};
      args.push_back("--python=" + pythonExecutable);
      args.push_back(emitOptionText());
      if (!sanitize.empty())
        args.push_back("--sanitize=" + sanitize);
      if (debugInfo)
        args.push_back("-g");
      if (writeAnnotation)
        args.push_back("--annotate");
      if (debugBuild)
        args.push_back("--debug");
      if (!targetCPU.empty())
        args.push_back("--march=" + targetCPU);
      if (!limitedAPI.empty())
        args.push_back("--limited-api=" + limitedAPI);
      if (!jitNative)
        args.push_back("--jit-native=false");
      for (const std::string &dir : includeDirs)
        args.push_back("-I" + dir);
      if (!exportDirs.empty())
        args.push_back("-o=" + exportDirs[next]);
      else if (outputFilename != "-")
        args.push_back("-o=" + outputFilename);
      llvm::SmallVector<llvm::StringRef> argv(args.begin(), args.end());
      std::optional<llvm::StringRef> redirects[] = {std::nullopt, std::nullopt,
                                                    llvm::StringRef(child.log)};
      std::string message;
      child.info = llvm::sys::ExecuteNoWait(self, argv, std::nullopt, redirects,
                                            0, &message);
      if (child.info.Pid == llvm::sys::ProcessInfo::InvalidPid) {
        llvm::WithColor::error(llvm::errs(), "pyirc")
            << "cannot run '" << self << "': " << message << "\n";
        child.done = true;
        child.rc = 1;
        ++finished;
      } else {
        ++running;
      }
      ++next;
    }
    // Wait for the oldest running child (order does not matter for
    // correctness; -j bounds the number running).
    for (Child &child : children)
      if (!child.done && child.info.Pid != llvm::sys::ProcessInfo::InvalidPid) {
        reap(child);
        break;
      }
    // Progress: `[k/N] file` as each module is done, in input order, then
    // its diagnostics (the same output at every -j, so tests can check it).
    while (printed < files.size() && children[printed].done) {
      Child &child = children[printed];
      const std::string &file = files[printed++];
      llvm::errs() << "[" << printed << "/" << files.size() << "] " << file
                   << "\n";
      if (auto log = llvm::MemoryBuffer::getFile(child.log))
        llvm::errs() << (*log)->getBuffer();
      llvm::sys::fs::remove(child.log);
      if (child.rc != 0)
        failed.push_back(file);
    }
  }
  if (failed.empty())
    return 0;
  // Many inputs scroll the first errors away: name the failed ones last.
  llvm::WithColor::error(llvm::errs(), "pyirc")
      << failed.size() << " of " << files.size()
      << " inputs failed: " << llvm::join(failed, ", ") << "\n";
  return 1;
}

} // namespace

/// The options whose values the C compiler would otherwise be the first to
/// see: false (after an error) when one is not valid.
bool validateOptions() {
  auto fail = [](llvm::StringRef message) {
    llvm::WithColor::error(llvm::errs(), "pyirc") << message << "\n";
    return false;
  };
  // With Cython installed, setuptools' build_ext turns the .py sources into
  // .c files before a hand-written pyirc step sees them: refuse to parse
  // anything but Python source, loudly.
  for (const std::string &input : inputFilenames)
    if (input != "-" && llvm::sys::path::extension(input) != ".py")
      return fail("'" + input +
                  "' is not Python source: pyirc compiles .py files");
  if (writeAnnotation && emitAction != EmitAction::SO &&
      emitAction != EmitAction::C)
    return fail("--annotate writes the report of a build: --emit=so (the "
                "default) or --emit=c");
  if (!moduleNameOption.empty()) {
    if (inputFilenames.size() != 1)
      return fail("--module-name names the module of one input");
    // The export's IR is read by other tools against its format version
    // (docs/interchange.md), which has no package.
    if (emitAction == EmitAction::JIT)
      return fail("--module-name names the extension's module; the JIT "
                  "export (--emit=jit) does not take it");
    llvm::SmallVector<llvm::StringRef> parts;
    llvm::StringRef(moduleNameOption).split(parts, '.');
    if (llvm::any_of(parts, [](llvm::StringRef part) {
          return !frontend::isIdentifier(part.str());
        }))
      return fail("--module-name='" + moduleNameOption +
                  "': not a dotted module name (e.g. pkg.sub.mod)");
    std::string stem = frontend::getModuleNameFor(inputFilenames.front());
    if (parts.back() != stem)
      return fail("--module-name='" + moduleNameOption + "' ends in '" +
                  parts.back().str() + "', but the module of '" +
                  inputFilenames.front() + "' is '" + stem +
                  "' (the extension's file and PyInit_ name)");
  }
  if (debugBuild && optLevel.getNumOccurrences() && optLevel != 0)
    return fail("--debug builds at -O0; it takes no -O" +
                std::to_string(optLevel));
  // `-o dir/name.so` with no `dir`: said here, not by the C compiler's
  // linker after the whole compile (a directory -o, `-o dir/`, is created;
  // with several inputs, or --emit=jit, -o is always a directory).
  if (outputFilename != "-" && !outputIsDirectory() &&
      inputFilenames.size() == 1 && emitAction != EmitAction::JIT) {
    llvm::StringRef dir = llvm::sys::path::parent_path(outputFilename);
    if (!dir.empty() && !llvm::sys::fs::is_directory(dir))
      return fail((llvm::Twine("cannot write '") + outputFilename + "': '" +
                   dir +
                   (llvm::sys::fs::exists(dir) ? "' is not a directory"
                                               : "' does not exist"))
                      .str());
  }
  if (!sanitize.empty() && sanitize != "address")
    return fail("--sanitize='" + sanitize +
                "': the only sanitizer is 'address'");
  // A CPU name, never a second flag smuggled into the compiler's command.
  if (!targetCPU.empty() &&
      (targetCPU.front() == '-' || llvm::any_of(targetCPU, [](char c) {
         return !llvm::isAlnum(c) && !llvm::StringRef("_.+-").contains(c);
       })))
    return fail("--march='" + targetCPU +
                "': not a CPU name (e.g. native, x86-64-v3, znver3)");
  PythonVersion limited;
  if (!limitedAPI.empty() && (!pyirc::parsePythonVersion(limitedAPI, limited) ||
                              limited.first != 3 || limited.second > 255))
    return fail("--limited-api='" + limitedAPI +
                "': not a CPython version such as 3.11");
  if (!limitedAPI.empty() &&
      getCPythonOptions().limitedAPI < pyir::kMinimumLimitedAPI)
    return fail("--limited-api=" + limitedAPI +
                ": PyIR's glue needs the limited API of 3.10 or newer "
                "(METH_FASTCALL calls)");
  return true;
}

int main(int argc, char **argv) {
  llvm::InitLLVM y(argc, argv);
  llvm::cl::HideUnrelatedOptions(pyircCategory);
  pyir::setToolVersionPrinter("pyirc");
  llvm::cl::ParseCommandLineOptions(argc, argv,
                                    "pyirc: compile typed Python to a "
                                    "CPython extension\n");
  if (!validateOptions())
    return 1;
  for (int i = 0; i < argc; ++i)
    commandText += (i ? " " : "") + std::string(i ? argv[i] : "pyirc");
  // -g alone asks for a build to debug; with an -O, for debug information
  // in that build.
  if (debugInfo && !optLevel.getNumOccurrences())
    debugBuild = true;
  if (debugBuild)
    optLevel = 0;
  if (inputFilenames.size() == 1)
    return compileFile(inputFilenames.front());
  return compileFiles(argv[0], inputFilenames);
}
