/* Unit tests of bosett-import's library side: readers, code mapping, the
 * join and its checks. The figures here are made up for the tests. */
#include <bosett/bosett.h>
#include <bosett/import.h>

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "check.h"

#define ADD(imp, name, text) bosett_import_add_mem(imp, name, text, strlen(text), NULL)

static const char *list_json =
	"[{\"id\":\"1505\",\"name_no\":\"Kristiansund\",\"population\":100,\"area\":87.5,\"language\":\"Nøytral\"},"
	"{\"id\":\"1508\",\"name_no\":\"Ålesund\",\"population\":300,\"area\":10,\"language\":\"Bokmål\"},"
	"{\"id\":\"1580\",\"name_no\":\"Haram\",\"population\":100,\"area\":5,\"language\":\"Nynorsk\"}]";

/* 1502 and 1505 merged into 1505 in 2008; 1504 and 1534 into 1507 in 2020;
 * 1507 split into 1508 and 1580 in 2024. */
static const char *history_tsv =
	"year_start\tyear_end\tmunicip_code_end\tweighting\tmunicip_code\tmunicip_name\n"
	"1900\t2007\tmunicip_nor1505\t\tmunicip_nor1502\tMolde\n"
	"1900\t\t\t\tmunicip_nor1505\tKristiansund\n"
	"1900\t2019\tmunicip_nor1507\t\tmunicip_nor1504\tÅlesund\n"
	"1900\t2019\tmunicip_nor1507\t\tmunicip_nor1534\tHaram\n"
	"2020\t2023\tmunicip_nor1508\t0.5\tmunicip_nor1507\tÅlesund\n"
	"2020\t2023\tmunicip_nor1580\t0.5\tmunicip_nor1507\tÅlesund\n"
	"2024\t\t\t\tmunicip_nor1508\tÅlesund\n"
	"2024\t\t\t\tmunicip_nor1580\tHaram\n";

static struct bosett_table *run(struct bosett_import *imp, int *rc)
{
	struct bosett_table *t = bosett_table_new();

	*rc = bosett_import_run(imp, t);
	return t;
}

static const char *cell(struct bosett_table *t, const char *code, const char *col)
{
	size_t r = bosett_table_find(t, code);
	size_t c = bosett_table_col(t, col);

	if (r == BOSETT_NPOS || c == BOSETT_NPOS)
		return "(none)";
	return bosett_table_text(t, (size_t)r, (size_t)c);
}

TEST(kinds_detected)
{
	struct bosett_import *imp = bosett_import_new();

	CHECK(ADD(imp, "list.json", list_json) == BOSETT_OK);
	CHECK(ADD(imp, "h.tsv", history_tsv) == BOSETT_OK);
	CHECK(ADD(imp, "c.json", "[{\"id\":\"15\",\"name\":\"Møre og Romsdal\"}]") == BOSETT_OK);
	CHECK(ADD(imp, "imdi.csv", "Enhet;År;Kommunenummer;Kommune;Bosetting;Antall\n") == BOSETT_OK);
	CHECK(ADD(imp, "x.csv", "Kommunenummer;Folkemengde\n1505;100\n") == BOSETT_OK);
	CHECK_STR(bosett_import_input_kind(imp, 0), "kommuner-json");
	CHECK_STR(bosett_import_input_kind(imp, 1), "history");
	CHECK_STR(bosett_import_input_kind(imp, 2), "fylker-json");
	CHECK_STR(bosett_import_input_kind(imp, 3), "imdi-long");
	CHECK_STR(bosett_import_input_kind(imp, 4), "csv");
	CHECK(bosett_import_input_kind(imp, 5) == NULL);
	bosett_import_free(imp);
}

TEST(merges_summed_markers_kept)
{
	struct bosett_import *imp = bosett_import_new();
	struct bosett_table *t;
	int rc;

	ADD(imp, "list.json", list_json);
	ADD(imp, "h.tsv", history_tsv);
	/* 2005: 1502 and 1505 are two municipalities, summed into 1505 */
	CHECK(ADD(imp, "imdi.csv",
	          "Enhet;År;Kommunenummer;Kommune;Bosetting;Antall\n"
	          "Personer;2005;1502;;Anmodning om bosetting;10\n"
	          "Personer;2005;1505;;Anmodning om bosetting;5\n"
	          "Personer;2005;1502;;Vedtak om bosetting;.\n"
	          "Personer;2005;1505;;Vedtak om bosetting;4\n"
	          "Personer;2005;1502;;Faktisk bosetting;:\n"
	          "Personer;2005;1505;;Faktisk bosetting;3\n"
	          "Prosent;2005;1505;;Faktisk bosetting;50.0\n") == BOSETT_OK);
	bosett_import_set_year(imp, 2006);
	t = run(imp, &rc);
	CHECK(rc == BOSETT_OK);
	CHECK_STR(cell(t, "1505", "requested_prev"), "15");
	CHECK_STR(cell(t, "1505", "decided_prev"), "4");
	CHECK_STR(cell(t, "1505", "settled_prev"), ":");
	CHECK_STR(cell(t, "1505", "requested"), "");
	CHECK_STR(bosett_table_meta_get(t, "year"), "2006");
	bosett_table_free(t);
	bosett_import_free(imp);
}

TEST(split_by_population_keeps_the_sum)
{
	struct bosett_import *imp = bosett_import_new();
	struct bosett_table *t;
	int rc;

	ADD(imp, "list.json", list_json);
	ADD(imp, "h.tsv", history_tsv);
	/* 1507 in 2021: 10 persons, population 300:100 -> 7.5 and 2.5 -> 8 and 2 */
	ADD(imp, "imdi.csv",
	    "Enhet;År;Kommunenummer;Kommune;Bosetting;Antall\n"
	    "Personer;2021;1507;;Anmodning om bosetting;10\n"
	    "Personer;2021;1507;;Vedtak om bosetting;7\n"
	    "Personer;2019;1534;;Anmodning om bosetting;6\n"
	    "Personer;2019;1504;;Anmodning om bosetting;20\n");
	t = run(imp, &rc);
	CHECK(rc == BOSETT_OK);
	CHECK_STR(bosett_table_meta_get(t, "year"), "2021");
	CHECK_STR(cell(t, "1508", "requested"), "8");
	CHECK_STR(cell(t, "1580", "requested"), "2");
	/* 7 * 0.75 = 5.25, 7 * 0.25 = 1.75: 5 and 2 */
	CHECK_STR(cell(t, "1508", "decided"), "5");
	CHECK_STR(cell(t, "1580", "decided"), "2");
	/* before the 2020 merger: whole to the part of the same name */
	CHECK_STR(cell(t, "1580", "requested_avg3"), "6");
	CHECK_STR(cell(t, "1508", "requested_avg3"), "20");
	CHECK(bosett_import_warning_count(imp) >= 1);
	bosett_table_free(t);
	bosett_import_free(imp);
}

TEST(mean_leaves_out_markers)
{
	struct bosett_import *imp = bosett_import_new();
	struct bosett_table *t;
	int rc;

	ADD(imp, "list.json", list_json);
	ADD(imp, "imdi.csv",
	    "Enhet;År;Kommunenummer;Kommune;Bosetting;Antall\n"
	    "Personer;2018;1505;;Anmodning om bosetting;10\n"
	    "Personer;2019;1505;;Anmodning om bosetting;.\n"
	    "Personer;2020;1505;;Anmodning om bosetting;21\n"
	    "Personer;2018;1505;;Faktisk bosetting;:\n"
	    "Personer;2019;1505;;Faktisk bosetting;.\n"
	    "Personer;2020;1505;;Faktisk bosetting;.\n"
	    "Personer;2018;1505;;Vedtak om bosetting;.\n"
	    "Personer;2021;1505;;Anmodning om bosetting;0\n");
	bosett_import_set_year(imp, 2021);
	t = run(imp, &rc);
	CHECK(rc == BOSETT_OK);
	CHECK_STR(cell(t, "1505", "requested_avg3"), "15.5");
	CHECK_STR(cell(t, "1505", "settled_avg3"), ":");
	CHECK_STR(cell(t, "1505", "decided_avg3"), ".");
	CHECK_STR(cell(t, "1505", "requested"), "0");
	CHECK_STR(cell(t, "1508", "requested_avg3"), "");
	bosett_table_free(t);
	bosett_import_free(imp);
}

TEST(disagreement_names_both_inputs)
{
	struct bosett_import *imp = bosett_import_new();
	struct bosett_table *t;
	int rc;

	ADD(imp, "list.json", list_json);
	ADD(imp, "mine.csv", "Kommunenummer;Folkemengde\n1505;100\n1508;301\n");
	t = run(imp, &rc);
	CHECK(rc == BOSETT_EDATA);
	CHECK(strstr(bosett_import_error(imp), "mine.csv:3") != NULL);
	CHECK(strstr(bosett_import_error(imp), "list.json") != NULL);
	CHECK(strstr(bosett_import_error(imp), "population") != NULL);
	bosett_table_free(t);
	bosett_import_free(imp);
}

TEST(unmatched_is_a_warning_or_strict_error)
{
	struct bosett_import *imp = bosett_import_new();
	struct bosett_table *t;
	int rc;

	ADD(imp, "list.json", list_json);
	ADD(imp, "mine.csv", "Kommunenummer;Folkemengde\n1505;100\n9998;5\n");
	t = run(imp, &rc);
	CHECK(rc == BOSETT_OK);
	CHECK(bosett_table_nrows(t) == 3);
	CHECK(bosett_import_warning_count(imp) == 1);
	CHECK(strstr(bosett_import_warning(imp, 0), "9998") != NULL);
	bosett_import_set_strict(imp, 1);
	bosett_table_free(t);
	t = run(imp, &rc);
	CHECK(rc == BOSETT_EDATA);
	CHECK(strstr(bosett_import_error(imp), "mine.csv:3: kommunenummer 9998") != NULL);
	bosett_table_free(t);
	bosett_import_free(imp);
}

TEST(errors_name_file_line_column)
{
	struct bosett_import *imp = bosett_import_new();

	CHECK(ADD(imp, "bad.csv", "Kommunenummer;Folkemengde\n1505;100\n1508;3o1\n") == BOSETT_EDATA);
	CHECK_STR(bosett_import_error(imp), "bad.csv:3: column 'Folkemengde': not a number: \"3o1\"");
	CHECK(ADD(imp, "bad2.csv", "Kommunenummer;Folkemengde\n15x5;100\n") == BOSETT_EDATA);
	CHECK(strstr(bosett_import_error(imp), "bad2.csv:2: column 'Kommunenummer'") != NULL);
	CHECK(bosett_import_add_mem(imp, "x", "a", 1, "nosuch") == BOSETT_EUSAGE);
	bosett_import_free(imp);
}

TEST(codes_written_every_way)
{
	struct bosett_import *imp = bosett_import_new();
	struct bosett_table *t;
	int rc;

	CHECK(ADD(imp, "a.csv",
	          "region,kommune,population\n"
	          "K-0301 Oslo,Oslo,5\n301x,,\n") == BOSETT_EDATA);
	bosett_import_free(imp);
	imp = bosett_import_new();
	CHECK(ADD(imp, "a.csv", "Knr,Navn,Innbyggere\n301,Oslo,5\nK-1505,Kristiansund,6\n") == BOSETT_OK);
	t = run(imp, &rc);
	CHECK(rc == BOSETT_OK);
	CHECK_STR(cell(t, "0301", "population"), "5");
	CHECK_STR(cell(t, "1505", "kommune"), "Kristiansund");
	CHECK_STR(cell(t, "1505", "fylkenr"), "15");
	bosett_table_free(t);
	bosett_import_free(imp);
}

TEST(jsonstat_and_statbank_csv_agree)
{
	static const char *csv =
		"\"07459: Population, by region, age, contents and year\"\r\n\r\n"
		"\"region\";\"age\";\"Persons 2023\"\r\n"
		"\"K-1505 Kristiansund\";\"19 years\";10\r\n"
		"\"K-1505 Kristiansund\";\"20 years\";30\r\n"
		"\"K-1505 Kristiansund\";\"67 years\";..\r\n";
	static const char *js =
		"{\"version\":\"2.0\",\"class\":\"dataset\",\"id\":[\"Region\",\"Alder\",\"ContentsCode\",\"Tid\"],"
		"\"size\":[1,3,1,1],\"role\":{\"geo\":[\"Region\"],\"time\":[\"Tid\"],\"metric\":[\"ContentsCode\"]},"
		"\"dimension\":{\"Region\":{\"category\":{\"index\":[\"1505\"],\"label\":{\"1505\":\"Kristiansund\"}}},"
		"\"Alder\":{\"label\":\"age\",\"category\":{\"index\":{\"019\":0,\"020\":1,\"067\":2},"
		"\"label\":{\"019\":\"19 years\",\"020\":\"20 years\",\"067\":\"67 years\"}}},"
		"\"ContentsCode\":{\"category\":{\"index\":{\"P\":0},\"label\":{\"P\":\"Persons\"}}},"
		"\"Tid\":{\"category\":{\"index\":{\"2023\":0}}}},"
		"\"value\":[10,30,null],\"status\":{\"2\":\"..\"}}";
	struct bosett_import *a = bosett_import_new(), *b = bosett_import_new();
	struct bosett_table *ta, *tb;
	int rc;

	CHECK(ADD(a, "a.csv", csv) == BOSETT_OK);
	CHECK(ADD(b, "b.json", js) == BOSETT_OK);
	CHECK_STR(bosett_import_input_kind(a, 0), "ssb-csv");
	CHECK_STR(bosett_import_input_kind(b, 0), "jsonstat");
	ta = run(a, &rc);
	CHECK(rc == BOSETT_OK);
	tb = run(b, &rc);
	CHECK(rc == BOSETT_OK);
	/* an absent age adds nothing: 40 persons, 30 of them 20-66 */
	CHECK_STR(cell(ta, "1505", "population"), "40");
	CHECK_STR(cell(tb, "1505", "population"), "40");
	CHECK_STR(cell(ta, "1505", "working_age_share"), "0.75");
	CHECK_STR(cell(tb, "1505", "working_age_share"), "0.75");
	CHECK_STR(cell(tb, "1505", "kommune"), "Kristiansund");
	CHECK_STR(bosett_table_meta_get(tb, "import.year.population"), "2023");
	bosett_table_free(ta);
	bosett_table_free(tb);
	bosett_import_free(a);
	bosett_import_free(b);
}

TEST(ssb_long_format)
{
	static const char *csv =
		"\"07459: Population, by region, age, contents and year\"\r\n\r\n"
		"\"region\";\"age\";\"contents\";\"year\";\"07459: Population\"\r\n"
		"\"K-1505 Kristiansund\";\"20 years\";\"Persons\";\"2022\";280\r\n"
		"\"K-1505 Kristiansund\";\"20 years\";\"Persons\";\"2023\";282\r\n"
		"\"K-1505 Kristiansund\";\"67 years\";\"Persons\";\"2023\";303\r\n";
	struct bosett_import *imp = bosett_import_new();
	struct bosett_table *t;
	int rc;

	CHECK(ADD(imp, "long.csv", csv) == BOSETT_OK);
	t = run(imp, &rc);
	CHECK(rc == BOSETT_OK);
	/* the latest year only: 282 + 303 persons, 282 of them 20-66 */
	CHECK_STR(cell(t, "1505", "population"), "585");
	CHECK_STR(cell(t, "1505", "working_age_share"), "0.4821");
	CHECK_STR(bosett_table_meta_get(t, "import.year.population"), "2023");
	bosett_table_free(t);
	bosett_import_free(imp);
}

TEST(provenance_carried)
{
	struct bosett_import *imp = bosett_import_new();
	struct bosett_table *t;
	const char *name, *sha;
	unsigned long long bytes;
	int rc;

	bosett_import_set_history_default(imp, 0);
	ADD(imp, "abc.csv", "kommunenr,kommune,population\n1505,Kristiansund,1\n");
	t = run(imp, &rc);
	CHECK(rc == BOSETT_OK);
	CHECK(bosett_table_input_count(t) == 1);
	CHECK(bosett_table_input_get(t, 0, &name, &bytes, &sha) == 0);
	CHECK_STR(name, "abc.csv");
	CHECK(bytes == 49);
	CHECK(strlen(sha) == 64);
	CHECK_STR(bosett_table_meta_get(t, "import.tool"), "bosett-import");
	bosett_table_free(t);
	bosett_import_free(imp);
}

TEST(name_matches_unknown_code)
{
	struct bosett_import *imp = bosett_import_new();
	struct bosett_table *t;
	int rc;

	ADD(imp, "list.json", list_json);
	ADD(imp, "h.tsv", history_tsv);
	ADD(imp, "ba.tsv", "Kommune (per 1. januar 2020)\tBA-region\n"
	                   "3444 Haram\t079 Ålesund\n1505 Kristiansund\t77 Kristiansund\n");
	t = run(imp, &rc);
	CHECK(rc == BOSETT_OK);
	CHECK_STR(cell(t, "1580", "region"), "79");
	CHECK_STR(cell(t, "1580", "region_name"), "Ålesund");
	CHECK_STR(cell(t, "1505", "region"), "77");
	bosett_table_free(t);
	bosett_import_free(imp);
}


TEST(bundled_crosswalk_by_default)
{
	struct bosett_import *imp = bosett_import_new();
	struct bosett_table *t;
	const char *name, *sha;
	unsigned long long bytes;
	int rc;

	/* 1504 Ålesund (before 2020) went into 1507, split in 2024: whole to 1508 */
	ADD(imp, "list.json", list_json);
	ADD(imp, "old.csv", "kommunenr;immigrants\n1504;10\n");
	t = run(imp, &rc);
	CHECK(rc == BOSETT_OK);
	CHECK_STR(cell(t, "1508", "immigrants"), "10");
	CHECK(bosett_table_input_count(t) == 3);
	CHECK(bosett_table_input_get(t, 2, &name, &bytes, &sha) == 0);
	CHECK_STR(name, "<bundled>/kommune_crosswalk.csv");
	bosett_table_free(t);
	bosett_import_free(imp);

	imp = bosett_import_new();
	bosett_import_set_history_default(imp, 0);
	ADD(imp, "list.json", list_json);
	ADD(imp, "old.csv", "kommunenr;immigrants\n1504;10\n");
	t = run(imp, &rc);
	CHECK(rc == BOSETT_OK);
	CHECK_STR(cell(t, "1508", "immigrants"), "(none)");
	CHECK(bosett_import_warning_count(imp) == 1);
	bosett_table_free(t);
	bosett_import_free(imp);
}

TEST(warnings_grouped_by_cause)
{
	struct bosett_import *imp = bosett_import_new();
	struct bosett_table *t;
	int rc;

	bosett_import_set_history_default(imp, 0);
	ADD(imp, "list.json", list_json);
	ADD(imp, "mine.csv", "Kommunenummer;Folkemengde\n1505;100\n9998;5\n9997;5\n9996;5\n");
	t = run(imp, &rc);
	CHECK(rc == BOSETT_OK);
	CHECK(bosett_import_warning_count(imp) == 3);
	CHECK(bosett_import_warning_groups(imp) == 1);
	CHECK_STR(bosett_import_warning_group(imp, 0),
	          "mine.csv:3: kommunenummer 9998 matches no municipality of the current structure: ignored"
	          " (and 2 more like it: lines 4, 5)");
	bosett_table_free(t);
	bosett_import_free(imp);
}

static const char *named_list_json =
	"[{\"id\":\"1515\",\"name_no\":\"Herøy\",\"population\":100},"
	"{\"id\":\"1818\",\"name_no\":\"Herøy\",\"population\":100},"
	"{\"id\":\"1826\",\"name\":\"Aarborte\",\"name_no\":\"Hattfjelldal\",\"population\":100}]";
static const char *counties_json =
	"[{\"id\":\"15\",\"name\":\"Møre og Romsdal\"},{\"id\":\"18\",\"name\":\"Nordland\"}]";

TEST(keyfigures_matched_by_name_and_county)
{
	struct bosett_import *imp = bosett_import_new();
	struct bosett_table *t;
	int rc;

	bosett_import_set_year(imp, 2026);
	ADD(imp, "list.json", named_list_json);
	ADD(imp, "c.json", counties_json);
	ADD(imp, "imdi_nokkeltall_bosetting_2025.csv",
	    "Fylke;Kommune;Anmodet;Vedtatt;Bosatt;Bosatt med kollektiv beskyttelse\r\n"
	    "Møre og Romsdal;Herøy;12;-;:;:\r\n"
	    "Nordland;Herøy (Nordland);5;avventer vedtak;3;:\r\n"
	    "Nordland;Aarborte;7;7;6;:\r\n");
	CHECK(bosett_import_input_kind(imp, 2) && !strcmp(bosett_import_input_kind(imp, 2), "imdi-keyfigures"));
	t = run(imp, &rc);
	CHECK(rc == BOSETT_OK);
	CHECK_STR(cell(t, "1515", "requested_prev"), "12");
	CHECK_STR(cell(t, "1515", "decided_prev"), ".");
	CHECK_STR(cell(t, "1515", "settled_prev"), ":");
	CHECK_STR(cell(t, "1818", "requested_prev"), "5");
	CHECK_STR(cell(t, "1818", "decided_prev"), ".");
	CHECK_STR(cell(t, "1826", "requested_prev"), "7");
	bosett_table_free(t);
	bosett_import_free(imp);

	/* no county to tell them apart, a bracket of the wrong county, an unknown name */
	imp = bosett_import_new();
	ADD(imp, "list.json", named_list_json);
	ADD(imp, "k_2025.csv", "Fylke;Kommune;Anmodet;Vedtatt;Bosatt\nX;Herøy;1;1;1\n");
	t = run(imp, &rc);
	CHECK(rc == BOSETT_EDATA);
	CHECK_STR(bosett_import_error(imp), "k_2025.csv:2: column 'Kommune': ambiguous name, 1515 and 1818 both fit"
	                                    " (the county list would tell them apart): \"Herøy\"");
	bosett_table_free(t);
	bosett_import_free(imp);
	imp = bosett_import_new();
	ADD(imp, "list.json", named_list_json);
	ADD(imp, "c.json", counties_json);
	ADD(imp, "k_2025.csv", "Fylke;Kommune;Anmodet;Vedtatt;Bosatt\nNordland;Herøy (Møre og Romsdal);1;1;1\n");
	t = run(imp, &rc);
	CHECK(rc == BOSETT_EDATA);
	CHECK(strstr(bosett_import_error(imp), "the bracket names another county") != NULL);
	bosett_table_free(t);
	bosett_import_free(imp);
	imp = bosett_import_new();
	ADD(imp, "list.json", named_list_json);
	ADD(imp, "c.json", counties_json);
	ADD(imp, "k_2025.csv", "Fylke;Kommune;Anmodet;Vedtatt;Bosatt\nNordland;Nowhere;1;1;1\n");
	t = run(imp, &rc);
	CHECK(rc == BOSETT_EDATA);
	CHECK_STR(bosett_import_error(imp), "k_2025.csv:2: column 'Kommune': no municipality of the list has this name in Nordland: \"Nowhere\"");
	bosett_table_free(t);
	bosett_import_free(imp);
}

TEST(nav_sheet_mean_of_months)
{
	struct bosett_import *imp = bosett_import_new();
	struct bosett_table *t;
	int rc;

	ADD(imp, "list.json", list_json);
	ADD(imp, "nav.csv",
	    ";Kilde: NAV;Helt ledige. Fylke og kommune. Tidsserie m\xe5ned\r\n"
	    ";;Kommune. Prosent av arbeidsstyrken\r\n\r\n"
	    ";Januar - mars 2022\r\n;M\xf8re og Romsdal\r\n;;Januar;Februar;Mars\r\n"
	    ";I alt M\xf8re og Romsdal;9;9;9\r\n"
	    ";1505 Kristiansund;2,6;2,3;1,9\r\n"
	    ";1507 \xc5lesund;1;*;1\r\n");
	CHECK(bosett_import_input_kind(imp, 1) && !strcmp(bosett_import_input_kind(imp, 1), "nav-hl060"));
	t = run(imp, &rc);
	CHECK(rc == BOSETT_OK);
	CHECK_STR(cell(t, "1505", "unemployment_rate"), "0.02267");
	CHECK_STR(cell(t, "1508", "unemployment_rate"), ":");
	CHECK_STR(bosett_table_meta_get(t, "import.year.unemployment_rate"), "2022");
	bosett_table_free(t);
	bosett_import_free(imp);
}

TEST(ssb11618_employment_rate_and_jobs)
{
	struct bosett_import *imp = bosett_import_new();
	struct bosett_table *t;
	int rc;

	ADD(imp, "list.json", list_json);
	ADD(imp, "h.tsv", history_tsv);
	ADD(imp, "11618.csv",
	    "\"11618: Employed persons and population aged 15-74, by region, contents and year\"\r\n\r\n"
	    "\"region\";\"Population aged 15-74, by place of residence 2021\";"
	    "\"Employed persons aged 15-74, by place of residence 2021\";"
	    "\"Employed persons aged 15-74, by place of work 2021\";"
	    "\"Population aged 15-74, by place of residence 2022\";"
	    "\"Employed persons aged 15-74, by place of residence 2022\";"
	    "\"Employed persons aged 15-74, by place of work 2022\"\r\n"
	    "\"K-1505 Kristiansund\";1;1;1;80;60;70\r\n"
	    "\"K-1507 \xc5lesund\";1;1;1;400;300;200\r\n");
	t = run(imp, &rc);
	CHECK(rc == BOSETT_OK);
	/* the latest year, 60/80; 1507's counts divided 3:1 by population, so its rate is kept */
	CHECK_STR(cell(t, "1505", "employment_rate"), "0.75");
	CHECK_STR(cell(t, "1505", "jobs_located"), "70");
	CHECK_STR(cell(t, "1508", "employment_rate"), "0.75");
	CHECK_STR(cell(t, "1508", "jobs_located"), "150");
	CHECK_STR(cell(t, "1580", "jobs_located"), "50");
	CHECK_STR(bosett_table_meta_get(t, "import.year.employment_rate"), "2022");
	bosett_table_free(t);
	bosett_import_free(imp);
}

TEST(county_total_and_data_path)
{
	char dir[] = "/tmp/bosett-unit-XXXXXX", path[4096], msg[1024];
	long total = 0;
	int year = 0;
	FILE *fp;

	CHECK(mkdtemp(dir) != NULL);
	snprintf(path, sizeof path, "%s/fylke_anmodning.csv", dir);
	fp = fopen(path, "w");
	CHECK(fp != NULL);
	fputs("fylkenr,fylke,year,requested\n15,Møre og Romsdal,2025,700\n15,Møre og Romsdal,2026,1030\n"
	      "46,Vestland,2026,1474\n", fp);
	fclose(fp);
	CHECK(bosett_county_total(path, "15", 0, &total, &year, msg, sizeof msg) == 0);
	CHECK(total == 1030 && year == 2026);
	CHECK(bosett_county_total(path, "15", 2025, &total, &year, msg, sizeof msg) == 0);
	CHECK(total == 700 && year == 2025);
	CHECK(bosett_county_total(path, "15", 2021, &total, &year, msg, sizeof msg) == BOSETT_EDATA);
	CHECK(strstr(msg, "no IMDi request to county 15 for 2021 or a year before") != NULL);
	/* a year not yet published: the latest before it, as a placeholder */
	CHECK(bosett_county_total(path, "15", 2027, &total, &year, msg, sizeof msg) == 0);
	CHECK(total == 1030 && year == 2026);
	CHECK(bosett_county_total(path, "46", 2026, &total, &year, msg, sizeof msg) == 0);
	CHECK(total == 1474 && year == 2026);
	CHECK(bosett_county_total(path, "03", 0, &total, &year, msg, sizeof msg) == BOSETT_EDATA);
	/* $BOSETT_DATADIR alone when set */
	CHECK(setenv("BOSETT_DATADIR", dir, 1) == 0);
	CHECK(bosett_data_path("fylke_anmodning.csv", path, sizeof path) == 0);
	CHECK(strncmp(path, dir, strlen(dir)) == 0);
	CHECK(bosett_data_path("kommune_crosswalk.csv", path, sizeof path) == BOSETT_EDATA);
	CHECK(bosett_data_path("../etc/passwd", path, sizeof path) == BOSETT_EDATA);
	CHECK(bosett_county_total(NULL, "46", 2026, &total, &year, msg, sizeof msg) == 0 && total == 1474);
	unsetenv("BOSETT_DATADIR");
	snprintf(path, sizeof path, "%s/fylke_anmodning.csv", dir);
	remove(path);
	rmdir(dir);
}

const struct check_case check_cases[] = {
	CASE(kinds_detected),
	CASE(merges_summed_markers_kept),
	CASE(split_by_population_keeps_the_sum),
	CASE(mean_leaves_out_markers),
	CASE(disagreement_names_both_inputs),
	CASE(unmatched_is_a_warning_or_strict_error),
	CASE(errors_name_file_line_column),
	CASE(codes_written_every_way),
	CASE(jsonstat_and_statbank_csv_agree),
	CASE(ssb_long_format),
	CASE(provenance_carried),
	CASE(name_matches_unknown_code),
	CASE(bundled_crosswalk_by_default),
	CASE(warnings_grouped_by_cause),
	CASE(keyfigures_matched_by_name_and_county),
	CASE(nav_sheet_mean_of_months),
	CASE(ssb11618_employment_rate_and_jobs),
	CASE(county_total_and_data_path),
	{ NULL, NULL }
};

CHECK_MAIN
