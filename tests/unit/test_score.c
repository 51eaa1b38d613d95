/* Unit tests of the score (bosett-score(1), bosett(7) SCORE). The tables
 * are MADE-UP TEST DATA (tests/score/README): invented municipalities. */
#include <bosett/bosett.h>

#include "check.h"
#include "score/score_impl.h"

#define FIXTURE BOSETT_SOURCE_DIR "/tests/score/madeup.csv"
#define MODEL BOSETT_SOURCE_DIR "/tests/score/model.json"

/* bosett_scorer_write_explain into a string (free()); NULL on failure. */
static char *explain(struct bosett_scorer *s, const struct bosett_table *t, const char *knr)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&buf, &len);
	int bad = !fp || bosett_scorer_write_explain(s, t, knr, fp) != BOSETT_OK;

	if (fp && fclose(fp) != 0)
		bad = 1;
	if (bad) {
		free(buf);
		return NULL;
	}
	return buf;
}

static struct bosett_table *fixture(void)
{
	struct bosett_table *t = bosett_table_new();

	CHECK(bosett_table_read_file(t, FIXTURE) == BOSETT_OK);
	bosett_table_sort(t);
	return t;
}

static struct bosett_table *from_str(const char *s)
{
	struct bosett_table *t = bosett_table_new();

	CHECK(bosett_table_read_mem(t, "t.csv", s, strlen(s)) == BOSETT_OK);
	return t;
}

/* Every row's score is the sum of its score_* columns, to the 4 decimals written. */
static void check_adds_up(const struct bosett_table *t)
{
	size_t sc = bosett_table_col(t, "score");

	CHECK(sc != BOSETT_NPOS);
	for (size_t i = 0; i < bosett_table_nrows(t); i++) {
		double score = 0, v, sum = 0;

		CHECK(bosett_table_cell(t, i, (size_t)sc, &score) == BOSETT_CELL_NUMBER);
		for (size_t j = 0; j < bosett_table_ncols(t); j++) {
			const char *name = bosett_table_colname(t, j);

			if (strncmp(name, "score_", 6) == 0 && strcmp(name, "score_imputed") != 0) {
				CHECK(bosett_table_cell(t, i, j, &v) == BOSETT_CELL_NUMBER);
				sum += round(v * 10000);
			}
		}
		CHECK_NUM(sum, round(score * 10000));
		CHECK(score >= -2 && score <= 2);
	}
}

static const char *cell(const struct bosett_table *t, const char *knr, const char *col)
{
	size_t r = bosett_table_find(t, knr);
	size_t c = bosett_table_col(t, col);

	return r == BOSETT_NPOS || c == BOSETT_NPOS ? NULL : bosett_table_text(t, (size_t)r, (size_t)c);
}

TEST(presets_give_documented_weights)
{
	static const char *const want[][2] = {
		{ "imdi-2024", "housing=0.1000,capacity_shown=0.1000,recent_settled=0.0500,adult_ed=0.0500,intro=0.1500,"
		               "retention=0.0500,adult_norwegian=0.0500,school_norwegian=0.0500,region_employment=0.1200,"
		               "region_unemployment=0.0800,region_jobs=0.1000,region_vacancies=0.0500,"
		               "region_upper_secondary=0.0500" },
		{ "sweden", "region_employment=0.4300,population=0.3700,past_reception=0.2000" },
		{ "eu-2015", "population=0.4000,gdp=0.4000,past_reception=0.1000,unemployment=0.1000" },
		{ "population", "population=1.0000" },
	};

	for (size_t p = 0; p < sizeof want / sizeof want[0]; p++) {
		struct bosett_table *t = fixture();
		struct bosett_scorer *s = bosett_scorer_new();

		CHECK(bosett_scorer_preset(s, want[p][0]) == BOSETT_OK);
		CHECK(bosett_scorer_run(s, t) == BOSETT_OK);
		CHECK_STR(bosett_table_meta_get(t, "score.weights"), want[p][1]);
		check_adds_up(t);
		bosett_scorer_free(s);
		bosett_table_free(t);
	}
	CHECK_STR(bosett_scorer_preset_name(1), "sweden");
	CHECK(bosett_scorer_preset_name(4) == NULL);
}

TEST(unknown_preset_is_usage_error)
{
	struct bosett_scorer *s = bosett_scorer_new();

	CHECK(bosett_scorer_preset(s, "norway") == BOSETT_EUSAGE);
	CHECK(strstr(bosett_scorer_error(s), "unknown preset \"norway\"") != NULL);
	bosett_scorer_free(s);
}

TEST(default_adds_up_and_flags_imputed)
{
	struct bosett_table *t = fixture();
	struct bosett_scorer *s = bosett_scorer_new();

	CHECK(bosett_scorer_run(s, t) == BOSETT_OK);
	check_adds_up(t);
	/* 9804's retention is ":" (suppressed): the other member of region 2 has 0.69 */
	CHECK_STR(cell(t, "9804", "score_imputed"), "retention:region");
	/* 9905 is alone in region 5 and has no intro_result: its county's median */
	CHECK_STR(cell(t, "9905", "score_imputed"), "intro:county");
	/* no member of region 3 has vacancies: the county's median of region values */
	CHECK_STR(cell(t, "9901", "score_imputed"), "region_vacancies:county");
	CHECK_STR(cell(t, "9801", "score_imputed"), "");
	/* 9903's norwegian_instruction_share is ":": its region's median */
	CHECK_STR(cell(t, "9903", "score_imputed"), "school_norwegian:region;region_vacancies:county");
	CHECK_STR(bosett_table_meta_get(t, "score.imputed_cells"), "6");
	{
		size_t K = s->ncomps, k;
		size_t r = bosett_table_find(t, "9804"), r2 = bosett_table_find(t, "9905");

		for (k = 0; k < K && strcmp(s->comps[k].name, "retention"); k++)
			;
		CHECK(k < K);
		CHECK_NUM(s->raw[(size_t)r * K + k], 0.69);
		CHECK(s->src[(size_t)r * K + k] == SRC_REGION);
		for (k = 0; k < K && strcmp(s->comps[k].name, "intro"); k++)
			;
		/* county 99 intro results with a value: 0.35 0.41 0.58 0.70 -> 0.495 */
		CHECK_NUM(s->raw[(size_t)r2 * K + k], 0.495);
		CHECK(s->src[(size_t)r2 * K + k] == SRC_COUNTY);
	}
	bosett_scorer_free(s);
	bosett_table_free(t);
}

TEST(region_pools_members_by_population)
{
	struct bosett_table *t = fixture();
	struct bosett_scorer *s = bosett_scorer_new();
	size_t K, k;
	size_t r;

	CHECK(bosett_scorer_run(s, t) == BOSETT_OK);
	K = s->ncomps;
	for (k = 0; k < K && strcmp(s->comps[k].name, "region_employment"); k++)
		;
	/* region 1: 9801 0.80 x 52000 + 9802 0.77 x 8000 (9803 has no value) */
	r = bosett_table_find(t, "9803");
	CHECK_NUM(s->raw[(size_t)r * K + k], (0.80 * 52000 + 0.77 * 8000) / 60000);
	CHECK(s->src[(size_t)r * K + k] == SRC_DATA);
	bosett_scorer_free(s);
	bosett_table_free(t);
}

TEST(robust_z_and_winsorising)
{
	/* values 1 2 3 4 100: median 3, MAD 1, scale 1.4826; 100 is capped at 2 */
	struct bosett_table *t = from_str("kommunenr,kommune,population,retention\n"
	                                  "9001,A,1000,0.01\n9002,B,1000,0.02\n9003,C,1000,0.03\n"
	                                  "9004,D,1000,0.04\n9005,E,1000,1\n");
	struct bosett_scorer *s = bosett_scorer_new();

	CHECK(score_set_weight(s, "retention", 1, 1) == BOSETT_OK);
	s->ncomps = 0;
	CHECK(score_set_weight(s, "retention", 1, 1) == BOSETT_OK);
	CHECK(bosett_scorer_run(s, t) == BOSETT_OK);
	CHECK_NUM(s->z[0], -0.02 / (0.01 * 1.4826));
	CHECK_NUM(s->z[2], 0);
	CHECK_NUM(s->z[4], 2);
	CHECK_STR(cell(t, "9005", "score"), "2.0000");
	CHECK_STR(cell(t, "9001", "score"), "-1.3490");
	bosett_scorer_free(s);
	bosett_table_free(t);
}

TEST(no_spread_falls_back_to_mean_deviation)
{
	/* MAD 0 (three of five equal): scale = 1.2533 x mean |x - median| */
	struct bosett_table *t = from_str("kommunenr,kommune,population,retention\n"
	                                  "9001,A,1000,0.5\n9002,B,1000,0.5\n9003,C,1000,0.5\n"
	                                  "9004,D,1000,0.6\n9005,E,1000,0.4\n");
	struct bosett_scorer *s = bosett_scorer_new();

	s->ncomps = 0;
	CHECK(score_set_weight(s, "retention", 1, 1) == BOSETT_OK);
	CHECK(bosett_scorer_run(s, t) == BOSETT_OK);
	CHECK_NUM(s->scale[0], 1.2533 * 0.2 / 5);
	CHECK_NUM(s->z[3], 0.1 / (1.2533 * 0.04));
	bosett_scorer_free(s);
	bosett_table_free(t);
}

TEST(no_data_anywhere_is_neutral_and_flagged)
{
	struct bosett_table *t = from_str("kommunenr,kommune,population\n9001,A,1000\n9002,B,2000\n");
	struct bosett_scorer *s = bosett_scorer_new();

	CHECK(bosett_scorer_run(s, t) == BOSETT_OK);
	CHECK_STR(cell(t, "9001", "score"), "0.0000");
	CHECK_STR(cell(t, "9002", "score_intro"), "0.0000");
	CHECK(strstr(cell(t, "9001", "score_imputed"), "intro:none") != NULL);
	CHECK_STR(bosett_table_meta_get(t, "score.no_data"),
	          "housing,capacity_shown,recent_settled,adult_ed,intro,retention,adult_norwegian,school_norwegian,"
	          "region_employment,region_unemployment,region_jobs,region_vacancies,region_upper_secondary");
	/* nothing rests on data: every weight is 0, the score 0 */
	CHECK_STR(bosett_table_meta_get(t, "score.weight_on_data"), "0.0000");
	bosett_scorer_free(s);
	bosett_table_free(t);
}

TEST(scope_county_compares_within_county)
{
	struct bosett_table *t = fixture();
	struct bosett_scorer *s = bosett_scorer_new();
	size_t K;
	size_t a, b;

	CHECK(bosett_scorer_preset(s, "population") == BOSETT_OK);
	bosett_scorer_set_scope(s, BOSETT_SCORE_SCOPE_COUNTY);
	CHECK(bosett_scorer_run(s, t) == BOSETT_OK);
	K = s->ncomps;
	a = bosett_table_find(t, "9801");
	b = bosett_table_find(t, "9901");
	/* county 98 populations: median 8000; county 99: 4500 */
	CHECK_NUM(s->med[(size_t)a * K], log(8000));
	CHECK_NUM(s->med[(size_t)b * K], log(4500));
	CHECK_STR(bosett_table_meta_get(t, "score.scope"), "county");
	check_adds_up(t);
	bosett_scorer_free(s);
	bosett_table_free(t);
}

TEST(population_preset_correlates_with_population)
{
	struct bosett_table *t = fixture();
	struct bosett_scorer *s = bosett_scorer_new();

	CHECK(bosett_scorer_preset(s, "population") == BOSETT_OK);
	CHECK(bosett_scorer_run(s, t) == BOSETT_OK);
	/* no ties and no value capped in the fixture: the ranks agree exactly */
	CHECK_NUM(bosett_scorer_population_correlation(s), 1);
	CHECK_STR(bosett_table_meta_get(t, "score.population_correlation"), "1.000");
	bosett_scorer_free(s);
	bosett_table_free(t);
}

TEST(not_asked_is_zero_for_past_reception)
{
	/* "." in IMDi's history: not asked, nobody settled; ":" suppressed: imputed */
	struct bosett_table *t = from_str("kommunenr,kommune,fylkenr,population,settled_avg3\n"
	                                  "9001,A,90,1000,.\n9002,B,90,2000,4\n9003,C,90,1000,:\n"
	                                  "9004,D,90,4000,12\n");
	struct bosett_scorer *s = bosett_scorer_new();

	CHECK(bosett_scorer_preset(s, "sweden") == BOSETT_OK);
	CHECK(bosett_scorer_run(s, t) == BOSETT_OK);
	/* components: region_employment, population, past_reception */
	CHECK_NUM(s->raw[0 * 3 + 2], 0);
	CHECK(s->src[0 * 3 + 2] == SRC_DATA);
	CHECK(s->src[2 * 3 + 2] == SRC_COUNTY);
	CHECK_NUM(s->raw[2 * 3 + 2], 2); /* median of 0, 2 and 3 per 1,000 */
	CHECK_STR(cell(t, "9003", "score_imputed"), "region_employment:none;past_reception:county");
	bosett_scorer_free(s);
	bosett_table_free(t);
}

TEST(model_score_object)
{
	struct bosett_table *t = fixture();
	struct bosett_scorer *s = bosett_scorer_new();

	CHECK(bosett_scorer_read_model_file(s, MODEL) == BOSETT_OK);
	CHECK(bosett_scorer_run(s, t) == BOSETT_OK);
	/* imdi-2024 (100) less housing (10) plus the column x_history 10: sum 100 */
	CHECK_STR(bosett_table_meta_get(t, "score.weights"),
	          "housing=0.0000,capacity_shown=0.1000,recent_settled=0.0500,adult_ed=0.0500,intro=0.1500,"
	          "retention=0.0500,adult_norwegian=0.0500,school_norwegian=0.0500,region_employment=0.1200,"
	          "region_unemployment=0.0800,region_jobs=0.1000,region_vacancies=0.0500,region_upper_secondary=0.0500,"
	          "x_history=0.1000");
	CHECK_STR(bosett_table_meta_get(t, "score.scope"), "county");
	/* 9804's x_history is "." : imputed from region 2's other member */
	CHECK(strstr(cell(t, "9804", "score_imputed"), "x_history:region") != NULL);
	check_adds_up(t);
	bosett_scorer_free(s);
	bosett_table_free(t);
}

TEST(model_errors_name_the_key)
{
	static const char *const bad[][2] = {
		{ "{\"score\": {\"wieghts\": {}}}", "unknown key \"score.wieghts\"" },
		{ "{\"score\": {\"preset\": \"x\"}}", "key \"score.preset\": unknown preset \"x\"" },
		{ "{\"score\": {\"weights\": {\"intro\": -1}}}", "key \"score.weights.intro\": not a number" },
		{ "{\"score\": {\"scope\": \"world\"}}", "key \"score.scope\"" },
		{ "{\"score\": {\"weights\": {\"a\": 1}, \"lower_is_better\": [\"intro\"]}}", "built-in component" },
		{ "{\"score\": []}", "key \"score\": not an object" },
	};

	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		struct bosett_scorer *s = bosett_scorer_new();
		struct bosett_model *m = bosett_model_new();

		CHECK(bosett_scorer_read_model_mem(s, "m.json", bad[i][0], strlen(bad[i][0])) == BOSETT_EDATA);
		if (!strstr(bosett_scorer_error(s), bad[i][1])) {
			fprintf(stderr, "got: %s\n", bosett_scorer_error(s));
			CHECK(0);
		}
		/* the solver's model reader checks the same object */
		CHECK(bosett_model_read_mem(m, "m.json", bad[i][0], strlen(bad[i][0])) == BOSETT_EDATA);
		CHECK(strstr(bosett_model_error(m), bad[i][1]) != NULL);
		/* a failed read leaves the scorer as it was */
		CHECK(s->ncomps == 13);
		bosett_model_free(m);
		bosett_scorer_free(s);
	}
}

TEST(model_without_score_is_accepted_by_both)
{
	const char *doc = "{\"min_settle\": 10, \"score\": {\"preset\": \"sweden\"}}";
	struct bosett_scorer *s = bosett_scorer_new();
	struct bosett_model *m = bosett_model_new();

	CHECK(bosett_model_read_mem(m, "m.json", doc, strlen(doc)) == BOSETT_OK);
	CHECK(bosett_scorer_read_model_mem(s, "m.json", doc, strlen(doc)) == BOSETT_OK);
	CHECK(s->ncomps == 3);
	CHECK(bosett_scorer_read_model_mem(s, "m.json", "{}", 2) == BOSETT_OK);
	CHECK(s->ncomps == 3);
	bosett_model_free(m);
	bosett_scorer_free(s);
}

TEST(named_column_must_exist)
{
	struct bosett_table *t = fixture();
	struct bosett_scorer *s = bosett_scorer_new();
	const char *doc = "{\"score\": {\"weights\": {\"nosuch\": 1}}}";

	CHECK(bosett_scorer_read_model_mem(s, "m.json", doc, strlen(doc)) == BOSETT_OK);
	CHECK(bosett_scorer_run(s, t) == BOSETT_EDATA);
	CHECK(strstr(bosett_scorer_error(s), "column 'nosuch': named by the model's weights but not in the table"));
	bosett_scorer_free(s);
	bosett_table_free(t);
}

TEST(lower_is_better_flips_a_column)
{
	struct bosett_table *t = fixture();
	struct bosett_scorer *s = bosett_scorer_new();
	const char *doc = "{\"score\": {\"weights\": {\"gdp_per_capita\": 1}, \"lower_is_better\": [\"gdp_per_capita\"]}}";

	CHECK(bosett_scorer_read_model_mem(s, "m.json", doc, strlen(doc)) == BOSETT_OK);
	CHECK(bosett_scorer_run(s, t) == BOSETT_OK);
	/* the richest invented municipality scores lowest: GDP median 530000,
	 * MAD 55000, z = -(640000 - 530000) / (1.4826 x 55000) */
	CHECK_STR(cell(t, "9904", "score"), "-1.3490");
	CHECK_STR(cell(t, "9903", "score"), "0.9811"); /* 80000 / 81543 */
	bosett_scorer_free(s);
	bosett_table_free(t);
}

TEST(explain_in_words_and_numbers)
{
	struct bosett_table *t = fixture();
	struct bosett_scorer *s = bosett_scorer_new();
	char *text;

	CHECK(bosett_scorer_run(s, t) == BOSETT_OK);
	text = explain(s, t, "9804");
	CHECK(text != NULL);
	if (text) {
		CHECK(strstr(text, "9804 Eksempelnes (Testfylke A), population 1200") != NULL);
		CHECK(strstr(text, "score -0.1575 = the sum") != NULL);
		CHECK(strstr(text, "100 % of the preset's weight rests on data") != NULL);
		CHECK(strstr(text, "imputed: median of the other municipalities of its commuting region") != NULL);
		CHECK(strstr(text, "Resting on imputed values: retention (region)") != NULL);
		CHECK(strstr(text, "Correlation with population (Spearman, 10 municipalities): score +0.648") != NULL);
	}
	free(text);
	CHECK(explain(s, t, "0000") == NULL);
	CHECK(bosett_scorer_write_explain(s, t, "0000", stdout) == BOSETT_EUSAGE);
	CHECK(strstr(bosett_scorer_error(s), "0000: not in the table") != NULL);
	bosett_scorer_free(s);
	bosett_table_free(t);
}

TEST(rerun_drops_stale_columns)
{
	struct bosett_table *t = fixture();
	struct bosett_scorer *s = bosett_scorer_new();

	CHECK(bosett_scorer_run(s, t) == BOSETT_OK);
	CHECK(bosett_table_col(t, "score_intro") != BOSETT_NPOS);
	CHECK(bosett_scorer_preset(s, "population") == BOSETT_OK);
	CHECK(bosett_scorer_run(s, t) == BOSETT_OK);
	CHECK(bosett_table_col(t, "score_intro") == BOSETT_NPOS);
	CHECK(bosett_table_col(t, "score_population") != BOSETT_NPOS);
	check_adds_up(t);
	bosett_scorer_free(s);
	bosett_table_free(t);
}

TEST(lad_recovers_exact_coefficients)
{
	double y[30], Z[60], beta[2], b = 0;
	unsigned char use[30];
	char err[BOSETT_ERRMAX];

	for (int i = 0; i < 30; i++) {
		Z[2 * i] = (i % 7) - 3;
		Z[2 * i + 1] = (i % 5) * 0.5 - 1;
		y[i] = 1 + 2 * Z[2 * i] + 0.5 * Z[2 * i + 1];
		use[i] = 1;
	}
	CHECK(score_lad(y, Z, 30, 2, use, beta, &b, err) == 0);
	CHECK(fabs(beta[0] - 2) < BOSETT_EPS_GLPK);
	CHECK(fabs(beta[1] - 0.5) < BOSETT_EPS_GLPK);
	CHECK(fabs(b - 1) < BOSETT_EPS_GLPK);
}

TEST(lad_keeps_coefficients_non_negative)
{
	double y[20], Z[20], beta[1], b = 0;
	unsigned char use[20];
	char err[BOSETT_ERRMAX];

	for (int i = 0; i < 20; i++) {
		Z[i] = i - 10;
		y[i] = 3 - 0.7 * Z[i];
		use[i] = 1;
	}
	CHECK(score_lad(y, Z, 20, 1, use, beta, &b, err) == 0);
	CHECK(beta[0] == 0);
	CHECK_NUM(b, 3); /* the median of y */
}

TEST(fit_learns_weights_from_a_column)
{
	/* 30 invented rows: the target follows intro exactly, not housing */
	struct bosett_buf csv = { 0 };
	struct bosett_table *t;
	struct bosett_scorer *s = bosett_scorer_new();
	size_t K;

	bosett_buf_adds(&csv, "kommunenr,kommune,population,intro_result,housing_units,target\n");
	for (int i = 0; i < 30; i++)
		bosett_buf_printf(&csv, "%04d,M%d,%d,%.2f,%d,%.4f\n", 9000 + i, i, 1000 + 100 * i, 0.3 + 0.01 * i,
		                  (i * 7) % 11, 0.1 + 0.5 * (0.3 + 0.01 * i));
	t = from_str(csv.data);
	bosett_buf_free(&csv);
	CHECK(bosett_scorer_set_fit(s, "target") == BOSETT_OK);
	CHECK(bosett_scorer_run(s, t) == BOSETT_OK);
	K = s->ncomps;
	for (size_t k = 0; k < K; k++)
		CHECK_NUM(s->wnorm[k], strcmp(s->comps[k].name, "intro") == 0 ? 1 : 0);
	CHECK(strstr(bosett_scorer_fit_summary(s), "30 rows of 'target'") != NULL);
	CHECK(strstr(bosett_table_meta_get(t, "score.weights_from"), "fit on target") != NULL);
	check_adds_up(t);
	bosett_scorer_free(s);
	bosett_table_free(t);
}

TEST(fit_needs_rows_and_components)
{
	struct bosett_table *t = fixture();
	struct bosett_scorer *s = bosett_scorer_new();

	CHECK(bosett_scorer_set_fit(s, "retention") == BOSETT_OK);
	CHECK(bosett_scorer_run(s, t) == BOSETT_EDATA);
	CHECK(strstr(bosett_scorer_error(s), "9 numbers to fit on, at least 10 needed") != NULL);
	CHECK(bosett_scorer_preset(s, "population") == BOSETT_OK);
	CHECK(bosett_scorer_set_fit(s, "population") == BOSETT_OK);
	CHECK(bosett_scorer_run(s, t) == BOSETT_EDATA);
	CHECK(strstr(bosett_scorer_error(s), "no component of the weights has data apart from the target") != NULL);
	CHECK(bosett_scorer_set_fit(s, "nosuch") == BOSETT_OK);
	CHECK(bosett_scorer_run(s, t) == BOSETT_EDATA);
	bosett_scorer_free(s);
	bosett_table_free(t);
}


/* score_criteria_index: the score bosett-score writes, without writing it;
 * a better labour market or introduction result raises the index */
TEST(criteria_index_is_the_score_and_points_the_right_way)
{
	struct bosett_table *t = fixture(), *u = fixture();
	struct bosett_scorer *s = bosett_scorer_new();
	struct score_index x, y;
	char err[BOSETT_ERRMAX];
	size_t ncols = bosett_table_ncols(t), r;
	double v, sum = 0;

	CHECK(score_criteria_index(t, NULL, BOSETT_SCORE_SCOPE_NATION, &x, err) == BOSETT_OK);
	CHECK(bosett_table_ncols(t) == ncols); /* nothing written */
	CHECK(bosett_scorer_run(s, u) == BOSETT_OK);
	CHECK(x.nrows == bosett_table_nrows(t));
	for (size_t i = 0; i < x.nrows; i++) {
		double part = 0;

		CHECK(bosett_table_cell(u, i, bosett_table_col(u, "score"), &v) == BOSETT_CELL_NUMBER);
		CHECK_NUM(x.index[i], v);
		for (size_t k = 0; k < x.ncomps; k++)
			part += x.contrib[i * x.ncomps + k];
		CHECK(fabs(part - x.index[i]) < 1e-9);
	}
	for (size_t k = 0; k < x.ncomps; k++)
		sum += x.weight[k];
	CHECK(fabs(sum - 1) < 1e-9);
	/* the fixture has no value of region_vacancies in region 3 only: every
	 * criterion of the preset has data somewhere */
	CHECK_NUM(x.weight_on_data, 1.0);
	/* 9805 given, one at a time, a better introduction result, a lower
	 * unemployment, more jobs per working-age resident, more reinforced
	 * Norwegian in school: each raises its index */
	r = bosett_table_find(t, "9805");
	{
		static const struct {
			const char *col;
			double v;
		} better[] = { { "intro_result", 0.70 }, { "unemployment_rate", 0.012 },
			       { "jobs_per_working_age", 0.98 }, { "norwegian_instruction_share", 0.10 } };
		double before = x.index[r];

		for (size_t q = 0; q < sizeof better / sizeof better[0]; q++) {
			CHECK(bosett_table_set_number(t, r, bosett_table_col(t, better[q].col), better[q].v, -1) == 0);
			CHECK(score_criteria_index(t, "imdi-2024", BOSETT_SCORE_SCOPE_NATION, &y, err) == BOSETT_OK);
			if (!(y.index[r] > before))
				fprintf(stderr, "%s: %g not above %g\n", better[q].col, y.index[r], before);
			CHECK(y.index[r] > before);
			before = y.index[r];
			score_index_free(&y);
		}
	}
	CHECK(score_criteria_index(t, "norway", BOSETT_SCORE_SCOPE_NATION, &y, err) == BOSETT_EUSAGE);
	CHECK(strstr(err, "unknown preset") != NULL);
	score_index_free(&x);
	score_index_free(&y);
	bosett_scorer_free(s);
	bosett_table_free(t);
	bosett_table_free(u);
}

/* A criterion with no value anywhere is not represented: its weight goes
 * to the others, and the share on data is said */
TEST(weight_spread_over_criteria_with_data)
{
	struct bosett_table *t = from_str("kommunenr,kommune,population,intro_result\n9001,A,1000,0.5\n"
	                                  "9002,B,2000,0.7\n9003,C,1500,0.6\n");
	struct score_index x;
	char err[BOSETT_ERRMAX];

	CHECK(score_criteria_index(t, "imdi-2024", BOSETT_SCORE_SCOPE_NATION, &x, err) == BOSETT_OK);
	for (size_t k = 0; k < x.ncomps; k++) {
		CHECK(x.represented[k] == !strcmp(x.name[k], "intro"));
		CHECK_NUM(x.weight[k], x.represented[k] ? 1.0 : 0.0);
	}
	CHECK(x.weight_on_data > 0 && x.weight_on_data < 0.5);
	CHECK(x.index[1] > x.index[2] && x.index[2] > x.index[0]);
	score_index_free(&x);
	bosett_table_free(t);
}

const struct check_case check_cases[] = {
	CASE(presets_give_documented_weights),
	CASE(unknown_preset_is_usage_error),
	CASE(default_adds_up_and_flags_imputed),
	CASE(region_pools_members_by_population),
	CASE(robust_z_and_winsorising),
	CASE(no_spread_falls_back_to_mean_deviation),
	CASE(no_data_anywhere_is_neutral_and_flagged),
	CASE(scope_county_compares_within_county),
	CASE(population_preset_correlates_with_population),
	CASE(not_asked_is_zero_for_past_reception),
	CASE(model_score_object),
	CASE(model_errors_name_the_key),
	CASE(model_without_score_is_accepted_by_both),
	CASE(named_column_must_exist),
	CASE(lower_is_better_flips_a_column),
	CASE(explain_in_words_and_numbers),
	CASE(rerun_drops_stale_columns),
	CASE(lad_recovers_exact_coefficients),
	CASE(lad_keeps_coefficients_non_negative),
	CASE(fit_learns_weights_from_a_column),
	CASE(fit_needs_rows_and_components),
	CASE(criteria_index_is_the_score_and_points_the_right_way),
	CASE(weight_spread_over_criteria_with_data),
	{ NULL, NULL }
};

CHECK_MAIN
