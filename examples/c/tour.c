/*
 * tour.c - the NumPy overview, section by section, in C with ndc.
 *
 * Each step prints the NumPy expression it mirrors and then ndc's repr of
 * the result, which is the text NumPy prints for the same expression.
 * Random inputs (np.random.randn) are replaced by fixed arrays until ndc has
 * NumPy's random streams; tour.expected is NumPy's output for the same code
 * (scripts/gen_tour_expected.py).
 *
 * Build: cc tour.c $(pkg-config --cflags --libs ndc) -o tour
 */
#include <stdio.h>
#include <stdlib.h>

#include <ndc.h>

/* Stops the tour with ndc's message when a call fails. */
static void check(ndc_status st, const char *what) {
    if (st != NDC_OK) {
        fprintf(stderr, "%s failed: %s (%s)\n", what, ndc_last_error_message(),
                ndc_status_string(st));
        exit(1);
    }
}

/* Prints `>>> expr` and the repr of `a`, then releases `a`. */
static void show(const char *expr, ndc_array *a) {
    char *text = NULL;
    check(ndc_array_repr(a, &text), "repr");
    printf(">>> %s\n%s\n", expr, text);
    ndc_free(text);
    ndc_array_release(a);
}

/* ---- small helpers for the longer sections ---------------------------- */

/* Arrays made inside a section are kept here and released by `drop_all`. */
static ndc_array *pool_[256];
static int npool_;

/* Records `a` for `drop_all` and returns it. */
static ndc_array *keep(ndc_array *a) {
    if (npool_ == (int)(sizeof pool_ / sizeof pool_[0])) {
        fprintf(stderr, "tour: too many arrays kept\n");
        exit(1);
    }
    pool_[npool_++] = a;
    return a;
}

static void drop_all(void) {
    while (npool_ > 0) ndc_array_release(pool_[--npool_]);
}

/* Runs an ndc call that fills `out`, stops on failure, keeps the result. */
#define MAKE(out, call)           \
    do {                          \
        (out) = NULL;             \
        check((call), #call);     \
        keep(out);                \
    } while (0)

/* Prints `>>> expr` and the repr of `a` (which stays kept). */
static void show_kept(const char *expr, ndc_array *a) { show(expr, ndc_array_retain(a)); }

/* Prints `>>> expr` and str(a), as Python's print() shows a scalar. */
static void show_str(const char *expr, const ndc_array *a) {
    char *text = NULL;
    check(ndc_array_str(a, &text), "str");
    printf(">>> %s\n%s\n", expr, text);
    ndc_free(text);
}

/* Prints `>>> expr` and a's shape as Python prints a tuple. */
static void show_shape(const char *expr, const ndc_array *a) {
    int32_t nd = ndc_array_ndim(a);
    const int64_t *sh = ndc_array_shape(a);
    printf(">>> %s\n(", expr);
    for (int32_t i = 0; i < nd; i++) printf(i ? ", %lld" : "%lld", (long long)sh[i]);
    printf(nd == 1 ? ",)\n" : ")\n");
}

/* A float64 matrix (rows, cols) copied from `data`. */
static ndc_array *matrix(const double *data, int64_t rows, int64_t cols) {
    ndc_array *m = NULL;
    const int64_t shape[] = {rows, cols};
    check(ndc_array_from_data(data, NDC_FLOAT64, 2, shape, NULL, &m), "array");
    return keep(m);
}

/* np.arange(float(rows * cols)).reshape(rows, cols) */
static ndc_array *arange_matrix(int64_t rows, int64_t cols) {
    ndc_array *flat = NULL, *m = NULL;
    check(ndc_arange(0.0, (double)(rows * cols), 1.0, NDC_FLOAT64, &flat), "arange");
    check(ndc_reshape(flat, 2, (const int64_t[]){rows, cols}, NDC_ORDER_C, &m), "reshape");
    ndc_array_release(flat);
    return keep(m);
}

/* A weak Python float scalar. */
static ndc_array *num(double v) {
    ndc_array *s = NULL;
    check(ndc_scalar_double(v, &s), "scalar");
    return keep(s);
}

/* Reduction options for one axis (or every axis when `axis` is NULL). */
static ndc_reduce_options axis_opts(const int64_t *axis, int keepdims) {
    ndc_reduce_options o = {0};
    o.struct_size = sizeof o;
    o.axes = axis;
    o.naxes = axis ? 1 : 0;
    o.keepdims = keepdims;
    return o;
}

static void section_layer_norm_and_distances(void);

static void section_creation(void) {
    ndc_array *x = NULL;
    printf("== Section 02: Array Creation ==\n");

    const double a_data[] = {1.0, 2.0, 3.0};
    const int64_t a_shape[] = {3};
    check(ndc_array_from_data(a_data, NDC_FLOAT64, 1, a_shape, NULL, &x), "array");
    show("a = np.array([1.0, 2.0, 3.0])", x);

    const int64_t b_shape[] = {3, 4};
    check(ndc_zeros(2, b_shape, NDC_FLOAT64, NDC_ORDER_C, &x), "zeros");
    show("b = np.zeros((3, 4))", x);

    /* np.ones((2, 3)) * 5: the product arrives with ufuncs; np.full gives
       the same array. */
    const int64_t c_shape[] = {2, 3};
    const double five = 5.0;
    check(ndc_full(2, c_shape, &five, NDC_FLOAT64, NDC_FLOAT64, NDC_ORDER_C, &x), "full");
    show("c = np.full((2, 3), 5.0)   # same as np.ones((2, 3)) * 5", x);

    check(ndc_arange_int(0, 10, 2, NDC_INT64, &x), "arange");
    show("d = np.arange(0, 10, 2)", x);

    double step = 0.0;
    check(ndc_linspace(0.0, 1.0, 100, true, NDC_FLOAT64, &step, &x), "linspace");
    show("e = np.linspace(0, 1, 100)", x);
    printf(">>> np.linspace(0, 1, 100, retstep=True)[1]\n%.17g\n", step);

    printf(">>> f = np.random.randn(32, 768)\n(random numbers are not in ndc yet)\n");

    ndc_array *flat = NULL, *arr = NULL;
    check(ndc_arange_int(0, 12, 1, NDC_INT64, &flat), "arange");
    check(ndc_reshape(flat, 2, (const int64_t[]){3, 4}, NDC_ORDER_C, &arr), "reshape");
    ndc_array_release(flat);
    show("arr = np.arange(12).reshape(3, 4)", ndc_array_retain(arr));

    char *text = NULL;
    check(ndc_getitem(arr, "1, 2", 0, NULL, &x), "getitem");
    check(ndc_array_str(x, &text), "str");
    printf(">>> arr[1, 2]\n%s\n", text);
    ndc_free(text);
    ndc_array_release(x);
    check(ndc_getitem(arr, ":, 2", 0, NULL, &x), "getitem");
    show("arr[:, 2]", x);
    check(ndc_getitem(arr, "1:, :2", 0, NULL, &x), "getitem");
    show("arr[1:, :2]", x);
    check(ndc_getitem(arr, "[0, 2], :", 0, NULL, &x), "getitem");
    show("arr[[0, 2], :]", x);
    ndc_array *five_s = NULL, *mask = NULL;
    check(ndc_scalar_int64(5, &five_s), "scalar");
    check(ndc_greater(arr, five_s, NULL, &mask), "greater");
    const ndc_array *bound[] = {mask};
    check(ndc_getitem(arr, "?", 1, bound, &x), "getitem");
    show("arr[arr > 5]", x);
    ndc_array_release(five_s);
    ndc_array_release(mask);
    ndc_array_release(arr);

    check(ndc_eye(3, -1, 0, NDC_FLOAT64, NDC_ORDER_C, &x), "eye");
    show("np.eye(3)", x);

    check(ndc_logspace(0.0, 3.0, 4, true, 10.0, NDC_FLOAT64, &x), "logspace");
    show("np.logspace(0, 3, 4)", x);

    check(ndc_arange(0.0, 2.0, 0.3, NDC_FLOAT32, &x), "arange");
    show("np.arange(0, 2, 0.3, dtype=np.float32)", x);
}

static void section_broadcasting(void) {
    ndc_array *y = NULL, *r = NULL;
    printf("\n== Section 03: Broadcasting ==\n");
    printf("(ndc has no random numbers yet: fixed inputs stand in for np.random.randn)\n");

    /* (3, 4) op (4,): the row broadcasts over every row. */
    const int64_t s34[] = {3, 4};
    ndc_array *m = NULL;
    /* Build the (3, 4) matrix [[0..3], [4..7], [8..11]] from the flat data. */
    double flat[12];
    for (int i = 0; i < 12; i++) flat[i] = i;
    check(ndc_array_from_data(flat, NDC_FLOAT64, 2, s34, NULL, &m), "array");
    const double row_data[] = {10.0, 20.0, 30.0, 40.0};
    check(ndc_array_from_data(row_data, NDC_FLOAT64, 1, (const int64_t[]){4}, NULL, &y), "array");
    check(ndc_add(m, y, NULL, &r), "add");
    show("np.arange(12.).reshape(3, 4) + np.array([10., 20., 30., 40.])", r);

    /* (3, 1) op (1, 4) -> (3, 4). */
    const double col_data[] = {1.0, 2.0, 3.0};
    ndc_array *col = NULL, *row = NULL;
    check(ndc_array_from_data(col_data, NDC_FLOAT64, 2, (const int64_t[]){3, 1}, NULL, &col), "array");
    check(ndc_array_from_data(row_data, NDC_FLOAT64, 2, (const int64_t[]){1, 4}, NULL, &row), "array");
    check(ndc_multiply(col, row, NULL, &r), "multiply");
    show("np.array([[1.], [2.], [3.]]) * np.array([[10., 20., 30., 40.]])", r);

    /* Squared distances of two point sets, the broadcasting way:
       ||a||^2 (n,1) + ||b||^2 (m,) - 2 a.b, here with 1-d points. */
    ndc_array *two = NULL, *sq_a = NULL, *sq_b = NULL, *prod = NULL, *twice = NULL, *sum = NULL;
    check(ndc_scalar_double(2.0, &two), "scalar");
    check(ndc_square(col, NULL, &sq_a), "square");
    check(ndc_square(row, NULL, &sq_b), "square");
    check(ndc_multiply(col, row, NULL, &prod), "multiply");
    check(ndc_multiply(two, prod, NULL, &twice), "multiply");
    check(ndc_add(sq_a, sq_b, NULL, &sum), "add");
    check(ndc_subtract(sum, twice, NULL, &r), "subtract");
    show("a**2 + b**2 - 2 * a * b   # a (3,1), b (1,4): pairwise (a - b)**2", r);

    ndc_array_release(two);
    ndc_array_release(sq_a);
    ndc_array_release(sq_b);
    ndc_array_release(prod);
    ndc_array_release(twice);
    ndc_array_release(sum);
    ndc_array_release(col);
    ndc_array_release(row);
    ndc_array_release(m);
    ndc_array_release(y);
    section_layer_norm_and_distances();
}

/* Layer normalisation and pairwise distances (Section 03, second half). */
static void section_layer_norm_and_distances(void) {
    ndc_array *act, *mean, *std, *centered, *normalized;
    const int64_t last = -1, one = 1;
    ndc_reduce_options keep_last = axis_opts(&last, 1);

    MAKE(act, ndc_sin(arange_matrix(32, 768), NULL, &act));
    printf(">>> activations = np.sin(np.arange(32 * 768.).reshape(32, 768))\n");
    MAKE(mean, ndc_mean(act, &keep_last, &mean));
    show_shape("mean = activations.mean(axis=-1, keepdims=True); mean.shape", mean);
    ndc_array *head;
    MAKE(head, ndc_getitem(mean, ":4", 0, NULL, &head));
    show_kept("mean[:4]", head);
    MAKE(std, ndc_std(act, &keep_last, &std));
    MAKE(centered, ndc_subtract(act, mean, NULL, &centered));
    MAKE(normalized, ndc_divide(centered, std, NULL, &normalized));
    show_shape("std = activations.std(axis=-1, keepdims=True); std.shape", std);
    show_kept("normalized = (activations - mean) / std", normalized);

    /* Pairwise squared distances: ||a||^2 + ||b||^2 - 2 a.b */
    ndc_array *a, *b, *a2, *b2, *na, *nb, *two_a, *bt, *ab, *s1, *dists, *corner;
    MAKE(a, ndc_cos(arange_matrix(100, 128), NULL, &a));
    MAKE(b, ndc_sin(arange_matrix(50, 128), NULL, &b));
    printf(">>> A = np.cos(np.arange(100 * 128.).reshape(100, 128))\n");
    printf(">>> B = np.sin(np.arange(50 * 128.).reshape(50, 128))\n");
    ndc_reduce_options rows_keep = axis_opts(&one, 1), rows = axis_opts(&one, 0);
    MAKE(a2, ndc_square(a, NULL, &a2));
    MAKE(b2, ndc_square(b, NULL, &b2));
    MAKE(na, ndc_sum(a2, &rows_keep, &na));
    MAKE(nb, ndc_sum(b2, &rows, &nb));
    MAKE(two_a, ndc_multiply(num(2.0), a, NULL, &two_a));
    MAKE(bt, ndc_matrix_transpose(b, &bt));
    MAKE(ab, ndc_matmul(two_a, bt, NULL, &ab));
    MAKE(s1, ndc_add(na, nb, NULL, &s1));
    MAKE(dists, ndc_subtract(s1, ab, NULL, &dists));
    show_shape("dists = np.sum(A**2, axis=1, keepdims=True) + np.sum(B**2, axis=1) - 2 * A @ B.T; "
               "dists.shape",
               dists);
    MAKE(corner, ndc_getitem(dists, ":3, :4", 0, NULL, &corner));
    show_kept("dists[:3, :4]", corner);
    drop_all();
}

static void section_linalg(void) {
    printf("\n== Section 04: Linear Algebra Ops ==\n");
    static const double a_data[] = {4., -2., 1., 3., 2., 5., -1., 0., 1., 0., 3., -2., -3., 1., 2., 6.};
    ndc_array *a = matrix(a_data, 4, 4), *b = arange_matrix(4, 3);
    show_kept("A = np.array([[4., -2., 1., 3.], [2., 5., -1., 0.], [1., 0., 3., -2.], "
              "[-3., 1., 2., 6.]])",
              a);
    show_kept("B = np.arange(12.).reshape(4, 3)", b);

    ndc_array *c, *d, *vals, *vecs, *av, *vw;
    MAKE(c, ndc_matmul(a, b, NULL, &c));
    show_kept("C = A @ B", c);
    MAKE(d, ndc_linalg_inv(a, &d));
    show_kept("D = np.linalg.inv(A)", d);

    vals = vecs = NULL;
    check(ndc_linalg_eig(a, &vals, &vecs), "eig");
    keep(vals);
    keep(vecs);
    show_kept("vals, vecs = np.linalg.eig(A); vals", vals);
    MAKE(av, ndc_matmul(a, vecs, NULL, &av));
    MAKE(vw, ndc_multiply(vecs, vals, NULL, &vw));
    bool same = false;
    check(ndc_allclose(av, vw, 1e-5, 1e-8, false, &same), "allclose");
    printf(">>> np.allclose(A @ vecs, vecs * vals)\n%s\n", same ? "True" : "False");

    ndc_array *u, *sv, *vt, *ur, *sr, *dr, *vr, *us, *approx;
    u = sv = vt = NULL;
    check(ndc_linalg_svd(a, true, true, false, &u, &sv, &vt), "svd");
    keep(u);
    keep(sv);
    keep(vt);
    show_kept("U, S, Vt = np.linalg.svd(A); S", sv);
    MAKE(ur, ndc_getitem(u, ":, :2", 0, NULL, &ur));
    MAKE(sr, ndc_getitem(sv, ":2", 0, NULL, &sr));
    MAKE(dr, ndc_diag(sr, 0, &dr));
    MAKE(vr, ndc_getitem(vt, ":2, :", 0, NULL, &vr));
    MAKE(us, ndc_matmul(ur, dr, NULL, &us));
    MAKE(approx, ndc_matmul(us, vr, NULL, &approx));
    show_kept("U[:, :2] @ np.diag(S[:2]) @ Vt[:2, :]   # rank-2 approximation", approx);

    static const double b_vec[] = {1., 2., 3., 4.};
    ndc_array *bv = NULL, *x, *n_fro, *n_2, *n_b;
    check(ndc_array_from_data(b_vec, NDC_FLOAT64, 1, (const int64_t[]){4}, NULL, &bv), "array");
    keep(bv);
    MAKE(x, ndc_linalg_solve(a, bv, &x));
    show_kept("b = np.array([1., 2., 3., 4.]); x = np.linalg.solve(A, b)", x);
    MAKE(n_fro, ndc_linalg_norm(a, NDC_NORM_DEFAULT, 0.0, 0, NULL, false, &n_fro));
    show_str("print(np.linalg.norm(A))", n_fro);
    MAKE(n_2, ndc_linalg_norm(a, NDC_NORM_ORD, 2.0, 0, NULL, false, &n_2));
    show_str("print(np.linalg.norm(A, ord=2))", n_2);
    MAKE(n_b, ndc_linalg_norm(bv, NDC_NORM_DEFAULT, 0.0, 0, NULL, false, &n_b));
    show_str("print(np.linalg.norm(b))", n_b);
    drop_all();
}

static void section_preprocessing(void) {
    printf("\n== Section 05: Common ML Preprocessing ==\n");
    const int64_t zero = 0, one = 1, last = -1;

    /* Standard scaling. */
    static const double x_data[] = {1., 200., 3., 2., 180., 5., 3., 220., 4., 4., 210., 8.};
    ndc_array *x = matrix(x_data, 4, 3), *mean, *std, *std_eps, *centered, *scaled;
    show_kept("X = np.array([[1., 200., 3.], [2., 180., 5.], [3., 220., 4.], [4., 210., 8.]])", x);
    ndc_reduce_options cols = axis_opts(&zero, 0);
    MAKE(mean, ndc_mean(x, &cols, &mean));
    MAKE(std, ndc_std(x, &cols, &std));
    MAKE(std_eps, ndc_add(std, num(1e-8), NULL, &std_eps));
    MAKE(centered, ndc_subtract(x, mean, NULL, &centered));
    MAKE(scaled, ndc_divide(centered, std_eps, NULL, &scaled));
    show_kept("standard_scale(X)", scaled);

    /* One-hot encoding: out[np.arange(n), labels] = 1 */
    static const int64_t label_data[] = {0, 2, 1, 2};
    ndc_array *labels = NULL, *rows, *out, *one_v;
    check(ndc_array_from_data(label_data, NDC_INT64, 1, (const int64_t[]){4}, NULL, &labels), "array");
    keep(labels);
    MAKE(rows, ndc_arange_int(0, 4, 1, NDC_INT64, &rows));
    MAKE(out, ndc_zeros(2, (const int64_t[]){4, 3}, NDC_FLOAT64, NDC_ORDER_C, &out));
    MAKE(one_v, ndc_scalar_int64(1, &one_v));
    const ndc_array *idx[] = {rows, labels};
    check(ndc_setitem(out, "?, ?", 2, idx, one_v), "setitem");
    show_kept("one_hot(np.array([0, 2, 1, 2]), 3)", out);

    /* Cosine similarity matrix. */
    static const double e_data[] = {1., 0., 1., 0., 1., 1., 1., 1., 0., 2., 0., 2.};
    ndc_array *emb = matrix(e_data, 4, 3), *norms, *norms_eps, *normed, *normed_t, *cos;
    MAKE(norms, ndc_linalg_norm(emb, NDC_NORM_DEFAULT, 0.0, 1, &one, true, &norms));
    MAKE(norms_eps, ndc_add(norms, num(1e-8), NULL, &norms_eps));
    MAKE(normed, ndc_divide(emb, norms_eps, NULL, &normed));
    MAKE(normed_t, ndc_matrix_transpose(normed, &normed_t));
    MAKE(cos, ndc_matmul(normed, normed_t, NULL, &cos));
    show_kept("cosine_matrix(np.array([[1., 0., 1.], [0., 1., 1.], [1., 1., 0.], [2., 0., 2.]]))",
              cos);

    /* Softmax, the stable way. */
    static const double s_data[] = {1., 2., 3., 1., 1., 1., 10., 0., -10.};
    ndc_array *logits = matrix(s_data, 3, 3), *mx, *shifted, *e, *total, *soft;
    ndc_reduce_options keep_last = axis_opts(&last, 1);
    MAKE(mx, ndc_max(logits, &keep_last, &mx));
    MAKE(shifted, ndc_subtract(logits, mx, NULL, &shifted));
    MAKE(e, ndc_exp(shifted, NULL, &e));
    MAKE(total, ndc_sum(e, &keep_last, &total));
    MAKE(soft, ndc_divide(e, total, NULL, &soft));
    show_kept("softmax(np.array([[1., 2., 3.], [1., 1., 1.], [10., 0., -10.]]))", soft);
    drop_all();
}

static void gotcha_axes(void) {
    /* Gotcha 4: which axis a mean runs over. */
    const int64_t zero = 0, one = 1;
    ndc_array *x, *m0, *m1;
    MAKE(x, ndc_sin(arange_matrix(32, 768), NULL, &x));
    printf(">>> x = np.sin(np.arange(32 * 768.).reshape(32, 768))   # batch 32, features 768\n");
    ndc_reduce_options o0 = axis_opts(&zero, 0), o1 = axis_opts(&one, 0);
    MAKE(m0, ndc_mean(x, &o0, &m0));
    show_shape("x.mean(axis=0).shape   # average over the batch", m0);
    MAKE(m1, ndc_mean(x, &o1, &m1));
    show_shape("x.mean(axis=1).shape   # average over the features", m1);
    drop_all();
}

static void section_gotchas(void) {
    ndc_array *x = NULL, *two = NULL, *r = NULL, *a = NULL, *b = NULL, *d = NULL;
    printf("\n== Section 07: Gotchas ==\n");

    /* Gotcha 1: a slice is a view, writes through it show in the base. */
    ndc_array *base = NULL, *view = NULL, *v999 = NULL;
    check(ndc_arange_int(0, 10, 1, NDC_INT64, &base), "arange");
    check(ndc_getitem(base, "::2", 0, NULL, &view), "getitem");
    check(ndc_scalar_int64(999, &v999), "scalar");
    check(ndc_setitem(view, "0", 0, NULL, v999), "setitem");
    int64_t first = 0;
    check(ndc_array_get_int64(base, (const int64_t[]){0}, 1, &first), "get");
    printf(">>> a = np.arange(10); b = a[::2]; b[0] = 999; print(a[0])\n%lld\n", (long long)first);
    ndc_array_release(base);
    ndc_array_release(view);
    ndc_array_release(v999);

    /* Gotcha 2: dividing an int32 array by a Python int gives float64. */
    check(ndc_arange_int(1, 4, 1, NDC_INT32, &x), "arange");
    show("x = np.array([1, 2, 3], dtype=np.int32)", ndc_array_retain(x));
    check(ndc_scalar_int64(2, &two), "scalar");
    check(ndc_divide(x, two, NULL, &r), "divide");
    show("y = x / 2   # float64, not int32", r);

    /* Gotcha 3: (3, 4) + (4,) works; (3, 4) + (5,) does not. */
    check(ndc_ones(2, (const int64_t[]){3, 4}, NDC_FLOAT64, NDC_ORDER_C, &a), "ones");
    check(ndc_ones(1, (const int64_t[]){4}, NDC_FLOAT64, NDC_ORDER_C, &b), "ones");
    check(ndc_add(a, b, NULL, &r), "add");
    show("c = np.ones((3, 4)) + np.ones((4,))", r);
    check(ndc_ones(1, (const int64_t[]){5}, NDC_FLOAT64, NDC_ORDER_C, &d), "ones");
    r = NULL;
    ndc_status st = ndc_add(a, d, NULL, &r);
    printf(">>> e = a + np.ones((5,))\nValueError: %s   (ndc status: %s)\n", ndc_last_error_message(),
           ndc_status_string(st));

    ndc_array_release(x);
    ndc_array_release(two);
    ndc_array_release(a);
    ndc_array_release(b);
    ndc_array_release(d);
    gotcha_axes();
}

int main(void) {
    check(ndc_check_version(NDC_VERSION_MAJOR, NDC_VERSION_MINOR), "version check");
    printf("ndc %s\n\n", ndc_version_string());
    section_creation();
    section_broadcasting();
    section_linalg();
    section_preprocessing();
    section_gotchas();
    return 0;
}
