/*
 * import.c - the handle of bosett-import: its settings (year, --strict,
 * --map, the bundled history), its inputs (hashed for the
 * provenance and handed to the reader the registry chooses), its warnings,
 * and the crosswalk of old codes to today's. The join itself is
 * import_join.c; the table it fills, import_fill.c.
 */
#include "import/import_impl.h"
#include "import/import_join.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <cjson/cJSON.h>

#include "io/json_util.h"
#include "table/schema.h"
#include "table/table_impl.h"

struct bosett_import *bosett_import_new(void)
{
	return calloc(1, sizeof(struct bosett_import));
}

void bosett_import_free(struct bosett_import *imp)
{
	if (!imp)
		return;
	for (size_t i = 0; i < imp->ninputs; i++)
		free(imp->inputs[i].name);
	free(imp->inputs);
	for (size_t i = 0; i < imp->nfacts; i++) {
		free(imp->facts[i].col);
		free(imp->facts[i].s);
		free(imp->facts[i].name);
		free(imp->facts[i].county);
	}
	free(imp->facts);
	free(imp->hist);
	for (size_t i = 0; i < imp->ncounties; i++)
		free(imp->counties[i].name);
	free(imp->counties);
	for (size_t i = 0; i < imp->nnames; i++)
		free(imp->names[i].name);
	free(imp->names);
	for (size_t i = 0; i < imp->nctotals; i++)
		free(imp->ctotals[i].county);
	free(imp->ctotals);
	for (size_t i = 0; i < imp->nmap; i++) {
		free(imp->mapfrom[i]);
		free(imp->mapto[i]);
	}
	free(imp->mapfrom);
	free(imp->mapto);
	free(imp->mapused);
	free(imp->keep);
	free(imp->sheet);
	for (size_t i = 0; i < imp->nwarnings; i++)
		free(imp->warnings[i]);
	free(imp->warnings);
	for (size_t i = 0; i < imp->ngroups; i++)
		free(imp->groups[i]);
	free(imp->groups);
	for (size_t i = 0; i < imp->nmeta; i++) {
		free(imp->mkeys[i]);
		free(imp->mvals[i]);
	}
	free(imp->mkeys);
	free(imp->mvals);
	for (size_t i = 0; i < imp->nanswers; i++)
		free(imp->answers[i].s);
	free(imp->answers);
	free(imp);
}

const char *bosett_import_error(const struct bosett_import *imp)
{
	return imp ? imp->err : "out of memory";
}

enum bosett_status bosett_import_set_year(struct bosett_import *imp, int year)
{
	if (year != 0 && (year < 1900 || year > 2200)) {
		bosett_err(imp->err, "year out of range: %d", year);
		return BOSETT_EUSAGE;
	}
	imp->year = year;
	return BOSETT_OK;
}

void bosett_import_set_history_default(struct bosett_import *imp, int use)
{
	imp->no_default_history = !use;
}

void bosett_import_set_strict(struct bosett_import *imp, int strict)
{
	imp->strict = strict;
}

enum bosett_status bosett_import_set_map(struct bosett_import *imp, const char *name, const void *data, size_t len)
{
	cJSON *doc = bosett_json_parse(name, data, len, imp->err);
	const cJSON *it;

	if (!doc)
		return BOSETT_EDATA;
	if (!cJSON_IsObject(doc)) {
		bosett_err(imp->err, "%s: a column map is a JSON object {\"their name\": \"bosett name\", ...}", name);
		cJSON_Delete(doc);
		return BOSETT_EDATA;
	}
	cJSON_ArrayForEach(it, doc) {
		char **f, **t;
		unsigned char *u;

		if (!cJSON_IsString(it)) {
			bosett_err(imp->err, "%s: \"%s\": the new name must be a string", name, it->string);
			cJSON_Delete(doc);
			return BOSETT_EDATA;
		}
		f = realloc(imp->mapfrom, (imp->nmap + 1) * sizeof *f);
		if (f)
			imp->mapfrom = f;
		t = realloc(imp->mapto, (imp->nmap + 1) * sizeof *t);
		if (t)
			imp->mapto = t;
		u = realloc(imp->mapused, imp->nmap + 1);
		if (u)
			imp->mapused = u;
		if (!f || !t || !u) {
			cJSON_Delete(doc);
			return BOSETT_EDATA;
		}
		imp->mapfrom[imp->nmap] = bosett_strdup(it->string);
		imp->mapto[imp->nmap] = bosett_strdup(it->valuestring);
		imp->mapused[imp->nmap] = 0;
		imp->nmap++;
	}
	cJSON_Delete(doc);
	return BOSETT_OK;
}

enum bosett_status bosett_import_set_sheet(struct bosett_import *imp, const char *sheet)
{
	char *s = sheet ? bosett_strdup(sheet) : NULL;

	if (sheet && !s) {
		bosett_err(imp->err, "out of memory");
		return BOSETT_EDATA;
	}
	free(imp->sheet);
	imp->sheet = s;
	return BOSETT_OK;
}

enum bosett_status bosett_import_set_keep_columns(struct bosett_import *imp, const char *list)
{
	struct bosett_buf b = { 0 };

	free(imp->keep);
	imp->keep = NULL;
	if (!list || !*list)
		return BOSETT_OK;
	if (bosett_buf_printf(&b, ",%s,", list) != 0) {
		bosett_err(imp->err, "out of memory");
		return BOSETT_EDATA;
	}
	imp->keep = b.data;
	return BOSETT_OK;
}

size_t bosett_import_warning_count(const struct bosett_import *imp)
{
	return imp->nwarnings;
}

const char *bosett_import_warning(const struct bosett_import *imp, size_t i)
{
	return i < imp->nwarnings ? imp->warnings[i] : NULL;
}

const char *bosett_import_input_kind(const struct bosett_import *imp, size_t i)
{
	return i < imp->ninputs ? imp->inputs[i].kind : NULL;
}

enum bosett_status bosett_import_add_mem(struct bosett_import *imp, const char *name, const void *data, size_t len,
                                         const char *kind)
{
	struct imp_input *in = realloc(imp->inputs, (imp->ninputs + 1) * sizeof *in);
	int rc;

	if (!in) {
		bosett_err(imp->err, "out of memory");
		return BOSETT_EDATA;
	}
	imp->inputs = in;
	in = &imp->inputs[imp->ninputs];
	memset(in, 0, sizeof *in);
	in->name = bosett_strdup(name);
	if (!in->name)
		return BOSETT_EDATA;
	in->bytes = len;
	bosett_sha256_hex(data, len, in->sha256);
	if (kind) {
		size_t i;

		for (i = 0; bosett_import_kind_name(i); i++)
			if (!strcmp(bosett_import_kind_name(i), kind))
				break;
		if (!bosett_import_kind_name(i)) {
			bosett_err(imp->err, "unknown kind of input: \"%s\"", kind);
			free(in->name);
			return BOSETT_EUSAGE;
		}
		kind = bosett_import_kind_name(i);
	}
	in->kind = kind;
	imp->ninputs++;
	rc = imp_read(imp, (int)imp->ninputs - 1, data, len, kind);
	return rc ? BOSETT_EDATA : BOSETT_OK;
}

enum bosett_status bosett_import_add_file(struct bosett_import *imp, const char *path, const char *kind)
{
	struct bosett_buf b = { 0 };
	const char *name;
	int rc;

	if (bosett_slurp(path, &b, &name, imp->err) != 0)
		return BOSETT_EDATA;
	rc = bosett_import_add_mem(imp, name, b.data ? b.data : "", b.len, kind);
	bosett_buf_free(&b);
	return bosett_status_of(rc);
}

/* ---- the current structure and the mapping of codes ---------------------- */

/* ---- the join ------------------------------------------------------------ */

/* ---- the crosswalk --------------------------------------------------------- */

static int cmp_hist(const void *a, const void *b)
{
	const struct imp_hist *x = a, *y = b;
	int c = strcmp(x->code, y->code);

	if (c)
		return c;
	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return strcmp(x->succ, y->succ);
}

enum bosett_status bosett_import_write_crosswalk(struct bosett_import *imp, FILE *fp)
{
	struct rowset rs = { 0 };
	struct imp_hist *h = NULL;
	int rc = BOSETT_EDATA;

	if (!imp->nhist) {
		bosett_err(imp->err, "a crosswalk needs a code history among the inputs");
		return BOSETT_EUSAGE;
	}
	if (imp_build_rows(imp, &rs) != 0) {
		bosett_err(imp->err, "out of memory");
		goto done;
	}
	h = malloc(imp->nhist * sizeof *h);
	if (!h) {
		bosett_err(imp->err, "out of memory");
		goto done;
	}
	memcpy(h, imp->hist, imp->nhist * sizeof *h);
	qsort(h, imp->nhist, sizeof *h, cmp_hist);
	fputs("municip_code,municip_name,year_start,year_end,municip_code_end,weighting\n", fp);
	for (size_t i = 0; i < imp->nhist; i++) {
		struct mapctx m;
		char name[160];
		double w[MAXDEST];

		if (i && !strcmp(h[i].code, h[i - 1].code) && h[i].start == h[i - 1].start &&
		    h[i].end == h[i - 1].end)
			continue;
		/* names may hold commas or quotes: quote them as CSV does */
		{
			size_t o = 0;

			name[o++] = '"';
			/* a name a spreadsheet would run as a formula is neutralised,
			 * as bosett-data(5) writes it */
			if (strchr("=+-@\t\r", h[i].name[0]) && h[i].name[0])
				name[o++] = '\'';
			for (const char *p = h[i].name; *p && o + 3 < sizeof name; p++) {
				if (*p == '"')
					name[o++] = '"';
				name[o++] = *p;
			}
			name[o++] = '"';
			name[o] = '\0';
		}
		if (!h[i].end) {
			fprintf(fp, "%s,%s,%d,,,\n", h[i].code, name, h[i].start);
			continue;
		}
		memset(&m, 0, sizeof m);
		m.imp = imp;
		m.rows = &rs;
		if (imp_map_code(&m, h[i].code, h[i].end, 1.0, 0, NULL) != 0 || m.n == 0) {
			imp_warn(imp, "crosswalk: %s (%d-%d) leads to no municipality of today: left out",
			         h[i].code, h[i].start, h[i].end);
			continue;
		}
		/* one row per municipality of today, shares added up */
		for (size_t k = 0; k < m.n; k++) {
			w[k] = m.d[k].w;
			for (size_t l = 0; l < k; l++)
				if (m.d[l].row == m.d[k].row && w[l] >= 0) {
					w[l] += w[k];
					w[k] = -1;
					break;
				}
		}
		for (size_t k = 0; k < m.n; k++) {
			char num[64];

			if (w[k] < 0)
				continue;
			if (m.n == 1)
				num[0] = '\0';
			else
				snprintf(num, sizeof num, "%.10g", w[k]);
			fprintf(fp, "%s,%s,%d,%d,%s,%s\n", h[i].code, name, h[i].start, h[i].end,
			        rs.codes[m.d[k].row], num);
		}
	}
	rc = ferror(fp) ? BOSETT_EDATA : BOSETT_OK;
	if (rc)
		bosett_err(imp->err, "write error");
done:
	free(rs.codes);
	free(rs.pop);
	free(h);
	return bosett_status_of(rc);
}
