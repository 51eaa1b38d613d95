/*
 * bosett-import - turn the files advisers have (SSB, IMDi and NAV
 * downloads, the municipality list, commuting regions, spreadsheets) into
 * one table of municipalities of the current structure (bosett-import(1)).
 * A thin front end: options, reading, writing and messages around libbosett.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <bosett/bosett.h>
#include <bosett/import.h>

#include "cli.h"

static void usage(void)
{
	printf("Usage: %s [options] FILE...\n"
	       "Join the inputs on kommunenummer into one bosett-data(5) table of the\n"
	       "2024 municipal structure.\n"
	       "\n"
	       "  -y, --year YYYY        the year the table is for (settlement history:\n"
	       "                         the year, the year before, the mean of the three\n"
	       "                         before); default: the latest year in the inputs\n"
	       "      --map FILE         JSON object renaming input columns\n"
	       "      --as KIND          read the next FILE as KIND (see --list-kinds)\n"
	       "      --sheet NAME       the sheet of an Excel workbook (.xlsx) to read;\n"
	       "                         default: the first\n"
	       "      --list-kinds       the kinds of input known, and exit\n"
	       "      --columns LIST     write only these columns, in this order\n"
	       "      --strict           a municipality that matches nothing, an unknown\n"
	       "                         column or --map key is an error\n"
	       "      --keep-columns L   extra columns to keep without a warning\n"
	       "      --crosswalk        write the code history resolved to 2024 codes\n"
	       "                         instead of the table\n"
	       "  -f, --format FMT       output format: csv (default) or json\n"
	       "  -o, --output FILE      write to FILE (whole or not at all) instead of stdout\n"
	       "      --county-totals    write IMDi's county totals (fylkenr,fylke,year,requested)\n"
	       "                         instead of the table\n"
	       "      --no-history       no bundled code crosswalk when no input is a history\n"
	       "  -v, --verbose          every warning, not one line per cause\n"
	       "      --quiet            no warnings on standard error\n"
	       "  -h, --help             this help\n"
	       "  -V, --version          version and library versions\n"
	       "\n"
	       "Exit status: 0 written, 1 data or I/O error, 2 usage error.\n",
	       cli_progname());
	cli_exit_stdout();
}

enum { OPT_MAP = 256, OPT_AS, OPT_STRICT, OPT_QUIET, OPT_KINDS, OPT_CROSSWALK, OPT_COLUMNS, OPT_NOHIST, OPT_CTOTALS };

/* Warnings on standard error: one line per cause, or every one. */
static void print_warnings(struct bosett_import *imp, int quiet, int verbose)
{
	if (quiet)
		return;
	if (verbose) {
		for (size_t i = 0; i < bosett_import_warning_count(imp); i++)
			cli_warn("warning: %s", bosett_import_warning(imp, i));
		return;
	}
	for (size_t i = 0, n = bosett_import_warning_groups(imp); i < n; i++)
		cli_warn("warning: %s", bosett_import_warning_group(imp, i));
}

/* The column map (--map FILE), read whole and given to the import. */
static int read_map(struct bosett_import *imp, const char *map_path)
{
	FILE *fp = fopen(map_path, "rb");
	char *buf = NULL;
	size_t n = 0, cap = 0, got;
	int rc;

	if (!fp) {
		cli_warn("%s: cannot open the column map", map_path);
		return BOSETT_EIO;
	}
	do {
		if (n == cap) {
			char *nb = cap < 16 << 20 ? realloc(buf, cap ? cap * 2 : 4096) : NULL;

			if (!nb) {
				cli_warn("%s: column map too large or out of memory", map_path);
				free(buf);
				fclose(fp);
				return BOSETT_EDATA;
			}
			buf = nb;
			cap = cap ? cap * 2 : 4096;
		}
		got = fread(buf + n, 1, cap - n, fp);
		n += got;
	} while (got > 0);
	fclose(fp);
	rc = bosett_import_set_map(imp, map_path, buf ? buf : "", n);
	if (rc != BOSETT_OK)
		cli_warn("%s", bosett_import_error(imp));
	free(buf);
	return rc;
}

int main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "year", required_argument, NULL, 'y' },
		{ "map", required_argument, NULL, OPT_MAP },
		{ "as", required_argument, NULL, OPT_AS },
		{ "strict", no_argument, NULL, OPT_STRICT },
		{ "keep-columns", required_argument, NULL, CLI_OPT_KEEP_COLUMNS },
		{ "sheet", required_argument, NULL, CLI_OPT_SHEET },
		{ "list-kinds", no_argument, NULL, OPT_KINDS },
		{ "crosswalk", no_argument, NULL, OPT_CROSSWALK },
		{ "columns", required_argument, NULL, OPT_COLUMNS },
		{ "format", required_argument, NULL, 'f' },
		{ "output", required_argument, NULL, 'o' },
		{ "quiet", no_argument, NULL, OPT_QUIET },
		{ "verbose", no_argument, NULL, 'v' },
		{ "no-history", no_argument, NULL, OPT_NOHIST },
		{ "county-totals", no_argument, NULL, OPT_CTOTALS },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	const char *out_path = NULL, *map_path = NULL, *columns = NULL, *keep = NULL, *sheet = NULL;
	const char **kinds;
	enum bosett_format format = BOSETT_FORMAT_CSV;
	long year = 0;
	int quiet = 0, verbose = 0, nohist = 0, strict = 0, crosswalk = 0, c, rc = BOSETT_EDATA, nfiles = 0;
	struct bosett_import *imp;
	struct bosett_table *t;

	cli_init(argv[0]);
	kinds = calloc((size_t)argc + 1, sizeof *kinds);
	if (!kinds) {
		cli_warn("out of memory");
		return BOSETT_EDATA;
	}
	/* "-": operands come in order among the options; --as applies to the next FILE */
	while ((c = getopt_long(argc, argv, "-y:f:o:vhV", longopts, NULL)) != -1) {
		switch (c) {
		case 1:
			argv[nfiles + 1] = optarg;
			nfiles++;
			break;
		case 'y': year = cli_long("--year", optarg, 1900, 2200); break;
		case OPT_MAP: map_path = optarg; break;
		case OPT_AS: {
			size_t i;

			for (i = 0; bosett_import_kind_name(i); i++)
				if (!strcmp(bosett_import_kind_name(i), optarg))
					break;
			if (!bosett_import_kind_name(i))
				cli_usage("option '--as': unknown kind \"%s\" (see --list-kinds)", optarg);
			kinds[nfiles] = bosett_import_kind_name(i);
			break;
		}
		case OPT_STRICT: strict = 1; break;
		case CLI_OPT_KEEP_COLUMNS: keep = optarg; break;
		case CLI_OPT_SHEET: sheet = optarg; break;
		case OPT_CROSSWALK: crosswalk = 1; break;
		case OPT_CTOTALS: crosswalk = 2; break;
		case OPT_COLUMNS: columns = optarg; break;
		case OPT_KINDS:
			for (size_t i = 0; bosett_import_kind_name(i); i++)
				printf("%-16s %s\n", bosett_import_kind_name(i), bosett_import_kind_doc(i));
			cli_exit_stdout();
		case 'f': format = cli_format(optarg); break;
		case 'o': out_path = optarg; break;
		case OPT_QUIET: quiet = 1; break;
		case 'v': verbose = 1; break;
		case OPT_NOHIST: nohist = 1; break;
		case 'h': usage(); break;
		case 'V': cli_version(); break;
		default: cli_bad_option("-y:f:o:vhV", longopts, argv);
		}
	}
	if (nfiles == 0)
		cli_usage("no input files");
	if (kinds[nfiles])
		cli_usage("option '--as' must come before the FILE it applies to");

	imp = bosett_import_new();
	t = bosett_table_new();
	if (!imp || !t) {
		cli_warn("out of memory");
		return BOSETT_EDATA;
	}
	bosett_import_set_strict(imp, strict);
	bosett_import_set_history_default(imp, !nohist);
	if (bosett_import_set_keep_columns(imp, keep) != BOSETT_OK ||
	    bosett_import_set_sheet(imp, sheet) != BOSETT_OK) {
		cli_warn("%s", bosett_import_error(imp));
		goto done;
	}
	if (year)
		bosett_import_set_year(imp, (int)year);
	if (map_path && read_map(imp, map_path) != BOSETT_OK)
		goto done;
	for (int i = 0; i < nfiles; i++)
		if (bosett_import_add_file(imp, argv[i + 1], kinds[i]) != BOSETT_OK) {
			cli_warn("%s", bosett_import_error(imp));
			goto done;
		}
	if (crosswalk) {
		struct cli_out out;

		rc = BOSETT_EDATA;
		if (cli_out_open(&out, out_path) != 0)
			goto done;
		if ((crosswalk == 2 ? bosett_import_write_county_totals(imp, out.fp)
		                    : bosett_import_write_crosswalk(imp, out.fp)) != BOSETT_OK) {
			cli_warn("%s", bosett_import_error(imp));
			cli_out_abort(&out);
			goto done;
		}
		if (cli_out_commit(&out) != 0)
			goto done;
		print_warnings(imp, quiet, verbose);
		rc = BOSETT_OK;
		goto done;
	}
	rc = bosett_import_run(imp, t);
	print_warnings(imp, quiet, verbose);
	if (rc != BOSETT_OK) {
		cli_warn("%s", bosett_import_error(imp));
		goto done;
	}
	bosett_table_meta_set(t, "import.version", bosett_version());
	rc = cli_write_table(t, out_path, format, columns);
done:
	bosett_table_free(t);
	bosett_import_free(imp);
	free(kinds);
	return cli_exit_status(rc);
}
