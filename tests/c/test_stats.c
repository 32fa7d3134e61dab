/*
 * test_stats.c - differences, running totals, weighted averages and
 * covariance from C: diff, ediff1d, cumulative_sum, cumulative_prod,
 * average, cov, corrcoef. Expected texts are NumPy 2.4's repr() of the
 * same expressions; bad input returns a status and a message.
 */
#include "check.h"

static ndc_array *from_doubles(const double *v, int32_t ndim, const int64_t *shape) {
  ndc_array *a = NULL;
  CHECK_OK(ndc_array_from_data(v, NDC_FLOAT64, ndim, shape, NULL, &a));
  return a;
}

int main(void) {
  ndc_array *r = NULL, *x = NULL, *v = NULL, *w = NULL;

  /* x = np.arange(24.0).reshape(2, 3, 4) ** 2 % 7 */
  const double xv[] = {0, 1, 4, 2, 2, 4, 1, 0, 1, 4, 2, 2, 4, 1, 0, 1, 4, 2, 2, 4, 1, 0, 1, 4};
  const int64_t s234[] = {2, 3, 4};
  x = from_doubles(xv, 3, s234);

  /* np.diff(x, axis=1) */
  CHECK_OK(ndc_diff(x, 1, 1, NULL, NULL, &v));
  EXPECT_REPR(v, "array([[[ 2.,  3., -3., -2.],\n        [-1.,  0.,  1.,  2.]],\n\n"
                 "       [[ 0.,  1.,  2.,  3.],\n        [-3., -2., -1.,  0.]]])");
  /* np.diff(x, n=2, prepend=0.0) */
  ndc_array *zero = NULL;
  const double zv[] = {0.0};
  zero = from_doubles(zv, 0, NULL);
  CHECK_OK(ndc_diff(x, 2, -1, zero, NULL, &v));
  EXPECT_REPR(v, "array([[[ 1.,  2., -5.],\n        [ 0., -5.,  2.],\n        [ 2., -5.,  2.]],\n\n"
                 "       [[-7.,  2.,  2.],\n        [-6.,  2.,  2.],\n        [-2.,  2.,  2.]]])");
  /* n == 0 gives the input itself */
  CHECK_OK(ndc_diff(x, 0, -1, NULL, NULL, &v));
  CHECK(v == x);
  ndc_array_release(v);
  v = NULL;
  CHECK_STATUS(ndc_diff(x, -1, -1, NULL, NULL, &v), NDC_ERR_INVALID_ARGUMENT);
  CHECK_MSG_IS("order must be non-negative but got -1");
  CHECK_STATUS(ndc_diff(zero, 1, -1, NULL, NULL, &v), NDC_ERR_INVALID_ARGUMENT);
  CHECK_MSG_IS("diff requires input that is at least one dimensional");
  CHECK_STATUS(ndc_diff(x, 1, 3, NULL, NULL, &v), NDC_ERR_INDEX);
  CHECK_MSG_IS("axis 3 is out of bounds for array of dimension 3");
  CHECK_STATUS(ndc_diff(NULL, 1, 0, NULL, NULL, &v), NDC_ERR_NULL_POINTER);
  CHECK_STATUS(ndc_diff(x, 1, 0, NULL, NULL, NULL), NDC_ERR_NULL_POINTER);
  CHECK(v == NULL);

  /* np.ediff1d(np.array([1, 4, 9, 16], np.int32), to_end=[100], to_begin=-1) */
  const int32_t av[] = {1, 4, 9, 16};
  const int64_t s4[] = {4}, s1[] = {1};
  const int64_t endv[] = {100}, m1[] = {-1};
  ndc_array *a = NULL, *end = NULL, *begin = NULL;
  CHECK_OK(ndc_array_from_data(av, NDC_INT32, 1, s4, NULL, &a));
  CHECK_OK(ndc_array_from_data(endv, NDC_INT64, 1, s1, NULL, &end));
  CHECK_OK(ndc_array_from_data(m1, NDC_INT64, 0, NULL, NULL, &begin));
  CHECK_OK(ndc_ediff1d(a, end, begin, &v));
  EXPECT_REPR(v, "array([ -1,   3,   5,   7, 100], dtype=int32)");
  CHECK_STATUS(ndc_ediff1d(a, zero, NULL, &v), NDC_ERR_DTYPE);
  CHECK_MSG_IS("dtype of `to_end` must be compatible with input `ary` under the `same_kind` rule.");

  /* np.cumulative_sum(a, include_initial=True); cumulative_prod along 1 */
  CHECK_OK(ndc_cumulative_sum(a, NDC_AXIS_NONE, NDC_DTYPE_NONE, true, &v));
  EXPECT_REPR(v, "array([ 0,  1,  5, 14, 30])");
  const double pv[] = {0, 1, 4, 2, 2, 4, 1, 0, 1, 4, 2, 2};
  const int64_t s34[] = {3, 4};
  ndc_array *p = from_doubles(pv, 2, s34);
  CHECK_OK(ndc_cumulative_prod(p, 1, NDC_DTYPE_NONE, true, &v));
  EXPECT_REPR(v, "array([[ 1.,  0.,  0.,  0.,  0.],\n       [ 1.,  2.,  8.,  8.,  0.],\n"
                 "       [ 1.,  1.,  4.,  8., 16.]])");
  CHECK_STATUS(ndc_cumulative_sum(p, NDC_AXIS_NONE, NDC_DTYPE_NONE, false, &v),
               NDC_ERR_INVALID_ARGUMENT);
  CHECK_MSG_IS("For arrays which have more than one dimension ``axis`` argument is required.");
  CHECK_STATUS(ndc_cumulative_sum(p, 0, 999, false, &v), NDC_ERR_DTYPE);

  /* np.average(X, axis=1, weights=[1, 2, 3, 4], returned=True) */
  CHECK_OK(ndc_arange(0, 12, 1, NDC_FLOAT64, &r));
  ndc_array *X = NULL;
  CHECK_OK(ndc_reshape(r, 2, s34, NDC_ORDER_C, &X));
  const double wv[] = {1, 2, 3, 4};
  w = from_doubles(wv, 1, s4);
  const int64_t ax1[] = {1};
  ndc_reduce_options o = {0};
  o.struct_size = sizeof o;
  o.axes = ax1;
  o.naxes = 1;
  ndc_array *scl = NULL;
  CHECK_OK(ndc_average(X, w, &o, &v, &scl));
  EXPECT_REPR(v, "array([ 2.,  6., 10.])");
  EXPECT_REPR(scl, "array([10., 10., 10.])");
  CHECK_OK(ndc_average(X, NULL, NULL, &v, NULL));
  EXPECT_REPR(v, "array(5.5)");
  CHECK_STATUS(ndc_average(X, w, NULL, &v, NULL), NDC_ERR_DTYPE);
  CHECK_MSG_IS("Axis must be specified when shapes of a and weights differ.");
  const double zw[] = {1, -1, 0, 0};
  ndc_array *wz = from_doubles(zw, 1, s4);
  CHECK_STATUS(ndc_average(X, wz, &o, &v, NULL), NDC_ERR_INVALID_ARGUMENT);
  CHECK_MSG_IS("Weights sum to zero, can't be normalized");
  o.where_ = wz;
  CHECK_STATUS(ndc_average(X, NULL, &o, &v, NULL), NDC_ERR_INVALID_ARGUMENT);
  CHECK_MSG_IS("average() got an unexpected keyword argument 'where'");
  o.where_ = NULL;

  /* np.cov(m), np.cov(m, fweights=[1, 1, 2, 1], aweights=w), np.corrcoef(m) */
  const double mv[] = {0, 1, 2, 3, 2, 1, 0, 1, 1, 3, 2, 8};
  ndc_array *m = from_doubles(mv, 2, s34);
  CHECK_OK(ndc_cov(m, NULL, true, false, NDC_DDOF_NONE, NULL, NULL, NDC_DTYPE_NONE, &v));
  EXPECT_REPR(v, "array([[ 1.66666667, -0.66666667,  3.33333333],\n"
                 "       [-0.66666667,  0.66666667, -0.33333333],\n"
                 "       [ 3.33333333, -0.33333333,  9.66666667]])");
  const int64_t fv[] = {1, 1, 2, 1};
  ndc_array *fw = NULL;
  CHECK_OK(ndc_array_from_data(fv, NDC_INT64, 1, s4, NULL, &fw));
  CHECK_OK(ndc_cov(m, NULL, true, false, NDC_DDOF_NONE, fw, w, NDC_DTYPE_NONE, &v));
  EXPECT_REPR(v, "array([[ 1.        , -0.2       ,  2.4       ],\n"
                 "       [-0.2       ,  0.50769231,  0.86153846],\n"
                 "       [ 2.4       ,  0.86153846,  9.89230769]])");
  CHECK_OK(ndc_corrcoef(m, NULL, true, NDC_DTYPE_NONE, &v));
  EXPECT_REPR(v, "array([[ 1.        , -0.63245553,  0.8304548 ],\n"
                 "       [-0.63245553,  1.        , -0.13130643],\n"
                 "       [ 0.8304548 , -0.13130643,  1.        ]])");
  /* np.cov(m[0], bias=True) */
  const double m0[] = {0, 1, 2, 3};
  ndc_array *row = from_doubles(m0, 1, s4);
  CHECK_OK(ndc_cov(row, NULL, true, true, NDC_DDOF_NONE, NULL, NULL, NDC_DTYPE_NONE, &v));
  EXPECT_REPR(v, "array(1.25)");
  CHECK_STATUS(ndc_cov(x, NULL, true, false, NDC_DDOF_NONE, NULL, NULL, NDC_DTYPE_NONE, &v),
               NDC_ERR_INVALID_ARGUMENT);
  CHECK_MSG_IS("m has more than 2 dimensions");
  CHECK_STATUS(ndc_cov(m, NULL, true, false, NDC_DDOF_NONE, wz, NULL, NDC_DTYPE_NONE, &v),
               NDC_ERR_INVALID_ARGUMENT);
  CHECK_MSG_IS("fweights cannot be negative");
  CHECK_STATUS(ndc_corrcoef(NULL, NULL, true, NDC_DTYPE_NONE, &v), NDC_ERR_NULL_POINTER);

  ndc_array *all[] = {r, x, zero, a, end, begin, p, X, w, wz, m, fw, row};
  for (int i = 0; i < NDC_TEST_COUNT(all); i++) ndc_array_release(all[i]);
  return CHECK_DONE();
}
