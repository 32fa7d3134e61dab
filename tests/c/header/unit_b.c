/* Second translation unit including ndc.h; holds main. */
#include <ndc.h>

#include <stdio.h>

int unit_a_version_ok(void);

int main(void) {
  ndc_array *a = NULL;
  if (!unit_a_version_ok()) {
    fprintf(stderr, "version check failed: %s\n", ndc_last_error_message());
    return 1;
  }
  if (ndc_arange_int(0, 4, 1, NDC_INT64, &a) != NDC_OK) {
    return 1;
  }
  ndc_array_release(a);
  printf("two translation units: ok (ndc %s)\n", ndc_version_string());
  return 0;
}
