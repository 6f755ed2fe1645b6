//===- Toolchain.cpp - pyirc: every C compiler invocation -------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// The extension: asks the target interpreter's sysconfig for CC, CFLAGS,
// CCSHARED, the include directory and EXT_SUFFIX, then compiles and links
// the generated C file into `<module><EXT_SUFFIX>` with `-O<level>` and the
// semantic flags (never -ffast-math: floats must be bit-identical to the
// interpreter's), and with `-fsanitize=address,undefined` on request.
// The JIT export's native artifacts: cc and clang-14 on <mod>_abi.c.
//
//===----------------------------------------------------------------------===//

#include "Toolchain.h"

#include "pyir/Config.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;

namespace {

llvm::raw_ostream &error() { return WithColor::error(errs(), "pyirc"); }

void appendFlags(StringRef flags, std::vector<std::string> &out) {
  SmallVector<StringRef> parts;
  flags.split(parts, ' ', -1, /*KeepEmpty=*/false);
  out.insert(out.end(), parts.begin(), parts.end());
}

/// Runs `program` (a path) with `argv` (argv[0] included), standard input
/// from `stdinFile`, standard output to `stdoutFile` and standard error to
/// `stderrFile` where given; the exit status, with the reason in `message`
/// if it could not run.
int execute(StringRef program, ArrayRef<std::string> argv, std::string &message,
            std::optional<StringRef> stdinFile = std::nullopt,
            std::optional<StringRef> stdoutFile = std::nullopt,
            std::optional<StringRef> stderrFile = std::nullopt) {
  SmallVector<StringRef> args(argv.begin(), argv.end());
  std::optional<StringRef> redirects[] = {stdinFile, stdoutFile, stderrFile};
  return sys::ExecuteAndWait(program, args, std::nullopt, redirects, 0, 0,
                             &message);
}

/// Runs `program args...` and returns its standard output, or None.
std::optional<std::string> capture(StringRef program,
                                   ArrayRef<std::string> args) {
  SmallString<128> outPath;
  if (sys::fs::createTemporaryFile("pyirc-sysconfig", "txt", outPath))
    return std::nullopt;
  std::vector<std::string> argv{program.str()};
  argv.insert(argv.end(), args.begin(), args.end());
  std::string message;
  int rc = execute(program, argv, message, std::nullopt, StringRef(outPath));
  auto buffer = MemoryBuffer::getFile(outPath);
  sys::fs::remove(outPath);
  if (rc != 0 || !buffer)
    return std::nullopt;
  return (*buffer)->getBuffer().str();
}

/// True if `compiler` (a path, with `extraArgs` from CC such as `-pthread`)
/// is GCC rather than clang: it defines __GNUC__ but not __clang__.
bool isGCC(StringRef compiler, ArrayRef<std::string> extraArgs) {
  std::vector<std::string> args(extraArgs.begin(), extraArgs.end());
  args.insert(args.end(), {"-dM", "-E", "-x", "c", "/dev/null"});
  std::optional<std::string> macros = capture(compiler, args);
  return macros && StringRef(*macros).contains("#define __GNUC__ ") &&
         !StringRef(*macros).contains("#define __clang__ ");
}

/// Flags every C compile by `compiler` gets: floats as the interpreter
/// computes them (PYIR_C_SEMANTIC_FLAGS in CMakeLists.txt, also used to build
/// the runtime's bitcode, and PYIR_GCC_SEMANTIC_FLAGS for GCC).
std::vector<std::string> getSemanticFlags(bool gcc) {
  std::vector<std::string> flags;
  appendFlags(PYIR_C_SEMANTIC_FLAGS, flags);
  if (gcc)
    appendFlags(PYIR_GCC_SEMANTIC_FLAGS, flags);
  return flags;
}

/// The flags that make the compiler report on the loops it vectorises and
/// those it does not, into `reportFile` (GCC) or its standard error
/// (clang's remarks).
std::vector<std::string> getVectorizerReportFlags(bool gcc,
                                                  StringRef reportFile) {
  if (gcc)
    return {"-fopt-info-vec-all=" + reportFile.str()};
  return {"-Rpass=loop-vectorize", "-Rpass-missed=loop-vectorize",
          "-Rpass-analysis=loop-vectorize", "-fno-caret-diagnostics"};
}

void splitFlags(StringRef flags, SmallVectorImpl<std::string> &out) {
  SmallVector<StringRef> parts;
  flags.split(parts, ' ', -1, /*KeepEmpty=*/false);
  for (StringRef part : parts) {
    part = part.trim();
    if (part.empty())
      continue;
    // Never let the interpreter's flags change floating point semantics;
    // the optimisation level is pyirc's -O, debug information pyirc's -g.
    if (part == "-ffast-math" || part.starts_with("-ffp-contract=") ||
        (part.starts_with("-O") && part.size() <= 3) || part.starts_with("-g"))
      continue;
    out.push_back(part.str());
  }
}

} // namespace

bool pyirc::parsePythonVersion(StringRef text, PythonVersion &out) {
  auto [major, minor] = text.split('.');
  return !major.getAsInteger(10, out.first) &&
         !minor.getAsInteger(10, out.second);
}

std::optional<PythonConfig> pyirc::queryPython(StringRef python) {
  // findProgramByName does not check a name with a slash.
  auto program = sys::findProgramByName(python);
  if (!program || !sys::fs::can_execute(*program)) {
    error() << "Python interpreter '" << python << "' not found\n";
    return std::nullopt;
  }
  // Python 2 syntax too, so that an old interpreter gets the message below
  // rather than a traceback.
  static const char script[] =
      "import platform, sys, sysconfig\n"
      "v = sysconfig.get_config_var\n"
      "print(platform.python_implementation())\n"
      "print('%d.%d' % sys.version_info[:2])\n"
      "print(v('CC') or 'cc')\n"
      "print(v('CFLAGS') or '')\n"
      "print(v('CCSHARED') or '-fPIC')\n"
      "print(sysconfig.get_paths()['include'])\n"
      "print(v('EXT_SUFFIX') or '.so')\n"
      "try:\n"
      "    from importlib.machinery import EXTENSION_SUFFIXES as s\n"
      "except ImportError:\n"
      "    s = []\n"
      "print(' '.join(x for x in s if '.abi3' in x))\n";
  std::optional<std::string> output =
      capture(*program, std::vector<std::string>{"-c", script});
  if (!output) {
    error() << "cannot query sysconfig of '" << *program << "'\n";
    return std::nullopt;
  }
  SmallVector<StringRef> lines;
  StringRef(*output).split(lines, '\n');
  if (lines.size() < 8) {
    error() << "unexpected sysconfig output from '" << *program << "'\n";
    return std::nullopt;
  }
  StringRef implementation = lines[0].trim(), version = lines[1].trim();
  // PyPy's cpyext emulates the C API slowly and only in part: PyIR serves
  // PyPy with the JIT export instead (docs/interchange.md, pyir.jit.pypy).
  if (implementation != "CPython") {
    error() << "'" << *program << "' is " << implementation << " (Python "
            << version
            << "); pyirc builds extension modules for CPython only. For "
            << implementation
            << ", export the module with `pyirc --emit=jit` and load it with "
               "pyir.jit.pypy (docs/interchange.md), or run the .py source "
               "interpreted\n";
    return std::nullopt;
  }
  PythonConfig config;
  if (!parsePythonVersion(version, config.version)) {
    error() << "cannot read the version of '" << *program << "' ('" << version
            << "')\n";
    return std::nullopt;
  }
  if (config.version < kMinimumPython) {
    error() << "'" << *program << "' is CPython " << version
            << "; PyIR modules need CPython " << kMinimumPython.first << "."
            << kMinimumPython.second << " or newer\n";
    return std::nullopt;
  }
  config.python = *program;
  config.cc = lines[2].trim().str();
  config.cflags = lines[3].trim().str();
  config.ccshared = lines[4].trim().str();
  config.includeDir = lines[5].trim().str();
  config.extSuffix = lines[6].trim().str();
  StringRef abi3 = lines[7].trim();
  config.abi3Suffix = abi3.take_until([](char c) { return c == ' '; }).str();
  return config;
}

int pyirc::compileExtension(const PythonConfig &config, StringRef cFile,
                            StringRef outputPath,
                            const CompileOptions &options) {
  // The compiler: $CC (as setuptools honours it), else sysconfig's CC.
  std::string ccLine = config.cc;
  std::string origin = "the CC of " + config.python + "'s sysconfig";
  if (std::optional<std::string> env = sys::Process::GetEnv("CC"))
    if (!StringRef(*env).trim().empty()) {
      ccLine = *env;
      origin = "$CC";
    }
  SmallVector<std::string> cc;
  splitFlags(ccLine, cc);
  if (cc.empty()) {
    error() << "no C compiler configured (" << origin << " is empty)\n";
    return 1;
  }
  // findProgramByName does not check a name with a slash (CC=/usr/bin/gcc).
  auto compiler = sys::findProgramByName(cc.front());
  if (!compiler || !sys::fs::can_execute(*compiler)) {
    error() << "C compiler '" << cc.front() << "' (" << origin
            << ") not found; install a C compiler (Debian: gcc) or set CC "
               "to one\n";
    return 1;
  }
  SmallString<256> pythonH(config.includeDir);
  sys::path::append(pythonH, "Python.h");
  if (!sys::fs::exists(pythonH)) {
    error() << "Python.h not found in '" << config.includeDir
            << "'; install the Python development headers (Debian package "
               "python3-dev)\n";
    return 1;
  }

  // The compiler writes a file of a unique name beside the output, renamed
  // over it once complete: a directory pyirc cannot write into is said here
  // (not by the linker), and a module being imported never sees a
  // half-written file. The name is reserved, then left for the compiler to
  // create with its own permissions.
  SmallString<256> partial;
  int partialFD;
  if (std::error_code ec = sys::fs::createUniqueFile(outputPath + ".%%%%%%.tmp",
                                                     partialFD, partial)) {
    error() << "cannot write '" << outputPath << "': " << ec.message() << "\n";
    return 1;
  }
  sys::Process::SafelyCloseFileDescriptor(partialFD);
  sys::fs::remove(partial);

  SmallVector<std::string> args(cc.begin(), cc.end());
  splitFlags(config.cflags, args);
  splitFlags(config.ccshared, args);
  args.push_back("-O" + std::to_string(options.optLevel));
  if (options.debugInfo || options.sanitizeAddress)
    args.push_back("-g");

  if (!options.targetCPU.empty())
    args.push_back("-march=" + options.targetCPU);
  if (options.sanitizeAddress) {
    // UBSan aborts on the first finding, so a test cannot pass over it.
    // Use-after-scope instrumentation checks nothing in generated C (every
    // variable is declared at the top of its function) and made gcc take
    // 166 s instead of 2 s on one 300-line generated function.
    for (const char *flag :
         {"-fsanitize=address,undefined", "-fno-sanitize-recover=all",
          "-fno-omit-frame-pointer", "-fno-sanitize-address-use-after-scope"})
      args.push_back(flag);
  }
  bool gcc = isGCC(*compiler, ArrayRef(cc).drop_front());
  for (const std::string &flag : getSemanticFlags(gcc))
    args.push_back(flag);
  if (!options.vectorizerReport.empty())
    for (const std::string &flag :
         getVectorizerReportFlags(gcc, options.vectorizerReport))
      args.push_back(flag);
  if (options.compilerUsed)
    *options.compilerUsed = *compiler;
  // The C compiler's warnings are about generated C, which the user did not
  // write and cannot change (and, with #line, they point into the .py file:
  // "'v785' may be used uninitialized" at a line that has no v785); the
  // backend is kept warning-free by test/Target/CPython/c-warnings.test.
  args.push_back("-w");
  args.push_back("-I" + config.includeDir);
  args.push_back("-shared");
  args.push_back("-o");
  // Absolute: with -g the compiler runs in the source root.
  (void)sys::fs::make_absolute(partial);
  args.push_back(partial.str().str());
  args.push_back(cFile.str());
  args.push_back("-lm");
  // The compilation directory of the debug information is the one the C
  // compiler runs in: gdb looks for the `#line` paths (`pkg/sub/mod.py`)
  // under it. (-fdebug-prefix-map maps GCC's twice when the new directory
  // is under the old.) Every path in `args` is absolute.
  SmallString<256> program(*compiler); // `CC=./cc` runs from anywhere.
  (void)sys::fs::make_absolute(program);
  SmallString<256> cwd;
  bool moved = options.debugInfo && !options.sourceRoot.empty() &&
               !sys::fs::current_path(cwd) &&
               !sys::fs::set_current_path(options.sourceRoot);
  std::string message;
  // clang writes its remarks, and any error, to standard error.
  std::optional<StringRef> stderrFile;
  if (!gcc && !options.vectorizerReport.empty())
    stderrFile = options.vectorizerReport;
  int rc =
      execute(program, args, message, std::nullopt, std::nullopt, stderrFile);
  if (moved)
    (void)sys::fs::set_current_path(cwd);
  if (rc != 0) {
    sys::fs::remove(partial);
    if (stderrFile)
      if (auto log = MemoryBuffer::getFile(*stderrFile))
        errs() << (*log)->getBuffer();
    error() << "the C compiler failed";
    if (!message.empty())
      errs() << ": " << message;
    errs() << "\n  command:";
    for (StringRef arg : args)
      errs() << " " << arg;
    errs() << "\n";
    return 1;
  }
  if (std::error_code ec = sys::fs::rename(partial, outputPath)) {
    sys::fs::remove(partial);
    error() << "cannot write '" << outputPath << "': " << ec.message() << "\n";
    return 1;
  }
  return 0;
}

namespace {

/// Runs a compiler on a file of the export; false (with a warning) if it is
/// missing or fails.
bool runExportTool(StringRef program, ArrayRef<std::string> args,
                   std::optional<StringRef> stdinFile = std::nullopt) {
  ErrorOr<std::string> found = sys::findProgramByName(program);
  if (!found) {
    WithColor::warning(errs(), "pyirc")
        << "'" << program << "' not found; the export omits what it builds\n";
    return false;
  }
  std::vector<std::string> argv{*found};
  argv.insert(argv.end(), args.begin(), args.end());
  std::string message;
  if (execute(*found, argv, message, stdinFile) != 0) {
    WithColor::warning(errs(), "pyirc")
        << "'" << program << "' failed" << (message.empty() ? "" : ": ")
        << message << "; the export omits what it builds\n";
    return false;
  }
  return true;
}

} // namespace

pyir::NativeArtifacts pyirc::buildJITNativeArtifacts(StringRef name,
                                                     StringRef cFile,
                                                     StringRef outDir) {
  auto inDir = [&](const std::string &file) {
    SmallString<256> path(outDir);
    sys::path::append(path, file);
    return path.str().str();
  };
  auto commonFlags = [](StringRef program) {
    std::vector<std::string> flags = {"-O2"};
    ErrorOr<std::string> compiler = sys::findProgramByName(program);
    std::vector<std::string> semantic =
        compiler ? getSemanticFlags(isGCC(*compiler, {}))
                 : std::vector<std::string>{};
    flags.insert(flags.end(), semantic.begin(), semantic.end());
    flags.push_back("-fPIC");
    return flags;
  };
  pyir::NativeArtifacts built;

  std::string library = ("lib" + name + "_abi.so").str();
  std::vector<std::string> soArgs = commonFlags("cc");
  soArgs.insert(soArgs.end(),
                {"-w", "-shared", "-o", inDir(library), cFile.str(), "-lm"});
  if (runExportTool("cc", soArgs))
    built.sharedLibrary = library;

  // The source comes from stdin, so the bitcode's source_filename is "-",
  // not the path of the export directory.
  std::string bitcode = (name + "_abi.llvm14.bc").str();
  std::vector<std::string> common = commonFlags("clang-14");
  std::vector<std::string> bcArgs = common;
  bcArgs.insert(bcArgs.end(), {"-w", "-c", "-emit-llvm", "-o", inDir(bitcode),
                               "-x", "c", "-"});
  if (runExportTool("clang-14", bcArgs, cFile)) {
    built.bitcode = bitcode;
    built.bitcodeCompiler = "clang-14";
    built.bitcodeFlags = llvm::join(common, " ") + " -c -emit-llvm";
  }
  return built;
}
