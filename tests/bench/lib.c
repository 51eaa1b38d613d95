/*
 * lib.c - bench-lib: solve a synthetic instance through the library, for
 * sizes bosett-data(5) cannot hold. A kommunenummer has 4 digits, so a
 * table of 100,000 municipalities (gen_instance.py, 6-digit codes) is no
 * bosett-data(5) file; this driver reads the generator's plain CSV (no
 * quotes, commas) itself and builds the table through the public API, then
 * times bosett_solver_run. A command, not a test:
 *   bench-lib [--approximate] FILE QUOTA EM_QUOTA [TIME_LIMIT [LP_FILE]]
 * prints: municipalities, read seconds, solve seconds, status, objective, gap
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
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Split line in place at commas into at most max fields. */
static size_t split(char *line, char **f, size_t max)
{
	size_t n = 0;

	line[strcspn(line, "\r\n")] = '\0';
	while (n < max) {
		f[n++] = line;
		line = strchr(line, ',');
		if (!line)
			break;
		*line++ = '\0';
	}
	return n;
}

int main(int argc, char **argv)
{
	struct bosett_table *t = bosett_table_new();
	struct bosett_model *m = bosett_model_new();
	struct bosett_solver *s = bosett_solver_new(m);
	static char line[4096];
	char *head[64], *f[64];
	size_t col[64];
	size_t nh, row = 0;
	double t0, t1, t2;
	FILE *fp;
	int rc;
	const char *st[] = { "none", "optimal", "time-limited", "shortfall", "infeasible" };
	int approximate = argc > 1 && strcmp(argv[1], "--approximate") == 0;

	if (approximate) {
		argv++;
		argc--;
	}
	if (argc < 4 || !t || !m || !s) {
		fprintf(stderr, "usage: bench-lib FILE QUOTA EM_QUOTA [TIME_LIMIT [LP_FILE]]\n");
		return 2;
	}
	t0 = now();
	if (!(fp = fopen(argv[1], "r")) || !fgets(line, sizeof line, fp)) {
		fprintf(stderr, "bench-lib: %s: cannot read\n", argv[1]);
		return 1;
	}
	nh = split(line, head, 64);
	for (size_t k = 0; k < nh; k++) {
		head[k] = strdup(head[k]);
		if (bosett_table_add_col(t, head[k], &col[k]) != BOSETT_OK)
			return 1;
	}
	while (fgets(line, sizeof line, fp)) {
		size_t n = split(line, f, 64);

		if (bosett_table_add_row(t, NULL) != BOSETT_OK)
			return 1;
		for (size_t k = 0; k < n && k < nh; k++) {
			char *end;
			double v = strtod(f[k], &end);

			if (!f[k][0])
				continue;
			if (strcmp(f[k], ".") == 0)
				bosett_table_set_kind(t, row, (size_t)col[k], BOSETT_CELL_ABSENT);
			else if (*end == '\0' && strcmp(head[k], "kommunenr") && strcmp(head[k], "fylkenr") &&
			         strcmp(head[k], "region"))
				bosett_table_set_number(t, row, (size_t)col[k], v, -1);
			else
				bosett_table_set_text(t, row, (size_t)col[k], f[k]);
		}
		row++;
	}
	fclose(fp);
	t1 = now();
	bosett_solver_set_quota(s, strtol(argv[2], NULL, 10) - strtol(argv[3], NULL, 10));
	bosett_solver_set_em_quota(s, strtol(argv[3], NULL, 10));
	bosett_solver_set_rule_prices(s, 0);
	bosett_solver_set_approximate(s, approximate);
	if (argc > 4)
		bosett_solver_set_time_limit(s, strtod(argv[4], NULL));
	rc = bosett_solver_run(s, t);
	t2 = now();
	if (rc && bosett_solver_status(s) == BOSETT_SOLVE_NONE)
		fprintf(stderr, "bench-lib: %s\n", bosett_solver_error(s));
	if (argc > 5) {
		FILE *lp = fopen(argv[5], "w");

		if (!lp || bosett_solver_write_lp(s, lp) != BOSETT_OK)
			fprintf(stderr, "bench-lib: %s: %s\n", argv[5], lp ? bosett_solver_error(s) : "cannot open");
		if (lp && fclose(lp) != 0)
			fprintf(stderr, "bench-lib: %s: write error\n", argv[5]);
	}
	printf("municipalities=%zu read=%.3f solve=%.3f status=%s objective=%.6f gap=%.6f\n", row, t1 - t0, t2 - t1,
	       approximate && bosett_solver_status(s) == BOSETT_SOLVE_FEASIBLE ? "approximate" : st[bosett_solver_status(s)],
	       bosett_solver_objective(s), bosett_solver_gap(s));
	for (size_t k = 0; k < nh; k++)
		free(head[k]);
	bosett_solver_free(s);
	bosett_model_free(m);
	bosett_table_free(t);
	return rc != 0;
}
