/*
 * test_reduce.c - reductions and statistics from C, with the layer
 * normalisation and standard scaling of the seed walkthrough. Expected
 * texts are NumPy 2.4's repr() of the same expressions on
 * x = np.arange(24.0).reshape(2, 3, 4).
 */
#include <math.h>

#include "check.h"

int main(void) {
  ndc_array *r = NULL, *x = NULL, *v = NULL, *m = NULL, *s = NULL, *d = NULL;
  CHECK_OK(ndc_arange(0, 24, 1, NDC_FLOAT64, &r));
  const int64_t s234[] = {2, 3, 4};
  CHECK_OK(ndc_reshape(r, 3, s234, NDC_ORDER_C, &x));

  /* np.sum(x) == 276.0 */
  double got = 0;
  CHECK_OK(ndc_sum(x, NULL, &v));
  CHECK_EQ_I64(ndc_array_ndim(v), 0);
  CHECK_OK(ndc_array_get_double(v, NULL, 0, &got));
  CHECK_EQ_DBL(got, 276.0);
  ndc_array_release(v);

  /* x.sum(axis=0) */
  const int64_t ax0[] = {0}, axl[] = {-1}, ax02[] = {0, 2}, ax01[] = {0, 1}, ax1[] = {1};
  ndc_reduce_options o = {0};
  o.struct_size = sizeof o;
  o.axes = ax0;
  o.naxes = 1;
  CHECK_OK(ndc_sum(x, &o, &v));
  EXPECT_REPR(v, "array([[12., 14., 16., 18.],\n       [20., 22., 24., 26.],\n"
                 "       [28., 30., 32., 34.]])");

  /* Layer normalisation: (x - mean) / std over the last axis, keepdims. */
  o.axes = axl;
  o.keepdims = 1;
  CHECK_OK(ndc_mean(x, &o, &m));
  EXPECT_REPR(ndc_array_retain(m), "array([[[ 1.5],\n        [ 5.5],\n        [ 9.5]],\n\n"
                                   "       [[13.5],\n        [17.5],\n        [21.5]]])");
  CHECK_OK(ndc_std(x, &o, &s));
  EXPECT_REPR(ndc_array_retain(s),
              "array([[[1.11803399],\n        [1.11803399],\n        [1.11803399]],\n\n"
              "       [[1.11803399],\n        [1.11803399],\n        [1.11803399]]])");
  CHECK_OK(ndc_subtract(x, m, NULL, &d));
  CHECK_OK(ndc_divide(d, s, NULL, &v));
  EXPECT_REPR(v, "array([[[-1.34164079, -0.4472136 ,  0.4472136 ,  1.34164079],\n"
                 "        [-1.34164079, -0.4472136 ,  0.4472136 ,  1.34164079],\n"
                 "        [-1.34164079, -0.4472136 ,  0.4472136 ,  1.34164079]],\n\n"
                 "       [[-1.34164079, -0.4472136 ,  0.4472136 ,  1.34164079],\n"
                 "        [-1.34164079, -0.4472136 ,  0.4472136 ,  1.34164079],\n"
                 "        [-1.34164079, -0.4472136 ,  0.4472136 ,  1.34164079]]])");
  ndc_array_release(d);
  ndc_array_release(m);
  ndc_array_release(s);

  /* Standard scaling: X = x.reshape(6, 4); (X - X.mean(0)) / (X.std(0) + 1e-8) */
  ndc_array *X = NULL, *eps = NULL, *sd = NULL;
  const int64_t s64[] = {6, 4};
  CHECK_OK(ndc_reshape(x, 2, s64, NDC_ORDER_C, &X));
  o.axes = ax0;
  o.keepdims = 0;
  CHECK_OK(ndc_mean(X, &o, &m));
  EXPECT_REPR(ndc_array_retain(m), "array([10., 11., 12., 13.])");
  CHECK_OK(ndc_std(X, &o, &s));
  CHECK_OK(ndc_scalar_double(1e-8, &eps));
  CHECK_OK(ndc_add(s, eps, NULL, &sd));
  EXPECT_REPR(ndc_array_retain(sd), "array([6.83130052, 6.83130052, 6.83130052, 6.83130052])");
  CHECK_OK(ndc_subtract(X, m, NULL, &d));
  CHECK_OK(ndc_divide(d, sd, NULL, &v));
  EXPECT_REPR(v, "array([[-1.46385011, -1.46385011, -1.46385011, -1.46385011],\n"
                 "       [-0.87831006, -0.87831006, -0.87831006, -0.87831006],\n"
                 "       [-0.29277002, -0.29277002, -0.29277002, -0.29277002],\n"
                 "       [ 0.29277002,  0.29277002,  0.29277002,  0.29277002],\n"
                 "       [ 0.87831006,  0.87831006,  0.87831006,  0.87831006],\n"
                 "       [ 1.46385011,  1.46385011,  1.46385011,  1.46385011]])");
  ndc_array_release(d);
  ndc_array_release(m);
  ndc_array_release(s);
  ndc_array_release(sd);
  ndc_array_release(eps);
  ndc_array_release(X);

  /* var over several axes with ddof; max; add.reduce by name. */
  o.axes = ax02;
  o.naxes = 2;
  o.ddof = 1;
  CHECK_OK(ndc_var(x, &o, &v));
  EXPECT_REPR(v, "array([42.57142857, 42.57142857, 42.57142857])");
  o.ddof = 0;
  o.axes = ax1;
  o.naxes = 1;
  CHECK_OK(ndc_max(x, &o, &v));
  EXPECT_REPR(v, "array([[ 8.,  9., 10., 11.],\n       [20., 21., 22., 23.]])");
  o.axes = ax01;
  o.naxes = 2;
  CHECK_OK(ndc_ufunc_reduce("add", x, &o, &v));
  EXPECT_REPR(v, "array([60., 66., 72., 78.])");

  /* where= and out= (out may be NULL; the result is written into opts.out). */
  ndc_array *w = NULL, *out = NULL;
  const uint8_t wm[] = {1, 0, 1, 0};
  const int64_t s4[] = {4};
  CHECK_OK(ndc_array_from_data(wm, NDC_BOOL, 1, s4, NULL, &w));
  const int64_t s24[] = {2, 4};
  CHECK_OK(ndc_zeros(2, s24, NDC_FLOAT64, NDC_ORDER_C, &out));
  o.axes = ax1;
  o.naxes = 1;
  o.where_ = w;
  o.out = out;
  CHECK_OK(ndc_sum(x, &o, NULL));
  EXPECT_REPR(ndc_array_retain(out), "array([[12.,  0., 18.,  0.],\n       [48.,  0., 54.,  0.]])");

  /* Errors with NumPy's texts; out untouched. */
  v = (ndc_array *)0x1;
  CHECK_STATUS(ndc_max(x, &o, &v), NDC_ERR_INVALID_ARGUMENT);
  CHECK_MSG_IS("reduction operation 'maximum' does not have an identity, so to use a where mask "
               "one has to specify 'initial'");
  o.where_ = NULL;
  o.out = NULL;
  const int64_t bad[] = {3};
  o.axes = bad;
  CHECK_STATUS(ndc_sum(x, &o, &v), NDC_ERR_INDEX);
  CHECK_MSG_IS("axis 3 is out of bounds for array of dimension 3");
  const int64_t dup[] = {1, -2};
  o.axes = dup;
  o.naxes = 2;
  CHECK_STATUS(ndc_mean(x, &o, &v), NDC_ERR_INVALID_ARGUMENT);
  CHECK_MSG_IS("duplicate value in 'axis'");
  o.naxes = -1;
  CHECK_STATUS(ndc_sum(x, &o, &v), NDC_ERR_INVALID_ARGUMENT);
  o.naxes = 1;
  o.axes = ax0;
  o.dtype = 999;
  CHECK_STATUS(ndc_sum(x, &o, &v), NDC_ERR_DTYPE);
  CHECK_MSG_IS("invalid dtype code 999");
  o.dtype = 0;
  o.struct_size = 4;
  CHECK_STATUS(ndc_sum(x, &o, &v), NDC_ERR_INVALID_ARGUMENT);
  o.struct_size = sizeof o;
  CHECK_STATUS(ndc_sum(NULL, &o, &v), NDC_ERR_NULL_POINTER);
  CHECK_STATUS(ndc_sum(x, &o, NULL), NDC_ERR_NULL_POINTER);
  CHECK_STATUS(ndc_ufunc_reduce(NULL, x, &o, &v), NDC_ERR_NULL_POINTER);
  CHECK_STATUS(ndc_ufunc_reduce("power", x, &o, &v), NDC_ERR_INVALID_ARGUMENT);
  CHECK_STATUS(ndc_ufunc_reduce("bitwise_and", x, &o, &v), NDC_ERR_DTYPE);
  ndc_array *e = NULL;
  const int64_t s20[] = {2, 0};
  CHECK_OK(ndc_zeros(2, s20, NDC_FLOAT64, NDC_ORDER_C, &e));
  o.axes = ax1;
  CHECK_STATUS(ndc_max(e, &o, &v), NDC_ERR_INVALID_ARGUMENT);
  CHECK_MSG_IS("zero-size array to reduction operation maximum which has no identity");
  CHECK(v == (ndc_array *)0x1);

  /* argmax / argmin: first occurrence, axis or NDC_AXIS_NONE, keepdims. */
  CHECK_OK(ndc_argmax(x, 1, 0, &v));
  EXPECT_REPR(v, "array([[2, 2, 2, 2],\n       [2, 2, 2, 2]])");
  CHECK_OK(ndc_argmin(x, NDC_AXIS_NONE, 1, &v));
  EXPECT_REPR(v, "array([[[0]]])");
  v = (ndc_array *)0x1;
  CHECK_STATUS(ndc_argmax(e, 1, 0, &v), NDC_ERR_INVALID_ARGUMENT);
  CHECK_MSG_IS("attempt to get argmax of an empty sequence");
  CHECK_STATUS(ndc_argmax(x, 3, 0, &v), NDC_ERR_INDEX);
  CHECK_MSG_IS("axis 3 is out of bounds for array of dimension 3");
  CHECK_STATUS(ndc_argmin(NULL, 0, 0, &v), NDC_ERR_NULL_POINTER);
  CHECK(v == (ndc_array *)0x1);

  /* nan-ignoring reductions and running sums/products. */
  ndc_array *n = NULL, *i6 = NULL, *i23 = NULL;
  const double nv[] = {1.0, NAN, 3.0, NAN, NAN, 2.0};
  const int64_t s23[] = {2, 3};
  CHECK_OK(ndc_array_from_data(nv, NDC_FLOAT64, 2, s23, NULL, &n));
  o.axes = ax1;
  o.naxes = 1;
  CHECK_OK(ndc_nansum(n, &o, &v));
  EXPECT_REPR(v, "array([4., 2.])");
  o.axes = ax0;
  CHECK_OK(ndc_nanmean(n, &o, &v));
  EXPECT_REPR(v, "array([1. , nan, 2.5])");
  CHECK_OK(ndc_nanmax(n, NULL, &v));
  CHECK_OK(ndc_array_get_double(v, NULL, 0, &got));
  CHECK_EQ_DBL(got, 3.0);
  ndc_array_release(v);
  CHECK_OK(ndc_nanargmin(n, 1, 0, &v));
  EXPECT_REPR(v, "array([0, 2])");
  v = (ndc_array *)0x1;
  CHECK_STATUS(ndc_nanargmin(n, 0, 0, &v), NDC_ERR_INVALID_ARGUMENT);
  CHECK_MSG_IS("All-NaN slice encountered");
  CHECK(v == (ndc_array *)0x1);
  CHECK_OK(ndc_nancumsum(n, NDC_AXIS_NONE, NDC_DTYPE_NONE, &v));
  EXPECT_REPR(v, "array([1., 1., 4., 4., 4., 6.])");
  CHECK_OK(ndc_arange_int(0, 6, 1, NDC_INT64, &i6));
  CHECK_OK(ndc_reshape(i6, 2, s23, NDC_ORDER_C, &i23));
  CHECK_OK(ndc_cumsum(i23, 1, NDC_DTYPE_NONE, &v));
  EXPECT_REPR(v, "array([[ 0,  1,  3],\n       [ 3,  7, 12]])");
  CHECK_OK(ndc_cumprod(i23, 0, NDC_FLOAT64, &v));
  EXPECT_REPR(v, "array([[ 0.,  1.,  2.],\n       [ 0.,  4., 10.]])");
  v = (ndc_array *)0x1;
  CHECK_STATUS(ndc_cumsum(i23, 2, NDC_DTYPE_NONE, &v), NDC_ERR_INDEX);
  CHECK_STATUS(ndc_cumsum(i23, 0, 77, &v), NDC_ERR_DTYPE);
  CHECK_STATUS(ndc_cumsum(NULL, 0, 0, &v), NDC_ERR_NULL_POINTER);
  CHECK(v == (ndc_array *)0x1);

  /* nanvar, nanstd (degrees of freedom <= 0 give nan), count_nonzero,
     trace. */
  ndc_reduce_options q = {0};
  q.struct_size = sizeof q;
  CHECK_OK(ndc_nanvar(n, NULL, &v));
  CHECK_OK(ndc_array_get_double(v, NULL, 0, &got));
  CHECK_EQ_DBL(got, 0.6666666666666666);
  ndc_array_release(v);
  q.axes = ax1;
  q.naxes = 1;
  q.ddof = 1;
  CHECK_OK(ndc_nanstd(n, &q, &v));
  EXPECT_REPR(v, "array([1.41421356,        nan])");
  q.ddof = 2;
  CHECK_OK(ndc_nanvar(n, &q, &v));
  EXPECT_REPR(v, "array([nan, nan])");
  q.ddof = 0;
  v = (ndc_array *)0x1;
  q.axes = ax02;
  q.naxes = 2;
  CHECK_STATUS(ndc_nanvar(n, &q, &v), NDC_ERR_INDEX);
  CHECK_MSG_IS("axis 2 is out of bounds for array of dimension 2");
  CHECK_STATUS(ndc_nanstd(NULL, &q, &v), NDC_ERR_NULL_POINTER);
  CHECK(v == (ndc_array *)0x1);
  ndc_array *three = NULL, *xm = NULL;
  CHECK_OK(ndc_array_from_data((const double[]){3.0}, NDC_FLOAT64, 0, NULL, NULL, &three));
  CHECK_OK(ndc_remainder(x, three, NULL, &xm));
  q.keepdims = 1;
  CHECK_OK(ndc_count_nonzero(xm, &q, &v));
  EXPECT_REPR(v, "array([[[4],\n        [6],\n        [6]]])");
  int64_t cnt = 0;
  CHECK_OK(ndc_count_nonzero(x, NULL, &v));
  CHECK_EQ_I64(ndc_array_ndim(v), 0);
  CHECK_OK(ndc_array_get_int64(v, NULL, 0, &cnt));
  CHECK_EQ_I64(cnt, 23);
  ndc_array_release(v);
  v = (ndc_array *)0x1;
  q.dtype = NDC_FLOAT32;
  CHECK_STATUS(ndc_count_nonzero(x, &q, &v), NDC_ERR_INVALID_ARGUMENT);
  CHECK_MSG_IS("count_nonzero() got an unexpected keyword argument 'dtype'");
  CHECK(v == (ndc_array *)0x1);
  ndc_array_release(three);
  ndc_array_release(xm);
  CHECK_OK(ndc_trace(x, 0, 0, 1, NDC_DTYPE_NONE, &v));
  EXPECT_REPR(v, "array([16., 18., 20., 22.])");
  CHECK_OK(ndc_trace(x, 1, 1, 2, NDC_DTYPE_NONE, &v));
  EXPECT_REPR(v, "array([18., 54.])");
  CHECK_OK(ndc_trace(x, -5, 0, 1, NDC_DTYPE_NONE, &v));
  EXPECT_REPR(v, "array([0., 0., 0., 0.])");
  CHECK_OK(ndc_trace(i23, 0, 0, 1, NDC_DTYPE_NONE, &v));
  CHECK_OK(ndc_array_get_int64(v, NULL, 0, &cnt));
  CHECK_EQ_I64(cnt, 4);
  ndc_array_release(v);
  v = (ndc_array *)0x1;
  CHECK_STATUS(ndc_trace(x, 0, 1, -2, NDC_DTYPE_NONE, &v), NDC_ERR_INVALID_ARGUMENT);
  CHECK_MSG_IS("axis1 and axis2 cannot be the same");
  CHECK_STATUS(ndc_trace(x, 0, 3, 0, NDC_DTYPE_NONE, &v), NDC_ERR_INDEX);
  CHECK_MSG_IS("axis1: axis 3 is out of bounds for array of dimension 3");
  CHECK_STATUS(ndc_trace(r, 0, 0, 1, NDC_DTYPE_NONE, &v), NDC_ERR_INVALID_ARGUMENT);
  CHECK_MSG_IS("diag requires an array of at least two dimensions");
  CHECK_STATUS(ndc_trace(x, 0, 0, 1, 77, &v), NDC_ERR_DTYPE);
  CHECK_STATUS(ndc_trace(NULL, 0, 0, 1, NDC_DTYPE_NONE, &v), NDC_ERR_NULL_POINTER);
  CHECK(v == (ndc_array *)0x1);
  ndc_array_release(n);
  ndc_array_release(i6);
  ndc_array_release(i23);

  ndc_array_release(e);
  ndc_array_release(w);
  ndc_array_release(out);
  ndc_array_release(x);
  ndc_array_release(r);
  return CHECK_DONE();
}
