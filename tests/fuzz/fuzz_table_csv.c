/* Fuzz target: the CSV table reader (bosett-data(5)), seeded with CSV. */
#include "fuzz_table.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_table(data, size);
}
