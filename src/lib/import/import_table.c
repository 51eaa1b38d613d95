/*
 * import_table.c - tables with a kommunenummer column: the toolkit's own
 * table (bosett-data(5), CSV or JSON) and any plain CSV, whose headers are
 * mapped to columns by --map and by the vocabulary of bosett-data(5)
 * (schema_names.c); a column no tool knows is warned about (--strict:
 * refused) unless x_ or --keep-columns, and a share may be given in per cent.
 */
#include "import/import_impl.h"

#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "table/schema.h"
#include "table/table_impl.h"

static int read_bosett_table(struct bosett_import *imp, int file, const char *data, size_t len)
{
	struct bosett_table *t = bosett_table_new();
	int kcol, nmcol, rc = BOSETT_EDATA;

	if (!t)
		return BOSETT_EDATA;
	bosett_table_set_strict(t, imp->strict);
	if (imp->keep && bosett_table_set_keep_columns(t, imp->keep) != 0)
		goto done;
	if (bosett_table_read_mem(t, imp_input_name(imp, file), data, len) != BOSETT_OK) {
		bosett_err(imp->err, "%s", bosett_table_error(t));
		goto done;
	}
	for (size_t w = 0; w < bosett_table_warning_count(t); w++)
		imp_warn(imp, "%s", bosett_table_warning(t, w));
	kcol = bosett_table_icol(t, "kommunenr");
	nmcol = bosett_table_icol(t, "kommune");
	if (nmcol >= 0)
		imp->inputs[file].rows = 1;
	for (size_t r = 0; r < bosett_table_nrows(t); r++) {
		const char *code = bosett_table_text(t, r, (size_t)kcol);

		for (size_t c = 0; c < bosett_table_ncols(t); c++) {
			const char *name = bosett_table_colname(t, c);
			double v = 0;
			enum bosett_cell k = bosett_table_cell(t, r, c, &v);

			if ((int)c == kcol || k == BOSETT_CELL_EMPTY)
				continue;
			if (imp_fact_add(imp, code, 0, name, k, v, bosett_table_text(t, r, c), imp_additive_col(name),
			                 file, bosett_table_row_line(t, r)) != 0)
				goto done;
		}
	}
	rc = 0;
done:
	bosett_table_free(t);
	return rc;
}

static int read_plain_csv(struct bosett_import *imp, int file, const struct imp_grid *rs)
{
	const struct imp_row *h = &rs->r[0];
	const char **cols = calloc(h->n ? h->n : 1, sizeof *cols);
	unsigned char *pct = calloc(h->n ? h->n : 1, 1);
	int kcol = -1, rc = BOSETT_EDATA;

	if (!cols || !pct) {
		free(cols);
		free(pct);
		return BOSETT_EDATA;
	}
	for (size_t c = 0; c < h->n; c++) {
		int percent;
		const char *m = imp_map_name(imp, h->f[c], &percent);

		cols[c] = m ? m : h->f[c];
		pct[c] = (unsigned char)percent;
		if (*cols[c] && imp_check_column(imp, imp_input_name(imp, file), h->line, cols[c]) != 0)
			goto done;
		if (!strcmp(cols[c], "kommunenr") && kcol < 0)
			kcol = (int)c;
		else if (!strcmp(cols[c], "kommunenr"))
			cols[c] = "";
	}
	if (kcol < 0) {
		bosett_err(imp->err, "%s:%ld: no kommunenummer column (kommunenr, Kommunenummer, Knr, ...; or name it with --map)",
		           imp_input_name(imp, file), h->line);
		goto done;
	}
	for (size_t c = 0; c < h->n; c++)
		if (!strcmp(cols[c], "kommune"))
			imp->inputs[file].rows = 1;
	for (size_t i = 1; i < rs->n; i++) {
		const struct imp_row *r = &rs->r[i];
		char code[5], q[128];
		const char *name;

		if (r->n != h->n) {
			bosett_err(imp->err, "%s:%ld: %zu fields where the header has %zu", imp_input_name(imp, file), r->line,
			           r->n, h->n);
			goto done;
		}
		if (imp_parse_code(imp_cell(r, (size_t)kcol), code, &name) != 0) {
			bosett_err(imp->err, "%s:%ld: column '%s': not a kommunenummer: \"%s\"", imp_input_name(imp, file),
			           r->line, h->f[kcol],
			           bosett_quote(imp_cell(r, (size_t)kcol), strlen(imp_cell(r, (size_t)kcol)), q, sizeof q));
			goto done;
		}
		for (size_t c = 0; c < h->n; c++) {
			const struct bosett_column *sc;
			const char *s = imp_cell(r, c);
			double v = 0;
			int kind;

			if ((int)c == kcol || !*cols[c] || !*s)
				continue;
			sc = bosett_schema_find(cols[c]);
			if (!strcmp(cols[c], "malform")) {
				const char *mf = imp_malform_of(s);

				if (!mf) {
					bosett_err(imp->err, "%s:%ld: column '%s': not Bokmål, Nynorsk or Nøytral: \"%s\"",
					           imp_input_name(imp, file), r->line, h->f[c], bosett_quote(s, strlen(s), q, sizeof q));
					goto done;
				}
				s = mf;
			}
			if (sc && sc->kind == KIND_TEXT) {
				if (imp_fact_add(imp, code, 0, cols[c], BOSETT_CELL_TEXT, 0, s, 0, file, r->line) != 0)
					goto done;
				continue;
			}
			if (sc && (sc->kind == KIND_CODE2 || sc->kind == KIND_CODE4 || sc->kind == KIND_FLAG)) {
				char out[64];
				const char *why;

				if (bosett_schema_cell(sc, s, rs->decimal_comma, out, sizeof out, &v, &kind, &why) != 0) {
					bosett_err(imp->err, "%s:%ld: column '%s': %s: \"%s\"", imp_input_name(imp, file), r->line,
					           h->f[c], bosett_msg(why), bosett_quote(s, strlen(s), q, sizeof q));
					goto done;
				}
				if (imp_fact_add(imp, code, 0, cols[c], kind, v, out, 0, file, r->line) != 0)
					goto done;
				continue;
			}
			if (sc && sc->kind == KIND_FRACTION && (pct[c] || s[strlen(s) - 1] == '%')) {
				/* per cent, by the header or the sign: 2,4 % is 0.024 */
				if (bosett_parse_percent(s, rs->decimal_comma, &v) == 0) {
					kind = BOSETT_CELL_NUMBER;
					if (v < 0 || v > 1) {
						bosett_err(imp->err, "%s:%ld: column '%s': a share must lie between 0 and 100 %%: \"%s\"",
						           imp_input_name(imp, file), r->line, h->f[c], bosett_quote(s, strlen(s), q, sizeof q));
						goto done;
					}
					if (imp_fact_add(imp, code, 0, cols[c], kind, v, NULL, 0, file, r->line) != 0)
						goto done;
					continue;
				}
			}
			if (imp_parse_value(s, rs->decimal_comma, &kind, &v) != 0) {
				if (sc) {
					imp_value_error(imp, file, r->line, h->f[c], s);
					goto done;
				}
				if (imp_fact_add(imp, code, 0, cols[c], BOSETT_CELL_TEXT, 0, s, 0, file, r->line) != 0)
					goto done;
				continue;
			}
			if (sc && kind == BOSETT_CELL_NUMBER) {
				/* a known column's range is checked here, where the line is known */
				char out[64];
				const char *why;
				double cv;
				int ck;

				if (bosett_schema_cell(sc, s, rs->decimal_comma, out, sizeof out, &cv, &ck, &why) != 0) {
					bosett_err(imp->err, "%s:%ld: column '%s': %s: \"%s\"", imp_input_name(imp, file), r->line,
					           h->f[c], bosett_msg(why), bosett_quote(s, strlen(s), q, sizeof q));
					goto done;
				}
			}
			if (imp_fact_add(imp, code, 0, cols[c], kind, v, NULL, imp_additive_col(cols[c]), file,
			                 r->line) != 0)
				goto done;
		}
	}
	rc = 0;
done:
	free(cols);
	free(pct);
	return rc;
}

static int detect_bosett_json(const void *docp)
{
	const cJSON *doc = docp;

	return cJSON_IsObject(doc) && cJSON_GetObjectItemCaseSensitive(doc, "bosett");
}

/* Any CSV with a header: the reader of last resort. */
static int detect_plain_csv(const struct imp_grid *g)
{
	(void)g;
	return 1;
}

const struct imp_reader imp_reader_bosett_json = {
	"bosett-json",
	"the toolkit's own JSON document (bosett-data(5))",
	.detect_json = detect_bosett_json, .read_bytes = read_bosett_table, .order = 1,
};

const struct imp_reader imp_reader_plain_csv = {
	"csv",
	"plain CSV with a kommunenummer column (any separator, UTF-8 or Latin-1)",
	detect_plain_csv, read_plain_csv, .order = 99,
};
