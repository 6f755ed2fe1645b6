# The target PyIRLLVM: MLIR and LLVM as PyIR's libraries and tools link them.
#
# By default the shared libMLIR and libLLVM of the installed LLVM (Debian's
# LLVMConfig sets LLVM_LINK_LLVM_DYLIB). With PYIR_STATIC_LLVM, their static
# archives instead, so that the tools run where LLVM is not installed (the
# wheel, pyproject.toml): the linker takes from the archives only what the
# tools reference, which --gc-sections trims further (pyirc: about 10 MB
# stripped, against 107 MB for libMLIR.so alone).
add_library(PyIRLLVM INTERFACE)
if(NOT PYIR_STATIC_LLVM)
  target_link_libraries(PyIRLLVM INTERFACE MLIR LLVM)
  return()
endif()

# add_mlir_library links LLVM's Support: its archive, not the shared libLLVM.
set(LLVM_LINK_LLVM_DYLIB OFF)
# Whose link interface names the shared libz3, zlib and zstd (the SMT solver
# and compression, which the tools never call; a reference would fail the link
# loudly) and targets that Debian's LLVMConfig defines only when their -dev
# packages are installed.
set_target_properties(LLVMSupport PROPERTIES
  INTERFACE_LINK_LIBRARIES "rt;dl;m;LLVMDemangle")

# Every archive, in one group the linker rescans: the imported MLIR targets
# name the shared LLVM in their link interface, so they cannot be used, and
# listing what each tool needs by hand would drift with the code.
file(GLOB pyir_llvm_archives
  "${LLVM_LIBRARY_DIR}/libMLIR*.a" "${LLVM_LIBRARY_DIR}/libLLVM*.a")
if(NOT pyir_llvm_archives)
  message(FATAL_ERROR "PYIR_STATIC_LLVM: no libMLIR*.a or libLLVM*.a in "
                      "${LLVM_LIBRARY_DIR}")
endif()
string(REPLACE ";" "," pyir_llvm_archives "${pyir_llvm_archives}")
find_package(Threads REQUIRED)
target_link_libraries(PyIRLLVM INTERFACE
  "$<LINK_GROUP:RESCAN,${pyir_llvm_archives}>" Threads::Threads
  ${CMAKE_DL_LIBS} m)
target_link_options(PyIRLLVM INTERFACE -Wl,--gc-sections)
