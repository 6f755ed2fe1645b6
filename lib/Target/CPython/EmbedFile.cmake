# Writes INPUT into OUTPUT as a C++ raw string literal named NAME.
file(READ "${INPUT}" content)
file(WRITE "${OUTPUT}"
  "// Generated from ${INPUT}; do not edit.\n"
  "static const char ${NAME}[] = R\"PYIRRAW(${content})PYIRRAW\";\n")
