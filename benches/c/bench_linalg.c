/*
 * bench_linalg.c - timings of ndc's matrix products, and of cblas_dgemm
 * called directly on the same OpenBLAS, for benches/compare_linalg.py.
 *
 * Usage: bench_linalg [min_seconds] [case-prefix...]
 * Prints one line per case: "<name> <seconds per call>". Each time is the
 * best mean over batches of back-to-back calls (at least 2 ms a batch),
 * batches repeated for at least min_seconds (0.3 by default).
 */
#include <cblas.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <ndc.h>

static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + 1e-9 * (double)t.tv_nsec;
}

typedef struct {
  ndc_array *a, *b, *out;
  int n;
  double *da, *db, *dc;
} job;

static void run_ndc(job *j) {
  if (ndc_matmul(j->a, j->b, j->out, NULL) != NDC_OK) {
    fprintf(stderr, "ndc_matmul: %s\n", ndc_last_error_message());
    exit(1);
  }
}

static void run_cblas(job *j) {
  cblas_dgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, j->n, j->n, j->n, 1.0, j->da, j->n, j->db,
              j->n, 0.0, j->dc, j->n);
}

static double best(void (*f)(job *), job *j, double min_time) {
  f(j);
  long batch = 1;
  for (;;) {
    double t = now();
    for (long i = 0; i < batch; i++) f(j);
    t = now() - t;
    if (t >= 2e-3 || batch > (1L << 24)) break;
    batch *= 2;
  }
  double best_mean = 1e300, start = now();
  int samples = 0;
  while (samples < 3 || now() - start < min_time) {
    double t = now();
    for (long i = 0; i < batch; i++) f(j);
    t = (now() - t) / (double)batch;
    if (t < best_mean) best_mean = t;
    samples++;
    if (samples >= 2 && batch == 1 && t > 0.5) break; /* very large cases */
  }
  return best_mean;
}

static ndc_array *filled(int ndim, const int64_t *shape, ndc_dtype dt, int seed) {
  int64_t n = 1;
  for (int i = 0; i < ndim; i++) n *= shape[i];
  double *v = malloc((size_t)n * sizeof(double));
  for (int64_t i = 0; i < n; i++) {
    double x = (double)(i + 1) * 0.6180339887498949 + seed * 0.41421356237309515;
    v[i] = x - (double)(int64_t)x - 0.5;
  }
  ndc_array *d = NULL, *r = NULL;
  if (ndc_array_from_data(v, NDC_FLOAT64, ndim, shape, NULL, &d) != NDC_OK) exit(1);
  if (ndc_array_astype(d, dt, NDC_CASTING_UNSAFE, NDC_ORDER_C, &r) != NDC_OK) {
    fprintf(stderr, "astype: %s\n", ndc_last_error_message());
    exit(1);
  }
  ndc_array_release(d);
  free(v);
  return r;
}

static int wanted(const char *name, int argc, char **argv) {
  if (argc <= 2) return 1;
  for (int i = 2; i < argc; i++)
    if (strncmp(name, argv[i], strlen(argv[i])) == 0) return 1;
  return 0;
}

static void product(const char *name, int ndim, const int64_t *sa, const int64_t *sb,
                    const int64_t *so, ndc_dtype dt, double min_time) {
  job j = {0};
  j.a = filled(ndim, sa, dt, 1);
  j.b = filled(ndim, sb, dt, 2);
  if (ndc_zeros(ndim, so, dt, NDC_ORDER_C, &j.out) != NDC_OK) exit(1);
  printf("%s %.6e\n", name, best(run_ndc, &j, min_time));
  fflush(stdout);
  ndc_array_release(j.a);
  ndc_array_release(j.b);
  ndc_array_release(j.out);
}

static void direct(const char *name, int n, double min_time) {
  job j = {0};
  j.n = n;
  j.da = malloc((size_t)n * n * sizeof(double));
  j.db = malloc((size_t)n * n * sizeof(double));
  j.dc = malloc((size_t)n * n * sizeof(double));
  for (long i = 0; i < (long)n * n; i++) {
    j.da[i] = (double)(i % 7) * 0.1;
    j.db[i] = (double)(i % 5) * 0.2;
    j.dc[i] = 0.0;
  }
  printf("%s %.6e\n", name, best(run_cblas, &j, min_time));
  /* The same product through ndc on the same memory. */
  int64_t s[] = {n, n};
  if (ndc_array_from_data(j.da, NDC_FLOAT64, 2, s, NULL, &j.a) != NDC_OK) exit(1);
  if (ndc_array_from_data(j.db, NDC_FLOAT64, 2, s, NULL, &j.b) != NDC_OK) exit(1);
  if (ndc_zeros(2, s, NDC_FLOAT64, NDC_ORDER_C, &j.out) != NDC_OK) exit(1);
  char nd[80];
  snprintf(nd, sizeof nd, "ndc_%s", name);
  printf("%s %.6e\n", nd, best(run_ndc, &j, min_time));
  fflush(stdout);
  ndc_array_release(j.a);
  ndc_array_release(j.b);
  ndc_array_release(j.out);
  free(j.da);
  free(j.db);
  free(j.dc);
}

int main(int argc, char **argv) {
  double min_time = argc > 1 ? atof(argv[1]) : 0.3;
  const int sizes[] = {64, 256, 1024, 4096};
  const struct {
    const char *tag;
    ndc_dtype dt;
  } types[] = {{"f64", NDC_FLOAT64}, {"f32", NDC_FLOAT32}};
  char name[64];
  for (int t = 0; t < 2; t++)
    for (int i = 0; i < 4; i++) {
      snprintf(name, sizeof name, "matmul_%s_%d", types[t].tag, sizes[i]);
      if (!wanted(name, argc, argv)) continue;
      int64_t s[] = {sizes[i], sizes[i]};
      product(name, 2, s, s, s, types[t].dt, min_time);
    }
  for (int t = 0; t < 2; t++) {
    snprintf(name, sizeof name, "batched_%s_64x128", types[t].tag);
    if (!wanted(name, argc, argv)) continue;
    int64_t s[] = {64, 128, 128};
    product(name, 3, s, s, s, types[t].dt, min_time);
  }
  for (int n = 2; n <= 8; n *= 2) {
    snprintf(name, sizeof name, "small_f64_1e5x%dx%d", n, n);
    if (!wanted(name, argc, argv)) continue;
    int64_t s[] = {100000, n, n};
    product(name, 3, s, s, s, NDC_FLOAT64, min_time);
  }
  const int dn[] = {4, 64, 256, 1024};
  for (int i = 0; i < 4; i++) {
    snprintf(name, sizeof name, "cblas_dgemm_%d", dn[i]);
    if (!wanted(name, argc, argv)) continue;
    direct(name, dn[i], min_time);
  }
  return 0;
}
