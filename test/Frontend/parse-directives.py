# RUN: pyirc --emit=ast %s | FileCheck %s
# The parser keeps every '# pyir:' directive on the module, in source order,
# with its items (key, value, location of the item); one that is not at
# module level is marked misplaced (Sema reports it). The body is unchanged.
# pyir: boundscheck=False,  wraparound = False
@boundscheck(False)
# pyir: cdivision=True
def f(a: int) -> int:
    # pyir: nogil=True
    return a  # pyir: overflowcheck=False,, x ,
#pyir:
# CHECK:      Module 'parse-directives' <1:1>
# CHECK-NEXT:   Directive <5:1>
# CHECK-NEXT:     Item 'boundscheck' = 'False' <5:9>
# CHECK-NEXT:     Item 'wraparound' = 'False' <5:29>
# CHECK-NEXT:   Directive <7:1>
# CHECK-NEXT:     Item 'cdivision' = 'True' <7:9>
# CHECK-NEXT:   Directive misplaced <9:5>
# CHECK-NEXT:     Item 'nogil' = 'True' <9:13>
# CHECK-NEXT:   Directive misplaced <10:15>
# CHECK-NEXT:     Item 'overflowcheck' = 'False' <10:23>
# CHECK-NEXT:     Item 'x' = '' <10:45>
# CHECK-NEXT:   Directive <11:1>
# CHECK-NEXT:   FunctionDef 'f' <8:1>
# CHECK-NEXT:     Decorators
# CHECK-NEXT:       Call <6:2>
# CHECK:          Body
# CHECK-NEXT:       Return <10:5>
# CHECK-NEXT:         Name 'a' <10:12>
# CHECK-NOT:  Directive
