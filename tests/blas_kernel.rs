//! OpenBLAS kernel selection: a user's OPENBLAS_CORETYPE is kept, the
//! switch ndc uses when the library picked a generic fallback works, and
//! on a CPU with AVX2+FMA the kernel in use is never a generic one. Each
//! check runs in a child process (the kernel is process-wide state).

use std::process::Command;
use std::sync::Arc;

use ndc::array::Order;
use ndc::{Array, DType};

/// Runs this test binary's `child` test with `env` set; returns its output.
fn run_child(mode: &str, env: &[(&str, &str)]) -> String {
    let mut cmd = Command::new(std::env::current_exe().unwrap());
    cmd.args(["--exact", "child", "--nocapture", "--test-threads=1"])
        .env("NDC_BLAS_KERNEL_CHILD", mode)
        .env_remove("OPENBLAS_CORETYPE");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "child failed:\n{text}");
    text
}

/// A 64x64 float64 product (BLAS) checked against exact integers.
fn product_is_exact() -> bool {
    let n = 64;
    let a = Array::alloc(DType::Float64, &[n, n], Order::C, false).unwrap();
    let p = a.data_ptr() as *mut f64;
    for i in 0..n * n {
        // SAFETY: a fresh contiguous array of n*n doubles.
        unsafe { *p.add(i) = ((i * 13) % 7) as f64 - 3.0 };
    }
    let a = Arc::new(a);
    let c = ndc::linalg::matmul::matmul(&a, &a, None).unwrap();
    let q = c.data_ptr() as *const f64;
    (0..n).all(|i| {
        (0..n).all(|j| {
            let want: f64 = (0..n)
                .map(|k| unsafe { *p.add(i * n + k) * *p.add(k * n + j) })
                .sum();
            // SAFETY: the product is a fresh C-contiguous n x n array.
            unsafe { *q.add(i * n + j) == want }
        })
    })
}

#[test]
fn child() {
    let Ok(mode) = std::env::var("NDC_BLAS_KERNEL_CHILD") else {
        return;
    };
    let i = ndc::blas::info();
    println!("kernel={} origin={}", i.kernel, i.kernel_origin);
    if mode == "switch" {
        let now = ndc::blas::switch_kernel("Haswell");
        println!("switched={now} exact={}", product_is_exact());
        assert!(std::env::var_os("OPENBLAS_CORETYPE").is_none());
    }
}

#[test]
fn user_coretype_is_kept() {
    let out = run_child("report", &[("OPENBLAS_CORETYPE", "Haswell")]);
    assert!(
        out.contains("kernel=Haswell origin=OPENBLAS_CORETYPE"),
        "{out}"
    );
}

#[test]
fn default_kernel_is_not_generic_on_avx2() {
    let out = run_child("report", &[]);
    assert!(
        out.contains("origin=OpenBLAS") || out.contains("origin=ndc"),
        "{out}"
    );
    if std::arch::is_x86_feature_detected!("avx2") && std::arch::is_x86_feature_detected!("fma") {
        for generic in [
            "Prescott",
            "Core2",
            "Nehalem",
            "Penryn",
            "Dunnington",
            "Atom",
        ] {
            assert!(!out.contains(&format!("kernel={generic} ")), "{out}");
        }
    }
}

#[test]
fn switch_reselects_and_computes() {
    let out = run_child("switch", &[]);
    assert!(out.contains("switched=Haswell exact=true"), "{out}");
}
