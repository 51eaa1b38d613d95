/*
 * fuzz_import.h - the body of the bosett-import reader targets: read the
 * input as one kind of file, join it, and check that a table that comes out
 * passes the table checks and writes as a JSON document that reads back.
 */
#ifndef BOSETT_FUZZ_IMPORT_H
#define BOSETT_FUZZ_IMPORT_H

#include <string.h>

#include <bosett/bosett.h>
#include <bosett/import.h>

#include "fuzz.h"

static int fuzz_import(const uint8_t *data, size_t size, const char *kind)
{
	struct bosett_import *imp = bosett_import_new();
	struct bosett_table *t = bosett_table_new(), *back = bosett_table_new();
	char *buf = NULL;
	size_t len = 0;
	FILE *fp;

	FUZZ_ASSERT(imp && t && back, "new import and tables");
	if (bosett_import_add_mem(imp, "fuzz", data, size, kind) != BOSETT_OK ||
	    bosett_import_run(imp, t) != BOSETT_OK) {
		FUZZ_ASSERT(bosett_import_error(imp)[0] != '\0', "a failed import leaves a message");
		goto out;
	}
	fp = open_memstream(&buf, &len);
	FUZZ_ASSERT(fp && bosett_table_write(t, fp, BOSETT_FORMAT_JSON) == BOSETT_OK, "the table writes");
	fclose(fp);
	if (bosett_table_read_mem(back, "fuzz.json", buf, len) != BOSETT_OK) {
		fprintf(stderr, "%s\n", bosett_table_error(back));
		FUZZ_ASSERT(0, "the imported table reads back");
	}
	FUZZ_ASSERT(bosett_table_nrows(back) == bosett_table_nrows(t), "same rows after the round trip");
out:
	free(buf);
	bosett_table_free(back);
	bosett_table_free(t);
	bosett_import_free(imp);
	return 0;
}

#endif
