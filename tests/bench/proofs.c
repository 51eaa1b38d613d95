/*
 * proofs.c - what proving every reason costs (a command, not a timed
 * test): every county of the bundled table at IMDi's 2026 total
 * (data/fylke_anmodning.csv) and the national table at their sum, with the
 * default model, solved with the reasons proven (the default) and without
 * (bosett_solver_set_prove_reasons 0), the median of REPS runs of each,
 * interleaved; then the same with test_reasons's made-up answers, where
 * more rules are in force. Each run reads the county's rows afresh (the
 * solver adds columns). The counties, their totals and the answers are
 * test_reasons's (tests/unit/counties.h).
 *   BOSETT_DATADIR=data build/tests/bench/bench-proofs [data/kommuner.csv [REPS]]
 */
#include <bosett/bosett.h>

#include "../unit/counties.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

/* One solve of a fresh copy (read again: the solver adds columns), with
 * test_reasons's made-up answers when asked. */
static double run(const struct bosett_model *m, const char *path, const char *f, long total, int answers, int prove,
                  int *ok)
{
	struct bosett_table *t = county_rows(path, f);
	struct bosett_solver *s = bosett_solver_new(m);
	double t0, dt;
	long em = 0;

	if (t && answers && !county_answers(t, total, &em)) {
		bosett_table_free(t);
		t = NULL;
	}
	bosett_solver_set_quota(s, total);
	bosett_solver_set_em_quota(s, em);
	bosett_solver_set_prove_reasons(s, prove);
	t0 = now();
	*ok = t && bosett_solver_run(s, t) == BOSETT_OK && bosett_solver_status(s) == BOSETT_SOLVE_OPTIMAL;
	dt = now() - t0;
	bosett_solver_free(s);
	bosett_table_free(t);
	return dt;
}

static void instance(const struct bosett_model *m, const char *path, const char *f, const char *name, long total,
                     int answers, int reps, int *bad)
{
	double *plain = malloc((size_t)reps * sizeof *plain), *proved = malloc((size_t)reps * sizeof *proved);
	int ok = 1, o;

	for (int r = 0; r < reps; r++) {
		plain[r] = run(m, path, f, total, answers, 0, &o);
		ok &= o;
		proved[r] = run(m, path, f, total, answers, 1, &o);
		ok &= o;
	}
	qsort(plain, (size_t)reps, sizeof *plain, cmp_double);
	qsort(proved, (size_t)reps, sizeof *proved, cmp_double);
	printf("%-8s %-22s %7ld %9.4f %9.4f %9.4f%s\n", f ? f : "all", name, total, plain[reps / 2], proved[reps / 2],
	       proved[reps / 2] - plain[reps / 2], ok ? "" : "  (not optimal)");
	*bad |= !ok;
	free(plain);
	free(proved);
}

int main(int argc, char **argv)
{
	const char *path = argc > 1 ? argv[1] : BOSETT_SOURCE_DIR "/data/kommuner.csv";
	char *end = NULL;
	long reps = argc > 2 ? strtol(argv[2], &end, 10) : 21;
	int bad = 0;
	struct bosett_model *m = bosett_model_new();
	struct county c[64];
	size_t nc = county_list(path, 2026, c, 64);
	long national = 0;

	if (argc > 2 && (*end || reps < 1 || reps > 100000)) {
		fprintf(stderr, "bench-proofs: REPS: not a whole number from 1 to 100000: '%s'\n", argv[2]);
		bosett_model_free(m);
		return 2;
	}
	if (!nc) {
		fprintf(stderr, "bench-proofs: %s: no county at IMDi's 2026 totals (BOSETT_DATADIR?)\n", path);
		bosett_model_free(m);
		return 1;
	}
	for (size_t k = 0; k < nc; k++)
		national += c[k].total;
	/* the table as it is, then with made-up answers (offers, own caps,
	 * capacities, minors): more rules in force, one more solve each */
	for (int answers = 0; answers <= 1; answers++) {
		printf("%sseconds, median of %ld: the solve (rule prices on) without and with every reason proven%s\n",
		       answers ? "\n" : "", reps, answers ? ", with made-up answers (tests/unit/counties.h)" : "");
		printf("%-8s %-22s %7s %9s %9s %9s\n", "fylkenr", "fylke", "total", "plain", "proven", "proofs");
		for (size_t k = 0; k < nc; k++)
			instance(m, path, c[k].fylkenr, c[k].name, c[k].total, answers, (int)reps, &bad);
		instance(m, path, NULL, "Norway", national, answers, (int)reps, &bad);
	}
	bosett_model_free(m);
	return bad;
}
