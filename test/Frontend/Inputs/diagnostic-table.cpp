// Compiled by diagnostic-table.test: calls of DiagnosticEngine::report and
// the checks of DiagnosticIDs.h. It compiles as is; each -D adds one mistake
// the build must reject.

#include "pyir/Frontend/Diagnostics.h"

#include <type_traits>

using namespace pyir::frontend;

// A row's type carries the number of its placeholders.
static_assert(
    std::is_same_v<decltype(diag::err_null_byte), const diag::DiagID<0>>);
static_assert(std::is_same_v<decltype(diag::err_invalid_character),
                             const diag::DiagID<2>>);

// The check of each row's message.
static_assert(diag::detail::getNumArgs("no placeholder") == 0);
static_assert(diag::detail::getNumArgs("%1 before %0, %0 twice, 100%%") == 2);
static_assert(diag::detail::getNumArgs("skips %0: %1 %2 %4") == -1);
static_assert(diag::detail::getNumArgs("a lone % sign") == -1);
static_assert(diag::detail::getNumArgs("ends in %") == -1);

void report(DiagnosticEngine &engine, llvm::SMRange range) {
  // Strings, Twines, characters and integers.
  engine.report(range, diag::err_invalid_character, "$", std::string("0024"));
  engine.report(range, diag::err_unsupported_encoding,
                llvm::Twine("latin") + "-1");
  engine.report(range, diag::err_unmatched_bracket, ')');
  engine.report(range.Start, diag::err_too_many_indent_levels, 100u);
  engine.report(range.Start, range, diag::err_numeric_literal_too_long,
                size_t(5000), 4300);
#ifdef TOO_FEW_ARGS
  engine.report(range, diag::err_invalid_character, "$");
#endif
#ifdef BOOL_ARG
  engine.report(range, diag::err_unmatched_bracket, true);
#endif
#ifdef TOO_MANY_ARGS
  engine.report(range, diag::err_null_byte, "\\0");
#endif
#ifdef MESSAGE_TEXT
  engine.error(range, "a message that is no row of the table");
#endif
}
