/*
 * report_json.c - the report as JSON for scripts: the same sections as
 * the documents, with numbers as JSON numbers in their canonical form
 * (never the Norwegian text style), "." and ":" kept as strings and a
 * missing value as null; keys are English whatever the language, and only
 * the "reason" texts follow --lang.
 */
#include "report/report_impl.h"

#include <string.h>
#include <time.h>

#include "io/json_util.h"

static void key(struct bosett_buf *b, int *first, const char *k)
{
	bosett_buf_adds(b, *first ? "" : ",");
	*first = 0;
	bosett_json_string(b, k);
	bosett_buf_addc(b, ':');
}

static void str(struct bosett_buf *b, int *first, const char *k, const char *v)
{
	key(b, first, k);
	if (v)
		bosett_json_string(b, v);
	else
		bosett_buf_adds(b, "null");
}

static void num(struct bosett_buf *b, int *first, const char *k, double v)
{
	char n[64];

	key(b, first, k);
	bosett_buf_adds(b, bosett_format_double(n, sizeof n, v));
}

/* A meta value: a number when it is one, else a string; absent: nothing. */
static void meta(struct bosett_report *r, struct bosett_buf *b, int *first, const char *k, const char *mk)
{
	const char *v = rpt_meta(r, mk);
	double d;

	if (!v)
		return;
	if (bosett_parse_double(v, &d) == 0)
		num(b, first, k, d);
	else
		str(b, first, k, v);
}

/* A cell: its canonical text as a number, "." / ":" as strings, null. */
static void cell(struct bosett_report *r, struct bosett_buf *b, int *first, const char *k,
                 const struct bosett_table *t, size_t row, const char *col)
{
	int c = bosett_table_icol(t, col);

	if (c < 0)
		return;
	key(b, first, k);
	switch (bosett_table_cell(t, row, (size_t)c, NULL)) {
	case BOSETT_CELL_NUMBER: bosett_buf_adds(b, bosett_table_text(t, row, (size_t)c)); break;
	case BOSETT_CELL_EMPTY: bosett_buf_adds(b, "null"); break;
	default: bosett_json_string(b, bosett_table_text(t, row, (size_t)c)); break;
	}
}

static void val(struct bosett_buf *b, int *first, const char *k, struct rpt_val v)
{
	key(b, first, k);
	if (v.kind == BOSETT_CELL_NUMBER) {
		char n[64];

		bosett_buf_adds(b, bosett_format_double(n, sizeof n, v.v));
	} else if (v.kind == BOSETT_CELL_ABSENT) {
		bosett_buf_adds(b, "\".\"");
	} else if (v.kind == BOSETT_CELL_SUPPRESSED) {
		bosett_buf_adds(b, "\":\"");
	} else {
		bosett_buf_adds(b, "null");
	}
}

static void muni(struct bosett_report *r, struct bosett_buf *b, const struct rpt_row *u)
{
	static const char *cols[] = { "population", "recommended", "recommended_em", "fair_share", "fair_gap",
	                              "cap", "requested_prev", "decided_prev", "settled_prev", "score",
	                              "limit", "shadow_price", "binding", "lon", "lat" };
	struct bosett_buf why = { 0 };
	int first = 1, marked = 0;

	bosett_buf_addc(b, '{');
	str(b, &first, "kommunenr", u->code);
	str(b, &first, "kommune", u->name);
	for (size_t k = 0; k < sizeof cols / sizeof cols[0]; k++)
		cell(r, b, &first, cols[k], r->t, u->row, cols[k]);
	rpt_reason(r, u, &why, &marked);
	if (why.len)
		str(b, &first, "reason", why.data);
	bosett_buf_free(&why);
	if (r->ncomp) {
		int f2 = 1;

		key(b, &first, "components");
		bosett_buf_addc(b, '{');
		for (size_t k = 0; k < r->ncomp; k++)
			val(b, &f2, rpt_comp_name(r, k), rpt_comp(r, u, k));
		bosett_buf_addc(b, '}');
	}
	if (r->nscen) {
		int f2 = 1;
		char q[32];

		key(b, &first, "scenarios");
		bosett_buf_addc(b, '{');
		for (size_t k = 0; k < r->nscen; k++) {
			snprintf(q, sizeof q, "%ld", r->scen_q[k]);
			val(b, &f2, q, rpt_scen(r, u, k));
		}
		bosett_buf_addc(b, '}');
	}
	if (r->has_cmp)
		val(b, &first, "compare", u->cmp);
	bosett_buf_addc(b, '}');
}

int rpt_json(struct bosett_report *r, FILE *fp)
{
	static const char *langs[] = { "en", "nb", "nn" };
	struct bosett_buf b = { 0 };
	int first = 1, f2;
	size_t nm = bosett_table_meta_count(r->t), nin = bosett_table_input_count(r->t);
	int rc;

	bosett_buf_adds(&b, "{\"bosett\":\"report\",\"version\":1");
	first = 0;
	str(&b, &first, "lang", langs[r->lang]);
	if (r->has_date) {
		char d[32];
		time_t t = (time_t)r->date;
		struct tm tm;

		if (gmtime_r(&t, &tm)) {
			snprintf(d, sizeof d, "%04d-%02d-%02d", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
			str(&b, &first, "date", d);
		}
	}
	bosett_buf_adds(&b, ",\n\"summary\":{");
	f2 = 1;
	if (r->county[0])
		str(&b, &f2, "county", r->county);
	if (r->county_name)
		str(&b, &f2, "county_name", r->county_name);
	if (rpt_year(r))
		str(&b, &f2, "planning_year", rpt_year(r));
	meta(r, &b, &f2, "year", "year");
	{
		/* the agencies whose data were used: the source line of the other formats */
		struct bosett_buf src = { 0 };

		if (rpt_sources(r, &src) > 0)
			str(&b, &f2, "sources", src.data);
		bosett_buf_free(&src);
	}
	meta(r, &b, &f2, "quota", "solve.quota");
	num(&b, &f2, "recommended", r->total_rec);
	num(&b, &f2, "asked", (double)r->nasked);
	num(&b, &f2, "municipalities", (double)r->n);
	meta(r, &b, &f2, "em_quota", "solve.em_quota");
	if (r->has_em)
		num(&b, &f2, "recommended_em", r->total_em);
	meta(r, &b, &f2, "status", "solve.status");
	meta(r, &b, &f2, "gap", "solve.gap");
	meta(r, &b, &f2, "shortfall", "solve.shortfall");
	meta(r, &b, &f2, "diagnosis", "solve.diagnosis");
	meta(r, &b, &f2, "method", "solve.method");
	meta(r, &b, &f2, "engine", "solve.engine");
	meta(r, &b, &f2, "note", "note");
	bosett_buf_adds(&b, "},\n\"municipalities\":[");
	for (size_t i = 0; i < r->n; i++) {
		bosett_buf_adds(&b, i ? ",\n" : "\n");
		muni(r, &b, &r->rows[i]);
	}
	bosett_buf_adds(&b, "\n]");
	if (rpt_meta(r, "solve.price.min_settle") || rpt_meta(r, "solve.price.continuity") ||
	    rpt_meta(r, "solve.price.fairness")) {
		bosett_buf_adds(&b, ",\n\"rule_costs\":{");
		f2 = 1;
		meta(r, &b, &f2, "min_settle", "solve.price.min_settle");
		meta(r, &b, &f2, "continuity", "solve.price.continuity");
		meta(r, &b, &f2, "fairness", "solve.price.fairness");
		bosett_buf_addc(&b, '}');
	}
	if (r->nscen) {
		bosett_buf_adds(&b, ",\n\"scenarios\":[");
		for (size_t k = 0; k < r->nscen; k++)
			bosett_buf_printf(&b, "%s%ld", k ? "," : "", r->scen_q[k]);
		bosett_buf_addc(&b, ']');
	}
	if (r->has_cmp) {
		bosett_buf_adds(&b, ",\n\"compare\":{");
		f2 = 1;
		str(&b, &f2, "label", r->other_label);
		num(&b, &f2, "total", r->total_cmp);
		bosett_buf_addc(&b, '}');
	}
	bosett_buf_adds(&b, ",\n\"provenance\":{\"meta\":{");
	f2 = 1;
	for (size_t i = 0; i < nm; i++) {
		const char *k = bosett_table_meta_key(r->t, i);

		str(&b, &f2, k, bosett_table_meta_get(r->t, k));
	}
	bosett_buf_adds(&b, "},\"inputs\":[");
	for (size_t i = 0; i < nin; i++) {
		const char *name, *sha;
		unsigned long long bytes;

		if (bosett_table_input_get(r->t, i, &name, &bytes, &sha) != 0)
			continue;
		bosett_buf_adds(&b, i ? ",\n{" : "\n{");
		f2 = 1;
		str(&b, &f2, "file", name);
		key(&b, &f2, "bytes");
		bosett_buf_printf(&b, "%llu", bytes);
		str(&b, &f2, "sha256", sha);
		bosett_buf_addc(&b, '}');
	}
	bosett_buf_adds(&b, "]}}\n");
	rc = b.data && fwrite(b.data, 1, b.len, fp) == b.len ? 0 : -1;
	bosett_buf_free(&b);
	return rc;
}
