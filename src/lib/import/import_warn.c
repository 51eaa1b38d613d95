/*
 * import_warn.c - bosett-import's warnings by cause. A real import can warn
 * hundreds of times for one reason (every line of an old code in a long
 * history file); the adviser needs one line per reason with a count and
 * where to look. Two warnings have the same cause when they come from the
 * same input and read the same once numbers, quoted texts and parenthesised
 * names are masked.
 */
#include "import/import_impl.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* "NAME:LINE: text" or "NAME: text": the length of NAME and the line (0 if none). */
static size_t split_warning(const char *w, long *line, const char **text)
{
	const char *p = strstr(w, ": ");

	*line = 0;
	*text = w;
	if (!p)
		return 0;
	/* NAME:LINE: */
	for (const char *c = w; c < p; c++)
		if (*c == ':' && c[1] && isdigit((unsigned char)c[1])) {
			const char *d = c + 1;
			long l = 0;

			while (isdigit((unsigned char)*d) && l < 100000000)
				l = l * 10 + (*d++ - '0');
			if (d == p) {
				*line = l;
				*text = p + 2;
				return (size_t)(c - w);
			}
		}
	*text = p + 2;
	return (size_t)(p - w);
}

/* The cause: NAME, then the text with digits, "..." and (...) masked. */
static char *cause_of(const char *w)
{
	long line;
	const char *text;
	size_t nl = split_warning(w, &line, &text);
	struct bosett_buf b = { 0 };

	bosett_buf_add(&b, w, nl);
	bosett_buf_addc(&b, '\n');
	for (const char *p = text; *p; p++) {
		if (isdigit((unsigned char)*p)) {
			while (isdigit((unsigned char)p[1]) || (p[1] == '.' && isdigit((unsigned char)p[2])))
				p++;
			bosett_buf_addc(&b, '#');
		} else if (*p == '"' || *p == '(') {
			char close = *p == '"' ? '"' : ')';
			const char *e = strchr(p + 1, close);

			if (!e) {
				bosett_buf_addc(&b, *p);
				continue;
			}
			bosett_buf_adds(&b, *p == '"' ? "\"\"" : "()");
			p = e;
		} else {
			bosett_buf_addc(&b, *p);
		}
	}
	if (!b.data)
		bosett_buf_addc(&b, '\0');
	return b.data;
}

size_t bosett_import_warning_groups(struct bosett_import *imp)
{
	char **cause = NULL;
	size_t n = imp->nwarnings;

	for (size_t i = 0; i < imp->ngroups; i++)
		free(imp->groups[i]);
	free(imp->groups);
	imp->groups = NULL;
	imp->ngroups = 0;
	if (!n)
		return 0;
	cause = calloc(n, sizeof *cause);
	imp->groups = calloc(n, sizeof *imp->groups);
	if (!cause || !imp->groups)
		goto done;
	for (size_t i = 0; i < n; i++)
		if (!(cause[i] = cause_of(imp->warnings[i])))
			goto done;
	for (size_t i = 0; i < n; i++) {
		struct bosett_buf b = { 0 };
		size_t more = 0, shown = 0;

		if (!cause[i][0])
			continue;   /* already in an earlier group */
		bosett_buf_adds(&b, imp->warnings[i]);
		for (size_t k = i + 1; k < n; k++)
			if (cause[k][0] && !strcmp(cause[k], cause[i]))
				more++;
		if (more) {
			bosett_buf_printf(&b, bosett_msg(" (and %zu more like it"), more);
			for (size_t k = i + 1; k < n; k++) {
				long line;
				const char *text;

				if (!cause[k][0] || strcmp(cause[k], cause[i]) != 0)
					continue;
				split_warning(imp->warnings[k], &line, &text);
				if (line && shown < 5)
					bosett_buf_printf(&b, "%s %ld", shown++ ? "," : bosett_msg(more == 1 ? ": line" : ": lines"),
					                  line);
				else if (line && shown == 5)
					bosett_buf_adds(&b, ", ..."), shown++;
				cause[k][0] = '\0';
			}
			bosett_buf_addc(&b, ')');
		}
		cause[i][0] = '\0';
		if (!b.data) {
			bosett_buf_free(&b);
			goto done;
		}
		imp->groups[imp->ngroups++] = b.data;
	}
done:
	for (size_t i = 0; cause && i < n; i++)
		free(cause[i]);
	free(cause);
	return imp->ngroups;
}

const char *bosett_import_warning_group(const struct bosett_import *imp, size_t i)
{
	return i < imp->ngroups ? imp->groups[i] : NULL;
}
