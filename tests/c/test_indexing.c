/*
 * test_indexing.c - NumPy's indexing functions from C: take, put and their
 * along-axis and mask forms, compress, extract, choose, argwhere, where
 * with one argument, diag, the index constructors, and their errors and
 * bad input. Expected texts are NumPy 2.4's repr() of the same calls.
 */
#include "check.h"

static ndc_array *ints(int ndim, const int64_t *shape, const int64_t *data) {
  ndc_array *r = NULL;
  CHECK_OK(ndc_array_from_data(data, NDC_INT64, ndim, shape, NULL, &r));
  return r;
}

static ndc_array *bools(int64_t n, const bool *data) {
  ndc_array *r = NULL;
  CHECK_OK(ndc_array_from_data(data, NDC_BOOL, 1, &n, NULL, &r));
  return r;
}

/* a = arange(12).reshape(3, 4), a fresh copy. */
static ndc_array *grid(void) {
  ndc_array *f = NULL, *g = NULL;
  CHECK_OK(ndc_arange_int(0, 12, 1, NDC_INT64, &f));
  CHECK_OK(ndc_reshape(f, 2, (const int64_t[]){3, 4}, NDC_ORDER_C, &g));
  ndc_array_release(f);
  return g;
}

/* Checks the `count` arrays of a multi-output call against reprs, then
   releases them. */
static void expect_parts(ndc_array **parts, int32_t count, int32_t want, const char **reprs) {
  CHECK_EQ_I64(count, want);
  for (int32_t i = 0; i < count && i < want; i++) EXPECT_REPR(parts[i], reprs[i]);
}

int main(void) {
  ndc_array *a = grid(), *r = NULL, *sentinel = (ndc_array *)0x1;
  ndc_array *idx = ints(1, (const int64_t[]){3}, (const int64_t[]){0, 2, -1});
  ndc_array *far = ints(1, (const int64_t[]){3}, (const int64_t[]){5, -1, 13});
  ndc_array *parts[4] = {NULL, NULL, NULL, NULL};
  int32_t count = -1;

  /* take */
  CHECK_OK(ndc_take(a, idx, 1, NDC_MODE_RAISE, &r));
  EXPECT_REPR(r, "array([[ 0,  2,  3],\n       [ 4,  6,  7],\n       [ 8, 10, 11]])");
  CHECK_OK(ndc_take(a, far, NDC_AXIS_NONE, NDC_MODE_WRAP, &r));
  EXPECT_REPR(r, "array([ 5, 11,  1])");
  CHECK_OK(ndc_take(a, far, NDC_AXIS_NONE, NDC_MODE_CLIP, &r));
  EXPECT_REPR(r, "array([ 5,  0, 11])");
  r = sentinel;
  CHECK_STATUS(ndc_take(a, far, NDC_AXIS_NONE, NDC_MODE_RAISE, &r), NDC_ERR_INDEX);
  CHECK_MSG_IS("index 13 is out of bounds for axis 0 with size 12");
  CHECK_STATUS(ndc_take(a, idx, 2, NDC_MODE_RAISE, &r), NDC_ERR_INDEX);
  CHECK_MSG_IS("axis 2 is out of bounds for array of dimension 2");
  CHECK_STATUS(ndc_take(a, idx, 0, 7, &r), NDC_ERR_INVALID_ARGUMENT);
  CHECK_STATUS(ndc_take(NULL, idx, 0, NDC_MODE_RAISE, &r), NDC_ERR_NULL_POINTER);
  CHECK_STATUS(ndc_take(a, NULL, 0, NDC_MODE_RAISE, &r), NDC_ERR_NULL_POINTER);
  CHECK_STATUS(ndc_take(a, idx, 0, NDC_MODE_RAISE, NULL), NDC_ERR_NULL_POINTER);
  ndc_array *fidx = NULL, *empty = NULL;
  CHECK_OK(ndc_arange(0, 2, 1, NDC_FLOAT64, &fidx));
  CHECK_STATUS(ndc_take(a, fidx, 0, NDC_MODE_RAISE, &r), NDC_ERR_DTYPE);
  CHECK_MSG_IS("Cannot cast array data from dtype('float64') to dtype('int64') according to the "
               "rule 'same_kind'");
  CHECK_OK(ndc_zeros(2, (const int64_t[]){0, 3}, NDC_FLOAT64, NDC_ORDER_C, &empty));
  CHECK_STATUS(ndc_take(empty, idx, 0, NDC_MODE_CLIP, &r), NDC_ERR_INDEX);
  CHECK_MSG_IS("cannot do a non-empty take from an empty axes.");
  CHECK(r == sentinel);

  /* take_along_axis / put_along_axis */
  ndc_array *rev = ints(2, (const int64_t[]){1, 4}, (const int64_t[]){3, 2, 1, 0});
  CHECK_OK(ndc_take_along_axis(a, rev, 1, &r));
  EXPECT_REPR(r, "array([[ 3,  2,  1,  0],\n       [ 7,  6,  5,  4],\n       [11, 10,  9,  8]])");
  CHECK_STATUS(ndc_take_along_axis(a, idx, 1, &r), NDC_ERR_INVALID_ARGUMENT);
  CHECK_MSG_IS("`indices` and `arr` must have the same number of dimensions");
  CHECK_STATUS(ndc_take_along_axis(a, rev, NDC_AXIS_NONE, &r), NDC_ERR_INVALID_ARGUMENT);
  CHECK_MSG_IS("when axis=None, `indices` must have a single dimension.");
  CHECK_STATUS(ndc_take_along_axis(a, NULL, 1, &r), NDC_ERR_NULL_POINTER);
  ndc_array *b = grid(), *diag_idx = ints(2, (const int64_t[]){3, 1}, (const int64_t[]){0, 1, 2});
  ndc_array *n99 = NULL;
  CHECK_OK(ndc_scalar_int64(99, &n99));
  CHECK_OK(ndc_put_along_axis(b, diag_idx, n99, 1));
  EXPECT_REPR(ndc_array_retain(b),
              "array([[99,  1,  2,  3],\n       [ 4, 99,  6,  7],\n       [ 8,  9, 99, 11]])");
  CHECK_STATUS(ndc_put_along_axis(b, diag_idx, n99, -3), NDC_ERR_INDEX);
  ndc_array_release(b);

  /* put: modes, cycling values, read-only target */
  b = grid();
  ndc_array *pidx = ints(1, (const int64_t[]){3}, (const int64_t[]){0, 5, 30});
  ndc_array *pv = ints(1, (const int64_t[]){2}, (const int64_t[]){-1, -2});
  CHECK_OK(ndc_put(b, pidx, pv, NDC_MODE_CLIP));
  EXPECT_REPR(ndc_array_retain(b),
              "array([[-1,  1,  2,  3],\n       [ 4, -2,  6,  7],\n       [ 8,  9, 10, -1]])");
  CHECK_STATUS(ndc_put(b, pidx, pv, NDC_MODE_RAISE), NDC_ERR_INDEX);
  CHECK_MSG_IS("index 30 is out of bounds for axis 0 with size 12");
  CHECK_STATUS(ndc_put(b, fidx, pv, NDC_MODE_RAISE), NDC_ERR_DTYPE);
  CHECK_STATUS(ndc_put(b, pidx, pv, -1), NDC_ERR_INVALID_ARGUMENT);
  CHECK_STATUS(ndc_put(b, pidx, NULL, NDC_MODE_RAISE), NDC_ERR_NULL_POINTER);
  CHECK_OK(ndc_array_set_readonly(b, true));
  CHECK_STATUS(ndc_put(b, pidx, pv, NDC_MODE_CLIP), NDC_ERR_READONLY);
  CHECK_MSG_IS("put: output array is read-only");
  ndc_array_release(b);

  /* place / putmask: the k-th true gets vals[k % n] vs position i gets
     values[i % n]. */
  ndc_array *five = NULL, *zero = NULL, *rem = NULL, *m5 = NULL;
  ndc_array *v3 = ints(1, (const int64_t[]){3}, (const int64_t[]){7, 8, 9});
  CHECK_OK(ndc_scalar_int64(5, &five));
  CHECK_OK(ndc_scalar_int64(0, &zero));
  CHECK_OK(ndc_remainder(a, five, NULL, &rem));
  CHECK_OK(ndc_equal(rem, zero, NULL, &m5));
  b = grid();
  CHECK_OK(ndc_place(b, m5, v3));
  EXPECT_REPR(ndc_array_retain(b),
              "array([[ 7,  1,  2,  3],\n       [ 4,  8,  6,  7],\n       [ 8,  9,  9, 11]])");
  ndc_array_release(b);
  b = grid();
  CHECK_OK(ndc_putmask(b, m5, v3));
  EXPECT_REPR(ndc_array_retain(b),
              "array([[ 7,  1,  2,  3],\n       [ 4,  9,  6,  7],\n       [ 8,  9,  8, 11]])");
  CHECK_STATUS(ndc_putmask(b, idx, v3), NDC_ERR_INVALID_ARGUMENT);
  CHECK_MSG_IS("putmask: mask and data must be the same size");
  CHECK_STATUS(ndc_place(b, m5, fidx), NDC_ERR_DTYPE);
  CHECK_STATUS(ndc_place(NULL, m5, v3), NDC_ERR_NULL_POINTER);
  CHECK_OK(ndc_array_set_readonly(b, true));
  CHECK_STATUS(ndc_putmask(b, m5, v3), NDC_ERR_READONLY);
  CHECK_STATUS(ndc_place(b, m5, v3), NDC_ERR_READONLY);
  ndc_array_release(b);

  /* compress / extract */
  ndc_array *c3 = bools(3, (const bool[]){true, false, true});
  CHECK_OK(ndc_compress(c3, a, 0, &r));
  EXPECT_REPR(r, "array([[ 0,  1,  2,  3],\n       [ 8,  9, 10, 11]])");
  CHECK_OK(ndc_compress(c3, a, NDC_AXIS_NONE, &r));
  EXPECT_REPR(r, "array([0, 2])");
  CHECK_STATUS(ndc_compress(a, a, 0, &r), NDC_ERR_INVALID_ARGUMENT);
  CHECK_MSG_IS("condition must be a 1-d array");
  CHECK_STATUS(ndc_compress(c3, a, 5, &r), NDC_ERR_INDEX);
  CHECK_OK(ndc_extract(m5, a, &r));
  EXPECT_REPR(r, "array([ 0,  5, 10])");
  CHECK_STATUS(ndc_extract(NULL, a, &r), NDC_ERR_NULL_POINTER);

  /* choose */
  ndc_array *sel = ints(1, (const int64_t[]){4}, (const int64_t[]){0, 3, -1, 1});
  ndc_array *c0 = NULL, *c1 = NULL;
  CHECK_OK(ndc_arange_int(0, 4, 1, NDC_INT64, &c0));
  CHECK_OK(ndc_arange_int(10, 14, 1, NDC_INT64, &c1));
  const ndc_array *choices[] = {c0, c1};
  CHECK_OK(ndc_choose(sel, 2, choices, NDC_MODE_WRAP, &r));
  EXPECT_REPR(r, "array([ 0, 11, 12, 13])");
  CHECK_OK(ndc_choose(sel, 2, choices, NDC_MODE_CLIP, &r));
  EXPECT_REPR(r, "array([ 0, 11,  2, 13])");
  CHECK_STATUS(ndc_choose(sel, 2, choices, NDC_MODE_RAISE, &r), NDC_ERR_INVALID_ARGUMENT);
  CHECK_MSG_IS("invalid entry in choice array");
  CHECK_STATUS(ndc_choose(sel, 0, NULL, NDC_MODE_RAISE, &r), NDC_ERR_INVALID_ARGUMENT);
  CHECK_MSG_IS("0-length sequence.");
  CHECK_STATUS(ndc_choose(sel, 2, NULL, NDC_MODE_RAISE, &r), NDC_ERR_NULL_POINTER);
  CHECK_STATUS(ndc_choose(sel, -1, choices, NDC_MODE_RAISE, &r), NDC_ERR_INVALID_ARGUMENT);

  /* argwhere, where(x) == nonzero(x) */
  CHECK_OK(ndc_argwhere(m5, &r));
  EXPECT_REPR(r, "array([[0, 0],\n       [1, 1],\n       [2, 2]])");
  CHECK_OK(ndc_where_nonzero(m5, parts, 4, &count));
  expect_parts(parts, count, 2, (const char *[]){"array([0, 1, 2])", "array([0, 1, 2])"});
  count = -1;
  CHECK_STATUS(ndc_where_nonzero(five, parts, 4, &count), NDC_ERR_INVALID_ARGUMENT);
  CHECK_MSG_IS("Calling nonzero on 0d arrays is not allowed. Use np.atleast_1d(scalar).nonzero() "
               "instead.");
  CHECK_STATUS(ndc_where_nonzero(m5, parts, 1, &count), NDC_ERR_INVALID_ARGUMENT);
  CHECK_STATUS(ndc_where_nonzero(m5, NULL, 4, &count), NDC_ERR_NULL_POINTER);
  CHECK_STATUS(ndc_where_nonzero(m5, parts, 4, NULL), NDC_ERR_NULL_POINTER);
  CHECK_EQ_I64(count, -1);
  CHECK_OK(ndc_argwhere(five, &r));
  EXPECT_REPR(r, "array([], shape=(1, 0), dtype=int64)");

  /* diag: 1-D -> 2-D, 2-D -> its diagonal (read-only view) */
  ndc_array *d2 = ints(1, (const int64_t[]){2}, (const int64_t[]){1, 2});
  CHECK_OK(ndc_diag(d2, 1, &r));
  EXPECT_REPR(r, "array([[0, 1, 0],\n       [0, 0, 2],\n       [0, 0, 0]])");
  CHECK_OK(ndc_diag(a, -1, &r));
  CHECK_STATUS(ndc_setitem(r, "0", 0, NULL, five), NDC_ERR_READONLY);
  EXPECT_REPR(r, "array([4, 9])");
  CHECK_STATUS(ndc_diag(five, 0, &r), NDC_ERR_INVALID_ARGUMENT);
  CHECK_MSG_IS("Input must be 1- or 2-d.");

  /* diag_indices, tril/triu indices */
  CHECK_OK(ndc_diag_indices(3, 2, parts, 4, &count));
  expect_parts(parts, count, 2, (const char *[]){"array([0, 1, 2])", "array([0, 1, 2])"});
  CHECK_STATUS(ndc_diag_indices(-1, 2, parts, 4, &count), NDC_ERR_INVALID_ARGUMENT);
  CHECK_STATUS(ndc_diag_indices(3, -2, parts, 4, &count), NDC_ERR_INVALID_ARGUMENT);
  CHECK_STATUS(ndc_diag_indices_from(a, parts, 4, &count), NDC_ERR_INVALID_ARGUMENT);
  CHECK_MSG_IS("All dimensions of input must be of equal length");
  CHECK_OK(ndc_tril_indices(3, 0, -1, parts, 2, &count));
  expect_parts(parts, count, 2,
               (const char *[]){"array([0, 1, 1, 2, 2, 2])", "array([0, 0, 1, 0, 1, 2])"});
  CHECK_OK(ndc_triu_indices(3, 1, 4, parts, 2, &count));
  expect_parts(parts, count, 2,
               (const char *[]){"array([0, 0, 0, 1, 1, 2])", "array([1, 2, 3, 2, 3, 3])"});
  CHECK_OK(ndc_tril_indices_from(a, -1, parts, 2, &count));
  expect_parts(parts, count, 2, (const char *[]){"array([1, 2, 2])", "array([0, 0, 1])"});
  CHECK_OK(ndc_triu_indices_from(a, 0, parts, 2, &count));
  expect_parts(parts, count, 2,
               (const char *[]){"array([0, 0, 0, 0, 1, 1, 1, 2, 2])",
                                "array([0, 1, 2, 3, 1, 2, 3, 2, 3])"});
  CHECK_STATUS(ndc_triu_indices_from(idx, 0, parts, 2, &count), NDC_ERR_INVALID_ARGUMENT);
  CHECK_MSG_IS("input array must be 2-d");
  CHECK_STATUS(ndc_tril_indices(3, 0, -7, parts, 2, &count), NDC_ERR_INVALID_ARGUMENT);

  /* unravel_index / ravel_multi_index */
  ndc_array *flat = ints(1, (const int64_t[]){3}, (const int64_t[]){1, 11, 7});
  const int64_t dims[] = {3, 4};
  CHECK_OK(ndc_unravel_index(flat, 2, dims, NDC_ORDER_C, parts, 4, &count));
  expect_parts(parts, count, 2, (const char *[]){"array([0, 2, 1])", "array([1, 3, 3])"});
  CHECK_OK(ndc_unravel_index(flat, 2, dims, NDC_ORDER_F, parts, 4, &count));
  expect_parts(parts, count, 2, (const char *[]){"array([1, 2, 1])", "array([0, 3, 2])"});
  CHECK_STATUS(ndc_unravel_index(flat, 2, (const int64_t[]){2, 3}, NDC_ORDER_C, parts, 4, &count),
               NDC_ERR_INVALID_ARGUMENT);
  CHECK_MSG_IS("index 11 is out of bounds for array with size 6");
  CHECK_STATUS(ndc_unravel_index(fidx, 2, dims, NDC_ORDER_C, parts, 4, &count), NDC_ERR_DTYPE);
  CHECK_MSG_IS("only int indices permitted");
  CHECK_STATUS(ndc_unravel_index(flat, 2, dims, NDC_ORDER_K, parts, 4, &count),
               NDC_ERR_INVALID_ARGUMENT);
  CHECK_MSG_IS("only 'C' or 'F' order is permitted");
  CHECK_STATUS(ndc_unravel_index(flat, 2, (const int64_t[]){3, -4}, NDC_ORDER_C, parts, 4, &count),
               NDC_ERR_INVALID_ARGUMENT);
  CHECK_STATUS(ndc_unravel_index(flat, 2, NULL, NDC_ORDER_C, parts, 4, &count),
               NDC_ERR_NULL_POINTER);
  ndc_array *rows = ints(1, (const int64_t[]){3}, (const int64_t[]){0, 2, -1});
  ndc_array *cols = ints(1, (const int64_t[]){3}, (const int64_t[]){3, 5, 1});
  const ndc_array *coords[] = {rows, cols};
  const ndc_clipmode per_dim[] = {NDC_MODE_WRAP, NDC_MODE_CLIP};
  CHECK_OK(ndc_ravel_multi_index(2, coords, 2, dims, 2, per_dim, NDC_ORDER_C, &r));
  EXPECT_REPR(r, "array([ 3, 11,  9])");
  const ndc_clipmode raise = NDC_MODE_RAISE;
  r = sentinel;
  CHECK_STATUS(ndc_ravel_multi_index(2, coords, 2, dims, 0, &raise, NDC_ORDER_C, &r),
               NDC_ERR_INVALID_ARGUMENT);
  CHECK_MSG_IS("invalid entry in coordinates array");
  CHECK_STATUS(ndc_ravel_multi_index(2, coords, 2, dims, 1, &raise, NDC_ORDER_C, &r),
               NDC_ERR_INVALID_ARGUMENT);
  CHECK_MSG_IS("list of clipmodes has wrong length (1 instead of 2)");
  CHECK_STATUS(ndc_ravel_multi_index(1, coords, 2, dims, 0, &raise, NDC_ORDER_C, &r),
               NDC_ERR_INVALID_ARGUMENT);
  CHECK_MSG_IS("parameter multi_index must be a sequence of length 2");
  CHECK_STATUS(ndc_ravel_multi_index(2, coords, 2, dims, 0, NULL, NDC_ORDER_C, &r),
               NDC_ERR_NULL_POINTER);
  CHECK(r == sentinel);
  ndc_array *r2 = ints(1, (const int64_t[]){2}, (const int64_t[]){0, 2});
  ndc_array *c2 = ints(1, (const int64_t[]){2}, (const int64_t[]){3, 1});
  const ndc_array *fcoords[] = {r2, c2};
  CHECK_OK(ndc_ravel_multi_index(2, fcoords, 2, dims, 0, &raise, NDC_ORDER_F, &r));
  EXPECT_REPR(r, "array([9, 5])");

  /* ix_: an open mesh; a[ix_(...)] takes the cross product */
  ndc_array *cr = ints(1, (const int64_t[]){2}, (const int64_t[]){1, 3});
  const ndc_array *mesh_in[] = {r2, cr};
  CHECK_OK(ndc_ix_(2, mesh_in, parts, 2, &count));
  CHECK_EQ_I64(count, 2);
  const ndc_array *mesh[] = {parts[0], parts[1]};
  CHECK_OK(ndc_getitem(a, "?, ?", 2, mesh, &r));
  EXPECT_REPR(r, "array([[ 1,  3],\n       [ 9, 11]])");
  expect_parts(parts, count, 2, (const char *[]){"array([[0],\n       [2]])", "array([[1, 3]])"});
  const ndc_array *mask_in[] = {c3};
  CHECK_OK(ndc_ix_(1, mask_in, parts, 2, &count));
  expect_parts(parts, count, 1, (const char *[]){"array([0, 2])"});
  const ndc_array *bad_in[] = {a};
  count = -1;
  CHECK_STATUS(ndc_ix_(1, bad_in, parts, 2, &count), NDC_ERR_INVALID_ARGUMENT);
  CHECK_MSG_IS("Cross index must be 1 dimensional");
  CHECK_STATUS(ndc_ix_(2, mesh_in, parts, 1, &count), NDC_ERR_INVALID_ARGUMENT);
  CHECK_EQ_I64(count, -1);

  ndc_array *objs[] = {a,   idx, far,  fidx, empty, rev, diag_idx, n99, pidx, pv,   five, zero,
                       rem, m5,  v3,   c3,   sel,   c0,  c1,       d2,  flat, rows, cols, r2,
                       c2,  cr};
  for (size_t k = 0; k < sizeof objs / sizeof objs[0]; k++) ndc_array_release(objs[k]);
  return CHECK_DONE();
}
