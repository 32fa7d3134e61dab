/*
 * test_core.c - the core C API of ndc exercised from C: handle lifetime,
 * metadata, read-only arrays, errors, dtypes, versions, threads, BLAS
 * facts, element access, wrapping and copying.
 */
#define _POSIX_C_SOURCE 200809L

#include "check.h"

#include <math.h>
#include <pthread.h>
#include <stdbool.h>

/* ---- helpers ------------------------------------------------------------ */

static ndc_array *make_zeros(int32_t ndim, const int64_t *shape, ndc_dtype dtype,
                             ndc_order order) {
  ndc_array *a = NULL;
  CHECK_OK(ndc_zeros(ndim, shape, dtype, order, &a));
  return a;
}

static ndc_array *make_f64(const double *data, int32_t ndim, const int64_t *shape) {
  ndc_array *a = NULL;
  CHECK_OK(ndc_array_from_data(data, NDC_FLOAT64, ndim, shape, NULL, &a));
  return a;
}

static double get_d(const ndc_array *a, int64_t i, int64_t j, int32_t n) {
  int64_t idx[2] = {i, j};
  double v = NAN;
  CHECK_OK(ndc_array_get_double(a, idx, n, &v));
  return v;
}

static bool shape_is(const ndc_array *a, int32_t ndim, const int64_t *shape) {
  const int64_t *s = ndc_array_shape(a);
  if (ndc_array_ndim(a) != ndim || s == NULL) {
    return false;
  }
  for (int32_t i = 0; i < ndim; i++) {
    if (s[i] != shape[i]) {
      return false;
    }
  }
  return true;
}

static bool strides_are(const ndc_array *a, int32_t ndim, const int64_t *strides) {
  const int64_t *s = ndc_array_strides(a);
  if (ndc_array_ndim(a) != ndim || (ndim > 0 && s == NULL)) {
    return false;
  }
  for (int32_t i = 0; i < ndim; i++) {
    if (s[i] != strides[i]) {
      return false;
    }
  }
  return true;
}

/* A deleter that counts its calls and checks what it is given. */
struct deleter_log {
  int calls;
  void *data_seen;
  int free_it;
};

static void counting_deleter(void *data, void *context) {
  struct deleter_log *log = (struct deleter_log *)context;
  log->calls++;
  log->data_seen = data;
  if (log->free_it) {
    free(data);
  }
}

/* ---- retain / release --------------------------------------------------- */

static void test_refcount(void) {
  const int64_t shape[] = {2, 3};
  ndc_array *a = make_zeros(2, shape, NDC_FLOAT64, NDC_ORDER_C);
  CHECK(a != NULL);
  CHECK(ndc_array_retain(a) == a);
  CHECK(ndc_array_retain(a) == a);
  ndc_array_release(a);
  ndc_array_release(a);
  /* Still alive: one reference left. */
  CHECK_EQ_I64(ndc_array_size(a), 6);
  ndc_array_release(a);

  CHECK(ndc_array_retain(NULL) == NULL);
  ndc_array_release(NULL); /* NULL-safe */
  CHECK(1);
}

/* ---- metadata ------------------------------------------------------------ */

static void test_metadata(void) {
  const int64_t shape[] = {2, 3, 4};
  const int64_t c_strides[] = {96, 32, 8};
  const int64_t f_strides[] = {8, 16, 48};
  const uint32_t c_flags = NDC_C_CONTIGUOUS | NDC_OWNDATA | NDC_WRITEABLE | NDC_ALIGNED;
  const uint32_t f_flags = NDC_F_CONTIGUOUS | NDC_OWNDATA | NDC_WRITEABLE | NDC_ALIGNED;

  ndc_array *c = make_zeros(3, shape, NDC_FLOAT64, NDC_ORDER_C);
  CHECK_EQ_I64(ndc_array_ndim(c), 3);
  CHECK(shape_is(c, 3, shape));
  CHECK(strides_are(c, 3, c_strides));
  CHECK_EQ_I64(ndc_array_dtype(c), NDC_FLOAT64);
  CHECK_EQ_I64(ndc_array_size(c), 24);
  CHECK_EQ_I64(ndc_array_itemsize(c), 8);
  CHECK_EQ_I64(ndc_array_nbytes(c), 192);
  CHECK_EQ_U64(ndc_array_flags(c), c_flags);

  ndc_array *f = make_zeros(3, shape, NDC_FLOAT64, NDC_ORDER_F);
  CHECK(shape_is(f, 3, shape));
  CHECK(strides_are(f, 3, f_strides));
  CHECK_EQ_U64(ndc_array_flags(f), f_flags);
  CHECK((ndc_array_flags(f) & NDC_C_CONTIGUOUS) == 0);

  /* Default order of a constructor is C. */
  ndc_array *d = NULL;
  CHECK_OK(ndc_empty(3, shape, NDC_INT16, NDC_ORDER_DEFAULT, &d));
  {
    const int64_t s16[] = {24, 8, 2};
    CHECK(strides_are(d, 3, s16));
    CHECK_EQ_I64(ndc_array_itemsize(d), 2);
    CHECK_EQ_I64(ndc_array_nbytes(d), 48);
  }

  /* 1-d arrays are both C and F contiguous; so are 0-d and empty arrays. */
  const int64_t n5[] = {5};
  ndc_array *v = make_zeros(1, n5, NDC_COMPLEX128, NDC_ORDER_C);
  CHECK_EQ_U64(ndc_array_flags(v) & (NDC_C_CONTIGUOUS | NDC_F_CONTIGUOUS),
               NDC_C_CONTIGUOUS | NDC_F_CONTIGUOUS);
  CHECK_EQ_I64(ndc_array_itemsize(v), 16);
  CHECK_EQ_I64(ndc_array_nbytes(v), 80);

  ndc_array *s = make_zeros(0, NULL, NDC_INT32, NDC_ORDER_C);
  CHECK_EQ_I64(ndc_array_ndim(s), 0);
  CHECK(ndc_array_shape(s) != NULL);
  CHECK_EQ_I64(ndc_array_size(s), 1);
  CHECK_EQ_I64(ndc_array_nbytes(s), 4);
  CHECK_EQ_U64(ndc_array_flags(s) & (NDC_C_CONTIGUOUS | NDC_F_CONTIGUOUS),
               NDC_C_CONTIGUOUS | NDC_F_CONTIGUOUS);

  const int64_t empty_shape[] = {0, 3};
  ndc_array *e = make_zeros(2, empty_shape, NDC_FLOAT32, NDC_ORDER_C);
  CHECK_EQ_I64(ndc_array_size(e), 0);
  CHECK_EQ_I64(ndc_array_nbytes(e), 0);
  CHECK(shape_is(e, 2, empty_shape));

  /* base: NULL for an array that owns its memory. */
  ndc_array *b = (ndc_array *)&b;
  CHECK_OK(ndc_array_base(c, &b));
  CHECK(b == NULL);

  /* base of a view: the 1-d view ndc_ascontiguousarray makes of a 0-d array. */
  ndc_array *view = NULL;
  CHECK_OK(ndc_ascontiguousarray(s, &view));
  {
    const int64_t one[] = {1};
    CHECK(shape_is(view, 1, one));
  }
  b = NULL;
  CHECK_OK(ndc_array_base(view, &b));
  CHECK(b == s);
  CHECK_EQ_U64(ndc_array_flags(view) & NDC_OWNDATA, 0);
  ndc_array_release(b);

  /* data pointers: writes through the pointer are seen by ndc. */
  void *p = NULL;
  const void *cp = NULL;
  CHECK_OK(ndc_array_data(c, &p));
  CHECK_OK(ndc_array_data_const(c, &cp));
  CHECK(p != NULL && p == cp);
  ((double *)p)[23] = 2.5;
  {
    int64_t idx[] = {1, 2, 3};
    double x = 0;
    CHECK_OK(ndc_array_get_double(c, idx, 3, &x));
    CHECK_EQ_DBL(x, 2.5);
  }
  /* F order: element (1, 0, 0) is the second in memory. */
  CHECK_OK(ndc_array_data(f, &p));
  ((double *)p)[1] = -1.0;
  {
    int64_t idx[] = {1, 0, 0};
    double x = 0;
    CHECK_OK(ndc_array_get_double(f, idx, 3, &x));
    CHECK_EQ_DBL(x, -1.0);
  }

  ndc_array_release(view);
  ndc_array_release(e);
  ndc_array_release(s);
  ndc_array_release(v);
  ndc_array_release(d);
  ndc_array_release(f);
  ndc_array_release(c);
}

/* ---- read-only arrays ----------------------------------------------------- */

static void test_readonly(void) {
  const int64_t shape[] = {3};
  const int64_t idx[] = {0};
  ndc_array *a = make_zeros(1, shape, NDC_FLOAT64, NDC_ORDER_C);

  CHECK_OK(ndc_array_set_readonly(a, true));
  CHECK_EQ_U64(ndc_array_flags(a) & NDC_WRITEABLE, 0);

  void *p = (void *)&p;
  CHECK_STATUS(ndc_array_data(a, &p), NDC_ERR_READONLY);
  CHECK(p == (void *)&p);
  CHECK_MSG_IS("assignment destination is read-only");
  const void *cp = NULL;
  CHECK_OK(ndc_array_data_const(a, &cp));
  CHECK(cp != NULL);
  CHECK_STATUS(ndc_array_set_double(a, idx, 1, 1.0), NDC_ERR_READONLY);
  CHECK_EQ_DBL(get_d(a, 0, 0, 1), 0.0);

  /* Making it writeable again works: the memory is ndc's. */
  CHECK_OK(ndc_array_set_readonly(a, false));
  CHECK(ndc_array_flags(a) & NDC_WRITEABLE);
  CHECK_OK(ndc_array_set_double(a, idx, 1, 4.0));
  CHECK_EQ_DBL(get_d(a, 0, 0, 1), 4.0);
  CHECK_OK(ndc_array_data(a, &p));
  /* Setting read-only twice is fine. */
  CHECK_OK(ndc_array_set_readonly(a, true));
  CHECK_OK(ndc_array_set_readonly(a, true));
  CHECK_OK(ndc_array_set_readonly(a, false));
  ndc_array_release(a);

  /* A view of a read-only array is read-only and cannot be made writeable
   * while its base is read-only (NumPy's rule). */
  ndc_array *s = make_zeros(0, NULL, NDC_INT64, NDC_ORDER_C);
  CHECK_OK(ndc_array_set_readonly(s, true));
  ndc_array *view = NULL;
  CHECK_OK(ndc_ascontiguousarray(s, &view)); /* 0-d -> 1-d view */
  CHECK(view != s);
  CHECK_EQ_U64(ndc_array_flags(view) & NDC_WRITEABLE, 0);
  CHECK_STATUS(ndc_array_set_readonly(view, false), NDC_ERR_READONLY);
  CHECK_STATUS(ndc_array_set_int64(view, idx, 1, 1), NDC_ERR_READONLY);
  CHECK_OK(ndc_array_set_readonly(s, false));
  CHECK_OK(ndc_array_set_readonly(view, false));
  CHECK_OK(ndc_array_set_int64(view, idx, 1, 5));
  {
    int64_t v = 0;
    CHECK_OK(ndc_array_get_int64(s, NULL, 0, &v));
    CHECK_EQ_I64(v, 5);
  }
  ndc_array_release(view);
  ndc_array_release(s);
}

/* ---- errors ----------------------------------------------------------------- */

static void test_errors(void) {
  CHECK(ndc_last_error_message() != NULL);

  ndc_dtype d = 0;
  CHECK_STATUS(ndc_dtype_from_string("nope", &d), NDC_ERR_DTYPE);
  CHECK_MSG_IS("data type 'nope' not understood");
  const char *msg = ndc_last_error_message();
  size_t len = strlen(msg);

  /* A successful call does not clear the message. */
  CHECK_OK(ndc_dtype_from_string("f8", &d));
  CHECK_STR(ndc_last_error_message(), "data type 'nope' not understood");

  char buf[8];
  memset(buf, 'x', sizeof buf);
  CHECK_EQ_U64(ndc_last_error_copy(buf, 5), len);
  CHECK_STR(buf, "data");
  CHECK(buf[5] == 'x');

  char big[128];
  CHECK_EQ_U64(ndc_last_error_copy(big, sizeof big), len);
  CHECK_STR(big, "data type 'nope' not understood");

  /* An exact fit: cap == len + 1. */
  char *exact = (char *)malloc(len + 1);
  CHECK_EQ_U64(ndc_last_error_copy(exact, len + 1), len);
  CHECK_STR(exact, "data type 'nope' not understood");
  /* One short: the last character is cut. */
  CHECK_EQ_U64(ndc_last_error_copy(exact, len), len);
  CHECK_STR(exact, "data type 'nope' not understoo");
  free(exact);

  memset(buf, 'x', sizeof buf);
  CHECK_EQ_U64(ndc_last_error_copy(buf, 0), len);
  CHECK(buf[0] == 'x');
  CHECK_EQ_U64(ndc_last_error_copy(NULL, 0), len);
  CHECK_EQ_U64(ndc_last_error_copy(buf, 1), len);
  CHECK(buf[0] == '\0');

  /* Status strings. */
  CHECK_STR(ndc_status_string(NDC_OK), "ok");
  CHECK_STR(ndc_status_string(NDC_ERR_INVALID_ARGUMENT), "invalid argument");
  CHECK_STR(ndc_status_string(NDC_ERR_NULL_POINTER), "null pointer");
  CHECK_STR(ndc_status_string(NDC_ERR_READONLY), "read-only array");
  CHECK_STR(ndc_status_string(NDC_ERR_INTERNAL), "internal error");
  for (ndc_status st = NDC_OK; st <= NDC_ERR_INTERNAL; st++) {
    const char *s = ndc_status_string(st);
    CHECK(s != NULL && strcmp(s, "unknown status") != 0);
  }
  CHECK_STR(ndc_status_string(-1), "unknown status");
  CHECK_STR(ndc_status_string(NDC_ERR_INTERNAL + 1), "unknown status");
  CHECK_STR(ndc_status_string(INT32_MAX), "unknown status");
  CHECK_STR(ndc_status_string(INT32_MIN), "unknown status");

  /* Null-pointer messages name the argument. */
  CHECK_STATUS(ndc_array_copy(NULL, NDC_ORDER_DEFAULT, NULL), NDC_ERR_NULL_POINTER);
  CHECK_MSG_CONTAINS("NULL");
}

static void test_debug_panic(void) {
  CHECK_STATUS(ndc_debug_panic(), NDC_ERR_INTERNAL);
  CHECK_MSG_CONTAINS("ndc_debug_panic");
  /* Twice, and the library keeps working afterwards. */
  CHECK_STATUS(ndc_debug_panic(), NDC_ERR_INTERNAL);
  ndc_array *a = NULL;
  CHECK_OK(ndc_arange_int(0, 3, 1, NDC_INT64, &a));
  CHECK_EQ_I64(ndc_array_size(a), 3);
  ndc_array_release(a);
}

/* ---- dtypes ------------------------------------------------------------------ */

static void test_dtypes(void) {
  static const struct {
    ndc_dtype code;
    int64_t itemsize;
    const char *name;
  } table[] = {
      {NDC_BOOL, 1, "bool"},         {NDC_INT8, 1, "int8"},
      {NDC_INT16, 2, "int16"},       {NDC_INT32, 4, "int32"},
      {NDC_INT64, 8, "int64"},       {NDC_UINT8, 1, "uint8"},
      {NDC_UINT16, 2, "uint16"},     {NDC_UINT32, 4, "uint32"},
      {NDC_UINT64, 8, "uint64"},     {NDC_FLOAT16, 2, "float16"},
      {NDC_BFLOAT16, 2, "bfloat16"}, {NDC_FLOAT32, 4, "float32"},
      {NDC_FLOAT64, 8, "float64"},   {NDC_COMPLEX64, 8, "complex64"},
      {NDC_COMPLEX128, 16, "complex128"},
  };
  for (size_t i = 0; i < sizeof table / sizeof table[0]; i++) {
    CHECK_EQ_I64(ndc_dtype_itemsize(table[i].code), table[i].itemsize);
    CHECK_STR(ndc_dtype_name(table[i].code), table[i].name);
    ndc_dtype back = 0;
    CHECK_OK(ndc_dtype_from_string(table[i].name, &back));
    CHECK_EQ_U64(back, table[i].code);
  }

  static const struct {
    const char *text;
    ndc_dtype code;
  } spellings[] = {
      {"f4", NDC_FLOAT32},  {"<f4", NDC_FLOAT32},     {"float32", NDC_FLOAT32},
      {"double", NDC_FLOAT64}, {"f8", NDC_FLOAT64},   {"c16", NDC_COMPLEX128},
      {"c8", NDC_COMPLEX64}, {"bool", NDC_BOOL},     {"?", NDC_BOOL},
      {"i8", NDC_INT64},    {"u1", NDC_UINT8},       {"f2", NDC_FLOAT16},
      {"int32", NDC_INT32}, {"uint16", NDC_UINT16},
  };
  for (size_t i = 0; i < sizeof spellings / sizeof spellings[0]; i++) {
    ndc_dtype d = 0;
    if (!CHECK_OK(ndc_dtype_from_string(spellings[i].text, &d))) {
      fprintf(stderr, "  (spelling \"%s\")\n", spellings[i].text);
    }
    if (!CHECK_EQ_U64(d, spellings[i].code)) {
      fprintf(stderr, "  (spelling \"%s\")\n", spellings[i].text);
    }
  }

  static const char *const invalid[] = {"f3", "float33", "", "x", "i3", ">>f4"};
  for (size_t i = 0; i < sizeof invalid / sizeof invalid[0]; i++) {
    ndc_dtype d = 12345;
    CHECK_STATUS(ndc_dtype_from_string(invalid[i], &d), NDC_ERR_DTYPE);
    CHECK_EQ_U64(d, 12345);
  }
  CHECK_STATUS(ndc_dtype_from_string("f3", &(ndc_dtype){0}), NDC_ERR_DTYPE);
  CHECK_MSG_IS("data type 'f3' not understood");

  /* Invalid codes: -1 / NULL with a message. */
  CHECK_EQ_I64(ndc_dtype_itemsize(0), -1);
  CHECK_EQ_I64(ndc_dtype_itemsize(16), -1);
  CHECK(ndc_dtype_name(16) == NULL);
  CHECK(ndc_dtype_name(NDC_DTYPE_NONE) == NULL);
  CHECK(strlen(ndc_last_error_message()) > 0);
}

static void test_promotion(void) {
  static const struct {
    ndc_dtype a, b, r;
  } pairs[] = {
      {NDC_INT8, NDC_UINT8, NDC_INT16},         {NDC_INT64, NDC_FLOAT32, NDC_FLOAT64},
      {NDC_INT64, NDC_UINT64, NDC_FLOAT64},     {NDC_BOOL, NDC_BOOL, NDC_BOOL},
      {NDC_BOOL, NDC_INT8, NDC_INT8},           {NDC_INT16, NDC_FLOAT16, NDC_FLOAT32},
      {NDC_UINT8, NDC_FLOAT16, NDC_FLOAT16},    {NDC_FLOAT32, NDC_COMPLEX64, NDC_COMPLEX64},
      {NDC_FLOAT64, NDC_COMPLEX64, NDC_COMPLEX128}, {NDC_UINT32, NDC_INT32, NDC_INT64},
      {NDC_FLOAT32, NDC_FLOAT64, NDC_FLOAT64},
  };
  for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
    ndc_dtype r = 0, r2 = 0;
    CHECK_OK(ndc_result_type(pairs[i].a, pairs[i].b, &r));
    if (!CHECK_EQ_U64(r, pairs[i].r)) {
      fprintf(stderr, "  (result_type(%s, %s))\n", ndc_dtype_name(pairs[i].a),
              ndc_dtype_name(pairs[i].b));
    }
    CHECK_OK(ndc_result_type(pairs[i].b, pairs[i].a, &r2));
    CHECK_EQ_U64(r2, pairs[i].r);
  }

  static const struct {
    ndc_dtype from, to;
    ndc_casting casting;
    bool ok;
  } casts[] = {
      {NDC_INT8, NDC_INT16, NDC_CASTING_SAFE, true},
      {NDC_INT16, NDC_INT8, NDC_CASTING_SAFE, false},
      {NDC_INT16, NDC_INT8, NDC_CASTING_SAME_KIND, true},
      {NDC_FLOAT64, NDC_FLOAT32, NDC_CASTING_SAME_KIND, true},
      {NDC_FLOAT64, NDC_FLOAT32, NDC_CASTING_SAFE, false},
      {NDC_FLOAT64, NDC_INT32, NDC_CASTING_SAME_KIND, false},
      {NDC_FLOAT64, NDC_INT8, NDC_CASTING_UNSAFE, true},
      {NDC_INT32, NDC_INT32, NDC_CASTING_NO, true},
      {NDC_INT32, NDC_INT64, NDC_CASTING_NO, false},
      {NDC_INT32, NDC_INT32, NDC_CASTING_EQUIV, true},
      {NDC_INT64, NDC_FLOAT64, NDC_CASTING_DEFAULT, true},
      {NDC_UINT64, NDC_INT64, NDC_CASTING_DEFAULT, false},
      {NDC_BOOL, NDC_INT8, NDC_CASTING_SAFE, true},
      {NDC_COMPLEX128, NDC_FLOAT64, NDC_CASTING_SAFE, false},
      {NDC_COMPLEX128, NDC_FLOAT64, NDC_CASTING_SAME_KIND, false},
      {NDC_UINT8, NDC_FLOAT16, NDC_CASTING_SAFE, true},
  };
  for (size_t i = 0; i < sizeof casts / sizeof casts[0]; i++) {
    bool r = !casts[i].ok;
    CHECK_OK(ndc_can_cast(casts[i].from, casts[i].to, casts[i].casting, &r));
    if (!CHECK(r == casts[i].ok)) {
      fprintf(stderr, "  (can_cast(%s, %s, %d))\n", ndc_dtype_name(casts[i].from),
              ndc_dtype_name(casts[i].to), (int)casts[i].casting);
    }
  }
}

/* ---- versions, threads, BLAS ------------------------------------------------- */

static void test_versions(void) {
  CHECK_EQ_U64(ndc_version(),
               NDC_VERSION_MAJOR * 10000 + NDC_VERSION_MINOR * 100 + NDC_VERSION_PATCH);
  char text[64];
  snprintf(text, sizeof text, "%d.%d.%d", NDC_VERSION_MAJOR, NDC_VERSION_MINOR,
           NDC_VERSION_PATCH);
  CHECK_STR(ndc_version_string(), text);
  CHECK_OK(ndc_check_version(NDC_VERSION_MAJOR, NDC_VERSION_MINOR));
  CHECK_STATUS(ndc_check_version(NDC_VERSION_MAJOR + 1, 0), NDC_ERR_VERSION);
  CHECK_STATUS(ndc_check_version(NDC_VERSION_MAJOR, NDC_VERSION_MINOR + 1), NDC_ERR_VERSION);
  CHECK_MSG_CONTAINS(text);
  if (NDC_VERSION_MAJOR == 0 && NDC_VERSION_MINOR > 0) {
    /* While 0.x an older minor is refused too. */
    CHECK_STATUS(ndc_check_version(0, NDC_VERSION_MINOR - 1), NDC_ERR_VERSION);
  }
}

static void test_threads(void) {
  int32_t initial = ndc_get_num_threads();
  CHECK(initial >= 1);
  CHECK_OK(ndc_set_num_threads(2));
  CHECK_EQ_I64(ndc_get_num_threads(), 2);
  CHECK_OK(ndc_set_num_threads(1));
  CHECK_EQ_I64(ndc_get_num_threads(), 1);
  CHECK_STATUS(ndc_set_num_threads(-1), NDC_ERR_INVALID_ARGUMENT);
  CHECK_STATUS(ndc_set_num_threads(INT32_MIN), NDC_ERR_INVALID_ARGUMENT);
  CHECK_EQ_I64(ndc_get_num_threads(), 1);
  CHECK_OK(ndc_set_num_threads(0));
  CHECK(ndc_get_num_threads() >= 1);
}

static void test_blas_info(void) {
  ndc_blas_details info;
  memset(&info, 0, sizeof info);
  info.struct_size = sizeof info;
  CHECK_OK(ndc_blas_info(&info));
  CHECK_EQ_U64(info.struct_size, sizeof info);
  CHECK(info.vendor != NULL && info.vendor[0] != '\0');
  CHECK(info.version != NULL);
  CHECK(info.threading != NULL);
  CHECK(info.kernel != NULL);
  CHECK(info.config != NULL);
  CHECK(info.num_threads >= 1);
  /* Twice gives the same static strings. */
  ndc_blas_details again = info;
  CHECK_OK(ndc_blas_info(&again));
  CHECK(again.vendor == info.vendor);
}

/* ---- element access ------------------------------------------------------------ */

static void test_elements(void) {
  /* int64 through every typed accessor. */
  const int64_t data[] = {1, 2, 3};
  const int64_t n3[] = {3};
  ndc_array *a = NULL;
  CHECK_OK(ndc_array_from_data(data, NDC_INT64, 1, n3, NULL, &a));
  int64_t i64 = 0;
  int64_t idx = -1;
  CHECK_OK(ndc_array_get_int64(a, &idx, 1, &i64));
  CHECK_EQ_I64(i64, 3);
  idx = -3;
  CHECK_OK(ndc_array_get_int64(a, &idx, 1, &i64));
  CHECK_EQ_I64(i64, 1);
  idx = 5;
  i64 = 77;
  CHECK_STATUS(ndc_array_get_int64(a, &idx, 1, &i64), NDC_ERR_INDEX);
  CHECK_MSG_IS("index 5 is out of bounds for axis 0 with size 3");
  CHECK_EQ_I64(i64, 77);
  idx = -4;
  CHECK_STATUS(ndc_array_get_int64(a, &idx, 1, &i64), NDC_ERR_INDEX);
  CHECK_MSG_IS("index -4 is out of bounds for axis 0 with size 3");
  idx = 3;
  CHECK_STATUS(ndc_array_set_int64(a, &idx, 1, 9), NDC_ERR_INDEX);
  CHECK_MSG_IS("index 3 is out of bounds for axis 0 with size 3");

  idx = -1;
  CHECK_OK(ndc_array_set_int64(a, &idx, 1, -42));
  CHECK_OK(ndc_array_get_int64(a, &idx, 1, &i64));
  CHECK_EQ_I64(i64, -42);
  double dv = 0;
  CHECK_OK(ndc_array_get_double(a, &idx, 1, &dv));
  CHECK_EQ_DBL(dv, -42.0);
  CHECK_OK(ndc_array_set_double(a, &idx, 1, 7.9));
  CHECK_OK(ndc_array_get_int64(a, &idx, 1, &i64));
  CHECK_EQ_I64(i64, 7);
  bool bv = false;
  CHECK_OK(ndc_array_get_bool(a, &idx, 1, &bv));
  CHECK(bv == true);
  CHECK_OK(ndc_array_set_bool(a, &idx, 1, false));
  CHECK_OK(ndc_array_get_int64(a, &idx, 1, &i64));
  CHECK_EQ_I64(i64, 0);
  CHECK_OK(ndc_array_get_bool(a, &idx, 1, &bv));
  CHECK(bv == false);
  ndc_complex cv = {0, 0};
  idx = 0;
  CHECK_OK(ndc_array_get_complex(a, &idx, 1, &cv));
  CHECK_EQ_DBL(cv.re, 1.0);
  CHECK_EQ_DBL(cv.im, 0.0);
  ndc_complex cset = {5.0, 3.0};
  CHECK_OK(ndc_array_set_complex(a, &idx, 1, cset));
  CHECK_OK(ndc_array_get_int64(a, &idx, 1, &i64));
  CHECK_EQ_I64(i64, 5);
  /* The source data was copied, not wrapped. */
  CHECK_EQ_I64(data[0], 1);
  ndc_array_release(a);

  /* uint64: the full range. */
  ndc_array *u = make_zeros(1, n3, NDC_UINT64, NDC_ORDER_C);
  idx = 1;
  CHECK_OK(ndc_array_set_uint64(u, &idx, 1, UINT64_MAX));
  uint64_t u64 = 0;
  CHECK_OK(ndc_array_get_uint64(u, &idx, 1, &u64));
  CHECK_EQ_U64(u64, UINT64_MAX);
  idx = -2;
  CHECK_OK(ndc_array_get_uint64(u, &idx, 1, &u64));
  CHECK_EQ_U64(u64, UINT64_MAX);
  ndc_array_release(u);

  /* float32, 2-d with negative indices. */
  const int64_t s23[] = {2, 3};
  ndc_array *f = make_zeros(2, s23, NDC_FLOAT32, NDC_ORDER_C);
  int64_t ij[2] = {-1, -2};
  CHECK_OK(ndc_array_set_double(f, ij, 2, 1.5));
  CHECK_EQ_DBL(get_d(f, 1, 1, 2), 1.5);
  CHECK_EQ_DBL(get_d(f, -1, 1, 2), 1.5);
  {
    float raw = 0;
    int64_t at[2] = {1, 1};
    CHECK_OK(ndc_array_get(f, at, 2, &raw));
    CHECK(raw == 1.5f);
    const void *p = NULL;
    CHECK_OK(ndc_array_data_const(f, &p));
    CHECK(((const float *)p)[4] == 1.5f);
  }
  ij[0] = 0;
  ij[1] = 3;
  CHECK_STATUS(ndc_array_set_double(f, ij, 2, 1.0), NDC_ERR_INDEX);
  CHECK_MSG_IS("index 3 is out of bounds for axis 1 with size 3");
  ij[0] = -3;
  ij[1] = 0;
  CHECK_STATUS(ndc_array_get_double(f, ij, 2, &dv), NDC_ERR_INDEX);
  CHECK_MSG_IS("index -3 is out of bounds for axis 0 with size 2");
  /* Wrong number of indices. */
  CHECK_STATUS(ndc_array_get_double(f, ij, 1, &dv), NDC_ERR_INDEX);
  {
    int64_t three[3] = {0, 0, 0};
    CHECK_STATUS(ndc_array_get_double(f, three, 3, &dv), NDC_ERR_INDEX);
    CHECK_MSG_CONTAINS("too many indices");
  }
  ndc_array_release(f);

  /* bool arrays. */
  ndc_array *b = make_zeros(1, n3, NDC_BOOL, NDC_ORDER_C);
  idx = 2;
  CHECK_OK(ndc_array_set_bool(b, &idx, 1, true));
  CHECK_OK(ndc_array_get_bool(b, &idx, 1, &bv));
  CHECK(bv);
  CHECK_OK(ndc_array_get_int64(b, &idx, 1, &i64));
  CHECK_EQ_I64(i64, 1);
  CHECK_OK(ndc_array_set_double(b, &idx, 1, 0.0));
  CHECK_OK(ndc_array_get_bool(b, &idx, 1, &bv));
  CHECK(!bv);
  CHECK_OK(ndc_array_set_int64(b, &idx, 1, 5));
  {
    unsigned char raw = 0;
    CHECK_OK(ndc_array_get(b, &idx, 1, &raw));
    CHECK_EQ_I64(raw, 1);
  }
  ndc_array_release(b);

  /* complex128 and complex64. */
  ndc_array *c = make_zeros(1, n3, NDC_COMPLEX128, NDC_ORDER_C);
  ndc_complex z = {1.25, -2.5};
  idx = -1;
  CHECK_OK(ndc_array_set_complex(c, &idx, 1, z));
  ndc_complex back = {0, 0};
  CHECK_OK(ndc_array_get_complex(c, &idx, 1, &back));
  CHECK_EQ_DBL(back.re, 1.25);
  CHECK_EQ_DBL(back.im, -2.5);
  {
    double raw[2] = {0, 0};
    CHECK_OK(ndc_array_get(c, &idx, 1, raw));
    CHECK_EQ_DBL(raw[0], 1.25);
    CHECK_EQ_DBL(raw[1], -2.5);
  }
  /* Real accessors take the real part (NumPy's unsafe complex -> real). */
  CHECK_OK(ndc_array_get_double(c, &idx, 1, &dv));
  CHECK_EQ_DBL(dv, 1.25);
  ndc_array_release(c);
  ndc_array *c64 = make_zeros(1, n3, NDC_COMPLEX64, NDC_ORDER_C);
  CHECK_OK(ndc_array_set_complex(c64, &idx, 1, z));
  {
    float raw[2] = {0, 0};
    CHECK_OK(ndc_array_get(c64, &idx, 1, raw));
    CHECK(raw[0] == 1.25f && raw[1] == -2.5f);
  }
  ndc_array_release(c64);

  /* float16 / bfloat16 bits. */
  ndc_array *h = make_zeros(1, n3, NDC_FLOAT16, NDC_ORDER_C);
  idx = 0;
  CHECK_OK(ndc_array_set_double(h, &idx, 1, 0.5));
  {
    uint16_t bits = 0;
    CHECK_OK(ndc_array_get(h, &idx, 1, &bits));
    CHECK_EQ_U64(bits, 0x3800);
  }
  CHECK_EQ_DBL(get_d(h, 0, 0, 1), 0.5);
  ndc_array_release(h);
  ndc_array *bf = make_zeros(1, n3, NDC_BFLOAT16, NDC_ORDER_C);
  CHECK_OK(ndc_array_set_double(bf, &idx, 1, 1.0));
  {
    uint16_t bits = 0;
    CHECK_OK(ndc_array_get(bf, &idx, 1, &bits));
    CHECK_EQ_U64(bits, 0x3F80);
  }
  ndc_array_release(bf);

  /* ndc_array_set with a value of another dtype (unsafe cast). */
  ndc_array *i32 = make_zeros(1, n3, NDC_INT32, NDC_ORDER_C);
  {
    double v = 3.9;
    int8_t small = -7;
    int32_t raw = 0;
    idx = 1;
    CHECK_OK(ndc_array_set(i32, &idx, 1, &v, NDC_FLOAT64));
    CHECK_OK(ndc_array_get(i32, &idx, 1, &raw));
    CHECK_EQ_I64(raw, 3);
    CHECK_OK(ndc_array_set(i32, &idx, 1, &small, NDC_INT8));
    CHECK_OK(ndc_array_get(i32, &idx, 1, &raw));
    CHECK_EQ_I64(raw, -7);
    CHECK_OK(ndc_array_get_uint64(i32, &idx, 1, &u64));
    CHECK_EQ_U64(u64, (uint64_t)(int64_t)-7);
  }
  ndc_array_release(i32);

  /* 0-d arrays take no index (NULL is fine with nindex 0). */
  ndc_array *s = make_zeros(0, NULL, NDC_FLOAT64, NDC_ORDER_C);
  CHECK_OK(ndc_array_set_double(s, NULL, 0, 6.25));
  CHECK_OK(ndc_array_get_double(s, NULL, 0, &dv));
  CHECK_EQ_DBL(dv, 6.25);
  ndc_array_release(s);
}

/* ---- from_data -------------------------------------------------------------------- */

static void test_from_data(void) {
  const double cdata[] = {1, 2, 3, 4, 5, 6};
  const int64_t s23[] = {2, 3};
  ndc_array *a = make_f64(cdata, 2, s23);
  CHECK(shape_is(a, 2, s23));
  CHECK(ndc_array_flags(a) & NDC_C_CONTIGUOUS);
  CHECK(ndc_array_flags(a) & NDC_OWNDATA);
  CHECK_EQ_DBL(get_d(a, 1, 2, 2), 6.0);
  CHECK_EQ_DBL(get_d(a, 0, 1, 2), 2.0);
  {
    const void *p = NULL;
    CHECK_OK(ndc_array_data_const(a, &p));
    CHECK(p != (const void *)cdata);
  }
  ndc_array_release(a);

  /* Explicit F strides: the same logical matrix from column-major data. */
  const double fdata[] = {1, 4, 2, 5, 3, 6};
  const int64_t fstrides[] = {8, 16};
  ndc_array *f = NULL;
  CHECK_OK(ndc_array_from_data(fdata, NDC_FLOAT64, 2, s23, fstrides, &f));
  {
    const int64_t cstr[] = {24, 8};
    CHECK(strides_are(f, 2, cstr)); /* the copy is C-contiguous */
  }
  for (int64_t i = 0; i < 2; i++) {
    for (int64_t j = 0; j < 3; j++) {
      CHECK_EQ_DBL(get_d(f, i, j, 2), (double)(i * 3 + j + 1));
    }
  }
  ndc_array_release(f);

  /* Negative strides: element i at data - 8 * i (reversed). */
  const double rdata[] = {1, 2, 3, 4};
  const int64_t n4[] = {4};
  const int64_t neg[] = {-8};
  ndc_array *r = NULL;
  CHECK_OK(ndc_array_from_data(&rdata[3], NDC_FLOAT64, 1, n4, neg, &r));
  for (int64_t i = 0; i < 4; i++) {
    CHECK_EQ_DBL(get_d(r, i, 0, 1), (double)(4 - i));
  }
  ndc_array_release(r);

  /* 2-d with a negative row stride and a non-unit column stride:
   * rows reversed, every other column. */
  const int32_t m[3][4] = {{0, 1, 2, 3}, {10, 11, 12, 13}, {20, 21, 22, 23}};
  const int64_t s32[] = {3, 2};
  const int64_t st[] = {-16, 8};
  ndc_array *g = NULL;
  CHECK_OK(ndc_array_from_data(&m[2][0], NDC_INT32, 2, s32, st, &g));
  {
    static const int64_t expect[3][2] = {{20, 22}, {10, 12}, {0, 2}};
    for (int64_t i = 0; i < 3; i++) {
      for (int64_t j = 0; j < 2; j++) {
        int64_t at[2] = {i, j};
        int64_t v = -1;
        CHECK_OK(ndc_array_get_int64(g, at, 2, &v));
        CHECK_EQ_I64(v, expect[i][j]);
      }
    }
  }
  ndc_array_release(g);

  /* Zero strides broadcast one value. */
  const int16_t one = 9;
  const int64_t zero_stride[] = {0};
  ndc_array *z = NULL;
  CHECK_OK(ndc_array_from_data(&one, NDC_INT16, 1, n4, zero_stride, &z));
  CHECK_EQ_DBL(get_d(z, 3, 0, 1), 9.0);
  ndc_array_release(z);

  /* Empty arrays need no data. */
  const int64_t s0[] = {0};
  ndc_array *e = NULL;
  CHECK_OK(ndc_array_from_data(NULL, NDC_FLOAT64, 1, s0, NULL, &e));
  CHECK_EQ_I64(ndc_array_size(e), 0);
  ndc_array_release(e);

  /* 0-d. */
  const double pi = 3.25;
  ndc_array *s = NULL;
  CHECK_OK(ndc_array_from_data(&pi, NDC_FLOAT64, 0, NULL, NULL, &s));
  CHECK_EQ_I64(ndc_array_ndim(s), 0);
  CHECK_EQ_DBL(get_d(s, 0, 0, 0), 3.25);
  ndc_array_release(s);
}

/* ---- from_buffer -------------------------------------------------------------------- */

static void test_from_buffer(void) {
  const int64_t s23[] = {2, 3};
  struct deleter_log log = {0, NULL, 1};
  double *buf = (double *)malloc(6 * sizeof(double));
  for (int i = 0; i < 6; i++) {
    buf[i] = i;
  }
  ndc_array *a = NULL;
  CHECK_OK(ndc_array_from_buffer(buf, 6 * sizeof(double), NDC_FLOAT64, 2, s23, NULL, 0, 0,
                                 counting_deleter, &log, &a));
  CHECK(shape_is(a, 2, s23));
  CHECK_EQ_U64(ndc_array_flags(a) & NDC_OWNDATA, 0);
  CHECK(ndc_array_flags(a) & NDC_WRITEABLE);
  CHECK(ndc_array_flags(a) & NDC_C_CONTIGUOUS);
  CHECK(ndc_array_flags(a) & NDC_ALIGNED);
  {
    void *p = NULL;
    CHECK_OK(ndc_array_data(a, &p));
    CHECK(p == (void *)buf);
  }
  /* Zero-copy both ways. */
  buf[4] = 99.0;
  CHECK_EQ_DBL(get_d(a, 1, 1, 2), 99.0);
  {
    int64_t at[2] = {1, 2};
    CHECK_OK(ndc_array_set_double(a, at, 2, 7.0));
    CHECK_EQ_DBL(buf[5], 7.0);
  }

  /* A copy does not keep the memory alive. */
  ndc_array *copy = NULL;
  CHECK_OK(ndc_array_copy(a, NDC_ORDER_DEFAULT, &copy));
  CHECK(ndc_array_flags(copy) & NDC_OWNDATA);

  /* Extra references: the deleter waits for the last one. */
  CHECK(ndc_array_retain(a) == a);
  ndc_array *same = NULL;
  CHECK_OK(ndc_ascontiguousarray(a, &same)); /* a itself, a new reference */
  CHECK(same == a);
  ndc_array_release(a);
  CHECK_EQ_I64(log.calls, 0);
  ndc_array_release(a);
  CHECK_EQ_I64(log.calls, 0);
  ndc_array_release(same);
  CHECK_EQ_I64(log.calls, 1);
  CHECK(log.data_seen == (void *)buf);
  /* The copy is independent and still readable. */
  CHECK_EQ_DBL(get_d(copy, 1, 1, 2), 99.0);
  CHECK_EQ_DBL(get_d(copy, 1, 2, 2), 7.0);
  ndc_array_release(copy);
  CHECK_EQ_I64(log.calls, 1);

  /* A view outliving the first handle: 0-d -> 1-d view. */
  struct deleter_log vlog = {0, NULL, 1};
  int64_t *one = (int64_t *)malloc(sizeof(int64_t));
  *one = 123;
  ndc_array *s = NULL;
  CHECK_OK(ndc_array_from_buffer(one, sizeof(int64_t), NDC_INT64, 0, NULL, NULL, 0, 0,
                                 counting_deleter, &vlog, &s));
  ndc_array *view = NULL;
  CHECK_OK(ndc_ascontiguousarray(s, &view));
  CHECK(view != s);
  ndc_array_release(s);
  CHECK_EQ_I64(vlog.calls, 0);
  {
    int64_t i0 = 0, v = 0;
    CHECK_OK(ndc_array_get_int64(view, &i0, 1, &v));
    CHECK_EQ_I64(v, 123);
    *one = 124;
    CHECK_OK(ndc_array_get_int64(view, &i0, 1, &v));
    CHECK_EQ_I64(v, 124);
  }
  ndc_array_release(view);
  CHECK_EQ_I64(vlog.calls, 1);

  /* An offset and explicit strides: every other element, starting at 1. */
  struct deleter_log olog = {0, NULL, 0};
  double local[5] = {0, 1, 2, 3, 4};
  const int64_t n2[] = {2};
  const int64_t by2[] = {16};
  ndc_array *o = NULL;
  CHECK_OK(ndc_array_from_buffer(local, sizeof local, NDC_FLOAT64, 1, n2, by2, 8, 0,
                                 counting_deleter, &olog, &o));
  CHECK_EQ_DBL(get_d(o, 0, 0, 1), 1.0);
  CHECK_EQ_DBL(get_d(o, 1, 0, 1), 3.0);
  CHECK_EQ_U64(ndc_array_flags(o) & (NDC_C_CONTIGUOUS | NDC_F_CONTIGUOUS), 0);
  {
    const void *p = NULL;
    CHECK_OK(ndc_array_data_const(o, &p));
    CHECK(p == (const void *)&local[1]);
  }
  ndc_array_release(o);
  CHECK_EQ_I64(olog.calls, 1);
  CHECK(olog.data_seen == (void *)local);

  /* Negative strides inside the buffer: element 0 is the last double. */
  const int64_t n5[] = {5};
  const int64_t back[] = {-8};
  ndc_array *rev = NULL;
  CHECK_OK(ndc_array_from_buffer(local, sizeof local, NDC_FLOAT64, 1, n5, back, 32, 0, NULL,
                                 NULL, &rev));
  CHECK_EQ_DBL(get_d(rev, 0, 0, 1), 4.0);
  CHECK_EQ_DBL(get_d(rev, 4, 0, 1), 0.0);
  ndc_array_release(rev);

  /* Read-only wrapping. */
  struct deleter_log rlog = {0, NULL, 0};
  ndc_array *ro = NULL;
  CHECK_OK(ndc_array_from_buffer(local, sizeof local, NDC_FLOAT64, 1, n5, NULL, 0,
                                 NDC_BUFFER_READONLY, counting_deleter, &rlog, &ro));
  CHECK_EQ_U64(ndc_array_flags(ro) & NDC_WRITEABLE, 0);
  {
    int64_t i0 = 0;
    void *p = (void *)&p;
    const void *cp = NULL;
    CHECK_STATUS(ndc_array_set_double(ro, &i0, 1, 1.0), NDC_ERR_READONLY);
    CHECK_STATUS(ndc_array_data(ro, &p), NDC_ERR_READONLY);
    CHECK(p == (void *)&p);
    CHECK_OK(ndc_array_data_const(ro, &cp));
    CHECK(cp == (const void *)local);
    /* The memory is read-only: the flag cannot be set again. */
    CHECK_STATUS(ndc_array_set_readonly(ro, false), NDC_ERR_READONLY);
    CHECK_OK(ndc_array_set_readonly(ro, true));
    CHECK_EQ_DBL(local[0], 0.0);
    /* A copy of read-only memory is writeable. */
    ndc_array *w = NULL;
    CHECK_OK(ndc_array_copy(ro, NDC_ORDER_C, &w));
    CHECK(ndc_array_flags(w) & NDC_WRITEABLE);
    CHECK_OK(ndc_array_set_double(w, &i0, 1, 1.0));
    ndc_array_release(w);
  }
  ndc_array_release(ro);
  CHECK_EQ_I64(rlog.calls, 1);

  /* Failures never call the deleter and leave *out alone. */
  struct deleter_log flog = {0, NULL, 0};
  ndc_array *untouched = (ndc_array *)&flog;
  const int64_t n6[] = {6};
  const int64_t too_far[] = {16};
  /* misaligned element 0 */
  CHECK_STATUS(ndc_array_from_buffer((char *)local + 1, 32, NDC_FLOAT64, 1, n2, NULL, 0, 0,
                                     counting_deleter, &flog, &untouched),
               NDC_ERR_INVALID_ARGUMENT);
  /* misaligned offset */
  CHECK_STATUS(ndc_array_from_buffer(local, sizeof local, NDC_FLOAT64, 1, n2, NULL, 4, 0,
                                     counting_deleter, &flog, &untouched),
               NDC_ERR_INVALID_ARGUMENT);
  /* strides reaching past nbytes */
  CHECK_STATUS(ndc_array_from_buffer(local, sizeof local, NDC_FLOAT64, 1, n5, too_far, 0, 0,
                                     counting_deleter, &flog, &untouched),
               NDC_ERR_INVALID_ARGUMENT);
  /* more elements than bytes */
  CHECK_STATUS(ndc_array_from_buffer(local, sizeof local, NDC_FLOAT64, 1, n6, NULL, 0, 0,
                                     counting_deleter, &flog, &untouched),
               NDC_ERR_INVALID_ARGUMENT);
  /* negative stride reaching before data */
  CHECK_STATUS(ndc_array_from_buffer(local, sizeof local, NDC_FLOAT64, 1, n2, back, 0, 0,
                                     counting_deleter, &flog, &untouched),
               NDC_ERR_INVALID_ARGUMENT);
  /* invalid dtype, bad shape, NULL out */
  CHECK_STATUS(ndc_array_from_buffer(local, sizeof local, 99, 1, n2, NULL, 0, 0,
                                     counting_deleter, &flog, &untouched),
               NDC_ERR_DTYPE);
  {
    const int64_t negdim[] = {-2};
    CHECK_STATUS(ndc_array_from_buffer(local, sizeof local, NDC_FLOAT64, 1, negdim, NULL, 0, 0,
                                       counting_deleter, &flog, &untouched),
                 NDC_ERR_INVALID_ARGUMENT);
  }
  CHECK_STATUS(ndc_array_from_buffer(local, sizeof local, NDC_FLOAT64, 1, n2, NULL, 0, 0,
                                     counting_deleter, &flog, NULL),
               NDC_ERR_NULL_POINTER);
  CHECK_EQ_I64(flog.calls, 0);
  CHECK(untouched == (ndc_array *)&flog);
}

/* ---- threads: retain/release from many threads, thread-local errors ------------ */

struct hammer {
  ndc_array *a;
  int rounds;
  int ok;
};

static void *hammer_main(void *arg) {
  struct hammer *h = (struct hammer *)arg;
  h->ok = 1;
  for (int i = 0; i < h->rounds; i++) {
    if (ndc_array_retain(h->a) != h->a) {
      h->ok = 0;
    }
    if (ndc_array_size(h->a) != 4) {
      h->ok = 0;
    }
    ndc_array_release(h->a);
  }
  /* This thread's error message is its own. */
  ndc_dtype d;
  if (ndc_dtype_from_string("thread-local", &d) != NDC_ERR_DTYPE ||
      strcmp(ndc_last_error_message(), "data type 'thread-local' not understood") != 0) {
    h->ok = 0;
  }
  return NULL;
}

static void *release_main(void *arg) {
  ndc_array_release((ndc_array *)arg);
  return NULL;
}

static void test_thread_safety(void) {
  struct deleter_log log = {0, NULL, 1};
  double *buf = (double *)calloc(4, sizeof(double));
  const int64_t n4[] = {4};
  ndc_array *a = NULL;
  CHECK_OK(ndc_array_from_buffer(buf, 4 * sizeof(double), NDC_FLOAT64, 1, n4, NULL, 0, 0,
                                 counting_deleter, &log, &a));

  ndc_dtype d;
  CHECK_STATUS(ndc_dtype_from_string("main-thread", &d), NDC_ERR_DTYPE);

  enum { NT = 4 };
  pthread_t th[NT];
  struct hammer h[NT];
  for (int i = 0; i < NT; i++) {
    h[i].a = a;
    h[i].rounds = 20000;
    h[i].ok = 0;
    CHECK(pthread_create(&th[i], NULL, hammer_main, &h[i]) == 0);
  }
  for (int i = 0; i < NT; i++) {
    CHECK(pthread_join(th[i], NULL) == 0);
    CHECK(h[i].ok);
  }
  CHECK_EQ_I64(log.calls, 0);
  CHECK_MSG_IS("data type 'main-thread' not understood");

  /* The last reference released on another thread runs the deleter there,
   * exactly once. */
  pthread_t t;
  CHECK(pthread_create(&t, NULL, release_main, a) == 0);
  CHECK(pthread_join(t, NULL) == 0);
  CHECK_EQ_I64(log.calls, 1);
  CHECK(log.data_seen == (void *)buf);
}

/* ---- copies and conversions ------------------------------------------------------- */

static void test_copies(void) {
  const double data[] = {0.5, 1.5, 2.7, -3.2, 4.0, 5.9};
  const int64_t s23[] = {2, 3};
  ndc_array *a = make_f64(data, 2, s23);

  /* copy (default K keeps C order), copy F. */
  ndc_array *c = NULL;
  CHECK_OK(ndc_array_copy(a, NDC_ORDER_DEFAULT, &c));
  CHECK(c != a);
  CHECK(ndc_array_flags(c) & NDC_C_CONTIGUOUS);
  CHECK(ndc_array_flags(c) & NDC_OWNDATA);
  CHECK_EQ_DBL(get_d(c, 1, 2, 2), 5.9);
  {
    int64_t at[2] = {0, 0};
    CHECK_OK(ndc_array_set_double(c, at, 2, 100.0));
    CHECK_EQ_DBL(get_d(a, 0, 0, 2), 0.5); /* independent */
  }
  ndc_array *f = NULL;
  CHECK_OK(ndc_array_copy(a, NDC_ORDER_F, &f));
  {
    const int64_t fs[] = {8, 16};
    CHECK(strides_are(f, 2, fs));
  }
  CHECK_EQ_DBL(get_d(f, 1, 0, 2), -3.2);
  /* K copy of an F array stays F; C copy of it is C; A copy is F. */
  ndc_array *fk = NULL, *fc = NULL, *fa = NULL;
  CHECK_OK(ndc_array_copy(f, NDC_ORDER_K, &fk));
  CHECK(ndc_array_flags(fk) & NDC_F_CONTIGUOUS);
  CHECK_OK(ndc_array_copy(f, NDC_ORDER_C, &fc));
  CHECK(ndc_array_flags(fc) & NDC_C_CONTIGUOUS);
  CHECK_OK(ndc_array_copy(f, NDC_ORDER_A, &fa));
  CHECK(ndc_array_flags(fa) & NDC_F_CONTIGUOUS);
  CHECK_EQ_DBL(get_d(fc, 1, 2, 2), 5.9);
  CHECK_EQ_DBL(get_d(fa, 1, 2, 2), 5.9);

  /* astype: unsafe by default (truncation towards zero). */
  ndc_array *i = NULL;
  CHECK_OK(ndc_array_astype(a, NDC_INT32, NDC_CASTING_DEFAULT, NDC_ORDER_DEFAULT, &i));
  CHECK_EQ_I64(ndc_array_dtype(i), NDC_INT32);
  CHECK_EQ_DBL(get_d(i, 0, 2, 2), 2.0);
  CHECK_EQ_DBL(get_d(i, 1, 0, 2), -3.0);
  CHECK_EQ_DBL(get_d(i, 1, 2, 2), 5.0);
  /* astype of an F array keeps F (K). */
  ndc_array *fi = NULL;
  CHECK_OK(ndc_array_astype(f, NDC_INT64, NDC_CASTING_UNSAFE, NDC_ORDER_DEFAULT, &fi));
  CHECK(ndc_array_flags(fi) & NDC_F_CONTIGUOUS);
  /* same_kind allows float64 -> float32; no / safe refuse float64 -> int8. */
  ndc_array *f32 = NULL;
  CHECK_OK(ndc_array_astype(a, NDC_FLOAT32, NDC_CASTING_SAME_KIND, NDC_ORDER_C, &f32));
  CHECK_EQ_I64(ndc_array_dtype(f32), NDC_FLOAT32);
  ndc_array *refused = (ndc_array *)&refused;
  CHECK_STATUS(ndc_array_astype(a, NDC_INT8, NDC_CASTING_SAFE, NDC_ORDER_DEFAULT, &refused),
               NDC_ERR_DTYPE);
  CHECK_MSG_IS(
      "Cannot cast array data from dtype('float64') to dtype('int8') according to the rule "
      "'safe'");
  CHECK(refused == (ndc_array *)&refused);
  CHECK_STATUS(ndc_array_astype(a, NDC_FLOAT32, NDC_CASTING_NO, NDC_ORDER_DEFAULT, &refused),
               NDC_ERR_DTYPE);
  CHECK_MSG_IS(
      "Cannot cast array data from dtype('float64') to dtype('float32') according to the rule "
      "'no'");
  /* The same dtype is always a new array. */
  ndc_array *same = NULL;
  CHECK_OK(ndc_array_astype(a, NDC_FLOAT64, NDC_CASTING_NO, NDC_ORDER_DEFAULT, &same));
  CHECK(same != a);
  CHECK_EQ_DBL(get_d(same, 1, 1, 2), 4.0);

  /* ascontiguousarray / asfortranarray. */
  ndc_array *ca = NULL;
  CHECK_OK(ndc_ascontiguousarray(a, &ca));
  CHECK(ca == a);
  ndc_array *cf = NULL;
  CHECK_OK(ndc_ascontiguousarray(f, &cf));
  CHECK(cf != f);
  CHECK(ndc_array_flags(cf) & NDC_C_CONTIGUOUS);
  CHECK_EQ_DBL(get_d(cf, 1, 0, 2), -3.2);
  ndc_array *ff = NULL;
  CHECK_OK(ndc_asfortranarray(f, &ff));
  CHECK(ff == f);
  ndc_array *fa2 = NULL;
  CHECK_OK(ndc_asfortranarray(a, &fa2));
  CHECK(fa2 != a);
  CHECK(ndc_array_flags(fa2) & NDC_F_CONTIGUOUS);
  CHECK_EQ_DBL(get_d(fa2, 0, 1, 2), 1.5);
  /* A 1-d array is both: returned as is by both functions. */
  const int64_t n3[] = {3};
  ndc_array *v = make_zeros(1, n3, NDC_INT8, NDC_ORDER_C);
  ndc_array *v1 = NULL, *v2 = NULL;
  CHECK_OK(ndc_ascontiguousarray(v, &v1));
  CHECK_OK(ndc_asfortranarray(v, &v2));
  CHECK(v1 == v && v2 == v);
  /* 0-d gives 1-d. */
  ndc_array *s = make_zeros(0, NULL, NDC_FLOAT64, NDC_ORDER_C);
  ndc_array *s1 = NULL;
  CHECK_OK(ndc_asfortranarray(s, &s1));
  CHECK_EQ_I64(ndc_array_ndim(s1), 1);
  CHECK_EQ_I64(ndc_array_size(s1), 1);

  ndc_array *all[] = {a, c, f, fk, fc, fa, i, fi, f32, same, ca, cf, ff, fa2, v, v1, v2, s, s1};
  for (size_t k = 0; k < sizeof all / sizeof all[0]; k++) {
    ndc_array_release(all[k]);
  }
}

int main(void) {
  test_refcount();
  test_metadata();
  test_readonly();
  test_errors();
  test_debug_panic();
  test_dtypes();
  test_promotion();
  test_versions();
  test_threads();
  test_blas_info();
  test_elements();
  test_from_data();
  test_from_buffer();
  test_thread_safety();
  test_copies();
  return CHECK_DONE();
}
