/*
 * score.h - the integration-potential score of every municipality
 * (bosett-score(1), formulas in bosett(7)): indicators turned into robust
 * z-scores within a scope, missing values imputed by a fixed policy and
 * flagged, a weighted sum whose parts are written next to it, and weights
 * learnt from history by least absolute deviations.
 */
#ifndef BOSETT_SCORE_H
#define BOSETT_SCORE_H

#include <stddef.h>
#include <stdio.h>

#include <bosett/export.h>
#include <bosett/status.h>

#ifdef __cplusplus
extern "C" {
#endif

struct bosett_table;
struct bosett_scorer;

/* What a municipality is compared with when indicators are normalised. */
enum bosett_score_scope {
	BOSETT_SCORE_SCOPE_NATION = 0,   /* every row of the table */
	BOSETT_SCORE_SCOPE_COUNTY        /* the rows of the same fylkenr */
};

/* "nation" or "county": BOSETT_OK and *out, or BOSETT_EUSAGE; and back. */
BOSETT_API enum bosett_status bosett_score_scope_parse(const char *s, enum bosett_score_scope *out);
BOSETT_API const char *bosett_score_scope_name(enum bosett_score_scope scope);

/* A scorer holding the default preset (imdi-2024) and scope nation. */
BOSETT_API struct bosett_scorer *bosett_scorer_new(void);
BOSETT_API void bosett_scorer_free(struct bosett_scorer *s);
BOSETT_API const char *bosett_scorer_error(const struct bosett_scorer *s);

/* Replace the weights by a named preset: imdi-2024, sweden, eu-2015,
 * population. BOSETT_EUSAGE for an unknown name. */
BOSETT_API enum bosett_status bosett_scorer_preset(struct bosett_scorer *s, const char *name);
/* The presets' names, NULL past the end. */
BOSETT_API const char *bosett_scorer_preset_name(size_t i);
BOSETT_API void bosett_scorer_set_scope(struct bosett_scorer *s, enum bosett_score_scope scope);

/* Read the "score" object of a model file (bosett-model(5)); the other
 * keys belong to the solver and are not looked at. A file without a
 * "score" object leaves the scorer as it is. */
BOSETT_API enum bosett_status bosett_scorer_read_model_file(struct bosett_scorer *s, const char *path);
BOSETT_API enum bosett_status bosett_scorer_read_model_mem(struct bosett_scorer *s, const char *name,
                                                           const void *data, size_t len);

/* Learn the weights from the numbers in column target (least absolute
 * deviations, an LP solved with GLPK) before the next run; NULL: no fit. */
BOSETT_API enum bosett_status bosett_scorer_set_fit(struct bosett_scorer *s, const char *target);
/* The table columns the scorer reads (its components' and the fit's), so
 * a reader does not warn about a model's own columns; NULL past the end. */
BOSETT_API const char *bosett_scorer_column(const struct bosett_scorer *s, size_t i);

/* Score the rows of t: add (or replace) the column score, one column
 * score_COMPONENT per weighted component and score_imputed, and the
 * score.* meta keys. BOSETT_OK, or BOSETT_EDATA / BOSETT_EUSAGE with a
 * message. */
BOSETT_API enum bosett_status bosett_scorer_run(struct bosett_scorer *s, struct bosett_table *t);

/* After a run: write the breakdown of one municipality in words and
 * numbers to fp; BOSETT_EUSAGE, with a message and nothing written, if it
 * is not in the table. */
BOSETT_API enum bosett_status bosett_scorer_write_explain(struct bosett_scorer *s, const struct bosett_table *t,
                                                          const char *kommunenr, FILE *fp);
/* After a run: Spearman's rank correlation of the score with population
 * (NaN if undefined), and one line on the fit ("" without --fit). */
BOSETT_API double bosett_scorer_population_correlation(const struct bosett_scorer *s);
BOSETT_API const char *bosett_scorer_fit_summary(const struct bosett_scorer *s);
/* After a run: the number of weighted components with at least one value
 * in the table (0: every score is 0, the table has none of the indicators). */
BOSETT_API size_t bosett_scorer_components_with_data(const struct bosett_scorer *s);

#ifdef __cplusplus
}
#endif
#endif
