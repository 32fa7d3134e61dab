//! Inner loops for the float64 and float32 functions of `vmath`.
//! Contiguous runs go straight to the SIMD-dispatched slice functions (in
//! place through their in-place forms); strided runs are gathered into a
//! stack block, computed by the same slice function and scattered back, so
//! a result does not depend on the layout of its operands.

use std::mem::size_of;

use super::vmath;
use crate::error::Result;

/// Elements per gathered block of a strided run.
const GATHER: usize = 256;

macro_rules! slice_loop {
    ($($name:ident, $t:ty, $slice:ident, $inplace:ident;)*) => {$(
        /// Inner loop (see `kernels.rs` for the contract).
        ///
        /// # Safety
        /// Loop contract with two operands of this element type.
        pub unsafe fn $name(p: &[*mut u8], n: usize, s: &[isize]) -> Result<()> {
            let sz = size_of::<$t>();
            let aligned = |q: *mut u8| (q as usize) % std::mem::align_of::<$t>() == 0;
            if s[0] == sz as isize && s[1] == sz as isize && aligned(p[0]) && aligned(p[1]) {
                let (src, dst) = (p[0] as *const $t, p[1] as *mut $t);
                if src == dst as *const $t {
                    // SAFETY: one contiguous, aligned run of n elements.
                    unsafe { vmath::$inplace(std::slice::from_raw_parts_mut(dst, n)) };
                    return Ok(());
                }
                let (a0, a1) = (src as usize, src as usize + n * sz);
                let (b0, b1) = (dst as usize, dst as usize + n * sz);
                if a1 <= b0 || b1 <= a0 {
                    // SAFETY: disjoint contiguous runs of n aligned elements.
                    unsafe {
                        vmath::$slice(
                            std::slice::from_raw_parts(src, n),
                            std::slice::from_raw_parts_mut(dst, n),
                        )
                    };
                    return Ok(());
                }
            }
            let (mut a, mut o) = (p[0] as *const u8, p[1]);
            let mut tin = [<$t>::default(); GATHER];
            let mut tout = [<$t>::default(); GATHER];
            let mut left = n;
            while left > 0 {
                let m = left.min(GATHER);
                for v in &mut tin[..m] {
                    // SAFETY: loop contract; unaligned access is allowed.
                    *v = unsafe { (a as *const $t).read_unaligned() };
                    a = a.wrapping_offset(s[0]);
                }
                vmath::$slice(&tin[..m], &mut tout[..m]);
                for v in &tout[..m] {
                    // SAFETY: as above.
                    unsafe { (o as *mut $t).write_unaligned(*v) };
                    o = o.wrapping_offset(s[1]);
                }
                left -= m;
            }
            Ok(())
        }
    )*};
}

slice_loop!(
    exp_f64_loop, f64, exp_f64, exp_f64_inplace;
    exp_f32_loop, f32, exp_f32, exp_f32_inplace;
    exp2_f64_loop, f64, exp2_f64, exp2_f64_inplace;
    exp2_f32_loop, f32, exp2_f32, exp2_f32_inplace;
    log_f64_loop, f64, log_f64, log_f64_inplace;
    log_f32_loop, f32, log_f32, log_f32_inplace;
    tanh_f64_loop, f64, tanh_f64, tanh_f64_inplace;
    tanh_f32_loop, f32, tanh_f32, tanh_f32_inplace;
    sin_f64_loop, f64, sin_f64, sin_f64_inplace;
    sin_f32_loop, f32, sin_f32, sin_f32_inplace;
    cos_f64_loop, f64, cos_f64, cos_f64_inplace;
    cos_f32_loop, f32, cos_f32, cos_f32_inplace;
);
