/*
 * mip.c - GLPK's branch-and-bound with the regional cuts and the heuristic in
 * its callback, and reading the solution back.
 */
#include "solve/solver.h"

void solve_glpk_error_hook(void *info)
{
	struct bosett_solver *s = info;

	longjmp(s->jump, 1);
}

/* Valid inequalities of the regional limits, handed to GLPK's search as
 * cuts (the model and its --write-lp file stay as bosett(7) writes them).
 * With P the people a regional limit lets in, every member is asked for at
 * most floor(P) (x + e - floor(P) y <= 0, tighter than cap_K) and at most
 * floor(P / L) members are asked at all (sum of y <= floor(P / L)). The LP
 * relaxation without them lets a region too small for one municipality's
 * minimum ask several of them a little; with them GLPK's bound closes. */
static void region_cuts(struct bosett_solver *s, glp_tree *tree)
{
	const struct problem *p = &s->p;
	long L = solve_min_settle(p, &s->built);
	int *ind = malloc((p->n + 1) * sizeof *ind);
	double *val = malloc((p->n + 1) * sizeof *val);

	if (!ind || !val) {
		free(ind), free(val);
		longjmp(s->jump, 2);
	}
	for (size_t r = 0; r < p->nregions; r++) {
		const struct regional *rr = &p->regions[r];
		double people = rr->capacity / s->m->use[rr->res] + 1e-9;
		long most = (long)floor(people), asked, Lr = L;
		int k = 0;

		/* the smallest minimum among the members bounds how many are asked */
		for (size_t q = s->rstart[s->rid[r]]; q < s->rstart[s->rid[r] + 1]; q++)
			if (p->mu[s->rlist[q]].col_x && solve_muni_min(&p->mu[s->rlist[q]], &s->built) < Lr)
				Lr = solve_muni_min(&p->mu[s->rlist[q]], &s->built);
		asked = Lr > 0 ? (long)floor(people / (double)Lr) : 0;

		for (size_t q = s->rstart[s->rid[r]]; q < s->rstart[s->rid[r] + 1]; q++) {
			size_t i = s->rlist[q];
			const struct muni *u = &p->mu[i];

			if (!u->col_x || s->member[i * NUSE + (size_t)rr->res] != (int)r)
				continue;
			ind[++k] = u->col_y;
			val[k] = 1;
			if (most < u->cap) {
				int c[4];
				double a[4];
				int kk = 0;

				c[++kk] = u->col_x, a[kk] = 1;
				if (u->col_e)
					c[++kk] = u->col_e, a[kk] = 1;
				c[++kk] = u->col_y, a[kk] = -(double)most;
				glp_ios_add_row(tree, NULL, 0, 0, kk, c, a, GLP_UP, 0);
			}
		}
		if (Lr > 0 && asked < k)
			glp_ios_add_row(tree, NULL, 0, 0, k, ind, val, GLP_UP, (double)asked);
	}
	free(ind), free(val);
}

static void mip_callback(glp_tree *tree, void *info)
{
	struct bosett_solver *s = info;
	int reason = glp_ios_reason(tree);

	if (reason == GLP_IBINGO || reason == GLP_ISELECT)
		if (glp_ios_mip_gap(tree) < 1e100) /* DBL_MAX until an incumbent exists */
			s->gap = glp_ios_mip_gap(tree);
	/* at the root, then now and again: a node deep in the tree rounds to
	 * much the same allocation, and each rounding scans every municipality */
	if (reason == GLP_ICUTGEN && s->heur && !s->cuts_added) {
		s->cuts_added = 1;
		region_cuts(s, tree);
	}
	if (reason == GLP_IHEUR && s->heur && s->heur_calls++ % 64 == 0 &&
	    solve_heur_round(s, s->heur, glp_ios_get_prob(tree), NULL) == 0)
		glp_ios_heur_sol(tree, s->heur->sol);
}

/* Let GLPK confirm an allocation of the exact algorithms or the programme: every
 * whole number is fixed for the integer solve and the bounds are then put
 * back, so that the model written by --write-lp is the whole model. */
enum bosett_solve_status solve_confirm(struct bosett_solver *s, glp_prob *lp)
{
	struct problem *p = &s->p;
	glp_iocp parm;
	int rc, st;
	struct bnd { int col, type; double lb, ub; } *keep = malloc((p->n ? p->n : 1) * 3 * sizeof *keep);
	size_t nk = 0;

	if (!keep)
		longjmp(s->jump, 2);
	for (size_t i = 0; i < p->n; i++) {
		struct muni *u = &p->mu[i];
		int col[3] = { u->col_x, u->col_y, u->col_e };
		double fix[3] = { (double)u->x, 1, (double)u->e };

		if (!u->col_x)
			continue;
		if (u->x + u->e == 0 && glp_get_col_lb(lp, u->col_y) < 0.5)
			fix[1] = 0;
		for (int k = 0; k < 3; k++) {
			if (!col[k])
				continue;
			keep[nk] = (struct bnd){ col[k], glp_get_col_type(lp, col[k]), glp_get_col_lb(lp, col[k]),
			                         glp_get_col_ub(lp, col[k]) };
			nk++;
			glp_set_col_bnds(lp, col[k], GLP_FX, fix[k], fix[k]);
		}
	}
	glp_init_iocp(&parm);
	parm.presolve = GLP_ON;
	parm.msg_lev = GLP_MSG_OFF;
	rc = glp_intopt(lp, &parm);
	st = glp_mip_status(lp);
	for (size_t k = 0; k < nk; k++)
		glp_set_col_bnds(lp, keep[k].col, keep[k].type, keep[k].lb, keep[k].ub);
	free(keep);
	return rc == 0 && st == GLP_OPT ? BOSETT_SOLVE_OPTIMAL : BOSETT_SOLVE_NONE;
}

/* Solve a built model: BOSETT_SOLVE_OPTIMAL, _FEASIBLE (time limit with an
 * incumbent), _INFEASIBLE, or _NONE (stopped with nothing). A value model is
 * solved with the heuristic above, which needs GLPK's column numbers, so its
 * LP relaxation is solved first and the MIP presolver stays off. */
enum bosett_solve_status solve_mip(struct bosett_solver *s, glp_prob *lp)
{
	glp_iocp parm;
	int rc, st;
	int value_objective = !s->built.elastic && !s->built.max_placed;
	double root = HUGE_VAL;  /* the LP bound, when solved here */

	glp_init_iocp(&parm);
	parm.presolve = GLP_ON;
	parm.msg_lev = GLP_MSG_OFF;
	parm.cb_func = mip_callback;
	parm.cb_info = s;
	parm.mip_gap = 0;
	parm.tm_lim = solve_time_left_ms(s);
	s->gap = 0;
	s->by_blocks = 0;
	if (glp_get_num_cols(lp) == 0)
		return glp_get_num_rows(lp) && (s->p.quota > 0 || s->p.em_quota > 0) ? BOSETT_SOLVE_INFEASIBLE
		                                                                     : BOSETT_SOLVE_OPTIMAL;
	switch (bosett_exact_solve(&s->p, &s->built, NULL)) {
	case BOSETT_EXACT_OPTIMAL: return solve_confirm(s, lp);
	case BOSETT_EXACT_INFEASIBLE: return BOSETT_SOLVE_INFEASIBLE;
	case BOSETT_EXACT_NOMEM: longjmp(s->jump, 2);
	default: break; /* the dynamic programme or GLPK's search below */
	}
	if (value_objective && (s->p.nregions > 0 || s->p.em_quota > 0)) {
		enum bosett_solve_status by_blocks = solve_regional(s, 0);

		if (by_blocks == BOSETT_SOLVE_INFEASIBLE)
			return BOSETT_SOLVE_INFEASIBLE;
		if (by_blocks != BOSETT_SOLVE_NONE) {
			double gap = s->gap;

			if (solve_confirm(s, lp) != BOSETT_SOLVE_OPTIMAL)
				return BOSETT_SOLVE_NONE;
			s->gap = gap;
			s->by_blocks = 1;
			return by_blocks;
		}
	}
	if (solve_dp_applies(s)) {
		if (solve_dp_solve(s) != 0)
			return BOSETT_SOLVE_INFEASIBLE;
		return solve_confirm(s, lp);
	}
	if (value_objective && s->p.n >= HEUR_MIN_MUNIS) {
		glp_smcp sp;

		glp_init_smcp(&sp);
		sp.msg_lev = GLP_MSG_OFF;
		sp.tm_lim = solve_time_left_ms(s);
		rc = glp_simplex(lp, &sp);
		if (rc == 0 && (glp_get_status(lp) == GLP_NOFEAS || glp_get_status(lp) == GLP_INFEAS))
			return BOSETT_SOLVE_INFEASIBLE;
		if (rc != 0 || glp_get_status(lp) != GLP_OPT)
			return BOSETT_SOLVE_NONE;
		root = glp_get_obj_val(lp);
		parm.tm_lim = solve_time_left_ms(s);
		parm.presolve = GLP_OFF;
		/* mixed-integer rounding cuts close what the regional limits
		 * leave open (measured: 1,000 municipalities with regions and
		 * minors, 0.2 % gap after 20 s without, proven in 0.7 s with) */
		parm.mir_cuts = GLP_ON;
		s->heur = solve_heur_new(&s->p, glp_get_num_cols(lp));
		if (!s->heur)
			longjmp(s->jump, 2);
		s->heur_calls = 0;
		s->cuts_added = 0;
	}
	rc = glp_intopt(lp, &parm);
	solve_heur_free(s->heur);
	s->heur = NULL;
	st = glp_mip_status(lp);
	if (rc == GLP_ENOPFS || rc == GLP_ENODFS || st == GLP_NOFEAS)
		return BOSETT_SOLVE_INFEASIBLE;
	if (st == GLP_OPT && rc == 0) {
		s->gap = 0;
		return BOSETT_SOLVE_OPTIMAL;
	}
	if (st == GLP_FEAS) {
		/* stopped before the search reported a gap (still at the root):
		 * the LP bound gives one */
		if (s->gap == 0 && root != HUGE_VAL)
			s->gap = fabs(root - glp_mip_obj_val(lp)) / (fabs(glp_mip_obj_val(lp)) + 1e-12);
		return BOSETT_SOLVE_FEASIBLE;
	}
	return BOSETT_SOLVE_NONE;
}

double solve_mip_value(glp_prob *lp, int col)
{
	return col ? glp_mip_col_val(lp, col) : 0;
}

void solve_read_solution(struct problem *p, glp_prob *lp)
{
	for (size_t i = 0; i < p->n; i++) {
		struct muni *u = &p->mu[i];

		u->x = lround(solve_mip_value(lp, u->col_x));
		u->e = lround(solve_mip_value(lp, u->col_e));
	}
}

/* The objective of the current solution under a variant, over every municipality. */
double solve_total_value(const struct problem *p, const struct variant *v)
{
	double sum = 0;

	for (size_t i = 0; i < p->n; i++)
		sum += bosett_value(p->m, &p->mu[i], (double)(p->mu[i].x + p->mu[i].e), v);
	return sum;
}
