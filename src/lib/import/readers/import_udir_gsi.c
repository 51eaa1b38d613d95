/*
 * import_udir_gsi.c - Udir's compulsory-school statistics (GSI, "Elever og
 * skoler") as the statistics API serves them: {"metadata": {"rowHierarchy",
 * "columns"}, "rows": [{"navn", "kode", "id", "data": ["68 688", ...]}]}.
 * Of each municipality (a 4-digit kode; counties and the nation are left
 * out) the pupils and the pupils given reinforced Norwegian instruction
 * become two hidden counts, whose quotient on today's codes is
 * norwegian_instruction_share (import_fill.c). The cells are strings with
 * a space as thousands separator; "*" is suppressed. The school year
 * ("2025-26") is the first level of the column labels.
 */
#include "import/import_impl.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#define GSI_PUPILS "Antall elever"
#define GSI_NORWEGIAN "Antall elever med forsterket opplæring i norsk"

static int detect_gsi(const void *docp)
{
	const cJSON *doc = docp;
	const cJSON *meta = cJSON_GetObjectItemCaseSensitive(doc, "metadata");

	return cJSON_IsObject(doc) && cJSON_IsObject(meta) &&
	       cJSON_IsArray(cJSON_GetObjectItemCaseSensitive(meta, "rowHierarchy")) &&
	       cJSON_IsArray(cJSON_GetObjectItemCaseSensitive(meta, "columns")) &&
	       cJSON_IsArray(cJSON_GetObjectItemCaseSensitive(doc, "rows"));
}

/* The index of the value column labelled name in the last level, or -1. */
static int value_column(const cJSON *levels, const char *name)
{
	const cJSON *last = cJSON_GetArrayItem(levels, cJSON_GetArraySize(levels) - 1), *c;
	int i = 0;

	cJSON_ArrayForEach(c, last) {
		const cJSON *n = cJSON_GetObjectItemCaseSensitive(c, "name");

		if (cJSON_IsString(n) && !strcmp(n->valuestring, name))
			return i;
		i++;
	}
	return -1;
}

/* "68 688" (spaces between the thousands) into kind and v; -1 if neither a
 * whole number nor "*". */
static int gsi_value(const char *s, int *kind, double *v)
{
	char buf[32];
	size_t o = 0;

	if (!strcmp(s, "*")) {
		*kind = BOSETT_CELL_SUPPRESSED;
		*v = 0;
		return 0;
	}
	for (; *s && o + 1 < sizeof buf; s++)
		if (*s != ' ')
			buf[o++] = *s;
	buf[o] = '\0';
	if (*s || imp_parse_value(buf, 0, kind, v) != 0 || *kind != BOSETT_CELL_NUMBER)
		return -1;
	return 0;
}

static int read_gsi(struct bosett_import *imp, int file, const void *docp)
{
	const cJSON *doc = docp, *meta = cJSON_GetObjectItemCaseSensitive(doc, "metadata");
	const cJSON *levels = cJSON_GetObjectItemCaseSensitive(meta, "columns");
	const cJSON *first = cJSON_GetArrayItem(cJSON_GetArrayItem(levels, 0), 0);
	const cJSON *yname = cJSON_GetObjectItemCaseSensitive(first, "name"), *r;
	int cp = value_column(levels, GSI_PUPILS), cn = value_column(levels, GSI_NORWEGIAN);
	long year = 0, idx = 0;
	char key[160];

	if (cJSON_IsString(yname))
		year = strtol(yname->valuestring, NULL, 10);
	if (cp < 0 || cn < 0 || year < 1990 || year > 2100) {
		bosett_err(imp->err, "%s: a Udir GSI table needs the school year and the columns '" GSI_PUPILS "' and '"
		           GSI_NORWEGIAN "'", imp_input_name(imp, file));
		return BOSETT_EDATA;
	}
	cJSON_ArrayForEach(r, cJSON_GetObjectItemCaseSensitive(doc, "rows")) {
		const cJSON *kode = cJSON_GetObjectItemCaseSensitive(r, "kode");
		const cJSON *data = cJSON_GetObjectItemCaseSensitive(r, "data");
		const cJSON *navn = cJSON_GetObjectItemCaseSensitive(r, "navn");
		const cJSON *vp = cJSON_GetArrayItem(data, cp), *vn = cJSON_GetArrayItem(data, cn);
		char code[5];
		int kp, kn;
		double p, n;

		idx++;
		if (!cJSON_IsString(kode) || strlen(kode->valuestring) != 4 ||
		    imp_parse_code(kode->valuestring, code, NULL) != 0)
			continue; /* the nation, a county */
		if (!cJSON_IsString(vp) || !cJSON_IsString(vn) || gsi_value(vp->valuestring, &kp, &p) != 0 ||
		    gsi_value(vn->valuestring, &kn, &n) != 0) {
			const char *bad = !cJSON_IsString(vp) ? "" : gsi_value(vp->valuestring, &kp, &p) != 0 ? vp->valuestring
			                : cJSON_IsString(vn) ? vn->valuestring : "";
			char q[64];

			bosett_err(imp->err, "%s: row %ld (%s): 'data': not a count of pupils: \"%s\"", imp_input_name(imp, file),
			           idx, code, bosett_quote(bad, strlen(bad), q, sizeof q));
			return BOSETT_EDATA;
		}
		if (imp_fact_add_named(imp, code, cJSON_IsString(navn) ? navn->valuestring : NULL, (int)year, IMP_PUPILS,
		                       kp, p, NULL, 1, file, idx) != 0 ||
		    imp_fact_add_named(imp, code, cJSON_IsString(navn) ? navn->valuestring : NULL, (int)year,
		                       IMP_PUPILS_NO, kn, n, NULL, 1, file, idx) != 0)
			return BOSETT_EDATA;
	}
	/* the school year, not only the year it begins */
	snprintf(key, sizeof key, "import.year.%s", "norwegian_instruction_share");
	return imp_meta(imp, key, cJSON_IsString(yname) ? yname->valuestring : "") == 0 ? 0 : BOSETT_EDATA;
}

const struct imp_reader imp_reader_udir_gsi = {
	"udir-gsi",
	"Udir GSI pupils per municipality (statistics API JSON): pupils given reinforced Norwegian instruction "
	"over all pupils, norwegian_instruction_share",
	.detect_json = detect_gsi, .read_json = read_gsi, .order = 5,
};
