/* Fuzz target: the pipeline JSON reader (bosett-data(5), JSON FORMAT),
 * seeded with table documents.
 * fuzz-args: -max_len=8192 -dict=table.dict */
#include "fuzz_table.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_table(data, size);
}
