/* Unit tests of the .xlsx reader (xlsx_reader.c): a sheet gives the grid
 * Excel's own CSV export gives. NAV's HL060 workbook is compared with the
 * CSV NAV's sheet 4 was saved as (both in ../shared/data; skipped where
 * absent); the vendored radgiver.xlsx works on a fresh clone. */
#include <bosett/bosett.h>

#include "check.h"
#include "base/internal.h"
#include "io/xlsx_reader.h"

#define SHARED BOSETT_SOURCE_DIR "/../shared/data/"
#define FIXTURES BOSETT_SOURCE_DIR "/tests/cli/fixtures/"

struct grid {
	char ***rows;
	size_t *n;
	long *line;
	size_t nrows;
};

static int keep_row(void *ctx, long line, size_t nf, char **f, const size_t *lens)
{
	struct grid *g = ctx;

	(void)lens;
	g->rows = realloc(g->rows, (g->nrows + 1) * sizeof *g->rows);
	g->n = realloc(g->n, (g->nrows + 1) * sizeof *g->n);
	g->line = realloc(g->line, (g->nrows + 1) * sizeof *g->line);
	g->rows[g->nrows] = malloc(nf * sizeof(char *));
	for (size_t i = 0; i < nf; i++)
		g->rows[g->nrows][i] = bosett_strdup(f[i]);
	g->n[g->nrows] = nf;
	g->line[g->nrows] = line;
	g->nrows++;
	return 0;
}

static void grid_free(struct grid *g)
{
	for (size_t r = 0; r < g->nrows; r++) {
		for (size_t i = 0; i < g->n[r]; i++)
			free(g->rows[r][i]);
		free(g->rows[r]);
	}
	free(g->rows);
	free(g->n);
	free(g->line);
}

static int slurp(const char *path, struct bosett_buf *b)
{
	char err[BOSETT_ERRMAX];
	const char *name;

	return bosett_slurp(path, b, &name, err);
}

TEST(nav_workbook_matches_its_csv_export)
{
	struct bosett_buf x = { 0 }, c = { 0 };
	struct grid g = { 0 };
	char err[BOSETT_ERRMAX] = "";
	size_t compared = 0;

	if (slurp(SHARED "nav_hl060_helt_ledige_2022.xlsx", &x) != 0 ||
	    slurp(SHARED "nav_hl060_helt_ledige_kommune_prosent_2022.csv", &c) != 0) {
		fprintf(stderr, "no ../shared/data: skipped\n");
		exit(77);
	}
	CHECK(bosett_xlsx_detect(x.data, x.len));
	CHECK(bosett_xlsx_parse("nav.xlsx", x.data, x.len, "4. Kommune Prosent av arbeidsst", keep_row, &g, err) == 0);
	CHECK_STR(err, "");
	/* every municipality line of the CSV (";NNNN Name;v;v;...") against the grid's row */
	for (char *line = strtok(c.data, "\r\n"); line; line = strtok(NULL, "\r\n")) {
		char *f[16];
		size_t nf = 0;
		size_t r;

		if (line[0] != ';' || !(line[1] >= '0' && line[1] <= '9' && line[5] == ' '))
			continue;
		for (char *p = line; nf < 16; ) {
			char *e = strchr(p, ';');

			f[nf++] = p;
			if (!e)
				break;
			*e = '\0';
			p = e + 1;
		}
		/* names with æøå are Windows-1252 in the CSV: match on the code */
		for (r = 0; r < g.nrows; r++)
			if (g.n[r] > 1 && strncmp(g.rows[r][1], f[1], 5) == 0)
				break;
		CHECK(r < g.nrows);
		if (r == g.nrows)
			continue;
		CHECK(g.rows[r][0][0] == '\0'); /* the empty column A, as in the CSV */
		for (size_t i = 2; i < nf && i < g.n[r]; i++) {
			char want[32];
			char *comma;

			snprintf(want, sizeof want, "%s", f[i]);
			if ((comma = strchr(want, ',')) != NULL)
				*comma = '.';
			if (strcmp(g.rows[r][i], want) != 0) {
				fprintf(stderr, "%.5s month %zu: xlsx \"%s\", csv \"%s\"\n", f[1], i - 1, g.rows[r][i], want);
				check_failed = 1;
			}
			compared++;
		}
	}
	/* 356 municipalities (2020 codes) and Svalbard, ten months each */
	CHECK(compared >= 3560);
	grid_free(&g);
	bosett_buf_free(&x);
	bosett_buf_free(&c);
}

TEST(nav_workbook_first_sheet_and_missing_sheet)
{
	struct bosett_buf x = { 0 };
	struct grid g = { 0 };
	char err[BOSETT_ERRMAX] = "";

	if (slurp(SHARED "nav_hl060_helt_ledige_2022.xlsx", &x) != 0) {
		fprintf(stderr, "no ../shared/data: skipped\n");
		exit(77);
	}
	CHECK(bosett_xlsx_parse("nav.xlsx", x.data, x.len, NULL, keep_row, &g, err) == 0);
	CHECK(g.nrows > 0);
	grid_free(&g);
	memset(&g, 0, sizeof g);
	CHECK(bosett_xlsx_parse("nav.xlsx", x.data, x.len, "Ark1", keep_row, &g, err) == -1);
	CHECK(strstr(err, "nav.xlsx: no sheet \"Ark1\" (the sheets: \"0. Om tabellene\", \"1. Fylke Antall\"") == err);
	bosett_buf_free(&x);
}

TEST(vendored_workbook_reads_as_its_csv)
{
	struct bosett_table *a = bosett_table_new(), *b = bosett_table_new();

	CHECK(bosett_table_read_file(a, FIXTURES "radgiver.xlsx") == BOSETT_OK);
	CHECK(bosett_table_read_file(b, FIXTURES "radgiver.csv") == BOSETT_OK);
	CHECK(bosett_table_nrows(a) == 11 && bosett_table_nrows(a) == bosett_table_nrows(b));
	CHECK(bosett_table_ncols(a) == bosett_table_ncols(b));
	for (size_t r = 0; r < bosett_table_nrows(a); r++)
		for (size_t c = 0; c < bosett_table_ncols(a); c++)
			CHECK_STR(bosett_table_text(a, r, c), bosett_table_text(b, r, c));
	/* Molde's 1.0 % is a fraction in an Excel per-cent format: 0.01, not 0.0001 */
	CHECK_STR(bosett_table_text(a, 1, 3), "0.01");
	/* the row numbers of the sheet are the lines in messages */
	CHECK(bosett_table_row_line(a, 0) == 2);
	CHECK(bosett_table_warning_count(a) == 0);
	bosett_table_free(a);
	bosett_table_free(b);
}

TEST(damaged_workbook_is_an_error)
{
	struct bosett_buf x = { 0 };
	struct bosett_table *t = bosett_table_new();

	CHECK(slurp(FIXTURES "radgiver.xlsx", &x) == 0);
	/* a zip header and then nonsense */
	CHECK(bosett_table_read_mem(t, "bad.xlsx", x.data, 100) == BOSETT_EDATA);
	CHECK(strstr(bosett_table_error(t), "bad.xlsx: not an Excel workbook (.xlsx)") == bosett_table_error(t));
	CHECK(bosett_table_set_sheet(t, "Notater") == 0);
	CHECK(bosett_table_read_mem(t, "r.xlsx", x.data, x.len) == BOSETT_EDATA);
	/* a sheet of notes, one value a row: no header, and what to do */
	CHECK(strstr(bosett_table_error(t), "no header:") != NULL);
	bosett_buf_free(&x);
	bosett_table_free(t);
}

const struct check_case check_cases[] = {
	CASE(nav_workbook_matches_its_csv_export), CASE(nav_workbook_first_sheet_and_missing_sheet),
	CASE(vendored_workbook_reads_as_its_csv), CASE(damaged_workbook_is_an_error), { NULL, NULL }
};

CHECK_MAIN
