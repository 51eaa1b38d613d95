/* Unit tests of the criteria bosett-import reads for the default score
 * (issue 20): real excerpts of the files in ../shared/data, copied into
 * tests/import/ (Kilde: IMDi, SSB, Udir): four municipalities of Møre og
 * Romsdal and their code history. */
#include <bosett/bosett.h>
#include <bosett/import.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "check.h"

#define DIR BOSETT_SOURCE_DIR "/tests/import/"

static struct bosett_table *import(int year, const char *const *files, int *rc)
{
	struct bosett_import *imp = bosett_import_new();
	struct bosett_table *t = bosett_table_new();

	bosett_import_set_year(imp, year);
	CHECK(bosett_import_add_file(imp, DIR "kommuner-mr-excerpt.json", NULL) == BOSETT_OK);
	CHECK(bosett_import_add_file(imp, DIR "history-mr-excerpt.tsv", NULL) == BOSETT_OK);
	for (size_t i = 0; files[i]; i++)
		if (bosett_import_add_file(imp, files[i], NULL) != BOSETT_OK) {
			fprintf(stderr, "%s\n", bosett_import_error(imp));
			CHECK(0);
		}
	*rc = bosett_import_run(imp, t);
	if (*rc != BOSETT_OK)
		fprintf(stderr, "%s\n", bosett_import_error(imp));
	bosett_import_free(imp);
	return t;
}

static double num(const struct bosett_table *t, const char *code, const char *col)
{
	size_t r = bosett_table_find(t, code), c = bosett_table_col(t, col);
	double v = NAN;

	if (r == BOSETT_NPOS || c == BOSETT_NPOS || bosett_table_cell(t, r, c, &v) != BOSETT_CELL_NUMBER)
		return NAN;
	return v;
}

static const char *const intro_files[] = { DIR "imdi-intro-2011-2013-excerpt.csv", DIR "imdi-intro-2014-excerpt.csv",
	                                   NULL };

/* persons pooled over 2011-2014 on today's codes (1502 Molde is 1506, 1504
 * Ålesund goes to 1508, 1534 Haram to 1580), a suppressed year left out
 * (1505 in 2014, 1534 in 2011 and 2014) */
TEST(intro_pooled_in_persons_on_todays_codes)
{
	int rc;
	struct bosett_table *t = import(2026, intro_files, &rc);

	CHECK(rc == BOSETT_OK);
	CHECK_NUM(num(t, "1506", "intro_participants"), 22 + 32 + 27 + 27);
	CHECK_NUM(num(t, "1508", "intro_participants"), 12 + 22 + 16 + 24);
	CHECK_NUM(num(t, "1580", "intro_participants"), 8 + 16);
	CHECK_NUM(num(t, "1505", "intro_participants"), 27 + 24 + 29);
	CHECK_STR(bosett_table_meta_get(t, "import.year.intro_result"), "2011-2014");
	bosett_table_free(t);
}

/* each municipality's share moves toward the county's (192 of 286), the
 * small one most */
TEST(intro_shrunk_toward_county)
{
	int rc;
	struct bosett_table *t = import(2026, intro_files, &rc);
	double pc = 192.0 / 286.0, raw5 = 44.0 / 80.0, raw6 = 87.0 / 108.0, r5, r6, r80;

	CHECK(rc == BOSETT_OK);
	r5 = num(t, "1505", "intro_result");
	r6 = num(t, "1506", "intro_result");
	r80 = num(t, "1580", "intro_result");
	CHECK(r5 > raw5 && r5 < pc);
	CHECK(r6 < raw6 && r6 > pc);
	/* Haram, 24 completed: nearer the county than Kristiansund, 80 */
	CHECK(fabs(r80 - pc) / fabs(14.0 / 24.0 - pc) < fabs(r5 - pc) / fabs(raw5 - pc));
	CHECK(strstr(bosett_table_meta_get(t, "import.note.intro_result"), "shrunk toward the county") != NULL);
	bosett_table_free(t);
}

/* a table for 2014 holds nothing of 2014 itself */
TEST(intro_uses_only_years_before_the_tables)
{
	int rc;
	struct bosett_table *t = import(2014, intro_files, &rc);

	CHECK(rc == BOSETT_OK);
	CHECK_NUM(num(t, "1506", "intro_participants"), 22 + 32 + 27);
	CHECK_STR(bosett_table_meta_get(t, "import.year.intro_result"), "2011-2013");
	bosett_table_free(t);
}

static const char *const retention_files[] = { DIR "imdi-flytting-2021-excerpt.csv",
	                                       DIR "imdi-settled-2017-2021-excerpt.csv", NULL };

/* 1505 Kristiansund: 185 still living there of 0-4 years in Norway at the
 * end of 2021, 52 + 30 + 21 + 19 + 21 settled in 2017-2021 */
TEST(retention_over_five_years_of_settlement)
{
	int rc;
	struct bosett_table *t = import(2026, retention_files, &rc);

	CHECK(rc == BOSETT_OK);
	CHECK_NUM(num(t, "1505", "retention"), round(185.0 / 143.0 * 1e4) / 1e4);
	/* Molde: two suppressed cells (Midsund 2017, Nesset 2018, 1-4 people
	 * each) left out of 230 known: at most 8, within 5 % */
	CHECK_NUM(num(t, "1506", "retention"), round(243.0 / 230.0 * 1e4) / 1e4);
	/* Haram: one suppressed cell (2019) beside about 40 known: no figure */
	CHECK(isnan(num(t, "1580", "retention")));
	CHECK(num(t, "1508", "retention") > 0);
	CHECK_STR(bosett_table_meta_get(t, "import.year.retention"), "2021 (settled 2017-2021)");
	bosett_table_free(t);
}

/* a table for 2021 cannot use the 2021 figures: no year has five before it */
TEST(retention_uses_only_years_before_the_tables)
{
	int rc;
	struct bosett_table *t = import(2021, retention_files, &rc);

	CHECK(rc == BOSETT_OK);
	CHECK(bosett_table_col(t, "retention") == BOSETT_NPOS);
	bosett_table_free(t);
}


/* Udir GSI: pupils given reinforced Norwegian over all pupils, a "*"
 * suppressed count kept as ":", the school year in the provenance */
TEST(gsi_norwegian_instruction_share)
{
	static const char *const files[] = { DIR "udir-gsi-excerpt.json", NULL };
	int rc;
	struct bosett_table *t = import(2026, files, &rc);
	size_t r = bosett_table_find(t, "1580");

	CHECK(rc == BOSETT_OK);
	CHECK_NUM(num(t, "1506", "norwegian_instruction_share"), round(358.0 / 3725.0 * 1e4) / 1e4);
	CHECK_NUM(num(t, "1511", "norwegian_instruction_share"), round(25.0 / 288.0 * 1e4) / 1e4);
	CHECK(bosett_table_cell(t, r, bosett_table_col(t, "norwegian_instruction_share"), NULL) ==
	      BOSETT_CELL_SUPPRESSED);
	CHECK_STR(bosett_table_meta_get(t, "import.year.norwegian_instruction_share"), "2025-26");
	bosett_table_free(t);
}

/* IMDi's grants: only the Norwegian training of adults, the latest year;
 * "Ålesund (f.o.m. 2020)" under 1508 is divided with Haram by population;
 * "Anonymisert" is suppressed */
TEST(grants_norwegian_training_of_adults)
{
	static const char *const files[] = { DIR "imdi-tilskudd-excerpt.csv", NULL };
	int rc;
	struct bosett_table *t = import(2026, files, &rc);
	double a = num(t, "1508", "norwegian_training_grant"), h = num(t, "1580", "norwegian_training_grant");

	CHECK(rc == BOSETT_OK);
	CHECK_NUM(num(t, "1505", "norwegian_training_grant"), 8968035);
	CHECK_NUM(num(t, "1506", "norwegian_training_grant"), 17159934);
	CHECK(fabs(a + h - 15551025.24) < 1.0);
	CHECK(a > 5 * h && h > 0);
	CHECK_STR(bosett_table_meta_get(t, "import.year.norwegian_training_grant"), "2023");
	bosett_table_free(t);
}

/* SSB 07459 and 11618: the 16-19-year-olds' share (this excerpt has ages
 * 0, 19, 20, 66, 67 and 105) and jobs per resident aged 15-74 */
TEST(youth_share_and_jobs_per_working_age)
{
	static const char *const files[] = { DIR "ssb07459-excerpt.csv", DIR "ssb11618-excerpt.csv", NULL };
	int rc;
	struct bosett_table *t = import(2026, files, &rc);

	CHECK(rc == BOSETT_OK);
	CHECK_NUM(num(t, "1505", "age_16_19_share"), round(308.0 / (193 + 308 + 282 + 327 + 303) * 1e4) / 1e4);
	CHECK_NUM(num(t, "1505", "jobs_per_working_age"), round(11455.0 / 18229.0 * 1e4) / 1e4);
	CHECK_STR(bosett_table_meta_get(t, "import.year.jobs_per_working_age"), "2022");
	bosett_table_free(t);
}

const struct check_case check_cases[] = {
	CASE(intro_pooled_in_persons_on_todays_codes),
	CASE(intro_shrunk_toward_county),
	CASE(intro_uses_only_years_before_the_tables),
	CASE(retention_over_five_years_of_settlement),
	CASE(retention_uses_only_years_before_the_tables),
	CASE(gsi_norwegian_instruction_share),
	CASE(grants_norwegian_training_of_adults),
	CASE(youth_share_and_jobs_per_working_age),
	{ NULL, NULL }
};

CHECK_MAIN
