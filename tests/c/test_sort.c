/*
 * test_sort.c - sorting, searching, set operations, order statistics and
 * histograms from C. Expected texts are NumPy 2.4's repr() of the same
 * expressions (0-d results print as array(...)).
 */
#include <math.h>
#include <string.h>

#include "check.h"

static ndc_array *f64(const double *v, int64_t n) {
  ndc_array *a = NULL;
  CHECK_OK(ndc_array_from_data(v, NDC_FLOAT64, 1, &n, NULL, &a));
  return a;
}

static ndc_array *i64(const int64_t *v, int64_t n) {
  ndc_array *a = NULL;
  CHECK_OK(ndc_array_from_data(v, NDC_INT64, 1, &n, NULL, &a));
  return a;
}

static ndc_array *i64_2d(const int64_t *v, int64_t r, int64_t c) {
  ndc_array *a = NULL;
  const int64_t shape[] = {r, c};
  CHECK_OK(ndc_array_from_data(v, NDC_INT64, 2, shape, NULL, &a));
  return a;
}

static void test_sorting(void) {
  const double d[] = {3, NAN, 1, -0.5, 2, 1};
  ndc_array *a = f64(d, 6), *r = NULL;
  CHECK_OK(ndc_sort(a, -1, NDC_SORT_QUICKSORT, &r));
  EXPECT_REPR(r, "array([-0.5,  1. ,  1. ,  2. ,  3. ,  nan])");
  CHECK_OK(ndc_argsort(a, 0, NDC_SORT_STABLE, &r));
  EXPECT_REPR(r, "array([3, 2, 5, 4, 0, 1])");

  const int64_t mv[] = {3, 1, 2, 0, 5, 4};
  ndc_array *m = i64_2d(mv, 2, 3);
  CHECK_OK(ndc_sort(m, 0, NDC_SORT_HEAPSORT, &r));
  EXPECT_REPR(r, "array([[0, 1, 2],\n       [3, 5, 4]])");
  CHECK_OK(ndc_sort(m, NDC_AXIS_NONE, NDC_SORT_STABLE, &r));
  EXPECT_REPR(r, "array([0, 1, 2, 3, 4, 5])");
  /* In place, as a.sort(). */
  CHECK_OK(ndc_sort_inplace(m, -1, NDC_SORT_QUICKSORT));
  EXPECT_REPR(ndc_array_retain(m), "array([[1, 2, 3],\n       [0, 4, 5]])");
  CHECK_STATUS(ndc_sort_inplace(m, NDC_AXIS_NONE, NDC_SORT_QUICKSORT), NDC_ERR_DTYPE);
  CHECK_STATUS(ndc_sort_inplace(NULL, 0, NDC_SORT_QUICKSORT), NDC_ERR_NULL_POINTER);
  CHECK_OK(ndc_array_set_readonly(m, true));
  CHECK_STATUS(ndc_sort_inplace(m, 0, NDC_SORT_QUICKSORT), NDC_ERR_READONLY);

  /* Errors leave *out untouched. */
  r = (ndc_array *)0x1;
  CHECK_STATUS(ndc_sort(a, 1, NDC_SORT_QUICKSORT, &r), NDC_ERR_INDEX);
  CHECK_MSG_IS("axis 1 is out of bounds for array of dimension 1");
  CHECK_STATUS(ndc_sort(a, 0, 7, &r), NDC_ERR_INVALID_ARGUMENT);
  CHECK_MSG_IS("sort kind must be one of 'quick', 'heap', or 'stable' (got 7)");
  CHECK_STATUS(ndc_argsort(NULL, 0, 0, &r), NDC_ERR_NULL_POINTER);
  CHECK_STATUS(ndc_sort(a, 0, 0, NULL), NDC_ERR_NULL_POINTER);
  CHECK(r == (ndc_array *)0x1);

  /* lexsort: the last key is the primary one. */
  const int64_t k0[] = {1, 0, 1, 0}, k1[] = {2, 2, 1, 1};
  const ndc_array *keys[] = {i64(k0, 4), i64(k1, 4)};
  CHECK_OK(ndc_lexsort(2, keys, -1, &r));
  EXPECT_REPR(r, "array([3, 2, 1, 0])");
  const ndc_array *bad_keys[] = {keys[0], a};
  r = (ndc_array *)0x1;
  CHECK_STATUS(ndc_lexsort(2, bad_keys, -1, &r), NDC_ERR_INVALID_ARGUMENT);
  CHECK_MSG_IS("all keys need to be the same shape");
  CHECK_STATUS(ndc_lexsort(0, NULL, -1, &r), NDC_ERR_DTYPE);
  CHECK_MSG_IS("need sequence of keys with len > 0 in lexsort");
  CHECK_STATUS(ndc_lexsort(-1, keys, -1, &r), NDC_ERR_INVALID_ARGUMENT);
  CHECK(r == (ndc_array *)0x1);
  ndc_array_release((ndc_array *)keys[0]);
  ndc_array_release((ndc_array *)keys[1]);

  /* partition: the kth elements are those of a full sort. */
  const int64_t pv[] = {7, 1, 5, 3, 9, 2};
  ndc_array *p = i64(pv, 6);
  const int64_t kth[] = {1, 4};
  CHECK_OK(ndc_partition(p, 2, kth, 0, &r));
  int64_t x = 0;
  CHECK_OK(ndc_array_get_int64(r, (const int64_t[]){1}, 1, &x));
  CHECK_EQ_I64(x, 2);
  CHECK_OK(ndc_array_get_int64(r, (const int64_t[]){4}, 1, &x));
  CHECK_EQ_I64(x, 7);
  ndc_array_release(r);
  const int64_t kneg[] = {-1};
  CHECK_OK(ndc_argpartition(p, 1, kneg, NDC_AXIS_NONE, &r));
  CHECK_OK(ndc_array_get_int64(r, (const int64_t[]){5}, 1, &x));
  CHECK_EQ_I64(x, 4);
  ndc_array_release(r);
  r = (ndc_array *)0x1;
  const int64_t kbad[] = {6};
  CHECK_STATUS(ndc_partition(p, 1, kbad, 0, &r), NDC_ERR_INVALID_ARGUMENT);
  CHECK_MSG_IS("kth(=6) out of bounds (6)");
  CHECK_STATUS(ndc_partition(p, 1, NULL, 0, &r), NDC_ERR_NULL_POINTER);
  CHECK(r == (ndc_array *)0x1);
  ndc_array_release(p);

  const int64_t cv[] = {5, 3, 6, 2, 1};
  ndc_array *c8 = NULL, *c = i64(cv, 5);
  CHECK_OK(ndc_array_astype(c, NDC_INT8, NDC_CASTING_DEFAULT, NDC_ORDER_DEFAULT, &c8));
  CHECK_OK(ndc_sort_complex(c8, &r));
  EXPECT_REPR(r, "array([1.+0.j, 2.+0.j, 3.+0.j, 5.+0.j, 6.+0.j], dtype=complex64)");
  ndc_array_release(c8);
  ndc_array_release(c);
  ndc_array_release(m);
  ndc_array_release(a);
}

static void test_searching_and_sets(void) {
  const double sv[] = {1, 2, 2, 5}, vv[] = {2, 6, 0};
  ndc_array *s = f64(sv, 4), *v = f64(vv, 3), *r = NULL;
  CHECK_OK(ndc_searchsorted(s, v, NDC_SIDE_LEFT, NULL, &r));
  EXPECT_REPR(r, "array([1, 4, 0])");
  CHECK_OK(ndc_searchsorted(s, v, NDC_SIDE_RIGHT, NULL, &r));
  EXPECT_REPR(r, "array([3, 4, 0])");
  const int64_t perm[] = {3, 2, 1, 0};
  ndc_array *desc = NULL, *sorter = i64(perm, 4);
  CHECK_OK(ndc_flip(s, 0, NULL, &desc));
  CHECK_OK(ndc_searchsorted(desc, v, NDC_SIDE_LEFT, sorter, &r));
  EXPECT_REPR(r, "array([1, 4, 0])");
  r = (ndc_array *)0x1;
  CHECK_STATUS(ndc_searchsorted(s, v, 2, NULL, &r), NDC_ERR_INVALID_ARGUMENT);
  CHECK_MSG_IS("search side must be 'left' or 'right' (got 2)");
  CHECK_STATUS(ndc_searchsorted(s, v, 0, v, &r), NDC_ERR_DTYPE);
  CHECK_MSG_IS("sorter must only contain integers");
  CHECK_STATUS(ndc_searchsorted(s, NULL, 0, NULL, &r), NDC_ERR_NULL_POINTER);
  CHECK(r == (ndc_array *)0x1);
  ndc_array_release(desc);
  ndc_array_release(sorter);

  const int64_t uv[] = {2, 1, 2, 5, 1, 1};
  ndc_array *u = i64(uv, 6), *vals = NULL, *idx = NULL, *inv = NULL, *cnt = NULL;
  CHECK_OK(ndc_unique(u, NDC_AXIS_NONE, true, &vals, &idx, &inv, &cnt));
  EXPECT_REPR(vals, "array([1, 2, 5])");
  EXPECT_REPR(idx, "array([1, 0, 3])");
  EXPECT_REPR(inv, "array([1, 0, 1, 2, 0, 0])");
  EXPECT_REPR(cnt, "array([3, 2, 1])");
  CHECK_OK(ndc_unique(u, NDC_AXIS_NONE, true, &vals, NULL, NULL, &cnt));
  EXPECT_REPR(vals, "array([1, 2, 5])");
  EXPECT_REPR(cnt, "array([3, 2, 1])");
  CHECK_OK(ndc_unique_values(u, &vals));
  EXPECT_REPR(vals, "array([1, 2, 5])");
  CHECK_OK(ndc_unique_counts(u, &vals, &cnt));
  EXPECT_REPR(vals, "array([1, 2, 5])");
  EXPECT_REPR(cnt, "array([3, 2, 1])");
  CHECK_OK(ndc_unique_inverse(u, &vals, &inv));
  ndc_array_release(vals);
  EXPECT_REPR(inv, "array([1, 0, 1, 2, 0, 0])");
  CHECK_OK(ndc_unique_all(u, &vals, &idx, &inv, &cnt));
  ndc_array_release(vals);
  ndc_array_release(inv);
  ndc_array_release(cnt);
  EXPECT_REPR(idx, "array([1, 0, 3])");
  vals = (ndc_array *)0x1;
  CHECK_STATUS(ndc_unique(u, NDC_AXIS_NONE, true, NULL, NULL, NULL, NULL), NDC_ERR_NULL_POINTER);
  CHECK_STATUS(ndc_unique(u, 1, true, &vals, NULL, NULL, NULL), NDC_ERR_INDEX);
  CHECK_MSG_IS("axis 1 is out of bounds for array of dimension 1");
  CHECK_STATUS(ndc_unique_all(u, &vals, NULL, &inv, &cnt), NDC_ERR_NULL_POINTER);
  CHECK(vals == (ndc_array *)0x1);

  const int64_t tv[] = {1, 5};
  ndc_array *t = i64(tv, 2);
  CHECK_OK(ndc_isin(u, t, false, false, &r));
  EXPECT_REPR(r, "array([False,  True, False,  True,  True,  True])");
  CHECK_OK(ndc_isin(u, t, true, true, &r));
  EXPECT_REPR(r, "array([ True, False,  True, False, False, False])");

  const int64_t a1[] = {1, 3, 4, 3}, a2[] = {3, 1, 2, 1};
  ndc_array *x1 = i64(a1, 4), *x2 = i64(a2, 4), *i1 = NULL, *i2 = NULL;
  CHECK_OK(ndc_intersect1d(x1, x2, false, &r, &i1, &i2));
  EXPECT_REPR(r, "array([1, 3])");
  EXPECT_REPR(i1, "array([0, 1])");
  EXPECT_REPR(i2, "array([1, 0])");
  CHECK_OK(ndc_intersect1d(x1, x2, false, &r, NULL, NULL));
  EXPECT_REPR(r, "array([1, 3])");
  r = (ndc_array *)0x1;
  CHECK_STATUS(ndc_intersect1d(x1, x2, false, &r, &i1, NULL), NDC_ERR_INVALID_ARGUMENT);
  CHECK(r == (ndc_array *)0x1);
  CHECK_OK(ndc_union1d(x1, x2, &r));
  EXPECT_REPR(r, "array([1, 2, 3, 4])");
  CHECK_OK(ndc_setdiff1d(x1, x2, false, &r));
  EXPECT_REPR(r, "array([4])");
  CHECK_OK(ndc_setxor1d(x1, x2, false, &r));
  EXPECT_REPR(r, "array([2, 4])");
  CHECK_STATUS(ndc_union1d(x1, NULL, &r), NDC_ERR_NULL_POINTER);
  ndc_array_release(x1);
  ndc_array_release(x2);
  ndc_array_release(t);
  ndc_array_release(u);
  ndc_array_release(s);
  ndc_array_release(v);
}

static void test_statistics(void) {
  ndc_array *b0 = NULL, *b = NULL, *r = NULL, *q = NULL;
  CHECK_OK(ndc_arange(0, 12, 1, NDC_FLOAT64, &b0));
  const int64_t s34[] = {3, 4};
  CHECK_OK(ndc_reshape(b0, 2, s34, NDC_ORDER_C, &b));
  CHECK_OK(ndc_median(b, NULL, &r));
  EXPECT_REPR(r, "array(5.5)");
  const int64_t ax0[] = {0}, ax1[] = {1};
  ndc_reduce_options o;
  memset(&o, 0, sizeof o);
  o.struct_size = sizeof o;
  o.axes = ax0;
  o.naxes = 1;
  CHECK_OK(ndc_median(b, &o, &r));
  EXPECT_REPR(r, "array([4., 5., 6., 7.])");
  const double qv[] = {0.25, 0.5};
  q = f64(qv, 2);
  o.axes = ax1;
  CHECK_OK(ndc_quantile(b, q, NDC_QUANTILE_LINEAR, &o, &r));
  EXPECT_REPR(r, "array([[0.75, 4.75, 8.75],\n       [1.5 , 5.5 , 9.5 ]])");
  ndc_array_release(q);
  CHECK_OK(ndc_scalar_double(50.0, &q));
  o.keepdims = 1;
  CHECK_OK(ndc_percentile(b, q, NDC_QUANTILE_LINEAR, &o, &r));
  EXPECT_REPR(r, "array([[1.5],\n       [5.5],\n       [9.5]])");
  /* out=: the result is written there and *out refers to it. */
  ndc_array *dst = NULL;
  const int64_t s31[] = {3, 1};
  CHECK_OK(ndc_zeros(2, s31, NDC_FLOAT64, NDC_ORDER_C, &dst));
  o.out = dst;
  CHECK_OK(ndc_percentile(b, q, NDC_QUANTILE_LINEAR, &o, &r));
  CHECK(r == dst);
  ndc_array_release(r);
  EXPECT_REPR(dst, "array([[1.5],\n       [5.5],\n       [9.5]])");
  o.out = NULL;
  ndc_array_release(q);
  CHECK_OK(ndc_scalar_double(0.4, &q));
  CHECK_OK(ndc_quantile(b, q, NDC_QUANTILE_NEAREST, NULL, &r));
  EXPECT_REPR(r, "array(4.)");

  const double nv[] = {1, NAN, 3, 4};
  ndc_array *n = f64(nv, 3), *n4 = f64(nv, 4);
  CHECK_OK(ndc_nanmedian(n, NULL, &r));
  EXPECT_REPR(r, "array(2.)");
  CHECK_OK(ndc_median(n, NULL, &r));
  EXPECT_REPR(r, "array(nan)");
  ndc_array *q50 = NULL;
  CHECK_OK(ndc_scalar_double(50.0, &q50));
  CHECK_OK(ndc_nanpercentile(n4, q50, NDC_QUANTILE_LINEAR, NULL, &r));
  EXPECT_REPR(r, "array(3.)");
  CHECK_OK(ndc_nanquantile(n4, q, NDC_QUANTILE_LOWER, NULL, &r));
  EXPECT_REPR(r, "array(1.)");

  /* Errors. */
  r = (ndc_array *)0x1;
  CHECK_STATUS(ndc_quantile(b, q50, NDC_QUANTILE_LINEAR, NULL, &r), NDC_ERR_INVALID_ARGUMENT);
  CHECK_MSG_IS("Quantiles must be in the range [0, 1]");
  CHECK_STATUS(ndc_quantile(b, q, 99, NULL, &r), NDC_ERR_INVALID_ARGUMENT);
  CHECK_STATUS(ndc_quantile(b, NULL, 0, NULL, &r), NDC_ERR_NULL_POINTER);
  const int64_t ax_dup[] = {0, -2};
  ndc_reduce_options od = o;
  od.axes = ax_dup;
  od.naxes = 2;
  od.keepdims = 0;
  CHECK_STATUS(ndc_median(b, &od, &r), NDC_ERR_INVALID_ARGUMENT);
  CHECK_MSG_IS("repeated axis");
  ndc_reduce_options small = o;
  small.struct_size = 1;
  CHECK_STATUS(ndc_median(b, &small, &r), NDC_ERR_INVALID_ARGUMENT);
  o.out = NULL;
  o.axes = (const int64_t[]){2};
  CHECK_STATUS(ndc_median(b, &o, &r), NDC_ERR_INDEX);
  CHECK_MSG_IS("axis 2 is out of bounds for array of dimension 2");
  CHECK(r == (ndc_array *)0x1);

  ndc_array_release(q);
  ndc_array_release(q50);
  ndc_array_release(n);
  ndc_array_release(n4);
  ndc_array_release(b);
  ndc_array_release(b0);
}

static void test_histograms(void) {
  const double hv[] = {1, 2, 1, 4};
  ndc_array *a = f64(hv, 4), *h = NULL, *e = NULL, *r = NULL;
  CHECK_OK(ndc_histogram(a, 3, NULL, NULL, NULL, false, NULL, &h, &e));
  EXPECT_REPR(h, "array([2, 1, 1])");
  EXPECT_REPR(e, "array([1., 2., 3., 4.])");
  const double ev[] = {0, 2, 4};
  ndc_array *edges = f64(ev, 3);
  CHECK_OK(ndc_histogram(a, 0, edges, NULL, NULL, true, NULL, &h, &e));
  EXPECT_REPR(h, "array([0.25, 0.25])");
  EXPECT_REPR(e, "array([0., 2., 4.])");
  const double range[] = {0, 8};
  CHECK_OK(ndc_histogram_bin_edges(a, 2, NULL, NULL, range, &r));
  EXPECT_REPR(r, "array([0., 4., 8.])");
  h = e = (ndc_array *)0x1;
  CHECK_STATUS(ndc_histogram(a, 0, NULL, NULL, NULL, false, NULL, &h, &e), NDC_ERR_INVALID_ARGUMENT);
  CHECK_MSG_IS("`bins` must be positive, when an integer");
  const double bad_range[] = {2, 1};
  CHECK_STATUS(ndc_histogram(a, 2, NULL, NULL, bad_range, false, NULL, &h, &e), NDC_ERR_INVALID_ARGUMENT);
  CHECK_MSG_IS("max must be larger than min in range parameter.");
  CHECK_STATUS(ndc_histogram(a, 2, NULL, NULL, NULL, false, edges, &h, &e), NDC_ERR_INVALID_ARGUMENT);
  CHECK_MSG_IS("weights should have the same shape as a.");
  CHECK_STATUS(ndc_histogram(a, 2, NULL, NULL, NULL, false, NULL, &h, NULL), NDC_ERR_NULL_POINTER);
  CHECK_STATUS(ndc_histogram(a, 0, NULL, "nope", NULL, false, NULL, &h, &e), NDC_ERR_INVALID_ARGUMENT);
  CHECK_MSG_IS("'nope' is not a valid estimator for `bins`");
  CHECK(h == (ndc_array *)0x1 && e == (ndc_array *)0x1);
  CHECK_OK(ndc_histogram(a, 0, NULL, "auto", NULL, false, NULL, &h, &e));
  EXPECT_REPR(h, "array([2, 1, 1])");
  EXPECT_REPR(e, "array([1., 2., 3., 4.])");

  const int64_t xv[] = {0, 1, 1, 3};
  const double wv[] = {0.5, 1, 1, 2};
  ndc_array *x = i64(xv, 4), *w = f64(wv, 4);
  CHECK_OK(ndc_bincount(x, NULL, 0, &r));
  EXPECT_REPR(r, "array([1, 2, 0, 1])");
  CHECK_OK(ndc_bincount(x, w, 6, &r));
  EXPECT_REPR(r, "array([0.5, 2. , 0. , 2. , 0. , 0. ])");
  r = (ndc_array *)0x1;
  CHECK_STATUS(ndc_bincount(x, NULL, -1, &r), NDC_ERR_INVALID_ARGUMENT);
  CHECK_MSG_IS("'minlength' must not be negative");
  CHECK_STATUS(ndc_bincount(x, edges, 0, &r), NDC_ERR_INVALID_ARGUMENT);
  CHECK_MSG_IS("The weights and list don't have the same length.");
  CHECK(r == (ndc_array *)0x1);

  const double dv[] = {0.2, 6.4, 3.0, 1.6}, bv[] = {0, 1, 2.5, 4, 10};
  ndc_array *dx = f64(dv, 4), *bins = f64(bv, 5);
  CHECK_OK(ndc_digitize(dx, bins, false, &r));
  EXPECT_REPR(r, "array([1, 4, 3, 2])");
  r = (ndc_array *)0x1;
  CHECK_STATUS(ndc_digitize(dx, dx, false, &r), NDC_ERR_INVALID_ARGUMENT);
  CHECK_MSG_IS("bins must be monotonically increasing or decreasing");
  CHECK_STATUS(ndc_digitize(NULL, bins, false, &r), NDC_ERR_NULL_POINTER);
  CHECK(r == (ndc_array *)0x1);
  ndc_array_release(dx);
  ndc_array_release(bins);
  ndc_array_release(x);
  ndc_array_release(w);
  ndc_array_release(edges);
  ndc_array_release(a);
}

int main(void) {
  test_sorting();
  test_searching_and_sets();
  test_statistics();
  test_histograms();
  return CHECK_DONE();
}
