/*
 * text_decode.c - a small text file as UTF-8 (text_decode.h): the same
 * choice as the table reader's, UTF-8 else Windows-1252, so that
 * "contact: M\xf8re" (Windows-1252) reaches the letter as "Møre".
 */
#include "io/text_decode.h"

#include <string.h>

#include "io/office_binary.h"

int bosett_text_check(const char *name, const char *data, size_t len, const char *what, char *err)
{
	const char *nul;

	/* UTF-16 (a byte-order mark, or ASCII with every other byte NUL) is
	 * named as such, not as a NUL byte */
	if ((len >= 2 && ((unsigned char)data[0] == 0xff && (unsigned char)data[1] == 0xfe)) ||
	    (len >= 2 && ((unsigned char)data[0] == 0xfe && (unsigned char)data[1] == 0xff)) ||
	    (len >= 4 && ((data[0] && !data[1] && data[2] && !data[3]) || (!data[0] && data[1] && !data[2] && data[3])))) {
		bosett_err(err, "%s: UTF-16 text: save it as UTF-8 (or Windows-1252)%s", name, what);
		return -1;
	}
	if (bosett_office_binary(name, data, len, err))
		return -1;
	if ((nul = memchr(data, '\0', len)) != NULL) {
		long line = 1;

		for (const char *q = data; q < nul; q++)
			line += (*q == '\n');
		bosett_err(err, "%s:%ld: NUL byte in a text file", name, line);
		return -1;
	}
	return 0;
}

int bosett_text_decode(const char *name, const char *data, size_t len, struct bosett_buf *out, int *latin1,
                       char *err)
{
	*latin1 = 0;
	out->len = 0;
	if (bosett_text_check(name, data, len, "", err))
		return -1;
	if (len >= 3 && memcmp(data, "\xef\xbb\xbf", 3) == 0) {
		data += 3;
		len -= 3;
	}
	if (bosett_utf8_valid(data, len)) {
		if (bosett_buf_add(out, data, len) != 0)
			goto oom;
		return 0;
	}
	if (bosett_cp1252_to_utf8(data, len, out) != 0 || bosett_buf_add(out, "", 0) != 0)
		goto oom;
	*latin1 = 1;
	return 0;
oom:
	bosett_err(err, "%s: out of memory", name);
	return -1;
}
