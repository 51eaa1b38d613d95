/*
 * fuzz_table.h - the body shared by the table fuzz targets (CSV and JSON
 * input go through the same public reader, which tells them apart). Beyond
 * "no crash", a table that reads must write as a pipeline document that
 * reads back, and from then on the document is a fixed point (the first hop
 * may put numbers of unknown CSV columns in canonical form: "1e5" becomes
 * 100000); its CSV form must read back too. A reader that accepts what the
 * writer cannot reproduce is a bug.
 */
#ifndef BOSETT_FUZZ_TABLE_H
#define BOSETT_FUZZ_TABLE_H

#include <string.h>

#include <bosett/bosett.h>

#include "fuzz.h"

static char *fuzz_write(struct bosett_table *t, enum bosett_format f, size_t *len)
{
	char *buf = NULL;
	FILE *fp = open_memstream(&buf, len);

	FUZZ_ASSERT(fp != NULL, "open_memstream");
	FUZZ_ASSERT(bosett_table_write(t, fp, f) == BOSETT_OK, "writing a table that was read");
	fclose(fp);
	return buf;
}

static int fuzz_table(const uint8_t *data, size_t size)
{
	struct bosett_table *t = bosett_table_new(), *u = bosett_table_new();
	char *json, *json2, *csv;
	size_t jlen, j2len, clen;

	FUZZ_ASSERT(t && u, "bosett_table_new");
	if (bosett_table_read_mem(t, "fuzz", data, size) != BOSETT_OK) {
		FUZZ_ASSERT(bosett_table_error(t)[0] != '\0', "a failed read leaves a message");
		bosett_table_free(t);
		bosett_table_free(u);
		return 0;
	}
	json = fuzz_write(t, BOSETT_FORMAT_JSON, &jlen);
	if (bosett_table_read_mem(u, "fuzz.json", json, jlen) != BOSETT_OK) {
		fprintf(stderr, "%s\n", bosett_table_error(u));
		FUZZ_ASSERT(0, "the JSON written reads back");
	}
	json2 = fuzz_write(u, BOSETT_FORMAT_JSON, &j2len);
	FUZZ_ASSERT(bosett_table_read_mem(u, "fuzz2.json", json2, j2len) == BOSETT_OK, "the JSON reads back twice");
	free(json);
	json = fuzz_write(u, BOSETT_FORMAT_JSON, &jlen);
	FUZZ_ASSERT(jlen == j2len && memcmp(json, json2, jlen) == 0, "JSON round trip is a fixed point");
	csv = fuzz_write(t, BOSETT_FORMAT_CSV, &clen);
	if (bosett_table_read_mem(u, "fuzz.csv", csv, clen) != BOSETT_OK) {
		fprintf(stderr, "%s\n", bosett_table_error(u));
		FUZZ_ASSERT(0, "the CSV written reads back");
	}
	FUZZ_ASSERT(bosett_table_nrows(u) == bosett_table_nrows(t), "CSV round trip keeps the rows");
	free(json);
	free(json2);
	free(csv);
	bosett_table_free(t);
	bosett_table_free(u);
	return 0;
}

#endif
