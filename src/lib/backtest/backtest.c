/*
 * backtest.c - the models measured against IMDi's real requests
 * (bosett-backtest(1)). For each year the inputs are imported as they stood
 * the year before (bosett-import --year: last year's requested, decided and
 * settled; population and regions of today, the only ones at hand); the
 * judged year's own requested, decided and settled are taken out of the
 * table before any model sees it, and a model that names them is refused;
 * each county of that year (year_counties.c) has as its real total the sum
 * of IMDi's requests there; each model is solved per county and compared,
 * with `practice` and the two naive baselines (population share and last
 * year's requests scaled, both with the minimum), municipality by
 * municipality; a model with criteria is solved again with the criteria
 * shuffled within each county (the placebo). A ":" request (1-4 people,
 * suppressed) is left out of the comparison and of the total: its value is
 * unknown. The hard rules of every solution are checked here, apart from
 * the solver.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <bosett/bosett.h>
#include <bosett/import.h>

#include "backtest/backtest_impl.h"
#include "base/tolerance.h"
#include "solve/solve_internal.h"

#define BT_MAX_MODELS 8
#define BT_MAX_INPUTS 32
#define BT_MAX_PLACEBO 10
#define BT_MAX_METHODS (BT_MAX_MODELS * (1 + BT_MAX_PLACEBO) + 3)

/* one line of the result: sums, turned into rates when written */
struct tally {
	long n, total, tp, fp, fn, within, refused, violations, moved;
	double abserr;
	double sum_x[BOSETT_IND_MAX], sum_xv[BOSETT_IND_MAX];
};

/* The baselines, as models solved like any other: `practice` (the built-in
 * model), and the two naive keys with the minimum of 10 and no ceiling:
 * the population share, and last year's requests scaled to the total (":"
 * as 2.5, the middle of 1-4; the population share where the county asked
 * no one last year). */
static const struct {
	const char *name, *json;
} baseline[] = {
	{ "practice", NULL },
	{ "population_share", "{\"name\": \"population_share\", \"fair_exponent\": 1, \"moved_in_weight\": 0,"
	  " \"score_weight\": 0, \"max_per_1000\": 1000, \"max_times_average\": 0, \"corridor\": 0,"
	  " \"criteria_weight\": 0, \"continuity\": {\"weight\": 0}}" },
	{ "last_year_scaled", "{\"name\": \"last_year_scaled\", \"fair_exponent\": 1, \"moved_in_weight\": 0,"
	  " \"score_weight\": 0, \"fairness_weight\": 0.001, \"max_per_1000\": 1000, \"max_times_average\": 0,"
	  " \"corridor\": 0, \"criteria_weight\": 0, \"continuity\": {\"column\": \"requested_prev\","
	  " \"scale\": \"total\", \"band\": 0, \"weight\": 1}}" },
};
#define NBASE ((size_t)(sizeof baseline / sizeof baseline[0]))

struct bosett_backtest {
	char err[BOSETT_ERRMAX];
	struct bosett_buf in[BT_MAX_INPUTS];
	char *in_name[BT_MAX_INPUTS];
	size_t nin;
	const struct bosett_model *model[BT_MAX_MODELS];
	size_t nmodel;
	size_t nplacebo;         /* placebo seeds per model with criteria */
	/* the methods of a run: the models, their placebos, the baselines */
	const struct bosett_model *meth[BT_MAX_METHODS];
	struct bosett_model *own[BT_MAX_METHODS];
	size_t nmeth, nown, ipractice;
	int xw;                  /* the input that is the code crosswalk, -1 none */
	struct bosett_table *result;
	/* national MAE per year and method, for the chart */
	int *years;
	size_t nyears, cur;
	double *nat_mae;
	const char *target;      /* the column compared with: "requested" (default), "decided" or "settled" */
};

struct bosett_backtest *bosett_backtest_new(void)
{
	struct bosett_backtest *bt = calloc(1, sizeof(struct bosett_backtest));

	if (bt) {
		bt->xw = -1;
		bt->nplacebo = 3;
	}
	return bt;
}

enum bosett_status bosett_backtest_set_placebo(struct bosett_backtest *bt, size_t n)
{
	if (n > BT_MAX_PLACEBO) {
		bosett_err(bt->err, "at most %d placebo seeds", BT_MAX_PLACEBO);
		return BOSETT_EUSAGE;
	}
	bt->nplacebo = n;
	return BOSETT_OK;
}

static void free_methods(struct bosett_backtest *bt)
{
	for (size_t i = 0; i < bt->nown; i++)
		bosett_model_free(bt->own[i]);
	bt->nown = bt->nmeth = 0;
}

void bosett_backtest_free(struct bosett_backtest *bt)
{
	if (!bt)
		return;
	for (size_t i = 0; i < bt->nin; i++) {
		bosett_buf_free(&bt->in[i]);
		free(bt->in_name[i]);
	}
	free_methods(bt);
	bosett_table_free(bt->result);
	free(bt->nat_mae);
	free(bt->years);
	free(bt);
}

const char *bosett_backtest_error(const struct bosett_backtest *bt) { return bt->err; }
struct bosett_table *bosett_backtest_result(struct bosett_backtest *bt) { return bt->result; }

enum bosett_status bosett_backtest_add_input(struct bosett_backtest *bt, const char *path)
{
	const char *name;

	if (bt->nin == BT_MAX_INPUTS) {
		bosett_err(bt->err, "at most %d inputs", BT_MAX_INPUTS);
		return BOSETT_EUSAGE;
	}
	memset(&bt->in[bt->nin], 0, sizeof bt->in[0]);
	if (bosett_slurp(path, &bt->in[bt->nin], &name, bt->err) != 0)
		return BOSETT_EDATA;
	if (!(bt->in_name[bt->nin] = bosett_strdup(name))) {
		bosett_buf_free(&bt->in[bt->nin]);
		bosett_err(bt->err, "out of memory");
		return BOSETT_EDATA;
	}
	if (bt->in[bt->nin].data && bt_is_crosswalk(bt->in[bt->nin].data, bt->in[bt->nin].len))
		bt->xw = (int)bt->nin;
	bt->nin++;
	return BOSETT_OK;
}

enum bosett_status bosett_backtest_set_target(struct bosett_backtest *bt, const char *column)
{
	static const char *const cols[] = { "requested", "decided", "settled" };

	for (size_t k = 0; k < sizeof cols / sizeof cols[0]; k++)
		if (!strcmp(column, cols[k])) {
			bt->target = cols[k];
			return BOSETT_OK;
		}
	bosett_err(bt->err, "target '%s': requested, decided or settled", column);
	return BOSETT_EUSAGE;
	return BOSETT_OK;
}

enum bosett_status bosett_backtest_add_model(struct bosett_backtest *bt, const struct bosett_model *m)
{
	if (bt->nmodel == BT_MAX_MODELS) {
		bosett_err(bt->err, "at most %d models", BT_MAX_MODELS);
		return BOSETT_EUSAGE;
	}
	bt->model[bt->nmodel++] = m;
	return BOSETT_OK;
}

/* The table of a year as it stood the year before: bosett-import --year. */
static struct bosett_table *import_year(struct bosett_backtest *bt, int year)
{
	struct bosett_import *imp = bosett_import_new();
	struct bosett_table *t = bosett_table_new();
	int rc = imp && t ? BOSETT_OK : BOSETT_EDATA;

	if (rc == BOSETT_OK)
		rc = bosett_import_set_year(imp, year);
	for (size_t i = 0; i < bt->nin && rc == BOSETT_OK; i++)
		rc = bosett_import_add_mem(imp, bt->in_name[i], bt->in[i].data ? bt->in[i].data : "", bt->in[i].len,
		                           NULL);
	if (rc == BOSETT_OK)
		rc = bosett_import_run(imp, t);
	if (rc != BOSETT_OK) {
		bosett_err(bt->err, "year %d: %s", year, imp ? bosett_import_error(imp) : "out of memory");
		bosett_table_free(t);
		t = NULL;
	} else if (bosett_table_icol(t, "requested") < 0 || bosett_table_icol(t, "fylkenr") < 0 ||
	           bosett_table_icol(t, "population") < 0) {
		bosett_err(bt->err, "year %d: the inputs give no IMDi requests for the year (columns requested, "
		           "fylkenr, population)", year);
		bosett_table_free(t);
		t = NULL;
	} else {
		/* the columns alone are not requests: a year past the history
		 * gives them with no number in any row */
		size_t n = bosett_table_nrows(t), k = 0;
		double v;

		while (k < n && bosett_table_get(t, k, "requested", &v) != BOSETT_CELL_NUMBER)
			k++;
		if (k == n) {
			bosett_err(bt->err, "year %d: no municipality has an IMDi request for %d in the inputs: a year "
			           "needs IMDi's requests of that year (imdi_bosatt_anmodede_1995-2021.csv gives "
			           "1995-2021, the key figures 2024 onwards)", year, year);
			bosett_table_free(t);
			t = NULL;
		}
	}
	bosett_import_free(imp);
	return t;
}

/* The real figure: 1 and *v for a number or "." (0), 0 for ":" or none. */
static int real_of(const struct bosett_table *t, size_t row, const char *col, double *v)
{
	enum bosett_cell k = bosett_table_get(t, row, col, v);

	if (k == BOSETT_CELL_ABSENT)
		*v = 0;
	return k == BOSETT_CELL_NUMBER || k == BOSETT_CELL_ABSENT;
}

static void tally_add(struct tally *a, const struct tally *b)
{
	a->n += b->n, a->total += b->total, a->tp += b->tp, a->fp += b->fp, a->fn += b->fn;
	a->within += b->within, a->refused += b->refused, a->violations += b->violations;
	a->abserr += b->abserr, a->moved += b->moved;
	for (int k = 0; k < BOSETT_IND_MAX; k++)
		a->sum_x[k] += b->sum_x[k], a->sum_xv[k] += b->sum_xv[k];
}

/* The real requests of a year, read before the table is hidden from the
 * models: req[i] the figure, ok[i] whether it is known (":" is not). */
struct real {
	double *req;
	unsigned char *ok;
	/* the councils' decisions or what was settled, the yardstick with
	 * --against decided or settled */
	double *dec;
	unsigned char *dok;
	int against_other;
};

/* Compare an allocation x[] (rows of county c, NULL if refused) with the
 * real requests, and with practice's xp[]; sum its criteria. */
static void compare(const struct bosett_table *t, const struct real *rl, const size_t *rows, size_t n, const long *x,
                    const long *xp, struct tally *o)
{
	const double *tv = rl->against_other ? rl->dec : rl->req;
	const unsigned char *tok = rl->against_other ? rl->dok : rl->ok;

	for (size_t k = 0; k < n && x; k++) {
		double r = tv[rows[k]];

		o->moved += xp && x[k] > xp[k] ? x[k] - xp[k] : 0;
		for (int c = 0; bosett_indicator_key(c); c++) {
			double v = bosett_indicator_value(t, rows[k], c);

			if (!isnan(v) && x[k] > 0)
				o->sum_x[c] += (double)x[k], o->sum_xv[c] += (double)x[k] * v;
		}
		if (!tok[rows[k]])
			continue;
		o->n++;
		o->abserr += fabs((double)x[k] - r);
		o->tp += x[k] > 0 && r > 0;
		o->fp += x[k] > 0 && !(r > 0);
		o->fn += !(x[k] > 0) && r > 0;
		o->within += fabs((double)x[k] - r) <= 0.2 * r + BOSETT_EPS_CAPACITY;
	}
}

/* The hard rules, checked apart from the solver from the model's public
 * parameters: the total is met; each number is 0 or at least the minimum
 * (or last year's smaller request, with continuity.keep_small);
 * none is above the per-capita ceiling of bosett(7) or its own cap. */
long bosett_hard_rule_violations(const struct bosett_model *m, const struct bosett_table *t, const size_t *rows,
                                 size_t n, const long *x, long total)
{
	double L = 0, per1000 = 0, times = 0, keep = 0, lower = 0, pop_sum = 0;
	long sum = 0, bad = 0;

	bosett_model_get(m, "min_settle", &L);
	bosett_model_get(m, "max_per_1000", &per1000);
	bosett_model_get(m, "max_times_average", &times);
	bosett_model_get(m, "continuity.keep_small", &keep);
	bosett_model_get(m, "continuity.lower", &lower);
	for (size_t k = 0; k < n; k++) {
		double pop = 0;

		bosett_table_get(t, rows[k], "population", &pop);
		pop_sum += pop > 0 ? pop : 0;
	}
	for (size_t k = 0; k < n; k++) {
		double pop = 0, own, ceiling, last, min = L;

		bosett_table_get(t, rows[k], "population", &pop);
		/* keep_small: asked for fewer than the minimum last year, as few may be asked again */
		if (keep && bosett_table_get(t, rows[k], "requested_prev", &last) == BOSETT_CELL_NUMBER && last >= 1 &&
		    last < L)
			min = last;
		/* anchored on the lower of request and decision: a smaller decision too */
		if (keep && lower && bosett_table_get(t, rows[k], "decided_prev", &last) == BOSETT_CELL_NUMBER &&
		    last >= 1 && last < min)
			min = last;
		ceiling = pop * per1000 / 1000;
		if (times > 0)
			ceiling = fmax(fmax(ceiling, pop * times * (double)total / pop_sum), L);
		if (bosett_table_get(t, rows[k], "max_settle", &own) == BOSETT_CELL_NUMBER)
			ceiling = own;
		sum += x[k];
		if (x[k] < 0 || (x[k] > 0 && (double)x[k] < min) || (double)x[k] > floor(ceiling + BOSETT_EPS_FLOOR))
			bad++;
	}
	return bad + (sum != total);
}

/* Solve one county with one model; x[] gets the numbers. Returns 0, 1 if
 * refused (no allocation meets every rule), -1 on error. */
static int solve_county(struct bosett_backtest *bt, const struct bosett_model *m, const struct bosett_buf *csv,
                        const char *county, long total, size_t n, long *x)
{
	struct bosett_table *t = bosett_table_new();
	struct bosett_solver *s = bosett_solver_new(m);
	unsigned char *keep = malloc(csv->len + 1);
	int rc = -1;

	if (!t || !s || !keep) {
		bosett_err(bt->err, "out of memory");
		goto out;
	}
	if (bosett_table_read_mem(t, "backtest", csv->data, csv->len) != BOSETT_OK) {
		bosett_err(bt->err, "%s", bosett_table_error(t));
		goto out;
	}
	for (size_t i = 0; i < bosett_table_nrows(t); i++)
		keep[i] = strcmp(bosett_table_text(t, i, (size_t)bosett_table_icol(t, "fylkenr")), county) == 0;
	bosett_table_filter(t, keep);
	bosett_table_sort(t);
	bosett_solver_set_quota(s, total);
	bosett_solver_set_rule_prices(s, 0);
	bosett_solver_set_prove_reasons(s, 0); /* the numbers only: no reasons are written */
	rc = bosett_solver_run(s, t);
	if (rc == BOSETT_EINFEASIBLE) {
		rc = 1;
		goto out;
	}
	if (rc != BOSETT_OK || bosett_table_nrows(t) != n) {
		bosett_err(bt->err, "county %s, model %s: %s", county, bosett_model_name(m), bosett_solver_error(s));
		rc = -1;
		goto out;
	}
	for (size_t i = 0; i < n; i++) {
		double v = 0;

		bosett_table_get(t, i, "recommended", &v);
		x[i] = lround(v);
	}
	rc = 0;
out:
	free(keep);
	bosett_solver_free(s);
	bosett_table_free(t);
	return rc;
}

static int put(struct bosett_backtest *bt, int year, const char *county, const char *method, const struct tally *a)
{
	struct bosett_table *r = bt->result;
	long row = bosett_table_iadd_row(r);
	char y[16];
	double p = a->tp + a->fp ? (double)a->tp / (double)(a->tp + a->fp) : 1;
	double rc = a->tp + a->fn ? (double)a->tp / (double)(a->tp + a->fn) : 1;
	int bad = row < 0;

	snprintf(y, sizeof y, "%d", year);
	bad |= bosett_table_set_text(r, (size_t)row, 0, y) != 0;
	bad |= bosett_table_set_text(r, (size_t)row, 1, county) != 0;
	bad |= bosett_table_set_text(r, (size_t)row, 2, method) != 0;
	bad |= bosett_table_set_number(r, (size_t)row, 3, (double)a->n, 0) != 0;
	bad |= bosett_table_set_number(r, (size_t)row, 4, (double)a->total, 0) != 0;
	if (a->n) {
		bad |= bosett_table_set_number(r, (size_t)row, 5, a->abserr / (double)a->n, 2) != 0;
		bad |= bosett_table_set_number(r, (size_t)row, 6, p + rc > 0 ? 2 * p * rc / (p + rc) : 0, 3) != 0;
		bad |= bosett_table_set_number(r, (size_t)row, 7, (double)a->within / (double)a->n, 3) != 0;
	}
	bad |= bosett_table_set_number(r, (size_t)row, 8, (double)a->refused, 0) != 0;
	bad |= bosett_table_set_number(r, (size_t)row, 9, (double)a->violations, 0) != 0;
	if (!a->refused)
		bad |= bosett_table_set_number(r, (size_t)row, 10, (double)a->moved, 0) != 0;
	for (int k = 0; bosett_indicator_key(k); k++)
		if (a->sum_x[k] > 0)
			bad |= bosett_table_set_number(r, (size_t)row, 11 + (size_t)k, a->sum_xv[k] / a->sum_x[k], 4) != 0;
	if (bad)
		bosett_err(bt->err, "%s", bosett_table_error(r));
	return bad ? -1 : 0;
}

static int cmp_text(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Hide the judged year from the models: its requested, decided and
 * settled leave the table (their figures kept in rl for the comparison);
 * the county of each row becomes that of the year (year_counties.c). */
static int hide_year(struct bosett_backtest *bt, struct bosett_table *t, int year, struct real *rl)
{
	size_t n = bosett_table_nrows(t), nc = bosett_table_ncols(t);
	struct bosett_buf list = { 0 };
	char *county = NULL;
	int rc = 0, fcol = bosett_table_icol(t, "fylkenr");

	rl->req = malloc((n ? n : 1) * sizeof *rl->req);
	rl->ok = malloc(n ? n : 1);
	rl->dec = malloc((n ? n : 1) * sizeof *rl->dec);
	rl->dok = malloc(n ? n : 1);
	rl->against_other = bt->target && strcmp(bt->target, "requested") != 0;
	if (!rl->req || !rl->ok || !rl->dec || !rl->dok)
		return -1;
	for (size_t i = 0; i < n; i++) {
		rl->ok[i] = (unsigned char)real_of(t, i, "requested", &rl->req[i]);
		rl->dok[i] = (unsigned char)real_of(t, i, rl->against_other ? bt->target : "decided", &rl->dec[i]);
	}
	if (bt->xw >= 0 && year <= 2023) {
		if (!(county = malloc(3 * (n ? n : 1))) ||
		    bt_year_counties(bt->in[bt->xw].data, bt->in[bt->xw].len, year, t, county) != 0) {
			free(county);
			return -1;
		}
		for (size_t i = 0; i < n && rc == 0; i++)
			rc = bosett_table_set_text(t, i, (size_t)fcol, county + 3 * i) != 0 ? -1 : 0;
		free(county);
	}
	for (size_t c = 0; c < nc && rc == 0; c++) {
		const char *name = bosett_table_colname(t, c);

		if (strcmp(name, "requested") && strcmp(name, "decided") && strcmp(name, "settled"))
			rc = bosett_buf_printf(&list, "%s%s", list.len ? "," : "", name) ? -1 : 0;
	}
	if (rc == 0 && bosett_table_select(t, list.data ? list.data : "") != BOSETT_OK)
		rc = -1;
	bosett_buf_free(&list);
	return rc;
}

/* The rows of county c of the year's table (csv) as a CSV of their own. */
static int county_csv(struct bosett_backtest *bt, const struct bosett_buf *csv, const char *c, struct bosett_buf *out)
{
	struct bosett_table *t = bosett_table_new();
	unsigned char *keep = malloc(csv->len + 1);
	FILE *fp = NULL;
	int rc = -1, fcol;

	if (!t || !keep || bosett_table_read_mem(t, "backtest", csv->data, csv->len) != BOSETT_OK) {
		bosett_err(bt->err, "%s", t && keep ? bosett_table_error(t) : "out of memory");
		goto out;
	}
	fcol = bosett_table_icol(t, "fylkenr");
	for (size_t i = 0; i < bosett_table_nrows(t); i++)
		keep[i] = strcmp(bosett_table_text(t, i, (size_t)fcol), c) == 0;
	bosett_table_filter(t, keep);
	if (!(fp = open_memstream(&out->data, &out->len)) || bosett_table_write(t, fp, BOSETT_FORMAT_CSV) != BOSETT_OK) {
		bosett_err(bt->err, "%s", bosett_table_error(t));
		goto out;
	}
	rc = 0;
out:
	if (fp && fclose(fp) != 0 && rc == 0) {
		bosett_err(bt->err, "out of memory");
		rc = -1;
	}
	free(keep);
	bosett_table_free(t);
	return rc;
}

/* One county of a year: every method, practice first (the others' moves
 * are counted from it). */
static int run_county(struct bosett_backtest *bt, int year, const struct bosett_table *t, const struct real *rl,
                      const struct bosett_buf *csv, const char *county, const size_t *rows, size_t n,
                      long *x, long *xp, struct tally *nat)
{
	long total = 0;
	struct bosett_buf own = { 0 };
	int rc = -1;

	for (size_t k = 0; k < n; k++)
		total += rl->ok[rows[k]] ? lround(rl->req[rows[k]]) : 0;
	/* the county's rows alone, read once: each solve reads a few dozen rows, not the country */
	if (county_csv(bt, csv, county, &own) != 0)
		goto out;
	for (size_t j = 0; j <= bt->nmeth; j++) {
		/* j == 0 is practice; then every method but practice */
		size_t k = j == 0 ? bt->ipractice : j - 1;
		const struct bosett_model *m = bt->meth[k];
		struct tally a = { 0 };
		int refused = 0;
		long *out = j == 0 ? xp : x;

		if (j > 0 && k == bt->ipractice)
			continue;
		if (total > 0) {
			refused = solve_county(bt, m, &own, county, total, n, out);
			if (refused < 0)
				goto out;
		} else {
			memset(out, 0, n * sizeof *out);
		}
		if (!refused)
			a.violations = bosett_hard_rule_violations(m, t, rows, n, out, total);
		a.total = total;
		a.refused = refused;
		compare(t, rl, rows, n, refused ? NULL : out, j == 0 ? NULL : xp, &a);
		if (put(bt, year, county, bosett_model_name(m), &a))
			goto out;
		tally_add(&nat[k], &a);
	}
	rc = 0;
out:
	bosett_buf_free(&own);
	return rc;
}

static void real_free(struct real *rl)
{
	free(rl->req);
	free(rl->ok);
	free(rl->dec);
	free(rl->dok);
}

/* One year: every county, every model and baseline. */
static int run_year(struct bosett_backtest *bt, int year, bosett_backtest_progress_fn progress, void *ctx)
{
	size_t nm = bt->nmeth, nrows, ncounty = 0;
	struct bosett_table *t = import_year(bt, year);
	struct bosett_buf csv = { 0 };
	struct tally *nat = calloc(nm, sizeof *nat);
	struct real rl = { 0 };
	const char **county = NULL;
	size_t *rows = NULL;
	long *x = NULL, *xp = NULL;
	int rc = -1, fcol;
	FILE *fp = NULL;

	if (!t || !nat)
		goto out;
	nrows = bosett_table_nrows(t);
	fcol = bosett_table_icol(t, "fylkenr");
	county = malloc((nrows ? nrows : 1) * sizeof *county);
	rows = malloc((nrows ? nrows : 1) * sizeof *rows);
	x = malloc((nrows ? nrows : 1) * sizeof *x);
	xp = malloc((nrows ? nrows : 1) * sizeof *xp);
	if (!county || !rows || !x || !xp || hide_year(bt, t, year, &rl) != 0 ||
	    !(fp = open_memstream(&csv.data, &csv.len))) {
		bosett_err(bt->err, "out of memory");
		goto out;
	}
	if (bosett_table_write(t, fp, BOSETT_FORMAT_CSV) != BOSETT_OK || fclose(fp) != 0) {
		fp = NULL;
		bosett_err(bt->err, "year %d: %s", year, bosett_table_error(t));
		goto out;
	}
	fp = NULL;
	for (size_t i = 0; i < nrows; i++)
		county[ncounty++] = bosett_table_text(t, i, (size_t)fcol);
	qsort(county, ncounty, sizeof *county, cmp_text);
	{
		size_t o = 0;

		for (size_t i = 0; i < ncounty; i++)
			if (!o || strcmp(county[i], county[o - 1]))
				county[o++] = county[i];
		ncounty = o;
	}
	for (size_t c = 0; c < ncounty; c++) {
		size_t n = 0;

		for (size_t i = 0; i < nrows; i++)
			if (strcmp(bosett_table_text(t, i, (size_t)fcol), county[c]) == 0)
				rows[n++] = i;
		if (run_county(bt, year, t, &rl, &csv, county[c], rows, n, x, xp, nat) != 0)
			goto out;
		if (progress)
			progress(ctx, year, county[c]);
	}
	for (size_t k = 0; k < nm; k++) {
		if (put(bt, year, "00", bosett_model_name(bt->meth[k]), &nat[k]))
			goto out;
		bt->nat_mae[bt->cur * nm + k] = nat[k].n ? nat[k].abserr / (double)nat[k].n : NAN;
	}
	rc = 0;
out:
	if (fp)
		fclose(fp);
	free(csv.data);
	free(county), free(rows), free(x), free(xp), free(nat);
	real_free(&rl);
	bosett_table_free(t);
	return rc;
}

/* The methods of a run: each model, its placebos where it has criteria,
 * then the baselines. A model that names the judged year's own requested,
 * decided or settled is refused: the backtest hides them. */
static int methods(struct bosett_backtest *bt)
{
	free_methods(bt);
	for (size_t k = 0; k < bt->nmodel; k++) {
		const struct bosett_model *m = bt->model[k];

		for (size_t c = 0; bosett_model_column(m, c); c++) {
			const char *col = bosett_model_column(m, c);

			if (!strcmp(col, "requested") || !strcmp(col, "decided") || !strcmp(col, "settled")) {
				bosett_err(bt->err, "model %s: its fair_key names '%s', the judged year's own figure, which the "
				           "backtest hides from every model", bosett_model_name(m), col);
				return -1;
			}
		}
		bt->meth[bt->nmeth++] = m;
	}
	for (size_t k = 0; k < bt->nmodel; k++)
		for (size_t j = 0; j < bt->nplacebo && bosett_criteria_on(bt->model[k]); j++) {
			struct bosett_model *c = bosett_model_new();

			if (!c)
				return -1;
			*c = *bt->model[k];
			c->placebo_seed = (double)(j + 1);
			snprintf(c->name, sizeof c->name, "%.100s-placebo-%u", bosett_model_name(bt->model[k]),
			         (unsigned)(j + 1) % 100u);
			bt->meth[bt->nmeth++] = bt->own[bt->nown++] = c;
		}
	bt->ipractice = BT_MAX_METHODS;
	for (size_t k = 0; k < bt->nmodel; k++)
		if (!strcmp(bosett_model_name(bt->model[k]), "practice"))
			bt->ipractice = k;
	for (size_t b = 0; b < NBASE; b++) {
		struct bosett_model *c;

		if (b == 0 && bt->ipractice < BT_MAX_METHODS)
			continue;
		if (!(c = bosett_model_new()))
			return -1;
		bt->own[bt->nown++] = c;
		if ((b == 0 ? bosett_model_load(c, "practice")
		            : bosett_model_read_mem(c, baseline[b].name, baseline[b].json, strlen(baseline[b].json))) !=
		    BOSETT_OK) {
			bosett_err(bt->err, "%s", bosett_model_error(c));
			return -1;
		}
		if (b == 0)
			bt->ipractice = bt->nmeth;
		bt->meth[bt->nmeth++] = c;
	}
	return 0;
}

enum bosett_status bosett_backtest_run(struct bosett_backtest *bt, const int *years, size_t nyears,
                                       bosett_backtest_progress_fn progress, void *ctx)
{
	static const char *cols[] = { "year", "fylkenr", "method", "municipalities", "total", "mae", "f1", "within20",
	                              "refused", "violations", "moved_from_practice" };
	size_t nm;
	struct bosett_buf list = { 0 };
	int rc = BOSETT_OK;

	bt->err[0] = '\0';
	for (size_t k = 0; k < nyears; k++)
		if (years[k] < 1900 || years[k] > 2100 || (k && years[k] <= years[k - 1])) {
			bosett_err(bt->err, "year %d: the years must grow, from 1900 to 2100", years[k]);
			return BOSETT_EUSAGE;
		}
	if (methods(bt) != 0) {
		if (!bt->err[0])
			bosett_err(bt->err, "out of memory");
		return BOSETT_EDATA;
	}
	nm = bt->nmeth;
	bosett_table_free(bt->result);
	free(bt->nat_mae);
	free(bt->years);
	bt->result = bosett_table_new();
	bt->nat_mae = malloc((nyears ? nyears : 1) * nm * sizeof *bt->nat_mae);
	bt->years = malloc((nyears ? nyears : 1) * sizeof *bt->years);
	bt->nyears = 0;
	if (!bt->result || !bt->nat_mae || !bt->years) {
		bosett_err(bt->err, "out of memory");
		return BOSETT_EDATA;
	}
	for (size_t c = 0; c < sizeof cols / sizeof cols[0]; c++)
		if (bosett_table_iadd_col(bt->result, cols[c]) != (int)c) {
			bosett_err(bt->err, "%s", bosett_table_error(bt->result));
			return BOSETT_EDATA;
		}
	/* the allocation-weighted mean of each criterion, after the fixed columns */
	for (int k = 0; bosett_indicator_key(k); k++)
		if (bosett_table_iadd_col(bt->result, bosett_indicator_key(k)) != (int)(sizeof cols / sizeof cols[0]) + k) {
			bosett_err(bt->err, "%s", bosett_table_error(bt->result));
			return BOSETT_EDATA;
		}
	for (size_t k = 0; k < nyears && rc == BOSETT_OK; k++) {
		bt->cur = bt->nyears;
		bt->years[bt->nyears++] = years[k];
		if (run_year(bt, years[k], progress, ctx) != 0)
			rc = BOSETT_EDATA;
		if (bosett_buf_printf(&list, "%s%d", k ? "," : "", years[k]))
			rc = BOSETT_EDATA;
	}
	if (rc == BOSETT_OK)
		bosett_table_meta_set(bt->result, "backtest.years", list.data ? list.data : "");
	bosett_buf_free(&list);
	return bosett_status_of(rc);
}

/* One row per method: the mean of its national error over the years run,
 * beside practice's (bosett_backtest_summary in backtest.h). */
struct bosett_table *bosett_backtest_summary(struct bosett_backtest *bt)
{
	static const char *cols[] = { "method", "years", "mae", "practice_mae", "ratio_to_practice",
	                              "years_below_practice" };
	size_t nm = bt->nmeth, np = bt->ipractice;
	struct bosett_table *t = bosett_table_new();
	int bad = !t || !bt->nat_mae || np >= nm;

	for (size_t c = 0; !bad && c < sizeof cols / sizeof cols[0]; c++)
		bad |= bosett_table_iadd_col(t, cols[c]) != (int)c;
	for (size_t k = 0; !bad && k < nm; k++) {
		double sum = 0, psum = 0;
		size_t n = 0, below = 0;
		long row;

		for (size_t j = 0; j < bt->nyears; j++) {
			double v = bt->nat_mae[j * nm + k], p = bt->nat_mae[j * nm + np];

			if (isnan(v) || isnan(p))
				continue; /* a year the method refused, or with nothing to compare */
			sum += v, psum += p, n++;
			below += v < p;
		}
		row = bosett_table_iadd_row(t);
		bad |= row < 0;
		if (bad)
			break;
		bad |= bosett_table_set_text(t, (size_t)row, 0, bosett_model_name(bt->meth[k])) != 0;
		bad |= bosett_table_set_number(t, (size_t)row, 1, (double)n, 0) != 0;
		if (n) {
			bad |= bosett_table_set_number(t, (size_t)row, 2, sum / (double)n, 3) != 0;
			bad |= bosett_table_set_number(t, (size_t)row, 3, psum / (double)n, 3) != 0;
			if (psum > 0)
				bad |= bosett_table_set_number(t, (size_t)row, 4, sum / psum, 3) != 0;
			bad |= bosett_table_set_number(t, (size_t)row, 5, (double)below, 0) != 0;
		}
	}
	if (bad) {
		bosett_err(bt->err, "%s", t ? bosett_table_error(t) : "out of memory");
		if (!bt->nat_mae || np >= nm)
			bosett_err(bt->err, "no run to sum up");
		bosett_table_free(t);
		return NULL;
	}
	if (bt->result && bosett_table_meta_get(bt->result, "backtest.years"))
		bosett_table_meta_set(t, "backtest.years", bosett_table_meta_get(bt->result, "backtest.years"));
	return t;
}

/* The x of year j: by the year itself, so that missing years leave a gap. */
static double xpos(const struct bosett_backtest *bt, size_t j, double x0, double x1)
{
	int span = bt->years[bt->nyears - 1] - bt->years[0];

	return span > 0 ? x0 + (x1 - x0) * (double)(bt->years[j] - bt->years[0]) / (double)span : x0;
}

/* A line chart of the national MAE: one line per method, years across. */
static char *backtest_svg(const struct bosett_backtest *bt)
{
	static const char *colour[] = { "#1b6ca8", "#d1495b", "#777777", "#edae49", "#00798c", "#66a182", "#8d6a9f",
	                                 "#30343f", "#c0c0c0", "#000000" };
	const double W = 640, H = 360, l = 50, r = 170, top = 30, bottom = 40;
	size_t nm = bt->nmeth, ny = bt->nat_mae ? bt->nyears : 0;
	double ymax = 1;
	struct bosett_buf b = { 0 };
	int rc = 0;

	for (size_t i = 0; i < ny * nm; i++)
		if (!isnan(bt->nat_mae[i]) && bt->nat_mae[i] > ymax)
			ymax = bt->nat_mae[i];
	ymax = ceil(ymax / 2) * 2;
	rc |= bosett_buf_printf(&b, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" "
	                            "viewBox=\"0 0 %.0f %.0f\" font-family=\"sans-serif\" font-size=\"11\">\n",
	                        W, H, W, H);
	rc |= bosett_buf_printf(&b, "<title>Mean absolute error per municipality against IMDi's requests, %d-%d "
	                            "(Kilde: IMDi, SSB)</title>\n", ny ? bt->years[0] : 0, ny ? bt->years[ny - 1] : 0);
	rc |= bosett_buf_printf(&b, "<text x=\"%.0f\" y=\"18\" font-size=\"13\">Mean absolute error per "
	                            "municipality (people), whole country</text>\n", l);
	for (double v = 0; v <= ymax + BOSETT_EPS_ZERO; v += ymax / 4) {
		double y = top + (H - top - bottom) * (1 - v / ymax);

		rc |= bosett_buf_printf(&b, "<line x1=\"%.0f\" x2=\"%.0f\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/>"
		                            "<text x=\"%.0f\" y=\"%.1f\" text-anchor=\"end\">%g</text>\n",
		                        l, W - r, y, y, l - 4, y + 4, v);
	}
	for (size_t j = 0; j < ny; j++) {
		double x = xpos(bt, j, l, W - r);

		rc |= bosett_buf_printf(&b, "<text x=\"%.1f\" y=\"%.0f\" text-anchor=\"middle\">%d</text>\n", x,
		                        H - bottom + 16, bt->years[j]);
	}
	for (size_t k = 0; k < nm; k++) {
		const char *name = bosett_model_name(bt->meth[k]);
		int pen = 0;

		rc |= bosett_buf_printf(&b, "<path fill=\"none\" stroke=\"%s\" stroke-width=\"2\"%s d=\"",
		                        colour[k % 10], k >= bt->nmodel ? " stroke-dasharray=\"5 3\"" : "");
		for (size_t j = 0; j < ny; j++) {
			double v = bt->nat_mae[j * nm + k];
			double x = xpos(bt, j, l, W - r);

			if (j && bt->years[j] != bt->years[j - 1] + 1)
				pen = 0; /* years missing between: no line across them */
			if (isnan(v)) {
				pen = 0;
				continue;
			}
			/* a new path for each run of years: some renderers draw a dashed path across an M */
			if (!pen && j)
				rc |= bosett_buf_printf(&b, "\"/>\n<path fill=\"none\" stroke=\"%s\" stroke-width=\"2\"%s d=\"",
				                        colour[k % 10], k >= bt->nmodel ? " stroke-dasharray=\"5 3\"" : "");
			rc |= bosett_buf_printf(&b, "%s%.1f %.1f ", pen ? "L" : "M", x,
			                        top + (H - top - bottom) * (1 - v / ymax));
			pen = 1;
		}
		rc |= bosett_buf_adds(&b, "\"/>\n");
		/* a dot at every point, so that a year alone (2025) shows */
		for (size_t j = 0; j < ny; j++)
			if (!isnan(bt->nat_mae[j * nm + k]))
				rc |= bosett_buf_printf(&b, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\" fill=\"%s\"/>\n",
				                        xpos(bt, j, l, W - r),
				                        top + (H - top - bottom) * (1 - bt->nat_mae[j * nm + k] / ymax),
				                        colour[k % 10]);
		rc |= bosett_buf_printf(&b, "<line x1=\"%.0f\" x2=\"%.0f\" y1=\"%.0f\" y2=\"%.0f\" stroke=\"%s\" "
		                            "stroke-width=\"2\"/><text x=\"%.0f\" y=\"%.0f\">",
		                        W - r + 10, W - r + 30, top + 10 + 16 * (double)k, top + 10 + 16 * (double)k,
		                        colour[k % 10], W - r + 34, top + 14 + 16 * (double)k);
		for (const char *q = name; *q; q++) /* a model's name is the user's text */
			rc |= *q == '<' ? bosett_buf_adds(&b, "&lt;") : *q == '&' ? bosett_buf_adds(&b, "&amp;")
			                                              : bosett_buf_addc(&b, *q);
		rc |= bosett_buf_adds(&b, "</text>\n");
	}
	rc |= bosett_buf_adds(&b, "</svg>\n");
	if (rc) {
		bosett_buf_free(&b);
		return NULL;
	}
	return b.data;
}

enum bosett_status bosett_backtest_write_svg(struct bosett_backtest *bt, FILE *fp)
{
	char *svg = backtest_svg(bt);
	int bad = !svg || fputs(svg, fp) < 0;

	if (bad)
		bosett_err(bt->err, svg ? "write error" : "out of memory");
	free(svg);
	return bad ? BOSETT_EDATA : BOSETT_OK;
}
