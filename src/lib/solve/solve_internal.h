/*
 * solve_internal.h - the allocation problem as the solver modules share it:
 * one entry per municipality with its fair share, caps and solution, and the
 * regional limits. Names follow bosett(7).
 */
#ifndef BOSETT_SOLVE_INTERNAL_H
#define BOSETT_SOLVE_INTERNAL_H

#include <bosett/bosett.h>

#include "model/model_impl.h"

/* Why a municipality's own cap is what it is: CAP_USE + k is bosett_use_columns[k]. */
enum { CAP_OWN, CAP_PER_CAPITA, CAP_USE };

/* The limit that stops a municipality's number (the `limit` column). */
enum limit {
	LIMIT_NONE, LIMIT_NOT_ASKED, LIMIT_CAP, LIMIT_REGION, LIMIT_MIN, LIMIT_FAIR, LIMIT_CONTINUITY,
	LIMIT_EM, LIMIT_TOTAL, LIMIT_CRITERIA, LIMIT_OFFERED, LIMIT_OFFER_EXCEEDED
};

/* Room for the whole-number breakpoints of a value (solve_breakpoints):
 * the two ends and the floor and ceiling of each kink (fair share, the
 * band's two edges, the criteria target, the offer: 12). */
#define BOSETT_BP_MAX 16

/* The rule a reason names (explain/prove.c), proven by relaxing it alone
 * in the model: RULE_USE + k is the capacity bosett_use_columns[k], held
 * by the municipality or pooled over its region; RULE_OFFERED the offer's
 * ceiling, RULE_EM the places for minors, RULE_OWN_CAP the table's own cap
 * (max_settle, relaxed as if its cells were empty: no model key holds it).
 * Past NRULES the reasons that name no rule: the key's share rounded to
 * the nearest whole number, adjusted to meet the total, several rules at
 * once. */
enum {
	RULE_CONTINUITY, RULE_MIN, RULE_PER_CAPITA, RULE_SCORE, RULE_MOVED_IN, RULE_CRITERIA, RULE_OFFERED, RULE_EM,
	RULE_OWN_CAP, RULE_USE,
	NRULES = RULE_USE + NUSE,
	RULE_KEY = NRULES, RULE_KEY_TOTAL, RULE_COMBINED
};

struct muni {
	size_t row;
	const char *code, *name;
	double pop, share, fair, score, prev;
	double fair_key;         /* the fair share before the secondary-moves correction */
	double moved_in;         /* moved_in_prev, -1 when the table has none */
	double last;             /* last year's number as given (":" is 2.5); prev is
	                          * the continuity anchor, last scaled to this year's total */
	int has_prev;
	int anchor;              /* what the anchor rests on: ANCHOR_* (solve/anchor.h) */
	double req_prev, dec_prev; /* last year's request and decision as given (":" 2.5), -1 none */
	double offered;          /* this year's offer (the `offered` column) ... */
	int has_offer;           /* ... where the table gives one */
	int flagged;             /* a large fair share left at 0 by continuity alone */
	long cap;                /* U: the municipality's own cap, people */
	long min;                /* L_K: its minimum, min_settle or last year's smaller number */
	int cap_source;          /* CAP_OWN, CAP_PER_CAPITA, CAP_USE + k */
	double cap_input;        /* the figure behind the cap */
	int region;              /* index into problem.regions, -1 if none */
	int em_ok;               /* opted in to settle unaccompanied minors */
	long em_cap;             /* minors it can take (em_places / em_use) */
	long lower, lower_em;    /* scenario floors: never fewer than before */
	long x, e;               /* the solution: people, of them minors in e */
	int col_x, col_y, col_w, col_e, col_smin, col_scap;
	int row_min, row_cap;
	enum limit limit;        /* explanation */
	double price;            /* shadow price of that limit, per unit */
	int region_row;          /* for LIMIT_REGION: the tight regional limit */
	int rule;                /* RULE_*: what the reason names (explain/prove.c) */
	long without;            /* its number with that rule relaxed; -1 none */
	double target;           /* the criteria target (criteria.c); -1: none */
};

/* A limit pooled over a commuting region: sum of use * people <= capacity. */
struct regional {
	const char *region;      /* region id text */
	const char *region_name;
	int res;                 /* index into bosett_use_columns */
	double capacity;         /* sum over members that give a figure */
	int row, col_slack;
	double dual, slack;
};

/* The most indicators the trade-off and the backtest weigh (criteria.c) */
#define BOSETT_IND_MAX 12

/* Switches for the variants the solver builds (bosett(7), PRICES). */
struct variant {
	int no_min, no_continuity, no_fairness;
	int elastic;             /* minimise total violation of the rule groups */
	int max_placed;          /* place as many as the rules allow, up to the totals */
};

struct score_index;

struct problem {
	const struct bosett_model *m;
	struct muni *mu;
	size_t n;
	long quota, em_quota;
	struct regional *regions;
	size_t nregions;
	char **region_ids;       /* distinct region ids; muni.region indexes them */
	size_t nregion_ids;
	/* the closest rivals at the margin (explain.c, bosett_explain_prepare):
	 * the strongest claim not asked, the weakest asked at the minimum */
	const struct muni *rival_out, *rival_in;
	int proved;              /* the reasons were proven by their counterfactuals */
	/* the criteria (criteria.c): the components of bosett-score's index and,
	 * per municipality, the people each moves its target from the anchor,
	 * [i * crit_n + k] */
	size_t crit_n;
	double *crit_move;
	char (*crit_name)[64];
	char (*crit_label)[128];
	double crit_weight_on_data;         /* the share of the preset's weight that rests on data */
	/* the criteria index of the table (bosett-score's), computed once per
	 * load and kept for the scenarios; or a parent solver's, borrowed by a
	 * re-solve of the same table (the proofs) */
	struct score_index *crit_x;
	const struct score_index *crit_shared;
};

/* Fair shares (fair_share.c): set mu[i].share (summing to 1) by the model's
 * key; -1 with a message when the key's columns are missing or all zero. */
int bosett_fair_shares(const struct bosett_model *m, const struct bosett_table *t,
                       struct muni *mu, size_t n, char *err);

/* The per-capita ceiling of a municipality of pop inhabitants when the
 * county's total per inhabitant is avg (solve/problem.c). */
long bosett_per_capita_cap(const struct bosett_model *m, double pop, double avg);

/* The smallest uniform ceiling per 1,000 inhabitants (a tenth) for the
 * municipalities capped per capita that lets all caps hold total
 * (diagnose_ceiling.c); -1 if none up to 1,000 does. *fixed_room gets what
 * the other caps (max_settle, capacities) hold alone. */
double bosett_uniform_ceiling(const struct problem *p, long total, long L, double *fixed_room);

/* The hard rules of an allocation x[] of the rows given, checked apart
 * from the solver from the model's public parameters (backtest.c): the
 * number of municipalities below the minimum or above the ceiling, plus 1
 * if the total is not met. */
long bosett_hard_rule_violations(const struct bosett_model *m, const struct bosett_table *t, const size_t *rows,
                                 size_t n, const long *x, long total);

/* Apportionment (apportion.c): whole numbers summing to total from shares. */
void bosett_largest_remainder(const double *share, size_t n, long total, long *out);
void bosett_sainte_lague(const double *share, size_t n, long total, double first_divisor, long *out);

/* The value of asking x people (bosett(7), VALUE), under a variant. */
double bosett_value(const struct bosett_model *m, const struct muni *u, double x, const struct variant *v);

/* Whole-number breakpoints of the value on [lo, hi] (at most BOSETT_BP_MAX), the
 * minimum under a variant, and whether a municipality can be asked at all
 * (src/lib/solve and its engines/). */
int bosett_breakpoints(const struct bosett_model *m, const struct muni *u, const struct variant *v, long lo,
                       long hi, double *bp);
long bosett_min_settle(const struct problem *p, const struct variant *v);
/* One municipality\'s own minimum under a variant (continuity.keep_small may lower it). */
long bosett_muni_min(const struct muni *u, const struct variant *v);
int bosett_askable(const struct problem *p, const struct muni *u, const struct variant *v);

/* The criteria (criteria.c, bosett(7) CRITERIA): set each municipality's
 * target from the anchor and bosett-score's index of the table; 0, or -1
 * with a message in err. Components without data move nothing. */
int bosett_criteria_targets(struct problem *p, const struct bosett_table *t, char *err);
/* Free what bosett_criteria_targets kept (solve_problem_free). */
void bosett_criteria_free(struct problem *p);
/* Component k of the index: its key and words; NULL past the last. */
const char *bosett_criterion_key(const struct problem *p, size_t k);
const char *bosett_criterion_words(const struct problem *p, size_t k);
/* Is the criteria term in force for the model (criteria_weight > 0)? */
int bosett_criteria_on(const struct bosett_model *m);
/* The band free of the continuity penalty around u's anchor, a share of
 * it: the wider of continuity.band and the corridor where the criteria set
 * u a target. */
double bosett_criteria_band(const struct bosett_model *m, const struct muni *u);
/* The component that moved u's target most and by how much (people); -1 if none. */
int bosett_criteria_top(const struct problem *p, const struct muni *u, double *move);
/* Indicator k that the trade-off and the backtest weigh by an allocation
 * (employment_rate, ..., in per cent where a share): its key, NULL past the
 * last; its value for table row i, NAN if none. */
const char *bosett_indicator_key(int k);
double bosett_indicator_value(const struct bosett_table *t, size_t i, int k);

/* Words for a municipality's number, and the `limit` key (explain.c). */
void bosett_explain_prepare(struct problem *p);
void bosett_explain_reason(const struct problem *p, const struct muni *u, char *buf, size_t n);
/* What decides between a municipality and its rival (the `rival_by` column). */
enum rival_by { RIVAL_BY_CLAIM, RIVAL_BY_KOMMUNENR, RIVAL_BY_SOLVER };
/* The rival the reason names (the `rival` column), or NULL; *by set when not. */
const struct muni *bosett_explain_rival(const struct problem *p, const struct muni *u, enum rival_by *by);
const char *bosett_limit_key(const struct problem *p, const struct muni *u);
/* The `rule` key of a reason (explain.c) and whether the rule is the
 * municipality's own or moves people to or from it (explain/prove.c). */
const char *bosett_rule_key(const struct problem *p, const struct muni *u);
int bosett_rule_direct(const struct problem *p, const struct muni *u);
double bosett_rule_limit(const struct problem *p, const struct muni *u);

#endif
