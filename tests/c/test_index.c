/*
 * test_index.c - getitem/setitem from C with index strings and ndc_index
 * structs. Expected texts are NumPy 2.4's repr() of the same expressions.
 */
#include "check.h"

static ndc_array *get(ndc_array *a, const char *idx) {
  ndc_array *r = NULL;
  if (!CHECK_OK(ndc_getitem(a, idx, 0, NULL, &r))) fprintf(stderr, "  index \"%s\"\n", idx);
  return r;
}

int main(void) {
  ndc_array *flat = NULL, *b = NULL, *r = NULL;
  CHECK_OK(ndc_arange_int(0, 24, 1, NDC_INT64, &flat));
  CHECK_OK(ndc_reshape(flat, 3, (const int64_t[]){2, 3, 4}, NDC_ORDER_C, &b));

  /* NumPy's placement rule for separated advanced indices. */
  EXPECT_REPR(get(b, "0, :, [0, 1]"), "array([[0, 4, 8],\n       [1, 5, 9]])");
  EXPECT_REPR(get(b, "[0, 1], :, 0"), "array([[ 0,  4,  8],\n       [12, 16, 20]])");
  r = get(b, "..., ::-1");
  EXPECT_REPR(get(r, "1, 0"), "array([15, 14, 13, 12])");
  ndc_array_release(r);
  EXPECT_REPR(get(b, "None, 1, 1:, -1"), "array([[19, 23]])");
  r = get(b, ":, [0, 2]");
  EXPECT_REPR(get(r, "..., [1, 3]"),
              "array([[[ 1,  3],\n        [ 9, 11]],\n\n       [[13, 15],\n        [21, 23]]])");
  ndc_array_release(r);

  /* The same index as structs: b[1, ::-1, None, 2] */
  ndc_index items[4];
  memset(items, 0, sizeof items);
  items[0].kind = NDC_INDEX_INT;
  items[0].value = 1;
  items[1].kind = NDC_INDEX_SLICE;
  items[1].flags = NDC_SLICE_HAS_STEP;
  items[1].step = -1;
  items[2].kind = NDC_INDEX_NEWAXIS;
  items[3].kind = NDC_INDEX_INT;
  items[3].value = 2;
  CHECK_OK(ndc_getitem_index(b, items, 4, &r));
  EXPECT_REPR(r, "array([[22],\n       [18],\n       [14]])");
  items[1].kind = 99;
  CHECK_STATUS(ndc_getitem_index(b, items, 4, &r), NDC_ERR_INVALID_ARGUMENT);

  /* Errors. */
  ndc_array *v = NULL;
  CHECK_OK(ndc_arange_int(0, 10, 1, NDC_INT64, &v));
  r = (ndc_array *)0x1;
  CHECK_STATUS(ndc_getitem(v, "[0, 12]", 0, NULL, &r), NDC_ERR_INDEX);
  CHECK_MSG_IS("index 12 is out of bounds for axis 0 with size 10");
  CHECK_STATUS(ndc_getitem(v, "1:, ::0", 0, NULL, &r), NDC_ERR_INVALID_ARGUMENT);
  CHECK_MSG_IS("index string \"1:, ::0\": slice step cannot be zero (column 6)");
  CHECK_STATUS(ndc_getitem(v, "1, 2", 0, NULL, &r), NDC_ERR_INDEX);
  CHECK_MSG_IS("too many indices for array: array is 1-dimensional, but 2 were indexed");
  CHECK_STATUS(ndc_getitem(v, "..., ...", 0, NULL, &r), NDC_ERR_INDEX);
  CHECK_STATUS(ndc_getitem(v, "?", 0, NULL, &r), NDC_ERR_INVALID_ARGUMENT);
  CHECK_STATUS(ndc_getitem(v, "1.5:", 0, NULL, &r), NDC_ERR_INVALID_ARGUMENT);
  CHECK_STATUS(ndc_getitem(NULL, "0", 0, NULL, &r), NDC_ERR_NULL_POINTER);
  CHECK_STATUS(ndc_getitem(v, NULL, 0, NULL, &r), NDC_ERR_NULL_POINTER);
  CHECK(r == (ndc_array *)0x1);
  const bool mv[] = {true, false};
  ndc_array *mask = NULL;
  CHECK_OK(ndc_array_from_data(mv, NDC_BOOL, 1, (const int64_t[]){2}, NULL, &mask));
  const ndc_array *margs[] = {mask};
  CHECK_STATUS(ndc_getitem(v, "?", 1, margs, &r), NDC_ERR_INDEX);
  CHECK_MSG_IS("boolean index did not match indexed array along axis 0; size of axis is 10 but "
               "size of corresponding boolean axis is 2");

  /* setitem: one-hot encoding from the seed, repeated indices, overlap,
     boolean masks, and read-only targets. */
  ndc_array *oh = NULL, *rows = NULL, *labels = NULL, *one = NULL;
  CHECK_OK(ndc_zeros(2, (const int64_t[]){4, 3}, NDC_FLOAT64, NDC_ORDER_C, &oh));
  CHECK_OK(ndc_arange_int(0, 4, 1, NDC_INT64, &rows));
  const int64_t lv[] = {0, 2, 1, 2};
  CHECK_OK(ndc_array_from_data(lv, NDC_INT64, 1, (const int64_t[]){4}, NULL, &labels));
  CHECK_OK(ndc_scalar_int64(1, &one));
  const ndc_array *oargs[] = {rows, labels};
  CHECK_OK(ndc_setitem(oh, "?, ?", 2, oargs, one));
  EXPECT_REPR(ndc_array_retain(oh), "array([[1., 0., 0.],\n       [0., 0., 1.],\n       [0., 1., 0.],\n"
                                    "       [0., 0., 1.]])");
  ndc_array *a5 = NULL, *vals = NULL;
  CHECK_OK(ndc_arange_int(0, 5, 1, NDC_INT64, &a5));
  const int64_t vv[] = {7, 8, 9};
  CHECK_OK(ndc_array_from_data(vv, NDC_INT64, 1, (const int64_t[]){3}, NULL, &vals));
  CHECK_OK(ndc_setitem(a5, "[0, 0, 1]", 0, NULL, vals));
  EXPECT_REPR(a5, "array([8, 9, 2, 3, 4])");
  ndc_array *f6 = NULL, *head = NULL;
  CHECK_OK(ndc_arange(0, 6, 1, NDC_FLOAT64, &f6));
  head = get(f6, ":-1");
  CHECK_OK(ndc_setitem(f6, "1:", 0, NULL, head));
  EXPECT_REPR(ndc_array_retain(f6), "array([0., 0., 1., 2., 3., 4.])");
  ndc_array_release(head);
  ndc_array *m23 = NULL, *two = NULL, *gt = NULL, *neg = NULL, *i6 = NULL;
  CHECK_OK(ndc_arange_int(0, 6, 1, NDC_INT64, &i6));
  CHECK_OK(ndc_reshape(i6, 2, (const int64_t[]){2, 3}, NDC_ORDER_C, &m23));
  CHECK_OK(ndc_scalar_int64(2, &two));
  CHECK_OK(ndc_greater(m23, two, NULL, &gt));
  CHECK_OK(ndc_scalar_int64(-1, &neg));
  const ndc_array *gargs[] = {gt};
  CHECK_OK(ndc_setitem(m23, "?", 1, gargs, neg));
  EXPECT_REPR(ndc_array_retain(m23), "array([[ 0,  1,  2],\n       [-1, -1, -1]])");
  /* Broadcast failure and read-only target. */
  ndc_array *four = NULL;
  CHECK_OK(ndc_arange_int(0, 4, 1, NDC_INT64, &four));
  CHECK_STATUS(ndc_setitem(m23, "0", 0, NULL, four), NDC_ERR_INVALID_ARGUMENT);
  CHECK_MSG_IS("could not broadcast input array from shape (4,) into shape (3,)");
  ndc_array_release(four);
  CHECK_OK(ndc_array_set_readonly(m23, true));
  CHECK_STATUS(ndc_setitem(m23, "0, 0", 0, NULL, neg), NDC_ERR_READONLY);

  /* nonzero, flatnonzero, tril, triu (texts from NumPy). */
  const int64_t nzv[] = {0, 1, 2, 0};
  ndc_array *nz = NULL, *parts[2] = {NULL, NULL}, *nine = NULL, *sq = NULL;
  int32_t count = -1;
  CHECK_OK(ndc_array_from_data(nzv, NDC_INT64, 2, (const int64_t[]){2, 2}, NULL, &nz));
  CHECK_OK(ndc_nonzero(nz, parts, 2, &count));
  CHECK_EQ_I64(count, 2);
  EXPECT_REPR(parts[0], "array([0, 1])");
  EXPECT_REPR(parts[1], "array([1, 0])");
  CHECK_STATUS(ndc_nonzero(nz, parts, 1, &count), NDC_ERR_INVALID_ARGUMENT);
  CHECK_OK(ndc_flatnonzero(nz, &r));
  EXPECT_REPR(r, "array([1, 2])");
  CHECK_OK(ndc_arange_int(1, 10, 1, NDC_INT64, &nine));
  CHECK_OK(ndc_reshape(nine, 2, (const int64_t[]){3, 3}, NDC_ORDER_C, &sq));
  CHECK_OK(ndc_tril(sq, 0, &r));
  EXPECT_REPR(r, "array([[1, 0, 0],\n       [4, 5, 0],\n       [7, 8, 9]])");
  CHECK_OK(ndc_triu(sq, 1, &r));
  EXPECT_REPR(r, "array([[0, 2, 3],\n       [0, 0, 6],\n       [0, 0, 0]])");
  CHECK_OK(ndc_tril(sq, -1, &r));
  EXPECT_REPR(r, "array([[0, 0, 0],\n       [4, 0, 0],\n       [7, 8, 0]])");
  ndc_array *r3 = NULL;
  CHECK_OK(ndc_arange_int(0, 3, 1, NDC_INT64, &r3));
  CHECK_OK(ndc_tril(r3, 0, &r));
  EXPECT_REPR(r, "array([[0, 0, 0],\n       [0, 1, 0],\n       [0, 1, 2]])");
  ndc_array_release(r3);
  ndc_array_release(nz);
  ndc_array_release(nine);
  ndc_array_release(sq);

  ndc_array *objs[] = {flat, b, v, mask, oh, rows, labels, one, vals, f6, m23, two, gt, neg, i6};
  for (size_t k = 0; k < sizeof objs / sizeof objs[0]; k++) ndc_array_release(objs[k]);
  return CHECK_DONE();
}
