/*
 * solve.h - the allocation: how many people each municipality is asked to
 * settle, found with GLPK as the best fit to the model's criteria, with the
 * reason for every number, shadow prices, the price of each rule, a
 * diagnosis when the rules cannot all hold, scenarios and formula
 * baselines. bosett(7) writes the model down; bosett-solve(1) the columns.
 */
#ifndef BOSETT_SOLVE_H
#define BOSETT_SOLVE_H

#include <stddef.h>
#include <stdio.h>

#include <bosett/export.h>
#include <bosett/status.h>

#ifdef __cplusplus
extern "C" {
#endif

struct bosett_table;
struct bosett_model;
struct bosett_solver;

enum bosett_solve_status {
	BOSETT_SOLVE_NONE = 0,     /* not run, or failed */
	BOSETT_SOLVE_OPTIMAL,      /* proven optimal */
	BOSETT_SOLVE_FEASIBLE,     /* stopped by the time limit; see the gap */
	BOSETT_SOLVE_SHORTFALL,    /* the rules allow fewer than the total: best allocation of what fits */
	BOSETT_SOLVE_INFEASIBLE    /* no allocation meets every rule */
};

/* How the numbers are found: the optimisation, or a formula baseline. */
enum bosett_method {
	BOSETT_METHOD_OPTIMISE = 0,
	BOSETT_METHOD_PROPORTIONAL,   /* population share, largest remainder */
	BOSETT_METHOD_SAINTE_LAGUE,   /* population share, modified Sainte-Laguë (1.4) */
	BOSETT_METHOD_DENMARK,        /* the Danish § 4 key, largest remainder */
	BOSETT_METHOD_KEY             /* the model's fair_key, largest remainder */
};

/* The method named s ("optimise", "proportional", "sainte-lague",
 * "denmark", "key"): BOSETT_OK and *out, or BOSETT_EUSAGE. The name of a
 * method, NULL for a value that is none. */
BOSETT_API enum bosett_status bosett_method_parse(const char *s, enum bosett_method *out);
BOSETT_API const char *bosett_method_name(enum bosett_method m);

/* A solver for one model (borrowed: it must outlive the solver). */
BOSETT_API struct bosett_solver *bosett_solver_new(const struct bosett_model *m);
BOSETT_API void bosett_solver_free(struct bosett_solver *s);
BOSETT_API const char *bosett_solver_error(const struct bosett_solver *s);

/* The county's total to place, and the sub-quota of unaccompanied minors
 * (placed only where em_optin is 1, within em_places). */
BOSETT_API void bosett_solver_set_quota(struct bosett_solver *s, long quota);
BOSETT_API void bosett_solver_set_em_quota(struct bosett_solver *s, long em_quota);
/* Stop the search after this many seconds (0: no limit). */
BOSETT_API void bosett_solver_set_time_limit(struct bosett_solver *s, double seconds);
BOSETT_API void bosett_solver_set_method(struct bosett_solver *s, enum bosett_method method);
/* Nonzero: when the rules allow fewer than the total, write the best
 * allocation of what fits (status SHORTFALL) instead of failing. */
BOSETT_API void bosett_solver_set_allow_shortfall(struct bosett_solver *s, int allow);
/* Nonzero (the default): also price the policy rules, which takes three
 * more solves (bosett(7), PRICES). */
BOSETT_API void bosett_solver_set_rule_prices(struct bosett_solver *s, int on);
/* Nonzero (the default): prove each municipality's reason by solving again
 * with its rule relaxed alone (the `rule` and `without_rule` columns of
 * bosett-solve(1); one more solve per rule in force). */
BOSETT_API void bosett_solver_set_prove_reasons(struct bosett_solver *s, int on);
/* Nonzero: no proof of optimality, for very large tables: an allocation that
 * keeps every rule and a bound on how far from the optimum it may be
 * (status FEASIBLE, the gap set; no shadow or rule prices; bosett(7), SOLVING). */
BOSETT_API void bosett_solver_set_approximate(struct bosett_solver *s, int on);

/* Solve for the rows of t. Returns BOSETT_OK, BOSETT_EINFEASIBLE (the error
 * message says in plain words which rule groups give way and by how much;
 * it may span lines) or BOSETT_EDATA/BOSETT_EUSAGE. On BOSETT_OK the result
 * columns and solve.* meta keys of bosett-solve(1) are added to t. */
BOSETT_API enum bosett_status bosett_solver_run(struct bosett_solver *s, struct bosett_table *t);

/* Called after each scenario of a sweep (done of total). */
typedef void (*bosett_progress_fn)(void *ctx, size_t done, size_t total, long quota);

/* Solve one scenario per total (quotas[i], em_quotas[i] or NULL for no
 * minors), in increasing order of the total, so that no municipality gets
 * fewer people when the total grows (enforced as floors in the model).
 * Adds recommended_q<N> (and em_q<N>) columns and solve.* meta keys. */
BOSETT_API enum bosett_status bosett_solver_run_scenarios(struct bosett_solver *s, struct bosett_table *t,
                                                          const long *quotas, const long *em_quotas, size_t n,
                                                          bosett_progress_fn progress, void *ctx);

BOSETT_API enum bosett_solve_status bosett_solver_status(const struct bosett_solver *s);
/* Objective value and relative gap of the last run (gap 0 when optimal). */
BOSETT_API double bosett_solver_objective(const struct bosett_solver *s);
BOSETT_API double bosett_solver_gap(const struct bosett_solver *s);
/* People of the total not placed (SHORTFALL), 0 otherwise. */
BOSETT_API long bosett_solver_shortfall(const struct bosett_solver *s);

/* Write the exact model of the last optimisation in CPLEX LP format to fp
 * (GLPK writes by path: the library goes through a scratch file in $TMPDIR,
 * unlinked before this returns). */
BOSETT_API enum bosett_status bosett_solver_write_lp(struct bosett_solver *s, FILE *fp);

/* The trade-off of the criteria (bosett-solve --tradeoff): each of the
 * ncounty counties (fylkenr; NULL: every row) solved at its total with
 * `practice`, with m at each corridor (per cent) and with m's criteria
 * shuffled within each county (nplacebo fixed seeds 1, 2, ...); one row of
 * out per solve summed over the counties: the people moved from practice
 * (and, for a placebo, from the real data's allocation) and the
 * allocation-weighted mean of each criterion. BOSETT_EINFEASIBLE when a
 * county is refused; the message in err. */
BOSETT_API enum bosett_status bosett_tradeoff(const struct bosett_model *m, const struct bosett_table *t,
                                              const char *const *county, const long *total, size_t ncounty,
                                              const double *corridor, size_t ncorridor, size_t nplacebo,
                                              struct bosett_table *out, char *err, size_t errlen);

#ifdef __cplusplus
}
#endif
#endif
