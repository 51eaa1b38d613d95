/*
 * cli.h - what the bosett-* tools share around the library: the program
 * name in messages, exit statuses, option values, and output files that
 * appear whole or not at all. Not installed (libarchive's libarchive_fe).
 */
#ifndef BOSETT_CLI_H
#define BOSETT_CLI_H

#include <stdio.h>

#include <bosett/bosett.h>

#if defined(__GNUC__)
#define CLI_PRINTF(a, b) __attribute__((format(printf, a, b)))
#define CLI_NORETURN __attribute__((noreturn))
#else
#define CLI_PRINTF(a, b)
#define CLI_NORETURN
#endif

/* Remember the program name for messages (basename of argv[0]), and set
 * the language of messages from the environment (cli_messages_lang). */
void cli_init(const char *argv0);
/* The locale that names the language: the first set of LC_ALL,
 * LC_MESSAGES and LANG, or NULL (cli_lang.c). */
const char *cli_locale(void);
/* The language of messages the environment asks for: LANGUAGE (a list, in
 * order, ignored in the C locale), then cli_locale(); nb, no bokmål, nn
 * nynorsk, else English. */
enum bosett_lang cli_messages_lang(void);
const char *cli_progname(void);

/* "prog: message" on standard error, the format in the language of
 * messages (bosett_messages_text). */
void cli_warn(const char *fmt, ...) CLI_PRINTF(1, 2);
/* strerror in the language of messages (the tools keep the C locale, so
 * strerror is English: the catalogue has the reasons a user meets). */
const char *cli_strerror(int e);
/* A usage error: the message, a hint to --help, exit 2. */
CLI_NORETURN void cli_usage(const char *fmt, ...) CLI_PRINTF(1, 2);
/* Exit 0 after --help and the like, or 1 when standard output could not
 * be written (/dev/full). */
CLI_NORETURN void cli_exit_stdout(void);
/* The exit status for a library status (the tools' documented statuses:
 * 0 ok, 1 bad data, I/O or memory, 2 usage, 3 infeasible). */
int cli_exit_status(enum bosett_status st);
/* Print "prog VERSION (GLPK x, cJSON y, libcsv z)" and exit 0. */
CLI_NORETURN void cli_version(void);

struct option;
/* After getopt_long returned '?': "unknown option '--x'" or "option '-q'
 * needs a value", as a usage error (exit 2). cli_init turns getopt's own
 * messages off so that every message has one form. */
CLI_NORETURN void cli_bad_option(const char *shortopts, const struct option *longopts, char **argv);

/* The one operand after the options, "-" (standard input) if none; more
 * than one is a usage error. */
const char *cli_one_input(int argc, char **argv);

/* Option values: a whole number within [lo, hi], a number within [lo, hi],
 * an output format; a bad value is a usage error naming the option. */
long cli_long(const char *opt, const char *arg, long lo, long hi);
double cli_double(const char *opt, const char *arg, double lo, double hi);
enum bosett_format cli_format(const char *arg);

/* An output that appears whole or not at all, opened before the work and
 * committed after it: with a path, everything goes to a temporary file in
 * the directory of the file (after its symbolic links) that is renamed over
 * it on commit, keeping the file's mode, then the file and the directory
 * are synced; a file with hard links is rewritten in place instead. A
 * path that exists and is not a regular file (a device, a FIFO) or names a
 * descriptor (/dev/stdout, /dev/fd/N, a link into /dev or /proc) is never
 * renamed over: the output is kept aside and written there, with one open,
 * on commit. On abort (or a signal, or exit) nothing is written and the
 * temporary is removed. Without a path ("-" or NULL), standard output. */
struct cli_out {
	FILE *fp;
	char *path;
	char *tmp;
	int direct; /* written to path (or fd) on commit, never renamed over */
	int links;  /* a regular file with other names: rewritten in place */
	int fd;     /* the descriptor path names, or -1 */
};
int cli_out_open(struct cli_out *o, const char *path);
int cli_out_commit(struct cli_out *o);
void cli_out_abort(struct cli_out *o);
/* The output's name in messages: the path or "<stdout>". */
const char *cli_out_name(const struct cli_out *o);

/* Record the input file (not standard input) and the model file read in
 * t's provenance, from the bytes each was parsed from (never read twice);
 * -1 with the message printed. */
int cli_provenance(struct bosett_table *t, const char *input, const struct bosett_model *m);

/* The options every tool that reads a table takes: --strict (an unknown
 * column is an error) and --keep-columns LIST (extra columns kept without
 * a warning) and --sheet NAME (the sheet of an .xlsx input). Put CLI_TABLE_OPTIONS in the option table, pass every option
 * to cli_table_option (1 if it was one of these) and read with
 * cli_read_table, which prints the table's warnings unless quiet and the
 * error if any; it returns an exit status. */
#define CLI_OPT_STRICT 1000
#define CLI_OPT_KEEP_COLUMNS 1001
#define CLI_OPT_SHEET 1002
#define CLI_TABLE_OPTIONS \
	{ "strict", no_argument, NULL, CLI_OPT_STRICT }, \
	{ "keep-columns", required_argument, NULL, CLI_OPT_KEEP_COLUMNS }, \
	{ "sheet", required_argument, NULL, CLI_OPT_SHEET }
int cli_table_option(int c, const char *arg);
/* One more column to keep without a warning (one a model names). */
void cli_keep_add(const char *name);
int cli_strict(void);
const char *cli_keep_columns(void);
int cli_read_table(struct bosett_table *t, const char *path, int quiet);
/* The columns model m needs that table t lacks (continuity, a capacity
 * rule, the key): each a warning (unless quiet), an error under --strict
 * (BOSETT_EDATA, the messages printed). cli_needs.c. */
struct bosett_model;
int cli_model_needs(const struct bosett_model *m, const struct bosett_table *t, int quiet);

/* Write a table (only the comma-separated columns, if given) to path or
 * standard output, whole or not at all; an exit status, with the message
 * printed. */
int cli_write_table(struct bosett_table *t, const char *path, enum bosett_format format,
                    const char *columns);

#endif
