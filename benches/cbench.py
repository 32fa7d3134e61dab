"""Builds a benchmark program of benches/c/ against the build tree's ndc.

Shared by the compare_*.py scripts that time ndc from C: the library is
rebuilt (`cargo build --release --lib`) when a source under src/ is newer,
the soname link the program records is made next to libndc.so, and the
program is compiled with gcc -O2 into <target>/bench-c/ when it is older
than its source or the library.
"""

import os
import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def target_dir():
    """Cargo's target directory (CARGO_TARGET_DIR or ./target)."""
    t = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
    return t if t.is_absolute() else ROOT / t


def soname(lib):
    """The SONAME recorded in `lib` (readelf), or the project's default."""
    try:
        out = subprocess.run(["readelf", "-d", str(lib)], capture_output=True,
                             text=True, check=True).stdout
        m = re.search(r"\(SONAME\).*\[(.+)\]", out)
        if m:
            return m.group(1)
    except (OSError, subprocess.CalledProcessError):
        pass
    return "libndc.so.0.1"


def library(build=True):
    """Path of the build tree's libndc.so, rebuilt first when stale."""
    lib = target_dir() / "release" / "libndc.so"
    newest = max(p.stat().st_mtime for p in (ROOT / "src").rglob("*.rs"))
    if build and (not lib.exists() or lib.stat().st_mtime < newest):
        subprocess.run(["cargo", "build", "--release", "--lib"], cwd=ROOT, check=True)
    if not lib.exists():
        raise SystemExit(f"error: {lib} not found; run cargo build --release")
    link = lib.parent / soname(lib)
    if link.name != lib.name and not link.exists():
        link.symlink_to(lib.name)
    return lib


def program(name, libs=(), build=True):
    """Path of benches/c/<name>.c compiled against the build tree's ndc."""
    lib = library(build)
    src = ROOT / "benches" / "c" / f"{name}.c"
    exe = target_dir() / "bench-c" / name
    exe.parent.mkdir(parents=True, exist_ok=True)
    deps = (src, lib, ROOT / "include" / "ndc.h")
    if not exe.exists() or exe.stat().st_mtime < max(d.stat().st_mtime for d in deps):
        subprocess.run(["gcc", "-O2", "-std=gnu11", "-Wall", "-Wextra", str(src),
                        f"-I{ROOT / 'include'}", f"-L{lib.parent}", "-lndc", *libs,
                        f"-Wl,-rpath,{lib.parent}", "-o", str(exe)], check=True)
    return exe
