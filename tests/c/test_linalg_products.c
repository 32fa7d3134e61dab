/*
 * test_linalg_products.c - matrix and vector products from C: every
 * function, NumPy's error texts, bad input, out-parameters untouched.
 * Expected texts are NumPy 2.4's repr() of the same expressions.
 */
#include <string.h>

#include "check.h"

static ndc_array *mat(double start, int64_t r, int64_t c, ndc_dtype dt) {
  ndc_array *x = NULL, *m = NULL;
  const int64_t shape[] = {r, c};
  CHECK_OK(ndc_arange(start, start + (double)(r * c), 1.0, dt, &x));
  CHECK_OK(ndc_reshape(x, c > 0 ? 2 : 1, shape, NDC_ORDER_DEFAULT, &m));
  ndc_array_release(x);
  return m;
}

static ndc_array *vec(int64_t n, ndc_dtype dt) {
  ndc_array *x = NULL;
  CHECK_OK(ndc_arange(0.0, (double)n, 1.0, dt, &x));
  return x;
}

static double scalar(const ndc_array *a) {
  double v = -1.0;
  CHECK_OK(ndc_array_get_double(a, NULL, 0, &v));
  return v;
}

int main(void) {
  ndc_array *a = mat(0, 2, 3, NDC_FLOAT64), *b = mat(0, 3, 4, NDC_FLOAT64);
  ndc_array *r = NULL, *o = NULL;
  ndc_array *const sentinel = (ndc_array *)(void *)&r;

  /* matmul on BLAS types and on the native integer kernel. */
  CHECK_OK(ndc_matmul(a, b, NULL, &r));
  EXPECT_REPR(r, "array([[20., 23., 26., 29.],\n       [56., 68., 80., 92.]])");
  {
    ndc_array *ai = mat(0, 2, 3, NDC_INT64), *bi = mat(0, 3, 4, NDC_INT64);
    CHECK_OK(ndc_matmul(ai, bi, NULL, &r));
    EXPECT_REPR(r, "array([[20, 23, 26, 29],\n       [56, 68, 80, 92]])");
    ndc_array_release(ai);
    ndc_array_release(bi);
  }
  /* Transposed operands go to BLAS as transposes. */
  {
    ndc_array *bt = NULL, *btt = NULL;
    CHECK_OK(ndc_transpose(b, 0, NULL, &bt));
    CHECK_OK(ndc_ascontiguousarray(bt, &btt));
    ndc_array_release(bt);
    CHECK_OK(ndc_transpose(btt, 0, NULL, &bt));
    CHECK_OK(ndc_matmul(a, bt, NULL, &r));
    EXPECT_REPR(r, "array([[20., 23., 26., 29.],\n       [56., 68., 80., 92.]])");
    ndc_array_release(bt);
    ndc_array_release(btt);
  }
  /* out=: written in place; *result is a new reference to out. */
  {
    const int64_t s24[] = {2, 4}, s25[] = {2, 5};
    CHECK_OK(ndc_zeros(2, s24, NDC_FLOAT64, NDC_ORDER_F, &o));
    ndc_array *res = NULL;
    CHECK_OK(ndc_matmul(a, b, o, &res));
    CHECK(res == o);
    ndc_array_release(res);
    CHECK_OK(ndc_matmul(a, b, o, NULL));
    EXPECT_REPR(o, "array([[20., 23., 26., 29.],\n       [56., 68., 80., 92.]])");
    CHECK_OK(ndc_zeros(2, s24, NDC_INT64, NDC_ORDER_C, &o));
    r = sentinel;
    CHECK_STATUS(ndc_matmul(a, b, o, &r), NDC_ERR_DTYPE);
    CHECK_MSG_IS("Cannot cast ufunc 'matmul' output from dtype('float64') to dtype('int64') with "
                 "casting rule 'same_kind'");
    CHECK(r == sentinel);
    ndc_array_release(o);
    CHECK_OK(ndc_zeros(2, s25, NDC_FLOAT64, NDC_ORDER_C, &o));
    CHECK_STATUS(ndc_matmul(a, b, o, &r), NDC_ERR_SHAPE);
    CHECK_MSG_IS("matmul: Output operand 0 has a mismatch in its core dimension 1, with gufunc "
                 "signature (n?,k),(k,m?)->(n?,m?) (size 5 is different from 4)");
    ndc_array_release(o);
  }
  /* Errors. */
  r = sentinel;
  CHECK_STATUS(ndc_matmul(b, a, NULL, &r), NDC_ERR_SHAPE);
  CHECK_MSG_IS("matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc "
               "signature (n?,k),(k,m?)->(n?,m?) (size 2 is different from 4)");
  CHECK(r == sentinel);
  {
    ndc_array *z = NULL;
    CHECK_OK(ndc_zeros(0, NULL, NDC_FLOAT64, NDC_ORDER_C, &z));
    CHECK_STATUS(ndc_matmul(z, a, NULL, &r), NDC_ERR_SHAPE);
    CHECK_MSG_IS("matmul: Input operand 0 does not have enough dimensions (has 0, gufunc core "
                 "with signature (n?,k),(k,m?)->(n?,m?) requires 1)");
    ndc_array_release(z);
  }
  CHECK_STATUS(ndc_matmul(NULL, b, NULL, &r), NDC_ERR_NULL_POINTER);
  CHECK_STATUS(ndc_matmul(a, NULL, NULL, &r), NDC_ERR_NULL_POINTER);
  CHECK_STATUS(ndc_matmul(a, b, NULL, NULL), NDC_ERR_NULL_POINTER);
  CHECK(r == sentinel);

  /* dot, vdot, inner, outer. */
  {
    ndc_array *v3 = vec(3, NDC_FLOAT64);
    CHECK_OK(ndc_dot(v3, v3, NULL, &r));
    CHECK_EQ_DBL(scalar(r), 5.0);
    ndc_array_release(r);
    CHECK_OK(ndc_inner(v3, v3, &r));
    CHECK_EQ_DBL(scalar(r), 5.0);
    ndc_array_release(r);
    CHECK_OK(ndc_vdot(v3, v3, &r));
    CHECK_EQ_DBL(scalar(r), 5.0);
    ndc_array_release(r);
    r = sentinel;
    CHECK_STATUS(ndc_dot(a, a, NULL, &r), NDC_ERR_SHAPE);
    CHECK_MSG_IS("shapes (2,3) and (2,3) not aligned: 3 (dim 1) != 2 (dim 0)");
    CHECK_STATUS(ndc_vdot(a, b, &r), NDC_ERR_INVALID_ARGUMENT);
    CHECK_MSG_IS("cannot reshape array of size 12 into shape (6,)");
    CHECK_STATUS(ndc_inner(a, b, &r), NDC_ERR_SHAPE);
    CHECK_MSG_IS("shapes (2,3) and (4,3) not aligned: 3 (dim 1) != 4 (dim 0)");
    CHECK(r == sentinel);
    ndc_array *i3 = vec(3, NDC_INT64), *i2 = vec(2, NDC_INT64);
    CHECK_OK(ndc_outer(i3, i2, &r));
    EXPECT_REPR(r, "array([[0, 0],\n       [0, 1],\n       [0, 2]])");
    /* vecdot, matvec, vecmat. */
    CHECK_OK(ndc_vecdot(a, v3, NULL, &r));
    EXPECT_REPR(r, "array([ 5., 14.])");
    CHECK_OK(ndc_matvec(a, v3, NULL, &r));
    EXPECT_REPR(r, "array([ 5., 14.])");
    ndc_array *v2 = vec(2, NDC_FLOAT64);
    CHECK_OK(ndc_vecmat(v2, a, NULL, &r));
    EXPECT_REPR(r, "array([3., 4., 5.])");
    r = sentinel;
    CHECK_STATUS(ndc_matvec(a, v2, NULL, &r), NDC_ERR_SHAPE);
    CHECK_MSG_IS("matvec: Input operand 1 has a mismatch in its core dimension 0, with gufunc "
                 "signature (m,n),(n)->(m) (size 2 is different from 3)");
    CHECK_STATUS(ndc_vecdot(NULL, v2, NULL, &r), NDC_ERR_NULL_POINTER);
    CHECK(r == sentinel);
    /* multi_dot with vectors at both ends gives a 0-d array. */
    const ndc_array *chain[] = {v2, a, v3};
    CHECK_OK(ndc_linalg_multi_dot(3, chain, &r));
    CHECK_EQ_I64(ndc_array_ndim(r), 0);
    CHECK_EQ_DBL(scalar(r), 14.0);
    ndc_array_release(r);
    r = sentinel;
    CHECK_STATUS(ndc_linalg_multi_dot(1, chain, &r), NDC_ERR_INVALID_ARGUMENT);
    CHECK_MSG_IS("Expecting at least two arrays.");
    CHECK_STATUS(ndc_linalg_multi_dot(2, NULL, &r), NDC_ERR_NULL_POINTER);
    CHECK_STATUS(ndc_linalg_multi_dot(-1, chain, &r), NDC_ERR_INVALID_ARGUMENT);
    CHECK(r == sentinel);
    ndc_array_release(v3);
    ndc_array_release(v2);
    ndc_array_release(i3);
    ndc_array_release(i2);
  }
  /* tensordot, kron, cross. */
  {
    ndc_array *c32 = mat(0, 3, 2, NDC_FLOAT64);
    CHECK_OK(ndc_tensordot(a, c32, 1, &r));
    EXPECT_REPR(r, "array([[10., 13.],\n       [28., 40.]])");
    const int64_t xa[] = {0, 1}, xb[] = {1, 0};
    CHECK_OK(ndc_tensordot_axes(a, c32, 2, xa, 2, xb, &r));
    CHECK_EQ_DBL(scalar(r), 50.0);
    ndc_array_release(r);
    r = sentinel;
    CHECK_STATUS(ndc_tensordot_axes(a, c32, 2, xa, 1, xb, &r), NDC_ERR_SHAPE);
    CHECK_MSG_IS("shape-mismatch for sum");
    CHECK_STATUS(ndc_tensordot_axes(a, c32, 2, NULL, 2, xb, &r), NDC_ERR_NULL_POINTER);
    CHECK_STATUS(ndc_tensordot(a, c32, 3, &r), NDC_ERR_INDEX);
    CHECK_MSG_IS("tuple index out of range");
    CHECK(r == sentinel);
    ndc_array *e = NULL, *k12 = NULL;
    CHECK_OK(ndc_eye(2, -1, 0, NDC_INT64, NDC_ORDER_C, &e));
    CHECK_OK(ndc_arange_int(1, 3, 1, NDC_INT64, &k12));
    CHECK_OK(ndc_kron(e, k12, &r));
    EXPECT_REPR(r, "array([[1, 2, 0, 0],\n       [0, 0, 1, 2]])");
    const double ex[] = {1, 0, 0}, ey[] = {0, 1, 0};
    const int64_t s3[] = {3};
    ndc_array *x = NULL, *y = NULL;
    CHECK_OK(ndc_array_from_data(ex, NDC_FLOAT64, 1, s3, NULL, &x));
    CHECK_OK(ndc_array_from_data(ey, NDC_FLOAT64, 1, s3, NULL, &y));
    CHECK_OK(ndc_cross(x, y, -1, -1, -1, NDC_AXIS_NONE, &r));
    EXPECT_REPR(r, "array([0., 0., 1.])");
    r = sentinel;
    CHECK_STATUS(ndc_cross(x, y, 2, -1, -1, NDC_AXIS_NONE, &r), NDC_ERR_INDEX);
    CHECK_MSG_IS("axisa: axis 2 is out of bounds for array of dimension 1");
    CHECK_STATUS(ndc_cross(a, b, -1, 0, -1, NDC_AXIS_NONE, &r), NDC_ERR_SHAPE);
    CHECK_MSG_IS("shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is "
                 "between arg 0 with shape (2,) and arg 1 with shape (4,).");
    CHECK_STATUS(ndc_cross(x, NULL, -1, -1, -1, NDC_AXIS_NONE, &r), NDC_ERR_NULL_POINTER);
    CHECK(r == sentinel);
    ndc_array_release(x);
    ndc_array_release(y);
    ndc_array_release(e);
    ndc_array_release(k12);
    ndc_array_release(c32);
  }
  /* matrix_power: wrapping integer powers, identity, errors. */
  {
    const int64_t fib[] = {1, 1, 1, 0};
    const int64_t s22[] = {2, 2};
    ndc_array *m = NULL;
    CHECK_OK(ndc_array_from_data(fib, NDC_INT64, 2, s22, NULL, &m));
    CHECK_OK(ndc_linalg_matrix_power(m, 10, &r));
    EXPECT_REPR(r, "array([[89, 55],\n       [55, 34]])");
    CHECK_OK(ndc_linalg_matrix_power(m, 0, &r));
    EXPECT_REPR(r, "array([[1, 0],\n       [0, 1]])");
    CHECK_OK(ndc_linalg_matrix_power(m, 1, &r));
    CHECK(r == m);
    ndc_array_release(r);
    r = sentinel;
    CHECK_OK(ndc_linalg_matrix_power(m, -3, &r));
    EXPECT_REPR(r, "array([[-1.,  2.],\n       [ 2., -3.]])");
    r = sentinel;
    CHECK_STATUS(ndc_linalg_matrix_power(a, 2, &r), NDC_ERR_LINALG);
    CHECK_MSG_IS("Last 2 dimensions of the array must be square");
    CHECK_STATUS(ndc_linalg_matrix_power(NULL, 2, &r), NDC_ERR_NULL_POINTER);
    CHECK_STATUS(ndc_linalg_matrix_power(m, 2, NULL), NDC_ERR_NULL_POINTER);
    CHECK(r == sentinel);
    ndc_array_release(m);
  }
  /* bool matmul is OR of ANDs. */
  {
    const bool t[] = {true, false, false, false};
    const int64_t s22[] = {2, 2};
    ndc_array *m = NULL;
    CHECK_OK(ndc_array_from_data(t, NDC_BOOL, 2, s22, NULL, &m));
    CHECK_OK(ndc_matmul(m, m, NULL, &r));
    EXPECT_REPR(r, "array([[ True, False],\n       [False, False]])");
    ndc_array_release(m);
  }
  /* BLAS threads and info. */
  {
    int32_t before = ndc_blas_get_num_threads();
    CHECK(before >= 1);
    CHECK_OK(ndc_blas_set_num_threads(1));
    CHECK_EQ_I64(ndc_blas_get_num_threads(), 1);
    CHECK_STATUS(ndc_blas_set_num_threads(-1), NDC_ERR_INVALID_ARGUMENT);
    CHECK_OK(ndc_blas_set_num_threads(0));
    CHECK_EQ_I64(ndc_blas_get_num_threads(), before);
    ndc_blas_details info;
    memset(&info, 0, sizeof info);
    info.struct_size = sizeof info;
    CHECK_OK(ndc_blas_info(&info));
    CHECK(info.kernel_origin != NULL && info.kernel_origin[0] != '\0');
    CHECK(info.kernel != NULL && info.kernel[0] != '\0');
  }
  /* Batched products sized for the register-tile kernels (items above 2^16
   * multiply-adds; edge rows and columns, a transposed B, an F-order out=)
   * agree exactly with the int64 product: every value is an integer
   * float64 holds exactly. */
  {
    const int64_t sa[] = {4, 40, 50}, sbt[] = {45, 50}, so[] = {4, 40, 45};
    ndc_array *x = NULL, *xa = NULL, *xb = NULL, *xbt = NULL, *ia = NULL, *ib = NULL;
    ndc_array *want = NULL, *got = NULL, *of = NULL;
    bool same = false;
    CHECK_OK(ndc_arange(0.0, 4 * 40 * 50, 1.0, NDC_FLOAT64, &x));
    CHECK_OK(ndc_reshape(x, 3, sa, NDC_ORDER_DEFAULT, &xa));
    ndc_array_release(x);
    CHECK_OK(ndc_arange(-500.0, 45 * 50 - 500.0, 1.0, NDC_FLOAT64, &x));
    CHECK_OK(ndc_reshape(x, 2, sbt, NDC_ORDER_DEFAULT, &xbt));
    ndc_array_release(x);
    CHECK_OK(ndc_transpose(xbt, 0, NULL, &xb));
    CHECK_OK(ndc_array_astype(xa, NDC_INT64, NDC_CASTING_DEFAULT, NDC_ORDER_DEFAULT, &ia));
    CHECK_OK(ndc_array_astype(xb, NDC_INT64, NDC_CASTING_DEFAULT, NDC_ORDER_DEFAULT, &ib));
    CHECK_OK(ndc_matmul(ia, ib, NULL, &want));
    CHECK_OK(ndc_matmul(xa, xb, NULL, &got));
    CHECK_OK(ndc_array_equal(got, want, false, &same));
    CHECK(same);
    CHECK_OK(ndc_zeros(3, so, NDC_FLOAT64, NDC_ORDER_F, &of));
    CHECK_OK(ndc_matmul(xa, xb, of, NULL));
    same = false;
    CHECK_OK(ndc_array_equal(of, want, false, &same));
    CHECK(same);
    ndc_array_release(xa);
    ndc_array_release(xb);
    ndc_array_release(xbt);
    ndc_array_release(ia);
    ndc_array_release(ib);
    ndc_array_release(want);
    ndc_array_release(got);
    ndc_array_release(of);
  }
  ndc_array_release(a);
  ndc_array_release(b);
  return CHECK_DONE();
}
