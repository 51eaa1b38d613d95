/*
 * json_util.c - JSON string escaping and syntax error positions.
 */
#include "io/json_util.h"
#include "io/office_binary.h"

#include <stdlib.h>
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

int bosett_json_prescan(const char *name, const char *data, size_t len, size_t max_rows, char *err)
{
	const char *p = data, *e = data + len, *str = NULL;
	long line = 1;
	size_t depth = 0, rows = 0;
	int rows_next = 0, in_rows = 0, expect = 0;

	for (; p < e; p++) {
		char c = *p;

		if (c == '\n') {
			line++;
			continue;
		}
		if (c == ' ' || c == '\t' || c == '\r')
			continue;
		if (in_rows && depth == 2 && expect && c != ']') {
			/* an element of "rows" starts here */
			expect = 0;
			if (++rows > max_rows) {
				bosett_err(err, "%s:%ld: more than %zu rows (a kommunenummer has four digits)", name, line,
				           max_rows);
				return -1;
			}
		}
		switch (c) {
		case '"':
			str = ++p;
			for (; p < e && *p != '"'; p++) {
				if (*p == '\n')
					line++;
				if (*p != '\\')
					continue;
				if (e - p >= 6 && p[1] == 'u' && memcmp(p + 2, "0000", 4) == 0) {
					bosett_err(err, "%s:%ld: NUL character (\\u0000) in a JSON string", name, line);
					return -1;
				}
				if (e - p < 2)
					break; /* a backslash at the very end: cJSON says what is wrong */
				p++;
			}
			if (depth == 1)
				rows_next = max_rows && p - str == 4 && memcmp(str, "rows", 4) == 0;
			break;
		case '[':
		case '{':
			if (++depth > BOSETT_JSON_DEPTH_MAX) {
				bosett_err(err, "%s:%ld: JSON nested deeper than %d levels", name, line,
				           BOSETT_JSON_DEPTH_MAX);
				return -1;
			}
			if (depth == 2 && c == '[' && rows_next) {
				in_rows = 1;
				expect = 1;
			}
			break;
		case ']':
		case '}':
			if (depth == 2)
				in_rows = 0;
			if (depth)
				depth--;
			break;
		case ',':
			if (depth == 1)
				rows_next = 0;
			if (depth == 2 && in_rows)
				expect = 1;
			break;
		default:
			break;
		}
	}
	return 0;
}

static int cmp_key(const void *a, const void *b)
{
	return strcmp((*(const cJSON *const *)a)->string, (*(const cJSON *const *)b)->string);
}

/* The first key given twice in one object, anywhere in the tree, or NULL:
 * cJSON keeps both and a reader would silently take one. Sorted, so that a
 * hostile object of many keys costs n log n. */
static const char *duplicate_key(const cJSON *v, int *oom)
{
	const cJSON *it;
	const char *dup = NULL;

	if (cJSON_IsObject(v) && v->child) {
		size_t n = 0, i = 0;
		const cJSON **keys;

		for (it = v->child; it; it = it->next)
			n++;
		if (!(keys = malloc(n * sizeof *keys))) {
			*oom = 1;
			return NULL;
		}
		for (it = v->child; it; it = it->next)
			keys[i++] = it;
		qsort(keys, n, sizeof *keys, cmp_key);
		for (i = 1; i < n && !dup; i++)
			if (strcmp(keys[i]->string, keys[i - 1]->string) == 0)
				dup = keys[i]->string;
		free(keys);
	}
	for (it = v->child; it && !dup && !*oom; it = it->next)
		dup = duplicate_key(it, oom);
	return dup;
}

struct cJSON *bosett_json_parse(const char *name, const char *data, size_t len, char *err)
{
	const char *nul = memchr(data, '\0', len), *end = NULL;
	cJSON *doc;

	if (bosett_office_binary(name, data, len, err))
		return NULL;
	if (nul || !bosett_utf8_valid(data, len)) {
		/* find the first bad byte, to say where */
		const unsigned char *p = (const unsigned char *)data, *e = p + len;
		long line = 1;

		while (p < e && *p) {
			size_t n = *p < 0x80 ? 1 : *p >= 0xf0 ? 4 : *p >= 0xe0 ? 3 : 2;

			if (n > 1 && ((size_t)(e - p) < n || !bosett_utf8_valid((const char *)p, n)))
				break;
			line += *p == '\n';
			p += n;
		}
		if (p < e && *p == '\0') {
			bosett_err(err, "%s:%ld: NUL byte in a text file", name, line);
		} else {
			char q[64];

			bosett_err(err, "%s:%ld: not valid UTF-8: \"%s\"", name, line,
			           bosett_quote((const char *)p, (size_t)(e - p) < 8 ? (size_t)(e - p) : 8, q, sizeof q));
		}
		return NULL;
	}
	if (len >= 3 && memcmp(data, "\xef\xbb\xbf", 3) == 0) {
		data += 3;
		len -= 3;
	}
	if (bosett_json_prescan(name, data, len, 0, err) != 0)
		return NULL;
	doc = cJSON_ParseWithLengthOpts(data, len, &end, 0);
	if (!doc) {
		bosett_json_syntax_error(err, name, data, len);
		return NULL;
	}
	while (end && end < data + len && (*end == ' ' || *end == '\t' || *end == '\r' || *end == '\n'))
		end++;
	if (!end || end != data + len) {
		long line = 1, col = 1;
		char q[128];

		for (const char *p = data; end && p < end; p++) {
			col = *p == '\n' ? 1 : col + 1;
			line += *p == '\n';
		}
		bosett_err(err, "%s:%ld:%ld: text after the JSON value: \"%s\"", name, line, col,
		           end ? bosett_quote(end, (size_t)(data + len - end), q, sizeof q) : "");
		cJSON_Delete(doc);
		return NULL;
	}
	{
		int oom = 0;
		const char *dup = duplicate_key(doc, &oom);

		if (dup || oom) {
			char q[128];

			if (oom)
				bosett_err(err, "%s: out of memory", name);
			else
				bosett_err(err, "%s: key \"%s\" given twice in one object", name,
				           bosett_quote(dup, strlen(dup), q, sizeof q));
			cJSON_Delete(doc);
			return NULL;
		}
	}
	return doc;
}
