/*
 * json_util.h - JSON helpers shared by the modules that read or write JSON:
 * string escaping for hand-written documents, and a syntax error message
 * with line and column from cJSON's error position.
 */
#ifndef BOSETT_JSON_UTIL_H
#define BOSETT_JSON_UTIL_H

#include <stddef.h>

#include "base/internal.h"

/* Append s as a JSON string literal (quotes and escapes). */
int bosett_json_string(struct bosett_buf *b, const char *s);
/* After a failed cJSON parse of data: "NAME:LINE:COL: not valid JSON near "..."". */
void bosett_json_syntax_error(char *err, const char *name, const char *data, size_t len);

/* Deepest nesting of arrays and objects any bosett document may have. */
#define BOSETT_JSON_DEPTH_MAX 100

/* One pass over a JSON text before cJSON builds its tree (which takes some
 * 30 times the text's size): nesting deeper than BOSETT_JSON_DEPTH_MAX,
 * \u0000 in a string (cJSON would cut the string there), and, when
 * max_rows is not 0, an element of the top-level "rows" array past
 * max_rows are found here at their line, before any memory is spent.
 * 0, or -1 with "NAME:LINE: reason" in err. */
int bosett_json_prescan(const char *name, const char *data, size_t len, size_t max_rows, char *err);

struct cJSON;
/* Parse a whole JSON text strictly: UTF-8 (a leading BOM is skipped), no NUL
 * byte, no key twice in one object, nothing but white space after the value.
 * The tree (free with cJSON_Delete), or NULL with "NAME...: reason" in err. */
struct cJSON *bosett_json_parse(const char *name, const char *data, size_t len, char *err);

#endif
