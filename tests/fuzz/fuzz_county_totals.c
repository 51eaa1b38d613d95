/* Fuzz target: the county totals file (fylke_anmodning.csv, or one in
 * BOSETT_DATADIR) as bosett-solve reads it for --county. Beyond "no
 * crash": a total read is in -q's range and its year is a year; a refusal
 * is one line with a message.
 * fuzz-args: -max_len=4096 */
#include <string.h>

#include "fuzz.h"
#include "table/county_totals.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const counties[] = { "15", "03", "46" };
	long total = -1;
	int year = 0;
	char msg[1024];

	for (size_t k = 0; k < 3; k++)
		for (int y = 0; y <= 2026; y += 2026) {
			msg[0] = '\0';
			if (bosett_county_total_parse("fuzz.csv", (const char *)data, size, counties[k], y, &total, &year, msg,
			                              sizeof msg) == 0) {
				FUZZ_ASSERT(total >= 0 && total <= 100000000, "a total within -q's range");
				FUZZ_ASSERT(year >= 1900 && year <= 2200 && (!y || year == y), "the year asked for, a year");
			} else {
				FUZZ_ASSERT(msg[0] != '\0', "a refusal leaves a message");
				FUZZ_ASSERT(!strchr(msg, '\n'), "a message is one line");
			}
		}
	return 0;
}
