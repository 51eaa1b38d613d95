/* Fuzz target: the pipeline JSON reader (bosett-data(5), JSON FORMAT),
 * seeded with table documents. */
#include "fuzz_table.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_table(data, size);
}
