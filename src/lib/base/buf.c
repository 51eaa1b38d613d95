/*
 * buf.c - the growable byte buffer every writer and reader of the library
 * appends to; it depends on nothing else in the library, so any module
 * (encoding.c, util.c, the writers) may use it without a cycle.
 */
#include "base/internal.h"
#include "base/number.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int bosett_buf_add(struct bosett_buf *b, const void *p, size_t n)
{
	if (b->len + n + 1 > b->cap) {
		size_t cap = b->cap ? b->cap : 256;
		char *d;

		while (cap < b->len + n + 1) {
			if (cap > ((size_t)-1) / 2)
				return -1;
			cap *= 2;
		}
		d = realloc(b->data, cap);
		if (!d)
			return -1;
		b->data = d;
		b->cap = cap;
	}
	if (n)
		memcpy(b->data + b->len, p, n);
	b->len += n;
	b->data[b->len] = '\0';
	return 0;
}

int bosett_buf_addc(struct bosett_buf *b, char c)
{
	return bosett_buf_add(b, &c, 1);
}

int bosett_buf_adds(struct bosett_buf *b, const char *s)
{
	return bosett_buf_add(b, s, strlen(s));
}

int bosett_buf_printf(struct bosett_buf *b, const char *fmt, ...)
{
	char small[256];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = bosett_vsnprintf(small, sizeof small, fmt, ap);
	va_end(ap);
	if (n < 0)
		return -1;
	if ((size_t)n < sizeof small)
		return bosett_buf_add(b, small, (size_t)n);
	{
		char *big = malloc((size_t)n + 1);
		int rc;

		if (!big)
			return -1;
		va_start(ap, fmt);
		bosett_vsnprintf(big, (size_t)n + 1, fmt, ap);
		va_end(ap);
		rc = bosett_buf_add(b, big, (size_t)n);
		free(big);
		return rc;
	}
}

void bosett_buf_free(struct bosett_buf *b)
{
	free(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
}
