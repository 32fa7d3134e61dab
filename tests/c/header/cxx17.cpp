// ndc.h from C++17: compiles warning-free, declarations have C linkage.
#include <ndc.h>

#include <cstdio>

int main() {
  ndc_array *a = nullptr;
  ndc_status st = ndc_zeros(0, nullptr, NDC_FLOAT64, NDC_ORDER_C, &a);
  ndc_complex z{1.0, 2.0};
  ndc_printoptions opts{};
  opts.struct_size = sizeof opts;
  static_assert(sizeof(ndc_complex) == 2 * sizeof(double), "ndc_complex layout");
  std::printf("%d %g\n", static_cast<int>(st), z.re + z.im);
  ndc_array_release(a);
  return st == NDC_OK ? 0 : 1;
}
