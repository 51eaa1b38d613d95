/*
 * bosett-backtest - measure models against IMDi's real requests, year by
 * year (bosett-backtest(1)). A tool of its own, not a mode of
 * bosett-solve: it reads the raw import inputs rather than one table, runs
 * every county of every year, and writes a benchmark, not an allocation.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <bosett/bosett.h>

#include "cli.h"

#define MAX_MODELS 8

static void usage(void)
{
	printf("usage: %s [options] FILE...\n"
	       "Measure models against IMDi's real requests: each county's real total of each year,\n"
	       "spread by each model, by practice and by two naive baselines, compared municipality\n"
	       "by municipality; the judged year's own figures are hidden from the models.\n"
	       "FILEs are bosett-import inputs: the municipality list, counties, a code crosswalk,\n"
	       "IMDi's settlement history and any others.\n\n"
	       "  -y, --years LIST       years and ranges to measure, such as 2012-2021,2025\n"
	       "                          (default 2012-2021)\n"
	       "  -m, --model NAME|FILE   a built-in model (default, practice, classic) or a model file;\n"
	       "                          repeat for several (default: -m default; practice and\n"
	       "                          the naive baselines are always measured)\n"
	       "      --placebo N         N runs per model with criteria, shuffled within each\n"
	       "                          county (fixed seeds 1..N; default 3, 0 none, at most 10)\n"
	       "      --anchors           each model twice: anchored on last year's request\n"
	       "                          (NAME-request) and on the lower of request and\n"
	       "                          decision (NAME-decision)\n"
	       "      --against COL       compare with IMDi's requests (requested, the\n"
	       "                          default), the councils' decisions (decided) or\n"
	       "                          the refugees settled that year (settled)\n"
	       "      --national          only the rows of the whole country (fylkenr 00)\n"
	       "      --summary           instead of the rows: each method's mean national error\n"
	       "                          over the years, beside practice's, and their ratio\n"
	       "      --svg FILE          also write the chart of the national error per year\n"
	       "  -f, --format FMT        csv (default) or json\n"
	       "  -o, --output FILE       write the table to FILE instead of standard output\n"
	       "  -q, --quiet             no progress on standard error\n"
	       "  -h, --help              show this help and exit\n"
	       "  -V, --version           show the version and exit\n\n"
	       "Exit status: 0 success, 1 data or I/O error, 2 usage error.\n", cli_progname());
	exit(0);
}

static void progress(void *ctx, int year, const char *county)
{
	(void)ctx;
	fprintf(stderr, "\r%s: %d county %s", cli_progname(), year, county);
	fflush(stderr);
}

/* "2012-2021,2025": ranges and single years, increasing. */
static size_t years(const char *arg, int *out, size_t max)
{
	const char *p = arg;
	size_t n = 0;

	for (;;) {
		char *end;
		long a = strtol(p, &end, 10), b = a;

		if (end != p && *end == '-')
			b = strtol(end + 1, &end, 10);
		if (end == p || (*end && *end != ',') || a < 1996 || b > 2100 || a > b ||
		    (n && a <= out[n - 1]) || n + (size_t)(b - a) + 1 > max)
			cli_usage("option '--years': not increasing years and ranges such as 2012-2021,2025: \"%s\"", arg);
		for (long y = a; y <= b; y++)
			out[n++] = (int)y;
		if (!*end)
			return n;
		p = end + 1;
	}
}

/* --anchors: the model anchored on last year's request (0) or on the lower
 * of request and decision (1), named after it (bosett(7), ANCHOR). */
static enum bosett_status anchor_variant(struct bosett_model *m, int decision)
{
	char json[320];

	snprintf(json, sizeof json, "{\"name\": \"%.100s-%s\", \"continuity\": {\"column\": \"%s\"}}",
	         bosett_model_name(m), decision ? "decision" : "request", decision ? "lower" : "requested_prev");
	return bosett_model_read_mem(m, "--anchors", json, strlen(json));
}

/* --national: keep the rows of the whole country (fylkenr 00). */
static int national_only(struct bosett_table *t)
{
	size_t n = bosett_table_nrows(t);
	unsigned char *keep = malloc(n ? n : 1);

	if (!keep) {
		cli_warn("out of memory");
		return -1;
	}
	for (size_t i = 0; i < n; i++)
		keep[i] = strcmp(bosett_table_text(t, i, 1), "00") == 0;
	bosett_table_filter(t, keep);
	free(keep);
	return 0;
}

/* --summary: the mean national error of each method over the years, beside
 * practice's, instead of the rows of each year. */
static int write_summary(struct bosett_backtest *bt, const char *out_path, enum bosett_format format)
{
	struct bosett_table *t = bosett_backtest_summary(bt);
	int rc;

	if (!t) {
		cli_warn("%s", bosett_backtest_error(bt));
		return BOSETT_EDATA;
	}
	rc = cli_write_table(t, out_path, format, NULL);
	bosett_table_free(t);
	return rc;
}

int main(int argc, char **argv)
{
	enum { OPT_NATIONAL = 256, OPT_SVG, OPT_PLACEBO, OPT_ANCHORS, OPT_TARGET, OPT_SUMMARY };
	static const struct option longopts[] = {
		{ "years", required_argument, NULL, 'y' },
		{ "model", required_argument, NULL, 'm' },
		{ "national", no_argument, NULL, OPT_NATIONAL },
		{ "summary", no_argument, NULL, OPT_SUMMARY },
		{ "anchors", no_argument, NULL, OPT_ANCHORS },
		{ "against", required_argument, NULL, OPT_TARGET },
		{ "svg", required_argument, NULL, OPT_SVG },
		{ "placebo", required_argument, NULL, OPT_PLACEBO },
		{ "format", required_argument, NULL, 'f' },
		{ "output", required_argument, NULL, 'o' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	const char *names[MAX_MODELS], *out_path = NULL, *svg_path = NULL, *target = "requested";
	struct bosett_model *models[MAX_MODELS] = { 0 };
	size_t nnames = 0, ny = 0, placebo = 3, nmodels = 0;
	int yv[128], national = 0, summary = 0, quiet = 0, anchors = 0, c, rc = BOSETT_EDATA;
	enum bosett_format format = BOSETT_FORMAT_CSV;
	struct bosett_backtest *bt;

	cli_init(argv[0]);
	while ((c = getopt_long(argc, argv, "y:m:f:o:qhV", longopts, NULL)) != -1) {
		switch (c) {
		case 'y': ny = years(optarg, yv, sizeof yv / sizeof yv[0]); break;
		case 'm':
			if (nnames == MAX_MODELS)
				cli_usage("option '--model': at most %d models", MAX_MODELS);
			names[nnames++] = optarg;
			break;
		case OPT_NATIONAL: national = 1; break;
		case OPT_SUMMARY: summary = 1; break;
		case OPT_ANCHORS: anchors = 1; break;
		case OPT_TARGET:
			if (strcmp(optarg, "requested") && strcmp(optarg, "decided") && strcmp(optarg, "settled"))
				cli_usage("option '--against': requested, decided or settled: \"%s\"", optarg);
			target = optarg;
			break;
		case OPT_SVG: svg_path = optarg; break;
		case OPT_PLACEBO: placebo = (size_t)cli_long("--placebo", optarg, 0, 10); break;
		case 'f': format = cli_format(optarg); break;
		case 'o': out_path = optarg; break;
		case 'q': quiet = 1; break;
		case 'h': usage(); break;
		case 'V': cli_version(); break;
		default: cli_bad_option("y:m:f:o:qhV", longopts, argv);
		}
	}
	if (optind == argc)
		cli_usage("the inputs are required: the municipality list, counties, a code crosswalk and IMDi's "
		          "settlement history");
	if (!ny)
		ny = years("2012-2021", yv, sizeof yv / sizeof yv[0]);
	if (!nnames)
		names[nnames++] = "default";
	bt = bosett_backtest_new();
	if (!bt) {
		cli_warn("out of memory");
		return BOSETT_EDATA;
	}
	bosett_backtest_set_placebo(bt, placebo);
	bosett_backtest_set_target(bt, target);
	if (anchors && 2 * nnames > MAX_MODELS)
		cli_usage("option '--anchors': at most %d models", MAX_MODELS / 2);
	nmodels = anchors ? 2 * nnames : nnames;
	for (size_t k = 0; k < nmodels; k++) {
		size_t j = anchors ? k / 2 : k;

		models[k] = bosett_model_new();
		if (!models[k] || bosett_model_load(models[k], names[j]) != BOSETT_OK ||
		    (anchors && anchor_variant(models[k], k % 2) != BOSETT_OK)) {
			cli_warn("%s", models[k] ? bosett_model_error(models[k]) : "out of memory");
			goto done;
		}
		bosett_backtest_add_model(bt, models[k]);
	}
	for (int i = optind; i < argc; i++)
		if (bosett_backtest_add_input(bt, argv[i]) != BOSETT_OK) {
			cli_warn("%s", bosett_backtest_error(bt));
			goto done;
		}
	if (bosett_backtest_run(bt, yv, ny, !quiet && isatty(2) ? progress : NULL, NULL) != BOSETT_OK) {
		if (!quiet && isatty(2))
			fputc('\n', stderr);
		cli_warn("%s", bosett_backtest_error(bt));
		goto done;
	}
	if (!quiet && isatty(2))
		fputc('\n', stderr);
	if (national && national_only(bosett_backtest_result(bt)) != 0)
		goto done;
	if (svg_path) {
		struct cli_out o;

		if (cli_out_open(&o, svg_path) != 0)
			goto done;
		if (bosett_backtest_write_svg(bt, o.fp) != BOSETT_OK) {
			cli_warn("%s: %s", cli_out_name(&o), bosett_backtest_error(bt));
			cli_out_abort(&o);
			goto done;
		}
		if (cli_out_commit(&o) != 0) {
			cli_out_abort(&o);
			goto done;
		}
	}
	if (summary)
		rc = write_summary(bt, out_path, format);
	else
		rc = cli_write_table(bosett_backtest_result(bt), out_path, format, NULL);
done:
	for (size_t k = 0; k < nmodels; k++)
		bosett_model_free(models[k]);
	bosett_backtest_free(bt);
	return cli_exit_status(rc);
}
