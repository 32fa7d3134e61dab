//! Build script: links LAPACKE (Debian's OpenBLAS has no LAPACKE symbols),
//! gives the shared library its soname, and regenerates include/ndc.h.

use std::env;
use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=cbindgen.toml");
    println!("cargo:rerun-if-changed=src/capi");

    // LAPACKE lives in liblapacke.so.3 on Debian (netlib LAPACKE over the
    // system LAPACK, which is OpenBLAS through the alternatives system).
    match pkg_config::Config::new()
        .cargo_metadata(true)
        .probe("lapacke")
    {
        Ok(_) => {}
        Err(_) => println!("cargo:rustc-link-lib=lapacke"),
    }

    // rustc gives a cdylib no soname; the soname carries the ABI (0.<minor>
    // while the major is 0).
    let major = env::var("CARGO_PKG_VERSION_MAJOR").unwrap();
    let minor = env::var("CARGO_PKG_VERSION_MINOR").unwrap();
    let soname = if major == "0" {
        format!("libndc.so.0.{minor}")
    } else {
        format!("libndc.so.{major}")
    };
    println!("cargo:rustc-cdylib-link-arg=-Wl,-soname,{soname}");

    #[cfg(feature = "header")]
    header();
}

#[cfg(feature = "header")]
fn header() {
    let dir = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap());
    let config = cbindgen::Config::from_file(dir.join("cbindgen.toml")).expect("cbindgen.toml");
    // Only the C API module (and its submodules) makes the header, so no
    // internal item or imported symbol leaks into it.
    match cbindgen::Builder::new()
        .with_src(dir.join("src/capi/mod.rs"))
        .with_config(config)
        .generate()
    {
        Ok(b) => {
            b.write_to_file(dir.join("include/ndc.h"));
        }
        Err(e) => println!("cargo:warning=ndc.h not regenerated: {e}"),
    }
}
