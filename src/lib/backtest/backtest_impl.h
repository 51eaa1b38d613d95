/*
 * backtest_impl.h - shared by the files of src/lib/backtest/: the counties
 * of a past year (year_counties.c).
 */
#ifndef BOSETT_BACKTEST_IMPL_H
#define BOSETT_BACKTEST_IMPL_H

#include <stddef.h>

#include <bosett/bosett.h>

#include "base/internal.h"

/* Is this input the code crosswalk (kommune_crosswalk.csv)? */
int bt_is_crosswalk(const char *data, size_t len);

/* county[3 * i]: the county (2 digits) of row i of t in year y, by the code
 * it had then; a row with no code of that year keeps its fylkenr. 0, or -1
 * when out of memory. */
int bt_year_counties(const char *data, size_t len, int year, const struct bosett_table *t, char *county);

#endif
