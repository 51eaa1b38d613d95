/*
 * cli.c - shared front-end helpers. The atomic output is the one decision
 * of note: write to a temporary file beside the target and rename, so that
 * a failed or killed run never leaves a partial or empty file where a good
 * one was.
 */
#include "cli.h"

#include <errno.h>
#include <limits.h>
#include <getopt.h>
#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <fcntl.h>
#include <sys/stat.h>

static const char *progname = "bosett";

const char *cli_strerror(int e)
{
	return bosett_messages_text(strerror(e));
}

void cli_init(const char *argv0)
{
	const char *slash = argv0 ? strrchr(argv0, '/') : NULL;

	if (argv0)
		progname = slash ? slash + 1 : argv0;
	opterr = 0;
	bosett_messages_set_lang(cli_messages_lang());
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

/* A message on one line: a control character that a name from the input
 * carries (a column or sheet name holding a newline) is shown as \xNN, so
 * that no part of a message can pass for another message. The one newline
 * kept starts an indented line of the message's own (the diagnosis of an
 * infeasible total), which no message of a tool starts with. */
static void put_message(const char *fmt, va_list ap) CLI_PRINTF(1, 0);
static void put_message(const char *fmt, va_list ap)
{
	char buf[4096];

	vsnprintf(buf, sizeof buf, bosett_messages_text(fmt), ap);
	fprintf(stderr, "%s: ", progname);
	for (const unsigned char *p = (const unsigned char *)buf; *p; p++)
		if ((*p < 0x20 || *p == 0x7f) && !(*p == '\n' && p[1] == ' ' && p[2] == ' '))
			fprintf(stderr, "\\x%02x", *p);
		else
			fputc(*p, stderr);
}

void cli_warn(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	put_message(fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

void cli_usage(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	put_message(fmt, ap);
	va_end(ap);
	fprintf(stderr, bosett_messages_text("\nTry '%s --help' for more information.\n"), progname);
	exit(BOSETT_EUSAGE);
}

int cli_exit_status(enum bosett_status st)
{
	switch (st) {
	case BOSETT_OK: return 0;
	case BOSETT_EUSAGE: return 2;
	case BOSETT_EINFEASIBLE: return 3;
	case BOSETT_EDATA:
	case BOSETT_EIO:
	case BOSETT_ENOMEM:
		break;
	}
	return 1;
}

void cli_version(void)
{
	printf("%s %s (%s)\n", progname, bosett_version(), bosett_version_deps());
	cli_exit_stdout();
}

void cli_exit_stdout(void)
{
	if (fflush(stdout) != 0 || ferror(stdout)) {
		cli_warn("<stdout>: write error: %s", cli_strerror(errno));
		exit(BOSETT_EDATA);
	}
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
	enum bosett_format f;

	if (bosett_format_parse(arg, &f) == BOSETT_OK)
		return f;
	cli_usage("option '--format': unknown format \"%s\" (csv or json)", arg);
}

/* Temporary files to remove when the process ends early: at most two
 * outputs (the table and --write-lp) are open at a time. */
#define CLI_TMP_SLOTS 4
static volatile sig_atomic_t tmp_used[CLI_TMP_SLOTS];
static char tmp_names[CLI_TMP_SLOTS][4096];

static void remove_tmps(void)
{
	for (int i = 0; i < CLI_TMP_SLOTS; i++)
		if (tmp_used[i]) {
			unlink(tmp_names[i]);
			tmp_used[i] = 0;
		}
}

static void on_signal(int sig)
{
	remove_tmps();
	signal(sig, SIG_DFL);
	raise(sig);
}

static int tmp_register(const char *name)
{
	static int handlers;

	for (int i = 0; i < CLI_TMP_SLOTS; i++)
		if (!tmp_used[i]) {
			memcpy(tmp_names[i], name, strlen(name) + 1);
			tmp_used[i] = 1;
			if (!handlers) {
				/* a usage error after the outputs are open exits
				 * through exit(): remove the temporaries then too */
				atexit(remove_tmps);
				signal(SIGINT, on_signal);
				signal(SIGTERM, on_signal);
				signal(SIGHUP, on_signal);
				signal(SIGPIPE, on_signal);
				signal(SIGXFSZ, on_signal);
				handlers = 1;
			}
			return i;
		}
	return -1;
}

static void tmp_forget(const char *name)
{
	for (int i = 0; i < CLI_TMP_SLOTS; i++)
		if (tmp_used[i] && strcmp(tmp_names[i], name) == 0)
			tmp_used[i] = 0;
}

/* /dev/stdout, /dev/stderr, /dev/fd/N and /proc/self/fd/N name a
 * descriptor this process already has: its number, or -1. */
static int fd_alias(const char *p)
{
	long n;

	if (strcmp(p, "/dev/stdin") == 0)
		return 0;
	if (strcmp(p, "/dev/stdout") == 0)
		return 1;
	if (strcmp(p, "/dev/stderr") == 0)
		return 2;
	if (strncmp(p, "/dev/fd/", 8) == 0)
		p += 8;
	else if (strncmp(p, "/proc/self/fd/", 14) == 0)
		p += 14;
	else
		return -1;
	if (bosett_parse_long(p, &n) != 0 || n < 0 || n > 65535 || *p == '+' || *p == '-')
		return -1;
	return (int)n;
}

/* Follow path's symbolic links (at most 40) as the kernel would. *fd gets
 * the descriptor a link names (/dev/stdout, /proc/self/fd/1), else -1;
 * *special is 1 when a link leads into /dev or /proc, whose files are not
 * to be replaced. Returns the last name (malloc'd), or NULL. */
static char *follow_links(const char *path, int *fd, int *special)
{
	char *cur = strdup(path);

	*fd = fd_alias(path);
	*special = strncmp(path, "/dev/", 5) == 0 || strncmp(path, "/proc/", 6) == 0;
	for (int hops = 0; cur && hops < 40 && *fd < 0; hops++) {
		struct stat st;
		char target[4096], *next;
		ssize_t len;

		if (lstat(cur, &st) != 0 || !S_ISLNK(st.st_mode))
			break;
		len = readlink(cur, target, sizeof target - 1);
		if (len < 0)
			break;
		target[len] = '\0';
		if (target[0] == '/') {
			next = strdup(target);
		} else {
			const char *slash = strrchr(cur, '/');
			size_t dl = slash ? (size_t)(slash - cur) + 1 : 0;

			next = malloc(dl + (size_t)len + 1);
			if (next) {
				memcpy(next, cur, dl);
				memcpy(next + dl, target, (size_t)len + 1);
			}
		}
		free(cur);
		cur = next;
		if (cur) {
			*fd = fd_alias(cur);
			*special |= strncmp(cur, "/dev/", 5) == 0 || strncmp(cur, "/proc/", 6) == 0;
		}
	}
	return cur;
}

int cli_out_open(struct cli_out *o, const char *path)
{
	struct stat st;
	size_t n;
	int fd, exists;
	char *target;

	memset(o, 0, sizeof *o);
	o->fd = -1;
	if (!path || strcmp(path, "-") == 0) {
		o->fp = stdout;
		return 0;
	}
	o->path = strdup(path);
	target = o->path ? follow_links(path, &o->fd, &o->direct) : NULL;
	if (!target) {
		cli_warn("%s: out of memory", path);
		goto fail;
	}
	exists = stat(path, &st) == 0;
	if (o->fd >= 0 || (exists && !S_ISREG(st.st_mode)) || (exists && o->direct)) {
		/* a device, a FIFO, a descriptor (/dev/stdout): nothing to keep
		 * and nothing to rename over. Keep what is written aside and
		 * write it there, with one open, when the run has succeeded. */
		free(target);
		if (exists && S_ISDIR(st.st_mode)) {
			cli_warn("%s: %s", path, cli_strerror(EISDIR));
			goto fail;
		}
		if (o->fd < 0 && access(path, W_OK) != 0) {
			cli_warn("%s: %s", path, cli_strerror(errno));
			goto fail;
		}
		o->direct = 1;
		if (!(o->fp = tmpfile())) {
			cli_warn("%s: cannot make a temporary file: %s", path, cli_strerror(errno));
			goto fail;
		}
		return 0;
	}
	o->direct = 0;
	/* a regular file (or none): write beside the file a symbolic link
	 * leads to, so that the link stays a link */
	free(o->path);
	o->path = target;
	n = strlen(target);
	if (n + 16 > sizeof tmp_names[0]) {
		cli_warn("%s: file name too long", path);
		goto fail;
	}
	o->tmp = malloc(n + 16);
	if (!o->tmp) {
		cli_warn("%s: out of memory", path);
		goto fail;
	}
	{
		/* ".NAME.XXXXXX" in the same directory, so rename() is atomic */
		const char *slash = strrchr(target, '/');
		size_t dirlen = slash ? (size_t)(slash - target) + 1 : 0;

		/* a name near the system's limit (255 bytes) has no room for the
		 * 8 bytes added: then ".bosett.XXXXXX" */
		if (n - dirlen + 8 > NAME_MAX)
			snprintf(o->tmp, n + 16, "%.*s.bosett.XXXXXX", (int)dirlen, target);
		else
			snprintf(o->tmp, n + 16, "%.*s.%s.XXXXXX", (int)dirlen, target, target + dirlen);
	}
	fd = mkstemp(o->tmp);
	if (fd < 0) {
		cli_warn("%s: cannot create a file in its directory: %s", path, cli_strerror(errno));
		goto fail;
	}
	if (tmp_register(o->tmp) < 0) {
		cli_warn("%s: too many outputs", path);
		close(fd);
		unlink(o->tmp);
		goto fail;
	}
	if (exists) {
		/* keep the mode (and, where allowed, the owner) of the file replaced */
		fchmod(fd, st.st_mode & 07777);
		if (fchown(fd, st.st_uid, st.st_gid) != 0) {
			/* not the owner: the file becomes ours, its mode kept */
		}
		o->links = st.st_nlink > 1;
	} else {
		/* mkstemp makes 0600; give a new file the usual mode */
		mode_t mask = umask(0);

		umask(mask);
		fchmod(fd, 0666 & ~mask);
	}
	o->fp = fdopen(fd, "w+");
	if (!o->fp) {
		cli_warn("%s: %s", path, cli_strerror(errno));
		close(fd);
		unlink(o->tmp);
		tmp_forget(o->tmp);
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

/* Copy what fp holds, from its start, to descriptor fd. */
static int copy_to_fd(FILE *fp, int fd)
{
	char buf[65536];
	size_t n;

	rewind(fp);
	while ((n = fread(buf, 1, sizeof buf, fp)) > 0)
		for (size_t off = 0; off < n;) {
			ssize_t w = write(fd, buf + off, n - off);

			if (w < 0) {
				if (errno == EINTR)
					continue;
				return -1;
			}
			off += (size_t)w;
		}
	return ferror(fp) ? -1 : 0;
}

/* Make a rename in dir (of path) durable. */
static void sync_dir(const char *path)
{
	const char *slash = strrchr(path, '/');
	char dir[4096];
	int fd;

	if (!slash)
		snprintf(dir, sizeof dir, ".");
	else
		snprintf(dir, sizeof dir, "%.*s", slash == path ? 1 : (int)(slash - path), path);
	fd = open(dir, O_RDONLY | O_DIRECTORY);
	if (fd >= 0) {
		fsync(fd);
		close(fd);
	}
}

int cli_out_commit(struct cli_out *o)
{
	int rc = 0;

	if (!o->path) {
		if (fflush(stdout) != 0 || ferror(stdout)) {
			cli_warn("<stdout>: write error: %s", cli_strerror(errno));
			return -1;
		}
		return 0;
	}
	if (fflush(o->fp) != 0 || ferror(o->fp) || (!o->direct && fsync(fileno(o->fp)) != 0)) {
		cli_warn("%s: write error: %s", o->path, cli_strerror(errno));
		rc = -1;
	}
	if (rc == 0 && (o->direct || o->links)) {
		/* one open of the device, FIFO or descriptor; a file with other
		 * names (hard links) is rewritten in place, so that every name
		 * shows the new contents */
		int fd = o->fd;

		if (fd >= 0)
			fflush(fd == 1 ? stdout : fd == 2 ? stderr : NULL);
		else
			fd = open(o->path, O_WRONLY | O_NOCTTY);
		if (fd >= 0 && fd != o->fd) {
			struct stat st;

			/* a regular file (hard links, or under /dev/shm): its old
			 * contents go; a FIFO or device cannot be truncated */
			if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && ftruncate(fd, 0) != 0) {
				close(fd);
				fd = -1;
			}
		}
		if (fd < 0 || copy_to_fd(o->fp, fd) != 0 || (o->links && fsync(fd) != 0)) {
			cli_warn("%s: write error: %s", o->path, cli_strerror(errno));
			rc = -1;
		}
		if (fd >= 0 && fd != o->fd)
			close(fd);
	}
	if (fclose(o->fp) != 0 && rc == 0) {
		cli_warn("%s: write error: %s", o->path, cli_strerror(errno));
		rc = -1;
	}
	o->fp = NULL;
	if (o->tmp) {
		if (rc == 0 && !o->links) {
			if (rename(o->tmp, o->path) != 0) {
				cli_warn("%s: cannot replace: %s", o->path, cli_strerror(errno));
				rc = -1;
			} else {
				sync_dir(o->path);
			}
		}
		if (rc != 0 || o->links)
			unlink(o->tmp);
		tmp_forget(o->tmp);
	}
	o->direct = 0;
	free(o->path);
	free(o->tmp);
	o->path = o->tmp = NULL;
	return rc;
}

void cli_out_abort(struct cli_out *o)
{
	if (!o->path)
		return;
	if (o->fp)
		fclose(o->fp);
	if (o->tmp) {
		unlink(o->tmp);
		tmp_forget(o->tmp);
	}
	o->direct = 0;
	free(o->path);
	free(o->tmp);
	o->path = o->tmp = NULL;
	o->fp = NULL;
}

const char *cli_out_name(const struct cli_out *o)
{
	return o->path ? o->path : "<stdout>";
}

int cli_provenance(struct bosett_table *t, const char *input, const struct bosett_model *m)
{
	const char *name, *hex;
	unsigned long long bytes;

	if (bosett_table_input_add_file(t, input) != 0 ||
	    (m && bosett_model_input(m, &name, &bytes, &hex) == 0 && bosett_table_input_add(t, name, bytes, hex) != 0)) {
		cli_warn("%s", bosett_table_error(t));
		return -1;
	}
	return 0;
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
