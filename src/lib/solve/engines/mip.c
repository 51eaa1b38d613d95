/*
 * mip.c - the "glpk" engine (solve/dispatch.c): GLPK's branch-and-bound with
 * the regional cuts and the heuristic in its callback, the confirmation of
 * another engine's allocation, and reading the solution back.
 */
#include "solve/solver.h"
#include "search/room.h"
#include "base/tolerance.h"

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
		solve_nomem(s);
		glp_ios_terminate(tree);
		return;
	}
	for (size_t r = 0; r < p->nregions; r++) {
		const struct regional *rr = &p->regions[r];
		double people = rr->capacity / s->m->use[rr->res] + BOSETT_EPS_FLOOR;
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
	if (s->nomem)
		return;
	/* at the root, then now and again: a node deep in the tree rounds to
	 * much the same allocation, and each rounding scans every municipality */
	if (reason == GLP_ICUTGEN && s->heur && !s->cuts_added) {
		s->cuts_added = 1;
		region_cuts(s, tree);
	}
	if (reason == GLP_IHEUR && s->heur && s->heur_calls++ % 64 == 0 &&
	    solve_heur_round(s, s->heur, glp_ios_get_prob(tree), NULL) == 0)
		glp_ios_heur_sol(tree, s->heur->sol);
	if (s->nomem)
		glp_ios_terminate(tree);
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

	if (!keep) {
		solve_nomem(s);
		return BOSETT_SOLVE_NONE;
	}
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
 * LP relaxation is solved first and the MIP presolver stays off; so is
 * every model under a time limit, since GLPK's presolved root LP does not
 * look at the clock (issue 24: a 20 s limit ran 38 s there). */
int solve_mip(struct bosett_solver *s, glp_prob *lp)
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
	if (glp_get_num_cols(lp) == 0)
		return glp_get_num_rows(lp) && (s->p.quota > 0 || s->p.em_quota > 0) ? BOSETT_SOLVE_INFEASIBLE
		                                                                     : BOSETT_SOLVE_OPTIMAL;
	if ((value_objective && s->p.n >= HEUR_MIN_MUNIS) || s->deadline > 0) {
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
	}
	if (value_objective && s->p.n >= HEUR_MIN_MUNIS) {
		/* mixed-integer rounding cuts close what the regional limits
		 * leave open (measured: 1,000 municipalities with regions and
		 * minors, 0.2 % gap after 20 s without, proven in 0.7 s with) */
		parm.mir_cuts = GLP_ON;
		s->heur = solve_heur_new(&s->p, glp_get_num_cols(lp));
		if (!s->heur) {
			solve_nomem(s);
			return BOSETT_SOLVE_NONE;
		}
		s->heur_calls = 0;
		s->cuts_added = 0;
	}
	rc = glp_intopt(lp, &parm);
	solve_heur_free(s->heur);
	s->heur = NULL;
	if (s->nomem)
		return BOSETT_SOLVE_NONE;
	st = glp_mip_status(lp);
	if (rc == GLP_ENOPFS || rc == GLP_ENODFS || st == GLP_NOFEAS)
		return BOSETT_SOLVE_INFEASIBLE;
	if (st == GLP_OPT && rc == 0) {
		s->gap = 0;
		if (value_objective)
			solve_read_solution(&s->p, lp);
		return BOSETT_SOLVE_OPTIMAL;
	}
	if (st == GLP_FEAS) {
		/* stopped before the search reported a gap (still at the root):
		 * the LP bound gives one */
		if (s->gap == 0 && root != HUGE_VAL)
			s->gap = fabs(root - glp_mip_obj_val(lp)) / (fabs(glp_mip_obj_val(lp)) + BOSETT_EPS_DENOM);
		if (value_objective)
			solve_read_solution(&s->p, lp);
		return BOSETT_SOLVE_FEASIBLE;
	}
	return BOSETT_SOLVE_NONE;
}

/* The glpk engine's prices (solve/dispatch.c). Fix the yes/no choices, relax the numbers and solve the LP: shadow
 * prices of caps, regional limits, the minimum and the total. */
int solve_lp_prices(struct bosett_solver *s)
{
	struct problem *p = &s->p;
	glp_prob *lp;
	glp_smcp parm;

	lp = glp_create_prob();
	glp_copy_prob(lp, s->lp, GLP_ON);
	for (size_t i = 0; i < p->n; i++) {
		struct muni *u = &p->mu[i];
		double y;

		if (!u->col_x)
			continue;
		y = (u->x + u->e) > 0 ? 1 : 0;
		glp_set_col_bnds(lp, u->col_y, GLP_FX, y, y);
		glp_set_col_kind(lp, u->col_y, GLP_CV);
		glp_set_col_kind(lp, u->col_x, GLP_CV);
		if (u->col_e)
			glp_set_col_kind(lp, u->col_e, GLP_CV);
	}
	glp_init_smcp(&parm);
	parm.msg_lev = GLP_MSG_OFF;
	parm.presolve = GLP_OFF;
	parm.tm_lim = solve_time_left_ms(s);
	s->price_total = 0;
	if (glp_simplex(lp, &parm) == 0 && glp_get_status(lp) == GLP_OPT) {
		s->price_total = glp_get_row_dual(lp, 1);
		for (size_t r = 0; r < p->nregions; r++)
			p->regions[r].dual = glp_get_row_dual(lp, p->regions[r].row);
		for (size_t i = 0; i < p->n; i++) {
			struct muni *u = &p->mu[i];
			double d;

			u->price = 0;
			switch (u->limit) {
			case LIMIT_CAP:
				d = glp_get_row_dual(lp, u->row_cap);
				u->price = u->cap_source >= CAP_USE ? d / s->m->use[u->cap_source - CAP_USE] : d;
				break;
			case LIMIT_REGION:
				u->price = p->regions[u->region_row].dual;
				break;
			case LIMIT_MIN:
				u->price = u->row_min ? -glp_get_row_dual(lp, u->row_min) : 0;
				break;
			case LIMIT_EM:
				u->price = u->col_e ? glp_get_col_dual(lp, u->col_e) / s->m->em_use : 0;
				break;
			default:
				break;
			}
			if (fabs(u->price) < BOSETT_EPS_ZERO)
				u->price = 0;
		}
	}
	glp_delete_prob(lp);
	return 0;
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
