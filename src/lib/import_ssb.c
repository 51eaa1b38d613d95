/*
 * import_ssb.c - statistics cubes: SSB's PxWebApi JSON-stat 2.0 documents
 * (read with cJSON), and the fold of any cube (also the statbank CSV export
 * read in import_read.c) into facts per region, content and year, so that
 * a JSON-stat table and its CSV twin give the same facts.
 */
#include "import_impl.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <cjson/cJSON.h>

int imp_is_total_label(const char *s)
{
	static const char *const totals[] = {
		"total", "i alt", "alle", "both sexes", "begge kjønn", "all ages", "alle aldre",
		"sum", "totalt", "all",
	};

	for (size_t i = 0; i < sizeof totals / sizeof totals[0]; i++)
		if (!strcasecmp(s, totals[i]))
			return 1;
	return 0;
}

/* 1 if s contains w, without regard to ASCII case. */
static int strcasestr_ascii(const char *s, const char *w)
{
	size_t n = strlen(w);

	for (; *s; s++)
		if (!strncasecmp(s, w, n))
			return 1;
	return 0;
}

/* The column a content label becomes. */
static void content_col(const char *content, char *out, size_t n)
{
	static const char *const persons[] = {
		"persons", "personer", "population", "folkemengde", "befolkning", "folketal",
	};
	size_t o = 0;

	if (!content || !*content) {
		snprintf(out, n, "population");
		return;
	}
	/* SSB 11618, in English or Norwegian: the counts that make
	 * employment_rate, and the jobs located in the municipality */
	if (strstr(content, "15-74")) {
		int employed = strcasestr_ascii(content, "employed") || strcasestr_ascii(content, "sysselsatte");
		int work = strcasestr_ascii(content, "place of work") || strcasestr_ascii(content, "arbeidssted");

		if (employed && work) {
			snprintf(out, n, "jobs_located");
			return;
		}
		if (employed) {
			snprintf(out, n, "%s", IMP_EMP1574);
			return;
		}
		if (strcasestr_ascii(content, "population") || strcasestr_ascii(content, "befolkning")) {
			snprintf(out, n, "%s", IMP_POP1574);
			return;
		}
	}
	for (size_t i = 0; i < sizeof persons / sizeof persons[0]; i++)
		if (!strcasecmp(content, persons[i])) {
			snprintf(out, n, "population");
			return;
		}
	/* anything else: lower case, runs of other characters as one '_' */
	for (const unsigned char *p = (const unsigned char *)content; *p && o + 2 < n; p++) {
		if (*p >= 0x80) {
			/* whole UTF-8 characters only: a cut one is invalid text */
			size_t len = 1;

			while ((p[len] & 0xc0) == 0x80)
				len++;
			if (o + len + 1 >= n)
				break;
			memcpy(out + o, p, len);
			o += len;
			p += len - 1;
		} else if (isalnum(*p)) {
			out[o++] = (char)tolower(*p);
		} else if (o && out[o - 1] != '_') {
			out[o++] = '_';
		}
	}
	while (o && out[o - 1] == '_')
		o--;
	out[o] = '\0';
}

/* Age category: 1 inside 20-66, 0 outside, -1 a total, -2 straddles or unknown. */
static int working_age(const char *age)
{
	long lo = 0, hi;
	char *end;
	const char *p = age;

	if (imp_is_total_label(age))
		return -1;
	if (!isdigit((unsigned char)*p))
		return -2;
	lo = strtol(p, &end, 10);
	hi = lo;
	if (*end == '-') {
		if (!isdigit((unsigned char)end[1]))
			return -2;
		hi = strtol(end + 1, &end, 10);
	}
	if (strstr(end, "older") || strstr(end, "eldre") || strstr(end, "+") || strstr(end, "over"))
		hi = 200;
	if (lo >= 20 && hi <= 66)
		return 1;
	if (hi < 20 || lo > 66)
		return 0;
	return -2;
}

static int cmp_cell(const void *a, const void *b)
{
	const struct imp_cell *x = a, *y = b;
	int c = strcmp(x->code, y->code);

	if (c)
		return c;
	c = strcmp(x->content ? x->content : "", y->content ? y->content : "");
	if (c)
		return c;
	if (x->year != y->year)
		return x->year < y->year ? -1 : 1;
	return x->line < y->line ? -1 : x->line > y->line;
}

struct acc {
	double v;
	int n, supp, absent;
};

static void acc_add(struct acc *a, const struct imp_cell *c)
{
	if (c->kind == BOSETT_CELL_NUMBER) {
		a->v += c->v;
		a->n++;
	} else if (c->kind == BOSETT_CELL_SUPPRESSED) {
		a->supp = 1;
	} else if (c->kind == BOSETT_CELL_ABSENT) {
		a->absent = 1;
	}
}

static int acc_kind(const struct acc *a)
{
	if (a->supp)
		return BOSETT_CELL_SUPPRESSED;
	if (a->n)
		return BOSETT_CELL_NUMBER;
	return a->absent ? BOSETT_CELL_ABSENT : BOSETT_CELL_EMPTY;
}

int imp_cube_emit(struct bosett_import *imp, int file, struct imp_cell *cells, size_t n)
{
	size_t i = 0;

	if (!n)
		return 0;
	qsort(cells, n, sizeof *cells, cmp_cell);
	while (i < n) {
		size_t e = i;
		struct acc all = { 0 }, total = { 0 }, work = { 0 };
		int has_age = 0, has_total = 0, share_ok = 1, whole = 1;
		char col[128];

		while (e < n && !strcmp(cells[e].code, cells[i].code) &&
		       !strcmp(cells[e].content ? cells[e].content : "", cells[i].content ? cells[i].content : "") &&
		       cells[e].year == cells[i].year) {
			const struct imp_cell *c = &cells[e];

			if (c->kind == BOSETT_CELL_NUMBER && c->v != floor(c->v))
				whole = 0;
			if (c->age) {
				int w = working_age(c->age);

				has_age = 1;
				if (w == -1) {
					has_total = 1;
					acc_add(&total, c);
				} else {
					acc_add(&all, c);
					if (w == 1)
						acc_add(&work, c);
					else if (w == -2)
						share_ok = 0;
				}
			} else {
				acc_add(&all, c);
			}
			e++;
		}
		content_col(cells[i].content, col, sizeof col);
		{
			const struct acc *use = has_total ? &total : &all;

			if (acc_kind(use) != BOSETT_CELL_EMPTY &&
			    imp_fact_add_named(imp, cells[i].code, cells[i].name, cells[i].year, col, acc_kind(use),
			                       use->v, NULL, whole, file, cells[i].line) != 0)
				return BOSETT_EDATA;
		}
		if (has_age && share_ok && !strcmp(col, "population") && all.n) {
			if (imp_fact_add_named(imp, cells[i].code, cells[i].name, cells[i].year, IMP_AGE2066,
			                       acc_kind(&work), work.v, NULL, 1, file, cells[i].line) != 0 ||
			    imp_fact_add_named(imp, cells[i].code, cells[i].name, cells[i].year, IMP_AGEALL,
			                       acc_kind(&all), all.v, NULL, 1, file, cells[i].line) != 0)
				return BOSETT_EDATA;
		}
		i = e;
	}
	return 0;
}

/* ---- JSON-stat 2.0 -------------------------------------------------------- */

struct jdim {
	const char *id;
	size_t size;
	const char **codes;   /* by position */
	const char **labels;
	int role;             /* 0 other, 1 region, 2 time, 3 content, 4 age */
	long keep;            /* other dimensions: the position of the total, -1 sum */
};

static int name_is(const char *s, const char *const *names)
{
	for (; *names; names++)
		if (!strcasecmp(s, *names))
			return 1;
	return 0;
}

static int in_role(const cJSON *role, const char *key, const char *id)
{
	const cJSON *a = role ? cJSON_GetObjectItemCaseSensitive(role, key) : NULL, *it;

	cJSON_ArrayForEach(it, a)
		if (cJSON_IsString(it) && !strcmp(it->valuestring, id))
			return 1;
	return 0;
}

int imp_read_jsonstat(struct bosett_import *imp, int file, const void *docp)
{
	static const char *const region_names[] = { "region", "kommune", "kommunenummer", "geo", NULL };
	static const char *const time_names[] = { "tid", "time", "year", "år", "aar", NULL };
	static const char *const content_names[] = { "contentscode", "contents", "statistikkvariabel", NULL };
	static const char *const age_names[] = { "alder", "age", NULL };
	const cJSON *doc = docp;
	const cJSON *ids = cJSON_GetObjectItemCaseSensitive(doc, "id");
	const cJSON *size = cJSON_GetObjectItemCaseSensitive(doc, "size");
	const cJSON *dims = cJSON_GetObjectItemCaseSensitive(doc, "dimension");
	const cJSON *role = cJSON_GetObjectItemCaseSensitive(doc, "role");
	const cJSON *value = cJSON_GetObjectItemCaseSensitive(doc, "value");
	const cJSON *status = cJSON_GetObjectItemCaseSensitive(doc, "status");
	const cJSON *vit, *sit;
	const char *name = imp->inputs[file].name;
	struct jdim *d = NULL;
	struct imp_cell *cells = NULL;
	size_t nd, total = 1, nc = 0, skipped = 0;
	int rc = BOSETT_EDATA, region = -1;

	if (!cJSON_IsArray(ids) || !cJSON_IsArray(size) || !cJSON_IsObject(dims) ||
	    cJSON_GetArraySize(ids) != cJSON_GetArraySize(size) || !value) {
		bosett_err(imp->err, "%s: JSON-stat: 'id', 'size', 'dimension' and 'value' are needed", name);
		return BOSETT_EDATA;
	}
	nd = (size_t)cJSON_GetArraySize(ids);
	d = calloc(nd ? nd : 1, sizeof *d);
	if (!d)
		return BOSETT_EDATA;
	for (size_t k = 0; k < nd; k++) {
		const cJSON *id = cJSON_GetArrayItem(ids, (int)k), *sz = cJSON_GetArrayItem(size, (int)k);
		const cJSON *dim, *cat, *index, *labels, *it;
		const char *dlabel;

		if (!cJSON_IsString(id) || !cJSON_IsNumber(sz) || sz->valuedouble < 1 || sz->valuedouble > 1e6) {
			bosett_err(imp->err, "%s: JSON-stat: 'id' and 'size' must be names and counts", name);
			goto done;
		}
		d[k].id = id->valuestring;
		d[k].size = (size_t)sz->valuedouble;
		total *= d[k].size;
		if (total > 50000000) {
			bosett_err(imp->err, "%s: JSON-stat: too many cells", name);
			goto done;
		}
		dim = cJSON_GetObjectItemCaseSensitive(dims, d[k].id);
		cat = dim ? cJSON_GetObjectItemCaseSensitive(dim, "category") : NULL;
		index = cat ? cJSON_GetObjectItemCaseSensitive(cat, "index") : NULL;
		labels = cat ? cJSON_GetObjectItemCaseSensitive(cat, "label") : NULL;
		dlabel = dim && cJSON_IsString(cJSON_GetObjectItemCaseSensitive(dim, "label"))
		             ? cJSON_GetObjectItemCaseSensitive(dim, "label")->valuestring : "";
		d[k].codes = calloc(d[k].size, sizeof *d[k].codes);
		d[k].labels = calloc(d[k].size, sizeof *d[k].labels);
		if (!d[k].codes || !d[k].labels)
			goto done;
		if (!cat) {
			bosett_err(imp->err, "%s: JSON-stat: dimension '%s' has no category", name, d[k].id);
			goto done;
		}
		if (cJSON_IsArray(index)) {
			size_t pos = 0;

			cJSON_ArrayForEach(it, index) {
				if (pos < d[k].size && cJSON_IsString(it))
					d[k].codes[pos] = it->valuestring;
				pos++;
			}
		} else if (cJSON_IsObject(index)) {
			cJSON_ArrayForEach(it, index)
				if (cJSON_IsNumber(it) && it->valuedouble >= 0 && it->valuedouble < (double)d[k].size)
					d[k].codes[(size_t)it->valuedouble] = it->string;
		} else if (d[k].size == 1 && cJSON_IsObject(labels) && labels->child) {
			d[k].codes[0] = labels->child->string;
		}
		for (size_t p = 0; p < d[k].size; p++) {
			const cJSON *l;

			if (!d[k].codes[p]) {
				bosett_err(imp->err, "%s: JSON-stat: dimension '%s': category %zu has no code", name,
				           d[k].id, p);
				goto done;
			}
			l = cJSON_IsObject(labels) ? cJSON_GetObjectItemCaseSensitive(labels, d[k].codes[p]) : NULL;
			d[k].labels[p] = cJSON_IsString(l) ? l->valuestring : d[k].codes[p];
		}
		if (in_role(role, "geo", d[k].id) || name_is(d[k].id, region_names) || name_is(dlabel, region_names))
			d[k].role = 1;
		else if (in_role(role, "time", d[k].id) || name_is(d[k].id, time_names) || name_is(dlabel, time_names))
			d[k].role = 2;
		else if (in_role(role, "metric", d[k].id) || name_is(d[k].id, content_names) ||
		         name_is(dlabel, content_names))
			d[k].role = 3;
		else if (name_is(d[k].id, age_names) || name_is(dlabel, age_names))
			d[k].role = 4;
		d[k].keep = -1;
		if (d[k].role == 0)
			for (size_t p = 0; p < d[k].size; p++)
				if (imp_is_total_label(d[k].labels[p]))
					d[k].keep = (long)p;
		if (d[k].role == 1 && region < 0)
			region = (int)k;
	}
	if (region < 0) {
		bosett_err(imp->err, "%s: JSON-stat: no region dimension (role \"geo\" or id \"Region\")", name);
		goto done;
	}
	if (cJSON_IsArray(value) && (size_t)cJSON_GetArraySize(value) != total) {
		bosett_err(imp->err, "%s: JSON-stat: 'value' has %d entries, 'size' makes %zu", name,
		           cJSON_GetArraySize(value), total);
		goto done;
	}
	cells = calloc(total ? total : 1, sizeof *cells);
	if (!cells)
		goto done;
	vit = cJSON_IsArray(value) ? value->child : NULL;
	sit = cJSON_IsArray(status) ? status->child : NULL;
	for (size_t idx = 0; idx < total; idx++, vit = vit ? vit->next : NULL, sit = sit ? sit->next : NULL) {
		size_t rest = idx, pos[64];
		struct imp_cell *c = &cells[nc];
		const cJSON *v = NULL, *st = NULL;
		char key[32];
		const char *stext = NULL, *rname;
		int skip = 0;

		if (nd > 64)
			goto done;
		for (size_t k = nd; k-- > 0;) {
			pos[k] = rest % d[k].size;
			rest /= d[k].size;
		}
		memset(c, 0, sizeof *c);
		for (size_t k = 0; k < nd && !skip; k++) {
			const char *code = d[k].codes[pos[k]], *label = d[k].labels[pos[k]];

			switch (d[k].role) {
			case 1:
				if (imp_parse_code(code, c->code, NULL) != 0) {
					skip = 1;
					break;
				}
				rname = label;
				/* "3001 Halden" or "K-3001 Halden" as a label: the name after the code */
				{
					char tmp[5];
					const char *after;

					if (imp_parse_code(label, tmp, &after) == 0 && *after)
						rname = after;
				}
				c->name = rname;
				break;
			case 2: {
				long y;

				if (bosett_parse_long(code, &y) != 0 || y < 1800 || y > 2200) {
					bosett_err(imp->err, "%s: JSON-stat: dimension '%s': not a year: \"%s\"", name,
					           d[k].id, code);
					goto done;
				}
				c->year = (int)y;
				break;
			}
			case 3: c->content = label; break;
			case 4: c->age = label; break;
			default:
				if (d[k].keep >= 0 && (long)pos[k] != d[k].keep)
					skip = 1;
			}
		}
		if (skip) {
			skipped++;
			continue;
		}
		snprintf(key, sizeof key, "%zu", idx);
		if (cJSON_IsArray(value))
			v = vit;
		else if (cJSON_IsObject(value))
			v = cJSON_GetObjectItemCaseSensitive(value, key);
		if (cJSON_IsArray(status))
			st = sit;
		else if (cJSON_IsObject(status))
			st = cJSON_GetObjectItemCaseSensitive(status, key);
		else if (cJSON_IsString(status))
			st = status;
		if (cJSON_IsString(st))
			stext = st->valuestring;
		c->line = (long)idx + 1;
		if (cJSON_IsNumber(v)) {
			c->kind = BOSETT_CELL_NUMBER;
			c->v = v->valuedouble;
		} else if (!v || cJSON_IsNull(v)) {
			double dummy;

			if (!stext || imp_parse_value(stext, 0, &c->kind, &dummy) != 0 || c->kind == BOSETT_CELL_NUMBER)
				c->kind = stext && !strcmp(stext, "-") ? BOSETT_CELL_NUMBER : BOSETT_CELL_ABSENT;
		} else {
			bosett_err(imp->err, "%s: JSON-stat: value %zu: not a number or null", name, idx);
			goto done;
		}
		nc++;
	}
	if (skipped)
		imp_warn(imp, "%s: %zu cells of regions that are no municipality or of categories other than the total: not used",
		         name, skipped);
	rc = imp_cube_emit(imp, file, cells, nc);
done:
	if (d)
		for (size_t k = 0; k < nd; k++) {
			free(d[k].codes);
			free(d[k].labels);
		}
	free(d);
	free(cells);
	return rc;
}
