/*
 * solve_glpk.c - the allocation model of bosett(7), built and solved with
 * GLPK. The main decision is the formulation: each municipality's value
 * (score minus the weighted distance from its fair share and from last
 * year's number) is concave on [min_settle, cap] plus the single point 0,
 * and is written in perspective form, the convex hull of "0, or min..cap",
 * with breakpoints at whole numbers. Its LP bound is within a fraction of
 * a percent of the integer optimum, so branch-and-bound closes quickly
 * where the naive big-M form does not (../shared/DOMAIN.md, measured).
 */
#include <bosett/bosett.h>

#include <math.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glpk.h>

#include "internal.h"
#include "model_impl.h"

/* Why a municipality's cap is what it is. */
enum cap_source { CAP_OWN, CAP_PER_CAPITA, CAP_USE_FIRST };

struct muni {
	size_t row;
	const char *code;
	double pop, fair, score, prev;
	int has_prev;
	long cap;
	int cap_source;          /* enum cap_source, or CAP_USE_FIRST + use index */
	double cap_input;        /* the capacity figure behind the cap */
	long x;
	int col_x, col_y, col_w; /* GLPK columns, 0 if not in the model */
};

struct bosett_solver {
	char err[BOSETT_ERRMAX];
	const struct bosett_model *m;
	long quota;
	double time_limit;
	enum bosett_solve_status status;
	double objective, gap;
	glp_prob *lp;
	jmp_buf jump;
};

struct bosett_solver *bosett_solver_new(const struct bosett_model *m)
{
	struct bosett_solver *s = calloc(1, sizeof *s);

	if (s)
		s->m = m;
	return s;
}

void bosett_solver_free(struct bosett_solver *s)
{
	if (!s)
		return;
	if (s->lp)
		glp_delete_prob(s->lp);
	free(s);
}

const char *bosett_solver_error(const struct bosett_solver *s)
{
	return s->err;
}

void bosett_solver_set_quota(struct bosett_solver *s, long quota)
{
	s->quota = quota;
}

void bosett_solver_set_time_limit(struct bosett_solver *s, double seconds)
{
	s->time_limit = seconds;
}

enum bosett_solve_status bosett_solver_status(const struct bosett_solver *s)
{
	return s->status;
}

double bosett_solver_objective(const struct bosett_solver *s)
{
	return s->objective;
}

double bosett_solver_gap(const struct bosett_solver *s)
{
	return s->gap;
}

/* The value of asking x people of municipality u (bosett(7), VALUE). */
static double value(const struct bosett_model *m, const struct muni *u, double x)
{
	double v = m->score_weight * u->score * x - m->fairness_weight * fabs(x - u->fair);

	if (u->has_prev) {
		double out = fabs(x - u->prev) - m->continuity_band * u->prev;

		if (out > 0)
			v -= m->continuity_weight * out;
	}
	return v;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

/* Whole-number breakpoints of the value on [lo, hi]: the ends, and the
 * floor and ceiling of every kink inside. Returns how many (at most 8). */
static int breakpoints(const struct bosett_model *m, const struct muni *u, long lo, long hi, double *bp)
{
	double kinks[3];
	int nk = 0, n = 0;

	kinks[nk++] = u->fair;
	if (u->has_prev) {
		kinks[nk++] = u->prev * (1 - m->continuity_band);
		kinks[nk++] = u->prev * (1 + m->continuity_band);
	}
	bp[n++] = (double)lo;
	bp[n++] = (double)hi;
	for (int k = 0; k < nk; k++) {
		double f = floor(kinks[k]), c = ceil(kinks[k]);

		if (f > lo && f < hi)
			bp[n++] = f;
		if (c > lo && c < hi && c != f)
			bp[n++] = c;
	}
	qsort(bp, (size_t)n, sizeof *bp, cmp_double);
	{
		int o = 1;

		for (int i = 1; i < n; i++)
			if (bp[i] != bp[o - 1])
				bp[o++] = bp[i];
		n = o;
	}
	return n;
}

static void glpk_error_hook(void *info)
{
	struct bosett_solver *s = info;

	longjmp(s->jump, 1);
}

static int table_number(const struct bosett_table *t, size_t row, const char *col, double *v)
{
	return bosett_table_get(t, row, col, v) == BOSETT_CELL_NUMBER;
}

/* Read the rows into municipalities: fair share, cap and its source. */
static int load(struct bosett_solver *s, const struct bosett_table *t, struct muni *mu, size_t n)
{
	const struct bosett_model *m = s->m;
	const char *prevcol = m->continuity_column;
	double total_pop = 0;
	int kcol = bosett_table_col(t, "kommunenr");

	if (!prevcol[0])
		prevcol = bosett_table_col(t, "decided_prev") >= 0 ? "decided_prev" : "requested_prev";
	for (size_t i = 0; i < n; i++) {
		struct muni *u = &mu[i];
		double v;
		enum bosett_cell pk;

		memset(u, 0, sizeof *u);
		u->row = i;
		u->code = bosett_table_text(t, i, (size_t)kcol);
		table_number(t, i, "population", &u->pop);
		total_pop += u->pop;
		if (table_number(t, i, "score", &v))
			u->score = v;
		pk = bosett_table_get(t, i, prevcol, &v);
		if (m->continuity_weight > 0 && (pk == BOSETT_CELL_NUMBER || pk == BOSETT_CELL_ABSENT)) {
			u->has_prev = 1;
			u->prev = pk == BOSETT_CELL_NUMBER ? v : 0; /* "." : not asked last year */
		}
		if (table_number(t, i, "max_settle", &v)) {
			u->cap = (long)v;
			u->cap_source = CAP_OWN;
			u->cap_input = v;
		} else {
			u->cap = (long)floor(u->pop * m->max_per_1000 / 1000 + 1e-9);
			u->cap_source = CAP_PER_CAPITA;
			u->cap_input = u->pop;
		}
		for (int k = 0; k < NUSE; k++) {
			long c;

			if (m->use[k] <= 0 || !table_number(t, i, bosett_use_columns[k], &v))
				continue;
			c = (long)fmin(floor(v / m->use[k] + 1e-9), (double)u->cap); /* no overflow */
			if (c < u->cap) {
				u->cap = c;
				u->cap_source = CAP_USE_FIRST + k;
				u->cap_input = v;
			}
		}
	}
	if (total_pop <= 0) {
		bosett_err(s->err, "%s: the municipalities have no population to share the total by",
		           bosett_table_source(t));
		return -1;
	}
	for (size_t i = 0; i < n; i++)
		mu[i].fair = (double)s->quota * mu[i].pop / total_pop;
	return 0;
}

static int asked_possible(const struct bosett_model *m, const struct muni *u)
{
	return u->cap >= (long)m->min_settle && u->cap > 0;
}

/* Plain-words checks before the solver: the ones a person would do first. */
static int diagnose(struct bosett_solver *s, const struct muni *mu, size_t n)
{
	long sum = 0, maxcap = 0;
	size_t shut = 0;
	long L = (long)s->m->min_settle;

	for (size_t i = 0; i < n; i++) {
		if (asked_possible(s->m, &mu[i])) {
			sum += mu[i].cap;
			if (mu[i].cap > maxcap)
				maxcap = mu[i].cap;
		} else {
			shut++;
		}
	}
	if (s->quota > sum) {
		char extra[160] = "";

		if (shut)
			snprintf(extra, sizeof extra, "; %zu of the %zu municipalities have a cap below the minimum of %ld",
			         shut, n, L);
		bosett_err(s->err, "quota %ld is more than the %ld that all caps allow (short by %ld)%s",
		           s->quota, sum, s->quota - sum, extra);
		return BOSETT_EINFEASIBLE;
	}
	if (s->quota > 0 && s->quota < L) {
		bosett_err(s->err, "quota %ld is less than the minimum of %ld that any one municipality is asked for",
		           s->quota, L);
		return BOSETT_EINFEASIBLE;
	}
	return BOSETT_OK;
}

static void name_col(glp_prob *lp, int j, const char *p, const char *code)
{
	char buf[64];

	snprintf(buf, sizeof buf, "%s_%s", p, code);
	glp_set_col_name(lp, j, buf);
}

/* Build the model of bosett(7) for the municipalities that can be asked. */
static void build(struct bosett_solver *s, struct muni *mu, size_t n)
{
	const struct bosett_model *m = s->m;
	glp_prob *lp = s->lp;
	long L = (long)m->min_settle;
	int total, ind[4];
	double val[4];
	char name[64];

	glp_set_prob_name(lp, "bosett");
	glp_set_obj_name(lp, "value");
	glp_set_obj_dir(lp, GLP_MAX);
	total = glp_add_rows(lp, 1);
	glp_set_row_name(lp, total, "total");
	glp_set_row_bnds(lp, total, GLP_FX, (double)s->quota, (double)s->quota);

	for (size_t i = 0; i < n; i++) {
		struct muni *u = &mu[i];
		double bp[8], v0;
		int nb, r;

		if (!asked_possible(m, u))
			continue;
		u->col_x = glp_add_cols(lp, 3);
		u->col_y = u->col_x + 1;
		u->col_w = u->col_x + 2;
		name_col(lp, u->col_x, "x", u->code);
		name_col(lp, u->col_y, "y", u->code);
		name_col(lp, u->col_w, "w", u->code);
		glp_set_col_kind(lp, u->col_x, GLP_IV);
		glp_set_col_bnds(lp, u->col_x, GLP_DB, 0, (double)u->cap);
		glp_set_col_kind(lp, u->col_y, GLP_BV);
		if (L == 0)
			glp_set_col_bnds(lp, u->col_y, GLP_FX, 1, 1);
		glp_set_col_bnds(lp, u->col_w, GLP_FR, 0, 0);
		glp_set_obj_coef(lp, u->col_w, 1);

		/* min: x - L y >= 0 ; cap: x - cap y <= 0 */
		r = glp_add_rows(lp, 2);
		snprintf(name, sizeof name, "min_%s", u->code);
		glp_set_row_name(lp, r, name);
		ind[1] = u->col_x; val[1] = 1;
		ind[2] = u->col_y; val[2] = -(double)L;
		glp_set_mat_row(lp, r, 2, ind, val);
		glp_set_row_bnds(lp, r, GLP_LO, 0, 0);
		snprintf(name, sizeof name, "cap_%s", u->code);
		glp_set_row_name(lp, r + 1, name);
		val[2] = -(double)u->cap;
		glp_set_mat_row(lp, r + 1, 2, ind, val);
		glp_set_row_bnds(lp, r + 1, GLP_UP, 0, 0);

		/* value pieces: w - a x - (b - v0) y <= v0 */
		v0 = value(m, u, 0);
		nb = breakpoints(m, u, L > 0 ? L : 0, u->cap, bp);
		for (int k = 0; k + 1 < nb || (nb == 1 && k == 0); k++) {
			double x1 = bp[k], x2 = nb == 1 ? bp[k] : bp[k + 1];
			double y1 = value(m, u, x1), y2 = value(m, u, x2);
			double a = x2 > x1 ? (y2 - y1) / (x2 - x1) : 0, b = y1 - a * x1;

			r = glp_add_rows(lp, 1);
			snprintf(name, sizeof name, "value_%s_%d", u->code, k + 1);
			glp_set_row_name(lp, r, name);
			ind[1] = u->col_w; val[1] = 1;
			ind[2] = u->col_x; val[2] = -a;
			ind[3] = u->col_y; val[3] = -(b - v0);
			glp_set_mat_row(lp, r, 3, ind, val);
			glp_set_row_bnds(lp, r, GLP_UP, 0, v0);
		}
	}
	/* the total row, now that every x exists */
	{
		int cnt = 0, *ti = malloc((n + 1) * sizeof *ti);
		double *tv = malloc((n + 1) * sizeof *tv);

		if (ti && tv) {
			for (size_t i = 0; i < n; i++)
				if (mu[i].col_x) {
					cnt++;
					ti[cnt] = mu[i].col_x;
					tv[cnt] = 1;
				}
			glp_set_mat_row(lp, total, cnt, ti, tv);
		}
		free(ti);
		free(tv);
		if (!ti || !tv)
			longjmp(s->jump, 2);
	}
}

static void mip_callback(glp_tree *tree, void *info)
{
	struct bosett_solver *s = info;

	if (glp_ios_reason(tree) == GLP_IBINGO || glp_ios_reason(tree) == GLP_ISELECT)
		s->gap = glp_ios_mip_gap(tree);
}

/* The reason for a municipality's number, in words (bosett-solve(1), BINDING). */
static void reason(const struct bosett_model *m, const struct muni *u, char *buf, size_t n)
{
	long L = (long)m->min_settle;
	char capwhy[160];

	switch (u->cap_source) {
	case CAP_OWN:
		snprintf(capwhy, sizeof capwhy, "its own cap (max_settle %ld)", u->cap);
		break;
	case CAP_PER_CAPITA:
		snprintf(capwhy, sizeof capwhy, "the ceiling of %g per 1000 inhabitants (%ld)", m->max_per_1000, u->cap);
		break;
	default:
		snprintf(capwhy, sizeof capwhy, "%s %g at %g per person (%ld)",
		         bosett_use_columns[u->cap_source - CAP_USE_FIRST], u->cap_input,
		         m->use[u->cap_source - CAP_USE_FIRST], u->cap);
		break;
	}
	if (u->x == 0) {
		if (!asked_possible(m, u))
			snprintf(buf, n, "not asked: %s is below the minimum of %ld", capwhy, L);
		else if (u->fair < L)
			snprintf(buf, n, "not asked: fair share %.1f is below the minimum of %ld", u->fair, L);
		else
			snprintf(buf, n, "not asked: the total is placed where it fits the criteria better");
	} else if (u->x == u->cap) {
		snprintf(buf, n, "at cap: %s", capwhy);
	} else if (u->x == L && u->fair < L) {
		snprintf(buf, n, "at the minimum of %ld (fair share %.1f)", L, u->fair);
	} else if (fabs((double)u->x - u->fair) < 1) {
		snprintf(buf, n, "fair share %.1f", u->fair);
	} else if (u->has_prev && fabs((double)u->x - u->prev) <= m->continuity_band * u->prev + 1) {
		snprintf(buf, n, "%s fair share %.1f: kept near last year's %g (continuity)",
		         (double)u->x > u->fair ? "above" : "below", u->fair, u->prev);
	} else if ((double)u->x > u->fair) {
		snprintf(buf, n, "above fair share %.1f: %s", u->fair,
		         u->score > 0 ? "its score pulls it up" : "takes what others cannot");
	} else {
		snprintf(buf, n, "below fair share %.1f: %s", u->fair,
		         u->score < 0 ? "its score pulls it down" : "the total is short elsewhere");
	}
}

static int annotate(struct bosett_solver *s, struct bosett_table *t, const struct muni *mu, size_t n)
{
	int ccap = bosett_table_add_col(t, "cap");
	int cfair = bosett_table_add_col(t, "fair_share");
	int crec = bosett_table_add_col(t, "recommended");
	int cwhy = bosett_table_add_col(t, "binding");
	char buf[320];

	if (ccap < 0 || cfair < 0 || crec < 0 || cwhy < 0) {
		bosett_err(s->err, "%s", bosett_table_error(t));
		return BOSETT_EDATA;
	}
	for (size_t i = 0; i < n; i++) {
		reason(s->m, &mu[i], buf, sizeof buf);
		if (bosett_table_set_number(t, i, (size_t)ccap, (double)mu[i].cap, 0) ||
		    bosett_table_set_number(t, i, (size_t)cfair, mu[i].fair, 2) ||
		    bosett_table_set_number(t, i, (size_t)crec, (double)mu[i].x, 0) ||
		    bosett_table_set_text(t, i, (size_t)cwhy, buf)) {
			bosett_err(s->err, "%s", bosett_table_error(t));
			return BOSETT_EDATA;
		}
	}
	return BOSETT_OK;
}

int bosett_solver_run(struct bosett_solver *s, struct bosett_table *t)
{
	size_t n = bosett_table_nrows(t);
	struct muni *volatile mu = NULL;
	glp_iocp parm;
	int rc, jumped;

	s->err[0] = '\0';
	s->status = BOSETT_SOLVE_NONE;
	s->objective = s->gap = 0;
	if (s->lp) {
		glp_delete_prob(s->lp);
		s->lp = NULL;
	}
	if (s->quota < 0) {
		bosett_err(s->err, "quota %ld is negative", s->quota);
		return BOSETT_EUSAGE;
	}
	if (n == 0) {
		bosett_err(s->err, "%s: no municipalities to allocate to", bosett_table_source(t));
		return BOSETT_EDATA;
	}
	mu = calloc(n, sizeof *mu);
	if (!mu) {
		bosett_err(s->err, "out of memory");
		return BOSETT_EDATA;
	}
	if (load(s, t, mu, n) != 0) {
		free(mu);
		return BOSETT_EDATA;
	}
	rc = diagnose(s, mu, n);
	if (rc != BOSETT_OK) {
		s->status = BOSETT_SOLVE_INFEASIBLE;
		free(mu);
		return rc;
	}

	glp_term_out(GLP_OFF);
	glp_error_hook(glpk_error_hook, s);
	jumped = setjmp(s->jump);
	if (jumped) {
		/* GLPK's environment is unusable after an internal error */
		glp_error_hook(NULL, NULL);
		s->lp = NULL;
		glp_free_env();
		free(mu);
		bosett_err(s->err, jumped == 2 ? "out of memory" : "the solver failed (GLPK internal error)");
		return BOSETT_EDATA;
	}
	s->lp = glp_create_prob();
	build(s, mu, n);

	glp_init_iocp(&parm);
	parm.presolve = GLP_ON;
	parm.msg_lev = GLP_MSG_OFF;
	parm.cb_func = mip_callback;
	parm.cb_info = s;
	parm.mip_gap = 0;
	if (s->time_limit > 0)
		parm.tm_lim = (int)(s->time_limit * 1000 > 2e9 ? 2e9 : s->time_limit * 1000);
	rc = glp_intopt(s->lp, &parm);
	glp_error_hook(NULL, NULL);

	if (rc == GLP_ENOPFS || glp_mip_status(s->lp) == GLP_NOFEAS) {
		s->status = BOSETT_SOLVE_INFEASIBLE;
		bosett_err(s->err, "no allocation of 0 or %g to cap per municipality adds up to exactly %ld",
		           s->m->min_settle, s->quota);
		free(mu);
		return BOSETT_EINFEASIBLE;
	}
	if (glp_mip_status(s->lp) == GLP_OPT && rc == 0) {
		s->status = BOSETT_SOLVE_OPTIMAL;
		s->gap = 0;
	} else if (glp_mip_status(s->lp) == GLP_FEAS) {
		s->status = BOSETT_SOLVE_FEASIBLE;
	} else {
		bosett_err(s->err, rc == GLP_ETMLIM ? "time limit reached before any allocation was found"
		                                    : "the solver stopped without an allocation (GLPK code %d)", rc);
		free(mu);
		return BOSETT_EDATA;
	}
	s->objective = glp_mip_obj_val(s->lp);
	for (size_t i = 0; i < n; i++)
		mu[i].x = mu[i].col_x ? lround(glp_mip_col_val(s->lp, mu[i].col_x)) : 0;
	rc = annotate(s, t, mu, n);
	free(mu);
	return rc;
}

int bosett_solver_write_lp(struct bosett_solver *s, const char *path)
{
	if (!s->lp) {
		bosett_err(s->err, "no model to write: solve first");
		return BOSETT_EDATA;
	}
	if (glp_write_lp(s->lp, NULL, path) != 0) {
		bosett_err(s->err, "%s: cannot write the LP file", path);
		return BOSETT_EDATA;
	}
	return BOSETT_OK;
}
