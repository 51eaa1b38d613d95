/*
 * proofs.c - what proving every reason costs (a command, not a timed
 * test): every county of the bundled table at IMDi's 2026 total
 * (data/fylke_anmodning.csv) and the national table at their sum, with the
 * default model, solved with the reasons proven (the default) and without
 * (bosett_solver_set_prove_reasons 0), the median of REPS runs of each,
 * interleaved. The table is read once per instance; each run solves a copy.
 *   build/tests/bench/bench-proofs [data/kommuner.csv [REPS]]
 */
#include <bosett/bosett.h>

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

/* The rows of county f (NULL: all), read from path. */
static struct bosett_table *rows(const char *path, const char *f)
{
	struct bosett_table *t = bosett_table_new();
	size_t n, fcol;
	unsigned char *keep;

	if (bosett_table_read_file(t, path) != BOSETT_OK) {
		bosett_table_free(t);
		return NULL;
	}
	n = bosett_table_nrows(t);
	fcol = bosett_table_col(t, "fylkenr");
	keep = malloc(n ? n : 1);
	for (size_t i = 0; i < n; i++)
		keep[i] = !f || !strcmp(bosett_table_text(t, i, fcol), f);
	bosett_table_filter(t, keep);
	free(keep);
	return t;
}

/* One solve of a fresh copy (read again: the solver adds columns). */
static double run(const struct bosett_model *m, const char *path, const char *f, long total, int prove, int *ok)
{
	struct bosett_table *t = rows(path, f);
	struct bosett_solver *s = bosett_solver_new(m);
	double t0, dt;

	bosett_solver_set_quota(s, total);
	bosett_solver_set_prove_reasons(s, prove);
	t0 = now();
	*ok = t && bosett_solver_run(s, t) == BOSETT_OK && bosett_solver_status(s) == BOSETT_SOLVE_OPTIMAL;
	dt = now() - t0;
	bosett_solver_free(s);
	bosett_table_free(t);
	return dt;
}

static void instance(const struct bosett_model *m, const char *path, const char *f, const char *name, long total,
                     int reps, int *bad)
{
	double *plain = malloc((size_t)reps * sizeof *plain), *proved = malloc((size_t)reps * sizeof *proved);
	int ok = 1, o;

	for (int r = 0; r < reps; r++) {
		plain[r] = run(m, path, f, total, 0, &o);
		ok &= o;
		proved[r] = run(m, path, f, total, 1, &o);
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
	int reps = argc > 2 ? atoi(argv[2]) : 21, bad = 0;
	struct bosett_model *m = bosett_model_new();
	struct bosett_table *all = rows(path, NULL);
	char seen[64][3];
	size_t ns = 0;
	long national = 0;

	if (!all || reps < 1) {
		fprintf(stderr, "bench-proofs: %s: cannot read\n", path);
		return 1;
	}
	printf("seconds, median of %d: the solve (rule prices on) without and with every reason proven\n", reps);
	printf("%-8s %-22s %7s %9s %9s %9s\n", "fylkenr", "fylke", "total", "plain", "proven", "proofs");
	for (size_t i = 0; i < bosett_table_nrows(all); i++) {
		const char *f = bosett_table_text(all, i, bosett_table_col(all, "fylkenr"));
		long total;
		int year;
		char msg[256];
		size_t k;

		for (k = 0; k < ns && strcmp(seen[k], f); k++)
			;
		if (k < ns || ns == 64)
			continue;
		snprintf(seen[ns++], 3, "%s", f);
		if (bosett_county_total(NULL, f, 2026, &total, &year, msg, sizeof msg) != BOSETT_OK)
			continue;
		national += total;
		instance(m, path, seen[ns - 1], bosett_table_text(all, i, bosett_table_col(all, "fylke")), total, reps, &bad);
	}
	instance(m, path, NULL, "Norway", national, reps, &bad);
	bosett_table_free(all);
	bosett_model_free(m);
	return bad;
}
