/* Fuzz target: bosett-import's reader of a returned survey workbook
 * (bosett-survey(5)), forced (--as survey).
 * fuzz-args: -max_len=65536 */
#include "fuzz_import.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_import(data, size, "survey");
}
