/* Fuzz target: the table reader on Excel workbooks (xlsx_reader.c, libzip
 * and expat), seeded with small workbooks; the same checks as CSV input.
 * fuzz-args: -max_len=65536 */
#include "fuzz_table.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_table(data, size);
}
