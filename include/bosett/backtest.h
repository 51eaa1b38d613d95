/*
 * backtest.h - the model measured against IMDi's real requests: for each
 * year, the table as it stood the year before, each county's real total,
 * the models and the baselines (population share, last year scaled)
 * compared with what IMDi asked of each municipality (bosett-backtest(1)).
 * The backtest borrows its models; its result is a bosett-data(5)-like
 * table owned by the backtest.
 */
#ifndef BOSETT_BACKTEST_H
#define BOSETT_BACKTEST_H

#include <stddef.h>
#include <stdio.h>

#include <bosett/export.h>
#include <bosett/status.h>

#ifdef __cplusplus
extern "C" {
#endif

struct bosett_model;
struct bosett_table;
struct bosett_backtest;

BOSETT_API struct bosett_backtest *bosett_backtest_new(void);
BOSETT_API void bosett_backtest_free(struct bosett_backtest *bt);
BOSETT_API const char *bosett_backtest_error(const struct bosett_backtest *bt);

/* An input of bosett-import (the municipality list, counties, the code
 * crosswalk, IMDi's history, ...), read once and imported for each year. */
BOSETT_API enum bosett_status bosett_backtest_add_input(struct bosett_backtest *bt, const char *path);
/* A model to measure (borrowed), shown under its name. */
BOSETT_API enum bosett_status bosett_backtest_add_model(struct bosett_backtest *bt, const struct bosett_model *m);
/* Placebo runs per model with criteria (default 3, at most 10): the model
 * again with its criteria shuffled within each county, seeds 1 to n. */
BOSETT_API enum bosett_status bosett_backtest_set_placebo(struct bosett_backtest *bt, size_t n);

/* What each municipality's number is compared with: "requested" (IMDi's
 * requests, the default), "decided" (the councils' decisions; a
 * municipality with no decision registered is left out) or "settled"
 * (the refugees it settled that year). The county's
 * total is IMDi's request either way. BOSETT_EUSAGE for another name. */
BOSETT_API enum bosett_status bosett_backtest_set_target(struct bosett_backtest *bt, const char *column);

/* Called after each county of each year. */
typedef void (*bosett_backtest_progress_fn)(void *ctx, int year, const char *county);

/* Run the years given (increasing). The result rows: year, fylkenr ("00" is the
 * whole country), method, municipalities compared, total, mae, f1,
 * within20, refused (counties refused by the model), violations (hard
 * rules broken, by a check apart from the solver). */
BOSETT_API enum bosett_status bosett_backtest_run(struct bosett_backtest *bt, const int *years, size_t nyears,
                        bosett_backtest_progress_fn progress, void *ctx);
BOSETT_API struct bosett_table *bosett_backtest_result(struct bosett_backtest *bt);

/* After a run: a new table (the caller frees it), one row per method:
 * method, years (those with a national figure for it and for practice),
 * mae (the mean of its national mean absolute error over them),
 * practice_mae (practice's over the same years), ratio_to_practice, and
 * years_below_practice. NULL with the error set if there was no run or
 * memory ran out. */
BOSETT_API struct bosett_table *bosett_backtest_summary(struct bosett_backtest *bt);

/* Write the national mean absolute error per year and method as an SVG
 * line chart to fp. */
BOSETT_API enum bosett_status bosett_backtest_write_svg(struct bosett_backtest *bt, FILE *fp);

#ifdef __cplusplus
}
#endif
#endif
