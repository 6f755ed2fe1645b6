# pyir.TypeVar interpreted (language.md §8): constrained, subscriptable like
# the types (T[:], T[::1], T[:, :] are GenericView annotations), usable as a
# scalar annotation; T(x) is x; misuse raises TypeError at definition time.
# RUN: %python %s
# RUN: %if pypy3 %{ %pypy3 %s %}
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                "Inputs"))
from harness import check, check_raises, done

from pyir import GenericView, TypeVar, f32, f64, i64, u8

T = TypeVar("T", f32, f64)
check(T.name == "T" and T.constraints == (f32, f64), "name and constraints")
check(T.__name__ == "T" and repr(T) == "~T", "spelling")
for ann, ndim, contiguous, text in ((T[:], 1, False, "T[:]"),
                                    (T[::1], 1, True, "T[::1]"),
                                    (T[:, :], 2, False, "T[:, :]"),
                                    (T[:, :, ::1], 3, True, "T[:, :, ::1]")):
    check(isinstance(ann, GenericView) and ann.typevar is T and
          ann.ndim == ndim and ann.contiguous == contiguous and
          repr(ann) == text, "%s is a GenericView" % text)
check(T(3) == 3 and T(2.5) == 2.5, "T(x) is x interpreted")


def scale(a: T[:], k: T) -> None:
    for i in range(len(a)):
        a[i] = a[i] * k


buf = [1.0, 2.0]
scale(buf, 3)
check(buf == [3.0, 6.0], "a generic function runs unchanged")
check(scale.__annotations__["k"] is T, "scalar annotation")

S = TypeVar("S", int, float, bool, i64, u8)
check(S.constraints == (int, float, bool, i64, u8), "Python scalar types")
check_raises(TypeError, lambda: TypeVar("U"), "no constraints")
check_raises(TypeError, lambda: TypeVar("U", f32), "one constraint")
check_raises(TypeError, lambda: TypeVar("U", f32, str), "str constraint")
check_raises(TypeError, lambda: TypeVar("U", f32, f64[:]), "view constraint")
check_raises(TypeError, lambda: TypeVar(1, f32, f64), "non-str name")
check_raises(TypeError, lambda: S[:], "int is not a view element")
check_raises(TypeError, lambda: T[1:2], "bounds")
check_raises(TypeError, lambda: T[:, ::2], "step 2")

done("test_typevar")
