#!/usr/bin/env bash
# Builds ndc, installs it into a private prefix and runs C tests from
# tests/c under AddressSanitizer+UBSan and under valgrind, exactly as the
# suite does, without the rest of the suite. For quick iterations.
#
# Usage: scripts/ctest.sh test_index [test_shape ...]
# Environment: CARGO_TARGET_DIR (honoured), CC.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
target_dir=${CARGO_TARGET_DIR:-$root/target}
prefix="$target_dir/ctest-prefix"
cc=${CC:-gcc}

[ $# -gt 0 ] || { echo "usage: $0 test_name..." >&2; exit 2; }
rm -rf "$prefix"
"$root/scripts/install.sh" "$prefix" >/dev/null
export PKG_CONFIG_PATH="$prefix/lib/pkgconfig"
# shellcheck disable=SC2207
flags=($(pkg-config --cflags ndc))
# shellcheck disable=SC2207
libs=($(pkg-config --libs ndc) "-Wl,-rpath,$prefix/lib" -lm)
for t in "$@"; do
  t=${t%.c}
  src="$root/tests/c/$t.c"
  "$cc" -std=c99 -g -O1 -Wall -Wextra -Werror -pedantic \
    -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer \
    "${flags[@]}" "$src" "${libs[@]}" -o "$target_dir/asan_$t"
  ASAN_OPTIONS="detect_leaks=1:allocator_may_return_null=1:halt_on_error=1:exitcode=1" \
    LSAN_OPTIONS="exitcode=23" UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
    RUST_BACKTRACE=0 "$target_dir/asan_$t"
  "$cc" -std=c99 -g -O1 -Wall -Wextra -Werror -pedantic \
    "${flags[@]}" "$src" "${libs[@]}" -o "$target_dir/vg_$t"
  RUST_BACKTRACE=0 valgrind --quiet --error-exitcode=1 --leak-check=full \
    --show-leak-kinds=definite,possible --errors-for-leak-kinds=definite,possible \
    --suppressions="$root/tests/c/valgrind.supp" "$target_dir/vg_$t" | tail -n 1
  echo "$t: ASan and valgrind clean"
done
