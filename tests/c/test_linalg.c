/*
 * test_linalg.c - numpy.linalg from C: every ndc_linalg_* function, the
 * seed's "Linear Algebra Ops" walkthrough, several outputs released, errors
 * with NumPy's texts and bad input (out-params untouched). Expected texts
 * are NumPy 2.4's repr() of the same expressions.
 */
#include <math.h>

#include "check.h"

static ndc_array *mat(const double *v, int32_t ndim, const int64_t *shape) {
  ndc_array *a = NULL;
  CHECK_OK(ndc_array_from_data(v, NDC_FLOAT64, ndim, shape, NULL, &a));
  return a;
}

static double at(const ndc_array *a, int32_t n, const int64_t *idx) {
  double v = NAN;
  CHECK_OK(ndc_array_get_double(a, idx, n, &v));
  return v;
}

static void near(double got, double want, const char *what) {
  if (!CHECK(fabs(got - want) <= 1e-9 * (1 + fabs(want)))) fprintf(stderr, "  %s: %.17g vs %.17g\n", what, got, want);
}

/* eigh of a 400 x 400 symmetric matrix (the order where the tridiagonal
 * stage moves to the pool): ascending eigenvalues equal to eigvalsh's
 * (another LAPACK path), A v = w v and V^T V = I on a spread of columns,
 * and the upper triangle giving the same values; then inv of the same
 * matrix (ndc's recursive LU). */
static void large_eigh(void) {
  enum { N = 400 };
  static double a[N * N];
  unsigned long long g = 12345;
  for (int i = 0; i < N; i++)
    for (int j = 0; j <= i; j++) {
      g = g * 6364136223846793005ULL + 1442695040888963407ULL;
      double x = (double)(g >> 11) / 9007199254740992.0 - 0.5;
      a[i * N + j] = a[j * N + i] = x + (i == j ? 0.01 * i : 0);
    }
  const int64_t shape[] = {N, N};
  ndc_array *A = mat(a, 2, shape), *w = NULL, *v = NULL, *wl = NULL, *wu = NULL, *vu = NULL;
  CHECK_OK(ndc_linalg_eigh(A, 'L', &w, &v));
  CHECK_OK(ndc_linalg_eigvalsh(A, 'L', &wl));
  CHECK_OK(ndc_linalg_eigh(A, 'U', &wu, &vu));
  const double *pw = NULL, *pv = NULL, *pl = NULL, *pu = NULL;
  CHECK_OK(ndc_array_data(w, (void **)&pw));
  CHECK_OK(ndc_array_data(v, (void **)&pv));
  CHECK_OK(ndc_array_data(wl, (void **)&pl));
  CHECK_OK(ndc_array_data(wu, (void **)&pu));
  double dw = 0, res = 0, orth = 0;
  int ascending = 1;
  for (int j = 0; j < N; j++) {
    dw = fmax(dw, fmax(fabs(pw[j] - pl[j]), fabs(pw[j] - pu[j])));
    if (j > 0 && pw[j] < pw[j - 1]) ascending = 0;
  }
  for (int j = 0; j < N; j += 13) {
    for (int i = 0; i < N; i++) {
      double s = 0;
      for (int k = 0; k < N; k++) s += a[i * N + k] * pv[k * N + j];
      res = fmax(res, fabs(s - pw[j] * pv[i * N + j]));
    }
    for (int l = 0; l < N; l += 7) {
      double s = 0;
      for (int k = 0; k < N; k++) s += pv[k * N + j] * pv[k * N + l];
      orth = fmax(orth, fabs(s - (j == l)));
    }
  }
  CHECK(ascending);
  if (!CHECK(dw < 1e-11 && res < 1e-11 && orth < 1e-12))
    fprintf(stderr, "  large eigh: |w - eigvalsh| %g, |Av - wv| %g, |V'V - I| %g\n", dw, res, orth);
  /* The same order through ndc's recursive LU: A inv(A) = I. */
  ndc_array *inv = NULL;
  const double *pi = NULL;
  CHECK_OK(ndc_linalg_inv(A, &inv));
  CHECK_OK(ndc_array_data(inv, (void **)&pi));
  double eye = 0;
  for (int i = 0; i < N; i += 11)
    for (int j = 0; j < N; j += 9) {
      double s = 0;
      for (int k = 0; k < N; k++) s += a[i * N + k] * pi[k * N + j];
      eye = fmax(eye, fabs(s - (i == j)));
    }
  if (!CHECK(eye < 1e-9)) fprintf(stderr, "  large inv: |A inv(A) - I| %g\n", eye);
  ndc_array *all[] = {A, w, v, wl, wu, vu, inv};
  for (int i = 0; i < NDC_TEST_COUNT(all); i++) ndc_array_release(all[i]);
}

int main(void) {
  /* The seed: A (4, 4), b (4,). */
  const double av[] = {2, -1, 0, 1, 1, 3, -2, 0, 0, 1, 4, -1, -1, 0, 1, 2};
  const double bv[] = {1, 2, 3, 4};
  const int64_t s44[] = {4, 4}, s4[] = {4};
  ndc_array *A = mat(av, 2, s44), *b = mat(bv, 1, s4);
  ndc_array *D = NULL, *w = NULL, *v = NULL, *U = NULL, *S = NULL, *Vt = NULL, *x = NULL, *n = NULL;

  /* D = np.linalg.inv(A) */
  CHECK_OK(ndc_linalg_inv(A, &D));
  EXPECT_REPR(D, "array([[ 0.37804878,  0.09756098,  0.08536585, -0.14634146],\n"
                 "       [-0.08536585,  0.26829268,  0.1097561 ,  0.09756098],\n"
                 "       [ 0.06097561, -0.04878049,  0.20731707,  0.07317073],\n"
                 "       [ 0.15853659,  0.07317073, -0.06097561,  0.3902439 ]])");
  /* vals, vecs = np.linalg.eig(A): two complex pairs. */
  CHECK_OK(ndc_linalg_eig(A, &w, &v));
  CHECK_EQ_I64(ndc_array_dtype(w), NDC_COMPLEX128);
  CHECK_EQ_I64(ndc_array_dtype(v), NDC_COMPLEX128);
  {
    double want_re[] = {2.91261343, 2.58738657}, sum_im2 = 0;
    int found[2] = {0, 0};
    for (int64_t k = 0; k < 4; k++) {
      ndc_complex z;
      CHECK_OK(ndc_array_get_complex(w, &k, 1, &z));
      for (int j = 0; j < 2; j++) found[j] += fabs(z.re - want_re[j]) < 1e-8;
      sum_im2 += z.im * z.im;
    }
    CHECK(found[0] == 2 && found[1] == 2);
    near(sum_im2, 2 * (1.88904873 * 1.88904873 + 0.33072821 * 0.33072821), "sum im^2");
  }
  ndc_array_release(w);
  ndc_array_release(v);
  /* U, S, Vt = np.linalg.svd(A) */
  CHECK_OK(ndc_linalg_svd(A, true, true, false, &U, &S, &Vt));
  EXPECT_REPR(S, "array([4.7065211 , 3.40707511, 2.31945281, 2.20468524])");
  CHECK_EQ_I64(ndc_array_shape(U)[0], 4);
  CHECK_EQ_I64(ndc_array_shape(Vt)[1], 4);
  ndc_array_release(U);
  ndc_array_release(Vt);
  /* x = np.linalg.solve(A, b) */
  CHECK_OK(ndc_linalg_solve(A, b, &x));
  EXPECT_REPR(x, "array([0.24390244, 1.17073171, 0.87804878, 1.68292683])");
  /* Norms: Frobenius (default), spectral, vector 2-norm. */
  CHECK_OK(ndc_linalg_norm(A, NDC_NORM_DEFAULT, 0, 0, NULL, false, &n));
  near(at(n, 0, NULL), 6.6332495807108, "fro");
  ndc_array_release(n);
  CHECK_OK(ndc_linalg_norm(A, NDC_NORM_ORD, 2, 0, NULL, false, &n));
  near(at(n, 0, NULL), 4.706521102384765, "2-norm");
  ndc_array_release(n);
  CHECK_OK(ndc_linalg_norm(b, NDC_NORM_DEFAULT, 0, 0, NULL, false, &n));
  near(at(n, 0, NULL), 5.477225575051661, "vector");
  ndc_array_release(n);

  /* det, slogdet */
  CHECK_OK(ndc_linalg_det(A, &n));
  near(at(n, 0, NULL), 82.0, "det");
  ndc_array_release(n);
  CHECK_OK(ndc_linalg_slogdet(A, &w, &v));
  near(at(w, 0, NULL), 1.0, "sign");
  near(at(v, 0, NULL), 4.406719247264253, "logabsdet");
  ndc_array_release(w);
  ndc_array_release(v);

  /* cholesky, qr, eigh, eigvalsh, eigvals, svdvals */
  const double pv[] = {4, 2, 2, 3};
  const int64_t s22[] = {2, 2}, s32[] = {3, 2};
  ndc_array *P = mat(pv, 2, s22);
  CHECK_OK(ndc_linalg_cholesky(P, false, &n));
  EXPECT_REPR(n, "array([[2.        , 0.        ],\n       [1.        , 1.41421356]])");
  CHECK_OK(ndc_linalg_cholesky(P, true, &n));
  EXPECT_REPR(n, "array([[2.        , 1.        ],\n       [0.        , 1.41421356]])");
  const double qv[] = {1, 2, 3, 4, 5, 6};
  ndc_array *Q = mat(qv, 2, s32);
  CHECK_OK(ndc_linalg_qr(Q, NDC_QR_REDUCED, &w, &v));
  EXPECT_REPR(w, "array([[-0.16903085,  0.89708523],\n       [-0.50709255,  0.27602622],\n"
                 "       [-0.84515425, -0.34503278]])");
  EXPECT_REPR(v, "array([[-5.91607978, -7.43735744],\n       [ 0.        ,  0.82807867]])");
  CHECK_OK(ndc_linalg_qr(Q, NDC_QR_R, &w, NULL));
  EXPECT_REPR(w, "array([[-5.91607978, -7.43735744],\n       [ 0.        ,  0.82807867]])");
  CHECK_OK(ndc_linalg_qr(Q, NDC_QR_COMPLETE, &w, &v));
  CHECK_EQ_I64(ndc_array_shape(w)[1], 3);
  CHECK_EQ_I64(ndc_array_shape(v)[0], 3);
  ndc_array_release(w);
  ndc_array_release(v);
  CHECK_OK(ndc_linalg_qr(Q, NDC_QR_RAW, &w, &v));
  CHECK_EQ_I64(ndc_array_shape(w)[0], 2);
  CHECK_EQ_I64(ndc_array_shape(w)[1], 3);
  CHECK_EQ_I64(ndc_array_shape(v)[0], 2);
  ndc_array_release(w);
  ndc_array_release(v);
  const double hv[] = {2, 1, 1, 2};
  ndc_array *H = mat(hv, 2, s22);
  CHECK_OK(ndc_linalg_eigh(H, 'L', &w, &v));
  EXPECT_REPR(w, "array([1., 3.])");
  EXPECT_REPR(v, "array([[-0.70710678,  0.70710678],\n       [ 0.70710678,  0.70710678]])");
  CHECK_OK(ndc_linalg_eigvalsh(H, 'U', &w));
  EXPECT_REPR(w, "array([1., 3.])");
  CHECK_OK(ndc_linalg_eigvals(H, &w));
  CHECK_EQ_I64(ndc_array_dtype(w), NDC_FLOAT64);
  ndc_array_release(w);
  CHECK_OK(ndc_linalg_svdvals(A, &w));
  EXPECT_REPR(w, "array([4.7065211 , 3.40707511, 2.31945281, 2.20468524])");
  CHECK_OK(ndc_linalg_svd(A, false, false, false, NULL, &w, NULL));
  EXPECT_REPR(w, "array([4.7065211 , 3.40707511, 2.31945281, 2.20468524])");

  /* lstsq: four results. */
  const double la[] = {1, 1, 1, 2, 1, 3}, lb[] = {1, 2, 2};
  const int64_t s3[] = {3};
  ndc_array *LA = mat(la, 2, s32), *LB = mat(lb, 1, s3), *res = NULL;
  int64_t rank = -1;
  CHECK_OK(ndc_linalg_lstsq(LA, LB, NAN, &x, &res, &rank, &S));
  EXPECT_REPR(x, "array([0.66666667, 0.5       ])");
  EXPECT_REPR(res, "array([0.16666667])");
  CHECK_EQ_I64(rank, 2);
  EXPECT_REPR(S, "array([4.07914333, 0.60049122])");

  /* pinv, matrix_rank, cond, tensorinv, tensorsolve */
  const double rv[] = {1, 2, 2, 4};
  ndc_array *R = mat(rv, 2, s22);
  CHECK_OK(ndc_linalg_pinv(R, NAN, false, &n));
  EXPECT_REPR(n, "array([[0.04, 0.08],\n       [0.08, 0.16]])");
  CHECK_OK(ndc_linalg_matrix_rank(R, NAN, NAN, false, &n));
  CHECK_EQ_I64(ndc_array_dtype(n), NDC_INT64);
  EXPECT_REPR(n, "array(1)");
  CHECK_OK(ndc_linalg_cond(A, NDC_NORM_DEFAULT, 0, &n));
  near(at(n, 0, NULL), 2.134781429165084, "cond");
  ndc_array_release(n);
  CHECK_OK(ndc_linalg_cond(A, NDC_NORM_ORD, 1, &n));
  near(at(n, 0, NULL), 4.951219512195123, "cond 1");
  ndc_array_release(n);
  CHECK_OK(ndc_linalg_cond(R, NDC_NORM_FRO, 0, &n));
  CHECK(isinf(at(n, 0, NULL)));
  ndc_array_release(n);
  const double e4[] = {1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1};
  const int64_t s422[] = {4, 2, 2};
  ndc_array *T = mat(e4, 3, s422);
  CHECK_OK(ndc_linalg_tensorinv(T, 1, &n));
  CHECK_EQ_I64(ndc_array_ndim(n), 3);
  CHECK_EQ_I64(ndc_array_shape(n)[0], 2);
  CHECK_EQ_I64(ndc_array_shape(n)[2], 4);
  ndc_array_release(n);
  ndc_array *T2 = mat(e4, 2, s44);
  CHECK_OK(ndc_linalg_tensorsolve(T2, b, 0, NULL, &n));
  EXPECT_REPR(n, "array([1., 2., 3., 4.])");

  /* Norm variants. */
  const int64_t ax1[] = {1};
  CHECK_OK(ndc_linalg_norm(A, NDC_NORM_ORD, INFINITY, 1, ax1, true, &n));
  EXPECT_REPR(n, "array([[2.],\n       [3.],\n       [4.],\n       [2.]])");
  CHECK_OK(ndc_linalg_vector_norm(A, 1, 0, NULL, false, &n));
  EXPECT_REPR(n, "array(20.)");
  CHECK_OK(ndc_linalg_matrix_norm(A, NDC_NORM_ORD, -INFINITY, false, &n));
  EXPECT_REPR(n, "array(4.)");
  CHECK_OK(ndc_linalg_matrix_norm(A, NDC_NORM_NUC, 0, false, &n));
  near(at(n, 0, NULL), 4.7065211 + 3.40707511 + 2.31945281 + 2.20468524, "nuc");
  ndc_array_release(n);

  /* Errors: NumPy's texts, out-params untouched. */
  ndc_array *keep = (ndc_array *)0x1, *keep2 = (ndc_array *)0x2;
  CHECK_STATUS(ndc_linalg_inv(R, &keep), NDC_ERR_LINALG);
  CHECK_MSG_IS("Singular matrix");
  CHECK_STATUS(ndc_linalg_solve(R, LB, &keep), NDC_ERR_INVALID_ARGUMENT);
  CHECK_MSG_IS("solve1: Input operand 1 has a mismatch in its core dimension 0, with gufunc "
               "signature (m,m),(m)->(m) (size 3 is different from 2)");
  CHECK_STATUS(ndc_linalg_cholesky(R, false, &keep), NDC_ERR_LINALG);
  CHECK_MSG_IS("Matrix is not positive definite");
  CHECK_STATUS(ndc_linalg_det(b, &keep), NDC_ERR_LINALG);
  CHECK_MSG_IS("1-dimensional array given. Array must be at least two-dimensional");
  CHECK_STATUS(ndc_linalg_inv(Q, &keep), NDC_ERR_LINALG);
  CHECK_MSG_IS("Last 2 dimensions of the array must be square");
  const double nanv[] = {NAN, 1, 1, 1};
  ndc_array *NA = mat(nanv, 2, s22);
  CHECK_STATUS(ndc_linalg_svd(NA, true, true, false, &keep, &keep, &keep2), NDC_ERR_LINALG);
  CHECK_MSG_IS("SVD did not converge");
  CHECK_STATUS(ndc_linalg_eig(NA, &keep, &keep2), NDC_ERR_LINALG);
  CHECK_MSG_IS("Array must not contain infs or NaNs");
  CHECK_OK(ndc_linalg_inv(NA, &n));
  CHECK(isnan(at(n, 2, (const int64_t[]){0, 0})));
  ndc_array_release(n);
  CHECK_STATUS(ndc_linalg_eigh(H, 'X', &keep, &keep2), NDC_ERR_INVALID_ARGUMENT);
  CHECK_MSG_IS("UPLO argument must be 'L' or 'U'");
  CHECK_STATUS(ndc_linalg_qr(Q, 7, &keep, &keep2), NDC_ERR_INVALID_ARGUMENT);
  CHECK_STATUS(ndc_linalg_norm(A, 9, 0, 0, NULL, false, &keep), NDC_ERR_INVALID_ARGUMENT);
  CHECK_STATUS(ndc_linalg_norm(A, NDC_NORM_ORD, 3, 0, NULL, false, &keep), NDC_ERR_INVALID_ARGUMENT);
  CHECK_MSG_IS("Invalid norm order for matrices.");
  const int64_t ax5[] = {5};
  CHECK_STATUS(ndc_linalg_norm(A, NDC_NORM_DEFAULT, 0, 1, ax5, false, &keep), NDC_ERR_INDEX);
  CHECK_MSG_IS("axis 5 is out of bounds for array of dimension 2");
  CHECK_STATUS(ndc_linalg_lstsq(LA, b, NAN, &keep, &keep, &rank, &keep2), NDC_ERR_LINALG);
  CHECK_MSG_IS("Incompatible dimensions");
  CHECK_STATUS(ndc_linalg_tensorinv(T, 0, &keep), NDC_ERR_INVALID_ARGUMENT);
  CHECK_MSG_IS("Invalid ind argument.");
  CHECK_STATUS(ndc_linalg_matrix_rank(R, 0.5, 0.5, false, &keep), NDC_ERR_INVALID_ARGUMENT);
  ndc_array *h16 = NULL;
  CHECK_OK(ndc_array_astype(R, NDC_FLOAT16, NDC_CASTING_DEFAULT, NDC_ORDER_DEFAULT, &h16));
  CHECK_STATUS(ndc_linalg_inv(h16, &keep), NDC_ERR_DTYPE);
  CHECK_MSG_IS("array type float16 is unsupported in linalg");
  CHECK(keep == (ndc_array *)0x1 && keep2 == (ndc_array *)0x2);
  CHECK_EQ_I64(rank, 2);
  /* NULLs. */
  CHECK_STATUS(ndc_linalg_inv(NULL, &keep), NDC_ERR_NULL_POINTER);
  CHECK_STATUS(ndc_linalg_inv(A, NULL), NDC_ERR_NULL_POINTER);
  CHECK_STATUS(ndc_linalg_slogdet(A, &keep, NULL), NDC_ERR_NULL_POINTER);
  CHECK_STATUS(ndc_linalg_svd(A, true, true, false, NULL, &keep, &keep2), NDC_ERR_NULL_POINTER);
  CHECK_STATUS(ndc_linalg_lstsq(LA, LB, NAN, &keep, &keep, NULL, &keep2), NDC_ERR_NULL_POINTER);
  CHECK_STATUS(ndc_linalg_solve(A, NULL, &keep), NDC_ERR_NULL_POINTER);
  CHECK_STATUS(ndc_linalg_norm(A, NDC_NORM_ORD, 1, -1, ax1, false, &keep), NDC_ERR_INVALID_ARGUMENT);
  CHECK(keep == (ndc_array *)0x1 && keep2 == (ndc_array *)0x2);

  ndc_array *all[] = {A, b, P, Q, H, LA, LB, R, T, T2, NA, h16};
  for (int i = 0; i < NDC_TEST_COUNT(all); i++) ndc_array_release(all[i]);
  large_eigh();
  return CHECK_DONE();
}
