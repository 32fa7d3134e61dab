/*
 * test_shape.c - reshape and the other shape views from C. Expected texts
 * are NumPy 2.4's repr() of the same expressions.
 */
#include "check.h"

int main(void) {
  ndc_array *r = NULL, *a = NULL, *m = NULL, *t = NULL, *v = NULL;
  CHECK_OK(ndc_arange_int(0, 12, 1, NDC_INT64, &r));
  const int64_t s34[] = {3, 4};
  CHECK_OK(ndc_reshape(r, 2, s34, NDC_ORDER_DEFAULT, &m));
  /* A view: the base is the arange. */
  CHECK_OK(ndc_array_base(m, &a));
  CHECK(a == r);
  ndc_array_release(a);
  EXPECT_REPR(ndc_array_retain(m),
              "array([[ 0,  1,  2,  3],\n       [ 4,  5,  6,  7],\n       [ 8,  9, 10, 11]])");
  /* Writes through the view show in the base. */
  const int64_t idx[] = {1, 2};
  CHECK_OK(ndc_array_set_int64(m, idx, 2, 99));
  int64_t got = 0;
  const int64_t flat[] = {6};
  CHECK_OK(ndc_array_get_int64(r, flat, 1, &got));
  CHECK_EQ_I64(got, 99);
  CHECK_OK(ndc_array_set_int64(m, idx, 2, 6));

  CHECK_OK(ndc_transpose(m, 0, NULL, &t));
  CHECK_EQ_I64(ndc_array_strides(t)[0], 8);
  CHECK_EQ_I64(ndc_array_strides(t)[1], 32);
  EXPECT_REPR(ndc_array_retain(t), "array([[ 0,  4,  8],\n       [ 1,  5,  9],\n       [ 2,  6, 10],\n"
                                   "       [ 3,  7, 11]])");
  /* Transposed to 1-d needs a copy (no base link to r). */
  CHECK_OK(ndc_ravel(t, NDC_ORDER_C, &v));
  EXPECT_REPR(v, "array([ 0,  4,  8,  1,  5,  9,  2,  6, 10,  3,  7, 11])");
  const int64_t s26[] = {2, 6};
  CHECK_OK(ndc_reshape(m, 2, s26, NDC_ORDER_F, &v));
  EXPECT_REPR(v, "array([[ 0,  8,  5,  2, 10,  7],\n       [ 4,  1,  9,  6,  3, 11]])");

  /* Errors with NumPy's texts; out untouched. */
  const int64_t s53[] = {5, 3}, sm5[] = {-1, 5}, smm[] = {-1, -1};
  v = (ndc_array *)0x1;
  CHECK_STATUS(ndc_reshape(r, 2, s53, NDC_ORDER_C, &v), NDC_ERR_INVALID_ARGUMENT);
  CHECK_MSG_IS("cannot reshape array of size 12 into shape (5,3)");
  CHECK_STATUS(ndc_reshape(r, 2, sm5, NDC_ORDER_C, &v), NDC_ERR_INVALID_ARGUMENT);
  CHECK_MSG_IS("cannot reshape array of size 12 into shape (5)");
  CHECK_STATUS(ndc_reshape(r, 2, smm, NDC_ORDER_C, &v), NDC_ERR_INVALID_ARGUMENT);
  CHECK_MSG_IS("can only specify one unknown dimension");
  CHECK_STATUS(ndc_reshape(r, 2, s34, NDC_ORDER_K, &v), NDC_ERR_INVALID_ARGUMENT);
  CHECK_STATUS(ndc_reshape(NULL, 2, s34, NDC_ORDER_C, &v), NDC_ERR_NULL_POINTER);
  CHECK_STATUS(ndc_reshape(r, 2, NULL, NDC_ORDER_C, &v), NDC_ERR_NULL_POINTER);
  CHECK_STATUS(ndc_swapaxes(m, 0, 2, &v), NDC_ERR_INDEX);
  CHECK_MSG_IS("axis2: axis 2 is out of bounds for array of dimension 2");
  const int64_t rep[] = {0, 0};
  CHECK_STATUS(ndc_transpose(m, 2, rep, &v), NDC_ERR_INVALID_ARGUMENT);
  CHECK_MSG_IS("repeated axis in transpose");
  CHECK_STATUS(ndc_squeeze(m, 1, (const int64_t[]){0}, &v), NDC_ERR_INVALID_ARGUMENT);
  CHECK(v == (ndc_array *)0x1);

  /* Shapes of the other views. */
  ndc_array *x = NULL;
  CHECK_OK(ndc_arange_int(0, 24, 1, NDC_INT64, &x));
  const int64_t s234[] = {2, 3, 4};
  CHECK_OK(ndc_reshape(x, 3, s234, NDC_ORDER_C, &v));
  ndc_array_release(x);
  x = v;
  CHECK_OK(ndc_moveaxis(x, 1, (const int64_t[]){0}, (const int64_t[]){-1}, &v));
  CHECK_EQ_I64(ndc_array_shape(v)[0], 3);
  CHECK_EQ_I64(ndc_array_shape(v)[2], 2);
  ndc_array_release(v);
  CHECK_OK(ndc_expand_dims(r, 2, (const int64_t[]){0, 2}, &v));
  CHECK_EQ_I64(ndc_array_ndim(v), 3);
  CHECK_EQ_I64(ndc_array_shape(v)[1], 12);
  ndc_array *sq = NULL;
  CHECK_OK(ndc_squeeze(v, 0, NULL, &sq));
  CHECK_EQ_I64(ndc_array_ndim(sq), 1);
  ndc_array_release(sq);
  ndc_array_release(v);
  CHECK_OK(ndc_atleast_3d(r, &v));
  CHECK_EQ_I64(ndc_array_shape(v)[0], 1);
  CHECK_EQ_I64(ndc_array_shape(v)[1], 12);
  CHECK_EQ_I64(ndc_array_shape(v)[2], 1);
  ndc_array_release(v);
  CHECK_OK(ndc_matrix_transpose(x, &v));
  CHECK_EQ_I64(ndc_array_shape(v)[1], 4);
  ndc_array_release(v);
  CHECK_OK(ndc_flatten(x, NDC_ORDER_C, &v));
  CHECK(ndc_array_flags(v) & NDC_OWNDATA);
  ndc_array_release(v);

  /* flip, diagonal, concatenate, stack (texts from NumPy). */
  ndc_array *a6 = NULL, *a23 = NULL, *sq9 = NULL, *s9 = NULL, *col = NULL;
  CHECK_OK(ndc_arange_int(0, 6, 1, NDC_INT64, &a6));
  CHECK_OK(ndc_reshape(a6, 2, (const int64_t[]){2, 3}, NDC_ORDER_C, &a23));
  CHECK_OK(ndc_flip(a23, 0, NULL, &v));
  EXPECT_REPR(v, "array([[5, 4, 3],\n       [2, 1, 0]])");
  CHECK_OK(ndc_fliplr(a23, &v));
  EXPECT_REPR(v, "array([[2, 1, 0],\n       [5, 4, 3]])");
  CHECK_OK(ndc_flipud(a23, &v));
  EXPECT_REPR(v, "array([[3, 4, 5],\n       [0, 1, 2]])");
  v = (ndc_array *)0x1;
  CHECK_STATUS(ndc_fliplr(a6, &v), NDC_ERR_INVALID_ARGUMENT);
  CHECK_MSG_IS("Input must be >= 2-d.");
  CHECK(v == (ndc_array *)0x1);
  CHECK_OK(ndc_arange_int(0, 9, 1, NDC_INT64, &s9));
  CHECK_OK(ndc_reshape(s9, 2, (const int64_t[]){3, 3}, NDC_ORDER_C, &sq9));
  CHECK_OK(ndc_diagonal(sq9, 1, 0, 1, &v));
  CHECK(!(ndc_array_flags(v) & NDC_WRITEABLE));
  EXPECT_REPR(v, "array([1, 5])");
  CHECK_OK(ndc_diagonal(sq9, -1, 0, 1, &v));
  EXPECT_REPR(v, "array([3, 7])");
  const ndc_array *two_a[] = {a23, a23};
  CHECK_OK(ndc_concatenate(2, two_a, 0, &v));
  EXPECT_REPR(v, "array([[0, 1, 2],\n       [3, 4, 5],\n       [0, 1, 2],\n       [3, 4, 5]])");
  CHECK_OK(ndc_concatenate(2, two_a, NDC_AXIS_NONE, &v));
  EXPECT_REPR(v, "array([0, 1, 2, 3, 4, 5, 0, 1, 2, 3, 4, 5])");
  CHECK_OK(ndc_ones(2, (const int64_t[]){2, 1}, NDC_INT8, NDC_ORDER_C, &col));
  const ndc_array *with_col[] = {a23, col};
  CHECK_OK(ndc_concatenate(2, with_col, 1, &v));
  EXPECT_REPR(v, "array([[0, 1, 2, 1],\n       [3, 4, 5, 1]])");
  const ndc_array *mixed[] = {a23, a6};
  CHECK_STATUS(ndc_concatenate(2, mixed, 0, &v), NDC_ERR_INVALID_ARGUMENT);
  CHECK_MSG_IS("all the input arrays must have same number of dimensions, but the array at index 0 "
               "has 2 dimension(s) and the array at index 1 has 1 dimension(s)");
  CHECK_STATUS(ndc_concatenate(2, two_a, 2, &v), NDC_ERR_INDEX);
  CHECK_STATUS(ndc_concatenate(0, two_a, 0, &v), NDC_ERR_INVALID_ARGUMENT);
  CHECK_STATUS(ndc_concatenate(2, NULL, 0, &v), NDC_ERR_NULL_POINTER);
  ndc_array *r3 = NULL, *f3 = NULL;
  CHECK_OK(ndc_arange_int(0, 3, 1, NDC_INT64, &r3));
  CHECK_OK(ndc_arange(0, 3, 1, NDC_FLOAT64, &f3));
  const ndc_array *pair[] = {r3, f3};
  CHECK_OK(ndc_stack(2, pair, 0, &v));
  EXPECT_REPR(v, "array([[0., 1., 2.],\n       [0., 1., 2.]])");
  const ndc_array *same[] = {r3, r3};
  CHECK_OK(ndc_stack(2, same, 1, &v));
  EXPECT_REPR(v, "array([[0, 0],\n       [1, 1],\n       [2, 2]])");
  const ndc_array *uneven[] = {r3, a6};
  CHECK_STATUS(ndc_stack(2, uneven, 0, &v), NDC_ERR_INVALID_ARGUMENT);
  CHECK_MSG_IS("all input arrays must have the same shape");
  ndc_array *objs[] = {a6, a23, sq9, s9, col, r3, f3};
  for (size_t k = 0; k < sizeof objs / sizeof objs[0]; k++) ndc_array_release(objs[k]);

  ndc_array_release(x);
  ndc_array_release(t);
  ndc_array_release(m);
  ndc_array_release(r);
  return CHECK_DONE();
}
