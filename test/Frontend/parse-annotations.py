# RUN: pyirc --emit=ast %s | FileCheck %s
# Slices are allowed in annotations (views up to 4 dims, ::1 contiguity, attribute-qualified types, tuple[...] types) and multi-index subscripts.
import pyir
def f(a: f64[:, :, :, ::1], b: pyir.u8[::1], c: i32[1:2:3]) -> tuple[f64[:], int]:
    t: tuple[int, float] = (1, 2.0)
    return a[i, j, k, l], t

# CHECK: Module 'parse-annotations'
# CHECK-NEXT:   Import <3:1>
# CHECK-NEXT:     Alias 'pyir' <3:8>
# CHECK-NEXT:   FunctionDef 'f' <4:1>
# CHECK-NEXT:     Param 'a' <4:7>
# CHECK-NEXT:       Annotation
# CHECK-NEXT:         Subscript <4:10>
# CHECK-NEXT:           Name 'f64' <4:10>
# CHECK-NEXT:           Tuple <4:14>
# CHECK-NEXT:             Slice <4:14>
# CHECK-NEXT:             Slice <4:17>
# CHECK-NEXT:             Slice <4:20>
# CHECK-NEXT:             Slice <4:23>
# CHECK-NEXT:               Step
# CHECK-NEXT:                 Int 1 <4:25>
# CHECK-NEXT:     Param 'b' <4:29>
# CHECK-NEXT:       Annotation
# CHECK-NEXT:         Subscript <4:32>
# CHECK-NEXT:           Attribute 'u8' <4:32>
# CHECK-NEXT:             Name 'pyir' <4:32>
# CHECK-NEXT:           Slice <4:40>
# CHECK-NEXT:             Step
# CHECK-NEXT:               Int 1 <4:42>
# CHECK-NEXT:     Param 'c' <4:46>
# CHECK-NEXT:       Annotation
# CHECK-NEXT:         Subscript <4:49>
# CHECK-NEXT:           Name 'i32' <4:49>
# CHECK-NEXT:           Slice <4:53>
# CHECK-NEXT:             Lower
# CHECK-NEXT:               Int 1 <4:53>
# CHECK-NEXT:             Upper
# CHECK-NEXT:               Int 2 <4:55>
# CHECK-NEXT:             Step
# CHECK-NEXT:               Int 3 <4:57>
# CHECK-NEXT:     Returns
# CHECK-NEXT:       Subscript <4:64>
# CHECK-NEXT:         Name 'tuple' <4:64>
# CHECK-NEXT:         Tuple <4:70>
# CHECK-NEXT:           Subscript <4:70>
# CHECK-NEXT:             Name 'f64' <4:70>
# CHECK-NEXT:             Slice <4:74>
# CHECK-NEXT:           Name 'int' <4:78>
# CHECK-NEXT:     Body
# CHECK-NEXT:       AnnAssign <5:5>
# CHECK-NEXT:         Target
# CHECK-NEXT:           Name 't' <5:5>
# CHECK-NEXT:         Annotation
# CHECK-NEXT:           Subscript <5:8>
# CHECK-NEXT:             Name 'tuple' <5:8>
# CHECK-NEXT:             Tuple <5:14>
# CHECK-NEXT:               Name 'int' <5:14>
# CHECK-NEXT:               Name 'float' <5:19>
# CHECK-NEXT:         Value
# CHECK-NEXT:           Tuple <5:28>
# CHECK-NEXT:             Int 1 <5:29>
# CHECK-NEXT:             Float 2.0 <5:32>
# CHECK-NEXT:       Return <6:5>
# CHECK-NEXT:         Tuple <6:12>
# CHECK-NEXT:           Subscript <6:12>
# CHECK-NEXT:             Name 'a' <6:12>
# CHECK-NEXT:             Tuple <6:14>
# CHECK-NEXT:               Name 'i' <6:14>
# CHECK-NEXT:               Name 'j' <6:17>
# CHECK-NEXT:               Name 'k' <6:20>
# CHECK-NEXT:               Name 'l' <6:23>
# CHECK-NEXT:           Name 't' <6:27>
