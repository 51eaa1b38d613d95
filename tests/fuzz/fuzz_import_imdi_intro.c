/* Fuzz target: bosett-import's imdi-intro reader, forced (--as imdi-intro).
 * fuzz-args: -max_len=8192 */
#include "fuzz_import.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_import(data, size, "imdi-intro");
}
