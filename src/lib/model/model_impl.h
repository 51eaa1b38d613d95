/*
 * model_impl.h - the inside of struct bosett_model, read by the solver.
 */
#ifndef BOSETT_MODEL_IMPL_H
#define BOSETT_MODEL_IMPL_H

#include <bosett/model.h>

#include "base/internal.h"

/* The capacity columns a model can turn into limits, in a fixed order. */
enum { USE_HOUSING, USE_ADULT_ED, USE_UPPER_SEC, USE_JOBS, NUSE };
extern const char *const bosett_use_columns[NUSE];

#define BOSETT_KEY_MAX 8

struct bosett_model {
	char err[BOSETT_ERRMAX];
	/* the file read (base name), its size and digest from the bytes parsed */
	char input_name[256];
	unsigned long long input_bytes;
	char input_sha256[65];
	char name[128];
	double min_settle;         /* L: nobody asked for fewer, unless 0 */
	double max_per_1000;       /* per-capita ceiling when max_settle is absent */
	double max_times_average;  /* ... or this many times the county's total per
	                            * inhabitant if higher, and never below L; 0 = off */
	double moved_in_weight;    /* fair share lowered by last year's secondary moves */
	double fair_exponent;      /* "population" key: share proportional to pop^b */
	char fair_key[32];         /* "population", "denmark" or "weighted" */
	double key_weight[BOSETT_KEY_MAX]; /* for "weighted": column weights */
	char key_column[BOSETT_KEY_MAX][32];
	int nkey;
	double fairness_weight;    /* lambda */
	double score_weight;       /* weight of the score column */
	char continuity_column[32];/* "lower": the lower of requested_prev and decided_prev
	                            * (solve/anchor.c), or one column */
	double continuity_band;    /* free band, as a share of last year's number */
	double continuity_weight;  /* penalty per person outside the band */
	int keep_small;            /* last year's number below min_settle may be asked again */
	int continuity_scaled;     /* anchor: last year's number times this year's
	                            * total over last year's (1), or as it was (0) */
	double use[NUSE];          /* places used per person; 0 = not a limit */
	int regional[NUSE];        /* pooled over the commuting region */
	double em_use;             /* EM care places used per minor */
	/* the criteria (solve/criteria.c, bosett(7) CRITERIA) */
	double corridor;           /* per cent of the anchor the criteria may move a number */
	double criteria_weight;    /* penalty per person away from the criteria target; 0 = off */
	double placebo_seed;       /* > 0: the criteria shuffled within each county (a placebo) */
	double offered_weight;     /* penalty per person above the municipality's offer */
	int no_own_cap;            /* not a model key: the table's max_settle read as empty
	                            * (explain/prove.c proves a reason that names it) */
};

#endif
