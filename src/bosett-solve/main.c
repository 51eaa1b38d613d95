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
       OPT_SHORTFALL, OPT_NO_PRICES, OPT_PRINT_MODEL, OPT_APPROXIMATE, OPT_TRADEOFF };

#define MAX_SCENARIOS 1000

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

/* --columns before the solve: every name once, each a column of the input
 * or one the solver writes (bosett-solve(1), OUTPUT), so that a bad list
 * costs no solve. */
static void check_columns(const struct bosett_table *t, const char *list, const long *quotas, size_t nq)
{
	static const char *solved[] = { "cap", "fair_share", "fair_gap", "recommended", "recommended_em",
	                                "limit", "shadow_price", "binding", "anchor", "rival", "rival_by",
	                                "rule", "without_rule", "rule_limit", "rule_own", "criteria_target",
	                                "criterion", "criterion_move" };
	const char *p = list;

	while (*p) {
		size_t len = strcspn(p, ","), i;
		char name[256];
		int ok = 0;
		const char *q;

		if (len == 0 || len >= sizeof name)
			cli_usage("option '--columns': not a list of column names: \"%s\"", list);
		memcpy(name, p, len);
		name[len] = '\0';
		for (q = p + len; *q; q += strcspn(q, ",")) {
			q++;
			if (strncmp(q, name, len) == 0 && (q[len] == ',' || !q[len]))
				cli_usage("option '--columns': column '%s' twice", name);
		}
		ok = bosett_table_col(t, name) != BOSETT_NPOS;
		for (i = 0; !ok && i < sizeof solved / sizeof solved[0]; i++)
			ok = strcmp(name, solved[i]) == 0;
		for (i = 0; !ok && nq > 1 && i < nq; i++) {
			char a[48], b[48];

			snprintf(a, sizeof a, "recommended_q%ld", quotas[i]);
			snprintf(b, sizeof b, "em_q%ld", quotas[i]);
			ok = strcmp(name, a) == 0 || strcmp(name, b) == 0;
		}
		if (!ok)
			cli_usage("option '--columns': no column '%s' to select", name);
		p += len;
		if (*p == ',')
			p++;
	}
}

/* Progress of a sweep, on standard error when it is a terminal. */
static void progress(void *ctx, size_t done, size_t total, long quota)
{
	(void)ctx;
	fprintf(stderr, "\r%s: scenario %zu of %zu (total %ld)%s", cli_progname(), done, total, quota,
	        done == total ? "\n" : "");
	fflush(stderr);
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

int main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "quota", required_argument, NULL, 'q' },
		{ "model", required_argument, NULL, 'm' },
		{ "county", required_argument, NULL, OPT_COUNTY },
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
	const char *model_path = NULL, *out_path = NULL, *columns = NULL, *lp_path = NULL, *input;
	const char *county = NULL;
	enum bosett_format format = BOSETT_FORMAT_CSV;
	int format_given = 0;
	static long quotas[MAX_SCENARIOS], ems[MAX_SCENARIOS];
	size_t nq = 0, nem = 0;
	enum bosett_method method = BOSETT_METHOD_OPTIMISE;
	double time_limit = 0;
	int quiet = 0, shortfall = 0, prices = 1, print_model = 0, approximate = 0, tradeoff = 0, c, rc;
	struct bosett_model *model;
	struct bosett_table *t;
	struct bosett_solver *s;
	struct cli_out out, lp;
	int out_open = 0, lp_open = 0;

	cli_init(argv[0]);
	while ((c = getopt_long(argc, argv, "q:m:f:o:hV", longopts, NULL)) != -1) {
		switch (c) {
		case 'q': nq = parse_list("--quota", optarg, quotas); break;
		case OPT_EM: nem = parse_list("--em", optarg, ems); break;
		case OPT_METHOD: method = parse_method(optarg); break;
		case OPT_SHORTFALL: shortfall = 1; break;
		case OPT_NO_PRICES: prices = 0; break;
		case OPT_APPROXIMATE: approximate = 1; break;
		case OPT_PRINT_MODEL: print_model = 1; break;
		case OPT_TRADEOFF: tradeoff = 1; break;
		case 'm': model_path = optarg; break;
		case OPT_COUNTY: county = optarg; break;
		case 'f': format = cli_format(optarg); format_given = 1; break;
		case 'o': out_path = optarg; break;
		case OPT_COLUMNS: columns = optarg; break;
		case OPT_TIME_LIMIT: time_limit = cli_double("--time-limit", optarg, 0.001, 1e6); break;
		case OPT_WRITE_LP: lp_path = optarg; break;
		case OPT_QUIET: quiet = 1; break;
		case 'h': usage(); break;
		case 'V': cli_version(); break;
		default:
			if (!cli_table_option(c, optarg))
				cli_bad_option("q:m:f:o:hV", longopts, argv);
		}
	}
	if (tradeoff && (nq > 1 || nem || lp_path || columns))
		cli_usage("option '--tradeoff': one total at most, without --em, --write-lp or --columns");
	if (nq == 0 && !print_model && !county && !tradeoff)
		cli_usage("the county's total is required: -q N, or --county NN for IMDi's request to the county");
	if (nem > 1 && nem != nq)
		cli_usage("option '--em': %zu totals for %zu scenarios", nem, nq);
	for (size_t k = 0; k < nem; k++)
		if (ems[k] > quotas[nem == 1 ? 0 : k] && nq == 1)
			cli_usage("option '--em': %ld minors is more than the total of %ld", ems[k], quotas[0]);
	if (nq > 1 && lp_path)
		cli_usage("option '--write-lp': one total at a time");
	if (lp_path && strcmp(lp_path, "-") == 0)
		cli_usage("option '--write-lp': a file name, not standard output");
	input = cli_one_input(argc, argv);
	if (county && (strlen(county) != 2 || strspn(county, "0123456789") != 2))
		cli_usage("option '--county': not a 2-digit county number: \"%s\"", county);

	model = bosett_model_new();
	t = bosett_table_new();
	s = model ? bosett_solver_new(model) : NULL;
	if (!model || !t || !s) {
		cli_warn("out of memory");
		return BOSETT_EDATA;
	}
	rc = BOSETT_EDATA;
	if (model_path && bosett_model_load(model, model_path) != BOSETT_OK) {
		cli_warn("%s", bosett_model_error(model));
		goto done;
	}
	if (print_model) {
		rc = bosett_model_write_json(model, stdout) == BOSETT_OK && fflush(stdout) == 0 ? BOSETT_OK : BOSETT_EDATA;
		goto done;
	}
	for (size_t k = 0; bosett_model_column(model, k); k++)
		cli_keep_add(bosett_model_column(model, k));
	if (cli_read_table(t, input, quiet) != BOSETT_OK)
		goto done;
	if (!format_given)
		format = bosett_table_read_format(t);
	if (tradeoff) {
		rc = run_tradeoff(model, t, county, nq ? quotas[0] : -1, out_path, format);
		goto done;
	}
	if (nq == 0) {
		/* the county's total from IMDi's requests, for the table's year */
		int found;
		char msg[1024], src[1200];

		if (bosett_county_total(NULL, county, table_year(t), &quotas[0], &found, msg, sizeof msg) != 0) {
			cli_warn("%s; give the total with -q", msg);
			goto done;
		}
		nq = 1;
		snprintf(src, sizeof src, "IMDi's request to county %s for %d (%s)", county, found,
		         strrchr(msg, '/') ? strrchr(msg, '/') + 1 : msg);
		if (!quiet)
			cli_warn("total %ld: %s; -q gives another", quotas[0], src);
		bosett_table_meta_set(t, "solve.total_source", src);
		/* the planning year the report's heading names */
		snprintf(src, sizeof src, "%d", found);
		bosett_table_meta_set(t, "solve.year", src);
		if (nem && ems[0] > quotas[0])
			cli_usage("option '--em': %ld minors is more than the total of %ld", ems[0], quotas[0]);
	}
	if (county) {
		size_t col = bosett_table_col(t, "fylkenr");
		size_t n = bosett_table_nrows(t), kept = 0;
		unsigned char *keep = malloc(n);

		if (col == BOSETT_NPOS) {
			cli_warn("%s: column 'fylkenr': needed by --county but missing", bosett_table_source(t));
			free(keep);
			goto done;
		}
		if (!keep) {
			cli_warn("out of memory");
			goto done;
		}
		for (size_t i = 0; i < n; i++)
			kept += keep[i] = strcmp(bosett_table_text(t, i, (size_t)col), county) == 0;
		bosett_table_filter(t, keep);
		free(keep);
		if (!kept) {
			cli_warn("%s: no municipality in county %s", bosett_table_source(t), county);
			goto done;
		}
	}
	bosett_table_sort(t);
	if (columns)
		check_columns(t, columns, quotas, nq);
	/* open the outputs before the solve: a bad path costs no solve, and
	 * nothing is written to them unless the whole run succeeds */
	if (cli_out_open(&out, out_path) != 0)
		goto done;
	out_open = 1;
	if (lp_path) {
		if (cli_out_open(&lp, lp_path) != 0)
			goto done;
		lp_open = 1;
	}
	bosett_solver_set_time_limit(s, time_limit);
	bosett_solver_set_method(s, method);
	bosett_solver_set_allow_shortfall(s, shortfall);
	bosett_solver_set_rule_prices(s, prices);
	bosett_solver_set_approximate(s, approximate);
	if (nq > 1) {
		/* the minors are part of each total: split them off */
		for (size_t k = 0; k < nq; k++) {
			long em = nem ? ems[nem == 1 ? 0 : k] : 0;

			if (em > quotas[k])
				cli_usage("option '--em': %ld minors is more than the total of %ld", em, quotas[k]);
			quotas[k] -= em;
			ems[k] = em;
		}
		rc = bosett_solver_run_scenarios(s, t, quotas, ems, nq, !quiet && isatty(2) ? progress : NULL, NULL);
	} else {
		bosett_solver_set_quota(s, quotas[0] - (nem ? ems[0] : 0));
		bosett_solver_set_em_quota(s, nem ? ems[0] : 0);
		rc = bosett_solver_run(s, t);
	}
	if (lp_path && rc == BOSETT_OK && (rc = bosett_solver_write_lp(s, lp.fp)) != BOSETT_OK) {
		cli_warn("%s: %s", cli_out_name(&lp), bosett_solver_error(s));
		goto done;
	}
	if (rc != BOSETT_OK) {
		cli_warn("%s", bosett_solver_error(s));
		goto done;
	}
	if (bosett_solver_status(s) == BOSETT_SOLVE_SHORTFALL && !quiet && nq > 1)
		cli_warn("shortfall: not all of the total could be placed (total:shortfall %s)",
		         bosett_table_meta_get(t, "solve.shortfall") ? bosett_table_meta_get(t, "solve.shortfall") : "");
	else if (bosett_solver_status(s) == BOSETT_SOLVE_SHORTFALL && !quiet)
		cli_warn("shortfall: %ld of the total could not be placed; %s", bosett_solver_shortfall(s),
		         bosett_table_meta_get(t, "solve.diagnosis") ? bosett_table_meta_get(t, "solve.diagnosis") : "");
	if (bosett_solver_status(s) == BOSETT_SOLVE_FEASIBLE && !quiet && approximate)
		cli_warn("approximate: the allocation is within %.2f %% of the optimum (not proven optimal)",
		         100 * bosett_solver_gap(s));
	else if (bosett_solver_status(s) == BOSETT_SOLVE_FEASIBLE && !quiet)
		cli_warn("time limit reached: the allocation is not proven optimal (gap %.2f %%)",
		         100 * bosett_solver_gap(s));

	bosett_table_meta_set(t, "solve.tool", "bosett-solve");
	bosett_table_meta_set(t, "solve.version", bosett_version());
	bosett_table_meta_set(t, "solve.libraries", bosett_version_deps());
	bosett_table_meta_set(t, "solve.model", bosett_model_name(model));
	if (county)
		bosett_table_meta_set(t, "solve.county", county);
	if (cli_provenance(t, input, model) != 0) {
		rc = BOSETT_EDATA;
		goto done;
	}
	if (columns && bosett_table_select(t, columns) != BOSETT_OK) {
		cli_warn("option '--columns': %s", bosett_table_error(t));
		rc = BOSETT_EUSAGE;
		goto done;
	}
	if (bosett_table_write(t, out.fp, format) != BOSETT_OK) {
		cli_warn("%s: %s", cli_out_name(&out), bosett_table_error(t));
		rc = BOSETT_EDATA;
		goto done;
	}
	out_open = 0;
	if (cli_out_commit(&out) != 0) {
		rc = BOSETT_EDATA;
		goto done;
	}
	if (lp_open) {
		lp_open = 0;
		if (cli_out_commit(&lp) != 0) {
			rc = BOSETT_EDATA;
			goto done;
		}
	}
	rc = BOSETT_OK;
done:
	if (out_open)
		cli_out_abort(&out);
	if (lp_open)
		cli_out_abort(&lp);
	bosett_solver_free(s);
	bosett_table_free(t);
	bosett_model_free(model);
	return rc;
}
