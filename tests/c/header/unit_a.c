/* First of two translation units that both include ndc.h: the program must
 * link (no definitions in the header, no duplicate symbols). */
#include <ndc.h>

int unit_a_version_ok(void);

int unit_a_version_ok(void) {
  return ndc_check_version(NDC_VERSION_MAJOR, NDC_VERSION_MINOR) == NDC_OK;
}
