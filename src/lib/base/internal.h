/*
 * internal.h - helpers shared inside libbosett: error messages kept on a
 * handle, a growable byte buffer and small string utilities. Not installed.
 */
#ifndef BOSETT_INTERNAL_H
#define BOSETT_INTERNAL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>

#include <bosett/status.h>

#define BOSETT_ERRMAX 1024

/* An internal result as the public status: 0 is BOSETT_OK, -1 (the old
 * convention of the internal helpers) BOSETT_EDATA, a BOSETT_E* value itself. */
static inline enum bosett_status bosett_status_of(int rc)
{
	return rc == 0 ? BOSETT_OK : rc < 0 ? BOSETT_EDATA : (enum bosett_status)rc;
}

#if defined(__GNUC__)
#define BOSETT_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define BOSETT_PRINTF(a, b)
#endif

/* The library's own forms of the public index calls (bosett_table_col,
 * _find, _add_col, _add_row: size_t and BOSETT_NPOS, table_index.c), with
 * the signed index and -1 for none or failure its code was written for. */
struct bosett_table;
int bosett_table_icol(const struct bosett_table *t, const char *name);
long bosett_table_ifind(const struct bosett_table *t, const char *kommunenr);
int bosett_table_iadd_col(struct bosett_table *t, const char *name);
long bosett_table_iadd_row(struct bosett_table *t);

/* The language of messages (bosett/lang.h, messages.c): bosett_msg(s) is
 * s in that language, for a piece of a message that is not a format (a
 * reason passed as %s). Between _english_begin and _end the thread's
 * messages stay English: text built there is data (the output's metadata),
 * not a message. The catalogue, for its test: format is 0 for a plain text. */
#include <bosett/lang.h>
#define bosett_msg(s) bosett_messages_text(s)
void bosett_msg_english_begin(void);
void bosett_msg_english_end(void);
struct bosett_msg_entry {
	int format;
	const char *en, *text[3];
};
const struct bosett_msg_entry *bosett_msg_catalogue(size_t *n);

/* Format a message into a handle's error buffer (BOSETT_ERRMAX bytes), in
 * the language of messages (the format translated, bosett_msg). */
void bosett_err(char *buf, const char *fmt, ...) BOSETT_PRINTF(2, 3);
void bosett_verr(char *buf, const char *fmt, va_list ap) BOSETT_PRINTF(2, 0);

char *bosett_strdup(const char *s);
char *bosett_strndup(const char *s, size_t n);

/* A growable byte buffer, always NUL-terminated when len > 0. */
struct bosett_buf {
	char *data;
	size_t len, cap;
};
int bosett_buf_add(struct bosett_buf *b, const void *p, size_t n);
int bosett_buf_addc(struct bosett_buf *b, char c);
int bosett_buf_adds(struct bosett_buf *b, const char *s);
int bosett_buf_printf(struct bosett_buf *b, const char *fmt, ...) BOSETT_PRINTF(2, 3);
void bosett_buf_free(struct bosett_buf *b);

/* The most bytes a tool reads from one file, pipe or device (a table, a
 * model, a letter, a compare file, county totals; bosett-data(5)): 64 MiB,
 * 18 times the largest real input (IMDi's 1995-2021 history, 3.5 MB). A
 * workbook's sheet may hold as much text, and a grid at most
 * BOSETT_CELLS_MAX cells (the most a table file may hold, 10,000 x 1,000). */
#define BOSETT_INPUT_MAX (64u * 1024 * 1024)
#define BOSETT_CELLS_MAX 10000000

/* Read a whole file (path NULL or "-" is standard input), at most
 * BOSETT_INPUT_MAX bytes. Returns 0, or with a message "NAME: reason" in
 * err BOSETT_EIO (cannot open or read), BOSETT_ENOMEM or BOSETT_EDATA (too
 * large), having freed out. *name gets the display name. */
int bosett_slurp(const char *path, struct bosett_buf *out, const char **name, char *err);
/* Writing through a library that writes only to a path (scratch.c): a
 * scratch file name (made, empty), and its bytes copied into fp, the name
 * removed first; 0, or -1 with the message in err. */
int bosett_scratch_new(char *path, size_t n, char *err);
int bosett_scratch_copy(const char *path, FILE *fp, char *err);

/* Show a piece of input in a message: at most 40 bytes, control bytes and
 * invalid UTF-8 escaped, quotes and backslashes escaped. */
const char *bosett_quote(const char *s, size_t n, char *buf, size_t bufsize);

/* Text encodings: 1 if the bytes are valid UTF-8; convert Windows-1252 to
 * UTF-8 (a new buffer). */
int bosett_utf8_valid(const char *s, size_t n);
int bosett_cp1252_to_utf8(const char *s, size_t n, struct bosett_buf *out);

/* Number syntax for input files: parse a decimal number written with a dot,
 * or with a comma when decimal_comma; thousands separated by spaces or
 * no-break spaces are accepted. 0 on success, -1 if not a number. */
int bosett_parse_decimal(const char *s, int decimal_comma, double *out);
/* A share written in per cent ("2,4 %", "2.4%", "2,4"): the fraction
 * (0.024). Either decimal mark is taken, the file's first. 0, or -1. */
int bosett_parse_percent(const char *s, int decimal_comma, double *fraction);

#endif
