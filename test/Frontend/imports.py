# RUN: rm -rf %t && mkdir -p %t && cp -r %S/Inputs/imports/. %t/
# RUN: pyirc --emit=pyir %t/pkg/imp_inner.py | FileCheck %s
# RUN: pyirc --emit=pyir -O2 %t/pkg/imp_inner.py | FileCheck %s --check-prefix=OPT
# An imported function is a private declaration naming its module
# (docs/language.md §10), called like a function of the module; the
# optimiser never inlines it.
# CHECK: func.func @inner(
# CHECK-NEXT: call @".imp_sibling.twice"(%arg0)
# CHECK: call @imp_lib.add
# CHECK: func.func private @".imp_sibling.twice"(i64 {pyir.arg_name = "x"}) -> i64 attributes {pyir.imported = {absolute = "pkg.imp_sibling", level = 1 : i64, module = "imp_sibling", name = "twice", py_name = "twice"}}
# CHECK-NEXT: func.func private @imp_lib.add(i64 {pyir.arg_name = "a"}, i64 {pyir.arg_name = "b"}) -> i64 attributes {pyir.imported = {absolute = "imp_lib", level = 0 : i64, module = "imp_lib", name = "add", py_name = "add"}}
# OPT: func.func @inner
# OPT: call @".imp_sibling.twice"
# OPT: call @imp_lib.add
# An absolute import looks in the package root, then in each -I directory;
# without the directory the import is the unsupported import it always was.
# RUN: cp -r %S/Inputs/imports_inc %t/inc
# RUN: pyirc --emit=pyir -I %t %t/inc/imp_uses_include.py | FileCheck %s --check-prefix=INC
# RUN: not pyirc --emit=pyir %t/inc/imp_uses_include.py 2>&1 | FileCheck %s --check-prefix=NOINC
# INC: call @imp_lib.add
# With several inputs, each child pyirc gets the -I directories too.
# RUN: pyirc --emit=pyir -I %t %t/inc/imp_uses_include.py %t/pkg/imp_inner.py -j2 -o %t/multi 2>&1 | FileCheck %s --check-prefix=MULTI
# MULTI: {{^}}[1/2] {{.*}}imp_uses_include.py
# MULTI-NEXT: {{^}}[2/2] {{.*}}imp_inner.py
# MULTI-NOT: error
# RUN: FileCheck %s --check-prefix=INC < %t/multi/imp_uses_include.mlir
# NOINC: imp_uses_include.py:2:6: error: importing from 'imp_lib' is not supported
