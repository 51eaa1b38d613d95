/*
 * report.c - the model of the report (bosett-report(1)): reads the solved
 * table once into rows sorted by kommunenummer, notes which optional
 * columns and meta keys are there, and finds the scenario and score
 * component columns. Every section of the report is drawn from this model
 * and shown only when its data is present: nothing is filled in.
 */
#include "report/report_impl.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

struct bosett_report *bosett_report_new(const struct bosett_table *t)
{
	struct bosett_report *r = calloc(1, sizeof *r);

	if (r)
		r->t = t;
	return r;
}

static void clear_model(struct bosett_report *r)
{
	free(r->rows);
	free(r->scen_q);
	free(r->scen_col);
	free(r->comp_col);
	r->rows = NULL;
	r->scen_q = NULL;
	r->scen_col = r->comp_col = NULL;
	r->n = r->nscen = r->ncomp = 0;
}

void bosett_report_free(struct bosett_report *r)
{
	if (!r)
		return;
	clear_model(r);
	free(r->other_label);
	free(r->sender);
	free(r->contact);
	free(r->signature);
	for (int k = 0; k < RPT_NFIELDS; k++)
		free(r->field[k]);
	free(r);
}

const char *bosett_report_error(const struct bosett_report *r)
{
	return r->err;
}

void bosett_report_set_lang(struct bosett_report *r, enum bosett_lang lang)
{
	r->lang = lang;
}

void bosett_report_set_date(struct bosett_report *r, long long epoch)
{
	r->has_date = 1;
	r->date = epoch;
}

enum bosett_status bosett_report_set_compare(struct bosett_report *r, const struct bosett_table *other,
                                             const char *label)
{
	char *l = bosett_strdup(label ? label : "");

	if (!l) {
		bosett_err(r->err, "out of memory");
		return BOSETT_EDATA;
	}
	free(r->other_label);
	r->other_label = l;
	r->other = other;
	return BOSETT_OK;
}

const char *rpt_meta(const struct bosett_report *r, const char *key)
{
	const char *v = bosett_table_meta_get(r->t, key);

	return v && *v ? v : NULL;
}

static struct rpt_val get(const struct bosett_table *t, size_t row, int col)
{
	struct rpt_val c = { BOSETT_CELL_EMPTY, 0 };

	if (col >= 0)
		c.kind = bosett_table_cell(t, row, (size_t)col, &c.v);
	return c;
}

struct rpt_val rpt_comp(const struct bosett_report *r, const struct rpt_row *w, size_t k)
{
	return get(r->t, w->row, r->comp_col[k]);
}

struct rpt_val rpt_scen(const struct bosett_report *r, const struct rpt_row *w, size_t k)
{
	return get(r->t, w->row, r->scen_col[k]);
}

const char *rpt_comp_name(const struct bosett_report *r, size_t k)
{
	return bosett_table_colname(r->t, (size_t)r->comp_col[k]) + strlen("score_");
}

static int by_code(const void *a, const void *b)
{
	const struct rpt_row *x = a, *y = b;

	return strcmp(x->code, y->code);
}

static int by_quota(const void *a, const void *b)
{
	const long *x = a, *y = b;

	return *x < *y ? -1 : *x > *y;
}

/* Scenario columns: recommended_q<N> for N in solve.scenarios, or every
 * such column when the meta key is missing; sorted by N. */
static int find_scenarios(struct bosett_report *r)
{
	size_t nc = bosett_table_ncols(r->t), k = 0;
	long (*pairs)[2] = calloc(nc + 1, sizeof *pairs);

	if (!pairs)
		return -1;
	for (size_t j = 0; j < nc; j++) {
		const char *name = bosett_table_colname(r->t, j);
		long q;

		if (strncmp(name, "recommended_q", 13) == 0 && bosett_parse_long(name + 13, &q) == 0 && q >= 0) {
			pairs[k][0] = q;
			pairs[k][1] = (long)j;
			k++;
		}
	}
	qsort(pairs, k, sizeof *pairs, by_quota);
	r->scen_q = malloc((k + 1) * sizeof *r->scen_q);
	r->scen_col = malloc((k + 1) * sizeof *r->scen_col);
	if (!r->scen_q || !r->scen_col) {
		free(pairs);
		return -1;
	}
	for (size_t i = 0; i < k; i++) {
		r->scen_q[i] = pairs[i][0];
		r->scen_col[i] = (int)pairs[i][1];
	}
	r->nscen = k;
	free(pairs);
	return 0;
}

/* 1 if item is one of the comma-separated list. */
static int has_item(const char *list, const char *item)
{
	size_t len = strlen(item);

	for (const char *p = list; (p = strstr(p, item)) != NULL; p += len)
		if ((p == list || p[-1] == ',') && (p[len] == ',' || !p[len]))
			return 1;
	return 0;
}

static int find_components(struct bosett_report *r)
{
	size_t nc = bosett_table_ncols(r->t);

	r->comp_col = malloc((nc + 1) * sizeof *r->comp_col);
	if (!r->comp_col)
		return -1;
	for (size_t j = 0; j < nc; j++) {
		const char *name = bosett_table_colname(r->t, j);

		const char *nodata = bosett_table_meta_get(r->t, "score.no_data");

		/* score_imputed says what was filled in: not a component; nor is one with no data */
		if (strncmp(name, "score_", 6) != 0 || !name[6] || !strcmp(name, "score_imputed"))
			continue;
		if (nodata && has_item(nodata, name + 6))
			continue;
		r->comp_col[r->ncomp++] = (int)j;
	}
	return 0;
}

/* Which county: solve.county, else the one fylkenr all rows share. */
static void find_county(struct bosett_report *r)
{
	const char *c = rpt_meta(r, "solve.county");
	int fc = bosett_table_icol(r->t, "fylkenr"), fn = bosett_table_icol(r->t, "fylke");

	r->county[0] = '\0';
	r->county_name = NULL;
	if (!c && fc >= 0 && r->n > 0) {
		c = bosett_table_text(r->t, r->rows[0].row, (size_t)fc);
		/* one county or none: stop at the first that differs */
		for (size_t i = 1; c && i < r->n; i++)
			if (strcmp(c, bosett_table_text(r->t, r->rows[i].row, (size_t)fc)) != 0)
				c = NULL;
	}
	if (c && strlen(c) < sizeof r->county)
		memcpy(r->county, c, strlen(c) + 1);
	if (fn >= 0 && r->n > 0 && r->county[0]) {
		const char *nm = bosett_table_text(r->t, r->rows[0].row, (size_t)fn);

		if (*nm)
			r->county_name = nm;
	}
}

/* The report prints what it checked: a number of people is a whole number
 * of 0 or more, a coordinate lies on the globe. 0, or -1 with r->err. */
static int check_cell(struct bosett_report *r, const struct bosett_table *t, size_t row, int col, double lo,
                      double hi, int whole)
{
	double v;
	int kind;
	const char *why;
	char q[64];
	long line;

	if (col < 0)
		return 0;
	kind = bosett_table_cell(t, row, (size_t)col, &v);
	if (kind == BOSETT_CELL_EMPTY || kind == BOSETT_CELL_ABSENT || kind == BOSETT_CELL_SUPPRESSED)
		return 0;
	if (kind != BOSETT_CELL_NUMBER)
		why = whole ? "not a whole number" : "not a number";
	else if (whole && v != floor(v))
		why = "not a whole number";
	else if (!(v >= lo && v <= hi))
		why = whole ? "out of range (0 or more)" : "out of range";
	else
		return 0;
	line = bosett_table_row_line(t, row);
	bosett_quote(bosett_table_text(t, row, (size_t)col), strlen(bosett_table_text(t, row, (size_t)col)), q,
	             sizeof q);
	if (line > 0)
		bosett_err(r->err, "%s:%ld: column '%s': %s: \"%s\"", bosett_table_source(t), line,
		           bosett_table_colname(t, (size_t)col), bosett_msg(why), q);
	else
		bosett_err(r->err, "%s: row %zu: column '%s': %s: \"%s\"", bosett_table_source(t), row + 1,
		           bosett_table_colname(t, (size_t)col), bosett_msg(why), q);
	return -1;
}

int rpt_build(struct bosett_report *r)
{
	const struct bosett_table *t = r->t;
	static const char *prevcols[NPREV] = { "requested_prev", "decided_prev", "settled_prev" };
	int ck = bosett_table_icol(t, "kommunenr"), cn = bosett_table_icol(t, "kommune");
	int crec = bosett_table_icol(t, "recommended"), cp = bosett_table_icol(t, "population");
	int cfair = bosett_table_icol(t, "fair_share"), ccap = bosett_table_icol(t, "cap");
	int cs = bosett_table_icol(t, "score"), csh = bosett_table_icol(t, "shadow_price");
	int cg = bosett_table_icol(t, "fair_gap"), cem = bosett_table_icol(t, "recommended_em");
	int clon = bosett_table_icol(t, "lon"), clat = bosett_table_icol(t, "lat");
	int cl = bosett_table_icol(t, "limit"), cb = bosett_table_icol(t, "binding");
	int canc = bosett_table_icol(t, "anchor"), criv = bosett_table_icol(t, "rival");
	int cby = bosett_table_icol(t, "rival_by"), crule = bosett_table_icol(t, "rule");
	int cwo = bosett_table_icol(t, "without_rule"), crl = bosett_table_icol(t, "rule_limit");
	int cown = bosett_table_icol(t, "rule_own");
	int cprev[NPREV], ocol = -1, ok_other = -1;
	size_t common = 0;

	clear_model(r);
	r->err[0] = '\0';
	if (crec < 0) {
		long q; /* a scenario run: the scenario at the county's total (report_main_scenario.c) */

		crec = rpt_main_scenario(t, &q);
	}
	if (ck < 0 || crec < 0) {
		bosett_err(r->err, "%s: column '%s': missing: not an allocation from bosett-solve",
		           bosett_table_source(t), ck < 0 ? "kommunenr" : "recommended");
		return -1;
	}
	for (int k = 0; k < NPREV; k++) {
		cprev[k] = bosett_table_icol(t, prevcols[k]);
		r->has_prev[k] = cprev[k] >= 0;
	}
	r->ref_prev = r->has_prev[PREV_REQ] ? PREV_REQ : r->has_prev[PREV_DEC] ? PREV_DEC
	            : r->has_prev[PREV_SET] ? PREV_SET : -1;
	r->has_cap = ccap >= 0;
	r->has_fair = cfair >= 0;
	r->has_score = cs >= 0;
	r->has_shadow = csh >= 0;
	r->has_gap = cg >= 0;
	r->has_em = cem >= 0;
	r->has_map = clon >= 0 && clat >= 0;
	r->has_limit = cl >= 0;
	r->has_binding = cb >= 0;
	if (r->other) {
		ok_other = bosett_table_icol(r->other, "kommunenr");
		ocol = bosett_table_icol(r->other, "recommended");
		if (ocol < 0)
			ocol = bosett_table_icol(r->other, "requested");
		if (ocol < 0)
			ocol = bosett_table_icol(r->other, "decided");
		if (ok_other < 0 || ocol < 0) {
			bosett_err(r->err, "%s: column '%s': missing: nothing to compare with",
			           bosett_table_source(r->other), ok_other < 0 ? "kommunenr" : "recommended");
			return -1;
		}
		r->has_cmp = 1;
	} else {
		r->has_cmp = 0;
	}

	r->n = bosett_table_nrows(t);
	r->rows = calloc(r->n + 1, sizeof *r->rows);
	if (!r->rows) {
		bosett_err(r->err, "out of memory");
		return -1;
	}
	r->total_rec = r->total_fair = r->total_em = r->total_cmp = 0;
	r->nasked = 0;
	for (size_t i = 0; i < r->n; i++) {
		struct rpt_row *w = &r->rows[i];

		if (check_cell(r, t, i, crec, 0, 1e9, 1) || check_cell(r, t, i, cem, 0, 1e9, 1) ||
		    check_cell(r, t, i, clat, -90, 90, 0) || check_cell(r, t, i, clon, -180, 180, 0))
			return -1;
		w->row = i;
		w->code = bosett_table_text(t, i, (size_t)ck);
		w->name = cn >= 0 ? bosett_table_text(t, i, (size_t)cn) : w->code;
		if (!*w->name)
			w->name = w->code;
		w->limit = cl >= 0 ? bosett_table_text(t, i, (size_t)cl) : "";
		w->binding = cb >= 0 ? bosett_table_text(t, i, (size_t)cb) : "";
		w->rival = criv >= 0 ? bosett_table_text(t, i, (size_t)criv) : "";
		w->rival_by = cby >= 0 ? bosett_table_text(t, i, (size_t)cby) : "";
		w->flag = bosett_table_icol(t, "flag") >= 0 ? bosett_table_text(t, i, (size_t)bosett_table_icol(t, "flag")) : "";
		w->anchor = get(t, i, canc);
		w->rule = crule >= 0 ? bosett_table_text(t, i, (size_t)crule) : "";
		w->anchor_from = bosett_table_icol(t, "anchor_from") >= 0
		                         ? bosett_table_text(t, i, (size_t)bosett_table_icol(t, "anchor_from"))
		                         : "";
		w->criterion = bosett_table_icol(t, "criterion") >= 0
		                       ? bosett_table_text(t, i, (size_t)bosett_table_icol(t, "criterion"))
		                       : "";
		w->criterion_move = get(t, i, bosett_table_icol(t, "criterion_move"));
		w->without = get(t, i, cwo);
		w->rule_limit = get(t, i, crl);
		w->rule_own = get(t, i, cown);
		w->pop = get(t, i, cp);
		w->rec = get(t, i, crec);
		w->fair = get(t, i, cfair);
		w->cap = get(t, i, ccap);
		w->score = get(t, i, cs);
		w->shadow = get(t, i, csh);
		w->gap = get(t, i, cg);
		w->em = get(t, i, cem);
		w->lon = get(t, i, clon);
		w->lat = get(t, i, clat);
		for (int k = 0; k < NPREV; k++)
			w->prev[k] = get(t, i, cprev[k]);
		if (w->rec.kind == BOSETT_CELL_NUMBER) {
			r->total_rec += w->rec.v;
			r->nasked += w->rec.v > 0;
		}
		if (w->fair.kind == BOSETT_CELL_NUMBER)
			r->total_fair += w->fair.v;
		if (w->em.kind == BOSETT_CELL_NUMBER)
			r->total_em += w->em.v;
		if (r->has_cmp) {
			long orow = bosett_table_ifind(r->other, w->code);

			w->cmp.kind = BOSETT_CELL_EMPTY;
			if (orow >= 0) {
				w->cmp = get(r->other, (size_t)orow, ocol);
				common++;
			}
			if (w->cmp.kind == BOSETT_CELL_NUMBER)
				r->total_cmp += w->cmp.v;
		}
	}
	if (r->has_cmp && !common) {
		/* an empty column would look like a comparison */
		bosett_err(r->err, "%s: no municipality in common with %s: nothing to compare",
		           bosett_table_source(r->other), bosett_table_source(t));
		return -1;
	}
	qsort(r->rows, r->n, sizeof *r->rows, by_code);
	if (find_scenarios(r) != 0 || find_components(r) != 0) {
		bosett_err(r->err, "out of memory");
		return -1;
	}
	find_county(r);
	return 0;
}

enum bosett_status bosett_report_format_parse(const char *s, enum bosett_report_format *out)
{
	static const char *names[] = { "md", "html", "txt", "roff", "json", "xlsx" };

	for (int i = 0; i < (int)(sizeof names / sizeof names[0]); i++)
		if (strcmp(s, names[i]) == 0) {
			*out = (enum bosett_report_format)i;
			return BOSETT_OK;
		}
	return BOSETT_EUSAGE;
}

enum bosett_status bosett_report_lang_parse(const char *s, enum bosett_lang *out)
{
	static const char *names[] = { "en", "nb", "nn" };

	for (int i = 0; i < 3; i++)
		if (strcmp(s, names[i]) == 0) {
			*out = (enum bosett_lang)i;
			return BOSETT_OK;
		}
	return BOSETT_EUSAGE;
}

enum bosett_lang bosett_report_lang_auto(const struct bosett_table *t, const char *locale)
{
	struct bosett_report tmp;
	enum bosett_lang lang = BOSETT_LANG_EN;

	if (bosett_lang_from_locale(locale, &lang) != BOSETT_OK)
		return BOSETT_LANG_EN;
	if (lang == BOSETT_LANG_NB && t) {
		memset(&tmp, 0, sizeof tmp);
		tmp.t = t;
		if (rpt_build(&tmp) == 0 &&
		    (strcmp(tmp.county, "15") == 0 || strcmp(tmp.county, "46") == 0))
			lang = BOSETT_LANG_NN;
		clear_model(&tmp);
	}
	return lang;
}
