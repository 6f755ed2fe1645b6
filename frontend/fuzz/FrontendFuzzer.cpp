//===- FrontendFuzzer.cpp - libFuzzer target for the frontend ---*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// Runs the lexer, the parser and the AST printer on arbitrary bytes, with
// diagnostics printed to a null stream. Beyond the sanitizers it checks that
// every AST node's source range lies inside the input buffer and that
// expression trees respect the height limit.
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

#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdio>
#include <cstdlib>

using namespace pyir;

static void check(bool cond, const char *what) {
  if (!cond) {
    std::fprintf(stderr, "pyir-frontend-fuzzer: invariant violated: %s\n",
                 what);
    std::abort();
  }
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  llvm::StringRef input(reinterpret_cast<const char *>(data), size);
  llvm::SourceMgr sourceMgr;
  // Not NUL-terminated on purpose: the lexer must respect the buffer end.
  unsigned bufferID = sourceMgr.AddNewSourceBuffer(
      llvm::MemoryBuffer::getMemBuffer(input, "fuzz.py",
                                       /*RequiresNullTerminator=*/false),
      llvm::SMLoc());
  llvm::StringRef buffer = sourceMgr.getMemoryBuffer(bufferID)->getBuffer();

  frontend::DiagnosticEngine diag(sourceMgr, &llvm::nulls());
  diag.setErrorLimit(0);
  ast::ASTContext context;
  ast::Module *module =
      frontend::parseModule(sourceMgr, bufferID, context, diag);
  check(module != nullptr, "parseModule returned null");

  const char *begin = buffer.begin(), *end = buffer.end();
  auto inBuffer = [&](llvm::SMLoc loc) {
    const char *p = loc.getPointer();
    return p && p >= begin && p <= end;
  };
  for (const std::unique_ptr<ast::Node> &node : context.getNodes()) {
    if (node.get() == module)
      continue;
    llvm::SMRange r = node->getRange();
    check(inBuffer(r.Start) && inBuffer(r.End), "node range outside buffer");
    check(r.Start.getPointer() <= r.End.getPointer(), "node range reversed");
    if (auto *e = llvm::dyn_cast<ast::Expr>(node.get()))
      check(e->getHeight() <= frontend::kMaxExprHeight + 1,
            "expression tree too high");
  }
  frontend::printAST(*module, sourceMgr, llvm::nulls());

  // Sema and IRGen: whatever they accept must verify.
  if (!diag.hadError()) {
    static mlir::MLIRContext *mlirContext = [] {
      auto *ctx = new mlir::MLIRContext(mlir::MLIRContext::Threading::DISABLED);
      return ctx;
    }();
    frontend::Sema sema(diag, frontend::makeFunctionCopier(sourceMgr, bufferID,
                                                           *module, context));
    frontend::ModuleInfo info;
    bool ok = sema.analyzeModule(*module, info);
    sema.checkFunctionBodies(info, context);
    // The typed tree prints too.
    frontend::printAST(*module, sourceMgr, llvm::nulls());
    mlir::OwningOpRef<mlir::ModuleOp> ir =
        frontend::generateIR(*module, info, diag, sourceMgr, *mlirContext);
    if (ok && ir && !diag.hadError()) {
      mlir::ScopedDiagnosticHandler silence(
          mlirContext, [](mlir::Diagnostic &) { return mlir::success(); });
      check(mlir::succeeded(mlir::verify(*ir)),
            "the generated pyir module does not verify");
    }
  }

  // The token printer as well.
  frontend::DiagnosticEngine lexDiag(sourceMgr, &llvm::nulls());
  std::vector<frontend::Token> tokens = frontend::lex(buffer, lexDiag);
  check(!tokens.empty() && tokens.back().is(frontend::TokenKind::Eof),
        "token stream does not end in EOF");
  frontend::printTokens(tokens, sourceMgr, llvm::nulls());
  return 0;
}
