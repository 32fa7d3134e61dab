/*
 * bench_reduce.c - timings of one ndc reduction called from C.
 *
 * The companion script benches/compare_reduce.py runs the same reductions
 * through NumPy and prints both side by side; this program is what a C
 * caller pays per call (the result array is allocated and released every
 * call, as NumPy allocates its result).
 *
 * Usage: bench_reduce FUNC DTYPE THREADS AXIS DIM...
 *   FUNC     sum, mean, std or var
 *   DTYPE    float64 or float32
 *   THREADS  ndc_set_num_threads(THREADS)
 *   AXIS     the axis to reduce, or "none" for all of them
 *   DIM...   the shape (C order)
 * Output: the best time per call in seconds (the fastest mean over a batch
 * of back-to-back calls, batches of about 2 ms for at least 0.3 s).
 *
 * Build: gcc -O2 bench_reduce.c $(pkg-config --cflags --libs ndc)
 */

#define _POSIX_C_SOURCE 200809L

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "ndc.h"

typedef ndc_status (*reduce_fn)(const ndc_array *, const ndc_reduce_options *,
                                ndc_array **);

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

static int fail(const char *what)
{
    fprintf(stderr, "bench_reduce: %s: %s\n", what, ndc_last_error_message());
    return 1;
}

/* Seconds per call over `batch` back-to-back calls, or a negative value
 * when a call fails. */
static double run_batch(reduce_fn f, const ndc_array *a,
                        const ndc_reduce_options *o, long batch)
{
    double t = now();
    for (long i = 0; i < batch; i++) {
        ndc_array *r = NULL;
        if (f(a, o, &r))
            return -1.0;
        ndc_array_release(r);
    }
    return (now() - t) / (double)batch;
}

int main(int argc, char **argv)
{
    if (argc < 6) {
        fprintf(stderr, "usage: bench_reduce FUNC DTYPE THREADS AXIS DIM...\n");
        return 2;
    }
    reduce_fn f = !strcmp(argv[1], "sum")    ? ndc_sum
                  : !strcmp(argv[1], "mean") ? ndc_mean
                  : !strcmp(argv[1], "std")  ? ndc_std
                  : !strcmp(argv[1], "var")  ? ndc_var
                                             : NULL;
    int f32 = !strcmp(argv[2], "float32");
    if (!f || (!f32 && strcmp(argv[2], "float64"))) {
        fprintf(stderr, "bench_reduce: unknown function or dtype\n");
        return 2;
    }
    int ndim = argc - 5;
    int64_t shape[8];
    if (ndim > 8)
        return 2;
    size_t n = 1;
    for (int k = 0; k < ndim; k++) {
        shape[k] = atoll(argv[5 + k]);
        n *= (size_t)shape[k];
    }
    ndc_array *a = NULL;
    if (ndc_empty(ndim, shape, f32 ? NDC_FLOAT32 : NDC_FLOAT64, NDC_ORDER_C, &a))
        return fail("ndc_empty");
    void *data = NULL;
    if (ndc_array_data(a, &data))
        return fail("ndc_array_data");
    /* Values in [-1, 1) from a fixed linear congruential sequence. */
    uint64_t s = 12345;
    for (size_t i = 0; i < n; i++) {
        s = s * 6364136223846793005ULL + 1442695040888963407ULL;
        double v = (double)(s >> 11) * 0x1p-52 - 1.0;
        if (f32)
            ((float *)data)[i] = (float)v;
        else
            ((double *)data)[i] = v;
    }
    if (ndc_set_num_threads(atoi(argv[3])))
        return fail("ndc_set_num_threads");
    ndc_reduce_options o;
    memset(&o, 0, sizeof o);
    o.struct_size = sizeof o;
    int64_t axis = 0;
    if (strcmp(argv[4], "none")) {
        axis = atoll(argv[4]);
        o.axes = &axis;
        o.naxes = 1;
    }
    /* Calibrate the batch to about 2 ms, then keep the best batch. */
    long batch = 1;
    for (;;) {
        double per = run_batch(f, a, &o, batch);
        if (per < 0)
            return fail(argv[1]);
        if (per * (double)batch > 2e-3 || batch > (1L << 24))
            break;
        batch *= 2;
    }
    double best = 1e30, start = now();
    int samples = 0;
    while (samples < 5 || now() - start < 0.3) {
        double per = run_batch(f, a, &o, batch);
        if (per < 0)
            return fail(argv[1]);
        if (per < best)
            best = per;
        samples++;
    }
    printf("%.9g\n", best);
    ndc_array_release(a);
    return 0;
}
