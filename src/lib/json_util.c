/*
 * json_util.c - JSON string escaping and syntax error positions.
 */
#include "json_util.h"

#include <string.h>

#include <cjson/cJSON.h>

int bosett_json_string(struct bosett_buf *b, const char *s)
{
	int rc = bosett_buf_addc(b, '"');

	for (const unsigned char *p = (const unsigned char *)s; *p && !rc; p++) {
		if (*p == '"' || *p == '\\') {
			rc |= bosett_buf_addc(b, '\\');
			rc |= bosett_buf_addc(b, (char)*p);
		} else if (*p == '\n') {
			rc |= bosett_buf_adds(b, "\\n");
		} else if (*p == '\t') {
			rc |= bosett_buf_adds(b, "\\t");
		} else if (*p < 0x20 || *p == 0x7f) {
			rc |= bosett_buf_printf(b, "\\u%04x", *p);
		} else {
			rc |= bosett_buf_addc(b, (char)*p);
		}
	}
	return rc | bosett_buf_addc(b, '"');
}

void bosett_json_syntax_error(char *err, const char *name, const char *data, size_t len)
{
	const char *at = cJSON_GetErrorPtr();
	long line = 1, col = 1;
	char q[128];

	if (!at || at < data || at > data + len)
		at = data + len;
	for (const char *p = data; p < at; p++) {
		if (*p == '\n') {
			line++;
			col = 1;
		} else {
			col++;
		}
	}
	bosett_err(err, "%s:%ld:%ld: not valid JSON near \"%s\"", name, line, col,
	           bosett_quote(at, strnlen(at, (size_t)(data + len - at)), q, sizeof q));
}
