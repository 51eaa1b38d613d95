/*
 * solver.c - the public face of the solver (include/bosett/solve.h): the
 * handle, its settings, one run from the table to the annotated table, and
 * the LP file. The units it drives each have their file in src/lib/solve/engines/, src/lib/search/ and src/lib/explain/.
 *
 * The allocation model of bosett(7), built and solved with
 * GLPK. The main decision is the formulation: each municipality's value
 * (score minus the weighted distance from its fair share and from last
 * year's number) is concave on [min_settle, cap] plus the single point 0,
 * and is written in perspective form, the convex hull of "0, or min..cap",
 * with breakpoints at whole numbers. Its LP bound is within a fraction of
 * a percent of the integer optimum, so branch-and-bound closes quickly
 * where the naive big-M form does not (../shared/DOMAIN.md, measured).
 * After the integer solve the yes/no choices are fixed and the LP solved
 * again to read shadow prices; the policy rules are priced by solving
 * without each of them; a rule set that cannot hold is diagnosed with an
 * elastic model that minimises the total violation.
 */
#include "solve/solver.h"
#include "base/glpk_call.h"

struct bosett_solver *bosett_solver_new(const struct bosett_model *m)
{
	struct bosett_solver *s = calloc(1, sizeof *s);

	if (s) {
		s->m = m;
		s->rule_prices = 1;
		s->prove = 1;
	}
	return s;
}

void bosett_solver_free(struct bosett_solver *s)
{
	if (!s)
		return;
	if (s->lp)
		glp_delete_prob(s->lp);
	solve_problem_free(&s->p);
	free(s->member);
	free(s->rstart), free(s->rlist), free(s->rid), free(s->rhash);
	free(s);
}

/* One time limit for the whole run (solves, prices, diagnoses, scenarios),
 * as glpsol's --tmlim: each GLPK call gets what is left of it, in ms. */
static void deadline_start(struct bosett_solver *s)
{
	s->deadline = s->time_limit > 0 ? glp_time() + s->time_limit * 1000 : 0;
}

const char *bosett_solver_error(const struct bosett_solver *s) { return s->err; }

void bosett_solver_set_quota(struct bosett_solver *s, long quota) { s->quota = quota; }

void bosett_solver_set_em_quota(struct bosett_solver *s, long em_quota) { s->em_quota = em_quota; }

void bosett_solver_set_time_limit(struct bosett_solver *s, double seconds) { s->time_limit = seconds; }

void bosett_solver_set_method(struct bosett_solver *s, enum bosett_method m) { s->method = m; }

void bosett_solver_set_allow_shortfall(struct bosett_solver *s, int allow) { s->allow_shortfall = allow; }

void bosett_solver_set_rule_prices(struct bosett_solver *s, int on) { s->rule_prices = on; }

void bosett_solver_set_prove_reasons(struct bosett_solver *s, int on) { s->prove = on; }

void bosett_solver_set_approximate(struct bosett_solver *s, int on) { s->approximate = on; }

enum bosett_solve_status bosett_solver_status(const struct bosett_solver *s) { return s->status; }

double bosett_solver_objective(const struct bosett_solver *s) { return s->objective; }

double bosett_solver_gap(const struct bosett_solver *s) { return s->gap; }

long bosett_solver_shortfall(const struct bosett_solver *s) { return s->shortfall; }

/* What --approximate says of the allocation (solve.approximate). */
static const char *approx_words(const struct bosett_solver *s, enum bosett_solve_status st)
{
	if (s->answered && strcmp(s->answered, "lagrangian") == 0)
		return "lagrangian bound, greedy allocation";
	if (st == BOSETT_SOLVE_OPTIMAL)
		return "exact algorithm";
	return "blocks by region, search stopped: relaxation bound";
}

/* The first line of the diagnosis when the engines find no allocation. */
static void dispatch_words(struct bosett_solver *s)
{
	bosett_err(s->diagnosis, "no allocation of 0 or %g to cap per municipality meets every rule with "
	           "a total of %ld", s->m->min_settle, s->p.quota + s->p.em_quota);
}

/* The error of a run no allocation meets, in the language of messages. The
 * diagnosis is also the output's solve.diagnosis (data) and stays English
 * on the solver; its first line is made again in the language of messages,
 * as solve_optimise made it (the checks, the regional limits, the
 * engines), and the lines under it (the elastic model's, explain/) follow
 * in English. */
static void infeasible_error(struct bosett_solver *s, const char *diag)
{
	char en[BOSETT_ERRMAX], d[BOSETT_ERRMAX], msg[BOSETT_ERRMAX];
	const char *rest;
	size_t n;

	if (bosett_messages_lang() == BOSETT_LANG_EN) {
		bosett_err(s->err, "no allocation meets every rule: %s", diag);
		return;
	}
	snprintf(d, sizeof d, "%s", diag);
	rest = strchr(d, '\n');
	memcpy(en, s->diagnosis, sizeof en);
	if (!solve_precheck(s)) {
		if ((double)(s->p.quota + s->p.em_quota) > s->held)
			solve_limits_words(s, s->p.quota + s->p.em_quota, s->held);
		else
			dispatch_words(s);
	}
	n = strcspn(s->diagnosis, "\n");
	snprintf(msg, sizeof msg, "%.*s%s", (int)n, s->diagnosis, rest ? rest : "");
	memcpy(s->diagnosis, en, sizeof en);
	bosett_err(s->err, "no allocation meets every rule: %s", msg);
}

/* The run's own solve of the built model by the engine table, read back:
 * BOSETT_OK, BOSETT_EINFEASIBLE (the diagnosis filled) or an error. */
static int optimise_dispatch(struct bosett_solver *s, const struct bosett_table *t, int explain)
{
	struct variant base = { 0 };
	enum bosett_solve_status st = solve_dispatch(s, t, &base, &s->lp, !s->approximate);

	s->engine = s->answered;
	if (s->nomem)
		return BOSETT_EDATA;
	if (st == BOSETT_SOLVE_INFEASIBLE) {
		bosett_msg_english_begin();
		dispatch_words(s);
		solve_diagnose_elastic(s, t);
		bosett_msg_english_end();
		s->status = BOSETT_SOLVE_INFEASIBLE;
		return s->nomem ? BOSETT_EDATA : BOSETT_EINFEASIBLE;
	}
	if (st == BOSETT_SOLVE_NONE) {
		if (s->approximate)
			bosett_err(s->err, "the approximate method found no allocation that keeps every rule "
			           "(solve without --approximate)");
		else
			bosett_err(s->err, s->time_limit > 0 ? "time limit reached before any allocation was found"
			                                     : "the solver stopped without an allocation");
		return BOSETT_EDATA;
	}
	s->status = st;
	if (s->approximate) {
		s->approx_how = approx_words(s, st);
		if (strcmp(s->answered, "lagrangian") != 0)
			s->objective = solve_total_value(&s->p, &s->built);
		if (explain)
			solve_classify(s);
		return s->nomem ? BOSETT_EDATA : BOSETT_OK;
	}
	s->objective = glp_mip_obj_val(s->lp);
	solve_read_solution(&s->p, s->lp);
	if (explain) {
		solve_classify(s);
		if (solve_read_prices(s, t) != 0)
			return BOSETT_EDATA;
		if (s->rule_prices)
			solve_price_rules(s, t);
	}
	return s->nomem ? BOSETT_EDATA : BOSETT_OK;
}

/* One optimisation of the loaded problem: the checks a person would make
 * first, then the engine table, then (optionally) the explanation. On
 * infeasibility fills the diagnosis. */
int solve_optimise(struct bosett_solver *s, const struct bosett_table *t, int explain)
{
	struct variant base = { 0 };

	s->diagnosis[0] = '\0';
	s->engine = NULL;
	if (s->lp) {
		glp_delete_prob(s->lp);
		s->lp = NULL;
	}
	s->held = solve_limits_hold(s, t);
	/* the diagnosis is data (solve.diagnosis): English, whatever the
	 * language of messages (infeasible_error translates the message) */
	bosett_msg_english_begin();
	if (solve_precheck(s)) {
		solve_diagnose_elastic(s, t);
		bosett_msg_english_end();
		s->status = BOSETT_SOLVE_INFEASIBLE;
		return s->nomem ? BOSETT_EDATA : BOSETT_EINFEASIBLE;
	}
	/* a total the regional limits cannot hold: from their sum, at once */
	if ((double)(s->p.quota + s->p.em_quota) > s->held) {
		solve_limits_words(s, s->p.quota + s->p.em_quota, s->held);
		bosett_msg_english_end();
		s->status = BOSETT_SOLVE_INFEASIBLE;
		return BOSETT_EINFEASIBLE;
	}
	bosett_msg_english_end();
	if (!(s->lp = solve_build(s, t, &base)))
		return BOSETT_EDATA;
	s->node_max = s->approximate ? APPROX_NODES : 0;
	return optimise_dispatch(s, t, explain);
}

/* Shortfall: place what the rules allow, report what they do not. */
int solve_optimise_shortfall(struct bosett_solver *s, const struct bosett_table *t, int explain)
{
	char diag[BOSETT_ERRMAX];
	long placed, placed_em, q = s->p.quota, qe = s->p.em_quota;
	int rc;

	memcpy(diag, s->diagnosis, sizeof diag);
	if ((double)(q + qe) > s->held && s->held >= 0) {
		/* the limits' sum is a bound: where it can be placed, it is the most */
		placed_em = qe < (long)s->held ? qe : (long)s->held;
		s->p.quota = (long)s->held - placed_em;
		s->p.em_quota = placed_em;
		rc = solve_optimise(s, t, explain);
		s->p.quota = q;
		s->p.em_quota = qe;
		if (rc == BOSETT_OK) {
			s->shortfall = (q + qe) - (long)s->held;
			s->status = BOSETT_SOLVE_SHORTFALL;
			memcpy(s->diagnosis, diag, sizeof diag);
			return BOSETT_OK;
		}
		if (rc != BOSETT_EINFEASIBLE)
			return rc;
	}
	if (solve_max_placed(s, t, &placed, &placed_em) != 0) {
		infeasible_error(s, diag);
		return BOSETT_EINFEASIBLE;
	}
	s->p.quota = placed;
	s->p.em_quota = placed_em;
	rc = solve_optimise(s, t, explain);
	s->p.quota = q;
	s->p.em_quota = qe;
	if (rc != BOSETT_OK)
		return rc;
	s->shortfall = (q + qe) - (placed + placed_em);
	s->status = BOSETT_SOLVE_SHORTFALL;
	memcpy(s->diagnosis, diag, sizeof diag);
	return BOSETT_OK;
}

int solve_start(struct bosett_solver *s, const struct bosett_table *t, struct bosett_model *bm)
{
	s->err[0] = '\0';
	s->nomem = 0;
	s->engine = NULL;
	s->status = BOSETT_SOLVE_NONE;
	deadline_start(s);
	s->objective = s->gap = 0;
	s->shortfall = 0;
	s->price_min = s->price_continuity = s->price_fairness = s->price_total = 0;
	if (s->quota < 0 || s->em_quota < 0) {
		bosett_err(s->err, "quota %ld is negative", s->quota < 0 ? s->quota : s->em_quota);
		return BOSETT_EUSAGE;
	}
	if (bosett_table_nrows(t) == 0) {
		bosett_err(s->err, "%s: no municipalities to allocate to", bosett_table_source(t));
		return BOSETT_EDATA;
	}
	if (s->method != BOSETT_METHOD_OPTIMISE) {
		const struct bosett_model *keep = s->m;
		int rc;

		solve_baseline_model(s, bm);
		s->m = bm;
		rc = solve_load(s, t);
		s->m = keep;
		s->p.m = keep;
		return rc == 0 ? BOSETT_OK : BOSETT_EDATA;
	}
	return solve_load(s, t) == 0 ? BOSETT_OK : BOSETT_EDATA;
}

/* Solve the county again under the model with one rule relaxed alone
 * (explain/prove.c says how): each municipality's number into out[]. 0,
 * or -1 when it could not be solved (then the rule proves nothing). */
static int solve_without(struct bosett_solver *s, const struct bosett_table *t, int rule, long *out)
{
	struct bosett_model *copy = malloc(sizeof *copy), bm;
	struct bosett_solver *sub;
	int rc = -1;

	if (!copy) {
		solve_nomem(s);
		return -1;
	}
	*copy = *s->m;
	solve_relax_rule(copy, rule);
	sub = bosett_solver_new(copy);
	if (!sub) {
		free(copy);
		solve_nomem(s);
		return -1;
	}
	sub->quota = s->quota;
	sub->em_quota = s->em_quota;
	sub->rule_prices = 0;
	/* the same table: its criteria index once, not once per rule */
	sub->crit_shared = s->p.crit_x ? s->p.crit_x : s->p.crit_shared;
	if (solve_start(sub, t, &bm) == BOSETT_OK && sub->p.n == s->p.n) {
		sub->deadline = s->deadline; /* one time limit for the whole run */
		/* inside the run's GLPK guard (bosett_solver_run) */
		/* only a proven optimum proves: a time-limited answer is no counterfactual */
		if (solve_optimise(sub, t, 0) == BOSETT_OK && sub->status == BOSETT_SOLVE_OPTIMAL) {
			for (size_t i = 0; i < s->p.n; i++)
				out[i] = sub->p.mu[i].x + sub->p.mu[i].e;
			rc = 0;
		}
	}
	if (sub->nomem)
		solve_nomem(s);
	bosett_solver_free(sub);
	free(copy);
	return rc;
}

/* Each reason proven by its counterfactual (bosett(7), EXPLANATION): one
 * solve per rule in force, on an optimal allocation of the whole total. */
static void solve_prove_reasons(struct bosett_solver *s, const struct bosett_table *t)
{
	struct problem *p = &s->p;
	long *cf[NRULES] = { 0 };
	int proved = s->prove && s->method == BOSETT_METHOD_OPTIMISE && !s->approximate &&
	             s->status == BOSETT_SOLVE_OPTIMAL;

	for (int r = 0; proved && r < NRULES; r++) {
		if (!solve_rule_on(p, r))
			continue;
		cf[r] = malloc((p->n ? p->n : 1) * sizeof *cf[r]);
		if (!cf[r] || solve_without(s, t, r, cf[r]) != 0) {
			free(cf[r]);
			cf[r] = NULL;
		}
	}
	solve_decide_reasons(p, cf, proved);
	for (int r = 0; r < NRULES; r++)
		free(cf[r]);
}

struct run {
	struct bosett_solver *s;
	struct bosett_table *t;
};

/* The optimisation and, when the rules cannot hold, the shortfall, inside
 * GLPK's guard (base/glpk_call.c). */
static int run_optimise(void *arg)
{
	struct run *r = arg;
	int rc = solve_optimise(r->s, r->t, 1);

	if (rc == BOSETT_EINFEASIBLE && r->s->allow_shortfall)
		rc = solve_optimise_shortfall(r->s, r->t, 1);
	if (rc == BOSETT_OK)
		solve_prove_reasons(r->s, r->t);
	return r->s->nomem && rc == BOSETT_OK ? BOSETT_EDATA : rc;
}

enum bosett_status bosett_solver_run(struct bosett_solver *s, struct bosett_table *t)
{
	struct bosett_model bm;
	struct run r = { s, t };
	int rc;

	rc = solve_start(s, t, &bm);
	if (rc != BOSETT_OK)
		return bosett_status_of(rc);
	if (s->method != BOSETT_METHOD_OPTIMISE) {
		solve_run_baseline(s);
		s->engine = "formula";
		solve_prove_reasons(s, t);
		return bosett_status_of(solve_annotate(s, t));
	}
	rc = bosett_glpk_call(run_optimise, &r, s->err, "the solver failed");
	if (rc == -1) {
		s->lp = NULL; /* abandoned to GLPK (base/glpk_call.h) */
		return BOSETT_EDATA;
	}
	if (rc == BOSETT_EINFEASIBLE) {
		infeasible_error(s, s->diagnosis);
		return bosett_status_of(rc);
	}
	if (rc != BOSETT_OK)
		return bosett_status_of(rc);
	return bosett_status_of(solve_annotate(s, t));
}
