/*
 * ndc.h - NumPy's array model as a C library.
 *
 * Generated from the Rust sources by cbindgen; do not edit.
 *
 * Conventions:
 *  - Every fallible function returns ndc_status (NDC_OK == 0); the message
 *    of the last failure on the calling thread is ndc_last_error_message().
 *  - Inputs are borrowed. Every `ndc_array **out` receives a new reference
 *    that the caller releases with ndc_array_release(). On failure,
 *    out-parameters are left untouched.
 *  - Strings and buffers ndc allocates for the caller are freed with
 *    ndc_free().
 *  - Shapes are int64_t; strides are signed and in bytes, as NumPy's.
 */

#ifndef NDC_H
#define NDC_H



#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

// Flag bits of `ndc_array_flags` (NumPy's `a.flags`).
#define NDC_C_CONTIGUOUS 1

// Column-major contiguous.
#define NDC_F_CONTIGUOUS 2

// The array owns its memory (not a view, not wrapped caller memory).
#define NDC_OWNDATA 4

// Elements may be written.
#define NDC_WRITEABLE 8

// Data pointer and strides are multiples of the dtype's alignment.
#define NDC_ALIGNED 16

// `ndc_array_from_buffer` flag: the memory must not be written through ndc.
#define NDC_BUFFER_READONLY 1

// `ddof` value of `ndc_cov` meaning NumPy's `ddof=None` (1, or 0 with
// `bias`).
#define NDC_DDOF_NONE INT64_MIN

// `ndc_index.kind`: an integer (`value`).
#define NDC_INDEX_INT 1

// `ndc_index.kind`: a slice (`start`, `stop`, `step`, see `flags`).
#define NDC_INDEX_SLICE 2

// `ndc_index.kind`: `None` / `np.newaxis`.
#define NDC_INDEX_NEWAXIS 3

// `ndc_index.kind`: `...`.
#define NDC_INDEX_ELLIPSIS 4

// `ndc_index.kind`: an integer or boolean index array (`array`).
#define NDC_INDEX_ARRAY 5

// `ndc_index.flags`: the slice has a start.
#define NDC_SLICE_HAS_START 1

// `ndc_index.flags`: the slice has a stop.
#define NDC_SLICE_HAS_STOP 2

// `ndc_index.flags`: the slice has a step.
#define NDC_SLICE_HAS_STEP 4

// `max_work` for an exact answer (`ndc_shares_memory`'s NumPy default).
#define NDC_MAX_WORK_EXACT -1

// `max_work` for the byte-extent check only (`ndc_may_share_memory`'s
// NumPy default).
#define NDC_MAX_WORK_BOUNDS 0

// `axis` value meaning Python's `axis=None` (for `ndc_concatenate`: join
// the flattened arrays).
#define NDC_AXIS_NONE INT64_MIN

// Major version of the header (the ABI of 0.x changes with the minor).
#define NDC_VERSION_MAJOR 0

// Minor version of the header.
#define NDC_VERSION_MINOR 1

// Patch version of the header.
#define NDC_VERSION_PATCH 0

// An N-dimensional array handle: opaque, reference counted, thread-safe to
// retain and release. Created by the `ndc_*` constructors; released with
// `ndc_array_release`.
typedef struct ndc_array ndc_array;

// An element type code (`NDC_BOOL` ... `NDC_COMPLEX128`); 0 is invalid.
typedef uint32_t ndc_dtype;

// The result of every fallible call: `NDC_OK` (0) or one of the `NDC_ERR_*`
// categories (append-only values). The message is in
// `ndc_last_error_message()`.
typedef int32_t ndc_status;

// Frees caller memory wrapped by `ndc_array_from_buffer`; called exactly
// once, from whichever thread releases the last array using the memory,
// with the `data` and `context` given at wrap time.
typedef void (*ndc_deleter)(void *data, void *context);

// Memory order of a result: `NDC_ORDER_DEFAULT` (0) is the function's
// NumPy default.
typedef int32_t ndc_order;

// A casting rule: `NDC_CASTING_DEFAULT` (0) is the function's NumPy default.
typedef int32_t ndc_casting;

// Keyword arguments of a reduction (sum, mean, std, min, argmax, median,
// ...). NULL means NumPy's defaults; a zero-initialised struct with
// `struct_size` set means the same. Fields a function does not take are
// ignored (for example `ddof` outside var/std).
typedef struct ndc_reduce_options {
  // `sizeof(ndc_reduce_options)` as compiled by the caller.
  size_t struct_size;
  // `axis=`: `naxes` axes (negative counts from the end). NULL means
  // `axis=None` (every axis); non-NULL with `naxes == 0` means `axis=()`.
  const int64_t *axes;
  // The number of entries of `axes`.
  int32_t naxes;
  // `keepdims=`: non-zero keeps reduced axes as length-1 axes.
  int32_t keepdims;
  // `dtype=`: accumulator and result dtype; `NDC_DTYPE_NONE` for
  // NumPy's default.
  ndc_dtype dtype;
  // `out=` (borrowed); NULL allocates the result.
  struct ndc_array *out;
  // `where=` (borrowed): a boolean mask broadcast against the input.
  const struct ndc_array *where_;
  // `initial=` (borrowed): a 0-d array (for example from
  // `ndc_scalar_double`); NULL for none.
  const struct ndc_array *initial;
  // `ddof=` of var and std.
  double ddof;
} ndc_reduce_options;

// A complex double, as C99 `double _Complex` is laid out.
typedef struct ndc_complex {
  // Real part.
  double re;
  // Imaginary part.
  double im;
} ndc_complex;

// Options of a ufunc call (NumPy's keyword arguments). Zero-initialise,
// set `struct_size = sizeof(ndc_ufunc_options)`, then the fields you need;
// NULL options mean NumPy's defaults.
typedef struct ndc_ufunc_options {
  // `sizeof(ndc_ufunc_options)` as compiled by the caller.
  size_t struct_size;
  // `out=` for the first result (borrowed); NULL allocates a new array.
  // In place is `out` = an input. Its dtype may differ from the loop's
  // when `casting` allows.
  struct ndc_array *out;
  // `out=` for the second result of divmod, frexp and modf.
  struct ndc_array *out2;
  // `where=`: a mask (cast to bool) broadcast against the operands;
  // elements where it is false keep the `out` value. Requires `out`.
  const struct ndc_array *where_;
  // `dtype=`: the loop's output dtype (`NDC_DTYPE_NONE` to resolve).
  ndc_dtype dtype;
  // `casting=`: `NDC_CASTING_DEFAULT` is same_kind.
  ndc_casting casting;
} ndc_ufunc_options;

// One item of an index, a flat struct (no unions) so that every binding
// can build it. Unused fields are ignored; zero-initialise it.
typedef struct ndc_index {
  // `NDC_INDEX_INT`, `NDC_INDEX_SLICE`, `NDC_INDEX_NEWAXIS`,
  // `NDC_INDEX_ELLIPSIS` or `NDC_INDEX_ARRAY`.
  int32_t kind;
  // For slices: `NDC_SLICE_HAS_START | NDC_SLICE_HAS_STOP |
  // NDC_SLICE_HAS_STEP` for the parts given (absent parts are Python's
  // None).
  uint32_t flags;
  // The integer of `NDC_INDEX_INT`.
  int64_t value;
  // Slice start.
  int64_t start;
  // Slice stop.
  int64_t stop;
  // Slice step (not 0).
  int64_t step;
  // The index array of `NDC_INDEX_ARRAY` (borrowed).
  const struct ndc_array *array;
} ndc_index;

// NumPy's `mode=` argument of take, put, choose and ravel_multi_index.
typedef int32_t ndc_clipmode;

// How `qr` factors (NumPy's `mode=`).
typedef int32_t ndc_qr_mode;

// Which `ord=` a norm takes: `NDC_NORM_DEFAULT` (None), `NDC_NORM_ORD`
// (the number passed alongside, `INFINITY` and `-INFINITY` included),
// `NDC_NORM_FRO` ('fro'), `NDC_NORM_NUC` ('nuc').
typedef int32_t ndc_norm_kind;

// Keyword arguments of `ndc_pad`. NULL (or NULL fields) means NumPy's
// defaults; a field given for a mode that does not take it fails as
// NumPy ("unsupported keyword arguments for mode ...").
typedef struct ndc_pad_options {
  // `sizeof(ndc_pad_options)` as compiled by the caller.
  size_t struct_size;
  // `constant_values=` (borrowed; mode "constant"): broadcast to
  // (ndim, 2) as NumPy's pad widths.
  const struct ndc_array *constant_values;
  // `end_values=` (borrowed; mode "linear_ramp").
  const struct ndc_array *end_values;
  // `stat_length=` (borrowed; "maximum", "mean", "median", "minimum").
  const struct ndc_array *stat_length;
  // `reflect_type=` ("reflect", "symmetric"): "even" or "odd".
  const char *reflect_type;
} ndc_pad_options;

// NumPy's print options (`np.set_printoptions`). Set `struct_size` to
// `sizeof(ndc_printoptions)`; fields may be appended in later versions.
typedef struct ndc_printoptions {
  // `sizeof(ndc_printoptions)` as compiled by the caller.
  size_t struct_size;
  // Digits after the decimal point (NumPy default 8).
  int64_t precision;
  // Total elements above which arrays are summarised (default 1000).
  int64_t threshold;
  // Items printed at each end of a summarised axis (default 3).
  int64_t edgeitems;
  // Characters per line (default 75).
  int64_t linewidth;
  // Non-zero: never use scientific notation for small numbers.
  int32_t suppress;
} ndc_printoptions;

// A sorting algorithm (`kind=` of sort and argsort).
typedef int32_t ndc_sort_kind;

// `side=` of searchsorted.
typedef int32_t ndc_side;

// `method=` of quantile and percentile.
typedef int32_t ndc_quantile_method;

// Facts about the BLAS library ndc runs on. Strings are static (owned by
// the library, never freed by the caller).
typedef struct ndc_blas_details {
  // `sizeof(ndc_blas_details)` as compiled by the caller.
  size_t struct_size;
  // "OpenBLAS".
  const char *vendor;
  // Version, e.g. "0.3.21".
  const char *version;
  // "pthreads", "openmp" or "sequential".
  const char *threading;
  // Kernel family chosen for this CPU ("SkylakeX", "Haswell", or a
  // generic fallback such as "Prescott").
  const char *kernel;
  // The library's full configuration string.
  const char *config;
  // Number of BLAS threads.
  int32_t num_threads;
  // Who chose `kernel`: "OpenBLAS" (its CPU detection), "ndc" (ndc
  // replaced a generic fallback with the best family for this CPU when
  // the library loaded) or "OPENBLAS_CORETYPE" (the user's variable,
  // always kept).
  const char *kernel_origin;
} ndc_blas_details;

// Invalid / "not given" dtype (only meaningful where documented, such as
// the `*_like` constructors where it keeps the prototype's dtype).
#define NDC_DTYPE_NONE 0

// bool (1 byte).
#define NDC_BOOL 1

// int8_t.
#define NDC_INT8 2

// int16_t.
#define NDC_INT16 3

// int32_t.
#define NDC_INT32 4

// int64_t.
#define NDC_INT64 5

// uint8_t.
#define NDC_UINT8 6

// uint16_t.
#define NDC_UINT16 7

// uint32_t.
#define NDC_UINT32 8

// uint64_t.
#define NDC_UINT64 9

// IEEE half (stored as uint16_t bits).
#define NDC_FLOAT16 10

// bfloat16 (stored as uint16_t bits).
#define NDC_BFLOAT16 11

// float.
#define NDC_FLOAT32 12

// double.
#define NDC_FLOAT64 13

// Two floats (real, imaginary).
#define NDC_COMPLEX64 14

// Two doubles (real, imaginary).
#define NDC_COMPLEX128 15

// The function's NumPy default order (C for constructors, K for copies of
// a prototype, as NumPy).
#define NDC_ORDER_DEFAULT 0

// Row-major.
#define NDC_ORDER_C 1

// Column-major.
#define NDC_ORDER_F 2

// F if the source is F-contiguous and not C-contiguous, else C.
#define NDC_ORDER_A 3

// Keep the source's memory order as closely as possible.
#define NDC_ORDER_K 4

// The function's NumPy default (unsafe for astype).
#define NDC_CASTING_DEFAULT 0

// Only identical types.
#define NDC_CASTING_NO 1

// Identical up to byte order.
#define NDC_CASTING_EQUIV 2

// Value-preserving casts only.
#define NDC_CASTING_SAFE 3

// Safe casts or casts within a kind (float64 -> float32).
#define NDC_CASTING_SAME_KIND 4

// Any cast.
#define NDC_CASTING_UNSAFE 5

// Success.
#define NDC_OK 0

// An argument has a value the function does not accept (NumPy's ValueError).
#define NDC_ERR_INVALID_ARGUMENT 1

// A required pointer argument was NULL.
#define NDC_ERR_NULL_POINTER 2

// Invalid dtype code, or a dtype the operation does not support (TypeError).
#define NDC_ERR_DTYPE 3

// Invalid or incompatible shapes.
#define NDC_ERR_SHAPE 4

// Index out of range (NumPy's IndexError).
#define NDC_ERR_INDEX 5

// Write into a read-only array.
#define NDC_ERR_READONLY 6

// Memory could not be allocated (NumPy's MemoryError).
#define NDC_ERR_NOMEM 7

// File or stream error.
#define NDC_ERR_IO 8

// Linear-algebra failure (LinAlgError).
#define NDC_ERR_LINALG 9

// Not implemented for these arguments.
#define NDC_ERR_NOT_IMPLEMENTED 10

// Not supported on this build or platform.
#define NDC_ERR_UNSUPPORTED 11

// Library version mismatch.
#define NDC_ERR_VERSION 12

// A size computation overflowed.
#define NDC_ERR_OVERFLOW 13

// A bug inside ndc (a caught panic); the host keeps running.
#define NDC_ERR_INTERNAL 14

// `mode='raise'`: an out-of-range index is an error.
#define NDC_MODE_RAISE 0

// `mode='wrap'`: indices wrap around (`i mod n`).
#define NDC_MODE_WRAP 1

// `mode='clip'`: indices are clipped to `[0, n-1]`.
#define NDC_MODE_CLIP 2

// 'reduced': Q (..., M, K), R (..., K, N) with K = min(M, N).
#define NDC_QR_REDUCED 0

// 'complete': Q (..., M, M), R (..., M, N).
#define NDC_QR_COMPLETE 1

// 'r': R (..., K, N) only.
#define NDC_QR_R 2

// 'raw': h (..., N, M) (LAPACK's reflectors, transposed) and tau (..., K).
#define NDC_QR_RAW 3

// `ord=None`.
#define NDC_NORM_DEFAULT 0

// A numeric `ord`.
#define NDC_NORM_ORD 1

// `ord='fro'`.
#define NDC_NORM_FRO 2

// `ord='nuc'`.
#define NDC_NORM_NUC 3

// 'quicksort', NumPy's default.
#define NDC_SORT_QUICKSORT 0

// 'stable' (also NumPy's 'mergesort'): equal elements keep their order.
#define NDC_SORT_STABLE 1

// 'heapsort'.
#define NDC_SORT_HEAPSORT 2

// 'left': the first suitable index.
#define NDC_SIDE_LEFT 0

// 'right': the last suitable index.
#define NDC_SIDE_RIGHT 1

// 'linear' (NumPy's default, H&F 7).
#define NDC_QUANTILE_LINEAR 0

// 'inverted_cdf' (H&F 1).
#define NDC_QUANTILE_INVERTED_CDF 1

// 'averaged_inverted_cdf' (H&F 2).
#define NDC_QUANTILE_AVERAGED_INVERTED_CDF 2

// 'closest_observation' (H&F 3).
#define NDC_QUANTILE_CLOSEST_OBSERVATION 3

// 'interpolated_inverted_cdf' (H&F 4).
#define NDC_QUANTILE_INTERPOLATED_INVERTED_CDF 4

// 'hazen' (H&F 5).
#define NDC_QUANTILE_HAZEN 5

// 'weibull' (H&F 6).
#define NDC_QUANTILE_WEIBULL 6

// 'median_unbiased' (H&F 8).
#define NDC_QUANTILE_MEDIAN_UNBIASED 7

// 'normal_unbiased' (H&F 9).
#define NDC_QUANTILE_NORMAL_UNBIASED 8

// 'lower'.
#define NDC_QUANTILE_LOWER 9

// 'higher'.
#define NDC_QUANTILE_HIGHER 10

// 'midpoint'.
#define NDC_QUANTILE_MIDPOINT 11

// 'nearest'.
#define NDC_QUANTILE_NEAREST 12

#ifdef __cplusplus
extern "C" {
#endif // __cplusplus

// Adds a reference to `a`. NULL-safe, atomic, callable from any thread.
// Returns `a`.
struct ndc_array *ndc_array_retain(struct ndc_array *a);

// Drops a reference to `a`; the array (and, with its last view, its memory)
// is freed when none remain. NULL-safe, atomic, callable from any thread
// (including finalizers).
void ndc_array_release(struct ndc_array *a);

// Number of dimensions (0 for a 0-d array); -1 if `a` is NULL.
int32_t ndc_array_ndim(const struct ndc_array *a);

// Pointer to `ndim` dimensions, borrowed from `a` (valid while the caller
// holds `a`). NULL if `a` is NULL; not NULL for 0-d arrays.
const int64_t *ndc_array_shape(const struct ndc_array *a);

// Pointer to `ndim` byte strides (signed), borrowed from `a`. NULL if `a`
// is NULL.
const int64_t *ndc_array_strides(const struct ndc_array *a);

// Element type; `NDC_DTYPE_NONE` (0) if `a` is NULL.
ndc_dtype ndc_array_dtype(const struct ndc_array *a);

// Number of elements; -1 if `a` is NULL.
int64_t ndc_array_size(const struct ndc_array *a);

// Bytes per element; -1 if `a` is NULL.
int64_t ndc_array_itemsize(const struct ndc_array *a);

// `size * itemsize`; -1 if `a` is NULL.
int64_t ndc_array_nbytes(const struct ndc_array *a);

// NumPy's flags as `NDC_C_CONTIGUOUS | NDC_F_CONTIGUOUS | NDC_OWNDATA |
// NDC_WRITEABLE | NDC_ALIGNED` bits; 0 if `a` is NULL.
uint32_t ndc_array_flags(const struct ndc_array *a);

// The array that owns the memory `a` views (NumPy's `a.base`), as a new
// reference in `*out`, or NULL in `*out` when `a` is not a view.
ndc_status ndc_array_base(const struct ndc_array *a, struct ndc_array **out);

// Address of element 0 for writing; refuses read-only arrays with
// `NDC_ERR_READONLY`. The memory is borrowed from `a`.
ndc_status ndc_array_data(const struct ndc_array *a, void **out);

// Address of element 0 for reading (any array). Borrowed from `a`.
ndc_status ndc_array_data_const(const struct ndc_array *a, const void **out);

// Sets or clears NumPy's WRITEABLE flag of `a` in place (`readonly` true
// makes it read-only). Making an array writeable again fails with
// `NDC_ERR_READONLY` when its memory or base is read-only, as NumPy.
ndc_status ndc_array_set_readonly(const struct ndc_array *a, bool readonly);

// Copies `ndim`/`shape` elements of `dtype` from `data` into a new
// C-contiguous array in `*out`. `strides` (bytes, may be negative, NULL for
// C-contiguous) describe where element `(i, j, ...)` is, relative to `data`.
// The caller keeps ownership of `data`.
ndc_status ndc_array_from_data(const void *data,
                               ndc_dtype dtype,
                               int32_t ndim,
                               const int64_t *shape,
                               const int64_t *strides,
                               struct ndc_array **out);

// Wraps caller memory without copying. Element 0 is at `data + offset`;
// `strides` (bytes, NULL for C-contiguous) must keep every element inside
// `[data, data + nbytes)` and be multiples of the dtype's alignment, as must
// the address of element 0. `flags` may hold `NDC_BUFFER_READONLY`.
// `deleter(data, context)` runs once when the last array using the memory
// is released; it may be NULL when the caller frees the memory itself after
// releasing every array. On failure nothing is wrapped and the deleter is
// not called: the memory stays the caller's.
ndc_status ndc_array_from_buffer(void *data,
                                 int64_t nbytes,
                                 ndc_dtype dtype,
                                 int32_t ndim,
                                 const int64_t *shape,
                                 const int64_t *strides,
                                 int64_t offset,
                                 uint32_t flags,
                                 ndc_deleter deleter,
                                 void *context,
                                 struct ndc_array **out);

// `a.copy(order)` (NumPy's `np.copy` default order K for
// `NDC_ORDER_DEFAULT`): a new array in `*out`.
ndc_status ndc_array_copy(const struct ndc_array *a, ndc_order order, struct ndc_array **out);

// `a.astype(dtype, order, casting)`: always a new array in `*out`.
// `NDC_ORDER_DEFAULT` is K and `NDC_CASTING_DEFAULT` is unsafe, as NumPy.
// A cast the rule refuses fails with `NDC_ERR_DTYPE` and NumPy's text.
ndc_status ndc_array_astype(const struct ndc_array *a,
                            ndc_dtype dtype,
                            ndc_casting casting,
                            ndc_order order,
                            struct ndc_array **out);

// `np.ascontiguousarray(a)`: a new reference in `*out` to `a` itself when it
// is already C-contiguous, else to a C-ordered copy. A 0-d input gives a
// 1-element 1-d array, as NumPy.
ndc_status ndc_ascontiguousarray(const struct ndc_array *a, struct ndc_array **out);

// `np.asfortranarray(a)`: `a` itself when already F-contiguous, else an
// F-ordered copy, as a new reference in `*out`. 0-d gives 1-d.
ndc_status ndc_asfortranarray(const struct ndc_array *a, struct ndc_array **out);

// `np.empty(shape, dtype, order)`: uninitialised memory.
ndc_status ndc_empty(int32_t ndim,
                     const int64_t *shape,
                     ndc_dtype dtype,
                     ndc_order order,
                     struct ndc_array **out);

// `np.zeros(shape, dtype, order)`. The memory comes zeroed from the
// allocator: large arrays touch no page until written, as NumPy.
ndc_status ndc_zeros(int32_t ndim,
                     const int64_t *shape,
                     ndc_dtype dtype,
                     ndc_order order,
                     struct ndc_array **out);

// `np.ones(shape, dtype, order)`.
ndc_status ndc_ones(int32_t ndim,
                    const int64_t *shape,
                    ndc_dtype dtype,
                    ndc_order order,
                    struct ndc_array **out);

// `np.full(shape, value, dtype, order)`. `value` points to one element of
// `value_dtype` (for example a `double` with `NDC_FLOAT64`); it is converted
// to `dtype` with an unsafe cast, as `np.full(shape, np.float64(v), dtype)`.
ndc_status ndc_full(int32_t ndim,
                    const int64_t *shape,
                    const void *value,
                    ndc_dtype value_dtype,
                    ndc_dtype dtype,
                    ndc_order order,
                    struct ndc_array **out);

// `np.empty_like(proto, dtype, order)`: `dtype` `NDC_DTYPE_NONE` keeps the
// prototype's; `NDC_ORDER_DEFAULT` is K (the prototype's memory order).
ndc_status ndc_empty_like(const struct ndc_array *proto,
                          ndc_dtype dtype,
                          ndc_order order,
                          struct ndc_array **out);

// `np.zeros_like(proto, dtype, order)` (see `ndc_empty_like`).
ndc_status ndc_zeros_like(const struct ndc_array *proto,
                          ndc_dtype dtype,
                          ndc_order order,
                          struct ndc_array **out);

// `np.ones_like(proto, dtype, order)` (see `ndc_empty_like`).
ndc_status ndc_ones_like(const struct ndc_array *proto,
                         ndc_dtype dtype,
                         ndc_order order,
                         struct ndc_array **out);

// `np.full_like(proto, value, dtype, order)`; `value` is one element of
// `value_dtype` (see `ndc_full`).
ndc_status ndc_full_like(const struct ndc_array *proto,
                         const void *value,
                         ndc_dtype value_dtype,
                         ndc_dtype dtype,
                         ndc_order order,
                         struct ndc_array **out);

// `np.arange(start, stop, step, dtype)` with float arguments (NumPy's
// length `ceil((stop - start) / step)` and fill rule). Pass `NDC_FLOAT64`
// for NumPy's default with float arguments.
ndc_status ndc_arange(double start,
                      double stop,
                      double step,
                      ndc_dtype dtype,
                      struct ndc_array **out);

// `np.arange(start, stop, step, dtype)` with integer arguments, exact. Pass
// `NDC_INT64` for NumPy's default with integer arguments.
ndc_status ndc_arange_int(int64_t start,
                          int64_t stop,
                          int64_t step,
                          ndc_dtype dtype,
                          struct ndc_array **out);

// `np.linspace(start, stop, num, endpoint, retstep=True, dtype)`: the step
// goes to `*step` when `step` is not NULL (nan when it is undefined).
ndc_status ndc_linspace(double start,
                        double stop,
                        int64_t num,
                        bool endpoint,
                        ndc_dtype dtype,
                        double *step,
                        struct ndc_array **out);

// `np.logspace(start, stop, num, endpoint, base, dtype)`.
ndc_status ndc_logspace(double start,
                        double stop,
                        int64_t num,
                        bool endpoint,
                        double base,
                        ndc_dtype dtype,
                        struct ndc_array **out);

// `np.geomspace(start, stop, num, endpoint, dtype)` for real endpoints
// (negative ones too; zero is an error as NumPy).
ndc_status ndc_geomspace(double start,
                         double stop,
                         int64_t num,
                         bool endpoint,
                         ndc_dtype dtype,
                         struct ndc_array **out);

// `np.eye(n, m, k, dtype, order)`; `m < 0` means `m = n`.
ndc_status ndc_eye(int64_t n,
                   int64_t m,
                   int64_t k,
                   ndc_dtype dtype,
                   ndc_order order,
                   struct ndc_array **out);

// `np.identity(n, dtype)`.
ndc_status ndc_identity(int64_t n, ndc_dtype dtype, struct ndc_array **out);

// `np.tri(n, m, k, dtype)`: ones at and below diagonal `k`; `m < 0` means
// `m = n`.
ndc_status ndc_tri(int64_t n, int64_t m, int64_t k, ndc_dtype dtype, struct ndc_array **out);

// `np.diff(a, n, axis, prepend, append)`: the `n`-th differences along
// `axis` (`a[1:] - a[:-1]`, `!=` for bool). `prepend` / `append` (NULL:
// none) are joined to `a` along the axis first; a 0-d one stands for a
// slice of that value. `n == 0` gives `a` itself (a new reference); `n <
// 0` and 0-d `a` are errors, as NumPy's.
ndc_status ndc_diff(const struct ndc_array *a,
                    int64_t n,
                    int64_t axis,
                    const struct ndc_array *prepend,
                    const struct ndc_array *append,
                    struct ndc_array **out);

// `np.ediff1d(ary, to_end, to_begin)`: the differences of the flattened
// `ary`, after `to_begin` and before `to_end` (NULL: none; flattened and
// cast to ary's dtype, which must be possible under same_kind).
ndc_status ndc_ediff1d(const struct ndc_array *ary,
                       const struct ndc_array *to_end,
                       const struct ndc_array *to_begin,
                       struct ndc_array **out);

// `np.cumulative_sum(x, axis, dtype, include_initial)`: running sums along
// `axis` (`NDC_AXIS_NONE` only for inputs of at most one dimension), in
// `dtype` (`NDC_DTYPE_NONE`: int64/uint64 for bool and narrower integers,
// else x's); `include_initial` puts a slice of zeros in front.
ndc_status ndc_cumulative_sum(const struct ndc_array *x,
                              int64_t axis,
                              ndc_dtype dtype,
                              bool include_initial,
                              struct ndc_array **out);

// `np.cumulative_prod(x, axis, dtype, include_initial)`: running products,
// as `ndc_cumulative_sum` (the initial slice holds ones).
ndc_status ndc_cumulative_prod(const struct ndc_array *x,
                               int64_t axis,
                               ndc_dtype dtype,
                               bool include_initial,
                               struct ndc_array **out);

// `np.average(a, axis, weights, returned, keepdims)`: the mean of `a`
// over `opts->axes` (NULL opts: every axis) weighted by `weights` (NULL:
// equal weights; else of a's shape, or of the shape of the averaged axes
// in the order given). Only `axes` and `keepdims` of `opts` are used.
// Integer and bool inputs average in float64. `*avg` receives the
// average; when `sum_of_weights` is not NULL it receives the sum of the
// weights (the element count without weights) with the average's shape,
// as NumPy's `returned=True`. Weights summing to zero fail with "Weights
// sum to zero, can't be normalized".
ndc_status ndc_average(const struct ndc_array *a,
                       const struct ndc_array *weights,
                       const struct ndc_reduce_options *opts,
                       struct ndc_array **avg,
                       struct ndc_array **sum_of_weights);

// `np.cov(m, y, rowvar, bias, ddof, fweights, aweights, dtype)`: the
// covariance matrix of the variables in the rows of `m` (columns when
// `rowvar` is false) and of `y` (NULL: none), normalised by `N - ddof`
// (`ddof` `NDC_DDOF_NONE`: 1, or 0 with `bias`), with optional frequency
// (`fweights`, integral) and importance (`aweights`) weights per
// observation (NULL: none). `dtype` `NDC_DTYPE_NONE` computes in the
// promotion of the inputs' dtypes and float64. One variable gives a 0-d
// result; a normalisation `<= 0` gives inf/nan as NumPy's (which warns).
ndc_status ndc_cov(const struct ndc_array *m,
                   const struct ndc_array *y,
                   bool rowvar,
                   bool bias,
                   int64_t ddof,
                   const struct ndc_array *fweights,
                   const struct ndc_array *aweights,
                   ndc_dtype dtype,
                   struct ndc_array **out);

// `np.corrcoef(x, y, rowvar, dtype)`: the Pearson correlation
// coefficients `cov / outer(std, std)`, real and imaginary parts clipped
// to [-1, 1]; arguments as `ndc_cov`.
ndc_status ndc_corrcoef(const struct ndc_array *x,
                        const struct ndc_array *y,
                        bool rowvar,
                        ndc_dtype dtype,
                        struct ndc_array **out);

// Bytes per element of `dtype`; -1 (with an error message) for an invalid
// code.
int64_t ndc_dtype_itemsize(ndc_dtype dtype);

// NumPy's name of `dtype` ("float32"), a static string (not freed); NULL
// (with an error message) for an invalid code.
const char *ndc_dtype_name(ndc_dtype dtype);

// Parses NumPy's spellings ("float32", "f4", "<f4", "double", "c16",
// "bool", "?") into `*out`. Unknown text fails with `NDC_ERR_DTYPE` and
// NumPy's "data type 'x' not understood".
ndc_status ndc_dtype_from_string(const char *text, ndc_dtype *out);

// `np.result_type(a, b)` (NumPy 2 / NEP 50 promotion) into `*out`.
ndc_status ndc_result_type(ndc_dtype a, ndc_dtype b, ndc_dtype *out);

// `np.can_cast(from, to, casting)` into `*out`; `NDC_CASTING_DEFAULT` is
// safe, as NumPy.
ndc_status ndc_can_cast(ndc_dtype from, ndc_dtype to, ndc_casting casting, bool *out);

// Reads the element at `index` (`nindex` == ndim values) converted to
// int64_t (NumPy's unsafe cast) into `*out`.
ndc_status ndc_array_get_int64(const struct ndc_array *a,
                               const int64_t *index,
                               int32_t nindex,
                               int64_t *out);

// Writes int64_t `value`, converted to the array's dtype (unsafe cast), at
// `index`. Read-only arrays give `NDC_ERR_READONLY`.
ndc_status ndc_array_set_int64(const struct ndc_array *a,
                               const int64_t *index,
                               int32_t nindex,
                               int64_t value);

// Reads the element at `index` (`nindex` == ndim values) converted to
// uint64_t (NumPy's unsafe cast) into `*out`.
ndc_status ndc_array_get_uint64(const struct ndc_array *a,
                                const int64_t *index,
                                int32_t nindex,
                                uint64_t *out);

// Writes uint64_t `value`, converted to the array's dtype (unsafe cast), at
// `index`. Read-only arrays give `NDC_ERR_READONLY`.
ndc_status ndc_array_set_uint64(const struct ndc_array *a,
                                const int64_t *index,
                                int32_t nindex,
                                uint64_t value);

// Reads the element at `index` (`nindex` == ndim values) converted to
// double (NumPy's unsafe cast) into `*out`.
ndc_status ndc_array_get_double(const struct ndc_array *a,
                                const int64_t *index,
                                int32_t nindex,
                                double *out);

// Writes double `value`, converted to the array's dtype (unsafe cast), at
// `index`. Read-only arrays give `NDC_ERR_READONLY`.
ndc_status ndc_array_set_double(const struct ndc_array *a,
                                const int64_t *index,
                                int32_t nindex,
                                double value);

// Reads the element at `index` as a bool (non-zero) into `*out`.
ndc_status ndc_array_get_bool(const struct ndc_array *a,
                              const int64_t *index,
                              int32_t nindex,
                              bool *out);

// Writes a bool at `index` (converted to the array's dtype).
ndc_status ndc_array_set_bool(const struct ndc_array *a,
                              const int64_t *index,
                              int32_t nindex,
                              bool value);

// Reads the element at `index` as a complex double into `*out`.
ndc_status ndc_array_get_complex(const struct ndc_array *a,
                                 const int64_t *index,
                                 int32_t nindex,
                                 struct ndc_complex *out);

// Writes a complex value at `index` (non-complex dtypes take the real part).
ndc_status ndc_array_set_complex(const struct ndc_array *a,
                                 const int64_t *index,
                                 int32_t nindex,
                                 struct ndc_complex value);

// Copies the raw bytes of the element at `index` (`itemsize` bytes, the
// array's own dtype) to `out`.
ndc_status ndc_array_get(const struct ndc_array *a,
                         const int64_t *index,
                         int32_t nindex,
                         void *out);

// Writes one element given as `value_dtype` bytes at `value`, converted to
// the array's dtype (unsafe cast), at `index`.
ndc_status ndc_array_set(const struct ndc_array *a,
                         const int64_t *index,
                         int32_t nindex,
                         const void *value,
                         ndc_dtype value_dtype);

// `np.clip(a, a_min, a_max)`: either bound may be NULL (not both); a
// bound may be a weak scalar from `ndc_scalar_*`. `opts` as for ufuncs
// (`out`, `dtype`, `casting`). The result slot may be NULL when `out` is
// given; otherwise it receives a new reference.
ndc_status ndc_clip(const struct ndc_array *a,
                    const struct ndc_array *a_min,
                    const struct ndc_array *a_max,
                    const struct ndc_ufunc_options *opts,
                    struct ndc_array **out);

// `np.where(condition, x, y)`: a new array in `*out` taking `x` where
// `condition` is true and `y` elsewhere, broadcast together, with dtype
// `result_type(x, y)`.
ndc_status ndc_where(const struct ndc_array *condition,
                     const struct ndc_array *x,
                     const struct ndc_array *y,
                     struct ndc_array **out);

// `np.isclose(a, b, rtol, atol, equal_nan)` (NumPy's defaults are
// `rtol = 1e-5`, `atol = 1e-8`): a new bool array in `*out`.
ndc_status ndc_isclose(const struct ndc_array *a,
                       const struct ndc_array *b,
                       double rtol,
                       double atol,
                       bool equal_nan,
                       struct ndc_array **out);

// `np.allclose(a, b, rtol, atol, equal_nan)` into `*out`.
ndc_status ndc_allclose(const struct ndc_array *a,
                        const struct ndc_array *b,
                        double rtol,
                        double atol,
                        bool equal_nan,
                        bool *out);

// `np.array_equal(a1, a2, equal_nan)` into `*out`.
ndc_status ndc_array_equal(const struct ndc_array *a1,
                           const struct ndc_array *a2,
                           bool equal_nan,
                           bool *out);

// `np.array_equiv(a1, a2)` into `*out`.
ndc_status ndc_array_equiv(const struct ndc_array *a1, const struct ndc_array *a2, bool *out);

// `np.nan_to_num(x, nan=nan, posinf=*posinf, neginf=*neginf)`: a new array
// in `*out`; NULL `posinf`/`neginf` select the dtype's largest finite
// values, as NumPy's None.
ndc_status ndc_nan_to_num(const struct ndc_array *x,
                          double nan,
                          const double *posinf,
                          const double *neginf,
                          struct ndc_array **out);

// `np.round(a, decimals)` (NumPy's round half to even): a new array in
// `*out`.
ndc_status ndc_round(const struct ndc_array *a, int64_t decimals, struct ndc_array **out);

// `np.around`, the same as `ndc_round`.
ndc_status ndc_around(const struct ndc_array *a, int64_t decimals, struct ndc_array **out);

// `np.real(a)`: for complex arrays a view of the real parts (writes show in
// `a`), otherwise `a` itself; a new reference in `*out`.
ndc_status ndc_real(const struct ndc_array *a, struct ndc_array **out);

// `np.imag(a)`: for complex arrays a view of the imaginary parts, otherwise
// a read-only array of zeros; a new reference in `*out`.
ndc_status ndc_imag(const struct ndc_array *a, struct ndc_array **out);

// `np.angle(z, deg)`: the argument of each element (radians, or degrees
// when `deg`), a new array in `*out`.
ndc_status ndc_angle(const struct ndc_array *z, bool deg, struct ndc_array **out);

// The message of the last failed call on this thread ("" if none). The
// string is borrowed: it stays valid until the next failing ndc call on this
// thread. Never NULL. A successful call does not clear it.
const char *ndc_last_error_message(void);

// Copies the last error message of this thread into `buf` (`cap` bytes,
// always NUL-terminated when `cap > 0`, truncated if needed). Returns the
// full message length in bytes, excluding the NUL. For bindings whose
// threads migrate between calls, read it right after the failing call on
// the same OS thread.
size_t ndc_last_error_copy(char *buf, size_t cap);

// A static description of a status code ("invalid argument", ...); never
// NULL, "unknown status" for codes outside the list. Not freed.
const char *ndc_status_string(ndc_status status);

// Always fails with `NDC_ERR_INTERNAL` by panicking inside ndc: lets a
// program or binding check that an internal fault reaches it as a status
// and never aborts the host.
ndc_status ndc_debug_panic(void);

// `a[index]` with a NumPy index string (`"1:, ::-1, None"`, `"..., 0"`,
// `"[0, 2], :"`, `"?, 2:"`); each `?` binds the next of the `nargs` index
// arrays in `args`. A view for basic indices, a copy otherwise; a new
// reference in `*out`. Errors use NumPy's texts ("index 5 is out of bounds
// for axis 0 with size 3"); parse errors name the column.
ndc_status ndc_getitem(const struct ndc_array *a,
                       const char *index,
                       int32_t nargs,
                       const struct ndc_array *const *args,
                       struct ndc_array **out);

// `a[index]` with `n` `ndc_index` items.
ndc_status ndc_getitem_index(const struct ndc_array *a,
                             const struct ndc_index *index,
                             int32_t n,
                             struct ndc_array **out);

// `a[index] = value` with an index string (see `ndc_getitem`): `value`
// (any array or scalar handle) is broadcast to the indexed shape and cast
// to `a`'s dtype; with repeated advanced indices the last write wins.
// Read-only arrays fail with `NDC_ERR_READONLY`.
ndc_status ndc_setitem(const struct ndc_array *a,
                       const char *index,
                       int32_t nargs,
                       const struct ndc_array *const *args,
                       const struct ndc_array *value);

// `a[index] = value` with `n` `ndc_index` items.
ndc_status ndc_setitem_index(const struct ndc_array *a,
                             const struct ndc_index *index,
                             int32_t n,
                             const struct ndc_array *value);

// `np.nonzero(a)`: one new int64 array per axis of `a` written to
// `outs[0..ndim]` (room for `capacity` handles), the count in `*count`.
// All or nothing: on failure no slot is written. 0-d input fails as NumPy 2.
ndc_status ndc_nonzero(const struct ndc_array *a,
                       struct ndc_array **outs,
                       int32_t capacity,
                       int32_t *count);

// `np.flatnonzero(a)`: a new int64 array of the indices of the non-zero
// elements of the flattened array.
ndc_status ndc_flatnonzero(const struct ndc_array *a, struct ndc_array **out);

// `np.take(a, indices, axis, mode)`: a new array of the elements of `a` at
// `indices` along `axis` (`NDC_AXIS_NONE`: the flattened array), shape
// `a.shape[:axis] + indices.shape + a.shape[axis+1:]`. Indices are cast to
// int64 under same_kind rules (float indices fail with `NDC_ERR_DTYPE`).
ndc_status ndc_take(const struct ndc_array *a,
                    const struct ndc_array *indices,
                    int64_t axis,
                    ndc_clipmode mode,
                    struct ndc_array **out);

// `np.take_along_axis(arr, indices, axis)`: a new array with
// `out[..., j, ...] = arr[..., indices[..., j, ...], ...]` along `axis`
// (`NDC_AXIS_NONE`: the flattened array, 1-D indices); `indices` has
// `arr`'s ndim and broadcasts against it.
ndc_status ndc_take_along_axis(const struct ndc_array *arr,
                               const struct ndc_array *indices,
                               int64_t axis,
                               struct ndc_array **out);

// `np.put(a, ind, v, mode)`: in place, `a.flat[ind[k]] = v.flat[k %
// len(v)]` in order (the last write wins). `ind` is cast to int64 under
// safe rules, `v` to `a`'s dtype under unsafe rules. A read-only `a` fails
// with `NDC_ERR_READONLY`. All arguments are borrowed.
ndc_status ndc_put(const struct ndc_array *a,
                   const struct ndc_array *ind,
                   const struct ndc_array *v,
                   ndc_clipmode mode);

// `np.put_along_axis(arr, indices, values, axis)`: in place,
// `arr[..., indices[..., j, ...], ...] = values` (broadcast) along `axis`
// (`NDC_AXIS_NONE`: the flattened array).
ndc_status ndc_put_along_axis(const struct ndc_array *arr,
                              const struct ndc_array *indices,
                              const struct ndc_array *values,
                              int64_t axis);

// `np.place(arr, mask, vals)`: in place, the k-th true position of `mask`
// (same size as `arr`, row-major) receives `vals.flat[k % len(vals)]`;
// `vals` is cast under safe rules.
ndc_status ndc_place(const struct ndc_array *arr,
                     const struct ndc_array *mask,
                     const struct ndc_array *vals);

// `np.putmask(a, mask, values)`: in place, `a.flat[i] = values.flat[i %
// len(values)]` where `mask.flat[i]` is true; `values` is cast under safe
// rules.
ndc_status ndc_putmask(const struct ndc_array *a,
                       const struct ndc_array *mask,
                       const struct ndc_array *values);

// `np.compress(condition, a, axis)`: a new array of the slices of `a`
// along `axis` (`NDC_AXIS_NONE`: flattened) where the 1-D `condition` is
// true.
ndc_status ndc_compress(const struct ndc_array *condition,
                        const struct ndc_array *a,
                        int64_t axis,
                        struct ndc_array **out);

// `np.extract(condition, arr)`: a new 1-D array of the elements of the
// flattened `arr` where the flattened `condition` is non-zero.
ndc_status ndc_extract(const struct ndc_array *condition,
                       const struct ndc_array *arr,
                       struct ndc_array **out);

// `np.choose(a, choices, mode)`: a new array with `out[i] =
// choices[a[i]][i]`, `a` (cast to int64 under safe rules) and the `n`
// choices broadcast together; the dtype is the promotion of the choices.
ndc_status ndc_choose(const struct ndc_array *a,
                      int32_t n,
                      const struct ndc_array *const *choices,
                      ndc_clipmode mode,
                      struct ndc_array **out);

// `np.argwhere(a)`: a new `(N, a.ndim)` int64 array of the indices of the
// non-zero elements (0-d input: shape (1, 0) if true, (0, 0) if false).
ndc_status ndc_argwhere(const struct ndc_array *a, struct ndc_array **out);

// `np.where(condition)` with one argument, which NumPy defines as
// `np.nonzero(condition)`: identical to `ndc_nonzero` (same outputs and
// errors).
ndc_status ndc_where_nonzero(const struct ndc_array *condition,
                             struct ndc_array **outs,
                             int32_t capacity,
                             int32_t *count);

// `np.diag(v, k)`: for 1-D `v` a new 2-D array with `v` on the k-th
// diagonal; for 2-D `v` its k-th diagonal as a read-only view (as NumPy).
// Other ranks fail with NumPy's "Input must be 1- or 2-d.".
ndc_status ndc_diag(const struct ndc_array *v, int64_t k, struct ndc_array **out);

// `np.diag_indices(n, ndim)`: `ndim` new int64 arrays `arange(n)` in
// `outs` (see the module rule for `outs`, `capacity`, `count`).
ndc_status ndc_diag_indices(int64_t n,
                            int32_t ndim,
                            struct ndc_array **outs,
                            int32_t capacity,
                            int32_t *count);

// `np.diag_indices_from(arr)`: `diag_indices(arr.shape[0], arr.ndim)` for
// an array of at least 2 equal dimensions.
ndc_status ndc_diag_indices_from(const struct ndc_array *arr,
                                 struct ndc_array **outs,
                                 int32_t capacity,
                                 int32_t *count);

// `np.tril_indices(n, k, m)`: two new int64 arrays (rows, columns) of the
// lower triangle `j <= i + k` of an `(n, m)` array; `m == -1` means `m = n`.
ndc_status ndc_tril_indices(int64_t n,
                            int64_t k,
                            int64_t m,
                            struct ndc_array **outs,
                            int32_t capacity,
                            int32_t *count);

// `np.triu_indices(n, k, m)`: two new int64 arrays (rows, columns) of the
// upper triangle `j >= i + k` of an `(n, m)` array; `m == -1` means `m = n`.
ndc_status ndc_triu_indices(int64_t n,
                            int64_t k,
                            int64_t m,
                            struct ndc_array **outs,
                            int32_t capacity,
                            int32_t *count);

// `np.tril_indices_from(arr, k)` for a 2-D `arr`.
ndc_status ndc_tril_indices_from(const struct ndc_array *arr,
                                 int64_t k,
                                 struct ndc_array **outs,
                                 int32_t capacity,
                                 int32_t *count);

// `np.triu_indices_from(arr, k)` for a 2-D `arr`.
ndc_status ndc_triu_indices_from(const struct ndc_array *arr,
                                 int64_t k,
                                 struct ndc_array **outs,
                                 int32_t capacity,
                                 int32_t *count);

// `np.unravel_index(indices, shape, order)`: `ndim` new int64 arrays (each
// of `indices`' shape), the multi-indices of the flat `indices` in an
// array of `shape` (`order` `NDC_ORDER_C`/`DEFAULT` or `NDC_ORDER_F`).
ndc_status ndc_unravel_index(const struct ndc_array *indices,
                             int32_t ndim,
                             const int64_t *shape,
                             ndc_order order,
                             struct ndc_array **outs,
                             int32_t capacity,
                             int32_t *count);

// `np.ravel_multi_index(multi_index, dims, mode, order)`: a new int64
// array of the flat indices of the `n` broadcast coordinate arrays in an
// array of shape `dims`. `nmodes` 0 means one mode, `*modes`, for every
// dimension (NumPy's `mode='clip'`); otherwise `modes` lists one mode per
// dimension (NumPy's `mode=('wrap', 'clip')`) and `nmodes` must be `ndim`.
ndc_status ndc_ravel_multi_index(int32_t n,
                                 const struct ndc_array *const *multi_index,
                                 int32_t ndim,
                                 const int64_t *dims,
                                 int32_t nmodes,
                                 const ndc_clipmode *modes,
                                 ndc_order order,
                                 struct ndc_array **out);

// `np.ix_(*args)`: for `n` 1-D arrays, `n` new handles, the k-th a view of
// `args[k]` reshaped to `(1, .., len, .., 1)` (boolean masks become the
// int64 positions of their true entries), so that `a[ix_(...)]` indexes
// the cross product.
ndc_status ndc_ix_(int32_t n,
                   const struct ndc_array *const *args,
                   struct ndc_array **outs,
                   int32_t capacity,
                   int32_t *count);

// `np.linalg.solve(a, b)`: X with A X = B for every matrix of the stack
// `a (..., M, M)`. As NumPy 2, `b` is a vector (M,) only when it is 1-d;
// otherwise `b (..., M, K)` and the leading axes broadcast. Singular
// matrices fail with "Singular matrix". `*out` receives a new reference.
ndc_status ndc_linalg_solve(const struct ndc_array *a,
                            const struct ndc_array *b,
                            struct ndc_array **out);

// `np.linalg.inv(a)`: the inverse of every matrix of `a (..., M, M)`.
// A nan input gives nan without error (as NumPy); an exactly singular
// matrix fails with "Singular matrix". `*out` receives a new reference.
ndc_status ndc_linalg_inv(const struct ndc_array *a, struct ndc_array **out);

// `np.linalg.tensorsolve(a, b, axes)`: x with tensordot(a, x, x.ndim) = b.
// `axes` (NULL for None, else `naxes` entries) are moved to the end of
// `a` first. `*out` receives a new reference.
ndc_status ndc_linalg_tensorsolve(const struct ndc_array *a,
                                  const struct ndc_array *b,
                                  int32_t naxes,
                                  const int64_t *axes,
                                  struct ndc_array **out);

// `np.linalg.tensorinv(a, ind)`: the inverse of `a` seen as a matrix of
// prod(shape[:ind]) rows; the result has shape shape[ind:] + shape[:ind].
// `ind` must be positive. `*out` receives a new reference.
ndc_status ndc_linalg_tensorinv(const struct ndc_array *a, int64_t ind, struct ndc_array **out);

// `np.linalg.det(a)`: the determinant of every matrix of `a (..., M, M)`
// (through LU, as NumPy: sign * exp(logabsdet)); shape `(...)`.
// `*out` receives a new reference.
ndc_status ndc_linalg_det(const struct ndc_array *a, struct ndc_array **out);

// `np.linalg.slogdet(a)`: `*sign` (a's type; 0 for a singular matrix, a
// unit complex for complex input) and `*logabsdet` (real; -inf when
// singular). Both receive new references.
ndc_status ndc_linalg_slogdet(const struct ndc_array *a,
                              struct ndc_array **sign,
                              struct ndc_array **logabsdet);

// `np.linalg.eig(a)`: eigenvalues `(..., M)` and right eigenvectors as
// columns `(..., M, M)` (unit norm). A real input gives real results when
// every eigenvalue is real, else complex ones. Inf or nan input fails
// with "Array must not contain infs or NaNs". Both outputs receive new
// references.
ndc_status ndc_linalg_eig(const struct ndc_array *a,
                          struct ndc_array **eigenvalues,
                          struct ndc_array **eigenvectors);

// `np.linalg.eigvals(a)`: the eigenvalues of `eig`. `*out` receives a new
// reference.
ndc_status ndc_linalg_eigvals(const struct ndc_array *a, struct ndc_array **out);

// `np.linalg.eigh(a, UPLO)`: ascending real eigenvalues and orthonormal
// eigenvectors of Hermitian matrices, reading the triangle `uplo` ('L' or
// 'U'). Both outputs receive new references.
ndc_status ndc_linalg_eigh(const struct ndc_array *a,
                           char uplo,
                           struct ndc_array **eigenvalues,
                           struct ndc_array **eigenvectors);

// `np.linalg.eigvalsh(a, UPLO)`: the eigenvalues of `eigh`. `*out`
// receives a new reference.
ndc_status ndc_linalg_eigvalsh(const struct ndc_array *a, char uplo, struct ndc_array **out);

// `np.linalg.svd(a, full_matrices, compute_uv, hermitian)`: A = U S Vh
// with S descending. With `compute_uv` true, `*u`, `*s` and `*vh` receive
// new references (U (..., M, M|K), Vh (..., N|K, N)); with it false only
// `*s` is written and `u`, `vh` may be NULL. Nan input fails with "SVD did
// not converge".
ndc_status ndc_linalg_svd(const struct ndc_array *a,
                          bool full_matrices,
                          bool compute_uv,
                          bool hermitian,
                          struct ndc_array **u,
                          struct ndc_array **s,
                          struct ndc_array **vh);

// `np.linalg.svdvals(x)`: the singular values, descending. `*out`
// receives a new reference.
ndc_status ndc_linalg_svdvals(const struct ndc_array *a, struct ndc_array **out);

// `np.linalg.pinv(a, rcond, hermitian)`: the Moore-Penrose pseudo-inverse
// `(..., N, M)`. Singular values at or below `rcond * max(s)` count as
// zero; `rcond` NaN means NumPy's default 1e-15, a negative `rcond` means
// `rtol=None` (max(M, N) * eps). `*out` receives a new reference.
ndc_status ndc_linalg_pinv(const struct ndc_array *a,
                           double rcond,
                           bool hermitian,
                           struct ndc_array **out);

// `np.linalg.matrix_rank(A, tol, hermitian, rtol)`: the number of
// singular values above `tol`, or above `rtol * max(s)`; NaN means None
// for either (both None: rtol = max(M, N) * eps; both set is an error).
// Arrays of fewer than 2 dimensions have rank 1 unless all zero. An int64
// array of the batch shape; `*out` receives a new reference.
ndc_status ndc_linalg_matrix_rank(const struct ndc_array *a,
                                  double tol,
                                  double rtol,
                                  bool hermitian,
                                  struct ndc_array **out);

// `np.linalg.qr(a, mode)`. `*q` receives Q (R for `NDC_QR_R`, h for
// `NDC_QR_RAW`) and `*r` receives R (tau for `NDC_QR_RAW`; with
// `NDC_QR_R` it is not used and may be NULL). New references.
ndc_status ndc_linalg_qr(const struct ndc_array *a,
                         ndc_qr_mode mode,
                         struct ndc_array **q,
                         struct ndc_array **r);

// `np.linalg.cholesky(a, upper)`: L with A = L L^H (U with A = U^H U
// when `upper`), zero outside its triangle. Fails with "Matrix is not
// positive definite". `*out` receives a new reference.
ndc_status ndc_linalg_cholesky(const struct ndc_array *a, bool upper, struct ndc_array **out);

// `np.linalg.lstsq(a, b, rcond)`: the least-squares solution `*x` of a
// (M, N) system with `b` (M,) or (M, K); `*residuals` (squared norms,
// empty unless rank == N < M), `*rank` and the singular values `*s`.
// `rcond` NaN means NumPy's default eps * max(M, N). The three arrays
// receive new references.
ndc_status ndc_linalg_lstsq(const struct ndc_array *a,
                            const struct ndc_array *b,
                            double rcond,
                            struct ndc_array **x,
                            struct ndc_array **residuals,
                            int64_t *rank,
                            struct ndc_array **s);

// `np.linalg.norm(x, ord, axis, keepdims)`: `kind` and `ord` give `ord=`
// (see `ndc_norm_kind`); `axes` NULL is axis=None, else `naxes` (1 for a
// vector norm, 2 for a matrix norm) axes. Real result. `*out` receives a
// new reference.
ndc_status ndc_linalg_norm(const struct ndc_array *x,
                           ndc_norm_kind kind,
                           double ord,
                           int32_t naxes,
                           const int64_t *axes,
                           bool keepdims,
                           struct ndc_array **out);

// `np.linalg.vector_norm(x, axis, keepdims, ord)`: the elements over
// `axes` (NULL: all) form one vector; `ord` is a number (2 is NumPy's
// default). `*out` receives a new reference.
ndc_status ndc_linalg_vector_norm(const struct ndc_array *x,
                                  double ord,
                                  int32_t naxes,
                                  const int64_t *axes,
                                  bool keepdims,
                                  struct ndc_array **out);

// `np.linalg.matrix_norm(x, keepdims, ord)`: the norm over the last two
// axes; `NDC_NORM_DEFAULT` is 'fro'. `*out` receives a new reference.
ndc_status ndc_linalg_matrix_norm(const struct ndc_array *x,
                                  ndc_norm_kind kind,
                                  double ord,
                                  bool keepdims,
                                  struct ndc_array **out);

// `np.linalg.cond(x, p)`: the condition number of every matrix (`kind`
// and `ord` as for `ndc_linalg_norm`; None, 2 and -2 through the singular
// values, the others as norm(x) * norm(inv(x)), inf for singular
// matrices). `*out` receives a new reference.
ndc_status ndc_linalg_cond(const struct ndc_array *x,
                           ndc_norm_kind kind,
                           double ord,
                           struct ndc_array **out);

// `np.matmul(a, b, out=out)` (`a @ b`): matrix products broadcast over
// the leading axes; a 1-D operand is a vector (a row for `a`, a column
// for `b`) whose axis is removed from the result. `out` (nullable,
// borrowed) must have the result's shape and a dtype the result casts to
// under 'same_kind'; when given, `*result` (nullable then) receives a new
// reference to it. bfloat16 operands give float32, as NumPy with
// ml_dtypes.
ndc_status ndc_matmul(const struct ndc_array *a,
                      const struct ndc_array *b,
                      const struct ndc_array *out,
                      struct ndc_array **result);

// `np.vecdot(a, b, out=out)`: `sum(conj(a) * b)` over the last axis,
// broadcast over the others. `out` and `result` as in `ndc_matmul`.
ndc_status ndc_vecdot(const struct ndc_array *a,
                      const struct ndc_array *b,
                      const struct ndc_array *out,
                      struct ndc_array **result);

// `np.matvec(a, v, out=out)`: matrix (last two axes of `a`) times vector
// (last axis of `v`), broadcast over the others. `out` and `result` as in
// `ndc_matmul`.
ndc_status ndc_matvec(const struct ndc_array *a,
                      const struct ndc_array *v,
                      const struct ndc_array *out,
                      struct ndc_array **result);

// `np.vecmat(v, a, out=out)`: `conj(v)` (last axis) times matrix (last
// two axes of `a`), broadcast over the others. `out` and `result` as in
// `ndc_matmul`.
ndc_status ndc_vecmat(const struct ndc_array *v,
                      const struct ndc_array *a,
                      const struct ndc_array *out,
                      struct ndc_array **result);

// `np.dot(a, b, out=out)`: the sum over the last axis of `a` and the
// second-to-last of `b` (the inner product of vectors, the matrix
// product of matrices, a plain product when either is 0-d). `out`
// (nullable, borrowed) must have exactly the result's dtype and shape and
// be C-contiguous; `result` as in `ndc_matmul`.
ndc_status ndc_dot(const struct ndc_array *a,
                   const struct ndc_array *b,
                   const struct ndc_array *out,
                   struct ndc_array **result);

// `np.vdot(a, b)`: `sum(conj(a.ravel()) * b.ravel())` as a new 0-d array
// in `*out`.
ndc_status ndc_vdot(const struct ndc_array *a, const struct ndc_array *b, struct ndc_array **out);

// `np.inner(a, b)`: the sum over the last axes of both; shape
// `a.shape[:-1] + b.shape[:-1]`. New array in `*out`.
ndc_status ndc_inner(const struct ndc_array *a, const struct ndc_array *b, struct ndc_array **out);

// `np.outer(a, b)`: `out[i, j] = a.ravel()[i] * b.ravel()[j]`. New array
// in `*out`.
ndc_status ndc_outer(const struct ndc_array *a, const struct ndc_array *b, struct ndc_array **out);

// `np.tensordot(a, b, axes=n)`: sums the last `n` axes of `a` against the
// first `n` of `b`. New array in `*out`.
ndc_status ndc_tensordot(const struct ndc_array *a,
                         const struct ndc_array *b,
                         int64_t n,
                         struct ndc_array **out);

// `np.tensordot(a, b, axes=(axes_a, axes_b))`: sums `a`'s axes `axes_a`
// (`na` values) against `b`'s `axes_b` (`nb` values), pairwise; the
// result has `a`'s remaining axes then `b`'s. New array in `*out`.
ndc_status ndc_tensordot_axes(const struct ndc_array *a,
                              const struct ndc_array *b,
                              int32_t na,
                              const int64_t *axes_a,
                              int32_t nb,
                              const int64_t *axes_b,
                              struct ndc_array **out);

// `np.kron(a, b)`: the Kronecker product (blocks `a[i] * b`), shape
// `a.shape * b.shape` after padding the shorter shape with leading 1s.
// New array in `*out`.
ndc_status ndc_kron(const struct ndc_array *a, const struct ndc_array *b, struct ndc_array **out);

// `np.cross(a, b, axisa=axisa, axisb=axisb, axisc=axisc)`: cross products
// of 2- or 3-vectors along `axisa` of `a` and `axisb` of `b`, broadcast
// over the other axes, components along `axisc` of the result (NumPy's
// defaults are -1, -1, -1). Pass `axis` other than `NDC_AXIS_NONE` to set
// all three (NumPy's `axis=`). New array (possibly a view of a new array
// with the component axis moved) in `*out`.
ndc_status ndc_cross(const struct ndc_array *a,
                     const struct ndc_array *b,
                     int64_t axisa,
                     int64_t axisb,
                     int64_t axisc,
                     int64_t axis,
                     struct ndc_array **out);

// `np.linalg.matrix_power(a, n)`: `a` (square in its last two axes)
// multiplied by itself `n` times by repeated squaring; `n == 0` gives
// identity matrices of `a`'s dtype, `n == 1` a new reference to `a`
// itself (as NumPy). `n < 0` raises `np.linalg.inv(a)` to `-n` (float
// result; "Singular matrix" when `a` has no inverse). New reference in
// `*out`.
ndc_status ndc_linalg_matrix_power(const struct ndc_array *a, int64_t n, struct ndc_array **out);

// `np.linalg.multi_dot(arrays)`: the product of `n >= 2` arrays (2-D;
// the first may be 1-D as a row, the last 1-D as a column) evaluated in
// the order of fewest multiplications. Inputs borrowed; new array in
// `*out`.
ndc_status ndc_linalg_multi_dot(int32_t n,
                                const struct ndc_array *const *arrays,
                                struct ndc_array **out);

// Sets the number of threads BLAS uses (process-wide; 0 restores the
// default, `OPENBLAS_NUM_THREADS` or the core count). Negative values fail
// with `NDC_ERR_INVALID_ARGUMENT`. Independent of `ndc_set_num_threads`:
// a single large product runs on BLAS threads; a batch of small products
// runs on ndc's pool with one BLAS thread per call (BLAS threads are
// never started from inside the pool).
ndc_status ndc_blas_set_num_threads(int32_t n);

// The number of threads BLAS uses for a single large product.
int32_t ndc_blas_get_num_threads(void);

// `np.hstack(arrays)`: `n` arrays (after `atleast_1d`) joined along axis 0
// when the first is 1-d, else axis 1, into a new array.
ndc_status ndc_hstack(int32_t n, const struct ndc_array *const *arrays, struct ndc_array **out);

// `np.vstack(arrays)`: `n` arrays (after `atleast_2d`) joined along axis 0
// into a new array.
ndc_status ndc_vstack(int32_t n, const struct ndc_array *const *arrays, struct ndc_array **out);

// `np.dstack(arrays)`: `n` arrays (after `atleast_3d`) joined along axis 2
// into a new array.
ndc_status ndc_dstack(int32_t n, const struct ndc_array *const *arrays, struct ndc_array **out);

// `np.column_stack(arrays)`: 0-d and 1-d inputs become columns, then all
// `n` are joined along axis 1 into a new array.
ndc_status ndc_column_stack(int32_t n,
                            const struct ndc_array *const *arrays,
                            struct ndc_array **out);

// `np.split(a, indices_or_sections, axis)`: with `indices` NULL, `sections`
// equal pieces ("array split does not result in an equal division"
// otherwise); else the pieces between the `nindices` split points. Views
// of `a`, in `outs` (see the module notes).
ndc_status ndc_split(const struct ndc_array *a,
                     int64_t sections,
                     int32_t nindices,
                     const int64_t *indices,
                     int64_t axis,
                     struct ndc_array **outs,
                     int32_t capacity,
                     int32_t *count);

// `np.array_split(a, indices_or_sections, axis)`: as `ndc_split`, but
// `sections` need not divide the axis (the first pieces get one element
// more).
ndc_status ndc_array_split(const struct ndc_array *a,
                           int64_t sections,
                           int32_t nindices,
                           const int64_t *indices,
                           int64_t axis,
                           struct ndc_array **outs,
                           int32_t capacity,
                           int32_t *count);

// `np.hsplit(a, indices_or_sections)`: `ndc_split` along axis 1 (axis 0
// for 1-d input).
ndc_status ndc_hsplit(const struct ndc_array *a,
                      int64_t sections,
                      int32_t nindices,
                      const int64_t *indices,
                      struct ndc_array **outs,
                      int32_t capacity,
                      int32_t *count);

// `np.vsplit(a, indices_or_sections)`: `ndc_split` along axis 0 (ndim >= 2).
ndc_status ndc_vsplit(const struct ndc_array *a,
                      int64_t sections,
                      int32_t nindices,
                      const int64_t *indices,
                      struct ndc_array **outs,
                      int32_t capacity,
                      int32_t *count);

// `np.dsplit(a, indices_or_sections)`: `ndc_split` along axis 2 (ndim >= 3).
ndc_status ndc_dsplit(const struct ndc_array *a,
                      int64_t sections,
                      int32_t nindices,
                      const int64_t *indices,
                      struct ndc_array **outs,
                      int32_t capacity,
                      int32_t *count);

// `np.unstack(a, axis)`: the views `a[.., i, ..]` along `axis`, in `outs`.
ndc_status ndc_unstack(const struct ndc_array *a,
                       int64_t axis,
                       struct ndc_array **outs,
                       int32_t capacity,
                       int32_t *count);

// `np.roll(a, shift, axis)`: a new array with the elements shifted
// cyclically; the `nshift` shifts broadcast against the `naxes` axes
// (`axes` NULL: roll the flattened array).
ndc_status ndc_roll(const struct ndc_array *a,
                    int32_t nshift,
                    const int64_t *shift,
                    int32_t naxes,
                    const int64_t *axes,
                    struct ndc_array **out);

// `np.rot90(m, k, axes)`: a view rotated `k` times by 90 degrees from
// `axes[0]` towards `axes[1]` (`axes` NULL: (0, 1)).
ndc_status ndc_rot90(const struct ndc_array *m,
                     int64_t k,
                     int32_t naxes,
                     const int64_t *axes,
                     struct ndc_array **out);

// `np.repeat(a, repeats, axis)`: a new array with each element repeated;
// one count for every element or one per element along `axis`
// (`NDC_AXIS_NONE`: the flattened array).
ndc_status ndc_repeat(const struct ndc_array *a,
                      int32_t nrepeats,
                      const int64_t *repeats,
                      int64_t axis,
                      struct ndc_array **out);

// `np.tile(a, reps)`: a new array of `a` repeated `reps[k]` times along
// each axis.
ndc_status ndc_tile(const struct ndc_array *a,
                    int32_t nreps,
                    const int64_t *reps,
                    struct ndc_array **out);

// `np.resize(a, new_shape)`: a new array of `new_shape` filled by
// repeating the flattened `a`.
ndc_status ndc_resize(const struct ndc_array *a,
                      int32_t ndim,
                      const int64_t *new_shape,
                      struct ndc_array **out);

// `np.trim_zeros(filt, trim, axis)`: a view without leading ('f') and/or
// trailing ('b') zeros (`trim` NULL: "fb") along `axes` (NULL: every
// axis). A 0-d input comes back as a new reference to itself.
ndc_status ndc_trim_zeros(const struct ndc_array *filt,
                          const char *trim,
                          int32_t naxes,
                          const int64_t *axes,
                          struct ndc_array **out);

// `np.pad(array, pad_width, mode, **options)`: a new padded array.
// `pad_width` is a signed integer array broadcast to (ndim, 2) as NumPy
// (one value, a (before, after) pair, or one pair per axis); `mode` is
// NumPy's name ("constant", "edge", "linear_ramp", "maximum", "mean",
// "median", "minimum", "reflect", "symmetric", "wrap", "empty"; NULL:
// "constant").
ndc_status ndc_pad(const struct ndc_array *array,
                   const struct ndc_array *pad_width,
                   const char *mode,
                   const struct ndc_pad_options *options,
                   struct ndc_array **out);

// `np.meshgrid(*xi, copy, sparse, indexing)`: `n` coordinate arrays
// (`indexing` "xy" or "ij"; NULL: "xy"). Non-zero `sparse` keeps the
// broadcastable shapes; zero `copy` returns views. Results in `outs`.
ndc_status ndc_meshgrid(int32_t n,
                        const struct ndc_array *const *xi,
                        const char *indexing,
                        int32_t sparse,
                        int32_t copy,
                        struct ndc_array **outs,
                        int32_t capacity,
                        int32_t *count);

// `np.indices(dimensions, dtype)`: a new array of shape `(ndim, *dims)`
// holding the index of each position along each axis.
ndc_status ndc_indices(int32_t ndim,
                       const int64_t *dimensions,
                       ndc_dtype dtype,
                       struct ndc_array **out);

// `np.indices(dimensions, dtype, sparse=True)`: `ndim` new arrays, the
// `i`-th of shape `(1, .., dims[i], .., 1)`, in `outs`.
ndc_status ndc_indices_sparse(int32_t ndim,
                              const int64_t *dimensions,
                              ndc_dtype dtype,
                              struct ndc_array **outs,
                              int32_t capacity,
                              int32_t *count);

// `np.may_share_memory(a, b, max_work)`: writes 1 to `*out` when the two
// arrays may share memory (byte extents overlap for `max_work` 0; an
// undecided search also answers 1), else 0.
ndc_status ndc_may_share_memory(const struct ndc_array *a,
                                const struct ndc_array *b,
                                int64_t max_work,
                                int32_t *out);

// `np.shares_memory(a, b, max_work)`: writes 1 to `*out` when some byte is
// used by both arrays, else 0; exact for `max_work` -1, failing with
// "Exceeded max_work" when a positive limit is reached first.
ndc_status ndc_shares_memory(const struct ndc_array *a,
                             const struct ndc_array *b,
                             int64_t max_work,
                             int32_t *out);

// NumPy's `repr(a)` ("array([1., 2.])") into `*out`, a NUL-terminated
// string the caller frees with `ndc_free`.
ndc_status ndc_array_repr(const struct ndc_array *a, char **out);

// NumPy's `str(a)` ("[1. 2.]") into `*out`, freed with `ndc_free`.
ndc_status ndc_array_str(const struct ndc_array *a, char **out);

// Frees memory ndc allocated for the caller (strings from `ndc_array_repr`
// and friends). NULL-safe.
void ndc_free(void *p);

// Sets the process-wide print options. Negative precision, threshold or
// edgeitems and a non-positive linewidth fail with
// `NDC_ERR_INVALID_ARGUMENT`.
ndc_status ndc_set_printoptions(const struct ndc_printoptions *opts);

// Reads the print options in force into `*out`, whose `struct_size` the
// caller sets (a smaller struct fails with `NDC_ERR_INVALID_ARGUMENT`).
ndc_status ndc_get_printoptions(struct ndc_printoptions *out);

// `np.sum(a, axis, dtype, out, keepdims, initial, where)`: bool and
// integers narrower than 64 bits sum in int64 (unsigned in uint64);
// floating sums are pairwise as NumPy's.
ndc_status ndc_sum(const struct ndc_array *a,
                   const struct ndc_reduce_options *opts,
                   struct ndc_array **out);

// `np.prod(a, axis, dtype, out, keepdims, initial, where)`, with the
// integer accumulators of `ndc_sum`.
ndc_status ndc_prod(const struct ndc_array *a,
                    const struct ndc_reduce_options *opts,
                    struct ndc_array **out);

// `np.max(a, axis, out, keepdims, initial, where)`: nan propagates;
// an empty reduction without `initial` fails ("zero-size array to
// reduction operation maximum which has no identity").
ndc_status ndc_max(const struct ndc_array *a,
                   const struct ndc_reduce_options *opts,
                   struct ndc_array **out);

// `np.amax`: the same as `ndc_max`.
ndc_status ndc_amax(const struct ndc_array *a,
                    const struct ndc_reduce_options *opts,
                    struct ndc_array **out);

// `np.min(a, axis, out, keepdims, initial, where)`: nan propagates.
ndc_status ndc_min(const struct ndc_array *a,
                   const struct ndc_reduce_options *opts,
                   struct ndc_array **out);

// `np.amin`: the same as `ndc_min`.
ndc_status ndc_amin(const struct ndc_array *a,
                    const struct ndc_reduce_options *opts,
                    struct ndc_array **out);

// `np.ptp(a, axis, out, keepdims)`: max - min.
ndc_status ndc_ptp(const struct ndc_array *a,
                   const struct ndc_reduce_options *opts,
                   struct ndc_array **out);

// `np.any(a, axis, out, keepdims, where)`: a bool result.
ndc_status ndc_any(const struct ndc_array *a,
                   const struct ndc_reduce_options *opts,
                   struct ndc_array **out);

// `np.all(a, axis, out, keepdims, where)`: a bool result.
ndc_status ndc_all(const struct ndc_array *a,
                   const struct ndc_reduce_options *opts,
                   struct ndc_array **out);

// `np.mean(a, axis, dtype, out, keepdims, where)`: integers average in
// float64, float16 through float32.
ndc_status ndc_mean(const struct ndc_array *a,
                    const struct ndc_reduce_options *opts,
                    struct ndc_array **out);

// `np.var(a, axis, dtype, out, ddof, keepdims, where)`: two-pass
// (mean first, then the pairwise sum of squared deviations); complex
// input gives a real result.
ndc_status ndc_var(const struct ndc_array *a,
                   const struct ndc_reduce_options *opts,
                   struct ndc_array **out);

// `np.std(a, axis, dtype, out, ddof, keepdims, where)`: `sqrt(var)`.
ndc_status ndc_std(const struct ndc_array *a,
                   const struct ndc_reduce_options *opts,
                   struct ndc_array **out);

// `np.<name>.reduce(a, axis, dtype, out, keepdims, initial, where)` for
// the reducible binary ufuncs: "add", "multiply", "maximum", "minimum",
// "fmax", "fmin", "logical_and", "logical_or", "logical_xor",
// "bitwise_and", "bitwise_or", "bitwise_xor". `name` is borrowed.
ndc_status ndc_ufunc_reduce(const char *name,
                            const struct ndc_array *a,
                            const struct ndc_reduce_options *opts,
                            struct ndc_array **out);

// `np.argmax(a, axis, keepdims=keepdims)`: int64 indices of the first
// maximum along `axis` (`NDC_AXIS_NONE`: of the C-order flattened array);
// the first nan wins. An empty axis fails with NumPy's "attempt to get
// argmax of an empty sequence". `*out` is a new reference.
ndc_status ndc_argmax(const struct ndc_array *a,
                      int64_t axis,
                      bool keepdims,
                      struct ndc_array **out);

// `np.argmin(a, axis, keepdims=keepdims)`: as `ndc_argmax` for the first
// minimum.
ndc_status ndc_argmin(const struct ndc_array *a,
                      int64_t axis,
                      bool keepdims,
                      struct ndc_array **out);

// `np.nansum(a, axis, dtype, out, keepdims, initial, where)`: nan counts as 0.
ndc_status ndc_nansum(const struct ndc_array *a,
                      const struct ndc_reduce_options *opts,
                      struct ndc_array **out);

// `np.nanprod(a, axis, dtype, out, keepdims, initial, where)`: nan counts as 1.
ndc_status ndc_nanprod(const struct ndc_array *a,
                       const struct ndc_reduce_options *opts,
                       struct ndc_array **out);

// `np.nanmax(a, axis, out, keepdims, initial, where)`: `fmax.reduce`; an
// all-nan slice gives nan.
ndc_status ndc_nanmax(const struct ndc_array *a,
                      const struct ndc_reduce_options *opts,
                      struct ndc_array **out);

// `np.nanmin(a, axis, out, keepdims, initial, where)`: `fmin.reduce`; an
// all-nan slice gives nan.
ndc_status ndc_nanmin(const struct ndc_array *a,
                      const struct ndc_reduce_options *opts,
                      struct ndc_array **out);

// `np.nanmean(a, axis, dtype, out, keepdims, where)`: the mean of the
// non-nan values (an all-nan slice gives nan).
ndc_status ndc_nanmean(const struct ndc_array *a,
                       const struct ndc_reduce_options *opts,
                       struct ndc_array **out);

// `np.nanargmax(a, axis, keepdims=keepdims)`: as `ndc_argmax` ignoring nan;
// an all-nan slice fails with "All-NaN slice encountered".
ndc_status ndc_nanargmax(const struct ndc_array *a,
                         int64_t axis,
                         bool keepdims,
                         struct ndc_array **out);

// `np.nanargmin(a, axis, keepdims=keepdims)`: as `ndc_argmin` ignoring nan;
// an all-nan slice fails with "All-NaN slice encountered".
ndc_status ndc_nanargmin(const struct ndc_array *a,
                         int64_t axis,
                         bool keepdims,
                         struct ndc_array **out);

// `np.cumsum(a, axis, dtype)`: running sums along `axis` (`NDC_AXIS_NONE`:
// of the C-order flattened array); `dtype` `NDC_DTYPE_NONE` for NumPy's
// default (int64/uint64 for bool and narrower integers).
// `*out` is a new reference.
ndc_status ndc_cumsum(const struct ndc_array *a,
                      int64_t axis,
                      ndc_dtype dtype,
                      struct ndc_array **out);

// `np.cumprod(a, axis, dtype)`: running products, as `ndc_cumsum`.
// `*out` is a new reference.
ndc_status ndc_cumprod(const struct ndc_array *a,
                       int64_t axis,
                       ndc_dtype dtype,
                       struct ndc_array **out);

// `np.nancumsum(a, axis, dtype)`: `ndc_cumsum` with nan counted as 0.
// `*out` is a new reference.
ndc_status ndc_nancumsum(const struct ndc_array *a,
                         int64_t axis,
                         ndc_dtype dtype,
                         struct ndc_array **out);

// `np.nancumprod(a, axis, dtype)`: `ndc_cumprod` with nan counted as 1.
// `*out` is a new reference.
ndc_status ndc_nancumprod(const struct ndc_array *a,
                          int64_t axis,
                          ndc_dtype dtype,
                          struct ndc_array **out);

// `np.nanvar(a, axis, dtype, out, ddof, keepdims, where)`: the variance of
// the non-nan values; a slice with `count - ddof <= 0` (NumPy's "Degrees
// of freedom <= 0 for slice.") gives nan; complex input gives a real
// result.
ndc_status ndc_nanvar(const struct ndc_array *a,
                      const struct ndc_reduce_options *opts,
                      struct ndc_array **out);

// `np.nanstd(a, axis, dtype, out, ddof, keepdims, where)`: `sqrt(nanvar)`.
ndc_status ndc_nanstd(const struct ndc_array *a,
                      const struct ndc_reduce_options *opts,
                      struct ndc_array **out);

// `np.count_nonzero(a, axis, keepdims)`: the number of nonzero elements as
// int64 (NumPy's intp); only `axes`/`naxes` and `keepdims` of `opts` are
// used (`opts->out` must be NULL). `*out` is a new reference.
ndc_status ndc_count_nonzero(const struct ndc_array *a,
                             const struct ndc_reduce_options *opts,
                             struct ndc_array **out);

// `np.trace(a, offset, axis1, axis2, dtype)`: the sum of the diagonal
// `offset` of the planes `(axis1, axis2)`, with `np.sum`'s accumulators
// (`dtype` `NDC_DTYPE_NONE` for NumPy's default). `a` is borrowed;
// `*out` is a new reference.
ndc_status ndc_trace(const struct ndc_array *a,
                     int64_t offset,
                     int64_t axis1,
                     int64_t axis2,
                     ndc_dtype dtype,
                     struct ndc_array **out);

// `np.reshape(a, shape, order)`: one entry of `shape` may be -1. A view
// when the memory layout allows it (NumPy's rule), otherwise a copy. Size
// mismatches fail with NumPy's "cannot reshape array of size 12 into shape
// (5,3)".
ndc_status ndc_reshape(const struct ndc_array *a,
                       int32_t ndim,
                       const int64_t *shape,
                       ndc_order order,
                       struct ndc_array **out);

// `np.ravel(a, order)`: a 1-d view when possible, else a copy.
ndc_status ndc_ravel(const struct ndc_array *a, ndc_order order, struct ndc_array **out);

// `a.flatten(order)`: always a new 1-d array.
ndc_status ndc_flatten(const struct ndc_array *a, ndc_order order, struct ndc_array **out);

// `np.transpose(a, axes)`: `axes` NULL (with `naxes` 0) reverses the axes;
// otherwise `naxes` must equal ndim. A view.
ndc_status ndc_transpose(const struct ndc_array *a,
                         int32_t naxes,
                         const int64_t *axes,
                         struct ndc_array **out);

// `np.permute_dims(a, axes)`: the same as `ndc_transpose`.
ndc_status ndc_permute_dims(const struct ndc_array *a,
                            int32_t naxes,
                            const int64_t *axes,
                            struct ndc_array **out);

// `np.swapaxes(a, axis1, axis2)`: a view.
ndc_status ndc_swapaxes(const struct ndc_array *a,
                        int64_t axis1,
                        int64_t axis2,
                        struct ndc_array **out);

// `np.moveaxis(a, source, destination)` with `n` axes in each list: a view.
ndc_status ndc_moveaxis(const struct ndc_array *a,
                        int32_t n,
                        const int64_t *source,
                        const int64_t *destination,
                        struct ndc_array **out);

// `np.squeeze(a, axis)`: `axes` NULL removes every axis of length 1. A view.
ndc_status ndc_squeeze(const struct ndc_array *a,
                       int32_t naxes,
                       const int64_t *axes,
                       struct ndc_array **out);

// `np.expand_dims(a, axis)` with `naxes` positions in the result. A view.
ndc_status ndc_expand_dims(const struct ndc_array *a,
                           int32_t naxes,
                           const int64_t *axes,
                           struct ndc_array **out);

// `np.matrix_transpose(a)` (`a.mT`): swaps the last two axes. A view.
ndc_status ndc_matrix_transpose(const struct ndc_array *a, struct ndc_array **out);

// `np.atleast_1d(a)`: a view with at least one dimension.
ndc_status ndc_atleast_1d(const struct ndc_array *a, struct ndc_array **out);

// `np.atleast_2d(a)`: a view with at least two dimensions.
ndc_status ndc_atleast_2d(const struct ndc_array *a, struct ndc_array **out);

// `np.atleast_3d(a)`: a view with at least three dimensions.
ndc_status ndc_atleast_3d(const struct ndc_array *a, struct ndc_array **out);

// `np.flip(a, axis)`: `axes` NULL reverses every axis. A view.
ndc_status ndc_flip(const struct ndc_array *a,
                    int32_t naxes,
                    const int64_t *axes,
                    struct ndc_array **out);

// `np.fliplr(a)`: reverses axis 1 (needs ndim >= 2). A view.
ndc_status ndc_fliplr(const struct ndc_array *a, struct ndc_array **out);

// `np.flipud(a)`: reverses axis 0 (needs ndim >= 1). A view.
ndc_status ndc_flipud(const struct ndc_array *a, struct ndc_array **out);

// `np.diagonal(a, offset, axis1, axis2)`: a read-only view with the
// diagonal as its last axis.
ndc_status ndc_diagonal(const struct ndc_array *a,
                        int64_t offset,
                        int64_t axis1,
                        int64_t axis2,
                        struct ndc_array **out);

// `np.concatenate(arrays, axis)` of `n` arrays into a new array (dtype:
// their promotion); `axis` `NDC_AXIS_NONE` joins the flattened arrays.
ndc_status ndc_concatenate(int32_t n,
                           const struct ndc_array *const *arrays,
                           int64_t axis,
                           struct ndc_array **out);

// `np.stack(arrays, axis)`: `n` arrays of one shape joined along a new axis,
// into a new array.
ndc_status ndc_stack(int32_t n,
                     const struct ndc_array *const *arrays,
                     int64_t axis,
                     struct ndc_array **out);

// `np.tril(m, k)`: a new array with the elements above diagonal `k` of the
// last two axes zeroed (a 1-d input broadcasts to a square, as NumPy).
ndc_status ndc_tril(const struct ndc_array *m, int64_t k, struct ndc_array **out);

// `np.triu(m, k)`: a new array with the elements below diagonal `k` of the
// last two axes zeroed.
ndc_status ndc_triu(const struct ndc_array *m, int64_t k, struct ndc_array **out);

// `np.sort(a, axis, kind)`: a sorted copy; `axis` `NDC_AXIS_NONE` sorts
// the flattened array. Nans sort last; complex numbers lexicographically.
// Equal elements keep their order whatever the kind.
ndc_status ndc_sort(const struct ndc_array *a,
                    int64_t axis,
                    ndc_sort_kind kind,
                    struct ndc_array **out);

// `a.sort(axis, kind)`: sorts `a` in place (it must be writeable).
// `NDC_AXIS_NONE` is refused, as NumPy's method.
ndc_status ndc_sort_inplace(const struct ndc_array *a, int64_t axis, ndc_sort_kind kind);

// `np.argsort(a, axis, kind)`: int64 indices sorting `a` along `axis`
// (`NDC_AXIS_NONE`: the flattened array). Ties keep index order.
ndc_status ndc_argsort(const struct ndc_array *a,
                       int64_t axis,
                       ndc_sort_kind kind,
                       struct ndc_array **out);

// `np.lexsort(keys, axis)`: int64 indices sorting by the last of the
// `nkeys` keys (same shape), then the one before, and so on.
ndc_status ndc_lexsort(int32_t nkeys,
                       const struct ndc_array *const *keys,
                       int64_t axis,
                       struct ndc_array **out);

// `np.partition(a, kth, axis)`: a copy in which each of the `nkth`
// positions `kth` holds the element a full sort puts there, smaller or
// equal elements before it and greater or equal ones after it.
ndc_status ndc_partition(const struct ndc_array *a,
                         int32_t nkth,
                         const int64_t *kth,
                         int64_t axis,
                         struct ndc_array **out);

// `np.argpartition(a, kth, axis)`: the int64 indices of `ndc_partition`'s
// arrangement.
ndc_status ndc_argpartition(const struct ndc_array *a,
                            int32_t nkth,
                            const int64_t *kth,
                            int64_t axis,
                            struct ndc_array **out);

// `np.searchsorted(a, v, side, sorter)`: for sorted 1-d `a` (or `a`
// ordered by the optional 1-d int `sorter`), the int64 insertion index of
// each element of `v` (result of `v`'s shape).
ndc_status ndc_searchsorted(const struct ndc_array *a,
                            const struct ndc_array *v,
                            ndc_side side,
                            const struct ndc_array *sorter,
                            struct ndc_array **out);

// `np.unique(a, return_index, return_inverse, return_counts, axis,
// equal_nan)`: the sorted unique values in `*values`; each of `index`,
// `inverse`, `counts` that is not NULL requests that result (int64).
// `axis` `NDC_AXIS_NONE` flattens (the inverse then has `a`'s shape);
// otherwise unique sub-arrays along `axis` (a 1-d inverse).
ndc_status ndc_unique(const struct ndc_array *a,
                      int64_t axis,
                      bool equal_nan,
                      struct ndc_array **values,
                      struct ndc_array **index,
                      struct ndc_array **inverse,
                      struct ndc_array **counts);

// `np.unique_values(x)`: the unique values (every nan distinct).
ndc_status ndc_unique_values(const struct ndc_array *x, struct ndc_array **values);

// `np.unique_counts(x)`: the unique values and their int64 counts.
ndc_status ndc_unique_counts(const struct ndc_array *x,
                             struct ndc_array **values,
                             struct ndc_array **counts);

// `np.unique_inverse(x)`: the unique values and, for each element of `x`,
// its int64 index among them (`x`'s shape).
ndc_status ndc_unique_inverse(const struct ndc_array *x,
                              struct ndc_array **values,
                              struct ndc_array **inverse_indices);

// `np.unique_all(x)`: values, first indices, inverse indices and counts.
ndc_status ndc_unique_all(const struct ndc_array *x,
                          struct ndc_array **values,
                          struct ndc_array **indices,
                          struct ndc_array **inverse_indices,
                          struct ndc_array **counts);

// `np.isin(element, test_elements, assume_unique, invert)`: a bool array
// of `element`'s shape, true where the element is in `test_elements`
// (false everywhere else; the reverse with `invert`). Nan is in nothing.
// `assume_unique` only allows a faster path in NumPy; the result is the
// same.
ndc_status ndc_isin(const struct ndc_array *element,
                    const struct ndc_array *test_elements,
                    bool assume_unique,
                    bool invert,
                    struct ndc_array **out);

// `np.intersect1d(ar1, ar2, assume_unique, return_indices)`: the sorted
// values common to both (flattened). `ind1` and `ind2` both NULL, or both
// set to request the int64 indices of those values in each input.
ndc_status ndc_intersect1d(const struct ndc_array *ar1,
                           const struct ndc_array *ar2,
                           bool assume_unique,
                           struct ndc_array **out,
                           struct ndc_array **ind1,
                           struct ndc_array **ind2);

// `np.union1d(ar1, ar2)`: the sorted unique values of both (flattened).
ndc_status ndc_union1d(const struct ndc_array *ar1,
                       const struct ndc_array *ar2,
                       struct ndc_array **out);

// `np.setdiff1d(ar1, ar2, assume_unique)`: the values of `ar1` not in
// `ar2` (sorted and unique unless `assume_unique`).
ndc_status ndc_setdiff1d(const struct ndc_array *ar1,
                         const struct ndc_array *ar2,
                         bool assume_unique,
                         struct ndc_array **out);

// `np.setxor1d(ar1, ar2, assume_unique)`: the sorted values in exactly
// one of the inputs.
ndc_status ndc_setxor1d(const struct ndc_array *ar1,
                        const struct ndc_array *ar2,
                        bool assume_unique,
                        struct ndc_array **out);

// `np.sort_complex(a)`: `a` sorted along its last axis, as complex64
// (int8/uint8/int16/uint16 input) or complex128 (other real input; complex
// input keeps its dtype).
ndc_status ndc_sort_complex(const struct ndc_array *a, struct ndc_array **out);

// `np.quantile(a, q, axis, out, keepdims, method)`: the `q`-th quantiles
// (`q` 0-d or 1-d, in [0, 1]) over `opts->axes` (NULL opts: all axes).
// Shape `q.shape + reduced shape`. Dtype: the input's for the discrete
// methods (lower, higher, nearest, inverted_cdf, closest_observation);
// otherwise a float input's when `q` is a Python-style scalar
// (`ndc_scalar_double`), else float64. With `opts->out` the result is
// written there and `*out` is a new reference to it. Lanes holding a nan
// give nan.
ndc_status ndc_quantile(const struct ndc_array *a,
                        const struct ndc_array *q,
                        ndc_quantile_method method,
                        const struct ndc_reduce_options *opts,
                        struct ndc_array **out);

// `np.percentile(a, q, ...)`: `ndc_quantile` with `q` in [0, 100].
ndc_status ndc_percentile(const struct ndc_array *a,
                          const struct ndc_array *q,
                          ndc_quantile_method method,
                          const struct ndc_reduce_options *opts,
                          struct ndc_array **out);

// `np.nanquantile(a, q, ...)`: `ndc_quantile` ignoring nans (nan for
// lanes without any number).
ndc_status ndc_nanquantile(const struct ndc_array *a,
                           const struct ndc_array *q,
                           ndc_quantile_method method,
                           const struct ndc_reduce_options *opts,
                           struct ndc_array **out);

// `np.nanpercentile(a, q, ...)`: `ndc_percentile` ignoring nans.
ndc_status ndc_nanpercentile(const struct ndc_array *a,
                             const struct ndc_array *q,
                             ndc_quantile_method method,
                             const struct ndc_reduce_options *opts,
                             struct ndc_array **out);

// `np.median(a, axis, out, keepdims)`: the middle value (mean of the two
// middle values) over `opts->axes`; float64 for integer and bool input,
// the input's dtype for float and complex input; nan for lanes holding a nan or empty.
// With `opts->out` the result is written there and `*out` refers to it.
ndc_status ndc_median(const struct ndc_array *a,
                      const struct ndc_reduce_options *opts,
                      struct ndc_array **out);

// `np.nanmedian(a, axis, out, keepdims)`: `ndc_median` ignoring nans.
ndc_status ndc_nanmedian(const struct ndc_array *a,
                         const struct ndc_reduce_options *opts,
                         struct ndc_array **out);

// `np.histogram(a, bins, range, density, weights)`: `bins` is the
// estimator named by `estimator` when not NULL ("auto", "fd", "doane",
// "rice", "scott", "sqrt", "stone", "sturges"), else the 1-d increasing
// edges `bin_edges` when not NULL, else `nbins` equal-width bins; `range`
// NULL or `{lo, hi}`; `weights` NULL or of `a`'s
// shape. `*hist` gets the counts (int64; the weights' dtype; float64 with
// `density`), `*edges` the bin edges. Values outside the range and nans
// are not counted; the last bin includes its right edge.
ndc_status ndc_histogram(const struct ndc_array *a,
                         int64_t nbins,
                         const struct ndc_array *bin_edges,
                         const char *estimator,
                         const double *range,
                         bool density,
                         const struct ndc_array *weights,
                         struct ndc_array **hist,
                         struct ndc_array **edges);

// `np.histogram_bin_edges(a, bins, range)`: the edges `ndc_histogram`
// would use (arguments as there).
ndc_status ndc_histogram_bin_edges(const struct ndc_array *a,
                                   int64_t nbins,
                                   const struct ndc_array *bin_edges,
                                   const char *estimator,
                                   const double *range,
                                   struct ndc_array **out);

// `np.bincount(x, weights, minlength)`: for 1-d non-negative integer `x`,
// the int64 number of occurrences of each value `0..max(x)` (at least
// `minlength` entries), or with `weights` (NULL for none) the float64 sum
// of the weights of each value.
ndc_status ndc_bincount(const struct ndc_array *x,
                        const struct ndc_array *weights,
                        int64_t minlength,
                        struct ndc_array **out);

// `np.digitize(x, bins, right)`: for monotonic 1-d `bins`, the int64 index
// of the bin of each element of `x` (`bins[i-1] <= x < bins[i]` for
// increasing bins; `right` closes the intervals on the right instead).
ndc_status ndc_digitize(const struct ndc_array *x,
                        const struct ndc_array *bins,
                        bool right,
                        struct ndc_array **out);

// Calls the ufunc named `name` (NumPy's name or alias, e.g. "add",
// "true_divide") on `nin` inputs with `nout` result slots, for bindings
// that dispatch by name. Slots follow the rules of the named functions.
ndc_status ndc_ufunc(const char *name,
                     int32_t nin,
                     const struct ndc_array *const *inputs,
                     const struct ndc_ufunc_options *opts,
                     int32_t nout,
                     struct ndc_array **results);

// A Python-style float scalar (0-d float64, "weak" under NEP 50): in a
// ufunc it takes the float or complex dtype of the other operands, so
// `float32 array * 2.0` stays float32. New reference in `*out`.
ndc_status ndc_scalar_double(double value, struct ndc_array **out);

// A Python-style int scalar (0-d int64, weak): it takes the integer dtype
// of the other operands and must fit in it (`int8 array + 300` fails as in
// NumPy 2, `uint8 array + 1` stays uint8). New reference in `*out`.
ndc_status ndc_scalar_int64(int64_t value, struct ndc_array **out);

// A Python-style int scalar above the int64 range (0-d uint64, weak).
ndc_status ndc_scalar_uint64(uint64_t value, struct ndc_array **out);

// A Python-style complex scalar (0-d complex128, weak). New reference.
ndc_status ndc_scalar_complex(struct ndc_complex value, struct ndc_array **out);

// A bool scalar (0-d bool; bools are not weak in NumPy 2). New reference.
ndc_status ndc_scalar_bool(bool value, struct ndc_array **out);

// `np.broadcast_shapes`: the broadcast of `n` shapes (`ndims[i]` dims at
// `shapes[i]`) into `out_shape` (room for `capacity` dims) and
// `*out_ndim`. Incompatible shapes fail with `NDC_ERR_SHAPE` and NumPy's
// text.
ndc_status ndc_broadcast_shapes(int32_t n,
                                const int32_t *ndims,
                                const int64_t *const *shapes,
                                int64_t *out_shape,
                                int32_t capacity,
                                int32_t *out_ndim);

// `np.broadcast_to(a, shape)`: a read-only view with zero strides on the
// stretched axes, as a new reference in `*out`.
ndc_status ndc_broadcast_to(const struct ndc_array *a,
                            int32_t ndim,
                            const int64_t *shape,
                            struct ndc_array **out);

// `np.broadcast_arrays(*arrays)`: `n` views broadcast to one shape, new
// references written to `outs[0..n]` (read-only views, as NumPy
// discourages writing through them). All or nothing: on failure no slot is
// written.
ndc_status ndc_broadcast_arrays(int32_t n,
                                const struct ndc_array *const *arrays,
                                struct ndc_array **outs);

// `np.negative(x)`: see the module notes for ownership.
ndc_status ndc_negative(const struct ndc_array *x,
                        const struct ndc_ufunc_options *opts,
                        struct ndc_array **out);

// `np.positive(x)`: see the module notes for ownership.
ndc_status ndc_positive(const struct ndc_array *x,
                        const struct ndc_ufunc_options *opts,
                        struct ndc_array **out);

// `np.absolute(x)`: see the module notes for ownership.
ndc_status ndc_absolute(const struct ndc_array *x,
                        const struct ndc_ufunc_options *opts,
                        struct ndc_array **out);

// `np.fabs(x)`: see the module notes for ownership.
ndc_status ndc_fabs(const struct ndc_array *x,
                    const struct ndc_ufunc_options *opts,
                    struct ndc_array **out);

// `np.sign(x)`: see the module notes for ownership.
ndc_status ndc_sign(const struct ndc_array *x,
                    const struct ndc_ufunc_options *opts,
                    struct ndc_array **out);

// `np.reciprocal(x)`: see the module notes for ownership.
ndc_status ndc_reciprocal(const struct ndc_array *x,
                          const struct ndc_ufunc_options *opts,
                          struct ndc_array **out);

// `np.square(x)`: see the module notes for ownership.
ndc_status ndc_square(const struct ndc_array *x,
                      const struct ndc_ufunc_options *opts,
                      struct ndc_array **out);

// `np.sqrt(x)`: see the module notes for ownership.
ndc_status ndc_sqrt(const struct ndc_array *x,
                    const struct ndc_ufunc_options *opts,
                    struct ndc_array **out);

// `np.cbrt(x)`: see the module notes for ownership.
ndc_status ndc_cbrt(const struct ndc_array *x,
                    const struct ndc_ufunc_options *opts,
                    struct ndc_array **out);

// `np.exp(x)`: see the module notes for ownership.
ndc_status ndc_exp(const struct ndc_array *x,
                   const struct ndc_ufunc_options *opts,
                   struct ndc_array **out);

// `np.exp2(x)`: see the module notes for ownership.
ndc_status ndc_exp2(const struct ndc_array *x,
                    const struct ndc_ufunc_options *opts,
                    struct ndc_array **out);

// `np.expm1(x)`: see the module notes for ownership.
ndc_status ndc_expm1(const struct ndc_array *x,
                     const struct ndc_ufunc_options *opts,
                     struct ndc_array **out);

// `np.log(x)`: see the module notes for ownership.
ndc_status ndc_log(const struct ndc_array *x,
                   const struct ndc_ufunc_options *opts,
                   struct ndc_array **out);

// `np.log2(x)`: see the module notes for ownership.
ndc_status ndc_log2(const struct ndc_array *x,
                    const struct ndc_ufunc_options *opts,
                    struct ndc_array **out);

// `np.log10(x)`: see the module notes for ownership.
ndc_status ndc_log10(const struct ndc_array *x,
                     const struct ndc_ufunc_options *opts,
                     struct ndc_array **out);

// `np.log1p(x)`: see the module notes for ownership.
ndc_status ndc_log1p(const struct ndc_array *x,
                     const struct ndc_ufunc_options *opts,
                     struct ndc_array **out);

// `np.sin(x)`: see the module notes for ownership.
ndc_status ndc_sin(const struct ndc_array *x,
                   const struct ndc_ufunc_options *opts,
                   struct ndc_array **out);

// `np.cos(x)`: see the module notes for ownership.
ndc_status ndc_cos(const struct ndc_array *x,
                   const struct ndc_ufunc_options *opts,
                   struct ndc_array **out);

// `np.tan(x)`: see the module notes for ownership.
ndc_status ndc_tan(const struct ndc_array *x,
                   const struct ndc_ufunc_options *opts,
                   struct ndc_array **out);

// `np.arcsin(x)`: see the module notes for ownership.
ndc_status ndc_arcsin(const struct ndc_array *x,
                      const struct ndc_ufunc_options *opts,
                      struct ndc_array **out);

// `np.arccos(x)`: see the module notes for ownership.
ndc_status ndc_arccos(const struct ndc_array *x,
                      const struct ndc_ufunc_options *opts,
                      struct ndc_array **out);

// `np.arctan(x)`: see the module notes for ownership.
ndc_status ndc_arctan(const struct ndc_array *x,
                      const struct ndc_ufunc_options *opts,
                      struct ndc_array **out);

// `np.sinh(x)`: see the module notes for ownership.
ndc_status ndc_sinh(const struct ndc_array *x,
                    const struct ndc_ufunc_options *opts,
                    struct ndc_array **out);

// `np.cosh(x)`: see the module notes for ownership.
ndc_status ndc_cosh(const struct ndc_array *x,
                    const struct ndc_ufunc_options *opts,
                    struct ndc_array **out);

// `np.tanh(x)`: see the module notes for ownership.
ndc_status ndc_tanh(const struct ndc_array *x,
                    const struct ndc_ufunc_options *opts,
                    struct ndc_array **out);

// `np.arcsinh(x)`: see the module notes for ownership.
ndc_status ndc_arcsinh(const struct ndc_array *x,
                       const struct ndc_ufunc_options *opts,
                       struct ndc_array **out);

// `np.arccosh(x)`: see the module notes for ownership.
ndc_status ndc_arccosh(const struct ndc_array *x,
                       const struct ndc_ufunc_options *opts,
                       struct ndc_array **out);

// `np.arctanh(x)`: see the module notes for ownership.
ndc_status ndc_arctanh(const struct ndc_array *x,
                       const struct ndc_ufunc_options *opts,
                       struct ndc_array **out);

// `np.deg2rad(x)`: see the module notes for ownership.
ndc_status ndc_deg2rad(const struct ndc_array *x,
                       const struct ndc_ufunc_options *opts,
                       struct ndc_array **out);

// `np.rad2deg(x)`: see the module notes for ownership.
ndc_status ndc_rad2deg(const struct ndc_array *x,
                       const struct ndc_ufunc_options *opts,
                       struct ndc_array **out);

// `np.floor(x)`: see the module notes for ownership.
ndc_status ndc_floor(const struct ndc_array *x,
                     const struct ndc_ufunc_options *opts,
                     struct ndc_array **out);

// `np.ceil(x)`: see the module notes for ownership.
ndc_status ndc_ceil(const struct ndc_array *x,
                    const struct ndc_ufunc_options *opts,
                    struct ndc_array **out);

// `np.trunc(x)`: see the module notes for ownership.
ndc_status ndc_trunc(const struct ndc_array *x,
                     const struct ndc_ufunc_options *opts,
                     struct ndc_array **out);

// `np.rint(x)`: see the module notes for ownership.
ndc_status ndc_rint(const struct ndc_array *x,
                    const struct ndc_ufunc_options *opts,
                    struct ndc_array **out);

// `np.spacing(x)`: see the module notes for ownership.
ndc_status ndc_spacing(const struct ndc_array *x,
                       const struct ndc_ufunc_options *opts,
                       struct ndc_array **out);

// `np.signbit(x)`: see the module notes for ownership.
ndc_status ndc_signbit(const struct ndc_array *x,
                       const struct ndc_ufunc_options *opts,
                       struct ndc_array **out);

// `np.isfinite(x)`: see the module notes for ownership.
ndc_status ndc_isfinite(const struct ndc_array *x,
                        const struct ndc_ufunc_options *opts,
                        struct ndc_array **out);

// `np.isinf(x)`: see the module notes for ownership.
ndc_status ndc_isinf(const struct ndc_array *x,
                     const struct ndc_ufunc_options *opts,
                     struct ndc_array **out);

// `np.isnan(x)`: see the module notes for ownership.
ndc_status ndc_isnan(const struct ndc_array *x,
                     const struct ndc_ufunc_options *opts,
                     struct ndc_array **out);

// `np.logical_not(x)`: see the module notes for ownership.
ndc_status ndc_logical_not(const struct ndc_array *x,
                           const struct ndc_ufunc_options *opts,
                           struct ndc_array **out);

// `np.invert(x)`: see the module notes for ownership.
ndc_status ndc_invert(const struct ndc_array *x,
                      const struct ndc_ufunc_options *opts,
                      struct ndc_array **out);

// `np.conjugate(x)`: see the module notes for ownership.
ndc_status ndc_conjugate(const struct ndc_array *x,
                         const struct ndc_ufunc_options *opts,
                         struct ndc_array **out);

// `np.add(a, b)`: see the module notes for ownership.
ndc_status ndc_add(const struct ndc_array *a,
                   const struct ndc_array *b,
                   const struct ndc_ufunc_options *opts,
                   struct ndc_array **out);

// `np.subtract(a, b)`: see the module notes for ownership.
ndc_status ndc_subtract(const struct ndc_array *a,
                        const struct ndc_array *b,
                        const struct ndc_ufunc_options *opts,
                        struct ndc_array **out);

// `np.multiply(a, b)`: see the module notes for ownership.
ndc_status ndc_multiply(const struct ndc_array *a,
                        const struct ndc_array *b,
                        const struct ndc_ufunc_options *opts,
                        struct ndc_array **out);

// `np.divide(a, b)`: see the module notes for ownership.
ndc_status ndc_divide(const struct ndc_array *a,
                      const struct ndc_array *b,
                      const struct ndc_ufunc_options *opts,
                      struct ndc_array **out);

// `np.floor_divide(a, b)`: see the module notes for ownership.
ndc_status ndc_floor_divide(const struct ndc_array *a,
                            const struct ndc_array *b,
                            const struct ndc_ufunc_options *opts,
                            struct ndc_array **out);

// `np.remainder(a, b)`: see the module notes for ownership.
ndc_status ndc_remainder(const struct ndc_array *a,
                         const struct ndc_array *b,
                         const struct ndc_ufunc_options *opts,
                         struct ndc_array **out);

// `np.fmod(a, b)`: see the module notes for ownership.
ndc_status ndc_fmod(const struct ndc_array *a,
                    const struct ndc_array *b,
                    const struct ndc_ufunc_options *opts,
                    struct ndc_array **out);

// `np.power(a, b)`: see the module notes for ownership.
ndc_status ndc_power(const struct ndc_array *a,
                     const struct ndc_array *b,
                     const struct ndc_ufunc_options *opts,
                     struct ndc_array **out);

// `np.float_power(a, b)`: see the module notes for ownership.
ndc_status ndc_float_power(const struct ndc_array *a,
                           const struct ndc_array *b,
                           const struct ndc_ufunc_options *opts,
                           struct ndc_array **out);

// `np.logaddexp(a, b)`: see the module notes for ownership.
ndc_status ndc_logaddexp(const struct ndc_array *a,
                         const struct ndc_array *b,
                         const struct ndc_ufunc_options *opts,
                         struct ndc_array **out);

// `np.logaddexp2(a, b)`: see the module notes for ownership.
ndc_status ndc_logaddexp2(const struct ndc_array *a,
                          const struct ndc_array *b,
                          const struct ndc_ufunc_options *opts,
                          struct ndc_array **out);

// `np.arctan2(a, b)`: see the module notes for ownership.
ndc_status ndc_arctan2(const struct ndc_array *a,
                       const struct ndc_array *b,
                       const struct ndc_ufunc_options *opts,
                       struct ndc_array **out);

// `np.hypot(a, b)`: see the module notes for ownership.
ndc_status ndc_hypot(const struct ndc_array *a,
                     const struct ndc_array *b,
                     const struct ndc_ufunc_options *opts,
                     struct ndc_array **out);

// `np.maximum(a, b)`: see the module notes for ownership.
ndc_status ndc_maximum(const struct ndc_array *a,
                       const struct ndc_array *b,
                       const struct ndc_ufunc_options *opts,
                       struct ndc_array **out);

// `np.minimum(a, b)`: see the module notes for ownership.
ndc_status ndc_minimum(const struct ndc_array *a,
                       const struct ndc_array *b,
                       const struct ndc_ufunc_options *opts,
                       struct ndc_array **out);

// `np.fmax(a, b)`: see the module notes for ownership.
ndc_status ndc_fmax(const struct ndc_array *a,
                    const struct ndc_array *b,
                    const struct ndc_ufunc_options *opts,
                    struct ndc_array **out);

// `np.fmin(a, b)`: see the module notes for ownership.
ndc_status ndc_fmin(const struct ndc_array *a,
                    const struct ndc_array *b,
                    const struct ndc_ufunc_options *opts,
                    struct ndc_array **out);

// `np.copysign(a, b)`: see the module notes for ownership.
ndc_status ndc_copysign(const struct ndc_array *a,
                        const struct ndc_array *b,
                        const struct ndc_ufunc_options *opts,
                        struct ndc_array **out);

// `np.nextafter(a, b)`: see the module notes for ownership.
ndc_status ndc_nextafter(const struct ndc_array *a,
                         const struct ndc_array *b,
                         const struct ndc_ufunc_options *opts,
                         struct ndc_array **out);

// `np.ldexp(a, b)`: see the module notes for ownership.
ndc_status ndc_ldexp(const struct ndc_array *a,
                     const struct ndc_array *b,
                     const struct ndc_ufunc_options *opts,
                     struct ndc_array **out);

// `np.heaviside(a, b)`: see the module notes for ownership.
ndc_status ndc_heaviside(const struct ndc_array *a,
                         const struct ndc_array *b,
                         const struct ndc_ufunc_options *opts,
                         struct ndc_array **out);

// `np.equal(a, b)`: see the module notes for ownership.
ndc_status ndc_equal(const struct ndc_array *a,
                     const struct ndc_array *b,
                     const struct ndc_ufunc_options *opts,
                     struct ndc_array **out);

// `np.not_equal(a, b)`: see the module notes for ownership.
ndc_status ndc_not_equal(const struct ndc_array *a,
                         const struct ndc_array *b,
                         const struct ndc_ufunc_options *opts,
                         struct ndc_array **out);

// `np.less(a, b)`: see the module notes for ownership.
ndc_status ndc_less(const struct ndc_array *a,
                    const struct ndc_array *b,
                    const struct ndc_ufunc_options *opts,
                    struct ndc_array **out);

// `np.less_equal(a, b)`: see the module notes for ownership.
ndc_status ndc_less_equal(const struct ndc_array *a,
                          const struct ndc_array *b,
                          const struct ndc_ufunc_options *opts,
                          struct ndc_array **out);

// `np.greater(a, b)`: see the module notes for ownership.
ndc_status ndc_greater(const struct ndc_array *a,
                       const struct ndc_array *b,
                       const struct ndc_ufunc_options *opts,
                       struct ndc_array **out);

// `np.greater_equal(a, b)`: see the module notes for ownership.
ndc_status ndc_greater_equal(const struct ndc_array *a,
                             const struct ndc_array *b,
                             const struct ndc_ufunc_options *opts,
                             struct ndc_array **out);

// `np.logical_and(a, b)`: see the module notes for ownership.
ndc_status ndc_logical_and(const struct ndc_array *a,
                           const struct ndc_array *b,
                           const struct ndc_ufunc_options *opts,
                           struct ndc_array **out);

// `np.logical_or(a, b)`: see the module notes for ownership.
ndc_status ndc_logical_or(const struct ndc_array *a,
                          const struct ndc_array *b,
                          const struct ndc_ufunc_options *opts,
                          struct ndc_array **out);

// `np.logical_xor(a, b)`: see the module notes for ownership.
ndc_status ndc_logical_xor(const struct ndc_array *a,
                           const struct ndc_array *b,
                           const struct ndc_ufunc_options *opts,
                           struct ndc_array **out);

// `np.bitwise_and(a, b)`: see the module notes for ownership.
ndc_status ndc_bitwise_and(const struct ndc_array *a,
                           const struct ndc_array *b,
                           const struct ndc_ufunc_options *opts,
                           struct ndc_array **out);

// `np.bitwise_or(a, b)`: see the module notes for ownership.
ndc_status ndc_bitwise_or(const struct ndc_array *a,
                          const struct ndc_array *b,
                          const struct ndc_ufunc_options *opts,
                          struct ndc_array **out);

// `np.bitwise_xor(a, b)`: see the module notes for ownership.
ndc_status ndc_bitwise_xor(const struct ndc_array *a,
                           const struct ndc_array *b,
                           const struct ndc_ufunc_options *opts,
                           struct ndc_array **out);

// `np.left_shift(a, b)`: see the module notes for ownership.
ndc_status ndc_left_shift(const struct ndc_array *a,
                          const struct ndc_array *b,
                          const struct ndc_ufunc_options *opts,
                          struct ndc_array **out);

// `np.right_shift(a, b)`: see the module notes for ownership.
ndc_status ndc_right_shift(const struct ndc_array *a,
                           const struct ndc_array *b,
                           const struct ndc_ufunc_options *opts,
                           struct ndc_array **out);

// `np.gcd(a, b)`: see the module notes for ownership.
ndc_status ndc_gcd(const struct ndc_array *a,
                   const struct ndc_array *b,
                   const struct ndc_ufunc_options *opts,
                   struct ndc_array **out);

// `np.lcm(a, b)`: see the module notes for ownership.
ndc_status ndc_lcm(const struct ndc_array *a,
                   const struct ndc_array *b,
                   const struct ndc_ufunc_options *opts,
                   struct ndc_array **out);

// `np.frexp(x)` with two results (`out` and `out2` options).
ndc_status ndc_frexp(const struct ndc_array *x,
                     const struct ndc_ufunc_options *opts,
                     struct ndc_array **out1,
                     struct ndc_array **out2);

// `np.modf(x)` with two results (`out` and `out2` options).
ndc_status ndc_modf(const struct ndc_array *x,
                    const struct ndc_ufunc_options *opts,
                    struct ndc_array **out1,
                    struct ndc_array **out2);

// `np.divmod(a, b)` with two results (`out` and `out2` options).
ndc_status ndc_divmod(const struct ndc_array *a,
                      const struct ndc_array *b,
                      const struct ndc_ufunc_options *opts,
                      struct ndc_array **out1,
                      struct ndc_array **out2);

// `np.divide(a, b)`: see the module notes for ownership.
ndc_status ndc_true_divide(const struct ndc_array *a,
                           const struct ndc_array *b,
                           const struct ndc_ufunc_options *opts,
                           struct ndc_array **out);

// `np.remainder(a, b)`: see the module notes for ownership.
ndc_status ndc_mod(const struct ndc_array *a,
                   const struct ndc_array *b,
                   const struct ndc_ufunc_options *opts,
                   struct ndc_array **out);

// `np.conjugate(x)`: see the module notes for ownership.
ndc_status ndc_conj(const struct ndc_array *x,
                    const struct ndc_ufunc_options *opts,
                    struct ndc_array **out);

// `np.invert(x)`: see the module notes for ownership.
ndc_status ndc_bitwise_not(const struct ndc_array *x,
                           const struct ndc_ufunc_options *opts,
                           struct ndc_array **out);

// The loaded library's version as `major * 10000 + minor * 100 + patch`.
uint32_t ndc_version(void);

// The loaded library's version as text ("0.1.0"); static, not freed.
const char *ndc_version_string(void);

// Checks that the loaded library can serve a program built against header
// version `major.minor` (pass `NDC_VERSION_MAJOR, NDC_VERSION_MINOR`).
// While ndc is 0.x the minor must match exactly; from 1.0 the library's
// minor must be at least the header's. Fails with `NDC_ERR_VERSION` and a
// message naming both versions.
ndc_status ndc_check_version(uint32_t major, uint32_t minor);

// Sets the size of ndc's own thread pool (never the host's); 0 restores
// the default (`NDC_NUM_THREADS` from the environment, else the number of
// cores). Negative values fail with `NDC_ERR_INVALID_ARGUMENT`.
ndc_status ndc_set_num_threads(int32_t n);

// The size of ndc's thread pool.
int32_t ndc_get_num_threads(void);

// Fills `*out` (whose `struct_size` the caller sets) with the BLAS facts.
ndc_status ndc_blas_info(struct ndc_blas_details *out);

#ifdef __cplusplus
}  // extern "C"
#endif  // __cplusplus

#endif  /* NDC_H */
