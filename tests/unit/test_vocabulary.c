/* Unit tests of the column vocabulary (schema_names.c): Norwegian and
 * English headers, per cent, unknown columns, --strict, --keep-columns. */
#include <bosett/bosett.h>

#include "check.h"
#include "table/schema.h"

static struct bosett_table *read_str(const char *s, int strict, const char *keep, int *rc)
{
	struct bosett_table *t = bosett_table_new();

	bosett_table_set_strict(t, strict);
	bosett_table_set_keep_columns(t, keep);
	*rc = bosett_table_read_mem(t, "t.csv", s, strlen(s));
	return t;
}

static double num(const struct bosett_table *t, size_t row, const char *col)
{
	double v = -1;

	CHECK(bosett_table_get(t, row, col, &v) == BOSETT_CELL_NUMBER);
	return v;
}

TEST(norwegian_headers_of_the_adviser)
{
	/* the issue's spreadsheet: Windows-1252, CRLF, ';', "24 404", decimal comma */
	int rc;
	struct bosett_table *t = read_str("Kommunenummer;Kommune;Innbyggere;Ledighet;Boliger\r\n"
	                                  "1505;Kristiansund;24 404;2,4;14\r\n"
	                                  "1506;Molde;32\xa0" "816;1,0 %;20\r\n", 0, NULL, &rc);

	CHECK(rc == BOSETT_OK);
	CHECK_STR(bosett_table_colname(t, 0), "kommunenr");
	CHECK_STR(bosett_table_colname(t, 2), "population");
	CHECK_STR(bosett_table_colname(t, 3), "unemployment_rate");
	CHECK_STR(bosett_table_colname(t, 4), "housing_units");
	CHECK_NUM(num(t, 0, "population"), 24404);
	CHECK_NUM(num(t, 1, "population"), 32816);
	/* Norwegian names of shares are per cent, as NAV publishes them */
	CHECK_NUM(num(t, 0, "unemployment_rate"), 0.024);
	CHECK_NUM(num(t, 1, "unemployment_rate"), 0.01);
	CHECK(bosett_table_warning_count(t) == 0);
	bosett_table_free(t);
}

TEST(nynorsk_and_english_names)
{
	int rc;
	struct bosett_table *t = read_str("Knr,Namn,Folketal,Bustader,Vedtak i fjor,Anmodning i fjor,Sysselsetting\n"
	                                  "301,Oslo,717710,5,100,120,68.5\n", 0, NULL, &rc);

	CHECK(rc == BOSETT_OK);
	CHECK_STR(bosett_table_colname(t, 1), "kommune");
	CHECK_STR(bosett_table_colname(t, 3), "housing_units");
	CHECK_STR(bosett_table_colname(t, 4), "decided_prev");
	CHECK_STR(bosett_table_colname(t, 5), "requested_prev");
	CHECK_NUM(num(t, 0, "employment_rate"), 0.685);
	bosett_table_free(t);
	t = read_str("municipality number,municipality,inhabitants,dwellings\n0301,Oslo,717710,5\n", 0, NULL, &rc);
	CHECK(rc == BOSETT_OK);
	CHECK_STR(bosett_table_colname(t, 3), "housing_units");
	bosett_table_free(t);
}

TEST(per_cent_marks)
{
	int rc;
	struct bosett_table *t = read_str("kommunenr,kommune,population,unemployment_rate (%),employment_rate\n"
	                                  "0301,Oslo,5,2.4,68 %\n", 0, NULL, &rc);

	CHECK(rc == BOSETT_OK);
	CHECK_NUM(num(t, 0, "unemployment_rate"), 0.024);
	CHECK_NUM(num(t, 0, "employment_rate"), 0.68);
	bosett_table_free(t);
	t = read_str("kommunenr;kommune;population;ledighet prosent\n0301;Oslo;5;3,1\n", 0, NULL, &rc);
	CHECK(rc == BOSETT_OK);
	CHECK_NUM(num(t, 0, "unemployment_rate"), 0.031);
	bosett_table_free(t);
	/* a fraction column without a mark: 2.4 is refused, with the way to write it */
	t = read_str("kommunenr,kommune,population,unemployment_rate\n0301,Oslo,5,2.4\n", 0, NULL, &rc);
	CHECK(rc == BOSETT_EDATA);
	CHECK(strstr(bosett_table_error(t), "column 'unemployment_rate'") != NULL);
	CHECK(strstr(bosett_table_error(t), "% sign") != NULL);
	bosett_table_free(t);
	/* per cent above 100 is still out of range */
	t = read_str("kommunenr,kommune,population,unemployment_rate\n0301,Oslo,5,140 %\n", 0, NULL, &rc);
	CHECK(rc == BOSETT_EDATA);
	bosett_table_free(t);
}

TEST(unknown_column_warned_with_the_nearest_name)
{
	int rc;
	struct bosett_table *t = read_str("kommunenr,kommune,population,max_setle,housing_unit\n0301,Oslo,5,5,3\n",
	                                  0, NULL, &rc);

	CHECK(rc == BOSETT_OK);
	CHECK(bosett_table_warning_count(t) == 2);
	CHECK_STR(bosett_table_warning(t, 0), "t.csv:1: column 'max_setle': unknown column, not used; did you mean "
	          "'max_settle'? (an x_ prefix or --keep-columns keeps an extra column quietly)");
	CHECK(strstr(bosett_table_warning(t, 1), "did you mean 'housing_units'?") != NULL);
	bosett_table_free(t);
}

TEST(strict_refuses_an_unknown_column)
{
	int rc;
	struct bosett_table *t = read_str("kommunenr,kommune,population,max_setle\n0301,Oslo,5,5\n", 1, NULL, &rc);

	CHECK(rc == BOSETT_EDATA);
	CHECK_STR(bosett_table_error(t),
	          "t.csv:1: column 'max_setle': unknown column; did you mean 'max_settle'? (--strict)");
	CHECK(bosett_table_nrows(t) == 0);
	bosett_table_free(t);
}

TEST(deliberate_extras_pass_quietly)
{
	int rc;
	struct bosett_table *t = read_str("kommunenr,kommune,population,x_note,merknad,score_housing,recommended\n"
	                                  "0301,Oslo,5,a,b,0.1,3\n", 1, "merknad", &rc);

	CHECK(rc == BOSETT_OK);
	CHECK(bosett_table_warning_count(t) == 0);
	CHECK_STR(bosett_table_text(t, 0, 3), "a");
	bosett_table_free(t);
}

TEST(missing_required_column_names_the_header_at_fault)
{
	int rc;
	struct bosett_table *t = read_str("Knr;Kommune;Innbygere\n1505;Kristiansund;3\n", 0, NULL, &rc);

	CHECK(rc == BOSETT_EDATA);
	CHECK(strstr(bosett_table_error(t), "column 'population': required column missing (accepted names: "
	             "population, innbyggere,") != NULL);
	CHECK(strstr(bosett_table_error(t), "the header \"Innbygere\" is not one of them (did you mean 'innbyggere'?)") != NULL);
	bosett_table_free(t);
}

TEST(suggestions_only_for_slips)
{
	CHECK_STR(bosett_schema_suggest("max_setle"), "max_settle");
	CHECK_STR(bosett_schema_suggest("Innbygere"), "innbyggere");
	CHECK(bosett_schema_suggest("fotnote") == NULL); /* "merknad" is survey_comment */
	CHECK(bosett_schema_suggest("x") == NULL);
}

TEST(every_alias_is_documented)
{
	/* bosett-data(5) lists every alias of the vocabulary */
	FILE *fp = fopen(BOSETT_SOURCE_DIR "/man/man5/bosett-data.5", "r");
	char *page = NULL;
	size_t len = 0;
	const char *alias, *col;
	int pct;

	CHECK(fp != NULL);
	if (!fp)
		return;
	CHECK(getdelim(&page, &len, '\0', fp) > 0);
	fclose(fp);
	for (size_t i = 0; (alias = bosett_schema_alias(i, &col, &pct)) != NULL; i++) {
		char want[128], esc[96];
		size_t o = 0;

		/* as mdoc writes it: å ø æ as \(oa \(/o \(ae */
		for (const char *p = alias; *p && o + 5 < sizeof esc; p++) {
			const char *e = !strncmp(p, "\xc3\xa5", 2) ? "\\(oa" : !strncmp(p, "\xc3\xb8", 2) ? "\\(/o"
			              : !strncmp(p, "\xc3\xa6", 2) ? "\\(ae" : NULL;

			if (e) {
				memcpy(esc + o, e, 4);
				o += 4;
				p++;
			} else {
				esc[o++] = *p;
			}
		}
		esc[o] = '\0';
		snprintf(want, sizeof want, ".Li %s", esc);
		if (!strstr(page, want)) {
			fprintf(stderr, "bosett-data(5) does not document the name '%s' of '%s'\n", alias, col);
			check_failed = 1;
		}
	}
	free(page);
}

const struct check_case check_cases[] = {
	CASE(norwegian_headers_of_the_adviser), CASE(nynorsk_and_english_names), CASE(per_cent_marks),
	CASE(unknown_column_warned_with_the_nearest_name), CASE(strict_refuses_an_unknown_column),
	CASE(deliberate_extras_pass_quietly), CASE(missing_required_column_names_the_header_at_fault),
	CASE(suggestions_only_for_slips), CASE(every_alias_is_documented), { NULL, NULL }
};

CHECK_MAIN
