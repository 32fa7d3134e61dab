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

    check(ndc_arange_int(0, 12, 1, NDC_INT64, &x), "arange");
    show("np.arange(12)   # .reshape(3, 4) and indexing arrive with views", x);

    check(ndc_eye(3, -1, 0, NDC_FLOAT64, NDC_ORDER_C, &x), "eye");
    show("np.eye(3)", x);

    check(ndc_logspace(0.0, 3.0, 4, true, 10.0, NDC_FLOAT64, &x), "logspace");
    show("np.logspace(0, 3, 4)", x);

    check(ndc_arange(0.0, 2.0, 0.3, NDC_FLOAT32, &x), "arange");
    show("np.arange(0, 2, 0.3, dtype=np.float32)", x);
}

int main(void) {
    check(ndc_check_version(NDC_VERSION_MAJOR, NDC_VERSION_MINOR), "version check");
    printf("ndc %s\n\n", ndc_version_string());
    section_creation();
    return 0;
}
