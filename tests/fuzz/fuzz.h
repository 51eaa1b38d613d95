/*
 * fuzz.h - what the fuzz targets share: the libFuzzer entry point and a
 * check that stops the run (abort, so libFuzzer and the regression driver
 * both report it) when a property that must hold does not.
 */
#ifndef BOSETT_FUZZ_H
#define BOSETT_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FUZZ_ASSERT(cond, what) do { if (!(cond)) { \
	fprintf(stderr, "%s:%d: property failed: %s\n", __FILE__, __LINE__, (what)); \
	abort(); } } while (0)

#endif
