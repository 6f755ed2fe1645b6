# Where `cmake --install` puts PyIR: the tools, the runtime headers and the
# `pyir` Python package, each in its own install component (pyir-tools,
# pyir-headers, pyir-python), nothing else (the internal libraries stay in the
# build tree).
#
# A plain install gives PREFIX/bin/pyirc, PREFIX/include/pyir/Runtime/*.h and
# PREFIX/python/pyir (PYTHONPATH=PREFIX/python, as for the source tree). The
# wheel (scikit-build-core sets SKBUILD; pyproject.toml) installs into
# site-packages, so everything goes inside the package: pyir/_bin/pyirc,
# pyir/include/pyir/Runtime. python/CMakeLists.txt writes the chosen layout
# into the installed package (pyir/_install_layout.py), where pyir.toolchain
# reads it.
if(SKBUILD)
  set(pyir_bindir pyir/_bin)
  set(pyir_includedir pyir/include)
  set(pyir_pythondir .)
else()
  set(pyir_bindir bin)
  set(pyir_includedir include)
  set(pyir_pythondir python)
endif()
set(PYIR_INSTALL_BINDIR ${pyir_bindir} CACHE STRING
    "Where the tools are installed, relative to the prefix")
set(PYIR_INSTALL_INCLUDEDIR ${pyir_includedir} CACHE STRING
    "Where the runtime headers (pyir/Runtime) are installed")
set(PYIR_INSTALL_PYTHONDIR ${pyir_pythondir} CACHE STRING
    "Where the pyir Python package is installed")

# LLVM's and MLIR's CMake functions install every library they add unless
# this is set; PyIR's libraries are internal.
set(LLVM_INSTALL_TOOLCHAIN_ONLY ON)

if(PYIR_STATIC_LLVM)
  # The tools need no shared library of LLVM: no run path at all.
  set(CMAKE_SKIP_INSTALL_RPATH ON)
else()
  # The installed tools find libMLIR and libLLVM where LLVM is installed
  # (AddLLVM's default, $ORIGIN/../lib, holds them only in LLVM's own tree).
  set(CMAKE_INSTALL_RPATH "${LLVM_LIBRARY_DIR}")
endif()
