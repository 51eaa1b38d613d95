/* Unit tests of the table reader and writer (bosett-data(5)). */
#include <bosett/bosett.h>

#include "check.h"
#include "fixture.h"
#include "base/internal.h"

static char *write_str(struct bosett_table *t, enum bosett_format f)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&buf, &len);

	bosett_table_write(t, fp, f);
	fclose(fp);
	return buf;
}

TEST(read_comma)
{
	int rc;
	struct bosett_table *t = fixture_read("kommunenr,kommune,population\n0301,Oslo,717710\n1505,Kristiansund,24404\n", 0, NULL, &rc);
	double v = 0;

	CHECK(rc == 0);
	CHECK(bosett_table_nrows(t) == 2);
	CHECK_STR(bosett_table_text(t, 0, 0), "0301");
	CHECK(bosett_table_get(t, 1, "population", &v) == BOSETT_CELL_NUMBER);
	CHECK_NUM(v, 24404);
	bosett_table_free(t);
}

TEST(read_semicolon_decimal_comma_latin1)
{
	int rc;
	/* Windows-1252: "Bærum" with 0xe6, decimal comma, CRLF, BOM-less */
	struct bosett_table *t = fixture_read("kommune;kommunenr;population;score\r\nB\xe6rum;3201;130000;1,25\r\n", 0, NULL, &rc);
	double v = 0;

	CHECK(rc == 0);
	CHECK_STR(bosett_table_text(t, 0, 0), "B\xc3\xa6rum");
	CHECK(bosett_table_get(t, 0, "score", &v) == BOSETT_CELL_NUMBER);
	CHECK_NUM(v, 1.25);
	bosett_table_free(t);
}

TEST(read_bom_quoted_and_unknown_columns)
{
	int rc;
	struct bosett_table *t = fixture_read("\xef\xbb\xbf\"kommunenr\",\"kommune\",\"population\",\"note\"\n"
	                                  "\"0301\",\"Oslo, the capital\",\"717710\",\"x\"\n", 0, NULL, &rc);

	CHECK(rc == 0);
	CHECK_STR(bosett_table_text(t, 0, 1), "Oslo, the capital");
	CHECK_STR(bosett_table_text(t, 0, 3), "x");
	bosett_table_free(t);
}

TEST(leading_zero_restored)
{
	int rc;
	struct bosett_table *t = fixture_read("kommunenr,kommune,population\n301,Oslo,717710\n", 0, NULL, &rc);

	CHECK(rc == 0);
	CHECK_STR(bosett_table_text(t, 0, 0), "0301");
	bosett_table_free(t);
}

TEST(missing_markers_kept_apart)
{
	int rc;
	struct bosett_table *t = fixture_read("kommunenr,kommune,population,settled_prev,decided_prev,requested_prev\n"
	                                  "0301,Oslo,1,.,:,0\n", 0, NULL, &rc);

	CHECK(rc == 0);
	CHECK(bosett_table_get(t, 0, "settled_prev", NULL) == BOSETT_CELL_ABSENT);
	CHECK(bosett_table_get(t, 0, "decided_prev", NULL) == BOSETT_CELL_SUPPRESSED);
	CHECK(bosett_table_get(t, 0, "requested_prev", NULL) == BOSETT_CELL_NUMBER);
	bosett_table_free(t);
}

static void expect_error(const char *csv, const char *msg)
{
	int rc;
	struct bosett_table *t = fixture_read(csv, 0, NULL, &rc);

	CHECK(rc == BOSETT_EDATA);
	CHECK_STR(bosett_table_error(t), msg);
	bosett_table_free(t);
}

TEST(errors_name_line_and_column)
{
	expect_error("", "t.csv: empty file");
	expect_error("kommunenr,kommune,population\n", "t.csv: no municipalities (the table has a header but no rows)");
	expect_error("kommunenr,kommune,population\n0301,Oslo,12.5\n",
	             "t.csv:2: column 'population': not a whole number: \"12.5\"");
	expect_error("kommunenr,kommune,population\n0301,Oslo,-3\n", "t.csv:2: column 'population': negative: \"-3\"");
	expect_error("kommunenr,kommune,population\n0301,Oslo,nan\n",
	             "t.csv:2: column 'population': not a whole number: \"nan\"");
	expect_error("kommunenr,kommune,population\n03x1,Oslo,1\n",
	             "t.csv:2: column 'kommunenr': not a 4-digit kommunenummer: \"03x1\"");
	expect_error("kommunenr,kommune,population\n0301,Oslo,1\n0301,Oslo,2\n",
	             "t.csv:3: column 'kommunenr': duplicate kommunenummer (first on line 2): \"0301\"");
	expect_error("kommunenr,kommune,population\n0301,Oslo\n", "t.csv:2: 2 fields where the header has 3");
	expect_error("kommunenr,kommune,population\n0301,\"Oslo,1\n", "t.csv:2: unterminated quoted field");
	expect_error("kommunenr,kommune\n0301,Oslo\n", "t.csv:1: column 'population': required column missing (accepted names: population, innbyggere, innbyggertall, innbyggjarar, innbyggjartal, folketal, folketall, folkemengde, befolkning, inhabitants)");
}

TEST(csv_round_trip_and_formula_neutralised)
{
	int rc;
	struct bosett_table *t = fixture_read("kommunenr;kommune;population;note\n0301;=HYPERLINK(1);717710;1,5\n", 0, NULL, &rc);
	char *out;

	CHECK(rc == 0);
	out = write_str(t, BOSETT_FORMAT_CSV);
	CHECK_STR(out, "kommunenr,kommune,population,note\n0301,\"'=HYPERLINK(1)\",717710,1.5\n");
	free(out);
	bosett_table_free(t);
}

TEST(json_round_trip)
{
	int rc;
	struct bosett_table *t = fixture_read("kommunenr,kommune,population,settled_prev\n0301,Oslo,717710,:\n", 0, NULL, &rc);
	struct bosett_table *u = bosett_table_new();
	char *a, *b;

	bosett_table_meta_set(t, "year", "2021");
	bosett_table_input_add(t, "x.csv", 12, "0000000000000000000000000000000000000000000000000000000000000000");
	a = write_str(t, BOSETT_FORMAT_JSON);
	CHECK(bosett_table_read_mem(u, "j", a, strlen(a)) == 0);
	CHECK_STR(bosett_table_meta_get(u, "year"), "2021");
	CHECK(bosett_table_get(u, 0, "settled_prev", NULL) == BOSETT_CELL_SUPPRESSED);
	b = write_str(u, BOSETT_FORMAT_JSON);
	CHECK_STR(a, b);
	free(a);
	free(b);
	bosett_table_free(t);
	bosett_table_free(u);
}

TEST(sha256_known_vectors)
{
	char hex[65];

	bosett_sha256_hex("", 0, hex);
	CHECK_STR(hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
	bosett_sha256_hex("abc", 3, hex);
	CHECK_STR(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	bosett_sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", 56, hex);
	CHECK_STR(hex, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

TEST(number_parsing_is_strict)
{
	long l;
	double d;

	CHECK(bosett_parse_long("300", &l) == 0 && l == 300);
	CHECK(bosett_parse_long("300x", &l) != 0);
	CHECK(bosett_parse_long("", &l) != 0);
	CHECK(bosett_parse_long("99999999999999999999", &l) != 0);
	CHECK(bosett_parse_double("1.5", &d) == 0 && d == 1.5);
	CHECK(bosett_parse_double("inf", &d) != 0);
	CHECK(bosett_parse_double("1e999", &d) != 0);
	CHECK(bosett_parse_double("0x10", &d) != 0);
}

TEST(every_known_column_is_documented)
{
	/* bosett-data(5) must name every column the readers know */
	FILE *fp = fopen(BOSETT_SOURCE_DIR "/man/man5/bosett-data.5", "r");
	char *page = NULL;
	size_t len = 0;
	const char *name;

	CHECK(fp != NULL);
	if (!fp)
		return;
	CHECK(getdelim(&page, &len, '\0', fp) > 0);
	fclose(fp);
	for (size_t i = 0; (name = bosett_column_name(i)) != NULL; i++) {
		char want[64];

		snprintf(want, sizeof want, "Sy %s", name);
		if (!strstr(page, want)) {
			snprintf(want, sizeof want, " %s ,", name);
			if (!strstr(page, want))
				snprintf(want, sizeof want, ", %s\n", name);
			if (!strstr(page, want)) {
				fprintf(stderr, "bosett-data(5) does not document column '%s'\n", name);
				check_failed = 1;
			}
		}
	}
	free(page);
}

/* The fast path of the decimal parser (up to 15 digits, no exponent) gives
 * the very double strtod gives, on numbers of every length and scale;
 * longer numbers and exponents go to strtod itself. */
TEST(decimal_fast_path_is_strtod)
{
	unsigned seed = 12345;
	int compared = 0;

	for (int i = 0; i < 200000; i++) {
		char text[64], comma[64];
		double got = 0, want;
		int digits, point;
		unsigned long long m = 0;

		seed = seed * 1103515245u + 12345u;
		digits = 1 + (int)((seed >> 8) % 17);
		for (int d = 0; d < digits; d++) {
			seed = seed * 1103515245u + 12345u;
			m = m * 10 + (seed >> 8) % 10;
		}
		seed = seed * 1103515245u + 12345u;
		point = (int)((seed >> 8) % (unsigned)(digits + 1));
		snprintf(text, sizeof text, "%s%0*llu", (seed >> 20) % 4 == 0 ? "-" : "", digits, m);
		if (point > 0 && point < digits) {
			size_t len = strlen(text);

			memmove(text + len - (size_t)point + 1, text + len - (size_t)point, (size_t)point + 1);
			text[len - (size_t)point] = '.';
		}
		want = strtod(text, NULL);
		CHECK(bosett_parse_decimal(text, 0, &got) == 0);
		if (memcmp(&got, &want, sizeof got) != 0) {
			fprintf(stderr, "%s: %.17g, strtod %.17g\n", text, got, want);
			check_failed = 1;
			return;
		}
		snprintf(comma, sizeof comma, "%s", text);
		if (strchr(comma, '.'))
			*strchr(comma, '.') = ',';
		CHECK(bosett_parse_decimal(comma, 1, &got) == 0 && memcmp(&got, &want, sizeof got) == 0);
		compared++;
	}
	CHECK(compared == 200000);
}

const struct check_case check_cases[] = {
	CASE(every_known_column_is_documented), CASE(decimal_fast_path_is_strtod),
	CASE(read_comma), CASE(read_semicolon_decimal_comma_latin1), CASE(read_bom_quoted_and_unknown_columns),
	CASE(leading_zero_restored), CASE(missing_markers_kept_apart), CASE(errors_name_line_and_column),
	CASE(csv_round_trip_and_formula_neutralised), CASE(json_round_trip), CASE(sha256_known_vectors),
	CASE(number_parsing_is_strict), { NULL, NULL }
};

CHECK_MAIN
