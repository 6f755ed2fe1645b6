//===- ViewSlicing.cpp - The type of a sliced view --------------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//

#include "pyir/Dialect/PyIR/IR/ViewSlicing.h"

using namespace pyir;

int view_key::getNumOperands(int64_t code) {
  if (code == kIndex)
    return 1;
  if (code < 0 || code > (kStart | kStop | kStep))
    return -1;
  return ((code & kStart) != 0) + ((code & kStop) != 0) + ((code & kStep) != 0);
}

std::optional<SlicedView> pyir::inferSlicedView(unsigned baseRank,
                                                bool baseContiguous,
                                                llvm::ArrayRef<int64_t> keys) {
  if (keys.size() > baseRank)
    return std::nullopt;
  unsigned rank = 0;
  bool contiguous = baseContiguous;
  for (unsigned axis = 0; axis < baseRank; ++axis) {
    int64_t code = axis < keys.size() ? keys[axis] : 0;
    if (view_key::getNumOperands(code) < 0)
      return std::nullopt;
    if (code == view_key::kIndex) {
      // An index after a kept axis leaves that axis' stride behind.
      contiguous &= rank == 0;
      continue;
    }
    // The first kept axis may be a range (no step); later ones are whole.
    contiguous &= rank == 0 ? (code & view_key::kStep) == 0 : code == 0;
    ++rank;
  }
  if (rank == 0)
    return std::nullopt;
  return SlicedView{rank, contiguous};
}
