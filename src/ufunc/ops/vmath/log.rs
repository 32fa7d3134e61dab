//! Natural logarithm.
//!
//! # Method (float64)
//!
//! Reduction: subnormal inputs are first multiplied by 2^52 (exact). Then
//! `x = 2^k z` with `z` in `[0.6875, 1.375)`, read off the bits: with
//! `t = bits(x) - bits(0.6875)`, `k` is `t` shifted right by 52 (arithmetic)
//! and `z` has the bits of `x` with `k` removed from the exponent field.
//! The top 7 mantissa bits of `t` give the table cell `i`; the table holds
//! `invc ~ 1/c` (`c` the cell's centre, or exactly one for the two cells
//! next to one) and `logc = -log(invc)`, `invc` chosen so that `logc` is within
//! 2^-8 ULP of a double (`gen_log_table.py`). Then
//! `log x = k ln2 + logc + log1p(r)`, `r = z invc - 1`, `|r| < 2^-7`.
//! `r` is formed to 2^-53 relative: one FMA, or without FMA `z invc` as an
//! exact Dekker product `p + e` and `r = (p - 1) + e` (`p - 1` exact).
//!
//! Approximation: `log1p(r) = r + r^2 Q(r)`, `Q` the Taylor coefficients
//! `-1/2 + r/3 - ... - r^6/8` (truncation below 2^-59 relative to `r`).
//!
//! Reconstruction: `a = k LN2_HI` is exact (42 + 11 bits); `t1 = a + logc`
//! with its exact error `e1` (Fast2Sum: `|a| >= |logc|` unless `k = 0`,
//! where the sum is exact), `t2 = t1 + r` with its exact error (Fast2Sum:
//! `t1` is 0 or at least twice `|r|`), and
//! `log x = t2 + (e1 + e2 + k LN2_LO + r^2 Q)`. The bracket is at
//! most 2^-6 of the result (2^-8 in the cells where `logc = 0` and the
//! result is about `r`), so its rounding errors, that of `r^2`, and the
//! table's are below 0.05 ULP together: with the final addition the error
//! stays below 0.55 ULP, FMA or not.
//!
//! The slice functions run the main path alone over a block and redo the
//! block's other inputs (zeros, subnormals, negatives, inf, NaN), if any,
//! with the complete function. Special values by select there:
//! `log(+0) = log(-0) = -inf`, `log(x < 0) =
//! NaN`, `log(+inf) = +inf`, NaN in gives NaN out; `log(1) = +0` falls out
//! of the arithmetic.
//!
//! # Method (float32)
//!
//! In float32 arithmetic (sixteen lanes per AVX-512 vector), without a
//! table or a division: subnormals scaled by 2^23, `x = 2^k m` with `m` in
//! `[2/3, 4/3)` by the same bit manipulation (offset `bits(2/3)`),
//! `f = m - 1` exact (Sterbenz), `log(1 + f) = f + f^2 P(f)`, `P` of degree
//! 8 fitted on `[-1/3, 1/3]` (error 2^-26.2 relative to the result with the
//! coefficients rounded to float32). `a = k LN2_HI_F` is exact (16 + 8
//! bits), `h = a + f` is taken with its exact error (Fast2Sum,
//! `|a| >= 0.69 > |f|` unless `k = 0`), and
//! `log x = h + (err + fma(f^2, P, k LN2_LO_F))`. The bracket is at most a
//! sixth of the result, so its roundings add below 0.2 ULP: with the fit
//! error and the final rounding the total stays below 1 ULP.

use super::exp::{LN2_HI, LN2_LO};
use super::{fma, fma32, horner, horner32, two_prod, MAGIC};

/// `Q(r)`, `log1p(r) = r + r^2 Q(r)` (Taylor).
const Q64: [f64; 7] = [-0.5, 1.0 / 3.0, -0.25, 0.2, -1.0 / 6.0, 1.0 / 7.0, -0.125];

/// `P(f)`, `log(1 + f) ~ f + f^2 P(f)` on `[-1/3, 1/3]`.
const P32: [f32; 9] = [
    -0.5,
    0.3333320617675781,
    -0.2499963790178299,
    0.20010896027088165,
    -0.16684593260288239,
    0.13999086618423462,
    -0.12141629308462143,
    0.1401381939649582,
    -0.13046103715896606,
];
/// ln2 rounded to 16 significant bits (`|k| <= 150` has 8).
const LN2_HI_F: f32 = 0.693145751953125;
/// ln2 - LN2_HI_F.
const LN2_LO_F: f32 = 1.428606765330187e-06;
/// Bits of 0.6875, the lower end of the reduced range.
const OFF: u64 = 0x3FE6_0000_0000_0000;
/// Bits of 2/3 in float32.
const OFF_F: u32 = 0x3F2A_AAAB;

/// Natural logarithm for float64 (baseline form), within 1 ULP of the
/// exact result.
#[inline(always)]
pub fn log_f64_1(x: f64) -> f64 {
    log_f64_g::<false>(x)
}

/// Whether `x` is a positive normal finite number (the inputs the `fast`
/// forms handle).
#[inline(always)]
pub(crate) fn log_f64_ok(x: f64) -> bool {
    let m = f64::MIN_POSITIVE.to_bits();
    x.to_bits().wrapping_sub(m) < f64::INFINITY.to_bits() - m
}

/// [`log_f64_ok`] for float32.
#[inline(always)]
pub(crate) fn log_f32_ok(x: f32) -> bool {
    let m = f32::MIN_POSITIVE.to_bits();
    x.to_bits().wrapping_sub(m) < f32::INFINITY.to_bits() - m
}

/// `log(2^-adj x)` for a positive normal finite `x`.
#[inline(always)]
fn log64_core<const F: bool>(x: f64, adj: f64) -> f64 {
    let ix = x.to_bits();
    let t = ix.wrapping_sub(OFF);
    let i = ((t >> 45) & 127) as usize;
    let k = (t as i64) >> 52;
    let z = f64::from_bits(ix.wrapping_sub(t & (0xFFF << 52)));
    let kf = f64::from_bits(MAGIC.to_bits().wrapping_add(k as u64)) - MAGIC;
    let kf = kf - adj;
    let (invc, logc) = LOG_TAB[i];
    let r = if F {
        z.mul_add(invc, -1.0)
    } else {
        let (p, e) = two_prod::<F>(z, invc);
        (p - 1.0) + e
    };
    let a = kf * LN2_HI;
    let t1 = a + logc;
    let e1 = (a - t1) + logc;
    let t2 = t1 + r;
    let e2 = (t1 - t2) + r;
    let poly = (r * r) * horner::<F, 7>(r, &Q64);
    t2 + (fma::<F>(kf, LN2_LO, e1 + e2) + poly)
}

/// Natural logarithm for float64, valid for positive normal finite `x`.
#[inline(always)]
pub(crate) fn log_f64_fast<const F: bool>(x: f64) -> f64 {
    log64_core::<F>(x, 0.0)
}

/// Natural logarithm for float64.
#[inline(always)]
pub(crate) fn log_f64_g<const F: bool>(x: f64) -> f64 {
    let sub = x < f64::MIN_POSITIVE;
    let xs = if sub { x * 4503599627370496.0 } else { x }; // 2^52
    let res = log64_core::<F>(xs, if sub { 52.0 } else { 0.0 });
    let res = if x == f64::INFINITY { x } else { res };
    let res = if x == 0.0 { f64::NEG_INFINITY } else { res };
    let res = if x < 0.0 { f64::NAN } else { res };
    if x.is_nan() {
        x + x
    } else {
        res
    }
}

/// Natural logarithm for float32 (baseline form), within 1 ULP of the
/// exact result.
#[inline(always)]
pub fn log_f32_1(x: f32) -> f32 {
    log_f32_g::<false>(x)
}

/// `log(2^-adj x)` for a positive normal finite `x`.
#[inline(always)]
fn log32_core<const F: bool>(x: f32, adj: f32) -> f32 {
    let ix = x.to_bits();
    let t = ix.wrapping_sub(OFF_F);
    let k = (t as i32) >> 23;
    let m = f32::from_bits(ix.wrapping_sub(t & 0xFF80_0000));
    let kf = k as f32 - adj;
    let f = m - 1.0;
    let a = kf * LN2_HI_F;
    let h = a + f;
    let err = (a - h) + f;
    let lo = fma32::<F>(f * f, horner32::<F, 9>(f, &P32), kf * LN2_LO_F);
    h + (err + lo)
}

/// Natural logarithm for float32, valid for positive normal finite `x`.
#[inline(always)]
pub(crate) fn log_f32_fast<const F: bool>(x: f32) -> f32 {
    log32_core::<F>(x, 0.0)
}

/// Natural logarithm for float32.
#[inline(always)]
pub(crate) fn log_f32_g<const F: bool>(x: f32) -> f32 {
    let sub = x < f32::MIN_POSITIVE;
    let xs = if sub { x * 8388608.0 } else { x }; // 2^23
    let res = log32_core::<F>(xs, if sub { 23.0 } else { 0.0 });
    let res = if x == f32::INFINITY { x } else { res };
    let res = if x == 0.0 { f32::NEG_INFINITY } else { res };
    let res = if x < 0.0 { f32::NAN } else { res };
    if x.is_nan() {
        x + x
    } else {
        res
    }
}

/// `(invc, logc)` per cell (see the module docs; `gen_log_table.py`).
#[rustfmt::skip]
const LOG_TAB: [(f64, f64); 128] = [
    (1.450424929178457, -0.3718565681062019), // 0
    (1.4422535211267564, -0.3662068355640891), // 1
    (1.4341736694677985, -0.3605888432598766), // 2
    (1.4261838440111487, -0.3550022365512336), // 3
    (1.41828254847646, -0.34944666670663094), // 4
    (1.410468319559236, -0.34392179077466223), // 5
    (1.4027397260273868, -0.33842727145700885), // 6
    (1.3950953678474096, -0.3329627769849362), // 7
    (1.3875338753387527, -0.3275279809989801), // 8
    (1.3800539083557903, -0.32212256243206916), // 9
    (1.3726541554959761, -0.3167462053956905), // 10
    (1.3653333333333357, -0.3113985990690987), // 11
    (1.3580901856763883, -0.30607943759149386), // 12
    (1.3509234828496113, -0.30078841995708666), // 13
    (1.3438320209973635, -0.29552524991279805), // 14
    (1.336814621409923, -0.2902896358588628), // 15
    (1.3298701298701296, -0.2850812907517234), // 16
    (1.3229974160206806, -0.27989993200973257), // 17
    (1.316195372750648, -0.27474528142106547), // 18
    (1.3094629156010333, -0.2696170650541499), // 19
    (1.3027989821882822, -0.26451501317023657), // 20
    (1.2962025316455632, -0.25943886013838097), // 21
    (1.2896725440806105, -0.254388344352322), // 22
    (1.283208020039023, -0.24936320814099233), // 23
    (1.2768079800498795, -0.24436319773294188), // 24
    (1.2704714640198522, -0.23938806309282568), // 25
    (1.264197530864191, -0.23443755793296353), // 26
    (1.257985257985255, -0.22951143959691048), // 27
    (1.2518337408312952, -0.2246094689967055), // 28
    (1.2457420924574165, -0.21973141054326964), // 29
    (1.2397094430881714, -0.21487703206951958), // 30
    (1.233734939747934, -0.2100461047998107), // 31
    (1.2278177458033535, -0.2052384032407032), // 32
    (1.2219570405616902, -0.20045370510828447), // 33
    (1.2161520189912731, -0.19569179134799744), // 34
    (1.2104018912418528, -0.19095244598405745), // 35
    (1.2047058823418388, -0.18623545610587514), // 36
    (1.1990632318501182, -0.18154061181088416), // 37
    (1.1934731934620912, -0.17686770610218835), // 38
    (1.1879350348027853, -0.1722165349357609), // 39
    (1.1824480369515047, -0.16758689703702093), // 40
    (1.177011494252867, -0.1629785939508182), // 41
    (1.171624713958806, -0.15839142994391422), // 42
    (1.1662870159453245, -0.15382521196433144), // 43
    (1.1609977324263094, -0.1492797495926666), // 44
    (1.1557562076749481, -0.1447548549943761), // 45
    (1.1505617977417069, -0.14025034286361826), // 46
    (1.1454138702460839, -0.13576603042593796), // 47
    (1.1403118039978064, -0.13130173728751732), // 48
    (1.1352549889024233, -0.12685728552704995), // 49
    (1.1302428255959618, -0.12243249954665089), // 50
    (1.125274725263623, -0.11802720607869113), // 51
    (1.120350109398088, -0.11364123413539344), // 52
    (1.1154684095749545, -0.10927441496900975), // 53
    (1.110629067234017, -0.10492658203286295), // 54
    (1.105831533477323, -0.10059757095327478), // 55
    (1.1010752688172065, -0.09628721945215349), // 56
    (1.096359743029583, -0.09199536736048408), // 57
    (1.0916844349569148, -0.08772185658305859), // 58
    (1.08704883226066, -0.08346653101287684), // 59
    (1.0824524312785384, -0.07922923653731831), // 60
    (1.077894736831003, -0.07500982099456663), // 61
    (1.0733752620434052, -0.07080813414082333), // 62
    (1.0688935281726137, -0.0666240276182058), // 63
    (1.0644490644379623, -0.06245735492331664), // 64
    (1.0600414078563927, -0.05830797137646178), // 65
    (1.0556701030816813, -0.05417573409150785), // 66
    (1.0513347022476247, -0.0500605019463579), // 67
    (1.0470347648150737, -0.045962135554032356), // 68
    (1.0427698574227062, -0.041880497234340244), // 69
    (1.0385395537414333, -0.03781545098612743), // 70
    (1.0343434343323321, -0.03376686246008388), // 71
    (1.0301810865080125, -0.029734598932102174), // 72
    (1.0260521041973145, -0.025718529277168698), // 73
    (1.021956087813249, -0.021718523943779197), // 74
    (1.0178926441240865, -0.0177344549288614), // 75
    (1.0138613861275116, -0.013766195753197529), // 76
    (1.0098619329277538, -0.00981362143733086), // 77
    (1.0058939096156168, -0.005876608477947793), // 78
    (1.0, 0.0), // 79
    (1.0, 0.0), // 80
    (0.9884169884114373, 0.011650617225591417), // 81
    (0.9808429118718435, 0.019342962848790522), // 82
    (0.9733840304126998, 0.026976587703904986), // 83
    (0.9660377358435055, 0.034552381512406), // 84
    (0.9588014981217897, 0.04207121392647668), // 85
    (0.9516728624479804, 0.049533935128109684), // 86
    (0.9446494464889138, 0.05694137640601483), // 87
    (0.9377289377289386, 0.06429435070539631), // 88
    (0.9309090909090904, 0.07159365318700942), // 89
    (0.9241877256262179, 0.07884006171378247), // 90
    (0.9175627240087858, 0.086034337347853), // 91
    (0.9110320284641997, 0.09317722486027656), // 92
    (0.9045936395704206, 0.10026945316981174), // 93
    (0.8982456140350893, 0.1073117357890863), // 94
    (0.8919860627122189, 0.11430477128628196), // 95
    (0.8858131487833762, 0.12124924363913635), // 96
    (0.8797250859051018, 0.12814582269824012), // 97
    (0.8737201365187721, 0.13499516453750393), // 98
    (0.8677966101639404, 0.14179791186665416), // 99
    (0.8619528619473108, 0.14855469432957735), // 100
    (0.8561872909643485, 0.1552661289176075), // 101
    (0.8504983388648808, 0.16193282027584013), // 102
    (0.8448844884488439, 0.16855536102980784), // 103
    (0.8393442622895309, 0.17513433213446278), // 104
    (0.8338762214928203, 0.18167030311429164), // 105
    (0.8284789643957434, 0.1881638324248833), // 106
    (0.8231511253963781, 0.1946154677064154), // 107
    (0.8178913737963658, 0.2010257460673779), // 108
    (0.8126984126928616, 0.20739519435290107), // 109
    (0.8075709779124299, 0.21372432940459202), // 110
    (0.8025078369905952, 0.22001365830528255), // 111
    (0.7975077881619959, 0.22626367865045077), // 112
    (0.7925696594427274, 0.23247487874309036), // 113
    (0.7876923076867566, 0.23864773785722232), // 114
    (0.7828746177370058, 0.24478272641768736), // 115
    (0.7781155015197582, 0.2508803062858077), // 116
    (0.7734138972809689, 0.2569409308974977), // 117
    (0.7687687687687745, 0.26296504550087385), // 118
    (0.7641791044776093, 0.26895308734550744), // 119
    (0.7596439169139431, 0.2749054858728039), // 120
    (0.7551622418879088, 0.28082266290088354), // 121
    (0.750733137829914, 0.28670503280395165), // 122
    (0.7463556851312002, 0.2925530026863709), // 123
    (0.7420289855072403, 0.2983669725518055), // 124
    (0.7377521613832906, 0.30414733546728956), // 125
    (0.7335243553008604, 0.30989447772286366), // 126
    (0.729344729344732, 0.31560877898629963), // 127
];
