/*
 * year_counties.c - the counties of a past year (bosett-backtest(1)): each
 * year is solved with the counties that recommended that year (Viken,
 * Vestfold og Telemark, Troms og Finnmark in 2020-2023; Sør- and
 * Nord-Trøndelag before 2018), not with today's. The county of a
 * municipality of today in year Y is the first two digits of the code it
 * had then, read from the code crosswalk among the inputs
 * (kommune_crosswalk.csv: municip_code, municip_name, year_start, year_end,
 * municip_code_end). Where a municipality of today was several then (Asker
 * was Asker, Røyken and Hurum until 2019), the county of its namesake, or
 * else of the most of them.
 */
#include <stdlib.h>
#include <string.h>

#include "backtest/backtest_impl.h"

#define XW_HEADER "municip_code,municip_name,year_start,year_end,municip_code_end"

int bt_is_crosswalk(const char *data, size_t len)
{
	if (len >= 3 && memcmp(data, "\xef\xbb\xbf", 3) == 0)
		data += 3, len -= 3;
	return len >= strlen(XW_HEADER) && memcmp(data, XW_HEADER, strlen(XW_HEADER)) == 0;
}

/* The next field of a CSV line at *p (quotes stripped, no escaped quotes in
 * this file) into f; 0 at the end of the line. */
static int field(const char **p, const char *end, char *f, size_t n)
{
	const char *s = *p;
	size_t k = 0;
	int q = 0;

	if (s >= end || *s == '\n')
		return 0;
	for (; s < end && *s != '\n' && *s != '\r' && (q || *s != ','); s++) {
		if (*s == '"')
			q = !q;
		else if (k + 1 < n)
			f[k++] = *s;
	}
	f[k] = '\0';
	if (s < end && *s == ',')
		s++;
	*p = s;
	return 1;
}

/* Fill county[i] (3 bytes each) for the rows of t in year y from the
 * crosswalk; a row with no code of that year keeps its county. */
int bt_year_counties(const char *data, size_t len, int year, const struct bosett_table *t, char *county)
{
	size_t n = bosett_table_nrows(t);
	int kcol = bosett_table_icol(t, "kommunenr"), ncol = bosett_table_icol(t, "kommune");
	int fcol = bosett_table_icol(t, "fylkenr");
	int *votes = calloc((n ? n : 1) * 100, sizeof *votes);
	unsigned char *named = calloc(n ? n : 1, 1);
	const char *p = data, *end = data + len;

	if (!votes || !named || kcol < 0 || fcol < 0) {
		free(votes), free(named);
		return votes && named ? 0 : -1;
	}
	for (size_t i = 0; i < n; i++)
		snprintf(county + 3 * i, 3, "%s", bosett_table_text(t, i, (size_t)fcol));
	while (p < end) {
		char code[16], name[128], ys[16], ye[16], to[16];
		long a, b;

		if (field(&p, end, code, sizeof code) && field(&p, end, name, sizeof name) &&
		    field(&p, end, ys, sizeof ys) && field(&p, end, ye, sizeof ye) && field(&p, end, to, sizeof to) &&
		    ye[0] && strlen(code) == 4 && code[0] >= '0' && code[0] <= '9' && code[1] >= '0' && code[1] <= '9') {
			a = strtol(ys, NULL, 10), b = strtol(ye, NULL, 10);
			if (a <= year && year <= b) {
				size_t i = bosett_table_find(t, to);
				int c = (code[0] - '0') * 10 + (code[1] - '0');

				if (i != BOSETT_NPOS && !named[i]) {
					votes[i * 100 + (size_t)c]++;
					if (ncol >= 0 && strcmp(name, bosett_table_text(t, i, (size_t)ncol)) == 0) {
						named[i] = 1;
						snprintf(county + 3 * i, 3, "%.2s", code);
					}
				}
			}
		}
		while (p < end && *p != '\n')
			p++;
		if (p < end)
			p++;
	}
	for (size_t i = 0; i < n; i++) {
		int best = -1;

		for (int c = 0; c < 100 && !named[i]; c++)
			if (votes[i * 100 + (size_t)c] > 0 && (best < 0 || votes[i * 100 + (size_t)c] > votes[i * 100 + (size_t)best]))
				best = c;
		if (best >= 0)
			county[3 * i] = (char)('0' + best / 10), county[3 * i + 1] = (char)('0' + best % 10),
			county[3 * i + 2] = '\0';
	}
	free(votes), free(named);
	return 0;
}
