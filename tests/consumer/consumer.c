/* A minimal program built against an installed ndc (pkg-config or CMake,
 * shared or static): checks the header/library versions agree and prints
 * the repr of a small array. */
#include <ndc.h>

#include <stdio.h>
#include <string.h>

int main(void) {
  ndc_status st = ndc_check_version(NDC_VERSION_MAJOR, NDC_VERSION_MINOR);
  if (st != NDC_OK) {
    fprintf(stderr, "consumer: ndc_check_version: %s\n", ndc_last_error_message());
    return 1;
  }
  ndc_array *a = NULL;
  st = ndc_arange_int(0, 10, 2, NDC_INT64, &a);
  if (st != NDC_OK) {
    fprintf(stderr, "consumer: ndc_arange_int: %s\n", ndc_last_error_message());
    return 1;
  }
  char *repr = NULL;
  st = ndc_array_repr(a, &repr);
  ndc_array_release(a);
  if (st != NDC_OK) {
    fprintf(stderr, "consumer: ndc_array_repr: %s\n", ndc_last_error_message());
    return 1;
  }
  /* The exact text is tested elsewhere; here it only has to be a repr. */
  int ok = strncmp(repr, "array(", 6) == 0;
  printf("ndc %s: %s\n", ndc_version_string(), repr);
  if (!ok) {
    fprintf(stderr, "consumer: not an array repr\n");
  }
  ndc_free(repr);
  return ok ? 0 : 1;
}
