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
