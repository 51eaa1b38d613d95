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

#include <bosett/bosett.h>
#include <bosett/report.h>

#include "cli.h"

static void usage(void)
{
	printf("Usage: %s [options] [FILE|-]\n"
	       "Write the report on an allocation from bosett-solve (CSV or JSON).\n"
	       "\n"
	       "  -f, --format FMT     md (default), html, txt, roff or json\n"
	       "      --lang LANG      nb, nn or en; default: from the locale and the county\n"
	       "      --compare FILE   a second allocation to compare with\n"
	       "  -o, --output FILE    write to FILE (whole or not at all) instead of stdout\n"
	       "  -h, --help           this help\n"
	       "  -V, --version        version and library versions\n"
	       "\n"
	       "The date is printed only when SOURCE_DATE_EPOCH is set.\n"
	       "Exit status: 0 written, 1 data or I/O error, 2 usage error.\n",
	       cli_progname());
	cli_exit_stdout();
}

enum { OPT_LANG = 256, OPT_COMPARE };

/* The locale that names the language of messages, as setlocale would. */
static const char *locale_name(void)
{
	static const char *vars[] = { "LC_ALL", "LC_MESSAGES", "LANG" };

	for (int i = 0; i < 3; i++) {
		const char *v = getenv(vars[i]);

		if (v && *v)
			return v;
	}
	return NULL;
}

static const char *base_name(const char *path)
{
	const char *s = strrchr(path, '/');

	return s ? s + 1 : path;
}

int main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "format", required_argument, NULL, 'f' },
		{ "lang", required_argument, NULL, OPT_LANG },
		{ "compare", required_argument, NULL, OPT_COMPARE },
		{ "output", required_argument, NULL, 'o' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	const char *out_path = NULL, *cmp_path = NULL, *input, *epoch;
	enum bosett_report_format format = BOSETT_REPORT_MD;
	enum bosett_lang lang = BOSETT_LANG_EN;
	int lang_given = 0, c, rc = BOSETT_EDATA;
	struct bosett_table *t = NULL, *other = NULL;
	struct bosett_report *r = NULL;
	struct cli_out out;

	cli_init(argv[0]);
	while ((c = getopt_long(argc, argv, "f:o:hV", longopts, NULL)) != -1) {
		switch (c) {
		case 'f':
			if (bosett_report_format_parse(optarg, &format) != 0)
				cli_usage("option '--format': not md, html, txt, roff or json: \"%s\"", optarg);
			break;
		case OPT_LANG:
			if (bosett_report_lang_parse(optarg, &lang) != 0)
				cli_usage("option '--lang': not nb, nn or en: \"%s\"", optarg);
			lang_given = 1;
			break;
		case OPT_COMPARE: cmp_path = optarg; break;
		case 'o': out_path = optarg; break;
		case 'h': usage(); break;
		case 'V': cli_version(); break;
		default: cli_bad_option("f:o:hV", longopts, argv);
		}
	}
	input = cli_one_input(argc, argv);
	if (cmp_path && strcmp(cmp_path, "-") == 0 && strcmp(input, "-") == 0)
		cli_usage("option '--compare': standard input is already the allocation");

	t = bosett_table_new();
	if (!t) {
		cli_warn("out of memory");
		return BOSETT_EDATA;
	}
	if (bosett_table_read_file(t, input) != BOSETT_OK) {
		cli_warn("%s", bosett_table_error(t));
		goto done;
	}
	if (cmp_path) {
		other = bosett_table_new();
		if (!other || bosett_table_read_file(other, cmp_path) != BOSETT_OK) {
			cli_warn("%s", other ? bosett_table_error(other) : "out of memory");
			goto done;
		}
	}
	r = bosett_report_new(t);
	if (!r) {
		cli_warn("out of memory");
		goto done;
	}
	if (!lang_given)
		lang = bosett_report_lang_auto(t, locale_name());
	bosett_report_set_lang(r, lang);
	epoch = getenv("SOURCE_DATE_EPOCH");
	if (epoch && *epoch) {
		long e;

		if (bosett_parse_long(epoch, &e) != 0 || e < 0) {
			cli_warn("SOURCE_DATE_EPOCH: not a whole number of seconds: \"%s\"", epoch);
			rc = BOSETT_EUSAGE;
			goto done;
		}
		bosett_report_set_date(r, e);
	}
	if (other) {
		const char *label = bosett_table_meta_get(other, "solve.method");

		if (bosett_report_set_compare(r, other, label && *label ? label : base_name(cmp_path)) != BOSETT_OK) {
			cli_warn("%s", bosett_report_error(r));
			goto done;
		}
	}
	if (cli_out_open(&out, out_path) != 0)
		goto done;
	if (bosett_report_write(r, out.fp, format) != BOSETT_OK) {
		if (ferror(out.fp))
			cli_warn("%s: write error: %s", cli_out_name(&out), strerror(errno));
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
	return rc;
}
