/*
 * report_tradeoff.c - the trade-off of the criteria corridor for the
 * county, as inline SVG in the HTML report (bosett(7), CRITERIA): the
 * county solved again at its total with the model named in the table's
 * provenance at corridors 0, 5, 10, 20 and 30 % and with the criteria
 * shuffled between its municipalities (bosett_tradeoff), and two panels:
 * the employment rate and the registered unemployment weighted by each
 * allocation, practice's as a dashed line, the placebos as grey dots.
 * Drawn only where the table names a county, a built-in model and a total.
 */
#include "report/report_impl.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define C_LINE "#1f5f8b"
#define C_PLACEBO "#aaaaaa"
#define NCOR 5
#define NPLACEBO 5

struct series {
	double emp[1 + NCOR + NPLACEBO], unemp[1 + NCOR + NPLACEBO];
	double corridor[1 + NCOR + NPLACEBO];
	long moved_at_model;
};

/* Solve the trade-off; 0, or -1 when it cannot be drawn (no error: the chart is left out). */
static int compute(struct bosett_report *r, struct series *sr)
{
	static const double corridors[NCOR] = { 0, 5, 10, 20, 30 };
	const char *name = rpt_meta(r, "solve.model"), *q = rpt_meta(r, "solve.quota");
	const char *county = r->county;
	struct bosett_model *m = bosett_model_new();
	struct bosett_table *out = bosett_table_new();
	long total = q ? strtol(q, NULL, 10) : 0;
	char err[BOSETT_ERRMAX];
	double mc = 0;
	int rc = -1, ce, cu, cm;

	if (!m || !out || !name || total <= 0 || strchr(name, '/') || strchr(name, '.') ||
	    bosett_model_load(m, name) != BOSETT_OK || bosett_model_get(m, "corridor", &mc) != BOSETT_OK)
		goto out;
	if (rpt_meta(r, "solve.em_quota"))
		total += strtol(rpt_meta(r, "solve.em_quota"), NULL, 10);
	if (bosett_tradeoff(m, r->t, &county, &total, 1, corridors, NCOR, NPLACEBO, out, err,
	                    sizeof err) != BOSETT_OK)
		goto out;
	ce = bosett_table_icol(out, "employment_rate");
	cu = bosett_table_icol(out, "unemployment_rate");
	cm = bosett_table_icol(out, "moved_from_practice");
	if (ce < 0 || cu < 0 || cm < 0 || bosett_table_nrows(out) != 1 + NCOR + NPLACEBO)
		goto out;
	for (size_t i = 0; i < 1 + NCOR + NPLACEBO; i++) {
		double v = NAN;

		sr->emp[i] = bosett_table_get(out, i, "employment_rate", &v) == BOSETT_CELL_NUMBER ? v : NAN;
		sr->unemp[i] = bosett_table_get(out, i, "unemployment_rate", &v) == BOSETT_CELL_NUMBER ? v : NAN;
		sr->corridor[i] = i == 0 ? 0 : i <= NCOR ? corridors[i - 1] : mc;
		if (i >= 1 && i <= NCOR && corridors[i - 1] == mc && bosett_table_get(out, i, "moved_from_practice", &v) ==
		                                                        BOSETT_CELL_NUMBER)
			sr->moved_at_model = lround(v);
	}
	rc = isnan(sr->emp[0]) || isnan(sr->unemp[0]) ? -1 : 0;
out:
	bosett_model_free(m);
	bosett_table_free(out);
	return rc;
}

/* One panel: the values v[] against the corridors, at x0. */
static void panel(struct bosett_report *r, FILE *fp, const struct series *sr, const double *v, double x0,
                  enum rpt_msg title)
{
	const double W = 280, H = 200, L = 48, T = 30, B = 34;
	double lo = v[0], hi = v[0], pw = W - L - 10, ph = H - T - B;
	char num[64];

	for (int i = 0; i < 1 + NCOR + NPLACEBO; i++)
		if (!isnan(v[i]))
			lo = fmin(lo, v[i]), hi = fmax(hi, v[i]);
	if (hi - lo < 1e-6)
		lo -= 0.05, hi += 0.05;
	lo -= (hi - lo) * 0.1, hi += (hi - lo) * 0.1;
#define PX(c) (x0 + L + (c) / 30.0 * pw)
#define PY(y) (T + (1 - ((y) - lo) / (hi - lo)) * ph)
	rpt_svg_label(fp, x0 + L, 12, "start", " font-weight=\"600\"", rpt_msg(r, title));
	for (int k = 0; k <= 4; k++) {
		double y = lo + (hi - lo) * k / 4;

		fprintf(fp, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#e4e4e4\"/>\n", PX(0), PY(y),
		        PX(30), PY(y));
		rpt_svg_label(fp, PX(0) - 4, PY(y) + 4, "end", "", rpt_num(r, num, sizeof num, y, 2));
	}
	for (int c = 0; c <= 30; c += 10) {
		snprintf(num, sizeof num, "%d", c);
		rpt_svg_label(fp, PX(c), T + ph + 14, "middle", "", num);
	}
	rpt_svg_label(fp, PX(15), T + ph + 28, "middle", " font-size=\"10\"", rpt_msg(r, M_CH_TRADE_X));
	/* practice, dashed across */
	fprintf(fp, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#e08a1e\" stroke-dasharray=\"5 3\"/>\n",
	        PX(0), PY(v[0]), PX(30), PY(v[0]));
	fputs("<path fill=\"none\" stroke=\"" C_LINE "\" stroke-width=\"2\" d=\"", fp);
	for (int i = 1; i <= NCOR; i++)
		fprintf(fp, "%s%.1f %.1f ", i == 1 ? "M" : "L", PX(sr->corridor[i]), PY(v[i]));
	fputs("\"/>\n", fp);
	for (int i = 1; i <= NCOR; i++)
		fprintf(fp, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"" C_LINE "\"/>\n", PX(sr->corridor[i]), PY(v[i]));
	for (int i = 1 + NCOR; i < 1 + NCOR + NPLACEBO; i++)
		if (!isnan(v[i]))
			fprintf(fp, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"" C_PLACEBO "\"/>\n", PX(sr->corridor[i]) + 4,
			        PY(v[i]));
#undef PX
#undef PY
}

int rpt_svg_tradeoff(struct bosett_report *r, FILE *fp)
{
	struct series sr;
	char moved[64];

	memset(&sr, 0, sizeof sr);
	if (compute(r, &sr) != 0)
		return 0;
	rpt_svg_caption(r, fp, M_CH_TRADE);
	rpt_svg_open(fp, 580, 200, rpt_msg(r, M_CH_TRADE));
	panel(r, fp, &sr, sr.emp, 0, M_CH_TRADE_EMP);
	panel(r, fp, &sr, sr.unemp, 290, M_CH_TRADE_UNEMP);
	fputs("</svg>\n", fp);
	rpt_svg_note(r, fp, M_CH_TRADE_NOTE, rpt_num(r, moved, sizeof moved, (double)sr.moved_at_model, 0));
	return 0;
}
