/*
 * po2c - the report's message catalogues (nb.po, nn.po) as a C table, at
 * build time: one line `RPT_MSG(KEY, "English", "bokmål", "nynorsk")` per
 * msgctxt, for report_i18n.c to include; a msgctxt "key:NAME" (a
 * provenance key the tools record, such as key:solve.quota) gives
 * `RPT_KEY("NAME", ...)` instead. The strings are copied as the
 * .po writes them (its escapes are C's), so nothing is re-encoded; the
 * library then needs no gettext and no locale at run time.
 *   po2c nb.po nn.po OUT [MSGOUT]
 * The entries of msgctxt "msg" are the library's and the tools' messages
 * (base/messages.c): their msgid is the English printf format, and they go
 * to MSGOUT, sorted by it, as `BOSETT_MSG(FORMAT, "English", "bokmål",
 * "nynorsk")` (FORMAT 0 for an entry marked no-c-format, NULL for a
 * translation not given).
 * A key in one catalogue but not the other, an English text that differs
 * between them, or a message whose translation does not keep the
 * conversions of its English (base/conversions.h) is an error (exit 1).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../../base/conversions.h"

#define MAXENT 1024
#define MAXSTR 4096

struct entry {
	char ctxt[128], id[MAXSTR], str[MAXSTR];
	int plain; /* #, no-c-format */
};

/* Append the quoted part of a line ("...") to dst. */
static int take(char *dst, const char *line)
{
	const char *a = strchr(line, '"'), *b = strrchr(line, '"');
	size_t n = strlen(dst);

	if (!a || b == a || n + (size_t)(b - a) >= MAXSTR)
		return -1;
	memcpy(dst + n, a + 1, (size_t)(b - a - 1));
	dst[n + (size_t)(b - a - 1)] = '\0';
	return 0;
}

static int load(const char *path, struct entry *e, size_t *n)
{
	FILE *fp = fopen(path, "r");
	char line[MAXSTR];
	char *cur = NULL;
	long ln = 0;
	int plain = 0;

	if (!fp) {
		perror(path);
		return -1;
	}
	*n = 0;
	while (fgets(line, sizeof line, fp)) {
		ln++;
		if (!strncmp(line, "#,", 2) && strstr(line, "no-c-format"))
			plain = 1;
		if (line[0] == '#' || line[0] == '\n')
			continue;
		if (!strncmp(line, "msgctxt ", 8)) {
			if (*n == MAXENT)
				goto bad;
			memset(&e[*n], 0, sizeof e[*n]);
			e[*n].plain = plain;
			plain = 0;
			cur = e[(*n)++].ctxt;
		} else if (!strncmp(line, "msgid ", 6)) {
			cur = *n ? e[*n - 1].id : NULL;
			if (cur && e[*n - 1].id[0])
				goto bad;
		} else if (!strncmp(line, "msgstr ", 7)) {
			cur = *n ? e[*n - 1].str : NULL;
		} else if (line[0] != '"') {
			goto bad;
		}
		/* the header (msgid "" before any msgctxt) is skipped: cur is NULL */
		if (cur && take(cur, line) != 0)
			goto bad;
	}
	fclose(fp);
	return 0;
bad:
	fprintf(stderr, "%s:%ld: cannot read this line\n", path, ln);
	fclose(fp);
	return -1;
}

/* A message: its entry in nb.po and in nn.po. */
struct pair {
	struct entry *nb, *nn;
};

/* The next character of a C string's text as the .po writes it (\" is ",
 * \n a newline), and where the one after it starts. */
static unsigned char unescaped(const char **p)
{
	const char *s = *p;
	unsigned char c = (unsigned char)*s;

	if (c == '\\' && s[1]) {
		s++;
		c = *s == 'n' ? '\n' : *s == 't' ? '\t' : (unsigned char)*s;
	}
	*p = c ? s + 1 : s;
	return c;
}

/* By the text the compiler makes of the strings, as the library's bsearch
 * compares them (strcmp), not by their escaped form. */
static int cmp_id(const void *a, const void *b)
{
	const char *x = ((const struct pair *)a)->nb->id, *y = ((const struct pair *)b)->nb->id;

	for (;;) {
		unsigned char cx = unescaped(&x), cy = unescaped(&y);

		if (cx != cy || !cx)
			return (int)cx - (int)cy;
	}
}

/* A C string or NULL for an empty translation. */
static void put_str(FILE *out, const char *s)
{
	if (*s)
		fprintf(out, ", \"%s\"", s);
	else
		fprintf(out, ", NULL");
}

/* The messages (msgctxt "msg") to path, sorted by their English; 1 on error. */
static int write_msgs(const char *path, struct entry *nb, size_t nnb, struct entry *nn, size_t nnn,
                      const char *nbname, const char *nnname)
{
	static struct pair m[MAXENT];
	size_t k = 0;
	FILE *out;

	for (size_t i = 0; i < nnb; i++) {
		if (strcmp(nb[i].ctxt, "msg"))
			continue;
		m[k].nb = &nb[i];
		for (size_t j = 0; j < nnn; j++)
			if (!strcmp(nn[j].ctxt, "msg") && !strcmp(nb[i].id, nn[j].id))
				m[k].nn = &nn[j];
		k++;
	}
	for (size_t i = 0; i < k; i++) {
		const char *bad = NULL;

		if (!m[i].nb->plain && m[i].nb->str[0] && !bosett_conv_same(m[i].nb->id, m[i].nb->str))
			bad = nbname;
		if (!m[i].nn->plain && m[i].nn->str[0] && !bosett_conv_same(m[i].nn->id, m[i].nn->str))
			bad = nnname;
		if (bad) {
			fprintf(stderr, "%s: the translation of \"%s\" does not keep its conversions (%%s, %%ld, ...) in "
			        "the same order, quoted as they are, after the same place\n", bad, m[i].nb->id);
			return 1;
		}
		if (m[i].nb->plain != m[i].nn->plain) {
			fprintf(stderr, "%s: \"%s\" is no-c-format in one catalogue only\n", nbname, m[i].nb->id);
			return 1;
		}
	}
	qsort(m, k, sizeof m[0], cmp_id); /* for bsearch */
	out = fopen(path, "w");
	if (!out) {
		perror(path);
		return 1;
	}
	fprintf(out, "/* Generated by po2c from %s and %s: do not edit. */\n", nbname, nnname);
	for (size_t i = 0; i < k; i++) {
		if (i && !strcmp(m[i].nb->id, m[i - 1].nb->id)) {
			fprintf(stderr, "%s: \"%s\" twice\n", nbname, m[i].nb->id);
			fclose(out);
			remove(path);
			return 1;
		}
		fprintf(out, "BOSETT_MSG(%d, \"%s\"", !m[i].nb->plain, m[i].nb->id);
		put_str(out, m[i].nb->str);
		put_str(out, m[i].nn->str);
		fprintf(out, ")\n");
	}
	if (fclose(out) != 0) {
		remove(path);
		return 1;
	}
	return 0;
}

int main(int argc, char **argv)
{
	static struct entry nb[MAXENT], nn[MAXENT];
	size_t nnb, nnn;
	FILE *out;

	if ((argc != 4 && argc != 5) || load(argv[1], nb, &nnb) || load(argv[2], nn, &nnn))
		return 1;
	out = fopen(argv[3], "w");
	if (!out) {
		perror(argv[3]);
		return 1;
	}
	fprintf(out, "/* Generated by po2c from %s and %s: do not edit. */\n", argv[1], argv[2]);
	for (size_t i = 0; i < nnb; i++) {
		size_t j;

		/* the key and the English: "msg" is the key of every message */
		for (j = 0; j < nnn && (strcmp(nb[i].ctxt, nn[j].ctxt) || strcmp(nb[i].id, nn[j].id)); j++)
			;
		if (j == nnn) {
			fprintf(stderr, "%s: %s is not in %s with the same English text\n", argv[1], nb[i].ctxt, argv[2]);
			fclose(out);
			remove(argv[3]);
			return 1;
		}
		if (!strcmp(nb[i].ctxt, "msg"))
			continue;
		if (!strncmp(nb[i].ctxt, "key:", 4))
			fprintf(out, "RPT_KEY(\"%s\", \"%s\", \"%s\", \"%s\")\n", nb[i].ctxt + 4, nb[i].id, nb[i].str,
			        nn[j].str);
		else
			fprintf(out, "RPT_MSG(%s, \"%s\", \"%s\", \"%s\")\n", nb[i].ctxt, nb[i].id, nb[i].str, nn[j].str);
	}
	if (nnb != nnn) {
		fprintf(stderr, "%s and %s hold different keys\n", argv[1], argv[2]);
		fclose(out);
		remove(argv[3]);
		return 1;
	}
	if (fclose(out) != 0)
		return 1;
	if (argc == 5 && write_msgs(argv[4], nb, nnb, nn, nnn, argv[1], argv[2]) != 0) {
		remove(argv[3]);
		return 1;
	}
	return 0;
}
