#!/usr/bin/env bash
# Builds examples/c/tour.c against an installed ndc (found with pkg-config)
# and runs it. Usage: scripts/demo.sh PREFIX   (install first: scripts/install.sh PREFIX)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
prefix=${1:?usage: scripts/demo.sh PREFIX}
export PKG_CONFIG_PATH="$prefix/lib/pkgconfig${PKG_CONFIG_PATH:+:$PKG_CONFIG_PATH}"
cc=${CC:-cc}
out="$root/build/demo"
mkdir -p "$out"

libdir=$(pkg-config --variable=libdir ndc)
# shellcheck disable=SC2046
"$cc" -std=c99 -Wall -Wextra -O2 "$root/examples/c/tour.c" \
  $(pkg-config --cflags ndc) $(pkg-config --libs ndc) -Wl,-rpath,"$libdir" -o "$out/tour"
"$out/tour"
