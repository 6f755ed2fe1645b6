# -*- coding: utf-8 -*-
# RUN: pyirc --emit=tokens %s | FileCheck %s
a = 'single' "double" '''triple
quoted''' """tri"ple"""
# CHECK: STRING "single"
# CHECK: STRING "double"
# CHECK: STRING "triple\0Aquoted"
# CHECK: STRING "tri\22ple"
a = "esc\n\t\\\'\"\x41\101\u00e9\U0001F600\q"
# CHECK: STRING "esc\0A\09\\'\22AA\C3\A9\F0\9F\98\80\\q"
a = r"raw\n\"" R'x' u"uni" U'x'
# CHECK: STRING "raw\\n\\\22"
# CHECK: STRING "x"
# CHECK: STRING "uni"
a = b"by\x00tes" Rb"\d" bR'x' BR"y" rb'z'
# CHECK: STRING bytes "by\00tes"
# CHECK: STRING bytes "\\d"
a = f"x{y}" rf"z" Fr'w'
# CHECK: STRING fstring
# CHECK: STRING fstring
# CHECK: STRING fstring
a = "line \
continued"
# CHECK: STRING "line continued"
a = "é"
# CHECK: STRING "\C3\A9"
