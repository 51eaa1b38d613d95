/*
 * score_impl.h - the inside of struct bosett_scorer, shared by score.c
 * (components, normalisation, imputation, explanation), score_model.c (the
 * "score" object of a model file) and score_fit.c (weights by least
 * absolute deviations). Not installed.
 */
#ifndef BOSETT_SCORE_IMPL_H
#define BOSETT_SCORE_IMPL_H

#include <bosett/bosett.h>
#include <bosett/score.h>

#include "base/internal.h"

#define SCORE_COMPS_MAX 48
#define SCORE_NAME_MAX 64

/* How a component's indicator is made from a column. */
enum score_ind {
	IND_COLUMN,     /* the column as it is */
	IND_PER_1000,   /* column / population x 1000 */
	IND_LOG         /* natural logarithm of the column (> 0) */
};

/* Where a component's value for a municipality comes from. */
enum score_src {
	SRC_DATA = 0,   /* the table (for a region component: its members') */
	SRC_REGION,     /* imputed: median of the other members of the commuting region */
	SRC_COUNTY,     /* imputed: median of the county */
	SRC_ALL,        /* imputed: median of the whole table */
	SRC_NONE        /* no value anywhere: neutral (z = 0) */
};

struct score_comp {
	char name[SCORE_NAME_MAX];    /* component name, the weight's key */
	char column[SCORE_NAME_MAX];  /* the input column */
	int ind;                      /* enum score_ind */
	int region;                   /* 1: pooled over the commuting region */
	int direction;                /* +1 higher is better, -1 lower is better */
	const char *label;            /* words for --explain */
	const char *unit;
	double weight;                /* as given; divided by the sum when scoring */
	int absent_zero;              /* "." (not asked) reads as 0, ":" is still missing */
};

/* A built-in component by name, or NULL. */
const struct score_comp *score_builtin(const char *name);

struct bosett_scorer {
	char err[BOSETT_ERRMAX];
	char preset[64];              /* preset the weights started from */
	char origin[160];             /* "preset imdi-2024", "model FILE", ... */
	int scope;                    /* enum bosett_score_scope */
	struct score_comp comps[SCORE_COMPS_MAX];
	size_t ncomps;
	char fit_target[SCORE_NAME_MAX];

	/* the last run, row-major [row * ncomps + k] */
	size_t nrows;
	double *raw;                  /* indicator value used (imputed or not) */
	double *med, *scale;          /* the row's scope statistics */
	double *z;                    /* normalised, direction applied, winsorised */
	double *contrib;              /* weight x z, rounded as written */
	unsigned char *src;           /* enum score_src */
	double *wnorm;                /* weights divided by their sum, per component */
	double *rho_comp;             /* rank correlation of each z with population */
	size_t *ndata;                /* rows with a value from the table */
	double rho;
	int has_region;
	char fit_summary[1024];
};

/* Set one component's weight, adding the component (a built-in, or a
 * column of the table with the given direction) if new. */
int score_set_weight(struct bosett_scorer *s, const char *name, double w, int direction);

/* Least absolute deviations: minimise sum |y_i - b - sum_k beta_k Z[i][k]|
 * over b free and beta >= 0, rows with use[i] nonzero. 0, or -1 with err. */
int score_lad(const double *y, const double *Z, size_t n, size_t K, const unsigned char *use,
              double *beta, double *b, char *err);

/* Fit the weights of s on column target (score_fit.c); z, src filled. */
int score_fit_weights(struct bosett_scorer *s, const struct bosett_table *t);

#endif
