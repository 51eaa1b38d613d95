/*
 * locale_solve.c - a program as a user of libbosett writes it: it sets its
 * locale first (setlocale(LC_ALL, LOCALE), "" for the environment's, as
 * most programs do), then solves one county through the public API alone
 * and writes every form of the answer into DIR. Run under the C locale and
 * under nb_NO.UTF-8 (decimal comma), the two directories must be the same
 * byte for byte (tests/api/locale.sh, tests/reliability/locale.sh).
 *   locale_solve LOCALE TABLE COUNTY_TOTALS COUNTY DIR
 * Exit 0; 1 on a failure; 77 when LOCALE cannot be set.
 */
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include <bosett/bosett.h>

static int fail(const char *what, const char *msg)
{
	fprintf(stderr, "locale_solve: %s: %s\n", what, msg);
	return 1;
}

/* dir/name opened for writing. */
static FILE *out(const char *dir, const char *name)
{
	char path[4096];

	snprintf(path, sizeof path, "%s/%s", dir, name);
	return fopen(path, "wb");
}

static int write_table(struct bosett_table *t, const char *dir, const char *name, enum bosett_format f)
{
	FILE *fp = out(dir, name);
	int rc = fp && bosett_table_write(t, fp, f) == BOSETT_OK ? 0 : 1;

	if (fp && fclose(fp) != 0)
		rc = 1;
	return rc ? fail(name, bosett_table_error(t)) : 0;
}

static int write_report(struct bosett_report *r, const char *dir, const char *name, enum bosett_report_format f)
{
	FILE *fp = out(dir, name);
	int rc = fp && bosett_report_write(r, fp, f) == BOSETT_OK ? 0 : 1;

	if (fp && fclose(fp) != 0)
		rc = 1;
	return rc ? fail(name, bosett_report_error(r)) : 0;
}

static int write_lp(struct bosett_solver *s, const char *dir)
{
	FILE *fp = out(dir, "model.lp");
	int rc = fp && bosett_solver_write_lp(s, fp) == BOSETT_OK ? 0 : 1;

	if (fp && fclose(fp) != 0)
		rc = 1;
	return rc ? fail("model.lp", bosett_solver_error(s)) : 0;
}

/* The library's own number calls, whatever the locale. */
static int numbers(void)
{
	double v = 0;
	char buf[32];

	if (bosett_parse_double("1.5e3", &v) != BOSETT_OK || v != 1500)
		return fail("bosett_parse_double(\"1.5e3\")", "not 1500");
	if (strcmp(bosett_format_double(buf, sizeof buf, 19.17), "19.17") != 0)
		return fail("bosett_format_double(19.17)", buf);
	return 0;
}

static int solve(const char *table, const char *totals, const char *county, const char *dir)
{
	struct bosett_model *m = bosett_model_new();
	struct bosett_table *t = bosett_table_new();
	struct bosett_solver *s = m ? bosett_solver_new(m) : NULL;
	struct bosett_report *r = NULL;
	long total = 0;
	int year = 0, rc = 1;
	char msg[1024];

	if (!m || !t || !s)
		rc = fail("setup", "out of memory");
	else if (bosett_table_read_file(t, table) != BOSETT_OK)
		rc = fail(table, bosett_table_error(t));
	else if (bosett_table_keep_county(t, county) != BOSETT_OK)
		rc = fail(county, bosett_table_error(t));
	else if (bosett_county_total(totals, county, 0, &total, &year, msg, sizeof msg) != BOSETT_OK)
		rc = fail(totals, msg);
	else if (bosett_solver_set_total(s, total, 0) != BOSETT_OK || bosett_solver_run(s, t) != BOSETT_OK)
		rc = fail("solve", bosett_solver_error(s));
	else if (!(r = bosett_report_new(t)))
		rc = fail("report", "out of memory");
	else
		rc = write_table(t, dir, "table.csv", BOSETT_FORMAT_CSV) || write_table(t, dir, "table.json", BOSETT_FORMAT_JSON) ||
		     write_lp(s, dir) || write_report(r, dir, "report.html", BOSETT_REPORT_HTML) ||
		     write_report(r, dir, "report.json", BOSETT_REPORT_JSON) || write_report(r, dir, "report.md", BOSETT_REPORT_MD) ||
		     write_report(r, dir, "report.txt", BOSETT_REPORT_TXT);
	bosett_report_free(r);
	bosett_solver_free(s);
	bosett_table_free(t);
	bosett_model_free(m);
	return rc;
}

int main(int argc, char **argv)
{
	const char *want;

	if (argc != 6) {
		fprintf(stderr, "usage: locale_solve LOCALE TABLE COUNTY_TOTALS COUNTY DIR\n");
		return 2;
	}
	want = strcmp(argv[1], "-") == 0 ? "" : argv[1];
	if (!setlocale(LC_ALL, want)) {
		fprintf(stderr, "locale_solve: locale \"%s\" cannot be set: skipped\n", want);
		return 77;
	}
	/* say which decimal mark the program runs with, so that a caller can
	 * tell a test that ran under a comma from one that did not */
	printf("decimal_point %s\n", localeconv()->decimal_point);
	return numbers() || solve(argv[2], argv[3], argv[4], argv[5]);
}
