# PyIR's CMake package: PyIR modules (.py) compiled into extension modules by
# pyirc, from a scikit-build-core (or any CMake) project:
#
#   find_package(Python COMPONENTS Interpreter REQUIRED)
#   find_package(PyIR CONFIG REQUIRED)
#   pyir_add_module(<target> <source.py> [DESTINATION <dir>]
#                   [PYIRC_ARGS <option>...] [NO_JIT_EXPORT])
#
# pyir_add_module builds <source.py> with pyirc for ${Python_EXECUTABLE}
# (else the python3 on PATH) into <target>'s directory and, with
# DESTINATION, installs the extension there (the package's directory in the
# wheel, e.g. `mypkg`) with its JIT export in <dir>/__pyir__/<module>/, as
# pyir.build does for setuptools. The build reruns when the module or a
# PyIR module it imports from changes (pyir._compile.source_closure, the
# rule pyir.build uses). PYIRC_ARGS: pyirc options (default -O2).
#
# Sets PyIR_PYIRC (the pyirc used: $PYIR_PYIRC, else the one installed
# beside this file in the pyir-toolkit wheel, else pyirc on PATH: the rule of
# pyir.toolchain.pyirc_path) and PyIR_VERSION.

get_filename_component(_pyir_package_dir "${CMAKE_CURRENT_LIST_DIR}/.." ABSOLUTE)
if(DEFINED ENV{PYIR_PYIRC} AND NOT PyIR_PYIRC)
  set(PyIR_PYIRC "$ENV{PYIR_PYIRC}" CACHE FILEPATH "pyirc")
endif()
find_program(PyIR_PYIRC pyirc HINTS "${_pyir_package_dir}/_bin" NO_DEFAULT_PATH)
find_program(PyIR_PYIRC pyirc)
if(NOT PyIR_PYIRC)
  set(PyIR_FOUND FALSE)
  set(PyIR_NOT_FOUND_MESSAGE "pyirc not found (install pyir-toolkit)")
  return()
endif()

if(Python_EXECUTABLE)
  set(_pyir_python "${Python_EXECUTABLE}")
else()
  find_program(_pyir_python python3 REQUIRED)
endif()
execute_process(
  COMMAND "${_pyir_python}" -c
    "import sysconfig; print(sysconfig.get_config_var('EXT_SUFFIX'))"
  OUTPUT_VARIABLE PyIR_EXT_SUFFIX OUTPUT_STRIP_TRAILING_WHITESPACE
  COMMAND_ERROR_IS_FATAL ANY)
execute_process(
  COMMAND "${_pyir_python}" -c "import pyir; print(pyir.__version__)"
  OUTPUT_VARIABLE PyIR_VERSION OUTPUT_STRIP_TRAILING_WHITESPACE)

function(pyir_add_module target source)
  cmake_parse_arguments(PARSE_ARGV 2 arg "NO_JIT_EXPORT" "DESTINATION"
                        "PYIRC_ARGS")
  if(arg_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR
      "pyir_add_module: unknown arguments ${arg_UNPARSED_ARGUMENTS}")
  endif()
  get_filename_component(source "${source}" ABSOLUTE)
  if(NOT source MATCHES "\\.py$")
    message(FATAL_ERROR "pyir_add_module: ${source} is not a .py file")
  endif()
  get_filename_component(module "${source}" NAME_WE)
  if(NOT arg_PYIRC_ARGS)
    set(arg_PYIRC_ARGS -O2)
  endif()
  execute_process(
    COMMAND "${_pyir_python}" -c
      "import sys, pyir._compile as c; print(';'.join(c.source_closure(sys.argv[1])))"
      "${source}"
    OUTPUT_VARIABLE sources OUTPUT_STRIP_TRAILING_WHITESPACE
    COMMAND_ERROR_IS_FATAL ANY)
  set(dir "${CMAKE_CURRENT_BINARY_DIR}/${target}")
  set(extension "${dir}/${module}${PyIR_EXT_SUFFIX}")
  set(commands COMMAND "${PyIR_PYIRC}" --python "${_pyir_python}"
               ${arg_PYIRC_ARGS} -o "${dir}" "${source}")
  if(NOT arg_NO_JIT_EXPORT)
    list(APPEND commands COMMAND "${PyIR_PYIRC}" --python "${_pyir_python}"
         ${arg_PYIRC_ARGS} --emit=jit -o "${dir}/jit/${module}" "${source}")
  endif()
  add_custom_command(OUTPUT "${extension}" ${commands}
    DEPENDS ${sources} "${PyIR_PYIRC}"
    COMMENT "pyirc ${source}" VERBATIM)
  add_custom_target(${target} ALL DEPENDS "${extension}")
  if(arg_DESTINATION)
    install(FILES "${extension}" DESTINATION "${arg_DESTINATION}")
    if(NOT arg_NO_JIT_EXPORT)
      install(DIRECTORY "${dir}/jit/" DESTINATION "${arg_DESTINATION}/__pyir__")
    endif()
  endif()
endfunction()

set(PyIR_FOUND TRUE)
