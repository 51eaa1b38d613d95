/*
 * import_registry.c - the readers of bosett-import, in one table: a name
 * for --as, a line of documentation for --list-kinds, a test of the layout
 * and the reader. A new layout is a new file and one line here, never
 * another branch of a strcmp chain.
 *
 * The kind of an input is told from its content: a JSON document by its
 * keys, a CSV by its header lines, trying the readers in their detection
 * order (imp_reader.order). Every CSV goes through csv_reader.h into a grid
 * of text cells, and a sheet of a workbook (.xlsx, --sheet) through
 * xlsx_reader.h into the same grid.
 */
#include "import/import_impl.h"

#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "io/csv_reader.h"
#include "io/json_util.h"
#include "io/xlsx_reader.h"

/* In the order --list-kinds shows them. */
static const struct imp_reader *const readers[] = {
	&imp_reader_kommuner_json,
	&imp_reader_fylker_json,
	&imp_reader_jsonstat,
	&imp_reader_bosett_json,
	&imp_reader_imdi_long,
	&imp_reader_imdi_wide,
	&imp_reader_ssb_csv,
	&imp_reader_nav_csv,
	&imp_reader_ba_regions,
	&imp_reader_centroids,
	&imp_reader_history,
	&imp_reader_plain_csv,
	&imp_reader_imdi_keyfigures,
	&imp_reader_imdi_county,
	&imp_reader_nav_sheet,
	&imp_reader_imdi_intro,
	&imp_reader_udir_gsi,
	&imp_reader_imdi_grants,
	&imp_reader_survey,
};

#define NREADERS (sizeof readers / sizeof readers[0])

const char *bosett_import_kind_name(size_t i)
{
	return i < NREADERS ? readers[i]->name : NULL;
}

const char *bosett_import_kind_doc(size_t i)
{
	return i < NREADERS ? readers[i]->doc : NULL;
}

/* The reader named kind, or NULL. */
static const struct imp_reader *reader_named(const char *kind)
{
	for (size_t i = 0; i < NREADERS; i++)
		if (!strcmp(readers[i]->name, kind))
			return readers[i];
	return NULL;
}

/* The reader that comes next in detection order after one of order
 * `after`, or NULL. */
static const struct imp_reader *reader_after(int after)
{
	const struct imp_reader *best = NULL;

	for (size_t i = 0; i < NREADERS; i++)
		if (readers[i]->order > after && (!best || readers[i]->order < best->order))
			best = readers[i];
	return best;
}

/* Read a grid with the reader named kind, or the first that detects it
 * (kind NULL). Returns 0 or BOSETT_EDATA. */
static int imp_read_grid(struct bosett_import *imp, int file, const struct imp_grid *g, const char *kind)
{
	const struct imp_reader *r;

	if (kind) {
		r = reader_named(kind);
		if (!r || !r->read) {
			bosett_err(imp->err, "%s: reader '%s' not available for this input", imp_input_name(imp, file),
			           kind);
			return BOSETT_EDATA;
		}
	} else {
		for (r = reader_after(0); r && !(r->detect && r->detect(g)); r = reader_after(r->order))
			;
		if (!r) /* the plain CSV reader takes any grid: not reached */
			return BOSETT_EDATA;
	}
	imp->inputs[file].kind = r->name;
	return r->read(imp, file, g) == 0 ? 0 : BOSETT_EDATA;
}

/* ---- records of a CSV, held in memory ---------------------------------- */

struct imp_rows {
	struct imp_row *r;
	size_t n, cap;
	struct bosett_csv_info info;
};

static int collect(void *ctx, long line, size_t nfields, char **fields, const size_t *lens)
{
	struct imp_rows *rs = ctx;
	struct imp_row *rec;

	(void)lens;
	if (rs->n == rs->cap) {
		size_t cap = rs->cap ? rs->cap * 2 : 256;
		struct imp_row *nr = realloc(rs->r, cap * sizeof *nr);

		if (!nr)
			return -1;
		rs->r = nr;
		rs->cap = cap;
	}
	rec = &rs->r[rs->n];
	rec->line = line;
	rec->n = nfields;
	rec->f = malloc((nfields ? nfields : 1) * sizeof *rec->f);
	if (!rec->f)
		return -1;
	for (size_t i = 0; i < nfields; i++) {
		/* trim spaces and no-break spaces at both ends */
		char *s = fields[i], *e = s + strlen(s);

		for (;;) {
			if (*s == ' ' || *s == '\t')
				s++;
			else if ((unsigned char)s[0] == 0xc2 && (unsigned char)s[1] == 0xa0)
				s += 2;
			else
				break;
		}
		for (;;) {
			if (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
				e--;
			else if (e - s >= 2 && (unsigned char)e[-2] == 0xc2 && (unsigned char)e[-1] == 0xa0)
				e -= 2;
			else
				break;
		}
		rec->f[i] = bosett_strndup(s, (size_t)(e - s));
		if (!rec->f[i]) {
			rec->n = i;
			rs->n++;
			return -1;
		}
	}
	rs->n++;
	return 0;
}

static void records_free(struct imp_rows *rs)
{
	for (size_t i = 0; i < rs->n; i++) {
		for (size_t j = 0; j < rs->r[i].n; j++)
			free(rs->r[i].f[j]);
		free(rs->r[i].f);
	}
	free(rs->r);
}

static int read_csv_kind(struct bosett_import *imp, int file, const char *data, size_t len,
                         const char *kind)
{
	struct imp_rows rs = { 0 };
	int rc;

	imp->err[0] = '\0';
	if (bosett_xlsx_detect(data, len)) {
		/* a workbook's sheet is the grid Excel's CSV export would give */
		memset(&rs.info, 0, sizeof rs.info);
		rs.info.sep = ',';
		rc = bosett_xlsx_parse(imp_input_name(imp, file), data, len, imp->sheet, collect, &rs, imp->err);
	} else {
		rc = bosett_csv_parse(imp_input_name(imp, file), data, len, 0, collect, &rs, imp->err, &rs.info);
	}
	if (rc != 0) {
		if (rc > 0 || !imp->err[0]) /* collect's only failure is memory */
			bosett_err(imp->err, "%s: out of memory", imp_input_name(imp, file));
		records_free(&rs);
		return BOSETT_EDATA;
	}
	if (!rs.n) {
		bosett_err(imp->err, "%s: empty input", imp_input_name(imp, file));
		records_free(&rs);
		return BOSETT_EDATA;
	}
	{
		struct imp_grid g = { rs.r, rs.n, rs.info.decimal_comma };

		rc = imp_read_grid(imp, file, &g, kind);
	}
	records_free(&rs);
	return rc;
}

/* A JSON document: the first reader that knows its keys. */
static int read_json_doc(struct bosett_import *imp, int file, const char *data, size_t len)
{
	cJSON *doc = bosett_json_parse(imp_input_name(imp, file), data, len, imp->err);
	const struct imp_reader *r;
	int rc;

	if (!doc)
		return BOSETT_EDATA;
	for (r = reader_after(0); r && !(r->detect_json && r->detect_json(doc)); r = reader_after(r->order))
		;
	if (!r) {
		bosett_err(imp->err, "%s: a JSON document of no known kind (municipality or county list, JSON-stat 2.0, bosett-data)",
		           imp_input_name(imp, file));
		cJSON_Delete(doc);
		return BOSETT_EDATA;
	}
	imp->inputs[file].kind = r->name;
	if (r->read_bytes) {
		cJSON_Delete(doc);
		return r->read_bytes(imp, file, data, len);
	}
	rc = r->read_json(imp, file, doc);
	cJSON_Delete(doc);
	return rc;
}

int imp_read(struct bosett_import *imp, int file, const char *data, size_t len, const char *kind)
{
	const struct imp_reader *named = kind ? reader_named(kind) : NULL;
	size_t i = 0;

	if (len >= 3 && !memcmp(data, "\xef\xbb\xbf", 3))
		i = 3;
	while (i < len && (data[i] == ' ' || data[i] == '\n' || data[i] == '\r' || data[i] == '\t'))
		i++;
	if (named && named->read_bytes)
		return named->read_bytes(imp, file, data, len);
	/* a workbook known by its content (a returned survey) */
	for (size_t k = 0; !kind && k < NREADERS; k++)
		if (readers[k]->detect_bytes && readers[k]->detect_bytes(data, len)) {
			imp->inputs[file].kind = readers[k]->name;
			return readers[k]->read_bytes(imp, file, data, len);
		}
	if ((!kind || (named && named->read_json)) && i < len && (data[i] == '[' || data[i] == '{'))
		return read_json_doc(imp, file, data, len);
	return read_csv_kind(imp, file, data, len, kind);
}
