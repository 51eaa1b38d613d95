/*
 * table_json.c - the pipeline document (bosett-data(5), JSON FORMAT): the
 * same table as the CSV form plus its provenance (meta and input files), so
 * that bosett-import | bosett-score | bosett-solve | bosett-report can say
 * at the end where every figure came from. Read with cJSON; written by hand
 * so that the bytes are fixed: one row per line, numbers exactly as stored.
 */
#include "table/table_impl.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "io/json_util.h"

/* Most entries of provenance a document may carry in "meta" and in "inputs". */
#define PROVENANCE_MAX 1000

static int read_cell(struct bosett_table *t, const char *name, size_t row, size_t col, const cJSON *v)
{
	char buf[64];

	if (cJSON_IsNull(v))
		return 0;
	if (cJSON_IsNumber(v)) {
		if (!isfinite(v->valuedouble)) {
			bosett_err(t->err, "%s: row %zu: column '%s': number too large", name, row + 1,
			           t->colnames[col]);
			return -1;
		}
		bosett_format_double(buf, sizeof buf, v->valuedouble);
		return bosett_table_put(t, row, col, BOSETT_CELL_NUMBER, buf, v->valuedouble);
	}
	if (cJSON_IsString(v)) {
		const char *s = v->valuestring;
		int kind = !*s ? BOSETT_CELL_EMPTY : !strcmp(s, ".") ? BOSETT_CELL_ABSENT
		         : !strcmp(s, ":") ? BOSETT_CELL_SUPPRESSED : BOSETT_CELL_TEXT;

		if (strlen(s) > BOSETT_FIELD_MAX) {
			bosett_err(t->err, "%s: row %zu: column '%s': field longer than %d bytes", name, row + 1,
			           t->colnames[col], BOSETT_FIELD_MAX);
			return -1;
		}
		return bosett_table_put(t, row, col, kind, s, 0);
	}
	if (cJSON_IsBool(v))
		/* as the word: a flag column takes it, a number column refuses it */
		return bosett_table_put(t, row, col, BOSETT_CELL_TEXT, cJSON_IsTrue(v) ? "true" : "false", 0);
	bosett_err(t->err, "%s: row %zu: column '%s': not a number, string or null", name, row + 1,
	           t->colnames[col]);
	return -1;
}

int bosett_table_read_json(struct bosett_table *t, const char *name, const char *data, size_t len)
{
	cJSON *doc, *cols, *rows, *meta, *inputs, *it, *version;
	int rc = BOSETT_EDATA;
	size_t ncols, r = 0;

	/* a table past the row limit is refused before its tree is built */
	if (bosett_json_prescan(name, data, len, BOSETT_FILE_ROWS_MAX, t->err) != 0)
		return BOSETT_EDATA;
	doc = bosett_json_parse(name, data, len, t->err);
	if (!doc)
		return BOSETT_EDATA;
	if (!cJSON_IsObject(doc) || !cJSON_IsString(cJSON_GetObjectItemCaseSensitive(doc, "bosett"))) {
		bosett_err(t->err, "%s: not a bosett table document (no \"bosett\" key)", name);
		goto out;
	}
	cJSON_ArrayForEach(it, doc) {
		static const char *keys[] = { "bosett", "version", "meta", "inputs", "columns", "rows" };
		size_t k;

		for (k = 0; k < sizeof keys / sizeof keys[0]; k++)
			if (strcmp(it->string, keys[k]) == 0)
				break;
		if (k == sizeof keys / sizeof keys[0]) {
			bosett_err(t->err, "%s: unknown key \"%s\"", name, it->string);
			goto out;
		}
	}
	version = cJSON_GetObjectItemCaseSensitive(doc, "version");
	if (version && !(cJSON_IsNumber(version) && version->valuedouble == 1)) {
		char q[64];
		char *txt = cJSON_PrintUnformatted(version);

		bosett_err(t->err, "%s: \"version\": not a version this program reads (1): \"%s\"", name,
		           txt ? bosett_quote(txt, strlen(txt), q, sizeof q) : "?");
		free(txt);
		goto out;
	}
	cols = cJSON_GetObjectItemCaseSensitive(doc, "columns");
	rows = cJSON_GetObjectItemCaseSensitive(doc, "rows");
	if (!cJSON_IsArray(cols) || !cJSON_IsArray(rows)) {
		bosett_err(t->err, "%s: a table document needs \"columns\" and \"rows\" arrays", name);
		goto out;
	}
	cJSON_ArrayForEach(it, cols) {
		if (!cJSON_IsString(it) || !*it->valuestring) {
			bosett_err(t->err, "%s: \"columns\" must hold non-empty strings", name);
			goto out;
		}
		if (bosett_table_icol(t, it->valuestring) >= 0) {
			bosett_err(t->err, "%s: column '%s': duplicate column", name, it->valuestring);
			goto out;
		}
		if (bosett_table_iadd_col(t, it->valuestring) < 0) {
			char msg[BOSETT_ERRMAX];

			memcpy(msg, t->err, sizeof msg);
			bosett_err(t->err, "%s: %s", name, msg);
			goto out;
		}
	}
	ncols = t->ncols;
	cJSON_ArrayForEach(it, rows) {
		cJSON *v;
		size_t c = 0;
		long row;

		r++;
		if (!cJSON_IsArray(it) || (size_t)cJSON_GetArraySize(it) != ncols) {
			bosett_err(t->err, "%s: row %zu: not an array of %zu values", name, r, ncols);
			goto out;
		}
		row = bosett_table_iadd_row(t);
		if (row < 0) {
			char msg[BOSETT_ERRMAX];

			memcpy(msg, t->err, sizeof msg);
			bosett_err(t->err, "%s: row %zu: %s", name, r, msg);
			goto out;
		}
		cJSON_ArrayForEach(v, it) {
			if (read_cell(t, name, (size_t)row, c, v) != 0)
				goto out;
			c++;
		}
	}
	meta = cJSON_GetObjectItemCaseSensitive(doc, "meta");
	if (meta && !cJSON_IsObject(meta)) {
		bosett_err(t->err, "%s: \"meta\" must be an object of strings", name);
		goto out;
	}
	inputs = cJSON_GetObjectItemCaseSensitive(doc, "inputs");
	if (inputs && !cJSON_IsArray(inputs)) {
		bosett_err(t->err, "%s: \"inputs\" must be an array", name);
		goto out;
	}
	/* provenance is a handful of entries; a cap keeps the key lookups of a
	 * hostile document from costing n squared */
	if (cJSON_GetArraySize(meta) > PROVENANCE_MAX || cJSON_GetArraySize(inputs) > PROVENANCE_MAX) {
		bosett_err(t->err, "%s: more than %d \"meta\" or \"inputs\" entries", name, PROVENANCE_MAX);
		goto out;
	}
	cJSON_ArrayForEach(it, meta) {
		if (!cJSON_IsString(it)) {
			bosett_err(t->err, "%s: meta \"%s\": not a string", name, it->string);
			goto out;
		}
		if (bosett_table_meta_set(t, it->string, it->valuestring) != 0)
			goto out;
	}
	cJSON_ArrayForEach(it, inputs) {
		cJSON *f = cJSON_GetObjectItemCaseSensitive(it, "file");
		cJSON *b = cJSON_GetObjectItemCaseSensitive(it, "bytes");
		cJSON *h = cJSON_GetObjectItemCaseSensitive(it, "sha256");

		/* bytes: a whole number a double holds exactly; sha256: 64 hex digits */
		if (!cJSON_IsString(f) || !cJSON_IsNumber(b) || !cJSON_IsString(h) ||
		    !(b->valuedouble >= 0 && b->valuedouble <= 9007199254740992.0) ||
		    b->valuedouble != floor(b->valuedouble) || strlen(h->valuestring) != 64 ||
		    strspn(h->valuestring, "0123456789abcdefABCDEF") != 64) {
			bosett_err(t->err, "%s: an input needs \"file\", \"bytes\" and a 64-digit \"sha256\"", name);
			goto out;
		}
		if (bosett_table_input_add(t, f->valuestring, (unsigned long long)b->valuedouble,
		                           h->valuestring) != 0)
			goto out;
	}
	rc = bosett_table_check_cells(t, 0);
out:
	cJSON_Delete(doc);
	return rc;
}

int bosett_table_write_json(struct bosett_table *t, FILE *fp)
{
	struct bosett_buf b = { 0 };
	int rc = 0;

	/* what one tool writes, the next must read: the limits of the reader */
	if (t->nmeta > PROVENANCE_MAX || t->ninputs > PROVENANCE_MAX) {
		bosett_err(t->err, "more than %d \"meta\" or \"inputs\" entries (%zu and %zu): no tool could read "
		           "the document", PROVENANCE_MAX, t->nmeta, t->ninputs);
		return BOSETT_EDATA;
	}
	if (t->nrows > BOSETT_FILE_ROWS_MAX) {
		bosett_err(t->err, "more than %d rows: no tool could read the document", BOSETT_FILE_ROWS_MAX);
		return BOSETT_EDATA;
	}
	rc |= bosett_buf_adds(&b, "{\"bosett\":\"table\",\"version\":1,\n\"meta\":{");
	for (size_t i = 0; i < t->nmeta; i++) {
		rc |= bosett_buf_adds(&b, i ? ",\n  " : "\n  ");
		rc |= bosett_json_string(&b, t->mkeys[i]);
		rc |= bosett_buf_addc(&b, ':');
		rc |= bosett_json_string(&b, t->mvals[i]);
	}
	rc |= bosett_buf_adds(&b, t->nmeta ? "\n},\n\"inputs\":[" : "},\n\"inputs\":[");
	for (size_t i = 0; i < t->ninputs; i++) {
		rc |= bosett_buf_adds(&b, i ? ",\n  {\"file\":" : "\n  {\"file\":");
		rc |= bosett_json_string(&b, t->inputs[i].name);
		rc |= bosett_buf_printf(&b, ",\"bytes\":%llu,\"sha256\":\"%s\"}", t->inputs[i].bytes,
		                        t->inputs[i].sha256);
	}
	rc |= bosett_buf_adds(&b, t->ninputs ? "\n],\n\"columns\":[" : "],\n\"columns\":[");
	for (size_t j = 0; j < t->ncols; j++) {
		if (j)
			rc |= bosett_buf_addc(&b, ',');
		rc |= bosett_json_string(&b, t->colnames[j]);
	}
	rc |= bosett_buf_adds(&b, "],\n\"rows\":[");
	for (size_t i = 0; i < t->nrows; i++) {
		rc |= bosett_buf_adds(&b, i ? ",\n[" : "\n[");
		for (size_t j = 0; j < t->ncols; j++) {
			const struct bosett_tcell *c = &t->rows[i][j];

			if (j)
				rc |= bosett_buf_addc(&b, ',');
			if (c->kind == BOSETT_CELL_EMPTY)
				rc |= bosett_buf_adds(&b, "null");
			else if (c->kind == BOSETT_CELL_NUMBER)
				rc |= bosett_buf_adds(&b, c->s);
			else
				rc |= bosett_json_string(&b, c->s);
		}
		rc |= bosett_buf_addc(&b, ']');
	}
	rc |= bosett_buf_adds(&b, t->nrows ? "\n]}\n" : "]}\n");
	if (rc) {
		bosett_buf_free(&b);
		bosett_err(t->err, "out of memory");
		return BOSETT_EDATA;
	}
	rc = fwrite(b.data, 1, b.len, fp) == b.len ? BOSETT_OK : BOSETT_EDATA;
	if (rc)
		bosett_err(t->err, "write error");
	bosett_buf_free(&b);
	return rc;
}
