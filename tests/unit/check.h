/*
 * check.h - a very small unit-test harness: each TEST(name) in a file is
 * registered as its own ctest (tests/CMakeLists.txt finds them by pattern)
 * and run by name: `test_table read_semicolon`.
 */
#ifndef BOSETT_CHECK_H
#define BOSETT_CHECK_H

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/tolerance.h"

struct check_case {
	const char *name;
	void (*fn)(void);
};
extern const struct check_case check_cases[];

static int check_failed;

#define TEST(name) static void test_##name(void)
#define CASE(name) { #name, test_##name }

#define CHECK(cond) do { if (!(cond)) { \
	fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
	check_failed = 1; } } while (0)
#define CHECK_STR(a, b) do { const char *a_ = (a), *b_ = (b); \
	if (!a_ || !b_ || strcmp(a_, b_) != 0) { \
	fprintf(stderr, "%s:%d: \"%s\" != \"%s\"\n", __FILE__, __LINE__, a_ ? a_ : "(null)", b_ ? b_ : "(null)"); \
	check_failed = 1; } } while (0)
#define CHECK_NUM(a, b) do { double a_ = (a), b_ = (b); \
	if (fabs(a_ - b_) > BOSETT_EPS_OBJ * (1 + fabs(b_))) { \
	fprintf(stderr, "%s:%d: %s = %.10g, expected %.10g\n", __FILE__, __LINE__, #a, a_, b_); \
	check_failed = 1; } } while (0)

#define CHECK_MAIN \
int main(int argc, char **argv) \
{ \
	for (const struct check_case *c = check_cases; c->name; c++) \
		if (argc < 2 || strcmp(argv[1], c->name) == 0) { \
			c->fn(); \
			if (argc >= 2) \
				return check_failed; \
		} \
	if (argc >= 2) { \
		fprintf(stderr, "no test named %s\n", argv[1]); \
		return 2; \
	} \
	return check_failed; \
}

#endif
