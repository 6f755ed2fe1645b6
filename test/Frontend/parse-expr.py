# RUN: pyirc --emit=ast %s | FileCheck %s
# Precedence and associativity: -2**2 is -(2**2), ** is right-associative, chained comparisons are one node, not binds looser than ==.
x = -2**2
x = 2**3**2
x = -2**-1
x = a < b < c
x = not a == b
x = a if c else b if d else e
x = a or b and not c
x = a or b or c
x = a | b ^ c & d << 1 + 2 * 3
x = a - b - c
x = a // b % c / d * e
x = ~a + +b
x = f(1, a, k=2, m=x + 1)
x = a.b.c[i, j][k]
x = (a)
x = (a, b)
x = a,
x = ()
x = 1 >= 2 != 3 <= 4 > 5 == 6
x = True, False, None, ...
x = "abc" 'def'
x = (1 +
     2) * 3
x = f()(1)
x = a[i,]
x = a >> 1

# CHECK: Module 'parse-expr'
# CHECK-NEXT:   Assign <3:1>
# CHECK-NEXT:     Targets
# CHECK-NEXT:       Name 'x' <3:1>
# CHECK-NEXT:     Value
# CHECK-NEXT:       UnaryOp '-' <3:5>
# CHECK-NEXT:         BinOp '**' <3:6>
# CHECK-NEXT:           Int 2 <3:6>
# CHECK-NEXT:           Int 2 <3:9>
# CHECK-NEXT:   Assign <4:1>
# CHECK-NEXT:     Targets
# CHECK-NEXT:       Name 'x' <4:1>
# CHECK-NEXT:     Value
# CHECK-NEXT:       BinOp '**' <4:5>
# CHECK-NEXT:         Int 2 <4:5>
# CHECK-NEXT:         BinOp '**' <4:8>
# CHECK-NEXT:           Int 3 <4:8>
# CHECK-NEXT:           Int 2 <4:11>
# CHECK-NEXT:   Assign <5:1>
# CHECK-NEXT:     Targets
# CHECK-NEXT:       Name 'x' <5:1>
# CHECK-NEXT:     Value
# CHECK-NEXT:       UnaryOp '-' <5:5>
# CHECK-NEXT:         BinOp '**' <5:6>
# CHECK-NEXT:           Int 2 <5:6>
# CHECK-NEXT:           UnaryOp '-' <5:9>
# CHECK-NEXT:             Int 1 <5:10>
# CHECK-NEXT:   Assign <6:1>
# CHECK-NEXT:     Targets
# CHECK-NEXT:       Name 'x' <6:1>
# CHECK-NEXT:     Value
# CHECK-NEXT:       Compare '<' '<' <6:5>
# CHECK-NEXT:         Name 'a' <6:5>
# CHECK-NEXT:         Name 'b' <6:9>
# CHECK-NEXT:         Name 'c' <6:13>
# CHECK-NEXT:   Assign <7:1>
# CHECK-NEXT:     Targets
# CHECK-NEXT:       Name 'x' <7:1>
# CHECK-NEXT:     Value
# CHECK-NEXT:       UnaryOp 'not' <7:5>
# CHECK-NEXT:         Compare '==' <7:9>
# CHECK-NEXT:           Name 'a' <7:9>
# CHECK-NEXT:           Name 'b' <7:14>
# CHECK-NEXT:   Assign <8:1>
# CHECK-NEXT:     Targets
# CHECK-NEXT:       Name 'x' <8:1>
# CHECK-NEXT:     Value
# CHECK-NEXT:       IfExp <8:5>
# CHECK-NEXT:         Test
# CHECK-NEXT:           Name 'c' <8:10>
# CHECK-NEXT:         Body
# CHECK-NEXT:           Name 'a' <8:5>
# CHECK-NEXT:         OrElse
# CHECK-NEXT:           IfExp <8:17>
# CHECK-NEXT:             Test
# CHECK-NEXT:               Name 'd' <8:22>
# CHECK-NEXT:             Body
# CHECK-NEXT:               Name 'b' <8:17>
# CHECK-NEXT:             OrElse
# CHECK-NEXT:               Name 'e' <8:29>
# CHECK-NEXT:   Assign <9:1>
# CHECK-NEXT:     Targets
# CHECK-NEXT:       Name 'x' <9:1>
# CHECK-NEXT:     Value
# CHECK-NEXT:       BoolOp 'or' <9:5>
# CHECK-NEXT:         Name 'a' <9:5>
# CHECK-NEXT:         BoolOp 'and' <9:10>
# CHECK-NEXT:           Name 'b' <9:10>
# CHECK-NEXT:           UnaryOp 'not' <9:16>
# CHECK-NEXT:             Name 'c' <9:20>
# CHECK-NEXT:   Assign <10:1>
# CHECK-NEXT:     Targets
# CHECK-NEXT:       Name 'x' <10:1>
# CHECK-NEXT:     Value
# CHECK-NEXT:       BoolOp 'or' <10:5>
# CHECK-NEXT:         Name 'a' <10:5>
# CHECK-NEXT:         Name 'b' <10:10>
# CHECK-NEXT:         Name 'c' <10:15>
# CHECK-NEXT:   Assign <11:1>
# CHECK-NEXT:     Targets
# CHECK-NEXT:       Name 'x' <11:1>
# CHECK-NEXT:     Value
# CHECK-NEXT:       BinOp '|' <11:5>
# CHECK-NEXT:         Name 'a' <11:5>
# CHECK-NEXT:         BinOp '^' <11:9>
# CHECK-NEXT:           Name 'b' <11:9>
# CHECK-NEXT:           BinOp '&' <11:13>
# CHECK-NEXT:             Name 'c' <11:13>
# CHECK-NEXT:             BinOp '<<' <11:17>
# CHECK-NEXT:               Name 'd' <11:17>
# CHECK-NEXT:               BinOp '+' <11:22>
# CHECK-NEXT:                 Int 1 <11:22>
# CHECK-NEXT:                 BinOp '*' <11:26>
# CHECK-NEXT:                   Int 2 <11:26>
# CHECK-NEXT:                   Int 3 <11:30>
# CHECK-NEXT:   Assign <12:1>
# CHECK-NEXT:     Targets
# CHECK-NEXT:       Name 'x' <12:1>
# CHECK-NEXT:     Value
# CHECK-NEXT:       BinOp '-' <12:5>
# CHECK-NEXT:         BinOp '-' <12:5>
# CHECK-NEXT:           Name 'a' <12:5>
# CHECK-NEXT:           Name 'b' <12:9>
# CHECK-NEXT:         Name 'c' <12:13>
# CHECK-NEXT:   Assign <13:1>
# CHECK-NEXT:     Targets
# CHECK-NEXT:       Name 'x' <13:1>
# CHECK-NEXT:     Value
# CHECK-NEXT:       BinOp '*' <13:5>
# CHECK-NEXT:         BinOp '/' <13:5>
# CHECK-NEXT:           BinOp '%' <13:5>
# CHECK-NEXT:             BinOp '//' <13:5>
# CHECK-NEXT:               Name 'a' <13:5>
# CHECK-NEXT:               Name 'b' <13:10>
# CHECK-NEXT:             Name 'c' <13:14>
# CHECK-NEXT:           Name 'd' <13:18>
# CHECK-NEXT:         Name 'e' <13:22>
# CHECK-NEXT:   Assign <14:1>
# CHECK-NEXT:     Targets
# CHECK-NEXT:       Name 'x' <14:1>
# CHECK-NEXT:     Value
# CHECK-NEXT:       BinOp '+' <14:5>
# CHECK-NEXT:         UnaryOp '~' <14:5>
# CHECK-NEXT:           Name 'a' <14:6>
# CHECK-NEXT:         UnaryOp '+' <14:10>
# CHECK-NEXT:           Name 'b' <14:11>
# CHECK-NEXT:   Assign <15:1>
# CHECK-NEXT:     Targets
# CHECK-NEXT:       Name 'x' <15:1>
# CHECK-NEXT:     Value
# CHECK-NEXT:       Call <15:5>
# CHECK-NEXT:         Name 'f' <15:5>
# CHECK-NEXT:         Int 1 <15:7>
# CHECK-NEXT:         Name 'a' <15:10>
# CHECK-NEXT:         Keyword 'k' <15:13>
# CHECK-NEXT:           Int 2 <15:15>
# CHECK-NEXT:         Keyword 'm' <15:18>
# CHECK-NEXT:           BinOp '+' <15:20>
# CHECK-NEXT:             Name 'x' <15:20>
# CHECK-NEXT:             Int 1 <15:24>
# CHECK-NEXT:   Assign <16:1>
# CHECK-NEXT:     Targets
# CHECK-NEXT:       Name 'x' <16:1>
# CHECK-NEXT:     Value
# CHECK-NEXT:       Subscript <16:5>
# CHECK-NEXT:         Subscript <16:5>
# CHECK-NEXT:           Attribute 'c' <16:5>
# CHECK-NEXT:             Attribute 'b' <16:5>
# CHECK-NEXT:               Name 'a' <16:5>
# CHECK-NEXT:           Tuple <16:11>
# CHECK-NEXT:             Name 'i' <16:11>
# CHECK-NEXT:             Name 'j' <16:14>
# CHECK-NEXT:         Name 'k' <16:17>
# CHECK-NEXT:   Assign <17:1>
# CHECK-NEXT:     Targets
# CHECK-NEXT:       Name 'x' <17:1>
# CHECK-NEXT:     Value
# CHECK-NEXT:       Name 'a' (parens) <17:6>
# CHECK-NEXT:   Assign <18:1>
# CHECK-NEXT:     Targets
# CHECK-NEXT:       Name 'x' <18:1>
# CHECK-NEXT:     Value
# CHECK-NEXT:       Tuple <18:5>
# CHECK-NEXT:         Name 'a' <18:6>
# CHECK-NEXT:         Name 'b' <18:9>
# CHECK-NEXT:   Assign <19:1>
# CHECK-NEXT:     Targets
# CHECK-NEXT:       Name 'x' <19:1>
# CHECK-NEXT:     Value
# CHECK-NEXT:       Tuple <19:5>
# CHECK-NEXT:         Name 'a' <19:5>
# CHECK-NEXT:   Assign <20:1>
# CHECK-NEXT:     Targets
# CHECK-NEXT:       Name 'x' <20:1>
# CHECK-NEXT:     Value
# CHECK-NEXT:       Tuple <20:5>
# CHECK-NEXT:   Assign <21:1>
# CHECK-NEXT:     Targets
# CHECK-NEXT:       Name 'x' <21:1>
# CHECK-NEXT:     Value
# CHECK-NEXT:       Compare '>=' '!=' '<=' '>' '==' <21:5>
# CHECK-NEXT:         Int 1 <21:5>
# CHECK-NEXT:         Int 2 <21:10>
# CHECK-NEXT:         Int 3 <21:15>
# CHECK-NEXT:         Int 4 <21:20>
# CHECK-NEXT:         Int 5 <21:24>
# CHECK-NEXT:         Int 6 <21:29>
# CHECK-NEXT:   Assign <22:1>
# CHECK-NEXT:     Targets
# CHECK-NEXT:       Name 'x' <22:1>
# CHECK-NEXT:     Value
# CHECK-NEXT:       Tuple <22:5>
# CHECK-NEXT:         Bool True <22:5>
# CHECK-NEXT:         Bool False <22:11>
# CHECK-NEXT:         None <22:18>
# CHECK-NEXT:         Ellipsis <22:24>
# CHECK-NEXT:   Assign <23:1>
# CHECK-NEXT:     Targets
# CHECK-NEXT:       Name 'x' <23:1>
# CHECK-NEXT:     Value
# CHECK-NEXT:       Str "abcdef" <23:5>
# CHECK-NEXT:   Assign <24:1>
# CHECK-NEXT:     Targets
# CHECK-NEXT:       Name 'x' <24:1>
# CHECK-NEXT:     Value
# CHECK-NEXT:       BinOp '*' <24:6>
# CHECK-NEXT:         BinOp '+' (parens) <24:6>
# CHECK-NEXT:           Int 1 <24:6>
# CHECK-NEXT:           Int 2 <25:6>
# CHECK-NEXT:         Int 3 <25:11>
# CHECK-NEXT:   Assign <26:1>
# CHECK-NEXT:     Targets
# CHECK-NEXT:       Name 'x' <26:1>
# CHECK-NEXT:     Value
# CHECK-NEXT:       Call <26:5>
# CHECK-NEXT:         Call <26:5>
# CHECK-NEXT:           Name 'f' <26:5>
# CHECK-NEXT:         Int 1 <26:9>
# CHECK-NEXT:   Assign <27:1>
# CHECK-NEXT:     Targets
# CHECK-NEXT:       Name 'x' <27:1>
# CHECK-NEXT:     Value
# CHECK-NEXT:       Subscript <27:5>
# CHECK-NEXT:         Name 'a' <27:5>
# CHECK-NEXT:         Tuple <27:7>
# CHECK-NEXT:           Name 'i' <27:7>
# CHECK-NEXT:   Assign <28:1>
# CHECK-NEXT:     Targets
# CHECK-NEXT:       Name 'x' <28:1>
# CHECK-NEXT:     Value
# CHECK-NEXT:       BinOp '>>' <28:5>
# CHECK-NEXT:         Name 'a' <28:5>
# CHECK-NEXT:         Int 1 <28:10>
