/*
 * test_bad_input.c - every C entry point fed bad input: NULL handles and
 * out-pointers, invalid dtype / order / casting codes, bad shapes, sizes
 * that overflow or cannot be allocated, bad buffers and writes into
 * read-only arrays. Each failure must come back as the documented status
 * with out-parameters untouched, and nothing may abort.
 */
#include "check.h"

#include <math.h>
#include <stdbool.h>

/* Out-parameters are pre-filled with these and must be unchanged after a
 * failing call. */
static char sentinel_storage;
#define SENT ((ndc_array *)(void *)&sentinel_storage)
#define SENT_PTR ((void *)&sentinel_storage)
#define SENT_I64 INT64_C(0x5E5E5E5E5E5E5E5E)
#define SENT_U64 UINT64_C(0xA5A5A5A5A5A5A5A5)
#define SENT_DBL (-12345.5)
#define SENT_DTYPE ((ndc_dtype)0xBEEF)

/* A NULL-pointer failure: the status and a message naming the argument. */
#define CHECK_NULLPTR(call)                       \
  do {                                            \
    CHECK_STATUS(call, NDC_ERR_NULL_POINTER);     \
    CHECK_MSG_CONTAINS("NULL");                   \
  } while (0)

static const ndc_dtype bad_dtypes[] = {0, 16, 0xFFFFFFFFu};
#define N_BAD_DTYPES (sizeof bad_dtypes / sizeof bad_dtypes[0])

static int deleter_calls;
static void deleter(void *data, void *context) {
  (void)data;
  (void)context;
  deleter_calls++;
}

static ndc_array *vec3(ndc_dtype dtype) {
  const int64_t n3[] = {3};
  ndc_array *a = NULL;
  CHECK_OK(ndc_zeros(1, n3, dtype, NDC_ORDER_C, &a));
  return a;
}

/* ---- NULL handles and NULL out-pointers ----------------------------------------- */

static void test_null_metadata(void) {
  CHECK_EQ_I64(ndc_array_ndim(NULL), -1);
  CHECK(ndc_array_shape(NULL) == NULL);
  CHECK(ndc_array_strides(NULL) == NULL);
  CHECK_EQ_U64(ndc_array_dtype(NULL), NDC_DTYPE_NONE);
  CHECK_EQ_I64(ndc_array_size(NULL), -1);
  CHECK_EQ_I64(ndc_array_itemsize(NULL), -1);
  CHECK_EQ_I64(ndc_array_nbytes(NULL), -1);
  CHECK_EQ_U64(ndc_array_flags(NULL), 0);
  CHECK(ndc_array_retain(NULL) == NULL);
  ndc_array_release(NULL);
  ndc_free(NULL);

  ndc_array *a = vec3(NDC_FLOAT64);
  ndc_array *out = SENT;
  void *p = SENT_PTR;
  const void *cp = SENT_PTR;

  CHECK_NULLPTR(ndc_array_base(NULL, &out));
  CHECK(out == SENT);
  CHECK_NULLPTR(ndc_array_base(a, NULL));
  CHECK_NULLPTR(ndc_array_data(NULL, &p));
  CHECK(p == SENT_PTR);
  CHECK_NULLPTR(ndc_array_data(a, NULL));
  CHECK_NULLPTR(ndc_array_data_const(NULL, &cp));
  CHECK(cp == SENT_PTR);
  CHECK_NULLPTR(ndc_array_data_const(a, NULL));
  CHECK_NULLPTR(ndc_array_set_readonly(NULL, true));
  CHECK_NULLPTR(ndc_array_set_readonly(NULL, false));
  ndc_array_release(a);
}

static void test_null_constructors(void) {
  const int64_t n3[] = {3};
  const double d3[] = {1, 2, 3};
  const double one = 1.0;
  ndc_array *out = SENT;
  double step = SENT_DBL;

  /* from_data */
  CHECK_NULLPTR(ndc_array_from_data(d3, NDC_FLOAT64, 1, n3, NULL, NULL));
  CHECK_NULLPTR(ndc_array_from_data(d3, NDC_FLOAT64, 1, NULL, NULL, &out));
  CHECK_NULLPTR(ndc_array_from_data(NULL, NDC_FLOAT64, 1, n3, NULL, &out));
  CHECK(out == SENT);

  /* from_buffer */
  double buf[3] = {0, 0, 0};
  deleter_calls = 0;
  CHECK_NULLPTR(ndc_array_from_buffer(NULL, 24, NDC_FLOAT64, 1, n3, NULL, 0, 0, deleter, NULL,
                                      &out));
  CHECK_NULLPTR(ndc_array_from_buffer(buf, 24, NDC_FLOAT64, 1, NULL, NULL, 0, 0, deleter, NULL,
                                      &out));
  CHECK_NULLPTR(ndc_array_from_buffer(buf, 24, NDC_FLOAT64, 1, n3, NULL, 0, 0, deleter, NULL,
                                      NULL));
  CHECK(out == SENT);
  CHECK_EQ_I64(deleter_calls, 0);

  /* empty / zeros / ones / full */
  CHECK_NULLPTR(ndc_empty(1, n3, NDC_FLOAT64, NDC_ORDER_C, NULL));
  CHECK_NULLPTR(ndc_empty(1, NULL, NDC_FLOAT64, NDC_ORDER_C, &out));
  CHECK_NULLPTR(ndc_zeros(1, n3, NDC_FLOAT64, NDC_ORDER_C, NULL));
  CHECK_NULLPTR(ndc_zeros(2, NULL, NDC_FLOAT64, NDC_ORDER_C, &out));
  CHECK_NULLPTR(ndc_ones(1, n3, NDC_FLOAT64, NDC_ORDER_C, NULL));
  CHECK_NULLPTR(ndc_ones(1, NULL, NDC_FLOAT64, NDC_ORDER_C, &out));
  CHECK_NULLPTR(ndc_full(1, n3, &one, NDC_FLOAT64, NDC_FLOAT64, NDC_ORDER_C, NULL));
  CHECK_NULLPTR(ndc_full(1, NULL, &one, NDC_FLOAT64, NDC_FLOAT64, NDC_ORDER_C, &out));
  CHECK_NULLPTR(ndc_full(1, n3, NULL, NDC_FLOAT64, NDC_FLOAT64, NDC_ORDER_C, &out));
  CHECK(out == SENT);

  /* *_like */
  ndc_array *p = vec3(NDC_INT32);
  CHECK_NULLPTR(ndc_empty_like(NULL, NDC_DTYPE_NONE, NDC_ORDER_DEFAULT, &out));
  CHECK_NULLPTR(ndc_empty_like(p, NDC_DTYPE_NONE, NDC_ORDER_DEFAULT, NULL));
  CHECK_NULLPTR(ndc_zeros_like(NULL, NDC_DTYPE_NONE, NDC_ORDER_DEFAULT, &out));
  CHECK_NULLPTR(ndc_zeros_like(p, NDC_DTYPE_NONE, NDC_ORDER_DEFAULT, NULL));
  CHECK_NULLPTR(ndc_ones_like(NULL, NDC_DTYPE_NONE, NDC_ORDER_DEFAULT, &out));
  CHECK_NULLPTR(ndc_ones_like(p, NDC_DTYPE_NONE, NDC_ORDER_DEFAULT, NULL));
  CHECK_NULLPTR(ndc_full_like(NULL, &one, NDC_FLOAT64, NDC_DTYPE_NONE, NDC_ORDER_DEFAULT, &out));
  CHECK_NULLPTR(ndc_full_like(p, NULL, NDC_FLOAT64, NDC_DTYPE_NONE, NDC_ORDER_DEFAULT, &out));
  CHECK_NULLPTR(ndc_full_like(p, &one, NDC_FLOAT64, NDC_DTYPE_NONE, NDC_ORDER_DEFAULT, NULL));
  CHECK(out == SENT);
  ndc_array_release(p);

  /* ranges and matrices */
  CHECK_NULLPTR(ndc_arange(0, 3, 1, NDC_FLOAT64, NULL));
  CHECK_NULLPTR(ndc_arange_int(0, 3, 1, NDC_INT64, NULL));
  CHECK_NULLPTR(ndc_linspace(0, 1, 5, true, NDC_FLOAT64, &step, NULL));
  CHECK(step == SENT_DBL);
  CHECK_NULLPTR(ndc_logspace(0, 1, 5, true, 10.0, NDC_FLOAT64, NULL));
  CHECK_NULLPTR(ndc_geomspace(1, 8, 4, true, NDC_FLOAT64, NULL));
  CHECK_NULLPTR(ndc_eye(3, -1, 0, NDC_FLOAT64, NDC_ORDER_C, NULL));
  CHECK_NULLPTR(ndc_identity(3, NDC_FLOAT64, NULL));
  CHECK_NULLPTR(ndc_tri(3, -1, 0, NDC_FLOAT64, NULL));

  /* linspace's step pointer may be NULL. */
  CHECK_OK(ndc_linspace(0, 1, 5, true, NDC_FLOAT64, NULL, &out));
  CHECK(out != SENT);
  ndc_array_release(out);
}

static void test_null_conversions(void) {
  ndc_array *a = vec3(NDC_FLOAT64);
  ndc_array *out = SENT;
  char *text = (char *)SENT_PTR;

  CHECK_NULLPTR(ndc_array_copy(NULL, NDC_ORDER_DEFAULT, &out));
  CHECK_NULLPTR(ndc_array_copy(a, NDC_ORDER_DEFAULT, NULL));
  CHECK_NULLPTR(ndc_array_astype(NULL, NDC_INT32, NDC_CASTING_DEFAULT, NDC_ORDER_DEFAULT, &out));
  CHECK_NULLPTR(ndc_array_astype(a, NDC_INT32, NDC_CASTING_DEFAULT, NDC_ORDER_DEFAULT, NULL));
  CHECK_NULLPTR(ndc_ascontiguousarray(NULL, &out));
  CHECK_NULLPTR(ndc_ascontiguousarray(a, NULL));
  CHECK_NULLPTR(ndc_asfortranarray(NULL, &out));
  CHECK_NULLPTR(ndc_asfortranarray(a, NULL));
  CHECK(out == SENT);

  CHECK_NULLPTR(ndc_array_repr(NULL, &text));
  CHECK_NULLPTR(ndc_array_repr(a, NULL));
  CHECK_NULLPTR(ndc_array_str(NULL, &text));
  CHECK_NULLPTR(ndc_array_str(a, NULL));
  CHECK(text == (char *)SENT_PTR);
  ndc_array_release(a);
}

static void test_null_elements(void) {
  ndc_array *a = vec3(NDC_FLOAT64);
  const int64_t i0 = 0;
  int64_t i64 = SENT_I64;
  uint64_t u64 = SENT_U64;
  double dv = SENT_DBL;
  bool bv = true;
  ndc_complex cv = {SENT_DBL, SENT_DBL};
  unsigned char raw[16];
  const double one = 1.0;
  memset(raw, 0xA5, sizeof raw);

  /* NULL array */
  CHECK_NULLPTR(ndc_array_get_int64(NULL, &i0, 1, &i64));
  CHECK_NULLPTR(ndc_array_get_uint64(NULL, &i0, 1, &u64));
  CHECK_NULLPTR(ndc_array_get_double(NULL, &i0, 1, &dv));
  CHECK_NULLPTR(ndc_array_get_bool(NULL, &i0, 1, &bv));
  CHECK_NULLPTR(ndc_array_get_complex(NULL, &i0, 1, &cv));
  CHECK_NULLPTR(ndc_array_get(NULL, &i0, 1, raw));
  CHECK_NULLPTR(ndc_array_set_int64(NULL, &i0, 1, 1));
  CHECK_NULLPTR(ndc_array_set_uint64(NULL, &i0, 1, 1));
  CHECK_NULLPTR(ndc_array_set_double(NULL, &i0, 1, 1.0));
  CHECK_NULLPTR(ndc_array_set_bool(NULL, &i0, 1, true));
  CHECK_NULLPTR(ndc_array_set_complex(NULL, &i0, 1, cv));
  CHECK_NULLPTR(ndc_array_set(NULL, &i0, 1, &one, NDC_FLOAT64));

  /* NULL index with nindex > 0 */
  CHECK_NULLPTR(ndc_array_get_int64(a, NULL, 1, &i64));
  CHECK_NULLPTR(ndc_array_get_uint64(a, NULL, 1, &u64));
  CHECK_NULLPTR(ndc_array_get_double(a, NULL, 1, &dv));
  CHECK_NULLPTR(ndc_array_get_bool(a, NULL, 1, &bv));
  CHECK_NULLPTR(ndc_array_get_complex(a, NULL, 1, &cv));
  CHECK_NULLPTR(ndc_array_get(a, NULL, 1, raw));
  CHECK_NULLPTR(ndc_array_set_int64(a, NULL, 1, 1));
  CHECK_NULLPTR(ndc_array_set_uint64(a, NULL, 1, 1));
  CHECK_NULLPTR(ndc_array_set_double(a, NULL, 1, 1.0));
  CHECK_NULLPTR(ndc_array_set_bool(a, NULL, 1, true));
  CHECK_NULLPTR(ndc_array_set_complex(a, NULL, 1, cv));
  CHECK_NULLPTR(ndc_array_set(a, NULL, 1, &one, NDC_FLOAT64));

  /* NULL out / value */
  CHECK_NULLPTR(ndc_array_get_int64(a, &i0, 1, NULL));
  CHECK_NULLPTR(ndc_array_get_uint64(a, &i0, 1, NULL));
  CHECK_NULLPTR(ndc_array_get_double(a, &i0, 1, NULL));
  CHECK_NULLPTR(ndc_array_get_bool(a, &i0, 1, NULL));
  CHECK_NULLPTR(ndc_array_get_complex(a, &i0, 1, NULL));
  CHECK_NULLPTR(ndc_array_get(a, &i0, 1, NULL));
  CHECK_NULLPTR(ndc_array_set(a, &i0, 1, NULL, NDC_FLOAT64));

  CHECK_EQ_I64(i64, SENT_I64);
  CHECK_EQ_U64(u64, SENT_U64);
  CHECK_EQ_DBL(dv, SENT_DBL);
  CHECK(bv == true);
  CHECK(cv.re == SENT_DBL && cv.im == SENT_DBL);
  CHECK(raw[0] == 0xA5 && raw[7] == 0xA5);
  /* Nothing was written into the array. */
  CHECK_OK(ndc_array_get_double(a, &i0, 1, &dv));
  CHECK_EQ_DBL(dv, 0.0);
  ndc_array_release(a);
}

static void test_null_misc(void) {
  ndc_dtype d = SENT_DTYPE;
  CHECK_NULLPTR(ndc_dtype_from_string(NULL, &d));
  CHECK_NULLPTR(ndc_dtype_from_string("f8", NULL));
  CHECK_NULLPTR(ndc_result_type(NDC_INT8, NDC_INT16, NULL));
  CHECK_NULLPTR(ndc_can_cast(NDC_INT8, NDC_INT16, NDC_CASTING_SAFE, NULL));
  CHECK_EQ_U64(d, SENT_DTYPE);

  CHECK_NULLPTR(ndc_blas_info(NULL));
  CHECK_NULLPTR(ndc_set_printoptions(NULL));
  CHECK_NULLPTR(ndc_get_printoptions(NULL));

  /* ndc_last_error_copy with no buffer only measures. */
  size_t len = strlen(ndc_last_error_message());
  CHECK_EQ_U64(ndc_last_error_copy(NULL, 0), len);
  CHECK_EQ_U64(ndc_last_error_copy(NULL, 100), len);
}

/* ---- invalid dtype codes ----------------------------------------------------------- */

static void test_bad_dtypes(void) {
  const int64_t n3[] = {3};
  const double d3[] = {1, 2, 3};
  const double one = 1.0;
  double buf[3] = {0, 0, 0};
  ndc_array *a = vec3(NDC_FLOAT64);

  for (size_t k = 0; k < N_BAD_DTYPES; k++) {
    const ndc_dtype bad = bad_dtypes[k];
    ndc_array *out = SENT;
    ndc_dtype d = SENT_DTYPE;
    bool b = true;
    double step = SENT_DBL;

    CHECK_STATUS(ndc_empty(1, n3, bad, NDC_ORDER_C, &out), NDC_ERR_DTYPE);
    CHECK_STATUS(ndc_zeros(1, n3, bad, NDC_ORDER_C, &out), NDC_ERR_DTYPE);
    CHECK_STATUS(ndc_ones(1, n3, bad, NDC_ORDER_C, &out), NDC_ERR_DTYPE);
    CHECK_STATUS(ndc_full(1, n3, &one, NDC_FLOAT64, bad, NDC_ORDER_C, &out), NDC_ERR_DTYPE);
    CHECK_STATUS(ndc_full(1, n3, &one, bad, NDC_FLOAT64, NDC_ORDER_C, &out), NDC_ERR_DTYPE);
    CHECK_STATUS(ndc_array_from_data(d3, bad, 1, n3, NULL, &out), NDC_ERR_DTYPE);
    deleter_calls = 0;
    CHECK_STATUS(ndc_array_from_buffer(buf, sizeof buf, bad, 1, n3, NULL, 0, 0, deleter, NULL,
                                       &out),
                 NDC_ERR_DTYPE);
    CHECK_EQ_I64(deleter_calls, 0);
    CHECK_STATUS(ndc_array_astype(a, bad, NDC_CASTING_UNSAFE, NDC_ORDER_DEFAULT, &out),
                 NDC_ERR_DTYPE);
    CHECK_STATUS(ndc_arange(0, 3, 1, bad, &out), NDC_ERR_DTYPE);
    CHECK_STATUS(ndc_arange_int(0, 3, 1, bad, &out), NDC_ERR_DTYPE);
    CHECK_STATUS(ndc_linspace(0, 1, 3, true, bad, &step, &out), NDC_ERR_DTYPE);
    CHECK_STATUS(ndc_logspace(0, 1, 3, true, 10.0, bad, &out), NDC_ERR_DTYPE);
    CHECK_STATUS(ndc_geomspace(1, 4, 3, true, bad, &out), NDC_ERR_DTYPE);
    CHECK_STATUS(ndc_eye(3, -1, 0, bad, NDC_ORDER_C, &out), NDC_ERR_DTYPE);
    CHECK_STATUS(ndc_identity(3, bad, &out), NDC_ERR_DTYPE);
    CHECK_STATUS(ndc_tri(3, -1, 0, bad, &out), NDC_ERR_DTYPE);
    CHECK_STATUS(ndc_full_like(a, &one, bad, NDC_DTYPE_NONE, NDC_ORDER_DEFAULT, &out),
                 NDC_ERR_DTYPE);
    if (bad != NDC_DTYPE_NONE) { /* NONE keeps the prototype's dtype */
      CHECK_STATUS(ndc_empty_like(a, bad, NDC_ORDER_DEFAULT, &out), NDC_ERR_DTYPE);
      CHECK_STATUS(ndc_zeros_like(a, bad, NDC_ORDER_DEFAULT, &out), NDC_ERR_DTYPE);
      CHECK_STATUS(ndc_ones_like(a, bad, NDC_ORDER_DEFAULT, &out), NDC_ERR_DTYPE);
      CHECK_STATUS(ndc_full_like(a, &one, NDC_FLOAT64, bad, NDC_ORDER_DEFAULT, &out),
                   NDC_ERR_DTYPE);
    }
    CHECK(out == SENT);
    CHECK_EQ_DBL(step, SENT_DBL);

    {
      const int64_t i0 = 0;
      CHECK_STATUS(ndc_array_set(a, &i0, 1, &one, bad), NDC_ERR_DTYPE);
    }
    CHECK_STATUS(ndc_result_type(bad, NDC_INT8, &d), NDC_ERR_DTYPE);
    CHECK_STATUS(ndc_result_type(NDC_INT8, bad, &d), NDC_ERR_DTYPE);
    CHECK_EQ_U64(d, SENT_DTYPE);
    CHECK_STATUS(ndc_can_cast(bad, NDC_INT8, NDC_CASTING_SAFE, &b), NDC_ERR_DTYPE);
    CHECK_STATUS(ndc_can_cast(NDC_INT8, bad, NDC_CASTING_UNSAFE, &b), NDC_ERR_DTYPE);
    CHECK(b == true);
    CHECK_EQ_I64(ndc_dtype_itemsize(bad), -1);
    CHECK(ndc_dtype_name(bad) == NULL);
  }

  /* Text that is no dtype. */
  ndc_dtype d = SENT_DTYPE;
  CHECK_STATUS(ndc_dtype_from_string("\xff\xfe", &d), NDC_ERR_DTYPE);
  CHECK_STATUS(ndc_dtype_from_string("float128", &d), NDC_ERR_DTYPE);
  CHECK_STATUS(ndc_dtype_from_string("f4f4", &d), NDC_ERR_DTYPE);
  CHECK_EQ_U64(d, SENT_DTYPE);
  ndc_array_release(a);
}

/* ---- shapes: negative, too many dimensions, overflow, no memory -------------------- */

static void test_bad_shapes(void) {
  ndc_array *out = SENT;
  const double one = 1.0;
  const double d3[] = {1, 2, 3};
  double buf[4] = {0, 0, 0, 0};

  const int64_t neg1[] = {-1};
  const int64_t neg2[] = {2, -3};
  CHECK_STATUS(ndc_zeros(1, neg1, NDC_FLOAT64, NDC_ORDER_C, &out), NDC_ERR_INVALID_ARGUMENT);
  CHECK_MSG_IS("negative dimensions are not allowed");
  CHECK_STATUS(ndc_zeros(2, neg2, NDC_FLOAT64, NDC_ORDER_C, &out), NDC_ERR_INVALID_ARGUMENT);
  CHECK_STATUS(ndc_empty(2, neg2, NDC_INT8, NDC_ORDER_F, &out), NDC_ERR_INVALID_ARGUMENT);
  CHECK_STATUS(ndc_ones(1, neg1, NDC_BOOL, NDC_ORDER_C, &out), NDC_ERR_INVALID_ARGUMENT);
  CHECK_STATUS(ndc_full(1, neg1, &one, NDC_FLOAT64, NDC_FLOAT64, NDC_ORDER_C, &out),
               NDC_ERR_INVALID_ARGUMENT);
  CHECK_STATUS(ndc_array_from_data(d3, NDC_FLOAT64, 1, neg1, NULL, &out),
               NDC_ERR_INVALID_ARGUMENT);
  deleter_calls = 0;
  CHECK_STATUS(ndc_array_from_buffer(buf, sizeof buf, NDC_FLOAT64, 2, neg2, NULL, 0, 0, deleter,
                                     NULL, &out),
               NDC_ERR_INVALID_ARGUMENT);
  CHECK_STATUS(ndc_eye(-1, -1, 0, NDC_FLOAT64, NDC_ORDER_C, &out), NDC_ERR_INVALID_ARGUMENT);
  CHECK_STATUS(ndc_identity(-2, NDC_FLOAT64, &out), NDC_ERR_INVALID_ARGUMENT);
  CHECK_STATUS(ndc_tri(-1, -1, 0, NDC_FLOAT64, &out), NDC_ERR_INVALID_ARGUMENT);
  CHECK_STATUS(ndc_linspace(0, 1, -1, true, NDC_FLOAT64, NULL, &out), NDC_ERR_INVALID_ARGUMENT);
  CHECK_STATUS(ndc_logspace(0, 1, -1, true, 10.0, NDC_FLOAT64, &out), NDC_ERR_INVALID_ARGUMENT);
  CHECK_STATUS(ndc_geomspace(1, 2, -1, true, NDC_FLOAT64, &out), NDC_ERR_INVALID_ARGUMENT);
  CHECK(out == SENT);

  /* ndim: 64 is the limit; 65 and negative values fail. */
  int64_t ones65[65];
  for (int i = 0; i < 65; i++) {
    ones65[i] = 1;
  }
  ndc_array *ok64 = NULL;
  CHECK_OK(ndc_zeros(64, ones65, NDC_INT8, NDC_ORDER_C, &ok64));
  CHECK_EQ_I64(ndc_array_ndim(ok64), 64);
  ndc_array_release(ok64);
  CHECK_STATUS(ndc_zeros(65, ones65, NDC_INT8, NDC_ORDER_C, &out), NDC_ERR_INVALID_ARGUMENT);
  CHECK_MSG_IS("maximum supported dimension for an ndarray is currently 64, found 65");
  CHECK_STATUS(ndc_empty(65, ones65, NDC_INT8, NDC_ORDER_C, &out), NDC_ERR_INVALID_ARGUMENT);
  CHECK_STATUS(ndc_array_from_data(d3, NDC_INT8, 65, ones65, NULL, &out),
               NDC_ERR_INVALID_ARGUMENT);
  CHECK_STATUS(ndc_array_from_buffer(buf, sizeof buf, NDC_INT8, 65, ones65, NULL, 0, 0, deleter,
                                     NULL, &out),
               NDC_ERR_INVALID_ARGUMENT);
  CHECK_STATUS(ndc_zeros(-1, ones65, NDC_INT8, NDC_ORDER_C, &out), NDC_ERR_INVALID_ARGUMENT);
  CHECK_STATUS(ndc_zeros(INT32_MIN, ones65, NDC_INT8, NDC_ORDER_C, &out),
               NDC_ERR_INVALID_ARGUMENT);
  CHECK_STATUS(ndc_ones(-3, NULL, NDC_INT8, NDC_ORDER_C, &out), NDC_ERR_INVALID_ARGUMENT);
  CHECK_STATUS(ndc_array_from_data(d3, NDC_FLOAT64, -1, ones65, NULL, &out),
               NDC_ERR_INVALID_ARGUMENT);
  CHECK_STATUS(ndc_array_from_buffer(buf, sizeof buf, NDC_FLOAT64, -1, ones65, NULL, 0, 0,
                                     deleter, NULL, &out),
               NDC_ERR_INVALID_ARGUMENT);
  CHECK(out == SENT);
  CHECK_EQ_I64(deleter_calls, 0);

  /* Byte sizes that overflow. */
  const int64_t huge2[] = {INT64_C(1) << 40, INT64_C(1) << 40};
  const int64_t huge_i8[] = {INT64_C(1) << 62, 2};
  const int64_t zero_huge[] = {0, INT64_C(1) << 62, INT64_C(1) << 62};
  const int64_t max1[] = {INT64_MAX};
  CHECK_STATUS(ndc_zeros(2, huge2, NDC_FLOAT64, NDC_ORDER_C, &out), NDC_ERR_OVERFLOW);
  CHECK_MSG_CONTAINS("array is too big");
  CHECK_STATUS(ndc_empty(2, huge2, NDC_FLOAT64, NDC_ORDER_F, &out), NDC_ERR_OVERFLOW);
  CHECK_STATUS(ndc_ones(2, huge2, NDC_FLOAT64, NDC_ORDER_C, &out), NDC_ERR_OVERFLOW);
  CHECK_STATUS(ndc_full(2, huge2, &one, NDC_FLOAT64, NDC_FLOAT64, NDC_ORDER_C, &out),
               NDC_ERR_OVERFLOW);
  CHECK_STATUS(ndc_zeros(2, huge_i8, NDC_INT8, NDC_ORDER_C, &out), NDC_ERR_OVERFLOW);
  CHECK_STATUS(ndc_zeros(3, zero_huge, NDC_INT8, NDC_ORDER_C, &out), NDC_ERR_OVERFLOW);
  CHECK_STATUS(ndc_zeros(1, max1, NDC_INT16, NDC_ORDER_C, &out), NDC_ERR_OVERFLOW);
  CHECK_STATUS(ndc_array_from_data(d3, NDC_FLOAT64, 2, huge2, NULL, &out), NDC_ERR_OVERFLOW);
  CHECK_STATUS(ndc_array_from_buffer(buf, sizeof buf, NDC_FLOAT64, 2, huge2, NULL, 0, 0, deleter,
                                     NULL, &out),
               NDC_ERR_OVERFLOW);
  CHECK(out == SENT);
  CHECK_EQ_I64(deleter_calls, 0);

  /* Sizes that fit in the address arithmetic but not in memory: no abort. */
  const int64_t big[] = {INT64_C(1000000000000000)}; /* 1e15 float64 = 8 PB */
  CHECK_STATUS(ndc_zeros(1, big, NDC_FLOAT64, NDC_ORDER_C, &out), NDC_ERR_NOMEM);
  CHECK_MSG_CONTAINS("Unable to allocate");
  CHECK_STATUS(ndc_empty(1, big, NDC_FLOAT64, NDC_ORDER_C, &out), NDC_ERR_NOMEM);
  CHECK_STATUS(ndc_ones(1, big, NDC_FLOAT64, NDC_ORDER_C, &out), NDC_ERR_NOMEM);
  CHECK_STATUS(ndc_full(1, big, &one, NDC_FLOAT64, NDC_COMPLEX128, NDC_ORDER_C, &out),
               NDC_ERR_NOMEM);
  CHECK(out == SENT);
  /* The library still works afterwards. */
  ndc_array *fine = NULL;
  CHECK_OK(ndc_zeros(0, NULL, NDC_FLOAT64, NDC_ORDER_C, &fine));
  ndc_array_release(fine);
}

/* ---- from_buffer: alignment, bounds, flags -------------------------------------------- */

static void test_bad_buffers(void) {
  double buf[4] = {0, 1, 2, 3};
  const int64_t n2[] = {2};
  const int64_t n4[] = {4};
  const int64_t n5[] = {5};
  const int64_t s23[] = {2, 3};
  const int64_t far[] = {32};
  const int64_t neg[] = {-8};
  const int64_t odd[] = {12};
  const int64_t far2[] = {32, 8};
  ndc_array *out = SENT;
  deleter_calls = 0;

#define FROM_BUFFER(data, nbytes, dtype, ndim, shape, strides, offset, flags) \
  ndc_array_from_buffer((data), (nbytes), (dtype), (ndim), (shape), (strides), (offset), (flags), \
                        deleter, NULL, &out)

  /* misaligned pointer / offset / strides */
  CHECK_STATUS(FROM_BUFFER((char *)buf + 1, 24, NDC_FLOAT64, 1, n2, NULL, 0, 0),
               NDC_ERR_INVALID_ARGUMENT);
  CHECK_STATUS(FROM_BUFFER((char *)buf + 2, 24, NDC_INT32, 1, n2, NULL, 0, 0),
               NDC_ERR_INVALID_ARGUMENT);
  CHECK_STATUS(FROM_BUFFER(buf, sizeof buf, NDC_FLOAT64, 1, n2, NULL, 3, 0),
               NDC_ERR_INVALID_ARGUMENT);
  CHECK_STATUS(FROM_BUFFER(buf, sizeof buf, NDC_FLOAT64, 1, n2, odd, 0, 0),
               NDC_ERR_INVALID_ARGUMENT);
  /* strides / shape / offset reaching outside nbytes */
  CHECK_STATUS(FROM_BUFFER(buf, sizeof buf, NDC_FLOAT64, 1, n2, far, 0, 0),
               NDC_ERR_INVALID_ARGUMENT);
  CHECK_STATUS(FROM_BUFFER(buf, sizeof buf, NDC_FLOAT64, 1, n5, NULL, 0, 0),
               NDC_ERR_INVALID_ARGUMENT);
  CHECK_STATUS(FROM_BUFFER(buf, sizeof buf, NDC_FLOAT64, 1, n4, NULL, 8, 0),
               NDC_ERR_INVALID_ARGUMENT);
  CHECK_STATUS(FROM_BUFFER(buf, sizeof buf, NDC_FLOAT64, 1, n2, neg, 0, 0),
               NDC_ERR_INVALID_ARGUMENT);
  CHECK_STATUS(FROM_BUFFER(buf, sizeof buf, NDC_FLOAT64, 2, s23, NULL, 0, 0),
               NDC_ERR_INVALID_ARGUMENT);
  CHECK_STATUS(FROM_BUFFER(buf, sizeof buf, NDC_FLOAT64, 2, s23, far2, 0, 0),
               NDC_ERR_INVALID_ARGUMENT);
  CHECK_STATUS(FROM_BUFFER(buf, 31, NDC_FLOAT64, 1, n4, NULL, 0, 0), NDC_ERR_INVALID_ARGUMENT);
  CHECK_STATUS(FROM_BUFFER(buf, 0, NDC_FLOAT64, 1, n2, NULL, 0, 0), NDC_ERR_INVALID_ARGUMENT);
  CHECK_STATUS(FROM_BUFFER(buf, sizeof buf, NDC_FLOAT64, 1, n2, NULL, INT64_MAX - 4, 0),
               NDC_ERR_INVALID_ARGUMENT);
  /* negative nbytes / offset, unknown flags */
  CHECK_STATUS(FROM_BUFFER(buf, -8, NDC_FLOAT64, 1, n2, NULL, 0, 0), NDC_ERR_INVALID_ARGUMENT);
  CHECK_STATUS(FROM_BUFFER(buf, sizeof buf, NDC_FLOAT64, 1, n2, NULL, -8, 0),
               NDC_ERR_INVALID_ARGUMENT);
  CHECK_STATUS(FROM_BUFFER(buf, sizeof buf, NDC_FLOAT64, 1, n2, NULL, 0, 2),
               NDC_ERR_INVALID_ARGUMENT);
  CHECK_STATUS(FROM_BUFFER(buf, sizeof buf, NDC_FLOAT64, 1, n2, NULL, 0, 0xFFFFFFFFu),
               NDC_ERR_INVALID_ARGUMENT);
  CHECK(out == SENT);
  CHECK_EQ_I64(deleter_calls, 0);

  /* The boundary itself is fine: the whole buffer, and an empty array. */
  CHECK_OK(FROM_BUFFER(buf, sizeof buf, NDC_FLOAT64, 1, n4, NULL, 0, 0));
  ndc_array_release(out);
  CHECK_EQ_I64(deleter_calls, 1);
  out = SENT;
  {
    const int64_t n0[] = {0};
    CHECK_OK(FROM_BUFFER(buf, 0, NDC_FLOAT64, 1, n0, NULL, 0, 0));
    ndc_array_release(out);
    CHECK_EQ_I64(deleter_calls, 2);
  }
#undef FROM_BUFFER
}

/* ---- writes into read-only arrays ------------------------------------------------------ */

static void test_readonly_writes(void) {
  const int64_t i0 = 0;
  const double one = 1.0;
  const ndc_complex z = {1.0, 2.0};
  ndc_dtype dtypes[] = {NDC_BOOL, NDC_INT32, NDC_UINT64, NDC_FLOAT16, NDC_FLOAT64,
                        NDC_COMPLEX128};
  for (size_t k = 0; k < sizeof dtypes / sizeof dtypes[0]; k++) {
    ndc_array *a = vec3(dtypes[k]);
    CHECK_OK(ndc_array_set_readonly(a, true));
    CHECK_STATUS(ndc_array_set_int64(a, &i0, 1, 1), NDC_ERR_READONLY);
    CHECK_MSG_IS("assignment destination is read-only");
    CHECK_STATUS(ndc_array_set_uint64(a, &i0, 1, 1), NDC_ERR_READONLY);
    CHECK_STATUS(ndc_array_set_double(a, &i0, 1, 1.0), NDC_ERR_READONLY);
    CHECK_STATUS(ndc_array_set_bool(a, &i0, 1, true), NDC_ERR_READONLY);
    CHECK_STATUS(ndc_array_set_complex(a, &i0, 1, z), NDC_ERR_READONLY);
    CHECK_STATUS(ndc_array_set(a, &i0, 1, &one, NDC_FLOAT64), NDC_ERR_READONLY);
    void *p = SENT_PTR;
    CHECK_STATUS(ndc_array_data(a, &p), NDC_ERR_READONLY);
    CHECK(p == SENT_PTR);
    ndc_complex back = {-1, -1};
    CHECK_OK(ndc_array_get_complex(a, &i0, 1, &back));
    CHECK(back.re == 0.0 && back.im == 0.0);
    ndc_array_release(a);
  }

  /* Read-only memory from a buffer stays read-only. */
  double buf[3] = {0, 0, 0};
  const int64_t n3[] = {3};
  ndc_array *r = NULL;
  CHECK_OK(ndc_array_from_buffer(buf, sizeof buf, NDC_FLOAT64, 1, n3, NULL, 0,
                                 NDC_BUFFER_READONLY, NULL, NULL, &r));
  CHECK_STATUS(ndc_array_set_double(r, &i0, 1, 5.0), NDC_ERR_READONLY);
  CHECK_STATUS(ndc_array_set_readonly(r, false), NDC_ERR_READONLY);
  CHECK_STATUS(ndc_array_set_double(r, &i0, 1, 5.0), NDC_ERR_READONLY);
  CHECK_EQ_DBL(buf[0], 0.0);
  ndc_array_release(r);
}

/* ---- invalid order / casting codes, index counts, other arguments ----------------------- */

static void test_bad_codes(void) {
  const int64_t n3[] = {3};
  const double one = 1.0;
  ndc_array *a = vec3(NDC_FLOAT64);
  ndc_array *out = SENT;
  const ndc_order bad_orders[] = {-1, 5, 100, INT32_MIN};

  for (size_t k = 0; k < sizeof bad_orders / sizeof bad_orders[0]; k++) {
    const ndc_order o = bad_orders[k];
    CHECK_STATUS(ndc_empty(1, n3, NDC_FLOAT64, o, &out), NDC_ERR_INVALID_ARGUMENT);
    CHECK_STATUS(ndc_zeros(1, n3, NDC_FLOAT64, o, &out), NDC_ERR_INVALID_ARGUMENT);
    CHECK_STATUS(ndc_ones(1, n3, NDC_FLOAT64, o, &out), NDC_ERR_INVALID_ARGUMENT);
    CHECK_STATUS(ndc_full(1, n3, &one, NDC_FLOAT64, NDC_FLOAT64, o, &out),
                 NDC_ERR_INVALID_ARGUMENT);
    CHECK_STATUS(ndc_eye(2, -1, 0, NDC_FLOAT64, o, &out), NDC_ERR_INVALID_ARGUMENT);
    CHECK_STATUS(ndc_array_copy(a, o, &out), NDC_ERR_INVALID_ARGUMENT);
    CHECK_STATUS(ndc_array_astype(a, NDC_INT8, NDC_CASTING_UNSAFE, o, &out),
                 NDC_ERR_INVALID_ARGUMENT);
    CHECK_STATUS(ndc_empty_like(a, NDC_DTYPE_NONE, o, &out), NDC_ERR_INVALID_ARGUMENT);
    CHECK_STATUS(ndc_zeros_like(a, NDC_DTYPE_NONE, o, &out), NDC_ERR_INVALID_ARGUMENT);
    CHECK_STATUS(ndc_ones_like(a, NDC_DTYPE_NONE, o, &out), NDC_ERR_INVALID_ARGUMENT);
    CHECK_STATUS(ndc_full_like(a, &one, NDC_FLOAT64, NDC_DTYPE_NONE, o, &out),
                 NDC_ERR_INVALID_ARGUMENT);
  }
  /* A and K are not meaningful for a new array (NumPy's ValueError). */
  CHECK_STATUS(ndc_zeros(1, n3, NDC_FLOAT64, NDC_ORDER_A, &out), NDC_ERR_INVALID_ARGUMENT);
  CHECK_STATUS(ndc_empty(1, n3, NDC_FLOAT64, NDC_ORDER_K, &out), NDC_ERR_INVALID_ARGUMENT);
  CHECK(out == SENT);

  const ndc_casting bad_castings[] = {-1, 6, 1000};
  for (size_t k = 0; k < sizeof bad_castings / sizeof bad_castings[0]; k++) {
    bool b = true;
    CHECK_STATUS(ndc_array_astype(a, NDC_INT8, bad_castings[k], NDC_ORDER_DEFAULT, &out),
                 NDC_ERR_INVALID_ARGUMENT);
    CHECK_STATUS(ndc_can_cast(NDC_INT8, NDC_INT16, bad_castings[k], &b),
                 NDC_ERR_INVALID_ARGUMENT);
    CHECK(b == true);
  }
  CHECK(out == SENT);

  /* Index counts: negative or too many. */
  {
    int64_t idx[2] = {0, 0};
    double v = SENT_DBL;
    ndc_status st = ndc_array_get_double(a, idx, -1, &v);
    CHECK(st == NDC_ERR_INVALID_ARGUMENT || st == NDC_ERR_INDEX);
    st = ndc_array_set_double(a, idx, -1, 1.0);
    CHECK(st == NDC_ERR_INVALID_ARGUMENT || st == NDC_ERR_INDEX);
    CHECK_STATUS(ndc_array_get_double(a, idx, 2, &v), NDC_ERR_INDEX);
    CHECK_STATUS(ndc_array_get_double(a, idx, 0, &v), NDC_ERR_INDEX);
    CHECK_EQ_DBL(v, SENT_DBL);
    int64_t far = INT64_MIN;
    CHECK_STATUS(ndc_array_get_double(a, &far, 1, &v), NDC_ERR_INDEX);
    far = INT64_MAX;
    CHECK_STATUS(ndc_array_set_double(a, &far, 1, 1.0), NDC_ERR_INDEX);
    CHECK_EQ_DBL(v, SENT_DBL);
  }

  /* Threads, BLAS info and print options. */
  CHECK_STATUS(ndc_set_num_threads(-1), NDC_ERR_INVALID_ARGUMENT);
  {
    ndc_blas_details info;
    memset(&info, 0, sizeof info);
    info.struct_size = 0;
    info.vendor = (const char *)SENT_PTR;
    CHECK_STATUS(ndc_blas_info(&info), NDC_ERR_INVALID_ARGUMENT);
    CHECK(info.vendor == (const char *)SENT_PTR);
    info.struct_size = sizeof info - 1;
    CHECK_STATUS(ndc_blas_info(&info), NDC_ERR_INVALID_ARGUMENT);
  }
  {
    ndc_printoptions saved, o;
    memset(&saved, 0, sizeof saved);
    saved.struct_size = sizeof saved;
    CHECK_OK(ndc_get_printoptions(&saved));
    o = saved;
    o.precision = -1;
    CHECK_STATUS(ndc_set_printoptions(&o), NDC_ERR_INVALID_ARGUMENT);
    o = saved;
    o.threshold = -1;
    CHECK_STATUS(ndc_set_printoptions(&o), NDC_ERR_INVALID_ARGUMENT);
    o = saved;
    o.edgeitems = -5;
    CHECK_STATUS(ndc_set_printoptions(&o), NDC_ERR_INVALID_ARGUMENT);
    o = saved;
    o.linewidth = 0;
    CHECK_STATUS(ndc_set_printoptions(&o), NDC_ERR_INVALID_ARGUMENT);
    o = saved;
    o.linewidth = -1;
    CHECK_STATUS(ndc_set_printoptions(&o), NDC_ERR_INVALID_ARGUMENT);
    o = saved;
    o.struct_size = 8;
    CHECK_STATUS(ndc_set_printoptions(&o), NDC_ERR_INVALID_ARGUMENT);
    {
      ndc_printoptions small;
      memset(&small, 0, sizeof small);
      small.struct_size = 8;
      CHECK_STATUS(ndc_get_printoptions(&small), NDC_ERR_INVALID_ARGUMENT);
    }
    /* Nothing changed. */
    ndc_printoptions now;
    memset(&now, 0, sizeof now);
    now.struct_size = sizeof now;
    CHECK_OK(ndc_get_printoptions(&now));
    CHECK(now.precision == saved.precision && now.linewidth == saved.linewidth &&
          now.threshold == saved.threshold && now.edgeitems == saved.edgeitems);
    CHECK_OK(ndc_set_printoptions(&saved));
  }

  /* Ranges NumPy refuses. */
  CHECK_STATUS(ndc_arange(0, 10, 0, NDC_FLOAT64, &out), NDC_ERR_INVALID_ARGUMENT);
  CHECK_STATUS(ndc_arange_int(0, 10, 0, NDC_INT64, &out), NDC_ERR_INVALID_ARGUMENT);
  CHECK_STATUS(ndc_arange(0, NAN, 1, NDC_FLOAT64, &out), NDC_ERR_INVALID_ARGUMENT);
  CHECK_STATUS(ndc_arange(0, INFINITY, 1, NDC_FLOAT64, &out), NDC_ERR_INVALID_ARGUMENT);
  CHECK_STATUS(ndc_arange_int(0, 5, 1, NDC_BOOL, &out), NDC_ERR_DTYPE);
  CHECK_STATUS(ndc_geomspace(0, 8, 4, true, NDC_FLOAT64, &out), NDC_ERR_INVALID_ARGUMENT);
  CHECK_STATUS(ndc_geomspace(1, 0, 4, true, NDC_FLOAT64, &out), NDC_ERR_INVALID_ARGUMENT);
  CHECK(out == SENT);
  ndc_array_release(a);
}

int main(void) {
  test_null_metadata();
  test_null_constructors();
  test_null_conversions();
  test_null_elements();
  test_null_misc();
  test_bad_dtypes();
  test_bad_shapes();
  test_bad_buffers();
  test_readonly_writes();
  test_bad_codes();
  return CHECK_DONE();
}
