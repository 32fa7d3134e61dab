/*
 * bench_ufunc.c - timings of ndc's elementwise operations (ufuncs).
 *
 * Every case writes into a preallocated result (the `out` option, NumPy's
 * `out=`), so only the ufunc itself is timed, not an allocation. The
 * companion script benches/compare_numpy.py runs the same cases through
 * NumPy with the same data and prints both side by side.
 *
 * Output: one line per case on stdout, `<case-name> <seconds-per-call>`
 * (the best sample: the fastest mean over a batch of back-to-back calls).
 * A case that fails prints `nan` and its error on stderr; the exit status
 * is then 1.
 *
 * Usage: bench_ufunc [--threads N] [--min-time S] [--median]
 *                    [--clock wall|cpu] [--list] [CASE-PREFIX...]
 *   --threads N   ndc_set_num_threads(N); without it (or with 0) ndc
 *                 uses NDC_NUM_THREADS, else the number of cores
 *   --min-time S  time each case for at least S seconds (default 0.2)
 *   --median      report the median sample instead of the best
 *   --clock C     wall (CLOCK_MONOTONIC, default) or cpu (process CPU
 *                 time, summed over ndc's threads)
 *   --list        print the case names and exit
 *   CASE-PREFIX   run only the cases whose names start with one of these
 *
 * Build: gcc -O2 bench_ufunc.c $(pkg-config --cflags --libs ndc) -lm
 *
 * Data: element i of operand k is 0.1 + 9.9 * frac((i + 1) * phi + k * r)
 * with phi = (sqrt(5) - 1) / 2 and r = sqrt(2) - 1, computed in double and
 * rounded to the case's dtype, so every value lies in (0.1, 10) (valid for
 * log, harmless for exp in float32) and NumPy can rebuild the same arrays.
 */

#define _POSIX_C_SOURCE 200809L

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "ndc.h"

#define PHI 0.6180339887498949
#define R2 0.41421356237309515

/* Bounds of the adaptive repetition. */
#define BATCH_SECONDS 2e-3     /* target duration of one timed batch */
#define MAX_SAMPLES 2000       /* batches per case at most */
#define MIN_SAMPLES 5          /* batches per case at least */
#define MAX_CALLS 20000000L    /* calls per case at most */

typedef ndc_status (*binary_fn)(const ndc_array *, const ndc_array *,
                                const ndc_ufunc_options *, ndc_array **);
typedef ndc_status (*unary_fn)(const ndc_array *, const ndc_ufunc_options *,
                               ndc_array **);

/* How the operands of a case are laid out. */
enum layout {
    L_CONTIG,     /* a, b and out: contiguous 1-d of n elements */
    L_SCALAR,     /* a contiguous, b a weak Python float */
    L_ROW,        /* (m, m) + (m,) */
    L_COL,        /* (m, m) + (m, 1) */
    L_STRIDED,    /* a[::2] + b[::2] over 2n-element bases */
    L_TRANSPOSED, /* (m, m) + b.T */
    L_UNARY       /* f(a), a contiguous */
};

enum op { OP_ADD, OP_MUL, OP_LESS, OP_EXP, OP_LOG, OP_SIN, OP_TANH };

struct bench_case {
    char name[64];
    enum op op;
    enum layout layout;
    ndc_dtype dtype; /* of the inputs */
    int64_t n;       /* elements of the result */
};

/* The arrays of one case while it runs. */
struct operands {
    ndc_array *a, *b, *out;
    ndc_array *a_base, *b_base; /* owners of the strided/transposed views */
    binary_fn bin;
    unary_fn un;
    ndc_ufunc_options opts;
};

/* CLOCK_MONOTONIC (wall time), or CLOCK_PROCESS_CPUTIME_ID with
 * `--clock cpu`: the CPU time of all the process's threads, which a busy
 * machine disturbs less but which sums the threads of a parallel loop. */
static clockid_t bench_clock = CLOCK_MONOTONIC;

static double now(void)
{
    struct timespec ts;
    clock_gettime(bench_clock, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

static double value(int64_t i, int k)
{
    double x = (double)(i + 1) * PHI + (double)k * R2;
    return 0.1 + 9.9 * (x - floor(x));
}

static const char *op_name(enum op op)
{
    static const char *names[] = {"add", "multiply", "less", "exp",
                                  "log", "sin", "tanh"};
    return names[op];
}

static const char *dtype_name(ndc_dtype dt)
{
    return dt == NDC_FLOAT32 ? "float32" : "float64";
}

static const char *size_name(int64_t n)
{
    switch (n) {
    case 1000: return "1e3";
    case 100000: return "1e5";
    case 1000000: return "1e6";
    case 10000000: return "1e7";
    default: return "n";
    }
}

static int n_cases;
static struct bench_case cases[64];

static void add_case(const char *name, enum op op, enum layout layout,
                     ndc_dtype dtype, int64_t n)
{
    struct bench_case *c = &cases[n_cases++];
    snprintf(c->name, sizeof c->name, "%s", name);
    c->op = op;
    c->layout = layout;
    c->dtype = dtype;
    c->n = n;
}

/* The case list; compare_numpy.py mirrors it by name. */
static void build_cases(void)
{
    static const int64_t sizes[] = {1000, 100000, 1000000, 10000000};
    static const enum op bin_ops[] = {OP_ADD, OP_MUL};
    static const enum op un_ops[] = {OP_EXP, OP_LOG, OP_SIN, OP_TANH};
    static const ndc_dtype dts[] = {NDC_FLOAT64, NDC_FLOAT32};
    char name[64];

    for (int o = 0; o < 2; o++)
        for (int d = 0; d < 2; d++)
            for (int s = 0; s < 4; s++) {
                snprintf(name, sizeof name, "%s_%s_%s", op_name(bin_ops[o]),
                         dtype_name(dts[d]), size_name(sizes[s]));
                add_case(name, bin_ops[o], L_CONTIG, dts[d], sizes[s]);
            }
    add_case("multiply_scalar_float64_1e6", OP_MUL, L_SCALAR, NDC_FLOAT64,
             1000000);
    add_case("add_row_broadcast_float64_1000x1000", OP_ADD, L_ROW,
             NDC_FLOAT64, 1000000);
    add_case("add_col_broadcast_float64_1000x1000", OP_ADD, L_COL,
             NDC_FLOAT64, 1000000);
    add_case("add_strided_float64_1e6", OP_ADD, L_STRIDED, NDC_FLOAT64,
             1000000);
    add_case("add_transposed_float64_1000x1000", OP_ADD, L_TRANSPOSED,
             NDC_FLOAT64, 1000000);
    for (int o = 0; o < 4; o++)
        for (int d = 0; d < 2; d++) {
            snprintf(name, sizeof name, "%s_%s_1e6", op_name(un_ops[o]),
                     dtype_name(dts[d]));
            add_case(name, un_ops[o], L_UNARY, dts[d], 1000000);
        }
    add_case("less_float64_1e6", OP_LESS, L_CONTIG, NDC_FLOAT64, 1000000);
    add_case("add_float64_16", OP_ADD, L_CONTIG, NDC_FLOAT64, 16);
}

/* --- error reporting ---------------------------------------------------- */

static const char *current_case;

static int check(ndc_status st, const char *what)
{
    if (st == NDC_OK)
        return 0;
    fprintf(stderr, "%s: %s failed: %s (%s)\n", current_case, what,
            ndc_last_error_message(), ndc_status_string(st));
    return -1;
}

/* --- operands ----------------------------------------------------------- */

/* A new array of `ndim`/`shape` filled with operand `k`'s values. */
static ndc_array *filled(int32_t ndim, const int64_t *shape, ndc_dtype dt,
                         int k)
{
    ndc_array *a = NULL;
    void *p;
    if (check(ndc_empty(ndim, shape, dt, NDC_ORDER_C, &a), "ndc_empty"))
        return NULL;
    if (check(ndc_array_data(a, &p), "ndc_array_data")) {
        ndc_array_release(a);
        return NULL;
    }
    int64_t n = ndc_array_size(a);
    if (dt == NDC_FLOAT32) {
        float *f = p;
        for (int64_t i = 0; i < n; i++)
            f[i] = (float)value(i, k);
    } else {
        double *d = p;
        for (int64_t i = 0; i < n; i++)
            d[i] = value(i, k);
    }
    return a;
}

/* A view of `base`'s memory (kept alive by the caller). */
static ndc_array *view(ndc_array *base, int32_t ndim, const int64_t *shape,
                       const int64_t *strides)
{
    void *p;
    ndc_array *v = NULL;
    if (check(ndc_array_data(base, &p), "ndc_array_data"))
        return NULL;
    if (check(ndc_array_from_buffer(p, ndc_array_nbytes(base),
                                    ndc_array_dtype(base), ndim, shape,
                                    strides, 0, 0, NULL, NULL, &v),
              "ndc_array_from_buffer"))
        return NULL;
    return v;
}

static void release_operands(struct operands *o)
{
    ndc_array_release(o->a);
    ndc_array_release(o->b);
    ndc_array_release(o->out);
    ndc_array_release(o->a_base);
    ndc_array_release(o->b_base);
    memset(o, 0, sizeof *o);
}

static int setup(const struct bench_case *c, struct operands *o)
{
    const int64_t m = 1000;
    int64_t n = c->n;
    int64_t sq[2] = {m, m};
    ndc_dtype dt = c->dtype;

    memset(o, 0, sizeof *o);
    switch (c->op) {
    case OP_ADD: o->bin = ndc_add; break;
    case OP_MUL: o->bin = ndc_multiply; break;
    case OP_LESS: o->bin = ndc_less; break;
    case OP_EXP: o->un = ndc_exp; break;
    case OP_LOG: o->un = ndc_log; break;
    case OP_SIN: o->un = ndc_sin; break;
    case OP_TANH: o->un = ndc_tanh; break;
    }

    switch (c->layout) {
    case L_CONTIG:
    case L_UNARY:
        o->a = filled(1, &n, dt, 0);
        if (c->layout == L_CONTIG)
            o->b = filled(1, &n, dt, 1);
        break;
    case L_SCALAR:
        o->a = filled(1, &n, dt, 0);
        if (check(ndc_scalar_double(2.0, &o->b), "ndc_scalar_double"))
            goto fail;
        break;
    case L_ROW:
    case L_COL: {
        int64_t col[2] = {m, 1};
        o->a = filled(2, sq, dt, 0);
        o->b = c->layout == L_ROW ? filled(1, &m, dt, 1)
                                  : filled(2, col, dt, 1);
        break;
    }
    case L_STRIDED: {
        int64_t n2 = 2 * n, st = 16;
        o->a_base = filled(1, &n2, dt, 0);
        o->b_base = filled(1, &n2, dt, 1);
        if (!o->a_base || !o->b_base)
            goto fail;
        o->a = view(o->a_base, 1, &n, &st);
        o->b = view(o->b_base, 1, &n, &st);
        break;
    }
    case L_TRANSPOSED: {
        int64_t st[2] = {8, 8000};
        o->a = filled(2, sq, dt, 0);
        o->b_base = filled(2, sq, dt, 1);
        if (!o->b_base)
            goto fail;
        o->b = view(o->b_base, 2, sq, st);
        break;
    }
    }
    if (!o->a || (!o->un && !o->b))
        goto fail;

    {
        ndc_dtype out_dt = c->op == OP_LESS ? NDC_BOOL : dt;
        int32_t ndim = (c->layout == L_ROW || c->layout == L_COL ||
                        c->layout == L_TRANSPOSED) ? 2 : 1;
        /* Zero-filled then written once by the warm-up call, so page
         * faults stay out of the timings. */
        if (check(ndc_zeros(ndim, ndim == 2 ? sq : &n, out_dt, NDC_ORDER_C,
                            &o->out), "ndc_zeros"))
            goto fail;
    }
    o->opts.struct_size = sizeof o->opts;
    o->opts.out = o->out;
    return 0;
fail:
    release_operands(o);
    return -1;
}

static inline ndc_status run_once(const struct operands *o)
{
    /* The result slot is NULL: the result is `out` itself. */
    return o->bin ? o->bin(o->a, o->b, &o->opts, NULL)
                  : o->un(o->a, &o->opts, NULL);
}

/* --- result check ------------------------------------------------------- */

/* Input element behind result element i, for operand k (0 = a, 1 = b). */
static double input(const struct bench_case *c, int64_t i, int k)
{
    const int64_t m = 1000;
    int64_t r = i / m, col = i % m, j = i;
    if (k == 1) {
        switch (c->layout) {
        case L_SCALAR: return 2.0;
        case L_ROW: j = col; break;
        case L_COL: j = r; break;
        case L_TRANSPOSED: j = col * m + r; break;
        default: break;
        }
    }
    if (c->layout == L_STRIDED)
        j = 2 * i;
    double v = value(j, k);
    return c->dtype == NDC_FLOAT32 ? (double)(float)v : v;
}

/* Compares a few result elements with libm; catches a case that silently
 * computes something else. */
static int verify(const struct bench_case *c, const struct operands *o)
{
    const void *p;
    if (check(ndc_array_data_const(o->out, &p), "ndc_array_data_const"))
        return -1;
    int64_t idx[] = {0, 1, c->n / 3, c->n / 2 + 7, c->n - 1};
    for (size_t t = 0; t < sizeof idx / sizeof idx[0]; t++) {
        int64_t i = idx[t] % c->n;
        double x = input(c, i, 0), y = input(c, i, 1), want, got;
        switch (c->op) {
        case OP_ADD: want = x + y; break;
        case OP_MUL: want = x * y; break;
        case OP_LESS: want = x < y; break;
        case OP_EXP: want = exp(x); break;
        case OP_LOG: want = log(x); break;
        case OP_SIN: want = sin(x); break;
        default: want = tanh(x); break;
        }
        if (c->op == OP_LESS)
            got = ((const unsigned char *)p)[i];
        else if (c->dtype == NDC_FLOAT32)
            got = ((const float *)p)[i];
        else
            got = ((const double *)p)[i];
        /* Relative tolerance, absolute below 1 (sin crosses zero). */
        double tol = c->dtype == NDC_FLOAT32 ? 1e-6 : 1e-13;
        if (c->dtype == NDC_FLOAT32 && c->op != OP_LESS)
            want = (float)want;
        if (!(fabs(got - want) <= tol * fmax(fabs(want), 1.0))) {
            fprintf(stderr, "%s: wrong result at %lld: got %.17g, "
                    "expected %.17g\n", c->name, (long long)i, got, want);
            return -1;
        }
    }
    return 0;
}

/* --- timing ------------------------------------------------------------- */

static int cmp_double(const void *x, const void *y)
{
    double a = *(const double *)x, b = *(const double *)y;
    return (a > b) - (a < b);
}

/* Seconds per call: the best (or median) batch mean. Batches hold enough
 * calls to last about BATCH_SECONDS; batches repeat until `min_time` has
 * passed (at least MIN_SAMPLES, at most MAX_SAMPLES and MAX_CALLS calls). */
static double time_case(const struct operands *o, double min_time,
                        int median, ndc_status *st)
{
    static double samples[MAX_SAMPLES];
    double t0, t1;
    long batch = 1;

    /* Warm-up (touches `out`, starts the thread pool), then calibration. */
    if ((*st = run_once(o)) != NDC_OK)
        return NAN;
    for (;;) {
        t0 = now();
        for (long k = 0; k < batch; k++)
            if ((*st = run_once(o)) != NDC_OK)
                return NAN;
        t1 = now();
        if (t1 - t0 >= BATCH_SECONDS || batch >= MAX_CALLS / MIN_SAMPLES)
            break;
        batch *= (t1 - t0 < BATCH_SECONDS / 10) ? 10 : 2;
    }

    int ns = 0;
    long calls = 0;
    double start = now();
    while (ns < MAX_SAMPLES && calls < MAX_CALLS) {
        t0 = now();
        for (long k = 0; k < batch; k++)
            run_once(o);
        t1 = now();
        samples[ns++] = (t1 - t0) / (double)batch;
        calls += batch;
        if (ns >= MIN_SAMPLES && t1 - start >= min_time)
            break;
    }
    /* The timed calls skip the status check; one more call reports a
     * failure that would have appeared there. */
    if ((*st = run_once(o)) != NDC_OK)
        return NAN;
    qsort(samples, (size_t)ns, sizeof samples[0], cmp_double);
    return median ? samples[ns / 2] : samples[0];
}

/* --- main --------------------------------------------------------------- */

static int selected(const char *name, int argc, char **filters)
{
    if (argc == 0)
        return 1;
    for (int i = 0; i < argc; i++)
        if (strncmp(name, filters[i], strlen(filters[i])) == 0)
            return 1;
    return 0;
}

static void usage(FILE *f)
{
    fprintf(f, "usage: bench_ufunc [--threads N] [--min-time S] [--median] "
               "[--clock wall|cpu] [--list] [CASE-PREFIX...]\n");
}

int main(int argc, char **argv)
{
    double min_time = 0.2;
    int median = 0, list = 0, set_threads = 0, nfilters = 0, failures = 0;
    long threads = 0;
    char **filters = calloc((size_t)argc, sizeof *filters);

    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--threads") == 0 && i + 1 < argc) {
            char *end;
            threads = strtol(argv[++i], &end, 10);
            if (*argv[i] == '\0' || *end != '\0' || threads < INT32_MIN ||
                threads > INT32_MAX) {
                fprintf(stderr, "--threads: not a number: %s\n", argv[i]);
                return 2;
            }
            set_threads = 1;
        } else if (strcmp(argv[i], "--min-time") == 0 && i + 1 < argc) {
            min_time = atof(argv[++i]);
        } else if (strcmp(argv[i], "--clock") == 0 && i + 1 < argc) {
            i++;
            if (strcmp(argv[i], "cpu") == 0) {
                bench_clock = CLOCK_PROCESS_CPUTIME_ID;
            } else if (strcmp(argv[i], "wall") != 0) {
                fprintf(stderr, "--clock: wall or cpu, not %s\n", argv[i]);
                return 2;
            }
        } else if (strcmp(argv[i], "--median") == 0) {
            median = 1;
        } else if (strcmp(argv[i], "--list") == 0) {
            list = 1;
        } else if (strcmp(argv[i], "-h") == 0 ||
                   strcmp(argv[i], "--help") == 0) {
            usage(stdout);
            return 0;
        } else if (argv[i][0] == '-') {
            usage(stderr);
            return 2;
        } else {
            filters[nfilters++] = argv[i];
        }
    }

    build_cases();
    if (list) {
        for (int i = 0; i < n_cases; i++)
            printf("%s\n", cases[i].name);
        return 0;
    }

    current_case = "setup";
    if (check(ndc_check_version(NDC_VERSION_MAJOR, NDC_VERSION_MINOR),
              "ndc_check_version"))
        return 1;
    if (set_threads &&
        check(ndc_set_num_threads((int32_t)threads), "ndc_set_num_threads"))
        return 1;
    fprintf(stderr, "ndc %s, %d thread(s), %s of batches >= %g s, %s time\n",
            ndc_version_string(), ndc_get_num_threads(),
            median ? "median" : "best", min_time,
            bench_clock == CLOCK_MONOTONIC ? "wall" : "cpu");

    for (int i = 0; i < n_cases; i++) {
        const struct bench_case *c = &cases[i];
        struct operands o;
        ndc_status st = NDC_OK;
        double t = NAN;

        if (!selected(c->name, nfilters, filters))
            continue;
        current_case = c->name;
        if (setup(c, &o) == 0) {
            t = time_case(&o, min_time, median, &st);
            if (check(st, op_name(c->op)))
                t = NAN;
            else if (verify(c, &o))
                t = NAN;
            release_operands(&o);
        }
        if (isnan(t))
            failures++;
        printf("%s %.6e\n", c->name, t);
        fflush(stdout);
    }
    free(filters);
    return failures ? 1 : 0;
}
