//===- SanitizerOptions.cpp - ASan defaults of the sanitized build -*- C++ -*-//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// Linked into every executable of the sanitized build (PYIR_ENABLE_FUZZER).
//
// The installed LLVM and MLIR are not instrumented, but their headers are:
// in an ASan build, llvm::BumpPtrAllocator poisons each new slab and
// unpoisons each allocation (LLVM_ADDRESS_SANITIZER_BUILD). When a slab is
// poisoned by our code's copy of the allocator and then allocated from by
// libMLIR's (which does not unpoison), the next access from our code is a
// false use-after-poison report (for instance in mlir::FileLineColRange::get
// while parsing). allow_user_poisoning=0 turns that manual poisoning off;
// ASan's own redzones, use-after-free and leak detection stay.
//
//===----------------------------------------------------------------------===//

extern "C" const char *__asan_default_options() {
  return "allow_user_poisoning=0";
}
