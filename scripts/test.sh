#!/usr/bin/env bash
# The whole ndc test suite. Each step prints one line (PASS/FAIL, name,
# seconds); a failing step shows the end of its log and the run goes on.
# The last line is "N passed, M failed"; the exit status is non-zero when
# any step failed.
#
# Usage: scripts/test.sh            (from anywhere; run by `make test`)
# Environment: CARGO (cargo command), CC, CXX.
# Logs: build/test-logs/<step>.log
set -uo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

cargo=${CARGO:-cargo}
cc=${CC:-gcc}
cxx=${CXX:-g++}
build="$root/build"
logs="$build/test-logs"
prefix="$build/prefix"
work="$build/test-work"
release="$root/target/release"

export CARGO_TERM_COLOR=never

rm -rf "$logs" "$work"
mkdir -p "$logs" "$work"

passed=0
failed=0
failed_steps=()

# step NAME COMMAND...: runs COMMAND with its output in the step's log.
step() {
  local name=$1
  shift
  local log="$logs/${name//[^A-Za-z0-9_.-]/_}.log"
  local start=$SECONDS rc
  # `set -e` inside the subshell: any failing command fails the step. (It
  # must not run as an `if`/`||` operand, where bash would ignore -e.)
  (
    set -e
    "$@"
  ) >"$log" 2>&1
  rc=$?
  if [ "$rc" -eq 0 ]; then
    passed=$((passed + 1))
    printf 'PASS  %-44s %4ds\n' "$name" $((SECONDS - start))
  else
    failed=$((failed + 1))
    failed_steps+=("$name")
    printf 'FAIL  %-44s %4ds   (log: %s)\n' "$name" $((SECONDS - start)) "${log#"$root"/}"
    tail -n 40 "$log" | sed 's/^/      | /'
  fi
}

# ---- Rust -------------------------------------------------------------------

rust_fmt() { "$cargo" fmt --all -- --check --color never; }
rust_clippy() { "$cargo" clippy --all-targets -- -D warnings; }
rust_build() { "$cargo" build --release; }
# Test threads get the 8 MiB stack of a process's main thread: the system
# OpenBLAS 0.3.21's parallel LU (getrf_parallel, behind solve/inv/det)
# keeps large arrays on the stack and overflows Rust's default 2 MiB thread
# stack (README, "Threads").
rust_test() { RUST_MIN_STACK=8388608 "$cargo" test --release; }

# ---- the built library and its header -----------------------------------------

header_fresh() {
  if ! git -C "$root" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    echo "not a git checkout: cannot compare include/ndc.h" >&2
    return 1
  fi
  # build.rs regenerates the header on every build: the committed copy
  # must be what the sources generate.
  git -C "$root" diff --exit-code -- include/ndc.h
}

exports_only_ndc() {
  local so="$release/libndc.so" bad
  [ -f "$so" ] || { echo "$so missing" >&2; return 1; }
  nm -D --defined-only "$so" | awk 'NF >= 3 { print $3 }' >"$work/exports.txt"
  echo "$(wc -l <"$work/exports.txt") exported symbols"
  [ -s "$work/exports.txt" ] || { echo "no exported symbols" >&2; return 1; }
  bad=$(grep -v '^ndc_' "$work/exports.txt" || true)
  if [ -n "$bad" ]; then
    echo "symbols outside the ndc_ namespace:" >&2
    echo "$bad" >&2
    return 1
  fi
}

soname_ok() {
  local so="$release/libndc.so"
  readelf -d "$so" | grep -F "Library soname: [libndc.so.0." ||
    readelf -d "$so" | grep -E 'Library soname: \[libndc\.so\.[1-9]'
}

header_c() {
  local std=$1
  printf '#include <ndc.h>\nint main(void) { return ndc_version() == 0; }\n' >"$work/h_$std.c"
  "$cc" "-std=$std" -Wall -Wextra -Werror -pedantic -Wstrict-prototypes \
    -I"$root/include" -c "$work/h_$std.c" -o "$work/h_$std.o"
}

# The freshly built library under its soname (target/release only has
# libndc.so), for linking programs before the install step.
built_lib_dir() {
  local dir="$work/lib" soname
  soname=$(readelf -d "$release/libndc.so" | sed -n 's/.*Library soname: \[\(.*\)\].*/\1/p')
  mkdir -p "$dir"
  ln -sfn "$release/libndc.so" "$dir/libndc.so"
  [ -z "$soname" ] || ln -sfn "$release/libndc.so" "$dir/$soname"
  echo "$dir"
}

header_cxx17() {
  local lib
  lib=$(built_lib_dir)
  "$cxx" -std=c++17 -Wall -Wextra -Werror -pedantic -I"$root/include" \
    "$root/tests/c/header/cxx17.cpp" -L"$lib" -lndc -Wl,-rpath,"$lib" -o "$work/h_cxx17"
  "$work/h_cxx17"
}

header_two_units() {
  local lib
  lib=$(built_lib_dir)
  "$cc" -std=c99 -Wall -Wextra -Werror -pedantic -I"$root/include" \
    "$root/tests/c/header/unit_a.c" "$root/tests/c/header/unit_b.c" \
    -L"$lib" -lndc -Wl,-rpath,"$lib" -o "$work/h_two_units"
  "$work/h_two_units"
}

# ---- install ------------------------------------------------------------------

install_prefix() {
  rm -rf "$prefix"
  CARGO="$cargo" "$root/scripts/install.sh" "$prefix"
  local f
  for f in include/ndc.h lib/libndc.so lib/libndc.a lib/pkgconfig/ndc.pc \
    lib/cmake/ndc/ndcConfig.cmake lib/cmake/ndc/ndcConfigVersion.cmake; do
    [ -e "$prefix/$f" ] || { echo "missing $prefix/$f" >&2; return 1; }
  done
  local soname
  soname=$(readelf -d "$prefix/lib/libndc.so" | sed -n 's/.*Library soname: \[\(.*\)\].*/\1/p')
  [ -L "$prefix/lib/$soname" ] || [ -f "$prefix/lib/$soname" ] ||
    { echo "no $soname in $prefix/lib" >&2; return 1; }
  cmp -s "$prefix/include/ndc.h" "$root/include/ndc.h"
  PKG_CONFIG_PATH="$prefix/lib/pkgconfig" pkg-config --modversion ndc
  ls -l "$prefix/lib"
}

with_pc() { PKG_CONFIG_PATH="$prefix/lib/pkgconfig${PKG_CONFIG_PATH:+:$PKG_CONFIG_PATH}" "$@"; }

# ---- C tests through the installed header ----------------------------------------

c_flags() {
  with_pc pkg-config --cflags ndc
}
c_libs() {
  echo "$(with_pc pkg-config --libs ndc) -Wl,-rpath,$prefix/lib -lm"
}

c_asan() {
  local t=$1 bin="$work/asan_$1"
  # shellcheck disable=SC2046
  "$cc" -std=c99 -g -O1 -Wall -Wextra -Werror -pedantic \
    -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer \
    $(c_flags) "$root/tests/c/$t.c" $(c_libs) -o "$bin"
  # Leaks fail the run (LeakSanitizer's exit code); huge allocations the
  # tests expect to fail return NULL instead of aborting.
  ASAN_OPTIONS="detect_leaks=1:allocator_may_return_null=1:halt_on_error=1:exitcode=1" \
    LSAN_OPTIONS="exitcode=23" \
    UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
    RUST_BACKTRACE=0 "$bin"
}

c_valgrind() {
  local t=$1 bin="$work/vg_$1"
  # shellcheck disable=SC2046
  "$cc" -std=c99 -g -O1 -Wall -Wextra -Werror -pedantic \
    $(c_flags) "$root/tests/c/$t.c" $(c_libs) -o "$bin"
  RUST_BACKTRACE=0 valgrind --quiet --error-exitcode=1 --leak-check=full \
    --show-leak-kinds=definite,possible --errors-for-leak-kinds=definite,possible \
    --suppressions="$root/tests/c/valgrind.supp" "$bin"
}

# ---- consumers of the installed library ----------------------------------------------

needs_lib() { # needs_lib BINARY yes|no : whether libndc.so is a DT_NEEDED
  local n
  n=$(readelf -d "$1" | grep -c 'NEEDED.*libndc\.so' || true)
  if [ "$2" = yes ] && [ "$n" = 0 ]; then echo "$1 does not load libndc.so" >&2; return 1; fi
  if [ "$2" = no ] && [ "$n" != 0 ]; then echo "$1 loads libndc.so (not static)" >&2; return 1; fi
}

consumer_pc_shared() {
  local bin="$work/consumer_pc_shared"
  # shellcheck disable=SC2046
  "$cc" -std=c99 -Wall -Wextra -Werror $(c_flags) "$root/tests/consumer/consumer.c" \
    $(with_pc pkg-config --libs ndc) -Wl,-rpath,"$(with_pc pkg-config --variable=libdir ndc)" \
    -o "$bin"
  readelf -d "$bin" | grep NEEDED
  needs_lib "$bin" yes
  "$bin"
}

consumer_pc_static() {
  local bin="$work/consumer_pc_static" libs
  libs=" $(with_pc pkg-config --static --libs ndc) "
  # Link the archive, not the shared library next to it.
  libs=${libs// -lndc / -l:libndc.a }
  echo "static libs:$libs"
  # shellcheck disable=SC2086,SC2046
  "$cc" -std=c99 -Wall -Wextra -Werror $(c_flags) "$root/tests/consumer/consumer.c" $libs \
    -o "$bin"
  readelf -d "$bin" | grep NEEDED
  needs_lib "$bin" no
  "$bin"
}

consumer_cmake() {
  local kind=$1 dir="$work/consumer_cmake_$1" static=OFF
  [ "$kind" = static ] && static=ON
  rm -rf "$dir"
  cmake -S "$root/tests/consumer" -B "$dir" -DCMAKE_PREFIX_PATH="$prefix" \
    -DCMAKE_C_COMPILER="$cc" -DNDC_STATIC="$static" -DCMAKE_BUILD_TYPE=Release
  cmake --build "$dir" --verbose
  readelf -d "$dir/consumer" | grep NEEDED
  if [ "$kind" = static ]; then needs_lib "$dir/consumer" no; else needs_lib "$dir/consumer" yes; fi
  "$dir/consumer"
}

# The tour prints NumPy's output for the seed's snippets: compared with
# examples/c/tour.expected (made by scripts/gen_tour_expected.py).
demo() {
  CC="$cc" "$root/scripts/demo.sh" "$prefix" >"$work/tour.out"
  cat "$work/tour.out"
  python3 "$root/scripts/compare_output.py" "$root/examples/c/tour.expected" "$work/tour.out"
}

# Random ufunc calls through the C ABI compared with NumPy (needs numpy,
# installed by `make deps-python`).
property_ufunc() { python3 "$root/tests/property/ufunc_random.py" --lib "$release/libndc.so" --cases 2000; }
# Random index expressions (getitem/setitem, views vs copies) vs NumPy.
property_index() { python3 "$root/tests/property/index_random.py" --lib "$release/libndc.so" --cases 2000; }

# ---- run -------------------------------------------------------------------------

echo "ndc test suite ($(date -u '+%Y-%m-%d %H:%M:%S UTC'))"
step "cargo fmt --check" rust_fmt
step "cargo clippy -D warnings" rust_clippy
step "cargo build --release" rust_build
step "header is fresh (git diff include/ndc.h)" header_fresh
step "exports only ndc_* symbols" exports_only_ndc
step "soname is libndc.so.0.<minor>" soname_ok
step "header compiles as C99" header_c c99
step "header compiles as C11" header_c c11
step "header compiles as C++17" header_cxx17
step "header in two translation units links" header_two_units
step "install into build/prefix" install_prefix
for src in "$root"/tests/c/test_*.c; do
  t=$(basename "$src" .c)
  step "$t (ASan+UBSan+LSan)" c_asan "$t"
  step "$t (valgrind)" c_valgrind "$t"
done
step "consumer: pkg-config shared" consumer_pc_shared
step "consumer: pkg-config static" consumer_pc_static
step "consumer: CMake ndc::ndc" consumer_cmake shared
step "consumer: CMake ndc::ndc_static" consumer_cmake static
step "demo (examples/c/tour.c)" demo
step "property: random ufunc calls vs NumPy" property_ufunc
step "property: random index expressions vs NumPy" property_index
# Last: building the tests unifies dev-dependency features into the library's
# dependencies, which rebuilds it; running them after the steps that use the
# release library keeps that to one extra build.
step "cargo test --release" rust_test

if [ "$failed" -gt 0 ]; then
  echo "failed steps:"
  printf '  - %s\n' "${failed_steps[@]}"
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
