/*
 * fixture.h - the tables of the unit tests, made in one place: a table
 * read from CSV text, and made-up tables (not real figures: every name is
 * "Made-up N") drawn from a seed. Include after check.h; a table that does
 * not read is a failed check, with the reader's message.
 */
#ifndef BOSETT_FIXTURE_H
#define BOSETT_FIXTURE_H

#include <bosett/bosett.h>

#include "base/internal.h" /* struct bosett_buf */

/* csv read as "t.csv" with --strict and --keep-columns as given; *rc the
 * reader's status (the caller checks it). */
static inline struct bosett_table *fixture_read(const char *csv, int strict, const char *keep, int *rc)
{
	struct bosett_table *t = bosett_table_new();

	bosett_table_set_strict(t, strict);
	if (keep)
		bosett_table_set_keep_columns(t, keep);
	*rc = bosett_table_read_mem(t, "t.csv", csv, strlen(csv));
	return t;
}

/* csv read as "t.csv"; a failure to read is a failed check. */
static inline struct bosett_table *fixture_table(const char *csv)
{
	int rc;
	struct bosett_table *t = fixture_read(csv, 0, NULL, &rc);

	if (rc != BOSETT_OK) {
		fprintf(stderr, "fixture_table: %s\n", bosett_table_error(t));
		check_failed = 1;
	}
	return t;
}

/* The made-up tables' pseudo-random numbers: the next state of seed. */
static inline unsigned fixture_next(unsigned *seed)
{
	*seed = *seed * 1103515245u + 12345u;
	return *seed;
}

/* What a made-up table holds besides kommunenr, kommune, population,
 * decided_prev and score. */
struct fixture_shape {
	unsigned pop_base, pop_span;  /* population: base + a draw below span */
	unsigned prev_span;           /* decided_prev: a draw below span */
	int prev_missing;             /* a third of decided_prev missing (".") */
	enum { FIXTURE_NO_REGION, FIXTURE_REGION_MOD3, FIXTURE_REGION_BLOCKS } region;
	/* FIXTURE_REGION_MOD3: region i % 3; _BLOCKS: runs of 1 to 3
	 * municipalities, a quarter of the runs tight on jobs */
	enum { FIXTURE_NO_JOBS, FIXTURE_JOBS_UNLIMITED, FIXTURE_JOBS_BY_REGION } jobs;
	int minor_columns;            /* em_optin and em_places (drawn even when minors is 0) */
	int minors;                   /* half of them take minors, 1 to 5 places */
};

/* The CSV text of a made-up table of n municipalities from seed. */
static inline void fixture_made_up_csv(struct bosett_buf *b, unsigned seed, int n, const struct fixture_shape *sh)
{
	int region = 0, left = 0, tight = 0;

	bosett_buf_adds(b, "kommunenr,kommune,population,decided_prev,score");
	bosett_buf_adds(b, sh->region != FIXTURE_NO_REGION ? ",region" : "");
	bosett_buf_adds(b, sh->jobs != FIXTURE_NO_JOBS ? ",jobs" : "");
	bosett_buf_adds(b, sh->minor_columns ? ",em_optin,em_places\n" : "\n");
	for (int i = 1; i <= n; i++) {
		unsigned pop, r;
		char prev[16], jobs[16] = "", em[16] = "", reg[16] = "";

		if (sh->region == FIXTURE_REGION_BLOCKS && left == 0) {
			fixture_next(&seed);
			left = 1 + (int)((seed >> 8) % 3);
			tight = (seed >> 12) % 4 == 0;
			region++;
		}
		left--;
		pop = sh->pop_base + (fixture_next(&seed) >> 8) % sh->pop_span;
		r = fixture_next(&seed);
		if (sh->prev_missing && (r >> 8) % 3 == 0)
			snprintf(prev, sizeof prev, ".");
		else
			snprintf(prev, sizeof prev, "%u", (r >> 8) % sh->prev_span);
		if (sh->jobs == FIXTURE_JOBS_BY_REGION)
			snprintf(jobs, sizeof jobs, ",%u", tight ? 2 + (r >> 12) % 5 : 10 + (r >> 12) % 30);
		else if (sh->jobs == FIXTURE_JOBS_UNLIMITED)
			snprintf(jobs, sizeof jobs, ",1000000000");
		if (sh->minor_columns) {
			r = fixture_next(&seed);
			if (sh->minors && (r >> 8) % 2)
				snprintf(em, sizeof em, ",1,%u", 1 + (r >> 12) % 5);
			else
				snprintf(em, sizeof em, ",0,.");
		}
		if (sh->region != FIXTURE_NO_REGION)
			snprintf(reg, sizeof reg, ",%d", sh->region == FIXTURE_REGION_MOD3 ? i % 3 : region);
		r = fixture_next(&seed);
		bosett_buf_printf(b, "%04d,Made-up %d,%u,%s,%.3f%s%s%s\n", i, i, pop, prev,
		                  (double)((r >> 8) % 1000) / 1000, reg, jobs, em);
	}
}

/* A made-up table of n municipalities from seed; a failure to read is a
 * failed check. */
static inline struct bosett_table *fixture_made_up(unsigned seed, int n, const struct fixture_shape *sh)
{
	struct bosett_buf b = { 0 };
	struct bosett_table *t;

	fixture_made_up_csv(&b, seed, n, sh);
	t = fixture_table(b.data);
	bosett_buf_free(&b);
	return t;
}

#endif
