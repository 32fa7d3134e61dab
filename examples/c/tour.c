/*
 * tour.c - the NumPy overview, section by section, in C with ndc.
 *
 * Each step prints the NumPy expression it mirrors and then ndc's repr of
 * the result, which is the text NumPy prints for the same expression.
 * Sections that need capabilities ndc does not have yet say so.
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
    printf("(random inputs, mean/std and @ arrive with later capabilities; the rule\n"
           " itself is shown on fixed arrays)\n");

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
}

static void section_gotchas(void) {
    ndc_array *x = NULL, *two = NULL, *r = NULL, *a = NULL, *b = NULL, *d = NULL;
    printf("\n== Section 07: Gotchas ==\n");
    printf("(Gotcha 4, mean over an axis, arrives with reductions)\n");

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
}

int main(void) {
    check(ndc_check_version(NDC_VERSION_MAJOR, NDC_VERSION_MINOR), "version check");
    printf("ndc %s\n\n", ndc_version_string());
    section_creation();
    section_broadcasting();
    section_gotchas();
    return 0;
}
