/*
 * score_impl.h - the inside of struct bosett_scorer, shared by score.c
 * (components, normalisation, imputation, explanation), score_model.c (the
 * "score" object of a model file) and score_fit.c (weights by least
 * absolute deviations), score_explain.c (--explain in words and numbers)
 * and score_index.c (the criteria index the solver reads). Not installed.
 *
 * score_criteria_index - THE CONTRACT (for the solver and the model, which
 * read the criteria without a separate bosett-score step):
 *
 *   int score_criteria_index(const struct bosett_table *t, const char *preset,
 *                            enum bosett_score_scope scope,
 *                            struct score_index *out, char *err);
 *
 * - t: a table of bosett-data(5) (kommunenr, population; fylkenr and region
 *   when present). It is only read: no column is added or changed.
 * - preset: a preset of bosett-score (NULL: the default, imdi-2024).
 * - scope: NATION compares each municipality with every row of t, COUNTY
 *   with the rows of its county (as bosett-score --scope).
 * - out (filled; release with score_index_free; zeroed on failure):
 *   index[i] for each row i of t, in t's row order: the weighted sum of the
 *   components' robust z-scores, exactly the `score` bosett-score writes
 *   with the same preset and scope. Dimensionless, each z within [-2, 2],
 *   so index within [-2, 2]; 0 is the median municipality; HIGHER IS
 *   BETTER (better prospects of work and education: a higher employment
 *   rate or introduction result gives a higher index, a higher
 *   unemployment a lower one).
 *   contrib[i * ncomps + k]: component k's part of index[i] (weight x z);
 *   the parts add up to index[i]. name[k], label[k], column[k]: the
 *   component, its words ("introduction-programme results"), its column.
 *   weight[k]: the weight it carries, the preset's weights spread over the
 *   components that have data (they sum to 1); 0 for a component with no
 *   value anywhere in t: represented[k] is then 0 and every output says the
 *   criterion is "not represented". weight_on_data: the share of the
 *   preset's own weight that rests on data (0-1), the figure --explain and
 *   the report print. A municipality missing a value gets its region's,
 *   county's or the table's median (as bosett-score; imputed[i*ncomps+k]
 *   is 1 then).
 * - returns BOSETT_OK, or BOSETT_EDATA / BOSETT_EUSAGE with a message in err
 *   (BOSETT_ERRMAX bytes); never prints, never exits.
 * - cost: O(rows x components x log rows); no GLPK.
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
	IND_LOG,        /* natural logarithm of the column (> 0) */
	IND_RATIO       /* column / column `per` (> 0) */
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
	const char *per;              /* IND_RATIO: the column divided by */
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
	double weight_on_data;        /* share of the weights given that rests on data */
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

/* Compute every component's value, source, z and the weights of the
 * components for the rows of t, without writing to t (score.c). 0, or a
 * status with the message on s. */
int score_compute(struct bosett_scorer *s, const struct bosett_table *t);

#define SCORE_WINSOR 2.0
/* "data", "region", "county", "all", "none", by enum score_src */
extern const char *const score_src_names[];

/* The criteria index of every row (the contract above). */
struct score_index {
	size_t nrows, ncomps;
	double *index;                /* [nrows] */
	double *contrib;              /* [nrows * ncomps] */
	unsigned char *imputed;       /* [nrows * ncomps] */
	double *weight;               /* [ncomps], summing to 1 over those represented */
	unsigned char *represented;   /* [ncomps] */
	char (*name)[SCORE_NAME_MAX];
	char (*column)[SCORE_NAME_MAX];
	const char **label;
	double weight_on_data;
};
/* A row by a text key (a county, a region), for qsort: by key, then row,
 * so that a sort by groups keeps the rows' order within each. */
struct keyed {
	const char *key;
	size_t row;
};
int score_cmp_keyed(const void *a, const void *b);

int score_criteria_index(const struct bosett_table *t, const char *preset, enum bosett_score_scope scope,
                         struct score_index *out, char *err);
void score_index_free(struct score_index *x);

#endif
