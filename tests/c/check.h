/*
 * check.h - a tiny test helper for ndc's C tests.
 *
 *   CHECK(cond)                   a condition
 *   CHECK_STATUS(call, expected)  a call's ndc_status against a constant
 *   CHECK_OK(call)                CHECK_STATUS(call, NDC_OK)
 *   CHECK_EQ_I64(a, b), CHECK_EQ_U64(a, b), CHECK_EQ_DBL(a, b)
 *   CHECK_STR(a, b)               two C strings (NULL-safe)
 *   CHECK_MSG_CONTAINS(text)      ndc_last_error_message() contains text
 *   CHECK_MSG_IS(text)            ndc_last_error_message() equals text
 *   EXPECT_REPR(a, text)          ndc_array_repr(a) equals text; releases a
 *   return CHECK_DONE();          prints "test_xxx: N passed, M failed" and
 *                                 gives main's exit status
 *
 * Every failure prints the file, line, what was checked and the last ndc
 * error message. The run continues after a failure.
 */
#ifndef NDC_TEST_CHECK_H
#define NDC_TEST_CHECK_H

#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <ndc.h>

static int check_passed_;
static int check_failed_;

static inline void check_fail_(const char *file, int line, const char *what, const char *detail) {
  check_failed_++;
  fprintf(stderr, "%s:%d: FAILED: %s%s%s\n  last ndc error: \"%s\"\n", file, line, what,
          detail ? "\n  " : "", detail ? detail : "", ndc_last_error_message());
  fflush(stderr);
}

static inline int check_(int ok, const char *file, int line, const char *what, const char *detail) {
  if (ok) {
    check_passed_++;
  } else {
    check_fail_(file, line, what, detail);
  }
  return ok;
}

static inline int check_status_(ndc_status got, ndc_status expected, const char *file, int line,
                         const char *what) {
  char detail[256];
  if (got == expected) {
    check_passed_++;
    return 1;
  }
  snprintf(detail, sizeof detail, "status %d (%s), expected %d (%s)", (int)got,
           ndc_status_string(got), (int)expected, ndc_status_string(expected));
  check_fail_(file, line, what, detail);
  return 0;
}

static inline int check_eq_i64_(int64_t a, int64_t b, const char *file, int line, const char *what) {
  char detail[128];
  if (a == b) {
    check_passed_++;
    return 1;
  }
  snprintf(detail, sizeof detail, "%" PRId64 " != %" PRId64, a, b);
  check_fail_(file, line, what, detail);
  return 0;
}

static inline int check_eq_u64_(uint64_t a, uint64_t b, const char *file, int line, const char *what) {
  char detail[128];
  if (a == b) {
    check_passed_++;
    return 1;
  }
  snprintf(detail, sizeof detail, "%" PRIu64 " != %" PRIu64, a, b);
  check_fail_(file, line, what, detail);
  return 0;
}

static inline int check_eq_dbl_(double a, double b, const char *file, int line, const char *what) {
  char detail[128];
  if (a == b) {
    check_passed_++;
    return 1;
  }
  snprintf(detail, sizeof detail, "%.17g != %.17g", a, b);
  check_fail_(file, line, what, detail);
  return 0;
}

static inline int check_str_(const char *a, const char *b, const char *file, int line,
                      const char *what) {
  char detail[1024];
  if (a && b && strcmp(a, b) == 0) {
    check_passed_++;
    return 1;
  }
  snprintf(detail, sizeof detail, "\"%s\" != \"%s\"", a ? a : "(null)", b ? b : "(null)");
  check_fail_(file, line, what, detail);
  return 0;
}

static inline int check_msg_(int exact, const char *text, const char *file, int line) {
  const char *msg = ndc_last_error_message();
  char detail[1024];
  int ok = msg && (exact ? strcmp(msg, text) == 0 : strstr(msg, text) != NULL);
  if (ok) {
    check_passed_++;
    return 1;
  }
  snprintf(detail, sizeof detail, "error message does not %s \"%s\"",
           exact ? "equal" : "contain", text);
  check_fail_(file, line, "last error message", detail);
  return 0;
}

static inline int check_done_(const char *file) {
  const char *base = strrchr(file, '/');
  size_t n;
  base = base ? base + 1 : file;
  n = strlen(base);
  if (n > 2 && strcmp(base + n - 2, ".c") == 0) {
    n -= 2;
  }
  printf("%.*s: %d passed, %d failed\n", (int)n, base, check_passed_, check_failed_);
  fflush(stdout);
  return check_failed_ == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}

#define CHECK(cond) check_(!!(cond), __FILE__, __LINE__, #cond, NULL)
#define CHECK_STATUS(call, expected) \
  check_status_((call), (expected), __FILE__, __LINE__, #call " == " #expected)
#define CHECK_OK(call) CHECK_STATUS(call, NDC_OK)
#define CHECK_EQ_I64(a, b) \
  check_eq_i64_((int64_t)(a), (int64_t)(b), __FILE__, __LINE__, #a " == " #b)
#define CHECK_EQ_U64(a, b) \
  check_eq_u64_((uint64_t)(a), (uint64_t)(b), __FILE__, __LINE__, #a " == " #b)
#define CHECK_EQ_DBL(a, b) \
  check_eq_dbl_((double)(a), (double)(b), __FILE__, __LINE__, #a " == " #b)
#define CHECK_STR(a, b) check_str_((a), (b), __FILE__, __LINE__, #a " == " #b)
#define CHECK_MSG_CONTAINS(text) check_msg_(0, (text), __FILE__, __LINE__)
#define CHECK_MSG_IS(text) check_msg_(1, (text), __FILE__, __LINE__)
#define CHECK_DONE() check_done_(__FILE__)

/* EXPECT_REPR(a, text): repr(a) equals text (NumPy's repr of the same
   array); releases `a`. */
static inline void expect_repr_(ndc_array *a, const char *text, const char *file, int line) {
  char *s = NULL;
  if (check_status_(ndc_array_repr(a, &s), NDC_OK, file, line, "repr")) {
    check_str_(s, text, file, line, "repr");
    ndc_free(s);
  }
  ndc_array_release(a);
}
#define EXPECT_REPR(a, text) expect_repr_((a), (text), __FILE__, __LINE__)

/* Shorthands for building small arrays in tests. */
#define NDC_TEST_COUNT(arr) ((int32_t)(sizeof(arr) / sizeof((arr)[0])))

#endif /* NDC_TEST_CHECK_H */
