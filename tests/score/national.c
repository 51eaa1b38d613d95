/*
 * national.c - score a national-size table: the 357 municipalities of
 * ../shared/data/municipalities-2025.json (SSB population, 1 Jan 2024) with
 * their commuting regions from ba_regions_2024.tsv, under every preset.
 * Checks that each score is the sum of its component columns, that every
 * missing indicator is flagged, that --explain works for 1505 Kristiansund,
 * and prints the population correlation of each preset; then the same for
 * the bundled data/kommuner.csv when it exists.
 */
#include <bosett/bosett.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

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

static int failed;

#define CHECK(c) do { if (!(c)) { fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #c); \
	failed = 1; } } while (0)

static char *slurp(const char *path)
{
	FILE *fp = fopen(path, "rb");
	char *buf = NULL;
	long n;

	if (!fp)
		return NULL;
	if (fseek(fp, 0, SEEK_END) == 0 && (n = ftell(fp)) >= 0 && fseek(fp, 0, SEEK_SET) == 0 &&
	    (buf = malloc((size_t)n + 1)) != NULL) {
		if (fread(buf, 1, (size_t)n, fp) != (size_t)n) {
			free(buf);
			buf = NULL;
		} else {
			buf[n] = '\0';
		}
	}
	fclose(fp);
	return buf;
}

/* region of each kommunenr: "NNNN Name<TAB>RR Region..." */
static void add_regions(struct bosett_table *t, const char *tsv)
{
	size_t rc = 0, nc = 0;
	const char *p = strchr(tsv, '\n');

	if (bosett_table_add_col(t, "region", &rc) != BOSETT_OK || bosett_table_add_col(t, "region_name", &nc) != BOSETT_OK)
		return;
	while (p && *++p) {
		char code[5], num[16], name[128];
		const char *tab = strchr(p, '\t'), *sp, *end;
		size_t row;

		if (!tab)
			break;
		snprintf(code, sizeof code, "%.4s", p);
		/* three rows carry old codes (data/README) */
		if (!strcmp(code, "1567"))
			memcpy(code, "5061", 5);
		else if (!strcmp(code, "3444"))
			memcpy(code, "3236", 5);
		else if (!strcmp(code, "3445"))
			memcpy(code, "3234", 5);
		sp = strchr(tab + 1, ' ');
		end = strchr(tab + 1, '\t');
		if (!sp || !end || sp > end)
			break;
		while (tab[1] == '0' && tab + 2 < sp)
			tab++;
		snprintf(num, sizeof num, "%.*s", (int)(sp - tab - 1), tab + 1);
		snprintf(name, sizeof name, "%.*s", (int)(end - sp - 1), sp + 1);
		row = bosett_table_find(t, code);
		if (row != BOSETT_NPOS) {
			bosett_table_set_text(t, (size_t)row, (size_t)rc, num);
			bosett_table_set_text(t, (size_t)row, (size_t)nc, name);
		}
		p = strchr(p, '\n');
	}
}

static struct bosett_table *national(const char *dir)
{
	char path[4096];
	char *json, *tsv;
	cJSON *doc, *it;
	struct bosett_table *t = bosett_table_new();
	size_t ck = 0, cn = 0, cf = 0, cp = 0;

	snprintf(path, sizeof path, "%s/municipalities-2025.json", dir);
	json = slurp(path);
	snprintf(path, sizeof path, "%s/ba_regions_2024.tsv", dir);
	tsv = slurp(path);
	if (!json || !tsv || !t) {
		fprintf(stderr, "cannot read %s\n", dir);
		exit(1);
	}
	doc = cJSON_Parse(json);
	CHECK(bosett_table_add_col(t, "kommunenr", &ck) == BOSETT_OK);
	CHECK(bosett_table_add_col(t, "kommune", &cn) == BOSETT_OK);
	CHECK(bosett_table_add_col(t, "fylkenr", &cf) == BOSETT_OK);
	CHECK(bosett_table_add_col(t, "population", &cp) == BOSETT_OK);
	cJSON_ArrayForEach(it, doc) {
		size_t r = 0;
		const char *id = cJSON_GetStringValue(cJSON_GetObjectItem(it, "id"));
		char fy[3];

		CHECK(bosett_table_add_row(t, &r) == BOSETT_OK);
		snprintf(fy, sizeof fy, "%.2s", id);
		bosett_table_set_text(t, (size_t)r, (size_t)ck, id);
		bosett_table_set_text(t, (size_t)r, (size_t)cn, cJSON_GetStringValue(cJSON_GetObjectItem(it, "name_no")));
		bosett_table_set_text(t, (size_t)r, (size_t)cf, fy);
		bosett_table_set_number(t, (size_t)r, (size_t)cp, cJSON_GetObjectItem(it, "population")->valuedouble, -1);
	}
	add_regions(t, tsv);
	cJSON_Delete(doc);
	free(json);
	free(tsv);
	CHECK(bosett_table_check(t) == BOSETT_OK);
	bosett_table_sort(t);
	return t;
}

/* Score t with preset p: sums, flags, Kristiansund's breakdown, figures. */
static void check_preset(struct bosett_table *t, size_t p, const char *label, int print_explain)
{
	struct bosett_scorer *s = bosett_scorer_new();
	size_t sc, ic;
	char *text;

	CHECK(bosett_scorer_preset(s, bosett_scorer_preset_name(p)) == BOSETT_OK);
	CHECK(bosett_scorer_run(s, t) == BOSETT_OK);
	sc = bosett_table_col(t, "score");
	ic = bosett_table_col(t, "score_imputed");
	CHECK(sc != BOSETT_NPOS && ic != BOSETT_NPOS);
	for (size_t i = 0; sc != BOSETT_NPOS && i < bosett_table_nrows(t); i++) {
		double score = NAN, v, sum = 0;

		CHECK(bosett_table_cell(t, i, (size_t)sc, &score) == BOSETT_CELL_NUMBER);
		CHECK(score >= -2 && score <= 2);
		for (size_t j = 0; j < bosett_table_ncols(t); j++)
			if (!strncmp(bosett_table_colname(t, j), "score_", 6) && j != ic) {
				CHECK(bosett_table_cell(t, i, j, &v) == BOSETT_CELL_NUMBER);
				sum += round(v * 10000);
			}
		CHECK(sum == round(score * 10000));
	}
	text = explain(s, t, "1505");
	CHECK(text && strstr(text, "1505 Kristiansund"));
	if (print_explain && text)
		fputs(text, stdout);
	free(text);
	printf("%s: preset %-10s weights %s\n  population correlation %s, imputed cells %s, no data: %s\n", label,
	       bosett_scorer_preset_name(p), bosett_table_meta_get(t, "score.weights"),
	       bosett_table_meta_get(t, "score.population_correlation"), bosett_table_meta_get(t, "score.imputed_cells"),
	       bosett_table_meta_get(t, "score.no_data"));
	if (!strcmp(bosett_scorer_preset_name(p), "population"))
		CHECK(bosett_scorer_population_correlation(s) > 0.99);
	bosett_scorer_free(s);
}

int main(int argc, char **argv)
{
	char path[4096];
	FILE *probe;

	if (argc < 2)
		return 2;
	snprintf(path, sizeof path, "%s/municipalities-2025.json", argv[1]);
	probe = fopen(path, "rb");
	if (!probe) {
		fprintf(stderr, "no %s: skipped\n", path);
		return 77;
	}
	fclose(probe);
	for (size_t p = 0; bosett_scorer_preset_name(p); p++) {
		struct bosett_table *t = national(argv[1]);
		int with_region = 0;

		CHECK(bosett_table_nrows(t) == 357);
		for (size_t i = 0; i < bosett_table_nrows(t); i++)
			with_region += *bosett_table_text(t, i, (size_t)bosett_table_col(t, "region")) != 0;
		CHECK(with_region == 357);
		check_preset(t, p, "shared", p == 0);
		bosett_table_free(t);
	}
	/* the bundled table, once it is there */
	if (argc > 2 && (probe = fopen(argv[2], "rb")) != NULL) {
		fclose(probe);
		for (size_t p = 0; bosett_scorer_preset_name(p); p++) {
			struct bosett_table *t = bosett_table_new();

			CHECK(bosett_table_read_file(t, argv[2]) == BOSETT_OK);
			bosett_table_sort(t);
			CHECK(bosett_table_nrows(t) == 357);
			check_preset(t, p, "bundled", p == 0);
			bosett_table_free(t);
		}
	}
	return failed;
}
