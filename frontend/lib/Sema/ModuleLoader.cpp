//===- ModuleLoader.cpp - Finding and reading imported modules --*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//

#include "pyir/Frontend/ModuleLoader.h"

#include "pyir/Frontend/Diagnostics.h"
#include "pyir/Frontend/Parser.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SourceMgr.h"

using namespace pyir;
using namespace pyir::frontend;

static std::string realPath(llvm::StringRef path) {
  llvm::SmallString<256> real;
  if (llvm::sys::fs::real_path(path, real))
    return path.str();
  return std::string(real);
}

static std::string parentDir(llvm::StringRef path) {
  llvm::SmallString<256> abs(path);
  (void)llvm::sys::fs::make_absolute(abs);
  return llvm::sys::path::parent_path(abs).str();
}

std::string ModuleLoader::find(llvm::StringRef importer, llvm::StringRef name,
                               unsigned level, std::string &searched) const {
  std::vector<std::string> roots;
  std::string dir = parentDir(importer);
  if (level > 0) {
    for (unsigned k = 1; k < level && !dir.empty(); ++k)
      dir = llvm::sys::path::parent_path(dir).str();
    roots.push_back(dir);
  } else {
    // The package root: Python finds `pkg.other` on sys.path, which holds
    // the directory above the outermost package when the program runs.
    while (!dir.empty()) {
      llvm::SmallString<256> init(dir);
      llvm::sys::path::append(init, "__init__.py");
      if (!llvm::sys::fs::exists(init))
        break;
      dir = llvm::sys::path::parent_path(dir).str();
    }
    roots.push_back(dir);
    llvm::append_range(roots, includeDirs);
  }
  llvm::SmallVector<llvm::StringRef> parts;
  if (!name.empty())
    llvm::SplitString(name, parts, ".");
  for (const std::string &root : roots) {
    llvm::SmallString<256> base(root);
    for (llvm::StringRef part : parts)
      llvm::sys::path::append(base, part);
    llvm::SmallString<256> file(base), init(base);
    if (parts.empty()) {
      llvm::sys::path::append(file, "__init__.py");
    } else {
      file += ".py";
      llvm::sys::path::append(init, "__init__.py");
    }
    for (llvm::StringRef candidate : {file.str(), init.str()}) {
      if (parts.empty() && candidate == init.str())
        continue;
      if (llvm::sys::fs::is_regular_file(candidate))
        return candidate.str();
      searched += (searched.empty() ? "'" : ", '") + candidate.str() + "'";
    }
  }
  return "";
}

/// `pkg.sub.other` for `.../pkg/sub/other.py` (and `pkg.sub` for its
/// `__init__.py`): the file's stem and the packages above it.
static std::string getAbsoluteModuleName(llvm::StringRef path) {
  std::string dir = parentDir(path);
  std::string name;
  if (llvm::sys::path::filename(path) != "__init__.py")
    name = llvm::sys::path::stem(path).str();
  while (!dir.empty()) {
    llvm::SmallString<256> init(dir);
    llvm::sys::path::append(init, "__init__.py");
    if (!llvm::sys::fs::exists(init))
      break;
    std::string package = llvm::sys::path::filename(dir).str();
    name = name.empty() ? package : package + "." + name;
    dir = llvm::sys::path::parent_path(dir).str();
  }
  return name;
}

void ModuleLoader::setRoot(llvm::StringRef path) {
  stack.assign(1, realPath(path));
}

std::shared_ptr<const ImportedModule> ModuleLoader::load(llvm::StringRef path,
                                                         llvm::StringRef name,
                                                         unsigned level,
                                                         llvm::SMRange range) {
  std::string real = realPath(path);
  std::string spelling = std::string(level, '.') + name.str();
  auto cycleStart = llvm::find(stack, real);
  if (cycleStart != stack.end()) {
    std::string through;
    for (auto it = cycleStart + 1; it != stack.end(); ++it)
      through += (through.empty() ? "'" : " -> '") +
                 llvm::sys::path::stem(*it).str() + "'";
    diag.report(range, diag::err_import_cycle,
                llvm::sys::path::stem(real).str(),
                through.empty() ? std::string("itself") : through);
    return nullptr;
  }
  auto known = loaded.find(real);
  if (known == loaded.end()) {
    auto module = std::make_shared<ImportedModule>();
    module->name = name.str();
    module->level = level;
    module->path = path.str();
    module->absoluteName = getAbsoluteModuleName(path);
    module->info.path = path.str();
    std::shared_ptr<const ImportedModule> result;
    auto buffer = llvm::MemoryBuffer::getFile(path, /*IsText=*/false,
                                              /*RequiresNullTerminator=*/false);
    if (buffer) {
      unsigned errorsBefore = diag.getNumErrors();
      unsigned bufferID =
          sourceMgr.AddNewSourceBuffer(std::move(*buffer), llvm::SMLoc());
      bufferID = prepareMixedModule(sourceMgr, bufferID, module->info.mixed);
      ast::Module *ast = parseModule(sourceMgr, bufferID, context, diag);
      if (ast && diag.getNumErrors() == errorsBefore) {
        stack.push_back(real);
        Sema sema(diag, makeFunctionCopier(sourceMgr, bufferID, *ast, context),
                  this);
        sema.analyzeModule(*ast, module->info);
        stack.pop_back();
      }
      if (diag.getNumErrors() == errorsBefore)
        result = module;
    }
    known = loaded.try_emplace(real, result).first;
  }
  if (!known->second) {
    diag.report(range, diag::err_imported_module_has_errors, spelling,
                path.str());
    return nullptr;
  }
  if (known->second->name == name && known->second->level == level)
    return known->second;
  // The same file imported under another spelling: its own record, sharing
  // the analysis.
  auto copy = std::make_shared<ImportedModule>(*known->second);
  copy->name = name.str();
  copy->level = level;
  return copy;
}
