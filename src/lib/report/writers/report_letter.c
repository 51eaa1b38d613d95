/*
 * report_letter.c - the roff letter's fields (bosett-report -f roff,
 * bosett-letter(5)): the sender, the contact person and the signature, the
 * references (ours, theirs, the case number), the case officer, the date,
 * the recipient, the date of IMDi's request and the planning year, from
 * options or from a small file of "key: value" lines. A key given twice
 * adds a line, so an address or a signature with a title spans lines.
 */
#include "report/report_impl.h"
#include "io/text_decode.h"

#include <stdlib.h>
#include <string.h>

/* The keys of the letter file and of --letter-field, in the order of
 * RPT_OUR_REF ... (bosett-report(1), bosett-letter(5)). */
static const char *const field_keys[RPT_NFIELDS] = { "our_ref", "your_ref", "case_number", "case_officer",
	                                             "date", "recipient", "request_date", "year" };

#define KEYS "sender, contact, signature, our_ref, your_ref, case_number, case_officer, date, recipient, " \
             "request_date, year"

static char **field(struct bosett_report *r, const char *key)
{
	if (!strcmp(key, "sender"))
		return &r->sender;
	if (!strcmp(key, "contact"))
		return &r->contact;
	if (!strcmp(key, "signature"))
		return &r->signature;
	for (int k = 0; k < RPT_NFIELDS; k++)
		if (!strcmp(key, field_keys[k]))
			return &r->field[k];
	return NULL;
}

enum bosett_status bosett_report_set_letter(struct bosett_report *r, const char *key, const char *value)
{
	char **f = field(r, key);
	struct bosett_buf b = { 0 };

	if (!f) {
		bosett_err(r->err, "unknown letter field \"%s\" (" KEYS ")", key);
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

			bosett_err(r->err, "%s:%ld: unknown key \"%s\" (" KEYS ")", name, ln,
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

const char *rpt_year(const struct bosett_report *r)
{
	const char *y;

	if (r->field[RPT_YEAR])
		return r->field[RPT_YEAR];
	if ((y = rpt_meta(r, "solve.year")) && *y)
		return y;
	return rpt_meta(r, "year");
}

/* Does the column hold any figure? */
static int has_figures(const struct bosett_table *t, const char *col)
{
	int c = bosett_table_icol(t, col);

	for (size_t i = 0; c >= 0 && i < bosett_table_nrows(t); i++) {
		enum bosett_cell k = bosett_table_cell(t, i, (size_t)c, NULL);

		if (k == BOSETT_CELL_NUMBER || k == BOSETT_CELL_SUPPRESSED)
			return 1;
	}
	return 0;
}

/* The agencies behind the columns of the bundled table (data/README.md):
 * IMDi's settlement figures and request, SSB's population and labour
 * statistics, NAV's registered unemployment. */
int rpt_sources(const struct bosett_report *r, struct bosett_buf *b)
{
	static const struct {
		const char *agency, *cols[8];
	} src[] = {
		{ "IMDi", { "requested_prev", "decided_prev", "settled_prev", "requested_avg3", "decided_avg3",
		            "settled_avg3", "moved_in_prev", NULL } },
		{ "SSB", { "population", "employment_rate", "jobs_located", "working_age_share", "immigrants", NULL } },
		{ "NAV", { "unemployment_rate", NULL } },
	};
	const char *ts = rpt_meta(r, "solve.total_source");
	int n = 0;

	for (size_t k = 0; k < sizeof src / sizeof src[0]; k++) {
		int used = k == 0 && ts && strstr(ts, "IMDi");

		for (size_t j = 0; !used && src[k].cols[j]; j++)
			used = has_figures(r->t, src[k].cols[j]);
		if (used)
			bosett_buf_printf(b, "%s%s", n++ ? ", " : "", src[k].agency);
	}
	return n;
}
