/*
 * table_io.c - reading and writing a table: picks the reader (CSV, JSON or an
 * Excel workbook, told from the content) and the writer; it sits above the
 * formats, which call back only into table.c.
 */
#include "table/table_impl.h"
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "table/schema.h"
#include "io/xlsx_reader.h"

enum bosett_status bosett_table_read_mem(struct bosett_table *t, const char *name, const void *data, size_t len)
{
	const unsigned char *p = data, *e = p + len;
	int rc;

	bosett_table_clear(t);
	bosett_table_clear_warnings(t);
	t->header_line = 0;
	t->err[0] = '\0';
	if (bosett_table_set_source(t, name) != 0) {
		bosett_err(t->err, "out of memory");
		return BOSETT_EDATA;
	}
	if (bosett_xlsx_detect(data, len)) {
		t->read_format = BOSETT_FORMAT_CSV;
		rc = bosett_table_read_xlsx(t, name, data, len, t->sheet);
		if (rc == BOSETT_OK)
			rc = bosett_table_check_names(t);
		if (rc != BOSETT_OK)
			bosett_table_clear(t);
		return bosett_status_of(rc);
	}
	if (len >= 3 && memcmp(p, "\xef\xbb\xbf", 3) == 0)
		p += 3;
	while (p < e && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n'))
		p++;
	if (p == e) {
		bosett_err(t->err, "%s: empty file", name);
		return BOSETT_EDATA;
	}
	t->read_format = (*p == '{' || *p == '[') ? BOSETT_FORMAT_JSON : BOSETT_FORMAT_CSV;
	if (t->read_format == BOSETT_FORMAT_JSON)
		rc = bosett_table_read_json(t, name, data, len);
	else
		rc = bosett_table_read_csv(t, name, data, len);
	if (rc == BOSETT_OK)
		rc = bosett_table_check_names(t);
	if (rc != BOSETT_OK)
		bosett_table_clear(t);
	return bosett_status_of(rc);
}

enum bosett_status bosett_table_read_file(struct bosett_table *t, const char *path)
{
	struct bosett_buf b = { 0 };
	const char *name;
	int rc;

	if ((rc = bosett_slurp(path, &b, &name, t->err)) != 0)
		return bosett_status_of(rc);
	rc = bosett_table_read_mem(t, name, b.data, b.len);
	if (rc == BOSETT_OK) {
		t->read_path = bosett_strdup(path ? path : "-");
		t->read_bytes = (unsigned long long)b.len;
		bosett_sha256_hex(b.data ? b.data : "", b.len, t->read_sha256);
	}
	bosett_buf_free(&b);
	return bosett_status_of(rc);
}

enum bosett_status bosett_table_write(struct bosett_table *t, FILE *fp, enum bosett_format f)
{
	return bosett_status_of(f == BOSETT_FORMAT_JSON ? bosett_table_write_json(t, fp) : bosett_table_write_csv(t, fp));
}
