/* Fuzz target: bosett-import's NAV HL060 sheet reader, forced (--as nav-hl060).
 * fuzz-args: -max_len=8192 */
#include "fuzz_import.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_import(data, size, "nav-hl060");
}
