/*
 * bosett-report - the report on an allocation from bosett-solve: the
 * recommendation an adviser can send and the analysis an analyst can read
 * (bosett-report(1)). A thin front end: options, reading, the language
 * from the locale, the date from SOURCE_DATE_EPOCH, and the output file.
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <bosett/bosett.h>
#include <bosett/report.h>

#include "cli.h"

static void usage(void)
{
	printf("Usage: %s [options] [FILE|-]\n"
	       "Write the report on an allocation from bosett-solve (CSV or JSON).\n"
	       "\n"
	       "  -f, --format FMT     md (default), html, txt, roff, json or xlsx\n"
	       "      --survey         the county's survey workbook (xlsx) from a table,\n"
	       "                       not a report (bosett-survey(5))\n"
	       "      --county NN      the survey of county NN (NNNN: of one municipality);\n"
	       "                       default: the table's one county\n"
	       "      --lang LANG      nb, nn or en; default: from the locale and the county\n"
	       "      --compare FILE   a second allocation to compare with\n"
	       "      --sender TEXT    the letter's sender (roff), instead of the county council\n"
	       "      --contact TEXT   the letter's contact person (roff)\n"
	       "      --signature TEXT who signs the letter (roff)\n"
	       "      --letter FILE    the same from \"sender: ...\" lines (see bosett-letter(5))\n"
	       "      --letter-field KEY=VALUE\n"
	       "                       a field of the letter: our_ref, your_ref, case_number,\n"
	       "                       case_officer, date, recipient, request_date, year\n"
	       "  -o, --output FILE    write to FILE (whole or not at all) instead of stdout\n"
	       "      --strict         an unknown column is an error, not a warning\n"
	       "      --keep-columns L extra columns to keep without a warning\n"
	       "      --sheet NAME     the sheet of an .xlsx input (default: first)\n"
	       "  -h, --help           this help\n"
	       "  -V, --version        version and library versions\n"
	       "\n"
	       "Every format is dated: today, or the day of SOURCE_DATE_EPOCH.\n"
	       "Exit status: 0 written, 1 data or I/O error, 2 usage error.\n",
	       cli_progname());
	cli_exit_stdout();
}

enum { OPT_LANG = 256, OPT_COMPARE, OPT_SENDER, OPT_CONTACT, OPT_SIGNATURE, OPT_LETTER, OPT_FIELD, OPT_SURVEY,
       OPT_COUNTY };

#define MAX_LETTER 64

static const char *base_name(const char *path)
{
	const char *s = strrchr(path, '/');

	return s ? s + 1 : path;
}

/* Every format is dated: today, unless SOURCE_DATE_EPOCH says otherwise. */
static int set_date(struct bosett_report *r)
{
	const char *epoch = getenv("SOURCE_DATE_EPOCH");
	long e;

	if (!epoch || !*epoch) {
		bosett_report_set_date(r, (long long)time(NULL));
		return BOSETT_OK;
	}
	if (bosett_parse_long(epoch, &e) != 0 || e < 0) {
		cli_warn("SOURCE_DATE_EPOCH: not a whole number of seconds: \"%s\"", epoch);
		return BOSETT_EUSAGE;
	}
	bosett_report_set_date(r, e);
	return BOSETT_OK;
}

/* The options that go together, checked together; usage errors exit 2. */
static void check_args(int survey, int format_given, enum bosett_report_format *format, const char *county,
                       const char *cmp_path, const char *input)
{
	if (survey && format_given && *format != BOSETT_REPORT_XLSX)
		cli_usage("option '--survey': the survey is a workbook: -f xlsx");
	if (survey)
		*format = BOSETT_REPORT_XLSX;
	if (county && !survey)
		cli_usage("option '--county': only with --survey");
	if (county && !((strlen(county) == 2 || strlen(county) == 4) && strspn(county, "0123456789") == strlen(county)))
		cli_usage("option '--county': not a county number (NN) or kommunenummer (NNNN): \"%s\"", county);
	if (survey && cmp_path)
		cli_usage("option '--compare': not with --survey");
	if (cmp_path && strcmp(cmp_path, "-") == 0 && strcmp(input, "-") == 0)
		cli_usage("option '--compare': standard input is already the allocation");
}

int main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "format", required_argument, NULL, 'f' },
		{ "lang", required_argument, NULL, OPT_LANG },
		{ "compare", required_argument, NULL, OPT_COMPARE },
		{ "sender", required_argument, NULL, OPT_SENDER },
		{ "contact", required_argument, NULL, OPT_CONTACT },
		{ "signature", required_argument, NULL, OPT_SIGNATURE },
		{ "letter", required_argument, NULL, OPT_LETTER },
		{ "letter-field", required_argument, NULL, OPT_FIELD },
		{ "survey", no_argument, NULL, OPT_SURVEY },
		{ "county", required_argument, NULL, OPT_COUNTY },
		{ "output", required_argument, NULL, 'o' },
		CLI_TABLE_OPTIONS,
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	const char *out_path = NULL, *cmp_path = NULL, *input, *letter_path = NULL;
	const char *letter_key[MAX_LETTER], *letter_val[MAX_LETTER], *county = NULL;
	size_t nletter = 0;
	enum bosett_report_format format = BOSETT_REPORT_MD;
	enum bosett_lang lang = BOSETT_LANG_EN;
	int lang_given = 0, format_given = 0, survey = 0, c, rc = BOSETT_EDATA;
	struct bosett_table *t = NULL, *other = NULL;
	struct bosett_report *r = NULL;
	struct cli_out out;

	cli_init(argv[0]);
	while ((c = getopt_long(argc, argv, "f:o:hV", longopts, NULL)) != -1) {
		switch (c) {
		case 'f':
			if (bosett_report_format_parse(optarg, &format) != 0)
				cli_usage("option '--format': not md, html, txt, roff, json or xlsx: \"%s\"", optarg);
			format_given = 1;
			break;
		case OPT_SURVEY: survey = 1; break;
		case OPT_COUNTY: county = optarg; break;
		case OPT_LANG:
			if (bosett_report_lang_parse(optarg, &lang) != 0)
				cli_usage("option '--lang': not nb, nn or en: \"%s\"", optarg);
			lang_given = 1;
			break;
		case OPT_COMPARE: cmp_path = optarg; break;
		case OPT_LETTER: letter_path = optarg; break;
		case OPT_SENDER:
		case OPT_CONTACT:
		case OPT_SIGNATURE:
			if (nletter == MAX_LETTER)
				cli_usage("more than %d letter lines", MAX_LETTER);
			letter_key[nletter] = c == OPT_SENDER ? "sender" : c == OPT_CONTACT ? "contact" : "signature";
			letter_val[nletter++] = optarg;
			break;
		case OPT_FIELD: {
			char *eq = strchr(optarg, '=');

			if (!eq)
				cli_usage("option '--letter-field': not KEY=VALUE: \"%s\"", optarg);
			if (nletter == MAX_LETTER)
				cli_usage("more than %d letter lines", MAX_LETTER);
			*eq = '\0';
			letter_key[nletter] = optarg;
			letter_val[nletter++] = eq + 1;
			break;
		}
		case 'o': out_path = optarg; break;
		case 'h': usage(); break;
		case 'V': cli_version(); break;
		default:
			if (!cli_table_option(c, optarg))
				cli_bad_option("f:o:hV", longopts, argv);
		}
	}
	input = cli_one_input(argc, argv);
	check_args(survey, format_given, &format, county, cmp_path, input);

	t = bosett_table_new();
	if (!t) {
		cli_warn("out of memory");
		return BOSETT_EDATA;
	}
	if (cli_read_table(t, input, 0) != BOSETT_OK)
		goto done;
	if (cmp_path) {
		other = bosett_table_new();
		if (!other) {
			cli_warn("out of memory");
			goto done;
		}
		if (cli_read_table(other, cmp_path, 0) != BOSETT_OK)
			goto done;
	}
	r = bosett_report_new(t);
	if (!r) {
		cli_warn("out of memory");
		goto done;
	}
	if (!lang_given)
		lang = survey ? bosett_report_survey_lang(t, county) : bosett_report_lang_auto(t, cli_locale());
	bosett_report_set_lang(r, lang);
	if (letter_path && bosett_report_read_letter_file(r, letter_path) != BOSETT_OK) {
		cli_warn("%s", bosett_report_error(r));
		goto done;
	}
	for (size_t k = 0; k < nletter; k++)
		if (bosett_report_set_letter(r, letter_key[k], letter_val[k]) != BOSETT_OK) {
			cli_warn("option '--%s': %s", letter_key[k], bosett_report_error(r));
			rc = BOSETT_EUSAGE;
			goto done;
		}
	if ((rc = set_date(r)) != BOSETT_OK)
		goto done;
	rc = BOSETT_EDATA;
	if (other) {
		const char *label = bosett_table_meta_get(other, "solve.method");

		if (bosett_report_set_compare(r, other, label && *label ? label : base_name(cmp_path)) != BOSETT_OK) {
			cli_warn("%s", bosett_report_error(r));
			goto done;
		}
	}
	if (cli_out_open(&out, out_path) != 0)
		goto done;
	if ((survey ? bosett_report_write_survey(r, out.fp, county) : bosett_report_write(r, out.fp, format)) != BOSETT_OK) {
		if (ferror(out.fp))
			cli_warn("%s: write error: %s", cli_out_name(&out), cli_strerror(errno));
		else
			cli_warn("%s", bosett_report_error(r));
		cli_out_abort(&out);
		goto done;
	}
	if (cli_out_commit(&out) != 0)
		goto done;
	rc = BOSETT_OK;
done:
	bosett_report_free(r);
	bosett_table_free(other);
	bosett_table_free(t);
	return cli_exit_status(rc);
}
