/*
 * model.c - the GLPK rows and columns of bosett(7): the perspective form of
 * each municipality's value, the total, the regional limits and the minors,
 * under a variant (rules dropped, elastic, or place as many as allowed).
 */
#include "solve/solver.h"
#include "base/tolerance.h"

/* a, _b and _c (when not empty) into buf, cut to n - 1 bytes: names for
 * every row and column, where snprintf was a tenth of a national solve */
static void join_name(char *buf, size_t n, const char *a, const char *b, const char *c)
{
	const char *part[3] = { a, b, c };
	size_t k = 0;

	for (int i = 0; i < 3; i++) {
		size_t len = strlen(part[i]);

		if (i && len && k + 1 < n)
			buf[k++] = '_';
		if (len > n - 1 - k)
			len = n - 1 - k;
		memcpy(buf + k, part[i], len);
		k += len;
	}
	buf[k] = '\0';
}

static void colname(glp_prob *lp, int j, const char *prefix, const char *code)
{
	char buf[64];

	join_name(buf, sizeof buf, prefix, code, "");
	glp_set_col_name(lp, j, buf);
}

/* A row named prefix, prefix_a or prefix_a_b (names safe for LP files). */
static int add_row(glp_prob *lp, const char *prefix, const char *a, const char *b)
{
	char buf[128];
	int r = glp_add_rows(lp, 1);

	join_name(buf, sizeof buf, prefix, a, b);
	for (char *q = buf; *q; q++)
		if (*q == ' ' || *q == '/' || *q == ':' || *q == '\\')
			*q = '_';
	glp_set_row_name(lp, r, buf);
	return r;
}

/* Build the model of bosett(7) under a variant. The constraint names are
 * the ones bosett(7) uses. */
/* A municipality's own rows (bosett(7), CONSTRAINTS): min_K, cap_K and,
 * in the elastic variant, ask_K. */
static void add_muni_rows(glp_prob *lp, const struct problem *p, struct muni *u, const struct variant *v, long L,
                          int has_e)
{
	int ind[5], k;
	double val[5];

	/* min_K: x + e - L y >= 0 (elastic: + smin >= 0) */
	if (L > 0) {
		k = 0;
		ind[++k] = u->col_x; val[k] = 1;
		ind[++k] = u->col_y; val[k] = -(double)L;
		if (has_e) { ind[++k] = u->col_e; val[k] = 1; }
		if (v->elastic) {
			u->col_smin = glp_add_cols(lp, 1);
			colname(lp, u->col_smin, "smin", u->code);
			glp_set_col_bnds(lp, u->col_smin, GLP_LO, 0, 0);
			glp_set_obj_coef(lp, u->col_smin, -1.01);
			ind[++k] = u->col_smin; val[k] = 1;
		}
		u->row_min = add_row(lp, "min", u->code, "");
		glp_set_mat_row(lp, u->row_min, k, ind, val);
		glp_set_row_bnds(lp, u->row_min, GLP_LO, 0, 0);
	}
	/* cap_K: x + e - U y <= 0 (elastic: - scap <= 0) */
	k = 0;
	ind[++k] = u->col_x; val[k] = 1;
	ind[++k] = u->col_y; val[k] = -(double)u->cap;
	if (has_e) { ind[++k] = u->col_e; val[k] = 1; }
	if (v->elastic) {
		u->col_scap = glp_add_cols(lp, 1);
		colname(lp, u->col_scap, "scap", u->code);
		glp_set_col_bnds(lp, u->col_scap, GLP_LO, 0, 0);
		glp_set_obj_coef(lp, u->col_scap, -1);
		ind[++k] = u->col_scap; val[k] = -1;
	}
	u->row_cap = add_row(lp, "cap", u->code, "");
	glp_set_mat_row(lp, u->row_cap, k, ind, val);
	glp_set_row_bnds(lp, u->row_cap, GLP_UP, 0, 0);
	if (v->elastic) {
		/* ask_K: x + e - (Q + Qem) y <= 0; a cap may give way, "not asked" may not */
		int ra = add_row(lp, "ask", u->code, "");

		k = 0;
		ind[++k] = u->col_x; val[k] = 1;
		ind[++k] = u->col_y; val[k] = -(double)(p->quota + p->em_quota);
		if (has_e) { ind[++k] = u->col_e; val[k] = 1; }
		glp_set_mat_row(lp, ra, k, ind, val);
		glp_set_row_bnds(lp, ra, GLP_UP, 0, 0);
	}
}

/* value_K_i (bosett(7), VALUE): the perspective form of the municipality's
 * value, one row per linear piece, and its column w. */
static void add_value_rows(glp_prob *lp, const struct bosett_model *m, struct muni *u, const struct variant *v,
                           long L, int fixed_y, int has_e)
{
	int ind[5], k, r, nb;
	double val[5], bp[BOSETT_BP_MAX], v0;

	/* value_K_i: w - a (x + e) - (b - v0) y <= v0, one per linear piece */
	u->col_w = glp_add_cols(lp, 1);
	colname(lp, u->col_w, "w", u->code);
	glp_set_col_bnds(lp, u->col_w, GLP_FR, 0, 0);
	glp_set_obj_coef(lp, u->col_w, 1);
	v0 = bosett_value(m, u, 0, v);
	nb = solve_breakpoints(m, u, v, fixed_y && L == 0 ? u->lower + u->lower_em : L, u->cap, bp);
	for (int piece = 0; piece + 1 < nb || (nb == 1 && piece == 0); piece++) {
		double x1 = bp[piece], x2 = nb == 1 ? bp[piece] : bp[piece + 1];
		double y1 = bosett_value(m, u, x1, v), y2 = bosett_value(m, u, x2, v);
		double a = x2 > x1 ? (y2 - y1) / (x2 - x1) : 0, b = y1 - a * x1, scale = 1 + fabs(y1) + fabs(y2);
		char no[16];

		/* rounding noise such as a slope of 1e-15 where the value is
		 * flat makes GLPK's simplex numerically unstable: snap it */
		if (fabs(a) < BOSETT_EPS_OBJ * scale)
			a = 0, b = y1;
		if (fabs(b - v0) < BOSETT_EPS_OBJ * (scale + fabs(v0)))
			b = v0;

		no[0] = (char)('1' + piece % 9), no[1] = '\0'; /* at most 8 pieces */
		if (piece >= 9)
			snprintf(no, sizeof no, "%d", piece + 1);
		k = 0;
		ind[++k] = u->col_w; val[k] = 1;
		ind[++k] = u->col_x; val[k] = -a;
		ind[++k] = u->col_y; val[k] = -(b - v0);
		if (has_e) { ind[++k] = u->col_e; val[k] = -a; }
		r = add_row(lp, "value", u->code, no);
		glp_set_mat_row(lp, r, k, ind, val);
		glp_set_row_bnds(lp, r, GLP_UP, 0, v0);
	}
}

glp_prob *solve_build(struct bosett_solver *s, const struct bosett_table *t, const struct variant *v)
{
	struct problem *p = &s->p;
	const struct bosett_model *m = s->m;
	glp_prob *lp = glp_create_prob();
	int total, total_em = 0, cnt, cnt_em, *ti, *te;
	double *tv, *tev;
	int value_objective = !v->elastic && !v->max_placed;

	s->built = *v;
	free(s->member);
	s->member = malloc((p->n ? p->n : 1) * NUSE * sizeof *s->member);
	if (!s->member) {
		glp_delete_prob(lp);
		solve_nomem(s);
		return NULL;
	}
	for (size_t i = 0; i < p->n * NUSE; i++)
		s->member[i] = -1;
	glp_set_prob_name(lp, "bosett");
	glp_set_obj_name(lp, v->elastic ? "violation" : v->max_placed ? "placed" : "value");
	glp_set_obj_dir(lp, GLP_MAX);
	total = add_row(lp, "total", "", "");
	if (p->em_quota > 0)
		total_em = add_row(lp, "total_em", "", "");
	ti = malloc((p->n + 1) * sizeof *ti);
	te = malloc((p->n + 1) * sizeof *te);
	tv = malloc((p->n + 1) * sizeof *tv);
	tev = malloc((p->n + 1) * sizeof *tev);
	if (!ti || !te || !tv || !tev) {
		free(ti), free(te), free(tv), free(tev);
		glp_delete_prob(lp);
		solve_nomem(s);
		return NULL;
	}
	cnt = cnt_em = 0;

	for (size_t i = 0; i < p->n; i++) {
		struct muni *u = &p->mu[i];
		int has_e = p->em_quota > 0 && u->em_ok && u->em_cap > 0;
		long L = solve_muni_min(u, v);
		int fixed_y = L == 0 || u->lower + u->lower_em > 0;

		u->col_x = u->col_y = u->col_w = u->col_e = u->col_smin = u->col_scap = 0;
		u->row_min = u->row_cap = 0;
		if (!solve_askable(p, u, v))
			continue;
		u->col_x = glp_add_cols(lp, 2);
		u->col_y = u->col_x + 1;
		colname(lp, u->col_x, "x", u->code);
		colname(lp, u->col_y, "y", u->code);
		glp_set_col_kind(lp, u->col_x, GLP_IV);
		if (v->elastic)
			glp_set_col_bnds(lp, u->col_x, GLP_LO, (double)u->lower, 0);
		else
			glp_set_col_bnds(lp, u->col_x, u->lower == u->cap ? GLP_FX : GLP_DB, (double)u->lower,
			                 (double)u->cap);
		glp_set_col_kind(lp, u->col_y, GLP_BV);
		if (fixed_y)
			glp_set_col_bnds(lp, u->col_y, GLP_FX, 1, 1);
		ti[++cnt] = u->col_x;
		tv[cnt] = 1;
		if (has_e) {
			u->col_e = glp_add_cols(lp, 1);
			colname(lp, u->col_e, "e", u->code);
			glp_set_col_kind(lp, u->col_e, GLP_IV);
			glp_set_col_bnds(lp, u->col_e, u->lower_em == u->em_cap ? GLP_FX : GLP_DB, (double)u->lower_em,
			                 (double)u->em_cap);
			te[++cnt_em] = u->col_e;
			tev[cnt_em] = 1;
		}
		if (v->max_placed) {
			glp_set_obj_coef(lp, u->col_x, 1);
			if (has_e)
				glp_set_obj_coef(lp, u->col_e, 1);
		}

		add_muni_rows(lp, p, u, v, L, has_e);

		if (!value_objective)
			continue;
		add_value_rows(lp, m, u, v, L, fixed_y, has_e);
}
	/* total: sum of x = Q; total_em: sum of e = Qem (max_placed: <=) */
	glp_set_mat_row(lp, total, cnt, ti, tv);
	glp_set_row_bnds(lp, total, v->max_placed ? GLP_UP : GLP_FX, v->max_placed ? 0 : (double)p->quota,
	                 (double)p->quota);
	if (total_em) {
		glp_set_mat_row(lp, total_em, cnt_em, te, tev);
		glp_set_row_bnds(lp, total_em, v->max_placed ? GLP_UP : GLP_FX,
		                 v->max_placed ? 0 : (double)p->em_quota, (double)p->em_quota);
	}
	/* region_R_res: sum over members of use * (x + e) <= pooled capacity */
	for (size_t r = 0; r < p->nregions; r++) {
		struct regional *rr = &p->regions[r];
		double use = m->use[rr->res];

		cnt = 0;
		for (size_t q = s->rstart[s->rid[r]]; q < s->rstart[s->rid[r] + 1]; q++) {
			size_t i = s->rlist[q];
			const struct muni *u = &p->mu[i];

			if (!u->col_x || !solve_in_regional(p, rr, u, t))
				continue;
			s->member[i * NUSE + (size_t)rr->res] = (int)r;
			ti[++cnt] = u->col_x;
			tv[cnt] = use;
			if (u->col_e) {
				ti[++cnt] = u->col_e;
				tv[cnt] = use;
			}
		}
		rr->col_slack = 0;
		if (v->elastic) {
			rr->col_slack = glp_add_cols(lp, 1);
			colname(lp, rr->col_slack, "sreg", rr->region);
			glp_set_col_bnds(lp, rr->col_slack, GLP_LO, 0, 0);
			glp_set_obj_coef(lp, rr->col_slack, -1.0 / use);
			ti[++cnt] = rr->col_slack;
			tv[cnt] = -1;
		}
		rr->row = add_row(lp, "region", rr->region, bosett_use_columns[rr->res]);
		glp_set_mat_row(lp, rr->row, cnt, ti, tv);
		glp_set_row_bnds(lp, rr->row, GLP_UP, 0, rr->capacity);
	}
	free(ti), free(te), free(tv), free(tev);
	return lp;
}
