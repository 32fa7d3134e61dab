//! Inner loops that hand contiguous runs to the block-wise vectorised math
//! functions of `vmath` (sin and cos, whose large arguments fall back to the
//! C library per block), and walk strided runs element by element.

use std::mem::size_of;

use super::vmath;
use crate::error::Result;

macro_rules! slice_loop {
    ($name:ident, $t:ty, $slice:path, $inplace:path, $elem:path) => {
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
                    unsafe { $inplace(std::slice::from_raw_parts_mut(dst, n)) };
                    return Ok(());
                }
                let (a0, a1) = (src as usize, src as usize + n * sz);
                let (b0, b1) = (dst as usize, dst as usize + n * sz);
                if a1 <= b0 || b1 <= a0 {
                    // SAFETY: disjoint contiguous runs of n aligned elements.
                    unsafe {
                        $slice(
                            std::slice::from_raw_parts(src, n),
                            std::slice::from_raw_parts_mut(dst, n),
                        )
                    };
                    return Ok(());
                }
            }
            let (mut a, mut o) = (p[0] as *const u8, p[1]);
            for _ in 0..n {
                // SAFETY: loop contract; unaligned access is allowed.
                unsafe {
                    let x = (a as *const $t).read_unaligned();
                    (o as *mut $t).write_unaligned($elem(x));
                }
                a = a.wrapping_offset(s[0]);
                o = o.wrapping_offset(s[1]);
            }
            Ok(())
        }
    };
}

slice_loop!(
    sin_f64_loop,
    f64,
    vmath::sin_f64,
    vmath::sin_f64_inplace,
    vmath::sin_f64_1
);
slice_loop!(
    cos_f64_loop,
    f64,
    vmath::cos_f64,
    vmath::cos_f64_inplace,
    vmath::cos_f64_1
);
slice_loop!(
    sin_f32_loop,
    f32,
    vmath::sin_f32,
    vmath::sin_f32_inplace,
    vmath::sin_f32_1
);
slice_loop!(
    cos_f32_loop,
    f32,
    vmath::cos_f32,
    vmath::cos_f32_inplace,
    vmath::cos_f32_1
);
