/*
 * report_main_scenario.c - which scenario of a scenario run (bosett-solve
 * -q 200,300: columns recommended_q200, recommended_q300 and no
 * recommended) the report treats as its recommendation: the one at IMDi's
 * request to the county (fylke_anmodning.csv, the table's county and year),
 * else the largest total. The others stay in the Scenarios section.
 */
#include "report/report_impl.h"

#include <stdlib.h>
#include <string.h>

int rpt_main_scenario(const struct bosett_table *t, long *quota)
{
	int col = -1, cf = bosett_table_icol(t, "fylkenr");
	long want = -1, best = -1, y = 0;
	const char *county = NULL, *ys = bosett_table_meta_get(t, "year");

	/* one county in the table: its total from IMDi's request */
	for (size_t i = 0; cf >= 0 && i < bosett_table_nrows(t); i++) {
		const char *c = bosett_table_text(t, i, (size_t)cf);

		if (!c || (county && strcmp(c, county) != 0)) {
			county = NULL;
			break;
		}
		county = c;
	}
	if (ys && (bosett_parse_long(ys, &y) != 0 || y < 1900 || y > 2200))
		y = 0;
	if (county) {
		char msg[1024];
		int found;

		if (bosett_county_total(NULL, county, (int)y, &want, &found, msg, sizeof msg) != BOSETT_OK)
			want = -1;
	}
	for (size_t j = 0; j < bosett_table_ncols(t); j++) {
		const char *name = bosett_table_colname(t, j);
		long q;

		if (strncmp(name, "recommended_q", 13) != 0 || bosett_parse_long(name + 13, &q) != 0 || q < 0)
			continue;
		if ((q == want && want >= 0) || ((want < 0 || best != want) && q > best)) {
			best = q;
			col = (int)j;
		}
	}
	*quota = best;
	return col;
}
