/* Unit tests of the contract at the top of bosett.h: statuses (never -1),
 * messages on the handle, writers to a FILE *, size_t indexes with
 * BOSETT_NPOS, and the name<->enum parsers of the library. Public API only. */
#include <bosett/bosett.h>

#include "check.h"
#include "fixture.h"

/* The text a writer puts on a memory stream (free()); *rc its status. */
#define CAPTURE(call, rc, text) do { size_t len_ = 0; FILE *fp = open_memstream(&(text), &len_); \
	(rc) = (call); CHECK(fclose(fp) == 0); } while (0)

TEST(failures_are_statuses_not_minus_one)
{
	struct bosett_table *t = bosett_table_new();
	struct bosett_model *m = bosett_model_new();
	const char *name, *sha, *bad = "kommunenr,kommune,population\n0301,Oslo,many\n";
	unsigned long long bytes;
	long l;
	double d;

	CHECK(bosett_parse_long("12x", &l) == BOSETT_EDATA);
	CHECK(bosett_parse_double("nan", &d) == BOSETT_EDATA);
	CHECK(bosett_parse_long("12", &l) == BOSETT_OK && l == 12);
	CHECK(bosett_table_read_mem(t, "t.csv", bad, strlen(bad)) == BOSETT_EDATA);
	CHECK(strstr(bosett_table_error(t), "t.csv:2:") != NULL);
	CHECK(bosett_table_input_get(t, 0, &name, &bytes, &sha) == BOSETT_EUSAGE);
	CHECK(bosett_model_get(m, "no_such_key", &d) == BOSETT_EUSAGE);
	CHECK(bosett_model_input(m, &name, &bytes, &sha) == BOSETT_EUSAGE);
	CHECK(bosett_model_load(m, "no-such-model.json") == BOSETT_EIO); /* a file that cannot be opened */
	CHECK(bosett_model_error(m)[0] != '\0');
	CHECK(bosett_table_set_kind(t, 0, 0, BOSETT_CELL_NUMBER) == BOSETT_EUSAGE);
	bosett_model_free(m);
	bosett_table_free(t);
}

TEST(indexes_are_size_t_with_npos_for_none)
{
	struct bosett_table *t = fixture_table("kommunenr,kommune,population\n0301,Oslo,717710\n1505,Kristiansund,24404\n");
	size_t col = 0, row = 0;

	CHECK(bosett_table_col(t, "population") == 2);
	CHECK(bosett_table_col(t, "nope") == BOSETT_NPOS);
	CHECK(bosett_table_find(t, "1505") == 1);
	CHECK(bosett_table_find(t, "9999") == BOSETT_NPOS);
	CHECK(bosett_table_add_col(t, "x_note", &col) == BOSETT_OK && col == 3);
	CHECK(bosett_table_add_col(t, "population", &col) == BOSETT_OK && col == 2);
	CHECK(bosett_table_add_col(t, "x_other", NULL) == BOSETT_OK && bosett_table_ncols(t) == 5);
	CHECK(bosett_table_add_row(t, &row) == BOSETT_OK && row == 2 && bosett_table_nrows(t) == 3);
	for (size_t k = bosett_table_ncols(t); k < BOSETT_COLS_MAX; k++) {
		char name[32];

		snprintf(name, sizeof name, "x_%zu", k);
		CHECK(bosett_table_add_col(t, name, NULL) == BOSETT_OK);
	}
	col = 7;
	CHECK(bosett_table_add_col(t, "x_one_too_many", &col) == BOSETT_EDATA && col == 7);
	CHECK(strstr(bosett_table_error(t), "more than 1000 columns") != NULL);
	bosett_table_free(t);
}

TEST(writers_take_a_file)
{
	struct bosett_table *t = fixture_table("kommunenr,kommune,population\n0001,A,50000\n0002,B,9000\n0003,C,3000\n"
	                               "0004,D,2000\n0005,E,36000\n");
	struct bosett_model *m = bosett_model_new(), *back = bosett_model_new();
	struct bosett_solver *s = bosett_solver_new(m);
	char *text = NULL;
	enum bosett_status rc;

	CAPTURE(bosett_solver_write_lp(s, fp), rc, text);
	CHECK(rc == BOSETT_EDATA && text && text[0] == '\0');
	CHECK(strstr(bosett_solver_error(s), "solve first") != NULL);
	free(text);
	bosett_solver_set_quota(s, 47);
	CHECK(bosett_solver_run(s, t) == BOSETT_OK);
	CAPTURE(bosett_solver_write_lp(s, fp), rc, text);
	CHECK(rc == BOSETT_OK && text && strstr(text, "Subject To") && strstr(text, "End"));
	free(text);
	CAPTURE(bosett_model_write_json(m, fp), rc, text);
	CHECK(rc == BOSETT_OK && text && text[0] == '{');
	CHECK(text && bosett_model_read_mem(back, "m.json", text, strlen(text)) == BOSETT_OK);
	free(text);
	bosett_solver_free(s);
	bosett_model_free(back);
	bosett_model_free(m);
	bosett_table_free(t);
}

TEST(explain_writes_or_says_why_not)
{
	struct bosett_table *t = fixture_table("kommunenr,kommune,population\n0001,A,50000\n0002,B,9000\n");
	struct bosett_scorer *s = bosett_scorer_new();
	char *text = NULL;
	enum bosett_status rc;

	CHECK(bosett_scorer_run(s, t) == BOSETT_OK);
	CAPTURE(bosett_scorer_write_explain(s, t, "0002", fp), rc, text);
	CHECK(rc == BOSETT_OK && text && strstr(text, "0002 B") != NULL);
	free(text);
	CAPTURE(bosett_scorer_write_explain(s, t, "0404", fp), rc, text);
	CHECK(rc == BOSETT_EUSAGE && text && text[0] == '\0');
	CHECK(strstr(bosett_scorer_error(s), "0404: not in the table") != NULL);
	free(text);
	bosett_scorer_free(s);
	bosett_table_free(t);
}

TEST(names_and_enums_both_ways)
{
	enum bosett_method me = BOSETT_METHOD_OPTIMISE;
	enum bosett_score_scope sc = BOSETT_SCORE_SCOPE_NATION;
	enum bosett_format f = BOSETT_FORMAT_CSV;

	for (int k = BOSETT_METHOD_OPTIMISE; k <= BOSETT_METHOD_KEY; k++)
		CHECK(bosett_method_parse(bosett_method_name((enum bosett_method)k), &me) == BOSETT_OK && (int)me == k);
	CHECK_STR(bosett_method_name(BOSETT_METHOD_SAINTE_LAGUE), "sainte-lague");
	CHECK(bosett_method_parse("optimize", &me) == BOSETT_EUSAGE && me == BOSETT_METHOD_KEY);
	CHECK(bosett_score_scope_parse("county", &sc) == BOSETT_OK && sc == BOSETT_SCORE_SCOPE_COUNTY);
	CHECK_STR(bosett_score_scope_name(BOSETT_SCORE_SCOPE_NATION), "nation");
	CHECK(bosett_score_scope_parse("world", &sc) == BOSETT_EUSAGE);
	CHECK(bosett_format_parse("json", &f) == BOSETT_OK && f == BOSETT_FORMAT_JSON);
	CHECK(bosett_format_parse("CSV", &f) == BOSETT_EUSAGE);
}

const struct check_case check_cases[] = {
	CASE(failures_are_statuses_not_minus_one), CASE(indexes_are_size_t_with_npos_for_none),
	CASE(writers_take_a_file), CASE(explain_writes_or_says_why_not), CASE(names_and_enums_both_ways),
	{ NULL, NULL }
};

CHECK_MAIN
