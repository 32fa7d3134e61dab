/*
 * test_ufunc.c - ufuncs, broadcasting and the elementwise functions from C.
 * Expected texts are NumPy 2.4's repr() of the same expressions.
 */
#include <math.h>

#include "check.h"

static ndc_ufunc_options opts0(void) {
  ndc_ufunc_options o;
  memset(&o, 0, sizeof o);
  o.struct_size = sizeof o;
  return o;
}

static ndc_array *f64(const double *v, int32_t ndim, const int64_t *shape) {
  ndc_array *a = NULL;
  ndc_array_from_data(v, NDC_FLOAT64, ndim, shape, NULL, &a);
  return a;
}

static ndc_array *i64(const int64_t *v, int64_t n) {
  ndc_array *a = NULL;
  ndc_array_from_data(v, NDC_INT64, 1, &n, NULL, &a);
  return a;
}

static void test_broadcast_and_promotion(void) {
  const double m[] = {0, 1, 2, 3, 4, 5}, r[] = {10, 20, 30};
  const int64_t s23[] = {2, 3}, s3[] = {3}, s5[] = {5};
  ndc_array *a = f64(m, 2, s23), *b = f64(r, 1, s3), *c = NULL, *d = NULL, *e = NULL;
  CHECK_OK(ndc_add(a, b, NULL, &c));
  EXPECT_REPR(c, "array([[10., 21., 32.],\n       [13., 24., 35.]])");

  CHECK_OK(ndc_ones(1, s5, NDC_FLOAT64, NDC_ORDER_C, &d));
  e = (ndc_array *)0x1;
  CHECK_STATUS(ndc_add(a, d, NULL, &e), NDC_ERR_SHAPE);
  CHECK_MSG_IS("operands could not be broadcast together with shapes (2,3) (5,) ");
  CHECK(e == (ndc_array *)0x1);

  /* float32 array * 2.0 stays float32; uint8 + 1 stays uint8. */
  ndc_array *f = NULL, *two = NULL, *one = NULL, *u8 = NULL, *big = NULL, *i8 = NULL;
  CHECK_OK(ndc_arange(0, 4, 1, NDC_FLOAT32, &f));
  CHECK_OK(ndc_scalar_double(2.0, &two));
  CHECK_OK(ndc_multiply(f, two, NULL, &c));
  EXPECT_REPR(c, "array([0., 2., 4., 6.], dtype=float32)");
  CHECK_OK(ndc_arange_int(0, 3, 1, NDC_UINT8, &u8));
  CHECK_OK(ndc_scalar_int64(1, &one));
  CHECK_OK(ndc_add(u8, one, NULL, &c));
  EXPECT_REPR(c, "array([1, 2, 3], dtype=uint8)");
  /* int8 + 300 fails as NumPy 2 raises OverflowError. */
  CHECK_OK(ndc_arange_int(0, 3, 1, NDC_INT8, &i8));
  CHECK_OK(ndc_scalar_int64(300, &big));
  CHECK_STATUS(ndc_add(i8, big, NULL, &c), NDC_ERR_OVERFLOW);
  CHECK_MSG_IS("Python integer 300 out of bounds for int8");
  /* ...but comparing with it is exact. */
  CHECK_OK(ndc_less(i8, big, NULL, &c));
  EXPECT_REPR(c, "array([ True,  True,  True])");
  /* int32 / 2 -> float64 (the seed's type-coercion gotcha). */
  ndc_array *i32 = NULL;
  CHECK_OK(ndc_arange_int(1, 4, 1, NDC_INT32, &i32));
  CHECK_OK(ndc_scalar_int64(2, &c));
  CHECK_OK(ndc_divide(i32, c, NULL, &e));
  ndc_array_release(c);
  EXPECT_REPR(e, "array([0.5, 1. , 1.5])");
  /* bool subtract is refused with NumPy's text. */
  ndc_array *t = NULL;
  CHECK_OK(ndc_scalar_bool(true, &t));
  CHECK_STATUS(ndc_subtract(t, t, NULL, &c), NDC_ERR_DTYPE);
  CHECK_MSG_CONTAINS("numpy boolean subtract, the `-` operator, is not supported");
  CHECK_STATUS(ndc_invert(f, NULL, &c), NDC_ERR_DTYPE);
  CHECK_MSG_IS("ufunc 'invert' not supported for the input types, and the inputs could not be "
               "safely coerced to any supported types according to the casting rule ''safe''");

  ndc_array *objs[] = {a, b, d, f, two, one, u8, big, i8, i32, t};
  for (size_t k = 0; k < sizeof objs / sizeof objs[0]; k++) ndc_array_release(objs[k]);
}

static void test_out_where_overlap(void) {
  const double v[] = {0, 10, 20, 30};
  const int64_t s4[] = {4}, s3[] = {3};
  ndc_array *a = f64(v, 1, s4), *one = NULL, *r = NULL;
  ndc_ufunc_options o = opts0();
  CHECK_OK(ndc_scalar_double(1.0, &one));

  /* In place: out = input. */
  o.out = a;
  CHECK_OK(ndc_add(a, one, &o, &r));
  CHECK(r == a);
  ndc_array_release(r);
  CHECK_OK(ndc_add(a, one, &o, NULL)); /* NULL result slot is fine with out */
  EXPECT_REPR(ndc_array_retain(a), "array([ 2., 12., 22., 32.])");

  /* np.add(a[:-1], 1, out=a[1:]) overlaps: NumPy copies the input first. */
  double buf[] = {0, 10, 20, 30};
  ndc_array *lo = NULL, *hi = NULL;
  CHECK_OK(ndc_array_from_buffer(buf, sizeof buf, NDC_FLOAT64, 1, s3, NULL, 0, 0, NULL, NULL, &lo));
  CHECK_OK(ndc_array_from_buffer(buf, sizeof buf, NDC_FLOAT64, 1, s3, NULL, 8, 0, NULL, NULL, &hi));
  o.out = hi;
  CHECK_OK(ndc_add(lo, one, &o, NULL));
  CHECK_EQ_DBL(buf[0], 0);
  CHECK_EQ_DBL(buf[1], 1);
  CHECK_EQ_DBL(buf[2], 11);
  CHECK_EQ_DBL(buf[3], 21);
  /* The same with two array inputs (the direct path for small calls):
   * np.add(a[:-1], a[:-1], out=a[1:]) on [0, 1, 11, 21] -> [0, 0, 2, 22]. */
  CHECK_OK(ndc_add(lo, lo, &o, NULL));
  CHECK_EQ_DBL(buf[0], 0);
  CHECK_EQ_DBL(buf[1], 0);
  CHECK_EQ_DBL(buf[2], 2);
  CHECK_EQ_DBL(buf[3], 22);
  ndc_array_release(lo);
  ndc_array_release(hi);

  /* Repeated direct calls whose dtypes change pick each call's loop. */
  const int32_t iv[] = {1, 2, 3};
  ndc_array *ia = NULL, *io = NULL, *fo = NULL, *fa = f64(v, 1, s3);
  CHECK_OK(ndc_array_from_data(iv, NDC_INT32, 1, s3, NULL, &ia));
  CHECK_OK(ndc_zeros(1, s3, NDC_INT32, NDC_ORDER_C, &io));
  CHECK_OK(ndc_zeros(1, s3, NDC_FLOAT64, NDC_ORDER_C, &fo));
  for (int k = 0; k < 2; k++) {
    o.out = io;
    CHECK_OK(ndc_add(ia, ia, &o, NULL));
    EXPECT_REPR(ndc_array_retain(io), "array([2, 4, 6], dtype=int32)");
    o.out = fo;
    CHECK_OK(ndc_add(fa, fa, &o, NULL));
    EXPECT_REPR(ndc_array_retain(fo), "array([ 0., 20., 40.])");
  }
  ndc_array_release(fa);
  ndc_array_release(ia);
  ndc_array_release(io);
  ndc_array_release(fo);

  /* where= keeps out's values where the mask is false. */
  ndc_array *z = NULL, *ones = NULL, *mask = NULL;
  const bool mv[] = {true, false, true};
  CHECK_OK(ndc_zeros(1, s3, NDC_FLOAT64, NDC_ORDER_C, &z));
  CHECK_OK(ndc_ones(1, s3, NDC_FLOAT64, NDC_ORDER_C, &ones));
  CHECK_OK(ndc_array_from_data(mv, NDC_BOOL, 1, s3, NULL, &mask));
  o = opts0();
  o.out = z;
  o.where_ = mask;
  CHECK_OK(ndc_add(ones, one, &o, NULL));
  EXPECT_REPR(ndc_array_retain(z), "array([2., 0., 2.])");
  /* where without out is refused (NumPy would leave memory uninitialized). */
  o.out = NULL;
  CHECK_STATUS(ndc_add(ones, one, &o, &r), NDC_ERR_INVALID_ARGUMENT);

  /* out of another dtype: same_kind refuses float64 -> int64 ... */
  ndc_array *iout = NULL;
  CHECK_OK(ndc_zeros(1, s3, NDC_INT64, NDC_ORDER_C, &iout));
  o = opts0();
  o.out = iout;
  CHECK_STATUS(ndc_add(ones, one, &o, NULL), NDC_ERR_DTYPE);
  CHECK_MSG_IS("Cannot cast ufunc 'add' output from dtype('float64') to dtype('int64') with "
               "casting rule 'same_kind'");
  /* ... unsafe allows it. */
  o.casting = NDC_CASTING_UNSAFE;
  CHECK_OK(ndc_add(ones, one, &o, NULL));
  EXPECT_REPR(ndc_array_retain(iout), "array([2, 2, 2])");
  /* dtype= with casting='no' refuses the input cast. */
  o = opts0();
  o.dtype = NDC_FLOAT32;
  o.casting = NDC_CASTING_NO;
  CHECK_STATUS(ndc_add(ones, ones, &o, &r), NDC_ERR_DTYPE);
  CHECK_MSG_IS("Cannot cast ufunc 'add' input 0 from dtype('float64') to dtype('float32') with "
               "casting rule 'no'");

  /* Read-only out. */
  CHECK_OK(ndc_array_set_readonly(z, true));
  o = opts0();
  o.out = z;
  CHECK_STATUS(ndc_add(ones, one, &o, NULL), NDC_ERR_READONLY);
  CHECK_MSG_IS("output array is read-only");
  /* Out of the wrong shape. */
  o.out = a;
  CHECK_STATUS(ndc_add(ones, one, &o, NULL), NDC_ERR_SHAPE);

  ndc_array *objs[] = {a, one, z, ones, mask, iout};
  for (size_t k = 0; k < sizeof objs / sizeof objs[0]; k++) ndc_array_release(objs[k]);
}

static void test_bad_input(void) {
  ndc_array *a = NULL, *r = (ndc_array *)0x1;
  const int64_t s3[] = {3};
  CHECK_OK(ndc_ones(1, s3, NDC_FLOAT64, NDC_ORDER_C, &a));
  CHECK_STATUS(ndc_add(NULL, a, NULL, &r), NDC_ERR_NULL_POINTER);
  CHECK_STATUS(ndc_add(a, NULL, NULL, &r), NDC_ERR_NULL_POINTER);
  CHECK_STATUS(ndc_add(a, a, NULL, NULL), NDC_ERR_NULL_POINTER);
  CHECK_STATUS(ndc_sqrt(NULL, NULL, &r), NDC_ERR_NULL_POINTER);
  CHECK(r == (ndc_array *)0x1);
  ndc_ufunc_options o = opts0();
  o.struct_size = 4;
  CHECK_STATUS(ndc_add(a, a, &o, &r), NDC_ERR_INVALID_ARGUMENT);
  o = opts0();
  o.dtype = 16;
  CHECK_STATUS(ndc_add(a, a, &o, &r), NDC_ERR_DTYPE);
  o = opts0();
  o.casting = 99;
  CHECK_STATUS(ndc_add(a, a, &o, &r), NDC_ERR_INVALID_ARGUMENT);
  CHECK(r == (ndc_array *)0x1);
  /* The generic entry point. */
  const ndc_array *ins[] = {a, a};
  ndc_array *outs[2] = {NULL, NULL};
  CHECK_OK(ndc_ufunc("true_divide", 2, ins, NULL, 1, outs));
  EXPECT_REPR(outs[0], "array([1., 1., 1.])");
  CHECK_STATUS(ndc_ufunc("no_such_ufunc", 2, ins, NULL, 1, outs), NDC_ERR_INVALID_ARGUMENT);
  CHECK_STATUS(ndc_ufunc("add", 1, ins, NULL, 1, outs), NDC_ERR_INVALID_ARGUMENT);
  CHECK_STATUS(ndc_ufunc(NULL, 2, ins, NULL, 1, outs), NDC_ERR_NULL_POINTER);
  ndc_array_release(a);
}

static void test_two_outputs(void) {
  const int64_t av[] = {-7, 7, 5}, bv[] = {3, -3, 0};
  ndc_array *a = i64(av, 3), *b = i64(bv, 3), *q = NULL, *r = NULL;
  CHECK_OK(ndc_divmod(a, b, NULL, &q, &r));
  EXPECT_REPR(q, "array([-3, -3,  0])");
  EXPECT_REPR(r, "array([ 2, -2,  0])");
  const double fv[] = {8.0, 0.3};
  const int64_t s2[] = {2};
  ndc_array *f = f64(fv, 1, s2), *m = NULL, *e = NULL;
  CHECK_OK(ndc_frexp(f, NULL, &m, &e));
  EXPECT_REPR(m, "array([0.5, 0.6])");
  EXPECT_REPR(e, "array([ 4, -1], dtype=int32)");
  const int64_t pv[] = {10, 3}, basev[] = {2, 3};
  ndc_array *p = i64(pv, 2), *base = i64(basev, 2), *pw = NULL, *neg = NULL;
  CHECK_OK(ndc_power(base, p, NULL, &pw));
  EXPECT_REPR(pw, "array([1024,   27])");
  CHECK_OK(ndc_scalar_int64(-1, &neg));
  CHECK_STATUS(ndc_power(base, neg, NULL, &pw), NDC_ERR_INVALID_ARGUMENT);
  CHECK_MSG_IS("Integers to negative integer powers are not allowed.");
  ndc_array *objs[] = {a, b, f, p, base, neg};
  for (size_t k = 0; k < sizeof objs / sizeof objs[0]; k++) ndc_array_release(objs[k]);
}

static void test_broadcast_functions(void) {
  const int64_t s31[] = {3, 1}, s4[] = {4};
  const int64_t *shapes[] = {s31, s4};
  const int32_t ndims[] = {2, 1};
  int64_t out_shape[4] = {0};
  int32_t nd = -1;
  CHECK_OK(ndc_broadcast_shapes(2, ndims, shapes, out_shape, 4, &nd));
  CHECK_EQ_I64(nd, 2);
  CHECK_EQ_I64(out_shape[0], 3);
  CHECK_EQ_I64(out_shape[1], 4);
  CHECK_STATUS(ndc_broadcast_shapes(2, ndims, shapes, out_shape, 1, &nd), NDC_ERR_INVALID_ARGUMENT);

  ndc_array *a = NULL, *v = NULL;
  CHECK_OK(ndc_arange(0, 4, 1, NDC_FLOAT64, &a));
  const int64_t s34[] = {3, 4};
  CHECK_OK(ndc_broadcast_to(a, 2, s34, &v));
  CHECK_EQ_I64(ndc_array_strides(v)[0], 0);
  CHECK(!(ndc_array_flags(v) & NDC_WRITEABLE));
  EXPECT_REPR(v, "array([[0., 1., 2., 3.],\n       [0., 1., 2., 3.],\n       [0., 1., 2., 3.]])");
  const int64_t s5[] = {5};
  v = (ndc_array *)0x1;
  CHECK_STATUS(ndc_broadcast_to(a, 1, s5, &v), NDC_ERR_SHAPE);
  CHECK(v == (ndc_array *)0x1);

  ndc_array *col = NULL, *pair[2] = {NULL, NULL};
  CHECK_OK(ndc_zeros(2, s31, NDC_INT32, NDC_ORDER_C, &col));
  const ndc_array *ins[] = {a, col};
  CHECK_OK(ndc_broadcast_arrays(2, ins, pair));
  CHECK_EQ_I64(ndc_array_shape(pair[0])[0], 3);
  CHECK_EQ_I64(ndc_array_shape(pair[1])[1], 4);
  CHECK_EQ_I64(ndc_array_dtype(pair[1]), NDC_INT32);
  ndc_array_release(pair[0]);
  ndc_array_release(pair[1]);
  ndc_array_release(col);
  ndc_array_release(a);
}

static void test_elementwise(void) {
  ndc_array *a = NULL, *lo = NULL, *hi = NULL, *r = NULL;
  CHECK_OK(ndc_arange_int(0, 6, 1, NDC_INT64, &a));
  CHECK_OK(ndc_scalar_int64(1, &lo));
  CHECK_OK(ndc_scalar_int64(4, &hi));
  CHECK_OK(ndc_clip(a, lo, hi, NULL, &r));
  EXPECT_REPR(r, "array([1, 1, 2, 3, 4, 4])");
  CHECK_STATUS(ndc_clip(a, NULL, NULL, NULL, &r), NDC_ERR_INVALID_ARGUMENT);

  const bool cv[] = {true, false, true};
  const int64_t xv[] = {1, 2, 3};
  const double yv[] = {-1.5, -2.5, -3.5};
  const int64_t s3[] = {3};
  ndc_array *c = NULL, *x = i64(xv, 3), *y = f64(yv, 1, s3);
  CHECK_OK(ndc_array_from_data(cv, NDC_BOOL, 1, s3, NULL, &c));
  CHECK_OK(ndc_where(c, x, y, &r));
  EXPECT_REPR(r, "array([ 1. , -2.5,  3. ])");

  const double p[] = {1.0, 1.1, NAN}, q[] = {1.0 + 1e-9, 1.0, NAN};
  ndc_array *pa = f64(p, 1, s3), *qa = f64(q, 1, s3);
  CHECK_OK(ndc_isclose(pa, qa, 1e-5, 1e-8, false, &r));
  EXPECT_REPR(r, "array([ True, False, False])");
  bool yes = false;
  CHECK_OK(ndc_allclose(pa, pa, 1e-5, 1e-8, true, &yes));
  CHECK(yes);
  CHECK_OK(ndc_array_equal(pa, pa, false, &yes));
  CHECK(!yes);
  CHECK_OK(ndc_array_equal(pa, pa, true, &yes));
  CHECK(yes);
  CHECK_OK(ndc_array_equiv(x, x, &yes));
  CHECK(yes);

  const double rv[] = {0.5, 1.5, 2.675};
  ndc_array *ra = f64(rv, 1, s3);
  CHECK_OK(ndc_round(ra, 2, &r));
  EXPECT_REPR(r, "array([0.5 , 1.5 , 2.68])");

  const double zv[] = {1, 1, -1, 0};
  const int64_t s2[] = {2};
  ndc_array *z = NULL, *re = NULL, *im = NULL;
  CHECK_OK(ndc_array_from_data(zv, NDC_COMPLEX128, 1, s2, NULL, &z));
  CHECK_OK(ndc_angle(z, false, &r));
  EXPECT_REPR(r, "array([0.78539816, 3.14159265])");
  CHECK_OK(ndc_real(z, &re));
  CHECK_OK(ndc_imag(z, &im));
  EXPECT_REPR(re, "array([ 1., -1.])");
  EXPECT_REPR(im, "array([1., 0.])");

  const double nv[] = {NAN, INFINITY, -INFINITY, 2.0};
  const int64_t s4[] = {4};
  ndc_array *na = f64(nv, 1, s4);
  CHECK_OK(ndc_nan_to_num(na, 0.0, NULL, NULL, &r));
  EXPECT_REPR(r, "array([ 0.00000000e+000,  1.79769313e+308, -1.79769313e+308,\n"
                 "        2.00000000e+000])");
  ndc_array *objs[] = {a, lo, hi, c, x, y, pa, qa, ra, z, na};
  for (size_t k = 0; k < sizeof objs / sizeof objs[0]; k++) ndc_array_release(objs[k]);
}

int main(void) {
  test_broadcast_and_promotion();
  test_out_where_overlap();
  test_bad_input();
  test_two_outputs();
  test_broadcast_functions();
  test_elementwise();
  return CHECK_DONE();
}
