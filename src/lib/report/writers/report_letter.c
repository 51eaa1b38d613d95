/*
 * report_letter.c - who sends the roff letter (bosett-report -f roff): the
 * sender, the contact person and the signature, from options or from a
 * small file of "key: value" lines. A key given twice adds a line, so an
 * address or a signature with a title spans lines.
 */
#include "report/report_impl.h"
#include "io/text_decode.h"

#include <stdlib.h>
#include <string.h>

static char **field(struct bosett_report *r, const char *key)
{
	if (!strcmp(key, "sender"))
		return &r->sender;
	if (!strcmp(key, "contact"))
		return &r->contact;
	if (!strcmp(key, "signature"))
		return &r->signature;
	return NULL;
}

enum bosett_status bosett_report_set_letter(struct bosett_report *r, const char *key, const char *value)
{
	char **f = field(r, key);
	struct bosett_buf b = { 0 };

	if (!f) {
		bosett_err(r->err, "unknown letter field \"%s\" (sender, contact, signature)", key);
		return BOSETT_EUSAGE;
	}
	for (const char *p = value; *p; p++)
		if ((unsigned char)*p < 0x20 && *p != '\t') {
			char q[200];

			bosett_err(r->err, "letter field \"%s\": a control character in \"%s\"", key,
			           bosett_quote(value, strlen(value), q, sizeof q));
			return BOSETT_EDATA;
		}
	if (bosett_buf_printf(&b, "%s%s%s", *f ? *f : "", *f ? "\n" : "", value) != 0) {
		bosett_err(r->err, "out of memory");
		return BOSETT_EDATA;
	}
	free(*f);
	*f = b.data;
	return BOSETT_OK;
}

enum bosett_status bosett_report_read_letter_file(struct bosett_report *r, const char *path)
{
	struct bosett_buf b = { 0 }, raw = { 0 };
	const char *name;
	char *line, *next;
	long ln = 0;
	int rc = BOSETT_OK, latin1;

	if (bosett_slurp(path, &raw, &name, r->err) != 0)
		return BOSETT_EDATA;
	/* decoded as a table is: UTF-8, else Windows-1252 (bosett-report(1)) */
	r->err[0] = '\0';
	if (bosett_text_decode(name, raw.data ? raw.data : "", raw.len, &b, &latin1, r->err) != 0 ||
	    bosett_buf_addc(&b, '\0') != 0) {
		if (!r->err[0])
			bosett_err(r->err, "out of memory");
		bosett_buf_free(&raw);
		bosett_buf_free(&b);
		return BOSETT_EDATA;
	}
	bosett_buf_free(&raw);
	for (line = b.data; line && rc == BOSETT_OK; line = next) {
		char *colon, *v, *e;

		ln++;
		next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		e = line + strlen(line);
		while (e > line && (e[-1] == '\r' || e[-1] == ' ' || e[-1] == '\t'))
			*--e = '\0';
		while (*line == ' ' || *line == '\t')
			line++;
		if (!*line || *line == '#')
			continue;
		colon = strchr(line, ':');
		if (!colon) {
			char q[200];

			bosett_err(r->err, "%s:%ld: not \"key: value\": \"%s\"", name, ln, bosett_quote(line, strlen(line), q, sizeof q));
			rc = BOSETT_EDATA;
			break;
		}
		*colon = '\0';
		for (v = colon + 1; *v == ' ' || *v == '\t'; v++)
			;
		if (!field(r, line)) {
			char q[200];

			bosett_err(r->err, "%s:%ld: unknown key \"%s\" (sender, contact, signature)", name, ln,
			           bosett_quote(line, strlen(line), q, sizeof q));
			rc = BOSETT_EDATA;
		} else if ((rc = bosett_report_set_letter(r, line, v)) != BOSETT_OK) {
			char msg[BOSETT_ERRMAX];

			memcpy(msg, r->err, sizeof msg);
			bosett_err(r->err, "%s:%ld: %s", name, ln, msg);
		}
	}
	bosett_buf_free(&b);
	return bosett_status_of(rc);
}
