"""PyIR's CMake package (``PyIRConfig.cmake``): ``find_package(PyIR)`` from a
scikit-build-core or any CMake project, then ``pyir_add_module(...)``.

A package (rather than a plain directory) so that scikit-build-core's
``cmake.prefix`` entry point can name it; nothing to import.
"""
