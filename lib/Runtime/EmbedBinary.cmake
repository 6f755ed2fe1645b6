# Writes INPUT (a binary file, or nothing if INPUT is empty) into OUTPUT as
# the bytes NAME[] and their count NAME_SIZE, with the flags it was built
# with as NAME_FLAGS.
set(bytes "")
set(size 0)
if(INPUT)
  file(READ "${INPUT}" hex HEX)
  string(LENGTH "${hex}" length)
  math(EXPR size "${length} / 2")
  string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
endif()
file(WRITE "${OUTPUT}"
  "// Generated from ${INPUT}; do not edit.\n"
  "static const unsigned char ${NAME}[] = {${bytes}0};\n"
  "static const unsigned long ${NAME}_SIZE = ${size};\n"
  "static const char ${NAME}_FLAGS[] = \"${FLAGS}\";\n")
