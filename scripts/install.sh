#!/usr/bin/env bash
# Installs ndc into a prefix:
#
#   <prefix>/lib/libndc.so.X.Y.Z       the shared library (soname libndc.so.0.<minor>)
#   <prefix>/lib/libndc.so.0.<minor>   -> libndc.so.X.Y.Z  (the soname)
#   <prefix>/lib/libndc.so.0           -> soname
#   <prefix>/lib/libndc.so             -> soname           (the link-time name)
#   <prefix>/lib/libndc.a              the static library
#   <prefix>/include/ndc.h
#   <prefix>/lib/pkgconfig/ndc.pc
#   <prefix>/lib/cmake/ndc/ndcConfig.cmake, ndcConfigVersion.cmake
#
# Usage: scripts/install.sh [PREFIX]      (default $PREFIX, else /usr/local)
# Environment: DESTDIR (staging root), CARGO (cargo command), CARGO_TARGET_DIR.
# Builds the release library first (a no-op when it is up to date).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

prefix=${1:-${PREFIX:-/usr/local}}
case "$prefix" in
  /*) ;;
  *) prefix="$(pwd)/$prefix" ;;
esac
prefix=${prefix%/}
[ -n "$prefix" ] || prefix=/
destdir=${DESTDIR:-}
cargo=${CARGO:-cargo}
target_dir=${CARGO_TARGET_DIR:-$root/target}
release="$target_dir/release"

die() { echo "install.sh: $*" >&2; exit 1; }

# ---- version, from the [package] section of Cargo.toml ----------------------
version=$(awk '
  /^\[/ { in_pkg = ($0 == "[package]") ; next }
  in_pkg && $1 == "version" { gsub(/[" ]/, "", $0); sub(/^version=/, ""); print; exit }
' Cargo.toml)
[[ "$version" =~ ^([0-9]+)\.([0-9]+)\.([0-9]+) ]] || die "cannot read the version from Cargo.toml"
major=${BASH_REMATCH[1]}
minor=${BASH_REMATCH[2]}
description=$(awk '
  /^\[/ { in_pkg = ($0 == "[package]") ; next }
  in_pkg && $1 == "description" { sub(/^[^"]*"/, ""); sub(/"[^"]*$/, ""); print; exit }
' Cargo.toml)
[ -n "$description" ] || description="NumPy's array model as a C library"

if [ "$major" = 0 ]; then
  soname="libndc.so.0.$minor"
else
  soname="libndc.so.$major"
fi
shared_real="libndc.so.$version"

# ---- build -----------------------------------------------------------------
"$cargo" build --release
[ -f "$release/libndc.so" ] || die "$release/libndc.so was not built"
[ -f "$release/libndc.a" ] || die "$release/libndc.a was not built"

actual_soname=$(readelf -d "$release/libndc.so" | sed -n 's/.*Library soname: \[\(.*\)\].*/\1/p')
[ "$actual_soname" = "$soname" ] ||
  die "libndc.so has soname '$actual_soname', expected '$soname' (see build.rs)"

# Native libraries a static link needs, as rustc reports them for the
# staticlib (`cargo rustc --crate-type staticlib` is a cargo unit of its own:
# it does not invalidate `cargo build`'s). They depend on the toolchain, the
# dependencies and build.rs only, so the answer is cached under a key of those.
native_cache="$release/.ndc-native-static-libs"
native_key=$( { "$cargo" --version; rustc -vV 2>/dev/null || true; cat Cargo.toml Cargo.lock build.rs; } |
  cksum | cut -d' ' -f1)
native_libs=""
if [ -f "$native_cache" ] && [ "$(head -n 1 "$native_cache")" = "$native_key" ]; then
  native_libs=$(sed -n 2p "$native_cache")
fi
if [ -z "$native_libs" ]; then
  native_libs=$("$cargo" rustc --release --lib --crate-type staticlib -- --print native-static-libs 2>&1 |
    sed -n 's/.*native-static-libs: //p' | tail -n 1)
  [ -n "$native_libs" ] || die "could not determine the native static libraries"
  # The staticlib unit may have rewritten libndc.a: make sure it is current.
  "$cargo" build --release
  printf '%s\n%s\n' "$native_key" "$native_libs" > "$native_cache"
fi
echo "native static libraries: $native_libs"

# ---- pkg-config data ---------------------------------------------------------
requires_private=""
drop=()
for pc in openblas lapacke; do
  if pkg-config --exists "$pc" 2>/dev/null; then
    requires_private="${requires_private:+$requires_private }$pc"
    drop+=("-l$pc")
  fi
done
libs_private=""
system_libs=""
for flag in $native_libs; do
  skip=0
  for d in "${drop[@]+"${drop[@]}"}"; do
    [ "$flag" = "$d" ] && skip=1
  done
  # Keep the first occurrence of each flag.
  case " $libs_private " in *" $flag "*) skip=1 ;; esac
  [ "$skip" = 1 ] && continue
  libs_private="${libs_private:+$libs_private }$flag"
done
for flag in $native_libs; do
  case "$flag" in
    -lopenblas | -llapacke | -lc) ;;
    -l*)
      case ";$system_libs;" in *";${flag#-l};"*) ;; *) system_libs="${system_libs:+$system_libs;}${flag#-l}" ;; esac
      ;;
  esac
done

libdir_of() {
  if pkg-config --exists "$1" 2>/dev/null; then
    pkg-config --variable=libdir "$1" | sed 's:/*$::'
  fi
}
openblas_libdir=$(libdir_of openblas)
lapacke_libdir=$(libdir_of lapacke)

# ---- install ---------------------------------------------------------------
dest="$destdir$prefix"
install -d "$dest/lib" "$dest/include" "$dest/lib/pkgconfig" "$dest/lib/cmake/ndc"

install -m 0755 "$release/libndc.so" "$dest/lib/$shared_real"
# soname -> real file; libndc.so.<major> and libndc.so -> soname.
[ "$soname" = "$shared_real" ] || ln -sfn "$shared_real" "$dest/lib/$soname"
for link in "libndc.so.$major" libndc.so; do
  [ "$link" = "$soname" ] || ln -sfn "$soname" "$dest/lib/$link"
done
install -m 0644 "$release/libndc.a" "$dest/lib/libndc.a"
install -m 0644 include/ndc.h "$dest/include/ndc.h"

subst() {
  sed -e "s|@PREFIX@|$prefix|g" \
      -e "s|@VERSION@|$version|g" \
      -e "s|@VERSION_MAJOR@|$major|g" \
      -e "s|@VERSION_MINOR@|$minor|g" \
      -e "s|@DESCRIPTION@|$description|g" \
      -e "s|@REQUIRES_PRIVATE@|$requires_private|g" \
      -e "s|@LIBS_PRIVATE@|$libs_private|g" \
      -e "s|@SONAME@|$soname|g" \
      -e "s|@SHARED_REAL@|$shared_real|g" \
      -e "s|@SYSTEM_LIBS@|$system_libs|g" \
      -e "s|@OPENBLAS_LIBDIR@|${openblas_libdir:-/usr/lib}|g" \
      -e "s|@LAPACKE_LIBDIR@|${lapacke_libdir:-/usr/lib}|g" \
      "$1" > "$2"
  chmod 0644 "$2"
}
subst cmake/ndc.pc.in "$dest/lib/pkgconfig/ndc.pc"
subst cmake/ndcConfig.cmake.in "$dest/lib/cmake/ndc/ndcConfig.cmake"
subst cmake/ndcConfigVersion.cmake.in "$dest/lib/cmake/ndc/ndcConfigVersion.cmake"

# Refresh the loader cache for a system-wide install.
if [ -z "$destdir" ] && [ "$(id -u)" = 0 ] && command -v ldconfig >/dev/null 2>&1; then
  case "$prefix" in
    /usr | /usr/local) ldconfig || true ;;
  esac
fi

echo "installed ndc $version into $dest"
