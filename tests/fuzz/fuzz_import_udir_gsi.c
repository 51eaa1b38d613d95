/* Fuzz target: bosett-import's udir-gsi reader, forced (--as udir-gsi).
 * fuzz-args: -max_len=8192 */
#include "fuzz_import.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_import(data, size, "udir-gsi");
}
