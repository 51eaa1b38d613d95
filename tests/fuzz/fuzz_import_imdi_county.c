/* Fuzz target: bosett-import's imdi-county reader, forced, on an input
 * named with a year, and the county totals written from it.
 * fuzz-args: -max_len=4096 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <bosett/bosett.h>
#include <bosett/import.h>

#include "fuzz.h"

static const char counties[] = "[{\"id\":\"03\",\"name\":\"Oslo\"},{\"id\":\"15\",\"name\":\"Møre og Romsdal\"}]";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct bosett_import *imp = bosett_import_new();
	char *buf = NULL;
	size_t len = 0;
	FILE *fp;

	FUZZ_ASSERT(imp, "new import");
	FUZZ_ASSERT(bosett_import_add_mem(imp, "c.json", counties, strlen(counties), NULL) == BOSETT_OK,
	            "the county list reads");
	fp = open_memstream(&buf, &len);
	FUZZ_ASSERT(fp, "a memory stream");
	if (bosett_import_add_mem(imp, "fuzz_2026_fylke.csv", data, size, "imdi-county") != BOSETT_OK ||
	    bosett_import_write_county_totals(imp, fp) != BOSETT_OK)
		FUZZ_ASSERT(bosett_import_error(imp)[0] != '\0', "a failed import leaves a message");
	fclose(fp);
	FUZZ_ASSERT(!len || !strncmp(buf, "fylkenr,fylke,year,requested\n", 29), "the header first");
	free(buf);
	bosett_import_free(imp);
	return 0;
}
