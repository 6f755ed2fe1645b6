//===- ViewSlicing.h - The type of a sliced view ----------------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// The one definition of what `base[key]` is when the key slices a view: the
// encoding of the key's items (pyir.subview's `keys`), the result's rank and
// when it is provably C-contiguous. The frontend types subscripts with it
// and the op verifier checks them against it.
//
//===----------------------------------------------------------------------===//

#ifndef PYIR_DIALECT_PYIR_IR_VIEWSLICING_H
#define PYIR_DIALECT_PYIR_IR_VIEWSLICING_H

#include "pyir/Runtime/pyir_abi.h"

#include "llvm/ADT/ArrayRef.h"

#include <cstdint>
#include <optional>

namespace pyir {

/// The code of one item of a subscript key: an integer index, or a slice
/// with the parts present whose bits are set (`:` is 0, `1:` is kStart,
/// `::2` is kStep, `a:b:c` is 7).
namespace view_key {
constexpr int64_t kIndex = PYIR_KEY_INDEX;
constexpr int64_t kStart = PYIR_KEY_START;
constexpr int64_t kStop = PYIR_KEY_STOP;
constexpr int64_t kStep = PYIR_KEY_STEP;

/// How many operands the item takes (1 for an index, one per present part
/// of a slice); -1 for a code that is not an item.
int getNumOperands(int64_t code);
} // namespace view_key

struct SlicedView {
  unsigned rank;
  bool contiguous;
};

/// The view `base[key]` for a base of `baseRank` axes (C-contiguous when
/// `baseContiguous`) and a key of `keys` items (view_key codes), one per
/// leading axis; the axes after them are taken whole. Contiguous when the
/// base is and, after the first axis the result keeps, every axis is
/// taken whole (`m[i, :]`, `m[1:3]`, `a[2:n]` of a `::1` view; not
/// `m[:, 1:3]`, `a[::2]`, `m[1:3, 0]`). None when the key has more items
/// than the base has axes, holds a code that is not an item, or has no
/// slice left (an element, not a view).
std::optional<SlicedView> inferSlicedView(unsigned baseRank,
                                          bool baseContiguous,
                                          llvm::ArrayRef<int64_t> keys);

} // namespace pyir

#endif // PYIR_DIALECT_PYIR_IR_VIEWSLICING_H
