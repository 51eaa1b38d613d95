/*
 * conversions.h - whether a translated printf format is safe: it must hold
 * the conversions of its English, in the same order, each with the same
 * quote around it ('%s', "%s": the offending text stays quoted), and begin
 * with the same place ("%s:%ld: ", file and line, never translated).
 * Header-only, so that po2c (a build tool, compiled alone) and the library
 * (its unit test) check the catalogues with one function.
 */
#ifndef BOSETT_CONVERSIONS_H
#define BOSETT_CONVERSIONS_H

#include <stdio.h>
#include <string.h>

/* The next conversion of format f from p on, as text in tok (n bytes): the
 * quote before it, "%" and its flags, width, precision, length and letter,
 * and the quote after it. Returns where to go on, or NULL at the end; a
 * conversion cut short ("%l" at the end) is "?" in tok. "%%" is none. */
static inline const char *bosett_conv_next(const char *f, const char *p, char *tok, size_t n)
{
	for (; *p; p++) {
		const char *s;
		size_t o = 0;

		if (*p != '%')
			continue;
		if (p[1] == '%') {
			p++;
			continue;
		}
		s = p++;
		while (*p && strchr("-+ #0123456789.*hlLjzt", *p))
			p++;
		if (!*p) {
			snprintf(tok, n, "?");
			return p;
		}
		if (s > f && (s[-1] == '\'' || s[-1] == '"') && o + 1 < n)
			tok[o++] = s[-1];
		for (const char *q = s; q <= p && o + 1 < n; q++)
			tok[o++] = *q;
		if ((p[1] == '\'' || p[1] == '"') && o + 1 < n)
			tok[o++] = p[1];
		tok[o] = '\0';
		return p + 1;
	}
	return NULL;
}

/* 1 if translation tr may stand for the English format en, else 0. */
static inline int bosett_conv_same(const char *en, const char *tr)
{
	const char *a = en, *b = tr;
	char ta[32], tb[32];
	/* the place before the message: "%s:%ld: " or "%s%s: " */
	size_t place = 0;

	for (;;) {
		static const char *const parts[] = { "%s", "%ld", "%zu", "%d", ":" };
		size_t k = 0;

		while (k < sizeof parts / sizeof parts[0] && strncmp(en + place, parts[k], strlen(parts[k])) != 0)
			k++;
		if (k == sizeof parts / sizeof parts[0])
			break;
		place += strlen(parts[k]);
	}

	if (strncmp(en, tr, place) != 0)
		return 0;
	for (;;) {
		a = bosett_conv_next(en, a, ta, sizeof ta);
		b = bosett_conv_next(tr, b, tb, sizeof tb);
		if (!a || !b)
			return !a && !b;
		if (strcmp(ta, tb) != 0)
			return 0;
	}
}

#endif
