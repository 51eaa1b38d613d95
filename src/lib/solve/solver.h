/*
 * solver.h - the solver's private state, shared by the files of src/lib/solve/,
 * its engines/, search/ and explain/: the handle (struct bosett_solver), the primal heuristic's scratch, and the
 * functions one unit calls in another. Names follow bosett(7).
 */
#ifndef BOSETT_SOLVER_H
#define BOSETT_SOLVER_H

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glpk.h>

#include "base/internal.h"
#include "solve/solve_internal.h"
#include "solve/anchor.h"
#include "search/moves.h"
#include <limits.h>
#include "solve/engines/engine.h"
#include "solve/engines/exact.h"
#include "search/improve.h"

struct bosett_solver {
	char err[BOSETT_ERRMAX];
	const struct bosett_model *m;
	long quota, em_quota;
	double time_limit;
	double deadline;         /* glp_time() at which the whole run stops; 0: none */
	enum bosett_method method;
	int allow_shortfall, rule_prices, approximate;
	int prove;               /* prove the reasons (explain/prove.c) */
	const struct score_index *crit_shared; /* a re-solve's: the parent's criteria index (criteria.c) */
	enum bosett_solve_status status;
	double objective, gap;
	long shortfall;
	double held;             /* what the caps and regional limits hold at most (limits.c) */
	double price_min, price_continuity, price_fairness, price_total;
	char diagnosis[BOSETT_ERRMAX];
	glp_prob *lp;            /* the model of the last optimisation */
	struct problem p;
	int nomem;               /* an allocation of bosett's own failed (solve_nomem) */
	/* the engine table (dispatch.c) */
	const char *engine;      /* the engine that answered the run's solve: solve.engine */
	const char *answered;    /* the engine that answered the last dispatch */
	const struct engine *answered_engine;
	const char *force_engine; /* tests only: the one engine tried (solve_force_engine) */
	long node_max;           /* the blocks' search: nodes at most, 0 its default */
	/* what the primal heuristic needs of the model last built */
	struct variant built;    /* its variant */
	int *member;             /* NUSE regional limits per municipality, -1 none */
	struct heur *heur;       /* scratch of the heuristic, NULL when off */
	long heur_calls;
	int cuts_added;
	const char *approx_how;  /* --approximate: the method that gave the allocation */
	/* indexes that keep the regional work linear in the municipalities */
	size_t *rstart, *rlist;  /* municipalities by region id, in row order */
	int *rid;                /* region id of each regional limit */
	int *rhash;              /* region id text -> index, open addressing */
	size_t rhash_cap, rids_cap, regions_cap;
};

#define per_capita_cap bosett_per_capita_cap

#define DP_CELLS_MAX 20000000.0  /* choices kept: 80 MB */

/* A max-heap of (key, municipality) with lazy deletion: an entry whose key
 * is no longer the municipality's current one is dropped when it surfaces. */
struct heap {
	double *key;
	size_t *who, n, cap;
};

/* --approximate: nodes of the blocks' search before it stops (each is a
 * pass over the pieces; the first allocation is found within a few) */
#define APPROX_NODES 200

#define HEUR_MIN_MUNIS 100      /* below, GLPK's own search is quick; 300 with regions took 4 times 1,000 (measured) */

struct heur {
	long *t, *tlo, *thi;     /* people (x + e); the node's bounds on them */
	unsigned char *open, *must;
	double *used;            /* per regional limit, its use so far */
	struct bosett_moves mv;  /* t, tlo, thi and used under the moves */
	double *sol;             /* column values handed to GLPK */
	struct heap *hp;         /* [0] moves of people, [1] asking or not */
	int phase;               /* +1 placing more, -1 fewer, 0 heaps not filled */
	int nomem;               /* a heap could not grow */
};

struct giveway {
	double amount;
	size_t index;
};

struct scen {
	long q, em;
	size_t index;
};

/* Shared between the files of the solver. */
void solve_problem_free(struct problem *p);
int solve_cmp_giveway(const void *a, const void *b);
int solve_time_left_ms(const struct bosett_solver *s);
/* Is the run's time up (deadline.c)? For the searches: clock is the solver. */
int solve_out_of_time(const void *clock);
/* Out of memory in bosett's own code: the flag and the message, no jump. */
void solve_nomem(struct bosett_solver *s);
/* The engine table (dispatch.c): solve under v with the first engine that
 * applies and answers; *lp is the model (built here when an engine needs it
 * and it is NULL); confirm: let GLPK confirm an allocation found elsewhere. */
enum bosett_solve_status solve_dispatch(struct bosett_solver *s, const struct bosett_table *t,
                                        const struct variant *v, glp_prob **lp, int confirm);
/* The shadow prices of the engine that answered the last dispatch. */
int solve_dispatch_prices(struct bosett_solver *s);
/* Tests only: try no engine but the one named ("glpk": GLPK's own search). */
void solve_force_engine(struct bosett_solver *s, const char *name);
/* The LP's shadow prices with the yes/no choices fixed (prices.c). */
int solve_lp_prices(struct bosett_solver *s);
double bosett_value(const struct bosett_model *m, const struct muni *u, double x, const struct variant *v);
int solve_breakpoints(const struct bosett_model *m, const struct muni *u, const struct variant *v,
                       long lo, long hi, double *bp);
long solve_min_settle(const struct problem *p, const struct variant *v);
long solve_muni_min(const struct muni *u, const struct variant *v);
int solve_askable(const struct problem *p, const struct muni *u, const struct variant *v);
long bosett_per_capita_cap(const struct bosett_model *m, double pop, double avg);
int solve_load(struct bosett_solver *s, const struct bosett_table *t);
int solve_in_regional(const struct problem *p, const struct regional *r, const struct muni *u,
                       const struct bosett_table *t);
glp_prob *solve_build(struct bosett_solver *s, const struct bosett_table *t, const struct variant *v);
int solve_dp_applies(const struct bosett_solver *s);
int solve_dp_solve(struct bosett_solver *s);
size_t solve_dp_step(const struct bosett_model *m, const struct muni *u, const struct variant *v, int zero_ok,
                     long lo, long hi, const double *g, size_t reach, size_t W, double *h, int *ch, long *dq);
enum bosett_solve_status solve_regional(struct bosett_solver *s, long node_max);
int solve_regional_prices(struct bosett_solver *s);
enum bosett_solve_status solve_confirm(struct bosett_solver *s, glp_prob *lp);
void solve_heur_free(struct heur *h);
struct heur *solve_heur_new(const struct problem *p, int ncols);
int solve_heur_round(struct bosett_solver *s, struct heur *h, glp_prob *lp, const long *start);
int solve_approx_solve(struct bosett_solver *s, glp_prob *lp);
int solve_mip(struct bosett_solver *s, glp_prob *lp);
double solve_mip_value(glp_prob *lp, int col);
void solve_read_solution(struct problem *p, glp_prob *lp);
double solve_total_value(const struct problem *p, const struct variant *v);
int solve_read_prices(struct bosett_solver *s, const struct bosett_table *t);
double *solve_region_use(struct bosett_solver *s);
void solve_classify(struct bosett_solver *s);
/* The reasons proven (explain/prove.c): what relaxing each rule means in
 * the model, whether it is in force, and the reasons from the numbers
 * solved without each (cf[rule], NULL where not solved). */
void solve_relax_rule(struct bosett_model *m, int rule);
int solve_rule_on(const struct problem *p, int rule);
void solve_decide_reasons(struct problem *p, long *const *cf, int proved);
void solve_price_rules(struct bosett_solver *s, const struct bosett_table *t);
int solve_precheck(struct bosett_solver *s);
void solve_diagnose_elastic(struct bosett_solver *s, const struct bosett_table *t);
int solve_max_placed(struct bosett_solver *s, const struct bosett_table *t, long *placed, long *placed_em);
int solve_set_num(struct bosett_solver *s, struct bosett_table *t, size_t row, const char *col, double v, int dec);
int solve_meta_num(struct bosett_table *t, const char *key, double v);
const char *solve_status_name(enum bosett_solve_status st);
int solve_annotate(struct bosett_solver *s, struct bosett_table *t);
int solve_run_baseline(struct bosett_solver *s);
int solve_baseline_model(struct bosett_solver *s, struct bosett_model *copy);
int solve_optimise(struct bosett_solver *s, const struct bosett_table *t, int explain);
int solve_optimise_shortfall(struct bosett_solver *s, const struct bosett_table *t, int explain);
int solve_start(struct bosett_solver *s, const struct bosett_table *t, struct bosett_model *bm);
/* What the caps and regional limits hold at most (limits.c), and the
 * diagnosis of a total above it. */
double solve_limits_hold(const struct bosett_solver *s, const struct bosett_table *t);
void solve_limits_words(struct bosett_solver *s, long total, double held);

#endif
