/*
 * report_md.c - the report as Markdown (CommonMark with pipe tables, as
 * GitHub and pandoc read them): headings, paragraphs and tables, numbers
 * right-aligned. Only the characters Markdown would act on are escaped.
 */
#include "report/report_impl.h"

#include <string.h>

static void text(FILE *fp, const char *s, int cell)
{
	for (; *s; s++) {
		if (strchr("\\`*_[]<>", *s) || (cell && *s == '|'))
			fputc('\\', fp);
		fputc(*s, fp);
	}
}

static int begin(struct bosett_report *r, FILE *fp, const char *title)
{
	fputs("# ", fp);
	text(fp, title, 0);
	fputs("\n\n", fp);
	return 0;
}

static int heading(struct bosett_report *r, FILE *fp, int level, const char *s)
{
	fputs(level <= 1 ? "## " : "### ", fp);
	text(fp, s, 0);
	fputs("\n\n", fp);
	return 0;
}

static int para(struct bosett_report *r, FILE *fp, const char *s)
{
	text(fp, s, 0);
	fputs("\n\n", fp);
	return 0;
}

static int table(struct bosett_report *r, FILE *fp, const struct rpt_table *tb)
{
	fputc('|', fp);
	for (size_t j = 0; j < tb->ncols; j++) {
		fputc(' ', fp);
		text(fp, tb->head[j], 1);
		fputs(" |", fp);
	}
	fputs("\n|", fp);
	for (size_t j = 0; j < tb->ncols; j++)
		fputs(tb->align[j] == 'r' ? " ---: |" : " --- |", fp);
	fputc('\n', fp);
	for (size_t i = 0; i < tb->nrows; i++) {
		fputc('|', fp);
		for (size_t j = 0; j < tb->ncols; j++) {
			fputc(' ', fp);
			text(fp, tb->cells[i * tb->ncols + j], 1);
			fputs(" |", fp);
		}
		fputc('\n', fp);
	}
	fputc('\n', fp);
	return 0;
}

static int end(struct bosett_report *r, FILE *fp)
{
	return 0;
}

const struct rpt_writer rpt_md = { 0, begin, heading, para, table, NULL, end };
