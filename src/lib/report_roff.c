/*
 * report_roff.c - the report as a letter in roff for the ms macros: the
 * county's tilråding to IMDi, which `groff -ms -Tpdf` turns into a PDF.
 * The output is plain ASCII (every other character as a \[uXXXX] escape)
 * so groff needs no preprocessor and no input encoding option, and tables
 * are set with tab stops rather than tbl for the same reason.
 */
#include "report_impl.h"

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

static int begin(struct bosett_report *r, FILE *fp, const char *title)
{
	struct bosett_buf from = { 0 }, org = { 0 };

	fputs(".\\\" The county's recommendation to IMDi, written by bosett-report.\n"
	      ".\\\" Typeset with: groff -ms -Tpdf FILE > FILE.pdf\n"
	      ".nr PS 10\n.nr VS 12\n.nr LL 6.5i\n.nr PO 1i\n.nr HM 0.8i\n.nr FM 0.8i\n"
	      ".ds CH\n.ds CF \\\\n(PN\n.ds LH\n.ds RH\n", fp);
	if (r->county_name)
		rpt_subst(&org, rpt_msg(r, M_COUNTY_ORG), r->county_name, NULL, NULL);
	else
		bosett_buf_adds(&org, rpt_msg(r, M_COUNTY_FB));
	rpt_subst(&from, rpt_msg(r, M_LETTER_FROM), org.data, NULL, NULL);
	fputs(".LP\n.nf\n", fp);
	text(fp, from.data);
	fputc('\n', fp);
	text(fp, rpt_msg(r, M_LETTER_TO));
	fputc('\n', fp);
	if (r->has_date) {
		char d[64];

		rpt_date(r, d, sizeof d);
		fputs(".sp\n", fp);
		text(fp, rpt_msg(r, M_DATE));
		fputs(": ", fp);
		text(fp, d);
		fputc('\n', fp);
	}
	fputs(".fi\n.sp 2\n.LP\n.ps +4\n\\fB", fp);
	text(fp, title);
	fputs("\\fP\n.ps\n", fp);
	bosett_buf_free(&from);
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
	/* A character is about half an em wide: the type is made small enough
	 * for the table to fit the 6.5-inch line (468 points), at most 9 points,
	 * and the tab stops are set in points for that size. */
	{
		int ps = total > 0 ? (int)(936 / total) : 9;

		if (ps > 9)
			ps = 9;
		if (ps < 5)
			ps = 5;
		fprintf(fp, ".LP\n.nf\n.ps %d\n.vs %d\n.ta", ps, ps + 2);
		for (size_t j = 0; j < tb->ncols; j++) {
			size_t stop = tb->align[j] == 'r' ? pos + w[j] : pos;

			if (j)
				fprintf(fp, " %zup%s", stop * (size_t)ps / 2, tb->align[j] == 'r' ? "R" : "");
			pos += w[j] + 2;
		}
	}
	fputc('\n', fp);
	for (size_t i = 0; i <= tb->nrows; i++) {
		fputs("\\&", fp);
		if (i == 0)
			fputs("\\fB", fp);
		for (size_t j = 0; j < tb->ncols; j++) {
			if (j)
				fputc('\t', fp);
			text(fp, i == 0 ? tb->head[j] : tb->cells[(i - 1) * tb->ncols + j]);
		}
		if (i == 0)
			fputs("\\fP", fp);
		fputc('\n', fp);
	}
	fputs(".ps\n.vs\n.fi\n", fp);
	return 0;
}

static int end(struct bosett_report *r, FILE *fp)
{
	return 0;
}

const struct rpt_writer rpt_roff = { 1, begin, heading, para, table, NULL, end };
