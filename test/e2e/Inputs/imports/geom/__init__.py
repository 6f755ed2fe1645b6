"""A package of PyIR modules that import each other."""
