/*
 * counties.c - the county benchmark (a command, not a timed test): solve
 * every county of the bundled table with the default model at the
 * county's 2025 IMDi request (the `requested_prev` column of data/kommuner.csv),
 * and print per county the municipalities, the solve status and the wall
 * time of reading-free solving (the table is read once). First, the table
 * path on its own: reading, checking and writing the whole table as CSV,
 * the median of 51 runs.
 *   build/tests/bench/bench-counties [data/kommuner.csv]
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

/* Read, check and write the table as CSV, 51 times: the median seconds. */
static double table_path(const char *path, size_t *rows)
{
	double dt[51];
	FILE *null = fopen("/dev/null", "w");

	if (!null)
		return -1;
	for (int r = 0; r < 51; r++) {
		struct bosett_table *t = bosett_table_new();
		double t0 = now();

		if (bosett_table_read_file(t, path) != 0 || bosett_table_write(t, null, BOSETT_FORMAT_CSV) != 0) {
			bosett_table_free(t);
			fclose(null);
			return -1;
		}
		dt[r] = now() - t0;
		*rows = bosett_table_nrows(t);
		bosett_table_free(t);
	}
	fclose(null);
	qsort(dt, 51, sizeof *dt, cmp_double);
	return dt[25];
}

int main(int argc, char **argv)
{
	const char *path = argc > 1 ? argv[1] : BOSETT_SOURCE_DIR "/data/kommuner.csv";
	struct bosett_table *all = bosett_table_new();
	struct bosett_model *m = bosett_model_new();
	char counties[64][3];
	size_t ncounties = 0, n;
	size_t fcol;
	int bad = 0;
	double total_time = 0;

	if (bosett_table_read_file(all, path) != 0) {
		fprintf(stderr, "bench-counties: %s\n", bosett_table_error(all));
		return 1;
	}
	n = bosett_table_nrows(all);
	{
		size_t rows = 0;
		double tp = table_path(path, &rows);

		if (tp < 0) {
			fprintf(stderr, "bench-counties: %s: cannot read or write\n", path);
			return 1;
		}
		printf("table path (read, check, write CSV), %zu rows: %.2f ms (median of 51)\n", rows, 1e3 * tp);
	}
	fcol = bosett_table_col(all, "fylkenr");
	for (size_t i = 0; i < n && fcol != BOSETT_NPOS; i++) {
		const char *f = bosett_table_text(all, i, (size_t)fcol);
		size_t k;

		for (k = 0; k < ncounties; k++)
			if (!strcmp(counties[k], f))
				break;
		if (k == ncounties && ncounties < 64)
			snprintf(counties[ncounties++], 3, "%s", f);
	}
	printf("%-7s %-22s %5s %7s %-12s %10s %9s\n", "fylkenr", "fylke", "kommuner", "quota", "status", "objective",
	       "seconds");
	for (size_t k = 0; k < ncounties; k++) {
		struct bosett_table *t = bosett_table_new();
		struct bosett_solver *s = bosett_solver_new(m);
		unsigned char *keep = malloc(n);
		long quota = 0;
		size_t kept = 0;
		double t0, dt;
		int rc;
		const char *status;
		char name[64] = "";

		bosett_table_read_file(t, path);
		for (size_t i = 0; i < n; i++) {
			double v;

			keep[i] = strcmp(bosett_table_text(t, i, (size_t)fcol), counties[k]) == 0;
			if (keep[i] && bosett_table_get(t, i, "requested_prev", &v) == BOSETT_CELL_NUMBER)
				quota += (long)v;
			kept += keep[i];
		}
		bosett_table_filter(t, keep);
		if (bosett_table_col(t, "fylke") != BOSETT_NPOS)
			snprintf(name, sizeof name, "%s", bosett_table_text(t, 0, (size_t)bosett_table_col(t, "fylke")));
		bosett_solver_set_quota(s, quota);
		t0 = now();
		rc = bosett_solver_run(s, t);
		dt = now() - t0;
		total_time += dt;
		status = rc ? "failed" : bosett_solver_status(s) == BOSETT_SOLVE_OPTIMAL ? "optimal" : "not proven";
		if (rc || bosett_solver_status(s) != BOSETT_SOLVE_OPTIMAL)
			bad = 1;
		printf("%-7s %-22s %5zu %10ld %-12s %10.3f %9.4f\n", counties[k], name, kept, quota, status,
		       bosett_solver_objective(s), dt);
		if (rc)
			printf("        %s\n", bosett_solver_error(s));
		free(keep);
		bosett_solver_free(s);
		bosett_table_free(t);
	}
	printf("all %zu counties: %.3f s in all\n", ncounties, total_time);
	bosett_table_free(all);
	bosett_model_free(m);
	return bad;
}
