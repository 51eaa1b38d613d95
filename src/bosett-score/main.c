/*
 * bosett-score - add an integration-potential score, and the part each
 * component contributes to it, to a municipality table (bosett-score(1)).
 * A thin front end: options, reading, writing and messages around libbosett.
 */
#include <getopt.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <bosett/bosett.h>

#include "cli.h"

static void usage(void)
{
	printf("Usage: %s [options] [FILE|-]\n"
	       "Add a score column (integration potential, about -2 to 2) and one column per\n"
	       "component to a municipality table.\n"
	       "\n"
	       "  -m, --model FILE       take the weights from the model's \"score\" object\n"
	       "  -p, --preset NAME      imdi-2024 (default), sweden, eu-2015 or population\n"
	       "      --scope S          compare within the nation (default) or the county\n"
	       "      --fit COLUMN       learn the weights from COLUMN (least absolute deviations)\n"
	       "      --explain KNR      print the breakdown of municipality KNR instead of the\n"
	       "                         table (the table is still written with -o)\n"
	       "  -f, --format FMT       output format: csv or json (default: as the input)\n"
	       "  -o, --output FILE      write to FILE (whole or not at all) instead of stdout\n"
	       "      --quiet            no notes on standard error\n"
	       "      --strict           an unknown column is an error, not a warning\n"
	       "      --keep-columns L   extra columns to keep without a warning\n"
	       "      --sheet NAME       the sheet of an .xlsx input (default: first)\n"
	       "  -h, --help             this help\n"
	       "  -V, --version          version and library versions\n"
	       "\n"
	       "Exit status: 0 written, 1 data or I/O error, 2 usage error.\n",
	       cli_progname());
	cli_exit_stdout();
}

enum { OPT_SCOPE = 256, OPT_FIT, OPT_EXPLAIN, OPT_QUIET };

int main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "model", required_argument, NULL, 'm' },
		{ "preset", required_argument, NULL, 'p' },
		{ "scope", required_argument, NULL, OPT_SCOPE },
		{ "fit", required_argument, NULL, OPT_FIT },
		{ "explain", required_argument, NULL, OPT_EXPLAIN },
		{ "format", required_argument, NULL, 'f' },
		{ "output", required_argument, NULL, 'o' },
		{ "quiet", no_argument, NULL, OPT_QUIET },
		CLI_TABLE_OPTIONS,
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	const char *model_path = NULL, *preset = NULL, *scope = NULL, *fit = NULL, *explain = NULL;
	enum bosett_score_scope scope_v = BOSETT_SCORE_SCOPE_NATION;
	const char *out_path = NULL, *input;
	enum bosett_format format = BOSETT_FORMAT_CSV;
	int format_given = 0;
	int quiet = 0, c, rc;
	struct bosett_model *model;
	struct bosett_scorer *s;
	struct bosett_table *t;

	cli_init(argv[0]);
	while ((c = getopt_long(argc, argv, "m:p:f:o:hV", longopts, NULL)) != -1) {
		switch (c) {
		case 'm': model_path = optarg; break;
		case 'p': preset = optarg; break;
		case OPT_SCOPE: scope = optarg; break;
		case OPT_FIT: fit = optarg; break;
		case OPT_EXPLAIN: explain = optarg; break;
		case 'f': format = cli_format(optarg); format_given = 1; break;
		case 'o': out_path = optarg; break;
		case OPT_QUIET: quiet = 1; break;
		case 'h': usage(); break;
		case 'V': cli_version(); break;
		default:
			if (!cli_table_option(c, optarg))
				cli_bad_option("m:p:f:o:hV", longopts, argv);
		}
	}
	input = cli_one_input(argc, argv);
	if (scope && bosett_score_scope_parse(scope, &scope_v) != BOSETT_OK)
		cli_usage("option '--scope': not nation or county: \"%s\"", scope);
	if (explain && (strlen(explain) != 4 || strspn(explain, "0123456789") != 4))
		cli_usage("option '--explain': not a 4-digit kommunenummer: \"%s\"", explain);

	model = bosett_model_new();
	s = bosett_scorer_new();
	t = bosett_table_new();
	if (!model || !s || !t) {
		cli_warn("out of memory");
		return BOSETT_EDATA;
	}
	rc = BOSETT_EDATA;
	if (model_path) {
		/* the whole model is checked, so a typo anywhere fails here and not later in bosett-solve */
		if (bosett_model_read_file(model, model_path) != BOSETT_OK) {
			cli_warn("%s", bosett_model_error(model));
			goto done;
		}
		if (bosett_scorer_read_model_file(s, model_path) != BOSETT_OK) {
			cli_warn("%s", bosett_scorer_error(s));
			goto done;
		}
	}
	/* the command line overrides the model */
	if (preset && bosett_scorer_preset(s, preset) != BOSETT_OK)
		cli_usage("option '--preset': %s", bosett_scorer_error(s));
	if (scope)
		bosett_scorer_set_scope(s, scope_v);
	if (fit && bosett_scorer_set_fit(s, fit) != BOSETT_OK)
		cli_usage("option '--fit': %s", bosett_scorer_error(s));
	for (size_t k = 0; bosett_scorer_column(s, k); k++)
		cli_keep_add(bosett_scorer_column(s, k));
	if (cli_read_table(t, input, quiet) != BOSETT_OK)
		goto done;
	if (!format_given)
		format = bosett_table_read_format(t);
	bosett_table_sort(t);
	if (scope && scope_v == BOSETT_SCORE_SCOPE_COUNTY && bosett_table_col(t, "fylkenr") == BOSETT_NPOS && !quiet)
		cli_warn("%s: column 'fylkenr' missing: counties taken from the first two digits of kommunenr",
		         bosett_table_source(t));
	rc = bosett_scorer_run(s, t);
	if (rc != BOSETT_OK) {
		cli_warn("%s", bosett_scorer_error(s));
		goto done;
	}
	/* --explain shows each component and its data itself */
	if (!explain && bosett_scorer_components_with_data(s) == 0) {
		/* a score of 0 everywhere ranks no one: say so, and refuse it under --strict */
		if (cli_strict()) {
			cli_warn("%s: no indicator of the score has any data: every score would be 0 (--strict)",
			         bosett_table_source(t));
			rc = BOSETT_EDATA;
			goto done;
		}
		if (!quiet)
			cli_warn("%s: no indicator of the score has any data: every score is 0; add the columns of "
			         "bosett-data(5) it weighs (housing_units, intro_result, employment_rate, ...)",
			         bosett_table_source(t));
	}
	if (fit && !quiet)
		cli_warn("fit: %s", bosett_scorer_fit_summary(s));
	if (model_path)
		bosett_table_meta_set(t, "score.model", bosett_model_name(model));
	rc = BOSETT_EDATA;
	if (cli_provenance(t, input, model) != 0)
		goto done;
	if (explain) {
		if (bosett_scorer_write_explain(s, t, explain, stdout) != BOSETT_OK && !ferror(stdout)) {
			cli_warn("%s", bosett_scorer_error(s));
			goto done;
		}
		if (fflush(stdout) != 0 || ferror(stdout)) {
			cli_warn("<stdout>: write error");
			goto done;
		}
		if (out_path && cli_write_table(t, out_path, format, NULL) != BOSETT_OK)
			goto done;
	} else if (cli_write_table(t, out_path, format, NULL) != BOSETT_OK) {
		goto done;
	}
	rc = BOSETT_OK;
done:
	bosett_table_free(t);
	bosett_scorer_free(s);
	bosett_model_free(model);
	return cli_exit_status(rc);
}
