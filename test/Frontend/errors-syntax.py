# RUN: not pyirc --emit=ast %s 2>&1 | FileCheck %s
# Syntax errors: each is reported at its place and the parser recovers at the next statement, so one run reports them all.
# CHECK: errors-syntax.py:[[@LINE+1]]:5: error: invalid syntax: expected an expression, found '='
x = = 1
# CHECK: errors-syntax.py:[[@LINE+1]]:15: error: duplicate parameter 'x' in function definition
def f(x: int, x: int) -> int:
    pass
# CHECK: errors-syntax.py:[[@LINE+1]]:12: error: non-default parameter 'b' follows a parameter with a default
def f(a=1, b):
    pass
# CHECK: errors-syntax.py:[[@LINE+1]]:12: error: positional argument follows keyword argument
y = f(a=1, 2)
# CHECK: errors-syntax.py:[[@LINE+1]]:12: error: keyword argument repeated: 'a'
y = f(a=1, a=2)
# CHECK: errors-syntax.py:[[@LINE+1]]:1: error: cannot assign to a literal; a target must be a name, a subscript a[i], an attribute or a tuple of those
1 = x
# CHECK: errors-syntax.py:[[@LINE+1]]:1: error: cannot assign to a function call; a target must be a name, a subscript a[i], an attribute or a tuple of those
f() = 3
# CHECK: errors-syntax.py:[[@LINE+1]]:1: error: cannot assign to an operator expression; a target must be a name, a subscript a[i], an attribute or a tuple of those
a + b = 3
# CHECK: errors-syntax.py:[[@LINE+1]]:4: error: cannot assign to a literal; a target must be a name, a subscript a[i], an attribute or a tuple of those
x, 1 = 1, 2
# CHECK: errors-syntax.py:[[@LINE+1]]:1: error: only a single target (not a tuple) can be annotated
(a, b): int = 3
# CHECK: errors-syntax.py:[[@LINE+1]]:1: error: illegal target for augmented assignment; use a name, a subscript a[i] or an attribute
a + 1 += 2
# CHECK: errors-syntax.py:[[@LINE+1]]:1: error: 'break' outside loop
break
# CHECK: errors-syntax.py:[[@LINE+1]]:1: error: 'continue' outside loop
continue
# CHECK: errors-syntax.py:[[@LINE+1]]:1: error: 'return' outside function
return 1
def g():
    # CHECK: errors-syntax.py:[[@LINE+1]]:5: error: 'break' outside loop
    break
    while x:
        pass
    else:
        # CHECK: errors-syntax.py:[[@LINE+1]]:9: error: 'continue' outside loop
        continue
# CHECK: errors-syntax.py:[[@LINE+1]]:5: error: invalid syntax: expected ':', found end of line
if x
    pass
if x:
# CHECK: errors-syntax.py:[[@LINE+1]]:1: error: expected an indented block after 'if' statement on line [[@LINE-1]]
pass
  y = 1
# CHECK: errors-syntax.py:[[@LINE+1]]:1: error: invalid syntax: 'else' without a matching 'if' (or loop)
else:
    pass
# CHECK: errors-syntax.py:[[@LINE+1]]:1: error: invalid syntax: 'elif' without a matching 'if' (or loop)
elif x:
    pass
# CHECK: errors-syntax.py:[[@LINE+1]]:1: error: 'except' clauses (exception handling) are not supported by PyIR
except:
    pass
# CHECK: errors-syntax.py:[[@LINE+1]]:8: error: invalid syntax: expected an expression, found end of line
z = 1 +
# CHECK: errors-syntax.py:[[@LINE+1]]:7: error: invalid syntax: '<>' is not an operator in Python 3; use '!='
a = 1 <> 2
# CHECK: errors-syntax.py:[[@LINE+1]]:7: error: invalid syntax: expected end of statement, found string literal
print "hello"
# CHECK: errors-syntax.py:[[@LINE+1]]:11: error: invalid syntax: expected 'else' in conditional expression, found end of line
x = 1 if y
@dec
# CHECK: errors-syntax.py:[[@LINE+1]]:1: error: invalid syntax: expected 'def' after decorators, found name 'x'
x = 1
ok = 1
# CHECK: errors-syntax.py:[[@LINE+1]]:11: error: invalid syntax: expected an expression, found end of line
last = 1 +
