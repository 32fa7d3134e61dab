/*
 * test_manip.c - joining, splitting and rearranging from C. Expected texts
 * are NumPy 2.4's repr() of the same expressions.
 */
#include "check.h"

static ndc_array *ints(int64_t n) {
  ndc_array *r = NULL;
  ndc_arange_int(0, n, 1, NDC_INT64, &r);
  return r;
}

static ndc_array *int_data(const int64_t *v, int32_t ndim, const int64_t *shape) {
  ndc_array *r = NULL;
  ndc_array_from_data(v, NDC_INT64, ndim, shape, NULL, &r);
  return r;
}

static void release_all(ndc_array **outs, int32_t n) {
  for (int32_t i = 0; i < n; i++) ndc_array_release(outs[i]);
}

int main(void) {
  ndc_array *r6 = ints(6), *a = NULL, *v = NULL, *r3 = ints(3), *r2 = ints(2);
  const int64_t s23[] = {2, 3};
  CHECK_OK(ndc_reshape(r6, 2, s23, NDC_ORDER_C, &a));

  /* Stacks. */
  const ndc_array *aa[] = {a, a}, *r33[] = {r3, r3}, *r22[] = {r2, r2};
  CHECK_OK(ndc_hstack(2, aa, &v));
  EXPECT_REPR(v, "array([[0, 1, 2, 0, 1, 2],\n       [3, 4, 5, 3, 4, 5]])");
  CHECK_OK(ndc_vstack(2, r33, &v));
  EXPECT_REPR(v, "array([[0, 1, 2],\n       [0, 1, 2]])");
  CHECK_OK(ndc_dstack(2, r22, &v));
  EXPECT_REPR(v, "array([[[0, 0],\n        [1, 1]]])");
  CHECK_OK(ndc_column_stack(2, r22, &v));
  EXPECT_REPR(v, "array([[0, 0],\n       [1, 1]])");
  v = (ndc_array *)0x1;
  CHECK_STATUS(ndc_hstack(0, NULL, &v), NDC_ERR_INVALID_ARGUMENT);
  CHECK_MSG_IS("need at least one array to concatenate");
  CHECK_STATUS(ndc_vstack(2, NULL, &v), NDC_ERR_NULL_POINTER);
  CHECK_STATUS(ndc_vstack(2, r33, NULL), NDC_ERR_NULL_POINTER);
  CHECK(v == (ndc_array *)0x1);

  /* Splits: views written to outs, count to *count. */
  ndc_array *outs[8] = {NULL};
  int32_t count = -1;
  ndc_array *r5 = ints(5);
  CHECK_OK(ndc_array_split(r5, 3, 0, NULL, 0, outs, 8, &count));
  CHECK_EQ_I64(count, 3);
  EXPECT_REPR(outs[0], "array([0, 1])");
  EXPECT_REPR(outs[1], "array([2, 3])");
  EXPECT_REPR(outs[2], "array([4])");
  const int64_t at[] = {1, 4};
  CHECK_OK(ndc_split(r6, 0, 2, at, 0, outs, 8, &count));
  CHECK_EQ_I64(count, 3);
  ndc_array *base = NULL;
  CHECK_OK(ndc_array_base(outs[1], &base));
  CHECK(base == r6);
  ndc_array_release(base);
  EXPECT_REPR(outs[0], "array([0])");
  EXPECT_REPR(outs[1], "array([1, 2, 3])");
  EXPECT_REPR(outs[2], "array([4, 5])");
  count = -1;
  outs[0] = NULL;
  CHECK_STATUS(ndc_split(r5, 3, 0, NULL, 0, outs, 8, &count), NDC_ERR_INVALID_ARGUMENT);
  CHECK_MSG_IS("array split does not result in an equal division");
  CHECK_STATUS(ndc_array_split(r5, 0, 0, NULL, 0, outs, 8, &count), NDC_ERR_INVALID_ARGUMENT);
  CHECK_MSG_IS("number sections must be larger than 0.");
  CHECK_STATUS(ndc_array_split(r5, 5, 0, NULL, 0, outs, 2, &count), NDC_ERR_INVALID_ARGUMENT);
  CHECK_MSG_IS("outs has room for 2 arrays, 5 needed");
  CHECK_STATUS(ndc_array_split(r5, 2, 0, NULL, 3, outs, 8, &count), NDC_ERR_INDEX);
  CHECK_MSG_IS("tuple index out of range");
  CHECK_STATUS(ndc_array_split(r5, 2, 0, NULL, 0, NULL, 8, &count), NDC_ERR_NULL_POINTER);
  CHECK_STATUS(ndc_array_split(r5, 2, 0, NULL, 0, outs, 8, NULL), NDC_ERR_NULL_POINTER);
  CHECK_STATUS(ndc_array_split(NULL, 2, 0, NULL, 0, outs, 8, &count), NDC_ERR_NULL_POINTER);
  CHECK(count == -1 && outs[0] == NULL);
  CHECK_OK(ndc_hsplit(a, 3, 0, NULL, outs, 8, &count));
  CHECK_EQ_I64(count, 3);
  release_all(outs, count);
  CHECK_STATUS(ndc_vsplit(r5, 1, 0, NULL, outs, 8, &count), NDC_ERR_INVALID_ARGUMENT);
  CHECK_MSG_IS("vsplit only works on arrays of 2 or more dimensions");
  CHECK_STATUS(ndc_dsplit(a, 1, 0, NULL, outs, 8, &count), NDC_ERR_INVALID_ARGUMENT);
  CHECK_MSG_IS("dsplit only works on arrays of 3 or more dimensions");
  CHECK_OK(ndc_unstack(a, 1, outs, 8, &count));
  CHECK_EQ_I64(count, 3);
  EXPECT_REPR(outs[0], "array([0, 3])");
  EXPECT_REPR(outs[1], "array([1, 4])");
  EXPECT_REPR(outs[2], "array([2, 5])");
  CHECK_STATUS(ndc_unstack(a, 2, outs, 8, &count), NDC_ERR_INDEX);
  CHECK_MSG_IS("source: axis 2 is out of bounds for array of dimension 2");

  /* roll, rot90, repeat, tile, resize. */
  const int64_t one[] = {1}, sh2[] = {1, -1}, ax01[] = {0, 1}, ax011[] = {0, 1, 1};
  CHECK_OK(ndc_roll(a, 1, one, 0, NULL, &v));
  EXPECT_REPR(v, "array([[5, 0, 1],\n       [2, 3, 4]])");
  CHECK_OK(ndc_roll(a, 2, sh2, 2, ax01, &v));
  EXPECT_REPR(v, "array([[4, 5, 3],\n       [1, 2, 0]])");
  CHECK_STATUS(ndc_roll(a, 2, sh2, 3, ax011, &v), NDC_ERR_INVALID_ARGUMENT);
  CHECK_MSG_IS("shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is "
               "between arg 0 with shape (2,) and arg 1 with shape (3,).");
  CHECK_STATUS(ndc_roll(a, 0, NULL, 0, NULL, &v), NDC_ERR_INVALID_ARGUMENT);
  CHECK_OK(ndc_rot90(a, 1, 0, NULL, &v));
  EXPECT_REPR(v, "array([[2, 5],\n       [1, 4],\n       [0, 3]])");
  const int64_t same[] = {0, 0}, far[] = {0, 5};
  CHECK_STATUS(ndc_rot90(a, 1, 2, same, &v), NDC_ERR_INVALID_ARGUMENT);
  CHECK_MSG_IS("Axes must be different.");
  CHECK_STATUS(ndc_rot90(a, 1, 2, far, &v), NDC_ERR_INVALID_ARGUMENT);
  CHECK_MSG_IS("Axes=(0, 5) out of range for array of ndim=2.");
  const int64_t reps3[] = {1, 0, 2}, two[] = {2}, neg[] = {1, -1, 1};
  CHECK_OK(ndc_repeat(a, 3, reps3, 1, &v));
  EXPECT_REPR(v, "array([[0, 2, 2],\n       [3, 5, 5]])");
  CHECK_OK(ndc_repeat(a, 1, two, NDC_AXIS_NONE, &v));
  EXPECT_REPR(v, "array([0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5])");
  CHECK_STATUS(ndc_repeat(a, 3, neg, 1, &v), NDC_ERR_INVALID_ARGUMENT);
  CHECK_MSG_IS("repeats may not contain negative values.");
  CHECK_STATUS(ndc_repeat(a, 2, two, 1, &v), NDC_ERR_INVALID_ARGUMENT);
  CHECK_STATUS(ndc_repeat(a, 1, two, 2, &v), NDC_ERR_INDEX);
  CHECK_MSG_IS("axis 2 is out of bounds for array of dimension 2");
  const int64_t t22[] = {2, 2};
  CHECK_OK(ndc_tile(r3, 2, t22, &v));
  EXPECT_REPR(v, "array([[0, 1, 2, 0, 1, 2],\n       [0, 1, 2, 0, 1, 2]])");
  const int64_t s24[] = {2, 4}, sneg[] = {-1, 2};
  CHECK_OK(ndc_resize(r3, 2, s24, &v));
  EXPECT_REPR(v, "array([[0, 1, 2, 0],\n       [1, 2, 0, 1]])");
  CHECK_STATUS(ndc_resize(r3, 2, sneg, &v), NDC_ERR_INVALID_ARGUMENT);
  CHECK_MSG_IS("all elements of `new_shape` must be non-negative");

  /* pad. */
  const int64_t w21[] = {2, 1}, w1[] = {1}, s2[] = {2}, s1[] = {1};
  ndc_array *pw = int_data(w21, 1, s2), *pw1 = int_data(w1, 1, s1);
  CHECK_OK(ndc_pad(r3, pw, "reflect", NULL, &v));
  EXPECT_REPR(v, "array([2, 1, 0, 1, 2, 1])");
  const int64_t cv[] = {7, 9}, ev[] = {10, -10}, two1[] = {2};
  ndc_array *cva = int_data(cv, 1, s2), *eva = int_data(ev, 1, s2), *sl = int_data(two1, 1, s1);
  ndc_pad_options po = {sizeof po, cva, NULL, NULL, NULL};
  CHECK_OK(ndc_pad(r3, pw1, NULL, &po, &v));
  EXPECT_REPR(v, "array([7, 0, 1, 2, 9])");
  ndc_array *r4 = ints(4), *pw2 = NULL, *f4 = NULL;
  CHECK_OK(ndc_full(1, s1, two1, NDC_INT64, NDC_INT64, NDC_ORDER_C, &pw2));
  ndc_pad_options pr = {sizeof pr, NULL, eva, NULL, NULL};
  CHECK_OK(ndc_pad(r4, pw2, "linear_ramp", &pr, &v));
  EXPECT_REPR(v, "array([ 10,   5,   0,   1,   2,   3,  -4, -10])");
  CHECK_OK(ndc_arange(0, 4, 1, NDC_FLOAT64, &f4));
  const int64_t w12[] = {1, 2};
  ndc_array *pw12 = int_data(w12, 1, s2);
  ndc_pad_options ps = {sizeof ps, NULL, NULL, sl, NULL};
  CHECK_OK(ndc_pad(f4, pw12, "mean", &ps, &v));
  EXPECT_REPR(v, "array([0.5, 0. , 1. , 2. , 3. , 2.5, 2.5])");
  CHECK_STATUS(ndc_pad(r3, pw1, "foo", NULL, &v), NDC_ERR_INVALID_ARGUMENT);
  CHECK_MSG_IS("mode 'foo' is not supported");
  CHECK_STATUS(ndc_pad(r3, pw1, "edge", &po, &v), NDC_ERR_INVALID_ARGUMENT);
  CHECK_MSG_IS("unsupported keyword arguments for mode 'edge': {'constant_values'}");
  CHECK_STATUS(ndc_pad(r3, f4, NULL, NULL, &v), NDC_ERR_DTYPE);
  CHECK_MSG_IS("`pad_width` must be of integral type.");
  ndc_pad_options small = {4, NULL, NULL, NULL, NULL};
  CHECK_STATUS(ndc_pad(r3, pw1, NULL, &small, &v), NDC_ERR_INVALID_ARGUMENT);
  CHECK_STATUS(ndc_pad(r3, NULL, NULL, NULL, &v), NDC_ERR_NULL_POINTER);

  /* trim_zeros: a view. */
  const int64_t z[] = {0, 0, 1, 2, 0}, s5[] = {5};
  ndc_array *za = int_data(z, 1, s5);
  CHECK_OK(ndc_trim_zeros(za, "f", 0, NULL, &v));
  CHECK_OK(ndc_array_base(v, &base));
  CHECK(base == za);
  ndc_array_release(base);
  EXPECT_REPR(v, "array([1, 2, 0])");
  CHECK_STATUS(ndc_trim_zeros(za, "x", 0, NULL, &v), NDC_ERR_INVALID_ARGUMENT);
  CHECK_MSG_IS("unexpected character(s) in `trim`: 'x'");

  /* meshgrid, indices. */
  const ndc_array *xy[] = {r3, r2};
  CHECK_OK(ndc_meshgrid(2, xy, NULL, 0, 1, outs, 8, &count));
  CHECK_EQ_I64(count, 2);
  EXPECT_REPR(outs[0], "array([[0, 1, 2],\n       [0, 1, 2]])");
  EXPECT_REPR(outs[1], "array([[0, 0, 0],\n       [1, 1, 1]])");
  CHECK_STATUS(ndc_meshgrid(2, xy, "zz", 0, 1, outs, 8, &count), NDC_ERR_INVALID_ARGUMENT);
  CHECK_MSG_IS("Valid values for `indexing` are 'xy' and 'ij'.");
  CHECK_OK(ndc_indices(2, t22, NDC_INT64, &v));
  EXPECT_REPR(v, "array([[[0, 0],\n        [1, 1]],\n\n       [[0, 1],\n        [0, 1]]])");
  CHECK_OK(ndc_indices_sparse(2, t22, NDC_INT32, outs, 8, &count));
  CHECK_EQ_I64(count, 2);
  release_all(outs, count);
  CHECK_STATUS(ndc_indices(2, t22, 99, &v), NDC_ERR_DTYPE);

  /* Memory overlap. */
  ndc_array *even = NULL, *odd = NULL;
  CHECK_OK(ndc_getitem(r6, "::2", 0, NULL, &even));
  CHECK_OK(ndc_getitem(r6, "1::2", 0, NULL, &odd));
  int32_t ans = -1;
  CHECK_OK(ndc_may_share_memory(even, odd, NDC_MAX_WORK_BOUNDS, &ans));
  CHECK_EQ_I64(ans, 1);
  CHECK_OK(ndc_shares_memory(even, odd, NDC_MAX_WORK_EXACT, &ans));
  CHECK_EQ_I64(ans, 0);
  CHECK_OK(ndc_shares_memory(even, r6, NDC_MAX_WORK_EXACT, &ans));
  CHECK_EQ_I64(ans, 1);
  CHECK_OK(ndc_shares_memory(r3, r6, NDC_MAX_WORK_EXACT, &ans));
  CHECK_EQ_I64(ans, 0);
  CHECK_STATUS(ndc_shares_memory(even, odd, -3, &ans), NDC_ERR_INVALID_ARGUMENT);
  CHECK_MSG_IS("Invalid value for max_work");
  CHECK_STATUS(ndc_shares_memory(even, NULL, -1, &ans), NDC_ERR_NULL_POINTER);
  CHECK_EQ_I64(ans, 0);

  ndc_array *all[] = {r6, a, r3, r2, r5, pw, pw1, cva, eva, sl, r4, pw2, f4, pw12, za, even, odd};
  release_all(all, NDC_TEST_COUNT(all));
  return CHECK_DONE();
}
