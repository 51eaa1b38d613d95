/*
 * bosett-solve - recommend how many refugees each municipality should be
 * asked to settle, within the county's total (bosett-solve(1)). A thin
 * front end: options, reading, writing and messages around libbosett.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <bosett/bosett.h>

#include "cli.h"

static void usage(void)
{
	printf("Usage: %s -q N[,N...] [options] [FILE|-]\n"
	       "Recommend how many refugees each municipality should be asked to settle.\n"
	       "\n"
	       "  -q, --quota N[,N...]   the county's total to place; several totals solve\n"
	       "                         one scenario each; without -q, --county takes\n"
	       "                         IMDi's request to the county (fylke_anmodning.csv)\n"
	       "      --em N[,N...]      of the total, unaccompanied minors (a sub-quota)\n"
	       "      --method M         optimise (default), proportional, sainte-lague,\n"
	       "                         denmark or key: the formula baselines\n"
	       "      --allow-shortfall  when the rules allow fewer than the total, write\n"
	       "                         the best allocation of what fits (exit 0)\n"
	       "      --no-rule-prices   skip pricing the policy rules (three more solves)\n"
	       "      --approximate      no proof: a fast allocation that keeps every rule\n"
	       "                         and its gap (for very large tables)\n"
	       "  -m, --model NAME|FILE  a built-in model (default, practice, classic) or a\n"
	       "                         model file (bosett-model(5)); default: default\n"
	       "      --county NN        only the municipalities of county NN (fylkenr)\n"
	       "      --year YYYY        the planning year, where the table names none (CSV)\n"
	       "  -f, --format FMT       output format: csv or json (default: as the input)\n"
	       "  -o, --output FILE      write to FILE (whole or not at all) instead of stdout\n"
	       "      --columns LIST     write only these columns, in this order\n"
	       "      --time-limit S     stop the whole run after S seconds (result marked)\n"
	       "      --write-lp FILE    write the model solved, in CPLEX LP format\n"
	       "      --print-model      print the model in force (defaults included) and exit\n"
	       "      --tradeoff         what the criteria corridor buys: practice, the model at\n"
	       "                         corridors 0, 5, 10, 20, 30 %% and 5 placebos, for the\n"
	       "                         county, or each county at IMDi's request when no --county\n"
	       "      --quiet            no notes on standard error\n"
	       "      --strict           an unknown column is an error, not a warning\n"
	       "      --keep-columns L   extra columns to keep without a warning\n"
	       "      --sheet NAME       the sheet of an .xlsx input (default: first)\n"
	       "  -h, --help             this help\n"
	       "  -V, --version          version and library versions\n"
	       "\n"
	       "Exit status: 0 written, 1 data or I/O error, 2 usage error,\n"
	       "3 no allocation meets every rule (the reason is on standard error).\n",
	       cli_progname());
	cli_exit_stdout();
}

enum { OPT_COUNTY = 256, OPT_COLUMNS, OPT_TIME_LIMIT, OPT_WRITE_LP, OPT_QUIET, OPT_EM, OPT_METHOD,
       OPT_SHORTFALL, OPT_NO_PRICES, OPT_PRINT_MODEL, OPT_APPROXIMATE, OPT_TRADEOFF, OPT_YEAR };

#define MAX_SCENARIOS 1000

/* What the command line asks for. */
struct opts {
	const char *model_path, *out_path, *columns, *lp_path, *input, *county;
	enum bosett_format format;
	int format_given;
	long quotas[MAX_SCENARIOS], ems[MAX_SCENARIOS];
	size_t nq, nem;
	enum bosett_method method;
	double time_limit;
	int quiet, shortfall, prices, print_model, approximate, tradeoff;
	long year;                 /* --year: the planning year, 0 if not given */
};

/* "400,600,800": whole numbers into v (at most MAX_SCENARIOS); their count. */
static size_t parse_list(const char *opt, const char *arg, long *v)
{
	size_t n = 0;
	const char *p = arg;

	for (;;) {
		char item[32];
		size_t len = strcspn(p, ",");

		if (len == 0 || len >= sizeof item)
			cli_usage("option '%s': not a list of whole numbers: \"%s\"", opt, arg);
		if (n == MAX_SCENARIOS)
			cli_usage("option '%s': more than %d totals", opt, MAX_SCENARIOS);
		memcpy(item, p, len);
		item[len] = '\0';
		v[n++] = cli_long(opt, item, 0, BOSETT_TOTAL_MAX);
		if (!p[len])
			return n;
		p += len + 1;
	}
}

static enum bosett_method parse_method(const char *arg)
{
	enum bosett_method m;

	if (bosett_method_parse(arg, &m) == BOSETT_OK)
		return m;
	cli_usage("option '--method': unknown method \"%s\" (optimise, proportional, sainte-lague, denmark, key)",
	          arg);
}

/* The options, checked together; usage errors exit 2. */
static void parse_args(int argc, char **argv, struct opts *o)
{
	static const struct option longopts[] = {
		{ "quota", required_argument, NULL, 'q' },
		{ "model", required_argument, NULL, 'm' },
		{ "county", required_argument, NULL, OPT_COUNTY },
		{ "year", required_argument, NULL, OPT_YEAR },
		{ "format", required_argument, NULL, 'f' },
		{ "output", required_argument, NULL, 'o' },
		{ "columns", required_argument, NULL, OPT_COLUMNS },
		{ "time-limit", required_argument, NULL, OPT_TIME_LIMIT },
		{ "write-lp", required_argument, NULL, OPT_WRITE_LP },
		{ "quiet", no_argument, NULL, OPT_QUIET },
		{ "em", required_argument, NULL, OPT_EM },
		{ "method", required_argument, NULL, OPT_METHOD },
		{ "allow-shortfall", no_argument, NULL, OPT_SHORTFALL },
		{ "no-rule-prices", no_argument, NULL, OPT_NO_PRICES },
		{ "approximate", no_argument, NULL, OPT_APPROXIMATE },
		{ "print-model", no_argument, NULL, OPT_PRINT_MODEL },
		{ "tradeoff", no_argument, NULL, OPT_TRADEOFF },
		CLI_TABLE_OPTIONS,
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	int c;

	o->format = BOSETT_FORMAT_CSV;
	o->method = BOSETT_METHOD_OPTIMISE;
	o->prices = 1;
	while ((c = getopt_long(argc, argv, "q:m:f:o:hV", longopts, NULL)) != -1) {
		switch (c) {
		case 'q': o->nq = parse_list("--quota", optarg, o->quotas); break;
		case OPT_EM: o->nem = parse_list("--em", optarg, o->ems); break;
		case OPT_METHOD: o->method = parse_method(optarg); break;
		case OPT_SHORTFALL: o->shortfall = 1; break;
		case OPT_NO_PRICES: o->prices = 0; break;
		case OPT_APPROXIMATE: o->approximate = 1; break;
		case OPT_PRINT_MODEL: o->print_model = 1; break;
		case OPT_TRADEOFF: o->tradeoff = 1; break;
		case 'm': o->model_path = optarg; break;
		case OPT_COUNTY: o->county = optarg; break;
		case OPT_YEAR: o->year = cli_long("--year", optarg, 1900, 2200); break;
		case 'f': o->format = cli_format(optarg); o->format_given = 1; break;
		case 'o': o->out_path = optarg; break;
		case OPT_COLUMNS: o->columns = optarg; break;
		case OPT_TIME_LIMIT: o->time_limit = cli_double("--time-limit", optarg, 0.001, 1e6); break;
		case OPT_WRITE_LP: o->lp_path = optarg; break;
		case OPT_QUIET: o->quiet = 1; break;
		case 'h': usage(); break;
		case 'V': cli_version(); break;
		default:
			if (!cli_table_option(c, optarg))
				cli_bad_option("q:m:f:o:hV", longopts, argv);
		}
	}
	if (o->tradeoff && (o->nq > 1 || o->nem || o->lp_path || o->columns))
		cli_usage("option '--tradeoff': one total at most, without --em, --write-lp or --columns");
	if (o->nq == 0 && !o->print_model && !o->county && !o->tradeoff)
		cli_usage("the county's total is required: -q N, or --county NN for IMDi's request to the county");
	if (o->nem > 1 && o->nem != o->nq)
		cli_usage("option '--em': %zu totals for %zu scenarios", o->nem, o->nq);
	for (size_t k = 0; o->nem && k < o->nq; k++)
		if (o->ems[o->nem == 1 ? 0 : k] > o->quotas[k])
			cli_usage("option '--em': %ld minors is more than the total of %ld", o->ems[o->nem == 1 ? 0 : k],
			          o->quotas[k]);
	if (o->nq > 1 && o->lp_path)
		cli_usage("option '--write-lp': one total at a time");
	if (o->lp_path && strcmp(o->lp_path, "-") == 0)
		cli_usage("option '--write-lp': a file name, not standard output");
	o->input = cli_one_input(argc, argv);
	if (o->county && bosett_county_check(o->county) != BOSETT_OK)
		cli_usage("option '--county': not a 2-digit county number: \"%s\"", o->county);
}

/* What the adviser must look at, on standard error (bosett-solve(1),
 * NOTES): a municipality flagged (`flag`), an offer that gave way. */
static void adviser_notes(const struct bosett_table *t)
{
	size_t fc = bosett_table_col(t, "flag"), lc = bosett_table_col(t, "limit");
	size_t kc = bosett_table_col(t, "kommunenr"), nc = bosett_table_col(t, "kommune");
	size_t bc = bosett_table_col(t, "binding");

	if (lc == BOSETT_NPOS || kc == BOSETT_NPOS || nc == BOSETT_NPOS || bc == BOSETT_NPOS)
		return;
	for (size_t i = 0; i < bosett_table_nrows(t); i++) {
		const char *what = NULL;

		if (fc != BOSETT_NPOS && !strcmp(bosett_table_text(t, i, fc), "held_at_zero"))
			what = "flagged for the adviser";
		else if (!strcmp(bosett_table_text(t, i, lc), "offered_exceeded"))
			what = "offer exceeded";
		if (what)
			cli_warn("%s: %s %s: %s", what, bosett_table_text(t, i, kc), bosett_table_text(t, i, nc),
			         bosett_table_text(t, i, bc));
	}
}

/* The year of the table (meta "year"), 0 if none. */
static int table_year(const struct bosett_table *t)
{
	const char *ys = bosett_table_meta_get(t, "year");
	long y = 0;

	if (ys && (bosett_parse_long(ys, &y) != 0 || y < 1900 || y > 2200))
		y = 0;
	return (int)y;
}

/* --tradeoff: the county at its total (-q, or IMDi's request), or, without
 * --county and -q, every county of the table at IMDi's request to it. */
static int run_tradeoff(const struct bosett_model *m, struct bosett_table *t, const char *county, long q,
                        const char *out_path, enum bosett_format format)
{
	static const double corridors[] = { 0, 5, 10, 20, 30 };
	size_t n = bosett_table_nrows(t), col = bosett_table_col(t, "fylkenr"), nc = 0;
	const char **codes = malloc((n ? n : 1) * sizeof *codes);
	long *totals = malloc((n ? n : 1) * sizeof *totals);
	struct bosett_table *out = bosett_table_new();
	char err[1024];
	int rc = BOSETT_EDATA;

	if (!codes || !totals || !out) {
		cli_warn("out of memory");
		goto done;
	}
	if (col == BOSETT_NPOS && (county || q < 0)) {
		cli_warn("%s: column 'fylkenr': needed by --tradeoff but missing", bosett_table_source(t));
		goto done;
	}
	if (county || q >= 0) {
		codes[nc] = county, totals[nc++] = q;
	} else {
		for (size_t i = 0; i < n; i++) {
			size_t k = 0;

			while (k < nc && strcmp(codes[k], bosett_table_text(t, i, col)) != 0)
				k++;
			if (k == nc)
				codes[nc] = bosett_table_text(t, i, col), totals[nc++] = -1;
		}
	}
	for (size_t k = 0; k < nc; k++) {
		int found;

		if (totals[k] < 0 && bosett_county_total(NULL, codes[k], table_year(t), &totals[k], &found, err,
		                                         sizeof err) != 0) {
			cli_warn("%s; give the total with -q", err);
			goto done;
		}
	}
	rc = bosett_tradeoff(m, t, codes, totals, nc, corridors, sizeof corridors / sizeof corridors[0], 5, out, err,
	                     sizeof err);
	if (rc != BOSETT_OK) {
		cli_warn("%s", err);
		goto done;
	}
	rc = cli_write_table(out, out_path, format, NULL);
done:
	free(codes);
	free(totals);
	bosett_table_free(out);
	return rc;
}

/* Without -q: the county's total from IMDi's requests, for the table's
 * year, its source in the table's provenance. */
static int county_total(struct bosett_table *t, struct opts *o)
{
	int found, y = table_year(t);
	char msg[1024], src[1200];
	const char *file;

	if (bosett_county_total(NULL, o->county, y, &o->quotas[0], &found, msg, sizeof msg) != 0) {
		cli_warn("%s; give the total with -q", msg);
		return BOSETT_EDATA;
	}
	o->nq = 1;
	file = strrchr(msg, '/') ? strrchr(msg, '/') + 1 : msg;
	snprintf(src, sizeof src, "IMDi's request to county %s for %d (%s)", o->county, found, file);
	if (y && found != y) {
		/* the year's requests are not published yet: the latest before
		 * stands in, and says so even under --quiet */
		char note[256];

		snprintf(note, sizeof note, "IMDi's requests to the counties for %d are not published; "
		         "the %d request stands in as a placeholder", y, found);
		/* src and note are the output's data (English); the message
		 * is one format, so that it can be translated whole */
		cli_warn("total %ld: IMDi's request to county %s for %d (%s); IMDi's requests to the counties for %d are "
		         "not published; the %d request stands in as a placeholder: give the %d total with -q when it "
		         "is known", o->quotas[0], o->county, found, file, y, found, y);
		bosett_table_meta_set(t, "solve.total_placeholder", note);
	} else if (!o->quiet && y) {
		cli_warn("total %ld: IMDi's request to county %s for %d (%s); -q gives another", o->quotas[0], o->county,
		         found, file);
	} else if (!o->quiet) {
		cli_warn("total %ld: IMDi's request to county %s for %d (%s), the latest published (the table names no "
		         "planning year); -q gives another", o->quotas[0], o->county, found, file);
	}
	snprintf(msg, sizeof msg, "%d", found);
	bosett_table_meta_set(t, "solve.total_year", msg);
	/* the planning year the report's heading names: the table's (or
	 * --year's); a table that names none has none, since the year of the
	 * latest request is not the year the table plans for */
	if (y) {
		snprintf(msg, sizeof msg, "%d", y);
		bosett_table_meta_set(t, "solve.year", msg);
	}
	bosett_table_meta_set(t, "solve.total_source", src);
	if (o->nem && o->ems[0] > o->quotas[0])
		cli_usage("option '--em': %ld minors is more than the total of %ld", o->ems[0], o->quotas[0]);
	return BOSETT_OK;
}

/* --year: the planning year of a table that names none (a CSV table);
 * one that names another year is refused. */
static int planning_year(struct bosett_table *t, long year)
{
	char ys[16];
	int y = table_year(t);

	if (y && y != year)
		cli_usage("option '--year': the table is for %d, not %ld", y, year);
	snprintf(ys, sizeof ys, "%ld", year);
	if (bosett_table_meta_set(t, "year", ys) != BOSETT_OK) {
		cli_warn("out of memory");
		return BOSETT_EDATA;
	}
	return BOSETT_OK;
}

/* The table to solve: read, cut to the county, sorted, the columns to
 * write checked. */
static int load_table(struct bosett_table *t, const struct bosett_model *model, struct opts *o)
{
	int rc;
	char msg[1024];

	for (size_t k = 0; bosett_model_column(model, k); k++)
		cli_keep_add(bosett_model_column(model, k));
	if ((rc = cli_read_table(t, o->input, o->quiet)) != BOSETT_OK)
		return rc;
	if ((rc = cli_model_needs(model, t, o->quiet)) != BOSETT_OK)
		return rc;
	if (!o->format_given)
		o->format = bosett_table_read_format(t);
	if (o->year && (rc = planning_year(t, o->year)) != BOSETT_OK)
		return rc;
	if (o->tradeoff)
		return BOSETT_OK; /* run_tradeoff takes the counties and totals itself */
	if (o->nq == 0 && (rc = county_total(t, o)) != BOSETT_OK)
		return rc;
	if (o->county && (rc = bosett_table_keep_county(t, o->county)) != BOSETT_OK) {
		cli_warn("%s", bosett_table_error(t));
		return rc;
	}
	bosett_table_sort(t);
	if (o->columns && bosett_solver_check_columns(t, o->columns, o->quotas, o->nq, msg, sizeof msg) != BOSETT_OK)
		cli_usage("option '--columns': %s", msg);
	return BOSETT_OK;
}

/* Progress of a sweep, on standard error when it is a terminal. */
static void progress(void *ctx, size_t done, size_t total, long quota)
{
	(void)ctx;
	fprintf(stderr, "\r%s: scenario %zu of %zu (total %ld)%s", cli_progname(), done, total, quota,
	        done == total ? "\n" : "");
	fflush(stderr);
}

/* The solve itself: one total or a sweep of several. */
static int solve(struct bosett_solver *s, struct bosett_table *t, const struct opts *o)
{
	int rc;

	bosett_solver_set_time_limit(s, o->time_limit);
	bosett_solver_set_method(s, o->method);
	bosett_solver_set_allow_shortfall(s, o->shortfall);
	bosett_solver_set_rule_prices(s, o->prices);
	bosett_solver_set_approximate(s, o->approximate);
	if (o->nq > 1)
		rc = bosett_solver_run_totals(s, t, o->quotas, o->nq, o->nem ? o->ems : NULL, o->nem,
		                              !o->quiet && isatty(2) ? progress : NULL, NULL);
	else if ((rc = bosett_solver_set_total(s, o->quotas[0], o->nem ? o->ems[0] : 0)) == BOSETT_OK)
		rc = bosett_solver_run(s, t);
	return rc;
}

/* Notes on standard error about an answer that is not the plain optimum. */
static void notes(const struct bosett_solver *s, const struct bosett_table *t, const struct opts *o)
{
	const char *sf = bosett_table_meta_get(t, "solve.shortfall"), *dg = bosett_table_meta_get(t, "solve.diagnosis");

	if (o->quiet)
		return;
	if (bosett_solver_status(s) == BOSETT_SOLVE_SHORTFALL && o->nq > 1)
		cli_warn("shortfall: not all of the total could be placed (total:shortfall %s)", sf ? sf : "");
	else if (bosett_solver_status(s) == BOSETT_SOLVE_SHORTFALL)
		cli_warn("shortfall: %ld of the total could not be placed; %s", bosett_solver_shortfall(s), dg ? dg : "");
	if (bosett_solver_status(s) == BOSETT_SOLVE_FEASIBLE && o->approximate)
		cli_warn("approximate: the allocation is within %.2f %% of the optimum (not proven optimal)",
		         100 * bosett_solver_gap(s));
	else if (bosett_solver_status(s) == BOSETT_SOLVE_FEASIBLE)
		cli_warn("time limit reached: the allocation is not proven optimal (gap %.2f %%)",
		         100 * bosett_solver_gap(s));
	if (o->nq == 1)
		adviser_notes(t);
}

/* The result, its provenance recorded, to the output opened before. */
static int write_result(struct bosett_table *t, const struct bosett_model *model, const struct opts *o,
                        struct cli_out *out)
{
	bosett_table_meta_set(t, "solve.tool", "bosett-solve");
	bosett_table_meta_set(t, "solve.version", bosett_version());
	bosett_table_meta_set(t, "solve.libraries", bosett_version_deps());
	bosett_table_meta_set(t, "solve.model", bosett_model_name(model));
	if (o->county)
		bosett_table_meta_set(t, "solve.county", o->county);
	if (cli_provenance(t, o->input, model) != 0)
		return BOSETT_EDATA;
	if (o->columns && bosett_table_select(t, o->columns) != BOSETT_OK) {
		cli_warn("option '--columns': %s", bosett_table_error(t));
		return BOSETT_EUSAGE;
	}
	if (bosett_table_write(t, out->fp, o->format) != BOSETT_OK) {
		cli_warn("%s: %s", cli_out_name(out), bosett_table_error(t));
		return BOSETT_EDATA;
	}
	return BOSETT_OK;
}

/* Read, solve, write: the outputs are opened before the solve (a bad path
 * costs no solve) and nothing is written to them unless all succeeds. */
static int run(struct opts *o, struct bosett_model *model, struct bosett_table *t, struct bosett_solver *s)
{
	struct cli_out out, lp;
	int rc;

	if (o->model_path && bosett_model_load(model, o->model_path) != BOSETT_OK) {
		cli_warn("%s", bosett_model_error(model));
		return BOSETT_EDATA;
	}
	if (o->print_model)
		return bosett_model_write_json(model, stdout) == BOSETT_OK && fflush(stdout) == 0 ? BOSETT_OK : BOSETT_EIO;
	if ((rc = load_table(t, model, o)) != BOSETT_OK)
		return rc;
	if (o->tradeoff)
		return run_tradeoff(model, t, o->county, o->nq ? o->quotas[0] : -1, o->out_path, o->format);
	if (cli_out_open(&out, o->out_path) != 0)
		return BOSETT_EIO;
	if (o->lp_path && cli_out_open(&lp, o->lp_path) != 0) {
		cli_out_abort(&out);
		return BOSETT_EIO;
	}
	rc = solve(s, t, o);
	if (o->lp_path && rc == BOSETT_OK && (rc = bosett_solver_write_lp(s, lp.fp)) != BOSETT_OK)
		cli_warn("%s: %s", cli_out_name(&lp), bosett_solver_error(s));
	else if (rc != BOSETT_OK)
		cli_warn("%s", bosett_solver_error(s));
	if (rc == BOSETT_OK) {
		notes(s, t, o);
		rc = write_result(t, model, o, &out);
	}
	if (rc != BOSETT_OK) {
		cli_out_abort(&out);
		if (o->lp_path)
			cli_out_abort(&lp);
		return rc;
	}
	if (cli_out_commit(&out) != 0) {
		if (o->lp_path)
			cli_out_abort(&lp);
		return BOSETT_EIO;
	}
	return o->lp_path && cli_out_commit(&lp) != 0 ? BOSETT_EIO : BOSETT_OK;
}

int main(int argc, char **argv)
{
	static struct opts o;
	struct bosett_model *model;
	struct bosett_table *t;
	struct bosett_solver *s;
	int rc;

	cli_init(argv[0]);
	parse_args(argc, argv, &o);
	model = bosett_model_new();
	t = bosett_table_new();
	s = model ? bosett_solver_new(model) : NULL;
	if (!model || !t || !s) {
		cli_warn("out of memory");
		rc = BOSETT_ENOMEM;
	} else {
		rc = run(&o, model, t, s);
	}
	bosett_solver_free(s);
	bosett_table_free(t);
	bosett_model_free(model);
	return cli_exit_status(rc);
}
