/*
 * import_read.c - the readers of bosett-import: each turns one input into
 * facts (code, year, column, value) for the join in import.c. The kind of
 * an input is told from its content: JSON documents by their keys, CSV by
 * their header lines. Every CSV goes through csv_reader.h.
 */
#include "import_impl.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <cjson/cJSON.h>

#include "csv_reader.h"
#include "xlsx_reader.h"
#include "json_util.h"
#include "schema.h"
#include "table_impl.h"

static const struct {
	const char *name, *doc;
} kinds[] = {
	{ "kommuner-json", "municipality list: JSON array of {id, name_no, population, area, language}" },
	{ "fylker-json", "county list: JSON array of {id, name} with 2-digit ids" },
	{ "jsonstat", "SSB PxWebApi JSON-stat 2.0 dataset" },
	{ "bosett-json", "the toolkit's own JSON document (bosett-data(5))" },
	{ "imdi-long", "IMDi statistics download, long format (Enhet;År;...;Kommunenummer;...;Antall)" },
	{ "imdi-wide", "IMDi statistics download, wide format with stacked header rows" },
	{ "ssb-csv", "SSB statbank CSV export (title line, \"K-NNNN Name\" labels)" },
	{ "nav-csv", "NAV table with a region column and shares as fractions" },
	{ "ba-regions", "commuting regions: \"NNNN Name\", \"NN Region name\", ..." },
	{ "centroids", "municipality centroids: MEAN_X, MEAN_Y, kommunenummer" },
	{ "history", "code history: year_start, year_end, municip_code_end, weighting, municip_code, ..." },
	{ "csv", "plain CSV with a kommunenummer column (any separator, UTF-8 or Latin-1)" },
};

#define NKINDS (sizeof kinds / sizeof kinds[0])

/* The kinds above, then the readers of sheet layouts (import_registry.c). */
const char *bosett_import_kind_name(size_t i)
{
	if (i < NKINDS)
		return kinds[i].name;
	return imp_grid_reader(i - NKINDS) ? imp_grid_reader(i - NKINDS)->name : NULL;
}

const char *bosett_import_kind_doc(size_t i)
{
	if (i < NKINDS)
		return kinds[i].doc;
	return imp_grid_reader(i - NKINDS) ? imp_grid_reader(i - NKINDS)->doc : NULL;
}

int imp_parse_value(const char *s, int decimal_comma, int *kind, double *v)
{
	while (*s == ' ')
		s++;
	*v = 0;
	if (!*s) {
		*kind = BOSETT_CELL_EMPTY;
		return 0;
	}
	if (!strcmp(s, ".") || !strcmp(s, "..") || !strcmp(s, "...")) {
		*kind = BOSETT_CELL_ABSENT;
		return 0;
	}
	if (!strcmp(s, ":")) {
		*kind = BOSETT_CELL_SUPPRESSED;
		return 0;
	}
	if (!strcmp(s, "-")) {
		*kind = BOSETT_CELL_NUMBER;
		return 0;
	}
	*kind = BOSETT_CELL_NUMBER;
	if (bosett_parse_decimal(s, decimal_comma, v) == 0)
		return 0;
	/* a point in a semicolon file written by a program, not a person */
	if (decimal_comma && !strchr(s, ',') && bosett_parse_decimal(s, 0, v) == 0)
		return 0;
	return -1;
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

static const char *field(const struct imp_row *r, size_t i)
{
	return i < r->n ? r->f[i] : "";
}

/* Column index by name (case-insensitive), or -1. */
static int find_col(const struct imp_row *h, const char *name)
{
	for (size_t i = 0; i < h->n; i++)
		if (strcasecmp(h->f[i], name) == 0)
			return (int)i;
	return -1;
}

/* A kommunenummer at the start of s: "0301", "301", "K-0301 Oslo",
 * "K0301", "0301 Oslo", "0301 - Oslo". *rest gets the name after it. */
int imp_parse_code(const char *s, char code[5], const char **rest)
{
	size_t n = 0;

	if ((s[0] == 'K' || s[0] == 'k') && (s[1] == '-' || isdigit((unsigned char)s[1])))
		s += s[1] == '-' ? 2 : 1;
	while (isdigit((unsigned char)s[n]))
		n++;
	if (n < 3 || n > 4)
		return -1;
	if (s[n] && s[n] != ' ')
		return -1;
	if (n == 3) {
		code[0] = '0';
		memcpy(code + 1, s, 3);
	} else {
		memcpy(code, s, 4);
	}
	code[4] = '\0';
	s += n;
	while (*s == ' ' || *s == '-')
		s++;
	if (rest)
		*rest = s;
	return 0;
}

static const char *input_name(const struct bosett_import *imp, int file)
{
	return imp->inputs[file].name;
}

static int value_error(struct bosett_import *imp, int file, long line, const char *col,
                       const char *text)
{
	char q[128];

	bosett_err(imp->err, "%s:%ld: column '%s': not a number: \"%s\"", input_name(imp, file),
	           line, col, bosett_quote(text, strlen(text), q, sizeof q));
	return BOSETT_EDATA;
}

/* The column name a header maps to: --map first, then the vocabulary of
 * bosett-data(5) (schema_names.c). NULL: keep as is; "" drop. *percent: the
 * header names a share written in per cent. */
static const char *map_name(struct bosett_import *imp, const char *name, int *percent)
{
	const struct bosett_column *k;

	*percent = 0;
	for (size_t i = 0; i < imp->nmap; i++)
		if (strcasecmp(imp->mapfrom[i], name) == 0) {
			imp->mapused[i] = 1;
			k = bosett_schema_lookup(imp->mapto[i], percent);
			return k ? k->name : imp->mapto[i];
		}
	k = bosett_schema_lookup(name, percent);
	return k ? k->name : NULL;
}

/* Is a column of counts (persons): summed when municipalities merge. */
static int additive_col(const char *col)
{
	const struct bosett_column *c = bosett_schema_find(col);

	if (!c)
		return 0;
	return c->kind == KIND_COUNT && strcmp(col, "max_settle") != 0;
}

/* ---- IMDi long format --------------------------------------------------- */

static const char *imdi_series(const char *s)
{
	if (!strcmp(s, "Anmodning om bosetting"))
		return IMP_REQUESTED;
	if (!strcmp(s, "Vedtak om bosetting"))
		return IMP_DECIDED;
	if (!strcmp(s, "Faktisk bosetting"))
		return IMP_SETTLED;
	return NULL;
}

/* IMDi's refugees by secondary moves (imdi_flyktning_botid_flytting): the
 * "Flyttet hit" persons of all years in Norway, by year. */
static int read_imdi_moves(struct bosett_import *imp, int file, struct imp_rows *rs)
{
	const struct imp_row *h = &rs->r[0];
	int cunit = find_col(h, "Enhet"), cyear = find_col(h, "År"), ccode = find_col(h, "Kommunenummer");
	int cmove = find_col(h, "Sekundærflytting"), cstay = find_col(h, "Botid i Norge");
	size_t cval = h->n - 1, skipped = 0;

	for (size_t i = 1; i < rs->n; i++) {
		const struct imp_row *r = &rs->r[i];
		const char *vs = field(r, cval);
		char code[5], q[128];
		long year;
		int kind;
		double v;

		if ((cunit >= 0 && strcmp(field(r, (size_t)cunit), "Personer") != 0) ||
		    strcmp(field(r, (size_t)cmove), "Flyttet hit") != 0 || strcmp(field(r, (size_t)cstay), "Alle") != 0) {
			skipped++;
			continue;
		}
		if (bosett_parse_long(field(r, (size_t)cyear), &year) != 0 || year < 1900 || year > 2200) {
			bosett_err(imp->err, "%s:%ld: column 'År': not a year: \"%s\"", input_name(imp, file),
			           r->line, bosett_quote(field(r, (size_t)cyear), strlen(field(r, (size_t)cyear)), q, sizeof q));
			return BOSETT_EDATA;
		}
		if (imp_parse_code(field(r, (size_t)ccode), code, NULL) != 0) {
			bosett_err(imp->err, "%s:%ld: column 'Kommunenummer': not a kommunenummer: \"%s\"",
			           input_name(imp, file), r->line,
			           bosett_quote(field(r, (size_t)ccode), strlen(field(r, (size_t)ccode)), q, sizeof q));
			return BOSETT_EDATA;
		}
		if (imp_parse_value(vs, rs->info.decimal_comma, &kind, &v) != 0)
			return value_error(imp, file, r->line, h->f[cval], vs);
		if (kind == BOSETT_CELL_NUMBER && (v < 0 || v != floor(v))) {
			bosett_err(imp->err, "%s:%ld: column '%s': not a whole number of persons: \"%s\"",
			           input_name(imp, file), r->line, h->f[cval], bosett_quote(vs, strlen(vs), q, sizeof q));
			return BOSETT_EDATA;
		}
		if (imp_fact_add(imp, code, (int)year, IMP_MOVED_IN, kind, v, NULL, 1, file, r->line) != 0)
			return BOSETT_EDATA;
	}
	if (skipped)
		imp_warn(imp, "%s: %zu lines other than 'Flyttet hit' of all years in Norway, in persons, not used",
		         input_name(imp, file), skipped);
	return 0;
}

static int read_imdi_long(struct bosett_import *imp, int file, struct imp_rows *rs)
{
	const struct imp_row *h = &rs->r[0];
	int cunit = find_col(h, "Enhet"), cyear = find_col(h, "År");
	int ccode = find_col(h, "Kommunenummer"), cseries = find_col(h, "Bosetting");
	size_t cval = h->n - 1;
	size_t skipped = 0;

	if (cyear < 0 || ccode < 0) {
		bosett_err(imp->err, "%s:%ld: an IMDi table needs the columns 'År' and 'Kommunenummer'",
		           input_name(imp, file), h->line);
		return BOSETT_EDATA;
	}
	if (cseries < 0 && find_col(h, "Sekundærflytting") >= 0 && find_col(h, "Botid i Norge") >= 0)
		return read_imdi_moves(imp, file, rs);
	if (cseries < 0) {
		/* other IMDi series: not yet turned into columns */
		imp_warn(imp, "%s: IMDi series not used by bosett-import (only the settlement history 'Bosetting' is read)",
		         input_name(imp, file));
		return 0;
	}
	for (size_t i = 1; i < rs->n; i++) {
		const struct imp_row *r = &rs->r[i];
		const char *col, *vs = field(r, cval);
		char code[5], q[128];
		long year;
		int kind;
		double v;

		if (cunit >= 0 && strcmp(field(r, (size_t)cunit), "Personer") != 0) {
			skipped++;
			continue;
		}
		col = imdi_series(field(r, (size_t)cseries));
		if (!col) {
			skipped++;
			continue;
		}
		if (bosett_parse_long(field(r, (size_t)cyear), &year) != 0 || year < 1900 || year > 2200) {
			bosett_err(imp->err, "%s:%ld: column 'År': not a year: \"%s\"", input_name(imp, file),
			           r->line, bosett_quote(field(r, (size_t)cyear), strlen(field(r, (size_t)cyear)), q, sizeof q));
			return BOSETT_EDATA;
		}
		if (imp_parse_code(field(r, (size_t)ccode), code, NULL) != 0) {
			bosett_err(imp->err, "%s:%ld: column 'Kommunenummer': not a kommunenummer: \"%s\"",
			           input_name(imp, file), r->line,
			           bosett_quote(field(r, (size_t)ccode), strlen(field(r, (size_t)ccode)), q, sizeof q));
			return BOSETT_EDATA;
		}
		if (imp_parse_value(vs, rs->info.decimal_comma, &kind, &v) != 0)
			return value_error(imp, file, r->line, h->f[cval], vs);
		if (kind == BOSETT_CELL_NUMBER && (v < 0 || v != floor(v))) {
			bosett_err(imp->err, "%s:%ld: column '%s': not a whole number of persons: \"%s\"",
			           input_name(imp, file), r->line, h->f[cval],
			           bosett_quote(vs, strlen(vs), q, sizeof q));
			return BOSETT_EDATA;
		}
		if (imp_fact_add(imp, code, (int)year, col, kind, v, NULL, 1, file, r->line) != 0)
			return BOSETT_EDATA;
	}
	if (skipped)
		imp_warn(imp, "%s: %zu lines of shares (Enhet other than 'Personer') or of other series not used",
		         input_name(imp, file), skipped);
	return 0;
}

/* ---- commuting regions --------------------------------------------------- */

static int read_ba(struct bosett_import *imp, int file, struct imp_rows *rs)
{
	const struct imp_row *h = &rs->r[0];
	int creg = find_col(h, "BA-region");

	if (h->n > 2) {
		char list[256];
		size_t o = 0;

		for (size_t c = 2; c < h->n && o < sizeof list; c++)
			o += (size_t)snprintf(list + o, sizeof list - o, "%s'%s'", c > 2 ? ", " : "", h->f[c]);
		imp_warn(imp, "%s: columns %s not used", input_name(imp, file), list);
	}

	for (size_t i = 1; i < rs->n; i++) {
		const struct imp_row *r = &rs->r[i];
		const char *name, *reg = field(r, (size_t)creg), *rname;
		char code[5], q[128], num[16];
		size_t n = 0;
		long rn;

		if (imp_parse_code(field(r, 0), code, &name) != 0) {
			bosett_err(imp->err, "%s:%ld: column '%s': not \"NNNN Name\": \"%s\"", input_name(imp, file),
			           r->line, h->f[0], bosett_quote(field(r, 0), strlen(field(r, 0)), q, sizeof q));
			return BOSETT_EDATA;
		}
		while (isdigit((unsigned char)reg[n]))
			n++;
		if (n == 0 || n > 6) {
			bosett_err(imp->err, "%s:%ld: column 'BA-region': not \"NN Name\": \"%s\"", input_name(imp, file),
			           r->line, bosett_quote(reg, strlen(reg), q, sizeof q));
			return BOSETT_EDATA;
		}
		memcpy(num, reg, n);
		num[n] = '\0';
		bosett_parse_long(num, &rn);   /* drops the leading zeros of "05" */
		snprintf(num, sizeof num, "%ld", rn);
		rname = reg + n;
		while (*rname == ' ')
			rname++;
		if (imp_fact_add_named(imp, code, name, 0, "region", BOSETT_CELL_TEXT, 0, num, 0, file,
		                       r->line) != 0 ||
		    (*rname && imp_fact_add_named(imp, code, name, 0, "region_name", BOSETT_CELL_TEXT, 0,
		                                  rname, 0, file, r->line) != 0))
			return BOSETT_EDATA;
	}
	return 0;
}

/* ---- centroids ----------------------------------------------------------- */

static int read_centroids(struct bosett_import *imp, int file, struct imp_rows *rs)
{
	const struct imp_row *h = &rs->r[0];
	int cx = find_col(h, "MEAN_X"), cy = find_col(h, "MEAN_Y"), cc = find_col(h, "kommunenummer");

	if (cc < 0) {
		bosett_err(imp->err, "%s:%ld: no column 'kommunenummer'", input_name(imp, file), h->line);
		return BOSETT_EDATA;
	}
	for (size_t i = 1; i < rs->n; i++) {
		const struct imp_row *r = &rs->r[i];
		char code[5], q[128];
		double x, y;
		int kx, ky;

		if (imp_parse_code(field(r, (size_t)cc), code, NULL) != 0) {
			bosett_err(imp->err, "%s:%ld: column 'kommunenummer': not a kommunenummer: \"%s\"",
			           input_name(imp, file), r->line,
			           bosett_quote(field(r, (size_t)cc), strlen(field(r, (size_t)cc)), q, sizeof q));
			return BOSETT_EDATA;
		}
		if (imp_parse_value(field(r, (size_t)cx), 0, &kx, &x) != 0)
			return value_error(imp, file, r->line, "MEAN_X", field(r, (size_t)cx));
		if (imp_parse_value(field(r, (size_t)cy), 0, &ky, &y) != 0)
			return value_error(imp, file, r->line, "MEAN_Y", field(r, (size_t)cy));
		/* 6 decimals of a degree: about 0.1 m, well below the precision of a mean */
		x = round(x * 1e6) / 1e6;
		y = round(y * 1e6) / 1e6;
		if (imp_fact_add(imp, code, 0, "lon", kx, x, NULL, 0, file, r->line) != 0 ||
		    imp_fact_add(imp, code, 0, "lat", ky, y, NULL, 0, file, r->line) != 0)
			return BOSETT_EDATA;
	}
	return 0;
}

/* ---- code history -------------------------------------------------------- */

static int hist_code(const char *s, char code[5])
{
	if (strncmp(s, "municip_nor", 11) == 0)
		s += 11;
	return imp_parse_code(s, code, NULL);
}

static int read_history(struct bosett_import *imp, int file, struct imp_rows *rs)
{
	const struct imp_row *h = &rs->r[0];
	int cs = find_col(h, "year_start"), ce = find_col(h, "year_end");
	int csucc = find_col(h, "municip_code_end"), cw = find_col(h, "weighting");
	int cc = find_col(h, "municip_code"), cn = find_col(h, "municip_name");

	if (cs < 0 || ce < 0 || csucc < 0 || cc < 0) {
		bosett_err(imp->err, "%s:%ld: a code history needs year_start, year_end, municip_code_end and municip_code",
		           input_name(imp, file), h->line);
		return BOSETT_EDATA;
	}
	for (size_t i = 1; i < rs->n; i++) {
		const struct imp_row *r = &rs->r[i];
		char code[5], succ[5] = "", q[128];
		long start, end = 0;
		double w = 0;
		int k;

		if (strncmp(field(r, (size_t)cc), "municip_nor", 11) != 0 &&
		    strstr(field(r, (size_t)cc), "municip_nor")) {
			/* "missingmunicip_nor9999", "notmainlandmunicip_nor2111": no municipality */
			imp_warn(imp, "%s:%ld: \"%s\" is no municipality of the mainland: skipped",
			         input_name(imp, file), r->line, field(r, (size_t)cc));
			continue;
		}
		if (hist_code(field(r, (size_t)cc), code) != 0) {
			bosett_err(imp->err, "%s:%ld: column 'municip_code': not a municipality code: \"%s\"",
			           input_name(imp, file), r->line,
			           bosett_quote(field(r, (size_t)cc), strlen(field(r, (size_t)cc)), q, sizeof q));
			return BOSETT_EDATA;
		}
		if (bosett_parse_long(field(r, (size_t)cs), &start) != 0 ||
		    (*field(r, (size_t)ce) && bosett_parse_long(field(r, (size_t)ce), &end) != 0)) {
			bosett_err(imp->err, "%s:%ld: column 'year_start' or 'year_end': not a year",
			           input_name(imp, file), r->line);
			return BOSETT_EDATA;
		}
		if (end && end < start) {
			bosett_err(imp->err, "%s:%ld: column 'year_end': %ld is before year_start %ld", input_name(imp, file),
			           r->line, end, start);
			return BOSETT_EDATA;
		}
		if (end && hist_code(field(r, (size_t)csucc), succ) != 0) {
			bosett_err(imp->err, "%s:%ld: column 'municip_code_end': not a municipality code: \"%s\"",
			           input_name(imp, file), r->line,
			           bosett_quote(field(r, (size_t)csucc), strlen(field(r, (size_t)csucc)), q, sizeof q));
			return BOSETT_EDATA;
		}
		if (cw >= 0 && (imp_parse_value(field(r, (size_t)cw), 0, &k, &w) != 0 || w < 0 || w > 1))
			return value_error(imp, file, r->line, "weighting", field(r, (size_t)cw));
		if (imp_hist_add(imp, code, (int)start, (int)end, succ, w, cn >= 0 ? field(r, (size_t)cn) : "") != 0)
			return BOSETT_EDATA;
	}
	return 0;
}

/* ---- municipality and county lists (JSON) -------------------------------- */

static const char *malform_of(const char *s)
{
	if (!strcasecmp(s, "Bokmål") || !strcasecmp(s, "bokmal"))
		return "bokmal";
	if (!strcasecmp(s, "Nynorsk"))
		return "nynorsk";
	if (!strcasecmp(s, "Nøytral") || !strcasecmp(s, "noytral") || !strcasecmp(s, "nøytral"))
		return "noytral";
	return NULL;
}

static int read_kommuner_json(struct bosett_import *imp, int file, cJSON *doc)
{
	long idx = 0;
	const cJSON *m;

	imp->inputs[file].rows = 1;
	cJSON_ArrayForEach(m, doc) {
		const cJSON *id = cJSON_GetObjectItemCaseSensitive(m, "id");
		const cJSON *name = cJSON_GetObjectItemCaseSensitive(m, "name_no");
		const cJSON *pop = cJSON_GetObjectItemCaseSensitive(m, "population");
		const cJSON *area = cJSON_GetObjectItemCaseSensitive(m, "area");
		const cJSON *lang = cJSON_GetObjectItemCaseSensitive(m, "language");
		char code[5];
		const char *mf;

		idx++;
		if (!cJSON_IsString(name))
			name = cJSON_GetObjectItemCaseSensitive(m, "name");
		if (!cJSON_IsString(id) || imp_parse_code(id->valuestring, code, NULL) != 0 ||
		    strlen(id->valuestring) != 4) {
			bosett_err(imp->err, "%s: element %ld: 'id': not a 4-digit kommunenummer string",
			           input_name(imp, file), idx);
			return BOSETT_EDATA;
		}
		if (!cJSON_IsString(name)) {
			bosett_err(imp->err, "%s: element %ld (%s): 'name_no': missing", input_name(imp, file),
			           idx, code);
			return BOSETT_EDATA;
		}
		if (imp_fact_add(imp, code, 0, "kommune", BOSETT_CELL_TEXT, 0, name->valuestring, 0, file, idx) != 0)
			return BOSETT_EDATA;
		{
			/* both names, for inputs that give names only (IMDi's key figures) */
			const cJSON *alt = cJSON_GetObjectItemCaseSensitive(m, "name");

			if (imp_name_add(imp, code, name->valuestring) != 0 ||
			    (cJSON_IsString(alt) && imp_name_add(imp, code, alt->valuestring) != 0))
				return BOSETT_EDATA;
		}
		if (pop && !cJSON_IsNull(pop)) {
			if (!cJSON_IsNumber(pop) || pop->valuedouble < 0 || pop->valuedouble != floor(pop->valuedouble)) {
				bosett_err(imp->err, "%s: element %ld (%s): 'population': not a whole number",
				           input_name(imp, file), idx, code);
				return BOSETT_EDATA;
			}
			if (imp_fact_add(imp, code, 0, "population", BOSETT_CELL_NUMBER, pop->valuedouble, NULL, 1,
			                 file, idx) != 0)
				return BOSETT_EDATA;
		}
		if (area && !cJSON_IsNull(area)) {
			if (!cJSON_IsNumber(area) || area->valuedouble < 0) {
				bosett_err(imp->err, "%s: element %ld (%s): 'area': not a number of km2",
				           input_name(imp, file), idx, code);
				return BOSETT_EDATA;
			}
			if (imp_fact_add(imp, code, 0, "area_km2", BOSETT_CELL_NUMBER, area->valuedouble, NULL, 1,
			                 file, idx) != 0)
				return BOSETT_EDATA;
		}
		if (cJSON_IsString(lang)) {
			mf = malform_of(lang->valuestring);
			if (!mf) {
				char q[128];

				bosett_err(imp->err, "%s: element %ld (%s): 'language': not Bokmål, Nynorsk or Nøytral: \"%s\"",
				           input_name(imp, file), idx, code,
				           bosett_quote(lang->valuestring, strlen(lang->valuestring), q, sizeof q));
				return BOSETT_EDATA;
			}
			if (imp_fact_add(imp, code, 0, "malform", BOSETT_CELL_TEXT, 0, mf, 0, file, idx) != 0)
				return BOSETT_EDATA;
		}
	}
	return 0;
}

static int read_fylker_json(struct bosett_import *imp, int file, cJSON *doc)
{
	const cJSON *m;
	long idx = 0;

	cJSON_ArrayForEach(m, doc) {
		const cJSON *id = cJSON_GetObjectItemCaseSensitive(m, "id");
		const cJSON *name = cJSON_GetObjectItemCaseSensitive(m, "name");

		idx++;
		if (!cJSON_IsString(id) || strlen(id->valuestring) != 2 ||
		    strspn(id->valuestring, "0123456789") != 2 || !cJSON_IsString(name)) {
			bosett_err(imp->err, "%s: element %ld: not {\"id\": \"NN\", \"name\": ...}",
			           input_name(imp, file), idx);
			return BOSETT_EDATA;
		}
		if (imp_county_add(imp, id->valuestring, name->valuestring) != 0)
			return BOSETT_EDATA;
	}
	return 0;
}

/* ---- the toolkit's own table, CSV or JSON -------------------------------- */

static int read_bosett_table(struct bosett_import *imp, int file, const char *data, size_t len)
{
	struct bosett_table *t = bosett_table_new();
	int kcol, nmcol, rc = BOSETT_EDATA;

	if (!t)
		return BOSETT_EDATA;
	bosett_table_set_strict(t, imp->strict);
	if (imp->keep && bosett_table_set_keep_columns(t, imp->keep) != 0)
		goto done;
	if (bosett_table_read_mem(t, input_name(imp, file), data, len) != BOSETT_OK) {
		bosett_err(imp->err, "%s", bosett_table_error(t));
		goto done;
	}
	for (size_t w = 0; w < bosett_table_warning_count(t); w++)
		imp_warn(imp, "%s", bosett_table_warning(t, w));
	kcol = bosett_table_col(t, "kommunenr");
	nmcol = bosett_table_col(t, "kommune");
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
			if (imp_fact_add(imp, code, 0, name, k, v, bosett_table_text(t, r, c), additive_col(name),
			                 file, bosett_table_row_line(t, r)) != 0)
				goto done;
		}
	}
	rc = 0;
done:
	bosett_table_free(t);
	return rc;
}

/* ---- plain CSV ----------------------------------------------------------- */

static int read_plain_csv(struct bosett_import *imp, int file, struct imp_rows *rs)
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
		const char *m = map_name(imp, h->f[c], &percent);

		cols[c] = m ? m : h->f[c];
		pct[c] = (unsigned char)percent;
		if (*cols[c] && imp_check_column(imp, input_name(imp, file), h->line, cols[c]) != 0)
			goto done;
		if (!strcmp(cols[c], "kommunenr") && kcol < 0)
			kcol = (int)c;
		else if (!strcmp(cols[c], "kommunenr"))
			cols[c] = "";
	}
	if (kcol < 0) {
		bosett_err(imp->err, "%s:%ld: no kommunenummer column (kommunenr, Kommunenummer, Knr, ...; or name it with --map)",
		           input_name(imp, file), h->line);
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
			bosett_err(imp->err, "%s:%ld: %zu fields where the header has %zu", input_name(imp, file), r->line,
			           r->n, h->n);
			goto done;
		}
		if (imp_parse_code(field(r, (size_t)kcol), code, &name) != 0) {
			bosett_err(imp->err, "%s:%ld: column '%s': not a kommunenummer: \"%s\"", input_name(imp, file),
			           r->line, h->f[kcol],
			           bosett_quote(field(r, (size_t)kcol), strlen(field(r, (size_t)kcol)), q, sizeof q));
			goto done;
		}
		for (size_t c = 0; c < h->n; c++) {
			const struct bosett_column *sc;
			const char *s = field(r, c);
			double v = 0;
			int kind;

			if ((int)c == kcol || !*cols[c] || !*s)
				continue;
			sc = bosett_schema_find(cols[c]);
			if (!strcmp(cols[c], "malform")) {
				const char *mf = malform_of(s);

				if (!mf) {
					bosett_err(imp->err, "%s:%ld: column '%s': not Bokmål, Nynorsk or Nøytral: \"%s\"",
					           input_name(imp, file), r->line, h->f[c], bosett_quote(s, strlen(s), q, sizeof q));
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

				if (bosett_schema_cell(sc, s, rs->info.decimal_comma, out, sizeof out, &v, &kind, &why) != 0) {
					bosett_err(imp->err, "%s:%ld: column '%s': %s: \"%s\"", input_name(imp, file), r->line,
					           h->f[c], why, bosett_quote(s, strlen(s), q, sizeof q));
					goto done;
				}
				if (imp_fact_add(imp, code, 0, cols[c], kind, v, out, 0, file, r->line) != 0)
					goto done;
				continue;
			}
			if (sc && sc->kind == KIND_FRACTION && (pct[c] || s[strlen(s) - 1] == '%')) {
				/* per cent, by the header or the sign: 2,4 % is 0.024 */
				if (bosett_parse_percent(s, rs->info.decimal_comma, &v) == 0) {
					kind = BOSETT_CELL_NUMBER;
					if (v < 0 || v > 1) {
						bosett_err(imp->err, "%s:%ld: column '%s': a share must lie between 0 and 100 %%: \"%s\"",
						           input_name(imp, file), r->line, h->f[c], bosett_quote(s, strlen(s), q, sizeof q));
						goto done;
					}
					if (imp_fact_add(imp, code, 0, cols[c], kind, v, NULL, 0, file, r->line) != 0)
						goto done;
					continue;
				}
			}
			if (imp_parse_value(s, rs->info.decimal_comma, &kind, &v) != 0) {
				if (sc) {
					value_error(imp, file, r->line, h->f[c], s);
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

				if (bosett_schema_cell(sc, s, rs->info.decimal_comma, out, sizeof out, &cv, &ck, &why) != 0) {
					bosett_err(imp->err, "%s:%ld: column '%s': %s: \"%s\"", input_name(imp, file), r->line,
					           h->f[c], why, bosett_quote(s, strlen(s), q, sizeof q));
					goto done;
				}
			}
			if (imp_fact_add(imp, code, 0, cols[c], kind, v, NULL, additive_col(cols[c]), file,
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

static const char *first_unmatched(const struct imp_rows *rs, size_t hdr, size_t col)
{
	char code[5];

	for (size_t i = hdr + 1; i < rs->n; i++)
		if (imp_parse_code(field(&rs->r[i], col), code, NULL) != 0)
			return field(&rs->r[i], col);
	return "";
}

/* ---- SSB statbank CSV export --------------------------------------------- */

/* "Persons 2023": a content and a year at the end. */
/* A new zeroed cell for kommunenummer code at the end of the growing array
 * (the caller counts it in *nc once filled), or NULL when out of memory. */
static struct imp_cell *cell_push(struct imp_cell **cells, size_t *nc, size_t *cap, const char code[5])
{
	struct imp_cell *cell;

	if (*nc == *cap) {
		size_t ncap = *cap ? *cap * 2 : 1024;
		struct imp_cell *nce = realloc(*cells, ncap * sizeof *nce);

		if (!nce)
			return NULL;
		*cells = nce;
		*cap = ncap;
	}
	cell = &(*cells)[*nc];
	memset(cell, 0, sizeof *cell);
	memcpy(cell->code, code, 5);
	return cell;
}

static int header_year(const char *h, int *year, char *content, size_t n)
{
	size_t len = strlen(h);
	long y;

	if (len < 4 || strspn(h + len - 4, "0123456789") != 4 || (len > 4 && h[len - 5] != ' '))
		return -1;
	if (bosett_parse_long(h + len - 4, &y) != 0 || y < 1800 || y > 2200)
		return -1;
	*year = (int)y;
	snprintf(content, n, "%.*s", len > 5 ? (int)(len - 5) : 0, h);
	return 0;
}

static int read_ssb_csv(struct bosett_import *imp, int file, struct imp_rows *rs, size_t hdr)
{
	static const char *const ynames[] = { "year", "år", "tid", "aar" };
	static const char *const cnames[] = { "contents", "statistikkvariabel", "statistic" };
	const struct imp_row *h;
	struct imp_cell *cells = NULL;
	size_t nc = 0, cap = 0, skipped = 0;
	int creg = -1, cyear = -1, ccont = -1, cage = -1, rc = BOSETT_EDATA;
	long *keep = NULL;
	int *valcol = NULL, *vyear = NULL;
	char (*vcont)[128] = NULL;
	size_t nval = 0;

	/* the header is the first record of more than one field after the title */
	while (hdr < rs->n && rs->r[hdr].n < 2)
		hdr++;
	if (hdr >= rs->n) {
		bosett_err(imp->err, "%s: SSB table: no header line", input_name(imp, file));
		return BOSETT_EDATA;
	}
	h = &rs->r[hdr];
	keep = calloc(h->n, sizeof *keep);
	valcol = calloc(h->n, sizeof *valcol);
	vyear = calloc(h->n, sizeof *vyear);
	vcont = calloc(h->n, sizeof *vcont);
	if (!keep || !valcol || !vyear || !vcont)
		goto done;
	for (size_t c = 0; c < h->n; c++) {
		keep[c] = -1;
		if (header_year(h->f[c], &vyear[nval], vcont[nval], sizeof vcont[nval]) == 0) {
			valcol[nval++] = (int)c;
			continue;
		}
		for (size_t k = 0; k < sizeof ynames / sizeof ynames[0]; k++)
			if (!strcasecmp(h->f[c], ynames[k]))
				cyear = (int)c;
		for (size_t k = 0; k < sizeof cnames / sizeof cnames[0]; k++)
			if (!strcasecmp(h->f[c], cnames[k]))
				ccont = (int)c;
		if (!strcasecmp(h->f[c], "age") || !strcasecmp(h->f[c], "alder"))
			cage = (int)c;
		if (creg < 0 && (!strcasecmp(h->f[c], "region") || !strcasecmp(h->f[c], "kommune")))
			creg = (int)c;
	}
	if (creg < 0) {
		bosett_err(imp->err, "%s:%ld: SSB table: no column 'region'", input_name(imp, file), h->line);
		goto done;
	}
	if (!nval) {
		/* long format: the last column holds the values */
		valcol[0] = (int)h->n - 1;
		vyear[0] = 0;
		snprintf(vcont[0], sizeof vcont[0], "%s", h->f[h->n - 1]);
		nval = 1;
		if (valcol[0] == creg || valcol[0] == cyear || valcol[0] == cage || valcol[0] == ccont) {
			bosett_err(imp->err, "%s:%ld: SSB table: no column of values", input_name(imp, file), h->line);
			goto done;
		}
	}
	/* other dimensions: keep only their total category where they have one */
	for (size_t c = 0; c < h->n; c++) {
		int isval = 0;

		for (size_t k = 0; k < nval; k++)
			isval |= valcol[k] == (int)c;
		if (isval || (int)c == creg || (int)c == cyear || (int)c == ccont || (int)c == cage)
			continue;
		keep[c] = -2;      /* a dimension: sum over it */
		for (size_t i = hdr + 1; i < rs->n; i++)
			if (imp_is_total_label(field(&rs->r[i], c)))
				keep[c] = (long)i;
	}
	for (size_t i = hdr + 1; i < rs->n; i++) {
		const struct imp_row *r = &rs->r[i];
		char code[5];
		const char *name;
		int skip = 0;

		if (imp_parse_code(field(r, (size_t)creg), code, &name) != 0) {
			skipped++;
			continue;
		}
		for (size_t c = 0; c < h->n; c++)
			if (keep[c] >= 0 && strcmp(field(r, c), field(&rs->r[keep[c]], c)) != 0)
				skip = 1;
		if (skip)
			continue;
		for (size_t k = 0; k < nval; k++) {
			struct imp_cell *cell;
			const char *vs = field(r, (size_t)valcol[k]);

			cell = cell_push(&cells, &nc, &cap, code);
			if (!cell)
				goto done;
			cell->name = name;
			cell->content = ccont >= 0 ? field(r, (size_t)ccont) : vcont[k];
			cell->year = vyear[k];
			if (cyear >= 0) {
				long y;

				if (bosett_parse_long(field(r, (size_t)cyear), &y) != 0 || y < 1800 || y > 2200) {
					char q[128];

					bosett_err(imp->err, "%s:%ld: column '%s': not a year: \"%s\"", input_name(imp, file),
					           r->line, h->f[cyear],
					           bosett_quote(field(r, (size_t)cyear), strlen(field(r, (size_t)cyear)), q, sizeof q));
					goto done;
				}
				cell->year = (int)y;
			}
			cell->age = cage >= 0 ? field(r, (size_t)cage) : NULL;
			cell->line = r->line;
			if (imp_parse_value(vs, rs->info.decimal_comma, &cell->kind, &cell->v) != 0) {
				value_error(imp, file, r->line, h->f[valcol[k]], vs);
				goto done;
			}
			nc++;
		}
	}
	if (skipped)
		imp_warn(imp, "%s: %zu line%s of regions that are no municipality (such as \"%s\"): not used",
		         input_name(imp, file), skipped, skipped == 1 ? "" : "s",
		         first_unmatched(rs, hdr, (size_t)creg));
	rc = imp_cube_emit(imp, file, cells, nc);
done:
	free(cells);
	free(keep);
	free(valcol);
	free(vyear);
	free(vcont);
	return rc;
}

/* ---- IMDi wide downloads: stacked header rows ------------------------------ */

static int read_imdi_wide(struct bosett_import *imp, int file, struct imp_rows *rs)
{
	const struct imp_row *h = &rs->r[0];
	size_t nh = 1, ncols = h->n, nc = 0, cap = 0, skipped = 0, dropped = 0;
	int *use = calloc(ncols ? ncols : 1, sizeof *use), *year = calloc(ncols ? ncols : 1, sizeof *year);
	char (*content)[256] = calloc(ncols ? ncols : 1, sizeof *content);
	struct imp_cell *cells = NULL;
	int rc = BOSETT_EDATA;

	if (!use || !year || !content)
		goto done;
	while (nh < rs->n && !*field(&rs->r[nh], 0))
		nh++;
	for (size_t c = 2; c < ncols; c++) {
		size_t o = (size_t)snprintf(content[c], sizeof content[c], "imdi");

		use[c] = 1;
		for (size_t k = 0; k < nh; k++) {
			const char *lab = field(&rs->r[k], c), *colon = strstr(lab, ": ");
			const char *val = colon ? colon + 2 : lab;
			size_t dl = colon ? (size_t)(colon - lab) : 0;

			if (dl == 3 && !strncmp(lab, "År", 3)) {
				long y;

				if (bosett_parse_long(val, &y) != 0 || y < 1800 || y > 2200) {
					char q[128];

					bosett_err(imp->err, "%s:%ld: column %zu: not a year: \"%s\"", input_name(imp, file),
					           rs->r[k].line, c + 1, bosett_quote(lab, strlen(lab), q, sizeof q));
					goto done;
				}
				year[c] = (int)y;
			} else if (dl == 5 && !strncmp(lab, "Enhet", 5)) {
				if (strcmp(val, "Personer") != 0)
					use[c] = 0;
			} else if (dl == strlen("Kjønn") && !strncmp(lab, "Kjønn", dl)) {
				if (!imp_is_total_label(val))
					use[c] = 0;
			} else if (dl == strlen("Innvandringsgrunn") && !strncmp(lab, "Innvandringsgrunn", dl) &&
			           (imp_is_total_label(val) || !strcmp(val, "Flyktninger og deres familieinnvandrede")) &&
			           nh == 4) {
				/* the two series of IMDi's immigrants-by-reason table that
				 * bosett-data(5) names */
				o = (size_t)snprintf(content[c], sizeof content[c], "%s",
				                     imp_is_total_label(val) ? "immigrants" : "refugees");
			} else if (*val && o < sizeof content[c]) {
				o += (size_t)snprintf(content[c] + o, sizeof content[c] - o, " %s", val);
			}
		}
		if (!use[c])
			dropped++;
	}
	for (size_t i = nh; i < rs->n; i++) {
		const struct imp_row *r = &rs->r[i];
		char code[5];

		if (imp_parse_code(field(r, 0), code, NULL) != 0) {
			skipped++;
			continue;
		}
		for (size_t c = 2; c < ncols; c++) {
			struct imp_cell *cell;
			const char *vs = field(r, c);

			if (!use[c] || !*vs)
				continue;
			cell = cell_push(&cells, &nc, &cap, code);
			if (!cell)
				goto done;
			cell->name = field(r, 1);
			cell->content = content[c];
			cell->year = year[c];
			cell->line = r->line;
			if (imp_parse_value(vs, rs->info.decimal_comma, &cell->kind, &cell->v) != 0) {
				value_error(imp, file, r->line, h->f[c], vs);
				goto done;
			}
			nc++;
		}
	}
	if (dropped)
		imp_warn(imp, "%s: %zu columns of shares or of one sex not used (persons of both sexes are)",
		         input_name(imp, file), dropped);
	if (skipped)
		imp_warn(imp, "%s: %zu line%s of regions that are no municipality: not used", input_name(imp, file),
		         skipped, skipped == 1 ? "" : "s");
	rc = imp_cube_emit(imp, file, cells, nc);
done:
	free(use);
	free(year);
	free(content);
	free(cells);
	return rc;
}

/* ---- NAV: registered unemployment ------------------------------------------ */

/* 1 if s contains w, without regard to ASCII case. */
static int has_word(const char *s, const char *w)
{
	size_t n = strlen(w);

	for (; *s; s++)
		if (!strncasecmp(s, w, n))
			return 1;
	return 0;
}

static int read_nav(struct bosett_import *imp, int file, struct imp_rows *rs)
{
	const struct imp_row *h = &rs->r[0];
	int clevel = find_col(h, "Nivå"), cgeo = find_col(h, "Geografisk enhet");
	int cstatus = find_col(h, "Arbeidsmarkedsstatus"), csex = find_col(h, "Kjønn");
	int cshare = find_col(h, "Andel av arbeidsstyrken"), cdate = find_col(h, "Dato");
	char latest[32] = "", key[64];
	size_t other = 0, n = 0;
	static const char nocode[5] = "";

	if (clevel < 0 || cgeo < 0 || cstatus < 0 || cshare < 0 || cdate < 0) {
		bosett_err(imp->err, "%s:%ld: a NAV table needs Nivå, Geografisk enhet, Arbeidsmarkedsstatus, Andel av arbeidsstyrken and Dato",
		           input_name(imp, file), h->line);
		return BOSETT_EDATA;
	}
	/* the latest month of registered fully unemployed, both sexes, per municipality */
	for (int pass = 0; pass < 2; pass++)
		for (size_t i = 1; i < rs->n; i++) {
			const struct imp_row *r = &rs->r[i];
			const char *date = field(r, (size_t)cdate), *vs = field(r, (size_t)cshare);
			int kind;
			double v;

			if (!has_word(field(r, (size_t)clevel), "kommune")) {
				other += pass == 0;
				continue;
			}
			if (strcmp(field(r, (size_t)cstatus), "Helt ledige") != 0 ||
			    (csex >= 0 && !imp_is_total_label(field(r, (size_t)csex)) &&
			     strcasecmp(field(r, (size_t)csex), "Begge kjønn") != 0))
				continue;
			if (pass == 0) {
				if (strcmp(date, latest) > 0)
					snprintf(latest, sizeof latest, "%s", date);
				continue;
			}
			if (strcmp(date, latest) != 0)
				continue;
			if (imp_parse_value(vs, 0, &kind, &v) != 0 || (kind == BOSETT_CELL_NUMBER && (v < 0 || v > 1))) {
				char q[128];

				bosett_err(imp->err, "%s:%ld: column '%s': not a share between 0 and 1: \"%s\"",
				           input_name(imp, file), r->line, h->f[cshare], bosett_quote(vs, strlen(vs), q, sizeof q));
				return BOSETT_EDATA;
			}
			/* NAV's shares carry float noise (0.0139999999999999): 6 decimals */
			v = round(v * 1e6) / 1e6;
			if (imp_fact_add_named(imp, nocode, field(r, (size_t)cgeo), 0, "unemployment_rate", kind, v, NULL, 0,
			                       file, r->line) != 0)
				return BOSETT_EDATA;
			n++;
		}
	if (other)
		imp_warn(imp, "%s: %zu lines for counties or the country not used (no municipality figures)",
		         input_name(imp, file), other);
	if (n) {
		snprintf(key, sizeof key, "%.7s", latest);
		imp_meta(imp, "import.period.unemployment_rate", key);
	}
	return 0;
}

/* ---- detection ----------------------------------------------------------- */

static const char *detect_csv(const struct imp_rows *rs, size_t *hdr)
{
	const struct imp_row *h;

	*hdr = 0;
	if (!rs->n)
		return NULL;
	/* an SSB export starts with a title line of one field */
	if (rs->r[0].n == 1 && rs->n > 1) {
		*hdr = 1;
		return "ssb-csv";
	}
	h = &rs->r[0];
	if (find_col(h, "Enhet") == 0 && find_col(h, "År") >= 0 && find_col(h, "Kommunenummer") >= 0)
		return "imdi-long";
	if (find_col(h, "Region") == 0 && find_col(h, "Navn") == 1 && rs->n > 1 && !*field(&rs->r[1], 0) &&
	    strstr(field(&rs->r[1], 2), ": "))
		return "imdi-wide";
	if (find_col(h, "Arbeidsmarkedsstatus") >= 0 && find_col(h, "Geografisk enhet") >= 0)
		return "nav-csv";
	if (find_col(h, "BA-region") == 1)
		return "ba-regions";
	if (find_col(h, "MEAN_X") >= 0 && find_col(h, "MEAN_Y") >= 0)
		return "centroids";
	if (find_col(h, "year_start") >= 0 && find_col(h, "municip_code") >= 0)
		return "history";
	return "csv";
}

static int read_csv_kind(struct bosett_import *imp, int file, const char *data, size_t len,
                         const char *kind)
{
	struct imp_rows rs = { 0 };
	size_t hdr = 0;
	int rc;

	if (bosett_xlsx_detect(data, len)) {
		/* a workbook's sheet is the grid Excel's CSV export would give */
		memset(&rs.info, 0, sizeof rs.info);
		rs.info.sep = ',';
		rc = bosett_xlsx_parse(input_name(imp, file), data, len, imp->sheet, collect, &rs, imp->err);
	} else {
		rc = bosett_csv_parse(input_name(imp, file), data, len, 0, collect, &rs, imp->err, &rs.info);
	}
	if (rc != 0) {
		if (rc > 0)
			bosett_err(imp->err, "%s: out of memory", input_name(imp, file));
		records_free(&rs);
		return BOSETT_EDATA;
	}
	if (!rs.n) {
		bosett_err(imp->err, "%s: empty input", input_name(imp, file));
		records_free(&rs);
		return BOSETT_EDATA;
	}
	{
		/* the sheet layouts of the registry first */
		struct imp_grid g = { rs.r, rs.n, rs.info.decimal_comma };

		rc = imp_read_grid(imp, file, &g, kind);
		if (rc != -2) {
			records_free(&rs);
			return rc;
		}
	}
	if (!kind) {
		kind = detect_csv(&rs, &hdr);
	}
	imp->inputs[file].kind = kind;
	if (!strcmp(kind, "imdi-long"))
		rc = read_imdi_long(imp, file, &rs);
	else if (!strcmp(kind, "ba-regions"))
		rc = read_ba(imp, file, &rs);
	else if (!strcmp(kind, "centroids"))
		rc = read_centroids(imp, file, &rs);
	else if (!strcmp(kind, "history"))
		rc = read_history(imp, file, &rs);
	else if (!strcmp(kind, "imdi-wide"))
		rc = read_imdi_wide(imp, file, &rs);
	else if (!strcmp(kind, "nav-csv"))
		rc = read_nav(imp, file, &rs);
	else if (!strcmp(kind, "ssb-csv"))
		rc = read_ssb_csv(imp, file, &rs, hdr);
	else if (!strcmp(kind, "csv")) {
		rc = read_plain_csv(imp, file, &rs);
	} else {
		bosett_err(imp->err, "%s: reader '%s' not available for this input", input_name(imp, file), kind);
		rc = BOSETT_EDATA;
	}
	records_free(&rs);
	return rc;
}

int imp_read(struct bosett_import *imp, int file, const char *data, size_t len, const char *kind)
{
	size_t i = 0;
	int rc;

	if (len >= 3 && !memcmp(data, "\xef\xbb\xbf", 3))
		i = 3;
	while (i < len && (data[i] == ' ' || data[i] == '\n' || data[i] == '\r' || data[i] == '\t'))
		i++;
	if (kind && !strcmp(kind, "bosett-json"))
		return read_bosett_table(imp, file, data, len);
	if ((!kind || !strcmp(kind, "kommuner-json") || !strcmp(kind, "fylker-json") ||
	     !strcmp(kind, "jsonstat")) && i < len && (data[i] == '[' || data[i] == '{')) {
		cJSON *doc = bosett_json_parse(input_name(imp, file), data, len, imp->err);
		const cJSON *first;

		if (!doc)
			return BOSETT_EDATA;
		if (cJSON_IsObject(doc) && cJSON_GetObjectItemCaseSensitive(doc, "bosett")) {
			cJSON_Delete(doc);
			imp->inputs[file].kind = "bosett-json";
			return read_bosett_table(imp, file, data, len);
		}
		first = cJSON_IsArray(doc) ? cJSON_GetArrayItem(doc, 0) : NULL;
		if (cJSON_IsObject(doc) && cJSON_IsString(cJSON_GetObjectItemCaseSensitive(doc, "class")) &&
		    !strcmp(cJSON_GetObjectItemCaseSensitive(doc, "class")->valuestring, "dataset")) {
			imp->inputs[file].kind = "jsonstat";
			rc = imp_read_jsonstat(imp, file, doc);
		} else if (first && cJSON_GetObjectItemCaseSensitive(first, "population")) {
			imp->inputs[file].kind = "kommuner-json";
			rc = read_kommuner_json(imp, file, doc);
		} else if (first && cJSON_IsString(cJSON_GetObjectItemCaseSensitive(first, "id")) &&
		           strlen(cJSON_GetObjectItemCaseSensitive(first, "id")->valuestring) == 2) {
			imp->inputs[file].kind = "fylker-json";
			rc = read_fylker_json(imp, file, doc);
		} else {
			bosett_err(imp->err, "%s: a JSON document of no known kind (municipality or county list, JSON-stat 2.0, bosett-data)",
			           input_name(imp, file));
			rc = BOSETT_EDATA;
		}
		cJSON_Delete(doc);
		return rc;
	}
	return read_csv_kind(imp, file, data, len, kind);
}
