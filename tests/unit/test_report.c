/* Unit tests of the report (bosett-report(1)): number style, language
 * choice, sections left out when their data is absent, "." and ":" kept. */
#include <bosett/bosett.h>
#include <bosett/report.h>

#include "check.h"
#include "fixture.h"
#include "report/report_impl.h"

/* The report as a string (caller frees), NULL on failure. */
static char *report(struct bosett_table *t, enum bosett_report_format f, enum bosett_lang lang)
{
	struct bosett_report *r = bosett_report_new(t);
	char *buf = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&buf, &len);
	int rc;

	bosett_report_set_lang(r, lang);
	rc = bosett_report_write(r, fp, f);
	fclose(fp);
	bosett_report_free(r);
	if (rc != 0) {
		free(buf);
		return NULL;
	}
	return buf;
}

static const char *num(enum bosett_lang lang, double v, int dec)
{
	static char buf[64];
	struct bosett_report r;

	memset(&r, 0, sizeof r);
	r.lang = lang;
	r.fmt = BOSETT_REPORT_TXT;
	return rpt_num(&r, buf, sizeof buf, v, dec);
}

TEST(number_style)
{
	CHECK_STR(num(BOSETT_LANG_NB, 12345.5, 1), "12\xc2\xa0" "345,5");
	CHECK_STR(num(BOSETT_LANG_NN, 1234, 0), "1234");
	CHECK_STR(num(BOSETT_LANG_NB, -1234567, 0), "-1\xc2\xa0" "234\xc2\xa0" "567");
	CHECK_STR(num(BOSETT_LANG_EN, 1234, 0), "1,234");
	CHECK_STR(num(BOSETT_LANG_EN, 27.05, 2), "27.05");
	CHECK_STR(num(BOSETT_LANG_NB, 27.5, -1), "27,5");
	CHECK_STR(num(BOSETT_LANG_NB, 300, -1), "300");
	CHECK_STR(num(BOSETT_LANG_NB, -0.001, 2), "0,00");
}

TEST(parse_names)
{
	enum bosett_report_format f;
	enum bosett_lang l;

	CHECK(bosett_report_format_parse("html", &f) == 0 && f == BOSETT_REPORT_HTML);
	CHECK(bosett_report_format_parse("pdf", &f) == BOSETT_EUSAGE);
	CHECK(bosett_report_lang_parse("nn", &l) == 0 && l == BOSETT_LANG_NN);
	CHECK(bosett_report_lang_parse("no", &l) == BOSETT_EUSAGE);
}

TEST(lang_from_locale_and_county)
{
	struct bosett_table *mr = fixture_table("kommunenr,kommune,population,fylkenr,recommended\n1505,Kristiansund,24404,15,27\n");
	struct bosett_table *oslo = fixture_table("kommunenr,kommune,population,fylkenr,recommended\n0301,Oslo,717710,03,100\n");

	CHECK(bosett_report_lang_auto(mr, NULL) == BOSETT_LANG_EN);
	CHECK(bosett_report_lang_auto(mr, "C") == BOSETT_LANG_EN);
	CHECK(bosett_report_lang_auto(mr, "en_GB.UTF-8") == BOSETT_LANG_EN);
	CHECK(bosett_report_lang_auto(mr, "nb_NO.UTF-8") == BOSETT_LANG_NN);
	CHECK(bosett_report_lang_auto(oslo, "nb_NO.UTF-8") == BOSETT_LANG_NB);
	CHECK(bosett_report_lang_auto(oslo, "no_NO") == BOSETT_LANG_NB);
	CHECK(bosett_report_lang_auto(oslo, "nn_NO.UTF-8") == BOSETT_LANG_NN);
	CHECK(bosett_report_lang_auto(oslo, "nbx") == BOSETT_LANG_EN);
	bosett_table_free(mr);
	bosett_table_free(oslo);
}

TEST(absent_sections_left_out)
{
	struct bosett_table *t = fixture_table("kommunenr,kommune,population,recommended\n1505,Kristiansund,24404,27\n");
	char *md = report(t, BOSETT_REPORT_MD, BOSETT_LANG_EN);

	CHECK(md != NULL);
	if (md) {
		CHECK(strstr(md, "| 1505 | Kristiansund | 27 |") != NULL);
		CHECK(strstr(md, "Shadow") == NULL);
		CHECK(strstr(md, "Scenarios") == NULL);
		CHECK(strstr(md, "What each rule costs") == NULL);
		CHECK(strstr(md, "Reasons") == NULL);
		CHECK(strstr(md, "Provenance") == NULL);
		CHECK(strstr(md, "Fair share") == NULL);
		CHECK(strstr(md, "Date") == NULL);
	}
	free(md);
	bosett_table_free(t);
}

TEST(absent_and_suppressed_never_zero)
{
	struct bosett_table *t = fixture_table("kommunenr,kommune,population,recommended,requested_prev,settled_prev\n"
	                               "1505,Kristiansund,24404,27,.,:\n");
	char *md = report(t, BOSETT_REPORT_MD, BOSETT_LANG_NB);
	char *js = report(t, BOSETT_REPORT_JSON, BOSETT_LANG_NB);

	CHECK(md && strstr(md, "| 27 | . | : |") != NULL);
	CHECK(js && strstr(js, "\"requested_prev\":\".\",\"settled_prev\":\":\"") != NULL);
	free(md);
	free(js);
	bosett_table_free(t);
}

TEST(json_numbers_plain)
{
	struct bosett_table *t = fixture_table("kommunenr,kommune,population,recommended,fair_share,limit,rule\n"
	                               "0301,Oslo,717710,12345,12345.25,fair_share,key\n");
	char *js = report(t, BOSETT_REPORT_JSON, BOSETT_LANG_NB);
	char *txt = report(t, BOSETT_REPORT_TXT, BOSETT_LANG_NB);

	CHECK(js && strstr(js, "\"fair_share\":12345.25") != NULL);
	CHECK(js && strstr(js, "\"reason\":\"Vi tilrår at kommunen blir anmodet om å bosette 12345 personer. Det er delen "
	                            "etter fordelingsnøkkelen, 12345.25 personer, avrundet til nærmeste hele tall.\"") != NULL);
	CHECK(js && strstr(js, "\xc2\xa0") == NULL);
	CHECK(txt && strstr(txt, "12\xc2\xa0" "345,25") != NULL);
	free(js);
	free(txt);
	bosett_table_free(t);
}

TEST(reason_translated_or_marked)
{
	struct bosett_table *k = fixture_table("kommunenr,kommune,population,recommended,cap,limit,binding,rule,rule_limit,"
	                               "without_rule,rule_own\n"
	                               "1520,Ørsta,10980,12,12,adult_ed_seats,at cap,adult_ed_seats,12,15,1\n");
	struct bosett_table *e = fixture_table("kommunenr,kommune,population,recommended,binding\n"
	                               "1520,Ørsta,10980,12,at cap\n");
	char *nn = report(k, BOSETT_REPORT_JSON, BOSETT_LANG_NN);
	char *en = report(k, BOSETT_REPORT_JSON, BOSETT_LANG_EN);
	char *marked = report(e, BOSETT_REPORT_TXT, BOSETT_LANG_NB);

	CHECK(nn && strstr(nn, "Vi tilrår at kommunen blir oppmoda om å busetje 12 personar. Kommunen kan ta") != NULL);
	CHECK(nn && strstr(nn, "(vaksenopplæring: alle plassane er brukte). Utan grensa for vaksenopplæring") != NULL);
	CHECK(en && strstr(en, "\"reason\":\"We recommend that the municipality be asked to settle 12 people.") != NULL);
	CHECK(marked && strstr(marked, "(engelsk) at cap") != NULL);
	free(nn);
	free(en);
	free(marked);
	bosett_table_free(k);
	bosett_table_free(e);
}

TEST(not_an_allocation)
{
	struct bosett_table *t = fixture_table("kommunenr,kommune,population\n0301,Oslo,717710\n");
	struct bosett_report *r = bosett_report_new(t);
	FILE *fp = fopen("/dev/null", "w");

	CHECK(bosett_report_write(r, fp, BOSETT_REPORT_MD) == BOSETT_EDATA);
	CHECK_STR(bosett_report_error(r), "t.csv: column 'recommended': missing: not an allocation from bosett-solve");
	fclose(fp);
	bosett_report_free(r);
	bosett_table_free(t);
}

TEST(date_only_when_given)
{
	struct bosett_table *t = fixture_table("kommunenr,kommune,population,recommended\n1505,Kristiansund,24404,27\n");
	struct bosett_report *r = bosett_report_new(t);
	char *buf = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&buf, &len);

	bosett_report_set_lang(r, BOSETT_LANG_NB);
	bosett_report_set_date(r, 0);
	CHECK(bosett_report_write(r, fp, BOSETT_REPORT_TXT) == 0);
	bosett_report_set_lang(r, BOSETT_LANG_EN);
	bosett_report_set_date(r, 1795000000);
	CHECK(bosett_report_write(r, fp, BOSETT_REPORT_JSON) == 0);
	fclose(fp);
	CHECK(buf && strstr(buf, "Dato") && strstr(buf, " 1. januar 1970\n") != NULL);
	CHECK(buf && strstr(buf, "\"date\":\"2026-11-18\"") != NULL);
	free(buf);
	bosett_report_free(r);
	bosett_table_free(t);
}

TEST(same_bytes_twice)
{
	struct bosett_table *t = fixture_table("kommunenr,kommune,population,recommended,lon,lat,requested_prev\n"
	                               "1505,Kristiansund,24404,27,7.7,63.1,20\n1506,Molde,32816,37,7.8,62.8,:\n");
	char *a = report(t, BOSETT_REPORT_HTML, BOSETT_LANG_NN), *b = report(t, BOSETT_REPORT_HTML, BOSETT_LANG_NN);

	CHECK(a && b && strcmp(a, b) == 0);
	CHECK(a && strstr(a, "<svg") != NULL);
	free(a);
	free(b);
	bosett_table_free(t);
}

/* The nn reasons say what decided each number, from the facts: the
 * criteria moving a number kept near last year's (up and down), an offer
 * and the number above it, the minimum lifting last year's number, and a
 * municipality not asked last year; never the bare «Talet i fjor». */
TEST(reasons_from_the_facts)
{
	struct bosett_table *t = fixture_table(
		"kommunenr,kommune,population,recommended,fair_share,requested_prev,limit,rule,rule_limit,without_rule,"
		"rule_own,anchor\n"
		"4640,Sogndal,8400,73,41.51,50,criteria,continuity,62.94,41,1,62.94\n"
		"4601,Bergen,291940,236,202.06,250,criteria,continuity,251.75,202,1,251.75\n"
		"4611,Etne,4072,10,23.86,5,min_settle,continuity,6.29,24,1,6.29\n"
		"0003,Tilbod,40000,285,40,30,offered_exceeded,offered,25,,1,\n"
		"0004,Ny,10000,20,20,.,offered,offered,20,,1,\n");
	char *nn = report(t, BOSETT_REPORT_MD, BOSETT_LANG_NN);

	CHECK(nn && strstr(nn, "Oppmodinga frå IMDi i fjor var 50, som er 62,94 omrekna til årets samla tal. Vi held talet "
	                       "nær dette, slik at kommunen kan planleggje tenestene sine. Kriteria for busetjing "
	                       "trekkjer talet opp til 73 personar. Utan regelen om "
	                       "stabile tal ville kommunen fått 41 personar.") != NULL);
	CHECK(nn && strstr(nn, "trekkjer talet ned til 236 personar. Utan regelen om stabile tal ville kommunen fått 202") != NULL);
	CHECK(nn && strstr(nn, "Oppmodinga frå IMDi i fjor var 5, som er 6,29 omrekna til årets samla tal. Ein kommune som "
	                       "blir oppmoda, skal likevel busetje minst 10 personar. Utan") != NULL);
	CHECK(nn && strstr(nn, "| Tilbod | Vi tilrår at kommunen blir oppmoda om å busetje 285 personar. Kommunen har sjølv "
	                       "tilbode å busetje 25 personar i år. Vi tilrår fleire fordi det samla talet for fylket ikkje "
	                       "kan fordelast på anna vis.") != NULL);
	CHECK(nn && strstr(nn, "| Ny | Vi tilrår at kommunen blir oppmoda om å busetje 20 personar. Kommunen har sjølv tilbode å "
	                       "busetje 20 personar i år. Kommunen vart ikkje oppmoda i fjor. |") != NULL);
	CHECK(nn && strstr(nn, "høgst") == NULL && strstr(nn, "Talet i fjor") == NULL);
	CHECK(nn && strstr(nn, "Kriteria for busetjing trekkjer talet ned til 10") == NULL);
	free(nn);
	bosett_table_free(t);
}

const struct check_case check_cases[] = {
	CASE(number_style),
	CASE(parse_names),
	CASE(lang_from_locale_and_county),
	CASE(absent_sections_left_out),
	CASE(absent_and_suppressed_never_zero),
	CASE(json_numbers_plain),
	CASE(reason_translated_or_marked),
	CASE(not_an_allocation),
	CASE(date_only_when_given),
	CASE(same_bytes_twice),
	CASE(reasons_from_the_facts),
	{ NULL, NULL }
};

CHECK_MAIN
