/*
 * cli.c - shared front-end helpers. The atomic output is the one decision
 * of note: write to a temporary file beside the target and rename, so that
 * a failed or killed run never leaves a partial or empty file where a good
 * one was.
 */
#include "cli.h"

#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>

static const char *progname = "bosett";
static volatile sig_atomic_t have_tmp;
static char tmp_for_signal[4096];

void cli_init(const char *argv0)
{
	const char *slash = argv0 ? strrchr(argv0, '/') : NULL;

	if (argv0)
		progname = slash ? slash + 1 : argv0;
	opterr = 0;
}

void cli_bad_option(const char *shortopts, const struct option *longopts, char **argv)
{
	const char *arg = optind > 0 ? argv[optind - 1] : "";

	if (strncmp(arg, "--", 2) == 0) {
		size_t len = strcspn(arg + 2, "=");

		for (const struct option *o = longopts; o->name; o++)
			if (strlen(o->name) == len && strncmp(o->name, arg + 2, len) == 0)
				cli_usage(o->has_arg == no_argument ? "option '--%s' takes no value"
				                                    : "option '--%s' needs a value", o->name);
		cli_usage("unknown option '%.*s'", (int)(len + 2), arg);
	}
	if (optopt && optopt < 256) {
		const char *p = strchr(shortopts, optopt);

		if (p && p[1] == ':')
			cli_usage("option '-%c' needs a value", optopt);
		cli_usage("unknown option '-%c'", optopt);
	}
	cli_usage("unknown option '%s'", arg);
}

const char *cli_progname(void)
{
	return progname;
}

void cli_warn(const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "%s: ", progname);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

void cli_usage(const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "%s: ", progname);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\nTry '%s --help' for more information.\n", progname);
	exit(BOSETT_EUSAGE);
}

void cli_version(void)
{
	printf("%s %s (%s)\n", progname, bosett_version(), bosett_version_deps());
	exit(0);
}

const char *cli_one_input(int argc, char **argv)
{
	if (argc - optind > 1)
		cli_usage("one input file at most, got %d", argc - optind);
	return optind < argc ? argv[optind] : "-";
}

long cli_long(const char *opt, const char *arg, long lo, long hi)
{
	long v;

	if (bosett_parse_long(arg, &v) != 0)
		cli_usage("option '%s': not a whole number: \"%s\"", opt, arg);
	if (v < lo || v > hi)
		cli_usage("option '%s': %ld is out of range [%ld, %ld]", opt, v, lo, hi);
	return v;
}

double cli_double(const char *opt, const char *arg, double lo, double hi)
{
	double v;

	if (bosett_parse_double(arg, &v) != 0)
		cli_usage("option '%s': not a number: \"%s\"", opt, arg);
	if (v < lo || v > hi) {
		char a[64], b[64], c[64];

		cli_usage("option '%s': %s is out of range [%s, %s]", opt, bosett_format_double(a, sizeof a, v),
		          bosett_format_double(b, sizeof b, lo), bosett_format_double(c, sizeof c, hi));
	}
	return v;
}

enum bosett_format cli_format(const char *arg)
{
	if (strcmp(arg, "csv") == 0)
		return BOSETT_FORMAT_CSV;
	if (strcmp(arg, "json") == 0)
		return BOSETT_FORMAT_JSON;
	cli_usage("option '--format': unknown format \"%s\" (csv or json)", arg);
}

static void on_signal(int sig)
{
	if (have_tmp)
		unlink(tmp_for_signal);
	signal(sig, SIG_DFL);
	raise(sig);
}

int cli_out_open(struct cli_out *o, const char *path)
{
	size_t n;
	int fd;

	memset(o, 0, sizeof *o);
	if (!path || strcmp(path, "-") == 0) {
		o->fp = stdout;
		return 0;
	}
	n = strlen(path);
	{
		/* a device or FIFO has no contents to keep, and renaming a file
		 * over it would replace /dev/null itself: write straight to it */
		struct stat st;

		if (stat(path, &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode)) {
			o->direct = 1;
			o->path = strdup(path);
			o->tmp = strdup(path);
			if (!o->path || !o->tmp) {
				cli_warn("%s: out of memory", path);
				goto fail;
			}
			if (!(o->fp = fopen(path, "w"))) {
				cli_warn("%s: %s", path, strerror(errno));
				goto fail;
			}
			return 0;
		}
	}
	if (n + 16 > sizeof tmp_for_signal) {
		cli_warn("%s: file name too long", path);
		return -1;
	}
	o->path = strdup(path);
	o->tmp = malloc(n + 16);
	if (!o->path || !o->tmp) {
		cli_warn("%s: out of memory", path);
		goto fail;
	}
	{
		/* ".NAME.XXXXXX" in the same directory, so rename() is atomic */
		const char *slash = strrchr(path, '/');
		size_t dirlen = slash ? (size_t)(slash - path) + 1 : 0;

		snprintf(o->tmp, n + 16, "%.*s.%s.XXXXXX", (int)dirlen, path, path + dirlen);
	}
	fd = mkstemp(o->tmp);
	if (fd < 0) {
		cli_warn("%s: cannot create a file in its directory: %s", path, strerror(errno));
		goto fail;
	}
	memcpy(tmp_for_signal, o->tmp, strlen(o->tmp) + 1);
	have_tmp = 1;
	signal(SIGINT, on_signal);
	signal(SIGTERM, on_signal);
	signal(SIGHUP, on_signal);
	signal(SIGPIPE, on_signal);
	signal(SIGXFSZ, on_signal);
	{
		/* mkstemp makes 0600; give the file the usual mode */
		mode_t mask = umask(0);

		umask(mask);
		fchmod(fd, 0666 & ~mask);
	}
	o->fp = fdopen(fd, "w");
	if (!o->fp) {
		cli_warn("%s: %s", path, strerror(errno));
		close(fd);
		unlink(o->tmp);
		have_tmp = 0;
		goto fail;
	}
	return 0;
fail:
	free(o->path);
	free(o->tmp);
	o->path = o->tmp = NULL;
	o->fp = NULL;
	o->direct = 0;
	return -1;
}

int cli_out_commit(struct cli_out *o)
{
	int rc = 0;

	if (!o->tmp) {
		if (fflush(stdout) != 0 || ferror(stdout)) {
			cli_warn("<stdout>: write error: %s", strerror(errno));
			return -1;
		}
		return 0;
	}
	if (fflush(o->fp) != 0 || ferror(o->fp) || (!o->direct && fsync(fileno(o->fp)) != 0)) {
		cli_warn("%s: write error: %s", o->path, strerror(errno));
		rc = -1;
	}
	if (fclose(o->fp) != 0 && rc == 0) {
		cli_warn("%s: write error: %s", o->path, strerror(errno));
		rc = -1;
	}
	o->fp = NULL;
	if (!o->direct) {
		if (rc == 0 && rename(o->tmp, o->path) != 0) {
			cli_warn("%s: cannot replace: %s", o->path, strerror(errno));
			rc = -1;
		}
		if (rc != 0)
			unlink(o->tmp);
		have_tmp = 0;
	}
	o->direct = 0;
	free(o->path);
	free(o->tmp);
	o->path = o->tmp = NULL;
	return rc;
}

void cli_out_abort(struct cli_out *o)
{
	if (!o->tmp)
		return;
	if (o->fp)
		fclose(o->fp);
	if (!o->direct) {
		unlink(o->tmp);
		have_tmp = 0;
	}
	o->direct = 0;
	free(o->path);
	free(o->tmp);
	o->path = o->tmp = NULL;
	o->fp = NULL;
}


int cli_write_table(struct bosett_table *t, const char *path, enum bosett_format format,
                    const char *columns)
{
	struct cli_out out;

	if (columns && bosett_table_select(t, columns) != BOSETT_OK) {
		cli_warn("option '--columns': %s", bosett_table_error(t));
		return BOSETT_EUSAGE;
	}
	if (cli_out_open(&out, path) != 0)
		return BOSETT_EDATA;
	if (bosett_table_write(t, out.fp, format) != BOSETT_OK) {
		cli_warn("%s: %s", path && strcmp(path, "-") ? path : "<stdout>", bosett_table_error(t));
		cli_out_abort(&out);
		return BOSETT_EDATA;
	}
	return cli_out_commit(&out) != 0 ? BOSETT_EDATA : BOSETT_OK;
}

static int opt_strict;
static char opt_keep[8192];
static const char *opt_sheet;

static void keep_append(const char *list)
{
	size_t n = strlen(opt_keep);

	if (n + strlen(list) + 2 < sizeof opt_keep)
		snprintf(opt_keep + n, sizeof opt_keep - n, "%s%s", n ? "," : "", list);
}

int cli_table_option(int c, const char *arg)
{
	if (c == CLI_OPT_STRICT)
		opt_strict = 1;
	else if (c == CLI_OPT_KEEP_COLUMNS)
		keep_append(arg);
	else if (c == CLI_OPT_SHEET)
		opt_sheet = arg;
	else
		return 0;
	return 1;
}

void cli_keep_add(const char *name)
{
	keep_append(name);
}

int cli_strict(void)
{
	return opt_strict;
}

const char *cli_keep_columns(void)
{
	return opt_keep;
}

int cli_read_table(struct bosett_table *t, const char *path, int quiet)
{
	int rc;

	bosett_table_set_strict(t, opt_strict);
	if (bosett_table_set_keep_columns(t, opt_keep) != 0 || bosett_table_set_sheet(t, opt_sheet) != 0) {
		cli_warn("out of memory");
		return BOSETT_EDATA;
	}
	rc = bosett_table_read_file(t, path);
	for (size_t i = 0; !quiet && i < bosett_table_warning_count(t); i++)
		cli_warn("%s", bosett_table_warning(t, i));
	if (rc != BOSETT_OK)
		cli_warn("%s", bosett_table_error(t));
	return rc;
}
