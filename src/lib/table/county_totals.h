/*
 * county_totals.h - the county totals file (fylke_anmodning.csv) parsed
 * from memory, for bosett_county_total and the fuzz target. Not installed.
 */
#ifndef BOSETT_COUNTY_TOTALS_H
#define BOSETT_COUNTY_TOTALS_H

#include <stddef.h>

/* IMDi's request to county fylkenr for year (0: the latest) from the bytes
 * of a county totals file named name. 0 with *total and *year_found, or -1
 * with a one-line message in msg (size bytes). */
int bosett_county_total_parse(const char *name, const char *data, size_t len, const char *fylkenr, int year,
                              long *total, int *year_found, char *msg, size_t size);

#endif
