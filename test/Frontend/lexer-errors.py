# RUN: not pyirc --emit=tokens %s 2>&1 | FileCheck %s
# The lexer reports an error and goes on with the next token.
a = 0123
# CHECK: lexer-errors.py:[[@LINE-1]]:5: error: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers
a = 0x
# CHECK: lexer-errors.py:[[@LINE-1]]:5: error: invalid hexadecimal literal: no digits after the prefix
a = 0b102
# CHECK: lexer-errors.py:[[@LINE-1]]:9: error: invalid digit '2' in binary literal
a = 0o8
# CHECK: lexer-errors.py:[[@LINE-1]]:5: error: invalid octal literal: no digits after the prefix
a = 1__0
# CHECK: lexer-errors.py:[[@LINE-1]]:6: error: invalid numeric literal: '_' must separate digits
a = 1_
# CHECK: lexer-errors.py:[[@LINE-1]]:6: error: invalid numeric literal: '_' must separate digits
a = 12abc
# CHECK: lexer-errors.py:[[@LINE-1]]:5: error: invalid numeric literal '12abc'
a = b $ c
# CHECK: lexer-errors.py:[[@LINE-1]]:7: error: invalid character '$' (U+0024)
# CHECK-NEXT: a = b $ c
# CHECK-NEXT: {{^      \^$}}
a = b ? c
# CHECK: lexer-errors.py:[[@LINE-1]]:7: error: invalid character '?' (U+003F)
a = ! b
# CHECK: lexer-errors.py:[[@LINE-1]]:5: error: invalid syntax: '!' is not an operator; use 'not' or '!='
a = b € c
# CHECK: lexer-errors.py:[[@LINE-1]]:7: error: invalid character '€' (U+20AC); PyIR identifiers and operators must be ASCII
a = 'abc
# CHECK: lexer-errors.py:[[@LINE-1]]:5: error: unterminated string literal
a = "\N{EM DASH}"
# CHECK: lexer-errors.py:[[@LINE-1]]:6: error: \N{...} escapes are not supported by PyIR; write the character itself or use \u
a = "\x4"
# CHECK: lexer-errors.py:[[@LINE-1]]:6: error: truncated \x escape: expected 2 hex digits
a = "\U00110000"
# CHECK: lexer-errors.py:[[@LINE-1]]:6: error: illegal Unicode character in \U escape
a = b"é"
# CHECK: lexer-errors.py:[[@LINE-1]]:7: error: bytes can only contain ASCII literal characters
a = 1)
# CHECK: lexer-errors.py:[[@LINE-1]]:6: error: unmatched ')'
a = (1]
# CHECK: lexer-errors.py:[[@LINE-1]]:7: error: closing parenthesis ']' does not match opening parenthesis '('
a = 1 \ b
# CHECK: lexer-errors.py:[[@LINE-1]]:7: error: unexpected character after line continuation character
