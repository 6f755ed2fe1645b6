# RUN: pyirc --emit=tokens %s | FileCheck %s
# INDENT/DEDENT, blank and comment lines, implicit and explicit joining.
if a:
    b = (1,
  2)   # inside brackets indentation does not matter

      # a comment line at another indentation is ignored
    c = 1 + \
        2
    if d:
        pass
e = [
]
# CHECK:      <3:1> 'if'
# CHECK-NEXT: <3:4> NAME 'a'
# CHECK-NEXT: <3:5> ':'
# CHECK-NEXT: <3:6> NEWLINE
# CHECK-NEXT: <4:5> INDENT
# CHECK-NEXT: <4:5> NAME 'b'
# CHECK-NEXT: <4:7> '='
# CHECK-NEXT: <4:9> '('
# CHECK-NEXT: <4:10> INT 1 '1'
# CHECK-NEXT: <4:11> ','
# CHECK-NEXT: <5:3> INT 2 '2'
# CHECK-NEXT: <5:4> ')'
# CHECK-NEXT: <5:53> NEWLINE
# CHECK-NEXT: <8:5> NAME 'c'
# CHECK-NEXT: <8:7> '='
# CHECK-NEXT: <8:9> INT 1 '1'
# CHECK-NEXT: <8:11> '+'
# CHECK-NEXT: <9:9> INT 2 '2'
# CHECK-NEXT: <9:10> NEWLINE
# CHECK-NEXT: <10:5> 'if'
# CHECK-NEXT: <10:8> NAME 'd'
# CHECK-NEXT: <10:9> ':'
# CHECK-NEXT: <10:10> NEWLINE
# CHECK-NEXT: <11:9> INDENT
# CHECK-NEXT: <11:9> 'pass'
# CHECK-NEXT: <11:13> NEWLINE
# CHECK-NEXT: <12:1> DEDENT
# CHECK-NEXT: <12:1> DEDENT
# CHECK-NEXT: <12:1> NAME 'e'
# CHECK-NEXT: <12:3> '='
# CHECK-NEXT: <12:5> '['
# CHECK-NEXT: <13:1> ']'
# CHECK-NEXT: <13:2> NEWLINE
# CHECK-NEXT: EOF
