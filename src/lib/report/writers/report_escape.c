/*
 * report_escape.c - text made safe for HTML and SVG (XML): the one escaper the
 * HTML writer and the charts share.
 */
#include "report/report_impl.h"

void rpt_html_text(FILE *fp, const char *s)
{
	for (; *s; s++) {
		switch (*s) {
		case '&': fputs("&amp;", fp); break;
		case '<': fputs("&lt;", fp); break;
		case '>': fputs("&gt;", fp); break;
		case '"': fputs("&quot;", fp); break;
		default:
			if ((unsigned char)*s < 0x20 || *s == 0x7f)
				fprintf(fp, "\\x%02x", (unsigned char)*s); /* as rpt_clean */
			else
				fputc(*s, fp);
			break;
		}
	}
}
