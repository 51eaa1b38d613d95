/*
 * report_roff.c - the report as a letter in roff for the ms macros: the
 * county's tilråding to IMDi, which `groff -ms -Tpdf` turns into a PDF.
 * The output is plain ASCII (every other character as a \[uXXXX] escape)
 * so groff needs no preprocessor and no input encoding option, and tables
 * are set with tab stops rather than tbl for the same reason.
 */
#include "report/report_impl.h"

#include <string.h>

/* Write UTF-8 text as roff: escapes for backslash, a leading dot or
 * quote, hyphen-minus, and every non-ASCII character. */
static void text(FILE *fp, const char *s)
{
	const unsigned char *p = (const unsigned char *)s;

	if (*p == '.' || *p == '\'')
		fputs("\\&", fp);
	while (*p) {
		unsigned cp;
		int n;

		if (*p < 0x80) {
			if (*p == '\\')
				fputs("\\e", fp);
			else if (*p == '-' && p[1] >= '0' && p[1] <= '9' &&
			         ((const char *)p == s || strchr(" (", p[-1])))
				fputs("\\-", fp); /* a minus sign, not a hyphen */
			else if (*p == '\n' || *p == '\t' || *p == '\r')
				fputc(' ', fp);
			else if (*p < 0x20 || *p == 0x7f)
				fprintf(fp, "\\ex%02x", *p); /* as rpt_clean, for text that did not pass it */
			else
				fputc(*p, fp);
			p++;
			continue;
		}
		if ((*p & 0xe0) == 0xc0) {
			cp = *p & 0x1f;
			n = 1;
		} else if ((*p & 0xf0) == 0xe0) {
			cp = *p & 0x0f;
			n = 2;
		} else {
			cp = *p & 0x07;
			n = 3;
		}
		p++;
		while (n-- > 0 && (*p & 0xc0) == 0x80)
			cp = cp << 6 | (*p++ & 0x3f);
		if (cp == 0xa0)
			fputs("\\~", fp);
		else if (cp == 0x2009)
			fputs("\\^", fp);
		else
			fprintf(fp, "\\[u%04X]", cp);
	}
}

/* Text of several lines ('\n'), each set as a line of its own (in .nf). */
static void lines(FILE *fp, const char *s)
{
	struct bosett_buf b = { 0 };

	bosett_buf_adds(&b, s);
	for (char *p = b.data, *n; p; p = n) {
		n = strchr(p, '\n');
		if (n)
			*n++ = '\0';
		text(fp, p);
		if (n)
			fputc('\n', fp);
	}
	bosett_buf_free(&b);
}

/* "Vår ref.: 2026/1234", a line of the reference block, when given. */
static void ref_line(struct bosett_report *r, FILE *fp, enum rpt_msg label, const char *value)
{
	if (!value)
		return;
	text(fp, rpt_msg(r, label));
	fputs(": ", fp);
	text(fp, value);
	fputc('\n', fp);
}

/* The head of the letter: the sender (the county council or --letter's
 * sender), the recipient (IMDi and its postal address unless the letter
 * file names another), the references, the case officer and the date,
 * then the heading that names the planning year. */
static int begin(struct bosett_report *r, FILE *fp, const char *title)
{
	struct bosett_buf org = { 0 };
	char d[64];

	fputs(".\\\" The county's recommendation to IMDi, written by bosett-report.\n"
	      ".\\\" Typeset with: groff -ms -Tpdf -P-e FILE > FILE.pdf (-P-e embeds the fonts)\n"
	      ".nr PS 10\n.nr VS 12\n.nr LL 6.5i\n.nr PO 1i\n.nr HM 0.8i\n.nr FM 0.8i\n"
	      ".ds CH\n.ds CF \\\\n(PN\n.ds LH\n.ds RH\n", fp);
	rpt_county_org(r, &org);
	fputs(".LP\n.nf\n\\fB", fp);
	text(fp, org.data ? org.data : "");
	fputs("\\fP\n", fp);
	if (r->sender) {
		lines(fp, r->sender);
		fputc('\n', fp);
	}
	fputs(".sp 2\n", fp);
	lines(fp, r->field[RPT_RECIPIENT] ? r->field[RPT_RECIPIENT] : rpt_msg(r, M_IMDI));
	fputs("\n.sp 2\n", fp);
	ref_line(r, fp, M_OUR_REF, r->field[RPT_OUR_REF]);
	ref_line(r, fp, M_YOUR_REF, r->field[RPT_YOUR_REF]);
	ref_line(r, fp, M_CASE_NO, r->field[RPT_CASE]);
	ref_line(r, fp, M_OFFICER, r->field[RPT_OFFICER]);
	if (r->field[RPT_DATE] || r->has_date) {
		if (!r->field[RPT_DATE])
			rpt_date(r, d, sizeof d);
		ref_line(r, fp, M_DATE, r->field[RPT_DATE] ? r->field[RPT_DATE] : d);
	}
	fputs(".fi\n.sp 2\n.LP\n.ps +2\n\\fB", fp);
	text(fp, title);
	fputs("\\fP\n.ps\n", fp);
	bosett_buf_free(&org);
	return 0;
}

static int heading(struct bosett_report *r, FILE *fp, int level, const char *s)
{
	fputs(level <= 1 ? ".SH\n" : ".SH\n\\fI", fp);
	text(fp, s);
	fputs(level <= 1 ? "\n" : "\\fP\n", fp);
	return 0;
}

static int para(struct bosett_report *r, FILE *fp, const char *s)
{
	fputs(".LP\n", fp);
	text(fp, s);
	fputc('\n', fp);
	return 0;
}

/* Type size of the tables: a letter IMDi files must be legible. */
#define TABLE_PS 9

/* Set the columns cols[0..nc) of a table with tab stops, in TABLE_PS type. */
static void table_part(FILE *fp, const struct rpt_table *tb, const size_t *w, const size_t *cols, size_t nc)
{
	size_t pos = 0;

	fprintf(fp, ".LP\n.nf\n.ps %d\n.vs %d\n.ta", TABLE_PS, TABLE_PS + 2);
	for (size_t k = 0; k < nc; k++) {
		size_t j = cols[k], stop = tb->align[j] == 'r' ? pos + w[j] : pos;

		if (k)
			fprintf(fp, " %zup%s", stop * (size_t)TABLE_PS / 2, tb->align[j] == 'r' ? "R" : "");
		pos += w[j] + 2;
	}
	fputc('\n', fp);
	for (size_t i = 0; i <= tb->nrows; i++) {
		fputs("\\&", fp);
		if (i == 0)
			fputs("\\fB", fp);
		for (size_t k = 0; k < nc; k++) {
			size_t j = cols[k];

			if (k)
				fputc('\t', fp);
			text(fp, i == 0 ? tb->head[j] : tb->cells[(i - 1) * tb->ncols + j]);
		}
		if (i == 0)
			fputs("\\fP", fp);
		fputc('\n', fp);
	}
	fputs(".ps\n.vs\n.fi\n", fp);
}

static int table(struct bosett_report *r, FILE *fp, const struct rpt_table *tb)
{
	size_t w[24] = { 0 }, total = 0, pos = 0;

	if (tb->kv) {
		/* a key in bold and its value, a line each */
		fputs(".LP\n", fp);
		for (size_t i = 0; i < tb->nrows; i++) {
			fputs("\\&\\fB", fp);
			text(fp, tb->cells[i * 2]);
			fputs(":\\fP ", fp);
			text(fp, tb->cells[i * 2 + 1]);
			fputs("\n.br\n", fp);
		}
		return 0;
	}
	if (tb->prose) {
		/* a short paragraph per row: the name in bold, then the text */
		for (size_t i = 0; i < tb->nrows; i++) {
			fputs(".LP\n\\&\\fB", fp);
			text(fp, tb->cells[i * 2]);
			fputs("\\fP: ", fp);
			text(fp, tb->cells[i * 2 + 1]);
			fputc('\n', fp);
		}
		return 0;
	}
	rpt_column_widths(tb, w);
	for (size_t j = 0; j < tb->ncols; j++)
		total += w[j] + 2;
	(void)total;
	(void)pos;
	/* 9-point type, about half an em a character: 104 characters fill the
	 * 6.5-inch line (468 points). A wider table is split into parts that
	 * each repeat the first two columns (number and name), never shrunk. */
	{
		const size_t fit = 936 / TABLE_PS, keep = tb->ncols > 2 ? 2 : tb->ncols;
		size_t first = keep;

		do {
			size_t cols[24], nc = 0, width = 0, j;

			for (j = 0; j < keep; j++) {
				cols[nc++] = j;
				width += w[j] + 2;
			}
			for (j = first; j < tb->ncols && (nc == keep || width + w[j] + 2 <= fit); j++) {
				cols[nc++] = j;
				width += w[j] + 2;
			}
			table_part(fp, tb, w, cols, nc);
			first = j;
		} while (first < tb->ncols);
	}
	return 0;
}

/* The close: greeting, room to sign, the signature and the contact; the
 * county's name when no one is named to sign. */
static int end(struct bosett_report *r, FILE *fp)
{
	fputs(".LP\n.ne 8\n.nf\n", fp);
	text(fp, rpt_msg(r, M_REGARDS));
	fputs("\n.sp 3\n", fp);
	if (r->signature) {
		lines(fp, r->signature);
		fputc('\n', fp);
	} else {
		struct bosett_buf org = { 0 };

		rpt_county_org(r, &org);
		text(fp, org.data ? org.data : "");
		fputc('\n', fp);
		bosett_buf_free(&org);
	}
	if (r->contact) {
		fputs(".sp\n", fp);
		text(fp, rpt_msg(r, M_CONTACT));
		fputs(": ", fp);
		lines(fp, r->contact);
		fputc('\n', fp);
	}
	fputs(".fi\n", fp);
	return 0;
}

const struct rpt_writer rpt_roff = { 1, begin, heading, para, table, NULL, end };
