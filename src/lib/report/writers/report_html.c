/*
 * report_html.c - the report as one self-contained HTML file: the style
 * sheet inline, the charts as inline SVG (report_svg.c), no scripts, no
 * fonts, images or links fetched from anywhere; a Content-Security-Policy
 * says so to the browser, so the file opens the same offline.
 */
#include "report/report_impl.h"

static const char style[] =
	"body{font-family:system-ui,'DejaVu Sans',sans-serif;margin:2em auto;max-width:1160px;"
	"padding:0 0.5em;color:#222;line-height:1.4}\n"
	"h1{font-size:1.6em}h2{margin-top:1.6em;border-bottom:1px solid #ccc}\n"
	"table{border-collapse:collapse;margin:0.5em 0 1em;font-size:0.82em}\n"
	"th,td{padding:0.15em 0.4em;border-bottom:1px solid #e4e4e4;text-align:left;vertical-align:top}\n"
	"th{background:#f2f2f2}td.r,th.r{text-align:right;font-variant-numeric:tabular-nums}\n"
	"tr.total td{font-weight:600;border-top:1px solid #999}\n"
	"figure{margin:1em 0}figcaption{font-weight:600;margin-bottom:0.3em}\n"
	"p.note{font-size:0.85em;color:#555}svg{max-width:100%;height:auto}\n"
	"svg text{font-family:system-ui,'DejaVu Sans',sans-serif}\n";

static int begin(struct bosett_report *r, FILE *fp, const char *title)
{
	static const char *langs[] = { "en", "nb", "nn" };

	fprintf(fp, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n"
	        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
	        "<meta name=\"generator\" content=\"bosett-report\">\n<title>", langs[r->lang]);
	rpt_html_text(fp, title);
	fprintf(fp, "</title>\n<style>\n%s</style>\n</head>\n<body>\n<h1>", style);
	rpt_html_text(fp, title);
	fputs("</h1>\n", fp);
	return 0;
}

static int heading(struct bosett_report *r, FILE *fp, int level, const char *s)
{
	fputs(level <= 1 ? "<h2>" : "<h3>", fp);
	rpt_html_text(fp, s);
	fputs(level <= 1 ? "</h2>\n" : "</h3>\n", fp);
	return 0;
}

static int para(struct bosett_report *r, FILE *fp, const char *s)
{
	fputs("<p>", fp);
	rpt_html_text(fp, s);
	fputs("</p>\n", fp);
	return 0;
}

static int table(struct bosett_report *r, FILE *fp, const struct rpt_table *tb)
{
	fputs("<table>\n<thead><tr>", fp);
	for (size_t j = 0; j < tb->ncols; j++) {
		fputs(tb->align[j] == 'r' ? "<th class=\"r\">" : "<th>", fp);
		rpt_html_text(fp, tb->head[j]);
		fputs("</th>", fp);
	}
	fputs("</tr></thead>\n<tbody>\n", fp);
	for (size_t i = 0; i < tb->nrows; i++) {
		fputs(tb->total && i + 1 == tb->nrows ? "<tr class=\"total\">" : "<tr>", fp);
		for (size_t j = 0; j < tb->ncols; j++) {
			fputs(tb->align[j] == 'r' ? "<td class=\"r\">" : "<td>", fp);
			rpt_html_text(fp, tb->cells[i * tb->ncols + j]);
			fputs("</td>", fp);
		}
		fputs("</tr>\n", fp);
	}
	fputs("</tbody>\n</table>\n", fp);
	return 0;
}

static int end(struct bosett_report *r, FILE *fp)
{
	fputs("</body>\n</html>\n", fp);
	return 0;
}

/* The charts: report_svg.c's, and the trade-off of its own file (which uses report_svg.c's pieces). */
static int chart(struct bosett_report *r, FILE *fp, enum rpt_chart c)
{
	return c == CH_TRADE ? rpt_svg_tradeoff(r, fp) : rpt_svg(r, fp, c);
}

const struct rpt_writer rpt_html = { 0, begin, heading, para, table, chart, end };
