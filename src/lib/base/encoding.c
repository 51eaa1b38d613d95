/*
 * encoding.c - text encodings of input files. Norwegian Excel saves CSV as
 * Windows-1252 (a superset of ISO-8859-1 in the printable range); everything
 * inside the library is UTF-8. A file that is valid UTF-8 is taken as UTF-8,
 * anything else as Windows-1252: no other encoding is guessed.
 */
#include "base/internal.h"

int bosett_utf8_valid(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s, *e = p + n;

	while (p < e) {
		unsigned char c = *p;
		size_t len;
		unsigned long cp;

		if (c < 0x80) {
			p++;
			continue;
		}
		if (c >= 0xc2 && c <= 0xdf) {
			len = 2;
			cp = c & 0x1f;
		} else if (c >= 0xe0 && c <= 0xef) {
			len = 3;
			cp = c & 0x0f;
		} else if (c >= 0xf0 && c <= 0xf4) {
			len = 4;
			cp = c & 0x07;
		} else {
			return 0;
		}
		if ((size_t)(e - p) < len)
			return 0;
		for (size_t i = 1; i < len; i++) {
			if ((p[i] & 0xc0) != 0x80)
				return 0;
			cp = (cp << 6) | (p[i] & 0x3f);
		}
		if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10ffff)) ||
		    (cp >= 0xd800 && cp <= 0xdfff))
			return 0;
		p += len;
	}
	return 1;
}

/* Windows-1252 0x80-0x9f; 0 where the code page leaves a hole. */
static const unsigned short cp1252_high[32] = {
	0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021,
	0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
	0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
	0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178
};

int bosett_cp1252_to_utf8(const char *s, size_t n, struct bosett_buf *out)
{
	const unsigned char *p = (const unsigned char *)s;

	out->len = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned long cp = p[i];
		char u[3];

		if (cp < 0x80) {
			if (bosett_buf_addc(out, (char)cp) != 0)
				return -1;
			continue;
		}
		if (cp < 0xa0)
			cp = cp1252_high[cp - 0x80] ? cp1252_high[cp - 0x80] : cp;
		if (cp < 0x800) {
			u[0] = (char)(0xc0 | (cp >> 6));
			u[1] = (char)(0x80 | (cp & 0x3f));
			if (bosett_buf_add(out, u, 2) != 0)
				return -1;
		} else {
			u[0] = (char)(0xe0 | (cp >> 12));
			u[1] = (char)(0x80 | ((cp >> 6) & 0x3f));
			u[2] = (char)(0x80 | (cp & 0x3f));
			if (bosett_buf_add(out, u, 3) != 0)
				return -1;
		}
	}
	return bosett_buf_add(out, "", 0);
}
