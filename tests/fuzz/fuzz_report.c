/* Fuzz target: bosett-report's input, an allocation table (CSV or JSON),
 * written in every report format and language, alone and compared with
 * itself. Beyond "no crash": a failed write leaves a message, and no
 * report carries a raw control character (ESC, BEL, ...) except the
 * newlines and tabs of its own layout.
 * fuzz-args: -max_len=8192 -dict=table.dict */
#include <string.h>

#include <bosett/bosett.h>
#include <bosett/report.h>

#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const enum bosett_report_format formats[] = { BOSETT_REPORT_MD, BOSETT_REPORT_HTML, BOSETT_REPORT_TXT,
		                                             BOSETT_REPORT_ROFF, BOSETT_REPORT_JSON };
	static const enum bosett_lang langs[] = { BOSETT_LANG_NB, BOSETT_LANG_NN, BOSETT_LANG_EN };
	struct bosett_table *t = bosett_table_new();

	FUZZ_ASSERT(t != NULL, "bosett_table_new");
	if (bosett_table_read_mem(t, "fuzz", data, size) != BOSETT_OK) {
		FUZZ_ASSERT(bosett_table_error(t)[0] != '\0', "a failed read leaves a message");
		bosett_table_free(t);
		return 0;
	}
	for (size_t k = 0; k < sizeof formats / sizeof formats[0]; k++) {
		struct bosett_report *r = bosett_report_new(t);
		char *buf = NULL;
		size_t len = 0;
		FILE *fp = open_memstream(&buf, &len);

		FUZZ_ASSERT(r && fp, "bosett_report_new");
		bosett_report_set_lang(r, langs[(size + k) % 3]);
		bosett_report_set_date(r, 1700000000);
		if (k == 1 && bosett_report_set_compare(r, t, "itself") != BOSETT_OK)
			FUZZ_ASSERT(bosett_report_error(r)[0] != '\0', "a failed compare leaves a message");
		if (bosett_report_write(r, fp, formats[k]) != BOSETT_OK) {
			FUZZ_ASSERT(bosett_report_error(r)[0] != '\0', "a failed report leaves a message");
		} else {
			fflush(fp);
			for (size_t i = 0; i < len; i++) {
				unsigned char c = (unsigned char)buf[i];

				FUZZ_ASSERT(c >= 0x20 || c == '\n' || c == '\t', "no raw control character in a report");
				FUZZ_ASSERT(c != 0x7f, "no raw DEL in a report");
			}
		}
		fclose(fp);
		free(buf);
		bosett_report_free(r);
	}
	bosett_table_free(t);
	return 0;
}
