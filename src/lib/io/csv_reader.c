/*
 * csv_reader.c - decoding and splitting CSV with libcsv. libcsv knows
 * nothing of lines, so the buffer is fed one physical line at a time and
 * each record is tagged with the line it started on; messages can then say
 * FILE:LINE as a person counts lines in an editor.
 */
#include "io/csv_reader.h"
#include "io/text_decode.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <csv.h>

struct rec {
	const char *name;
	char *err;
	bosett_csv_record_fn fn;
	void *ctx;
	long line;        /* physical line being fed */
	long start;       /* line the current record started on, 0 if none yet */
	char **fields;
	size_t *lens;
	size_t n, cap;
	size_t total;     /* fields in the file so far */
	struct bosett_buf text; /* the record's fields, each NUL-terminated */
	size_t *offs;     /* where each field starts in text */
	int stop;         /* nonzero: stop, and the value to return */
};

static int is_space(unsigned char c)
{
	return c == ' ';
}

static void on_field(void *s, size_t len, void *data)
{
	struct rec *r = data;

	if (r->stop)
		return;
	if (!r->start)
		r->start = r->line;
	if (len > BOSETT_FIELD_MAX) {
		bosett_err(r->err, "%s:%ld: field longer than %d bytes", r->name, r->start,
		           BOSETT_FIELD_MAX);
		r->stop = -1;
		return;
	}
	if (r->n >= BOSETT_CSV_FIELDS_MAX) {
		bosett_err(r->err, "%s:%ld: more than %d fields in one record", r->name, r->start,
		           BOSETT_CSV_FIELDS_MAX);
		r->stop = -1;
		return;
	}
	if (++r->total > BOSETT_CELLS_MAX) {
		/* each field is copied by the readers: a bound on their memory */
		bosett_err(r->err, "%s:%ld: more than %d fields in the file", r->name, r->start, BOSETT_CELLS_MAX);
		r->stop = -1;
		return;
	}
	if (r->n == r->cap) {
		size_t cap = r->cap ? r->cap * 2 : 32;
		char **f = realloc(r->fields, cap * sizeof *f);
		size_t *l, *o;

		if (!f) {
			r->stop = -1;
			bosett_err(r->err, "%s: out of memory", r->name);
			return;
		}
		r->fields = f;
		l = realloc(r->lens, cap * sizeof *l);
		if (!l) {
			r->stop = -1;
			bosett_err(r->err, "%s: out of memory", r->name);
			return;
		}
		r->lens = l;
		o = realloc(r->offs, cap * sizeof *o);
		if (!o) {
			r->stop = -1;
			bosett_err(r->err, "%s: out of memory", r->name);
			return;
		}
		r->offs = o;
		r->cap = cap;
	}
	/* into the record's one buffer, not an allocation per field */
	r->offs[r->n] = r->text.len;
	if ((s && len && bosett_buf_add(&r->text, s, len) != 0) || bosett_buf_addc(&r->text, '\0') != 0) {
		r->stop = -1;
		bosett_err(r->err, "%s: out of memory", r->name);
		return;
	}
	r->lens[r->n] = s ? len : 0;
	r->n++;
}

static void on_record(int c, void *data)
{
	struct rec *r = data;
	size_t i;
	int blank = 1;

	(void)c;
	if (!r->stop) {
		for (i = 0; i < r->n; i++)
			if (r->lens[i]) {
				blank = 0;
				break;
			}
		for (i = 0; i < r->n; i++)
			r->fields[i] = r->text.data + r->offs[i];
		if (!blank || r->n > 1) {
			int rc = r->fn(r->ctx, r->start ? r->start : r->line, r->n, r->fields, r->lens);

			if (rc)
				r->stop = rc;
		}
	}
	r->text.len = 0;
	r->n = 0;
	r->start = 0;
}

static char detect_sep(const char *s, size_t len)
{
	/* count candidates outside quotes over the first lines; the title line
	 * of an SSB export has no separators outside its quotes */
	size_t counts[3] = { 0, 0, 0 }, i;
	const char cand[3] = { ';', '\t', ',' };
	int inq = 0, lines = 0;

	for (i = 0; i < len && lines < 20; i++) {
		char c = s[i];

		if (c == '"')
			inq = !inq;
		else if (c == '\n' && !inq)
			lines++;
		else if (!inq)
			for (int k = 0; k < 3; k++)
				if (c == cand[k])
					counts[k]++;
	}
	if (counts[0] >= counts[2] && counts[0] >= counts[1] && counts[0])
		return ';';
	if (counts[1] > counts[2])
		return '\t';
	return ',';
}

/* A file that is not valid UTF-8 is read as Windows-1252, but one that also
 * holds valid multi-byte UTF-8 sequences is UTF-8 with damage: decoding it
 * as Windows-1252 would turn every "Å" into "Ã…" without a word. Returns
 * the line of the first invalid byte of such a file, 0 otherwise. */
static long mixed_encoding(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s, *e = p + n;
	long line = 1, bad = 0;
	int multibyte = 0;

	while (p < e) {
		size_t len = *p < 0x80 ? 1 : *p >= 0xf0 ? 4 : *p >= 0xe0 ? 3 : 2;

		if (len > 1 && (size_t)(e - p) >= len && bosett_utf8_valid((const char *)p, len)) {
			/* only a 2-byte letter (U+0080-U+07FF: Norwegian, Sami, Latin)
			 * is evidence of UTF-8: Windows-1252 "áš" (E1 9A 9A, in NAV's
			 * "Evenáššái") happens to be a valid 3-byte sequence */
			multibyte |= len == 2;
			p += len;
			continue;
		}
		if (len > 1 && !bad)
			bad = line;
		line += *p == '\n';
		p++;
	}
	return multibyte ? bad : 0;
}

int bosett_csv_parse(const char *name, const char *data, size_t len, char sep,
                     bosett_csv_record_fn fn, void *ctx, char *err,
                     struct bosett_csv_info *info)
{
	struct csv_parser p;
	struct bosett_buf conv = { 0 };
	struct rec r;
	const char *s = data;
	size_t n = len, off = 0;
	int rc = 0;

	memset(&r, 0, sizeof r);
	r.name = name;
	r.err = err;
	r.fn = fn;
	r.ctx = ctx;
	memset(info, 0, sizeof *info);

	if (bosett_text_check(name, data, len, " CSV", err))
		return -1;
	if (n >= 3 && memcmp(s, "\xef\xbb\xbf", 3) == 0) {
		s += 3;
		n -= 3;
	}
	if (!bosett_utf8_valid(s, n)) {
		long bad_line;

		if ((bad_line = mixed_encoding(s, n)) != 0) {
			bosett_err(err, "%s:%ld: not valid UTF-8, yet not Windows-1252 either (it holds UTF-8 "
			           "letters elsewhere)", name, bad_line);
			return -1;
		}
		if (bosett_cp1252_to_utf8(s, n, &conv) != 0) {
			bosett_err(err, "%s: out of memory", name);
			return -1;
		}
		s = conv.data;
		n = conv.len;
		info->latin1 = 1;
	}
	r.line = 1;
	if (n >= 6 && strncasecmp(s, "sep=", 4) == 0 && (s[5] == '\n' || (s[5] == '\r' && n > 6 && s[6] == '\n'))) {
		/* Excel's first line "sep=;" names the separator */
		if (!sep)
			sep = s[4];
		off = s[5] == '\r' ? 7 : 6;
		r.line = 2;
	}
	info->sep = sep ? sep : detect_sep(s + off, n - off);
	info->decimal_comma = (info->sep != ',');

	if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0) {
		bosett_err(err, "%s: out of memory", name);
		bosett_buf_free(&conv);
		return -1;
	}
	csv_set_delim(&p, (unsigned char)info->sep);
	csv_set_space_func(&p, is_space);
	/* grow a long field in large steps: libcsv adds 128 bytes at a time */
	csv_set_blk_size(&p, 65536);
	while (off < n && !r.stop) {
		const char *nl = memchr(s + off, '\n', n - off);
		size_t chunk = nl ? (size_t)(nl - (s + off)) + 1 : n - off;

		if (csv_parse(&p, s + off, chunk, on_field, on_record, &r) != chunk) {
			if (!r.stop) {
				bosett_err(err, "%s:%ld: %s", name, r.start ? r.start : r.line,
				           bosett_msg(csv_error(&p) == CSV_EPARSE ? "misplaced quote"
				                                                  : csv_strerror(csv_error(&p))));
				r.stop = -1;
			}
			break;
		}
		off += chunk;
		if (nl)
			r.line++;
	}
	if (!r.stop && csv_fini(&p, on_field, on_record, &r) != 0 && !r.stop) {
		bosett_err(err, "%s:%ld: unterminated quoted field", name, r.start ? r.start : r.line);
		r.stop = -1;
	}
	rc = r.stop;
	free(r.fields);
	free(r.lens);
	free(r.offs);
	bosett_buf_free(&r.text);
	csv_free(&p);
	bosett_buf_free(&conv);
	return rc;
}
