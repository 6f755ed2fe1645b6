# RUN: pyirc --emit=tokens %s | FileCheck %s
# A '# pyir:' comment is a DIRECTIVE token (other comments are no tokens).
# It comes at the start of the next logical line, after that line's DEDENTs
# or INDENT, and a comment-only line changes no indentation.
# pyir: boundscheck=False
def f(a):
    x = 1
# pyir: wraparound=False
y = 2
def g():
    if a:
        # pyir: cdivision=True
        pass
    b = (1,  # pyir: nogil=True
# pyir: nogil=False
         2)  #pyir : overflowcheck=False
    c = 3
# pyir: wraparound=True
    d = 4
# not a directive: pyir: x=y
#pyirx: boundscheck=True
# pyir: boundscheck=True
# CHECK:      <5:1> DIRECTIVE 'boundscheck=False'
# CHECK-NEXT: <6:1> 'def'
# CHECK-NEXT: <6:5> NAME 'f'
# CHECK-NEXT: <6:6> '('
# CHECK-NEXT: <6:7> NAME 'a'
# CHECK-NEXT: <6:8> ')'
# CHECK-NEXT: <6:9> ':'
# CHECK-NEXT: <6:10> NEWLINE
# CHECK-NEXT: <7:5> INDENT
# CHECK-NEXT: <7:5> NAME 'x'
# CHECK-NEXT: <7:7> '='
# CHECK-NEXT: <7:9> INT 1 '1'
# CHECK-NEXT: <7:10> NEWLINE
# CHECK-NEXT: <9:1> DEDENT
# CHECK-NEXT: <8:1> DIRECTIVE 'wraparound=False'
# CHECK-NEXT: <9:1> NAME 'y'
# CHECK-NEXT: <9:3> '='
# CHECK-NEXT: <9:5> INT 2 '2'
# CHECK-NEXT: <9:6> NEWLINE
# CHECK-NEXT: <10:1> 'def'
# CHECK-NEXT: <10:5> NAME 'g'
# CHECK-NEXT: <10:6> '('
# CHECK-NEXT: <10:7> ')'
# CHECK-NEXT: <10:8> ':'
# CHECK-NEXT: <10:9> NEWLINE
# CHECK-NEXT: <11:5> INDENT
# CHECK-NEXT: <11:5> 'if'
# CHECK-NEXT: <11:8> NAME 'a'
# CHECK-NEXT: <11:9> ':'
# CHECK-NEXT: <11:10> NEWLINE
# CHECK-NEXT: <13:9> INDENT
# CHECK-NEXT: <12:9> DIRECTIVE 'cdivision=True'
# CHECK-NEXT: <13:9> 'pass'
# CHECK-NEXT: <13:13> NEWLINE
# CHECK-NEXT: <14:5> DEDENT
# CHECK-NEXT: <14:5> NAME 'b'
# CHECK-NEXT: <14:7> '='
# CHECK-NEXT: <14:9> '('
# CHECK-NEXT: <14:10> INT 1 '1'
# CHECK-NEXT: <14:11> ','
# CHECK-NEXT: <16:10> INT 2 '2'
# CHECK-NEXT: <16:11> ')'
# CHECK-NEXT: <16:41> NEWLINE
# CHECK-NEXT: <14:14> DIRECTIVE 'nogil=True'
# CHECK-NEXT: <15:1> DIRECTIVE 'nogil=False'
# CHECK-NEXT: <16:14> DIRECTIVE 'overflowcheck=False'
# CHECK-NEXT: <17:5> NAME 'c'
# CHECK-NEXT: <17:7> '='
# CHECK-NEXT: <17:9> INT 3 '3'
# CHECK-NEXT: <17:10> NEWLINE
# CHECK-NEXT: <18:1> DIRECTIVE 'wraparound=True'
# CHECK-NEXT: <19:5> NAME 'd'
# CHECK-NEXT: <19:7> '='
# CHECK-NEXT: <19:9> INT 4 '4'
# CHECK-NEXT: <19:10> NEWLINE
# CHECK-NEXT: <{{[0-9]+}}:1> DEDENT
# CHECK-NEXT: <22:1> DIRECTIVE 'boundscheck=True'
# CHECK-NEXT: <{{[0-9]+}}:1> EOF
