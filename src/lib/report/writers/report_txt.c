/*
 * report_txt.c - the report as plain text for a terminal: titles
 * underlined, paragraphs wrapped at 78 columns, tables in padded columns.
 * Widths count characters, not bytes, so names like "Ørsta" line up.
 */
#include "report/report_impl.h"

#include <string.h>

#define WIDTH 78

/* Display width of UTF-8 text: one column per character. */
static void pad(FILE *fp, size_t n)
{
	while (n--)
		fputc(' ', fp);
}

/* Write s wrapped at WIDTH, every line after the first indented by indent,
 * the first starting at column col. */
static void wrap(FILE *fp, const char *s, size_t indent, size_t col)
{
	while (*s) {
		const char *e = s, *brk = NULL;
		size_t w = col;

		while (*e && (w < WIDTH || !brk)) {
			if (*e == ' ')
				brk = e;
			w += ((unsigned char)*e & 0xc0) != 0x80;
			e++;
		}
		if (!*e && w <= WIDTH)
			brk = e;
		else if (!brk)
			brk = e;
		fwrite(s, 1, (size_t)(brk - s), fp);
		fputc('\n', fp);
		s = *brk == ' ' ? brk + 1 : brk;
		if (*s)
			pad(fp, indent);
		col = indent;
	}
}

static void underline(FILE *fp, const char *s, char c)
{
	for (size_t i = rpt_width(s); i > 0; i--)
		fputc(c, fp);
	fputc('\n', fp);
}

static int begin(struct bosett_report *r, FILE *fp, const char *title)
{
	fprintf(fp, "%s\n", title);
	underline(fp, title, '=');
	fputc('\n', fp);
	return 0;
}

static int heading(struct bosett_report *r, FILE *fp, int level, const char *s)
{
	fprintf(fp, "%s\n", s);
	underline(fp, s, level <= 1 ? '-' : '.');
	fputc('\n', fp);
	return 0;
}

static int para(struct bosett_report *r, FILE *fp, const char *s)
{
	wrap(fp, s, 0, 0);
	fputc('\n', fp);
	return 0;
}

/* A table line is put together first so that it never ends in spaces. */
static void cell(struct bosett_buf *b, const char *s, size_t w, char align, int last)
{
	size_t n = rpt_width(s);

	if (align == 'r')
		for (size_t k = n; k < w; k++)
			bosett_buf_addc(b, ' ');
	bosett_buf_adds(b, s);
	if (align != 'r' && !last)
		for (size_t k = n; k < w; k++)
			bosett_buf_addc(b, ' ');
}

static void line_end(FILE *fp, struct bosett_buf *b)
{
	while (b->len && b->data[b->len - 1] == ' ')
		b->len--;
	if (b->len)
		fwrite(b->data, 1, b->len, fp);
	fputc('\n', fp);
	b->len = 0;
}

static int table(struct bosett_report *r, FILE *fp, const struct rpt_table *tb)
{
	size_t w[24] = { 0 };
	struct bosett_buf b = { 0 };

	rpt_column_widths(tb, w);
	if (tb->prose || tb->kv) {
		/* a name and a wrapped text under a hanging indent */
		for (size_t i = 0; i < tb->nrows; i++) {
			cell(&b, tb->cells[i * 2], w[0], 'l', 0);
			bosett_buf_adds(&b, "  ");
			fwrite(b.data, 1, b.len, fp);
			b.len = 0;
			wrap(fp, tb->cells[i * 2 + 1], w[0] + 2, w[0] + 2);
		}
		bosett_buf_free(&b);
		fputc('\n', fp);
		return 0;
	}
	for (size_t j = 0; j < tb->ncols; j++) {
		if (j)
			bosett_buf_adds(&b, "  ");
		cell(&b, tb->head[j], w[j], tb->align[j], j + 1 == tb->ncols);
	}
	line_end(fp, &b);
	for (size_t j = 0; j < tb->ncols; j++) {
		if (j)
			bosett_buf_adds(&b, "  ");
		for (size_t k = 0; k < w[j]; k++)
			bosett_buf_addc(&b, '-');
	}
	line_end(fp, &b);
	for (size_t i = 0; i < tb->nrows; i++) {
		for (size_t j = 0; j < tb->ncols; j++) {
			if (j)
				bosett_buf_adds(&b, "  ");
			cell(&b, tb->cells[i * tb->ncols + j], w[j], tb->align[j], j + 1 == tb->ncols);
		}
		line_end(fp, &b);
	}
	bosett_buf_free(&b);
	fputc('\n', fp);
	return 0;
}

static int end(struct bosett_report *r, FILE *fp)
{
	return 0;
}

const struct rpt_writer rpt_txt = { 1, begin, heading, para, table, NULL, end };
