/*
 * bench_manip_views.c - time per call of view operations on a 1e8-element
 * array (uint8, 10^4 x 10^4): a[::2, 1:], a.T, a.reshape(10^6, 100), each
 * followed by the release of the view. Prints "name ns_per_call" lines;
 * run by benches/compare_manip.py.
 */
#include <stdio.h>
#include <time.h>

#include "ndc.h"

static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec + t.tv_nsec * 1e-9;
}

#define N 200000

int main(void) {
  const int64_t shape[] = {10000, 10000}, rs[] = {1000000, 100};
  ndc_array *a = NULL, *v = NULL;
  if (ndc_zeros(2, shape, NDC_UINT8, NDC_ORDER_C, &a) != NDC_OK) return 1;
  for (int op = 0; op < 3; op++) {
    double best = 1e9;
    for (int r = 0; r < 5; r++) {
      double t0 = now();
      for (int i = 0; i < N; i++) {
        if (op == 0) ndc_getitem(a, "::2, 1:", 0, NULL, &v);
        if (op == 1) ndc_transpose(a, 0, NULL, &v);
        if (op == 2) ndc_reshape(a, 2, rs, NDC_ORDER_C, &v);
        ndc_array_release(v);
      }
      double t = (now() - t0) / N;
      if (t < best) best = t;
    }
    printf("%s %.1f\n", op == 0 ? "slice" : op == 1 ? "transpose" : "reshape", best * 1e9);
  }
  ndc_array_release(a);
  return 0;
}
