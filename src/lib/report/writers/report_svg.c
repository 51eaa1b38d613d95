/*
 * report_svg.c - the charts of the HTML report as inline SVG: the map of
 * the county (a circle per municipality at its centroid, area proportional
 * to the recommendation, colour the change from last year), the bars of
 * recommendation, fair share and last year, a rose (radar) of score
 * components per municipality, and each municipality across the
 * scenarios. Coordinates are written with one decimal in the C locale, so
 * the same table draws the same bytes.
 */
#include "report/report_impl.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "base/tolerance.h"

#define PI 3.14159265358979323846
#define C_REC "#1f5f8b"
#define C_FAIR "#9ecae1"
#define C_PREV "#e08a1e"
#define C_AXIS "#999999"

static const enum rpt_msg prevmsg[NPREV] = { M_REQ_PREV, M_DEC_PREV, M_SET_PREV };

static void caption(struct bosett_report *r, FILE *fp, enum rpt_msg title)
{
	fputs("<figure>\n<figcaption>", fp);
	rpt_html_text(fp, rpt_msg(r, title));
	fputs("</figcaption>\n", fp);
}

static void note(struct bosett_report *r, FILE *fp, enum rpt_msg m, const char *arg)
{
	struct bosett_buf b = { 0 };

	rpt_subst(&b, rpt_msg(r, m), arg, NULL, NULL);
	fputs("<p class=\"note\">", fp);
	rpt_html_text(fp, b.data ? b.data : "");
	fputs("</p>\n</figure>\n", fp);
	bosett_buf_free(&b);
}

static void svg_open(FILE *fp, double w, double h, const char *label)
{
	fprintf(fp, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" "
	        "viewBox=\"0 0 %.0f %.0f\" role=\"img\" aria-label=\"", w, h, w, h);
	rpt_html_text(fp, label);
	fputs("\" font-size=\"11\">\n", fp);
}

static void label(FILE *fp, double x, double y, const char *anchor, const char *extra, const char *s)
{
	fprintf(fp, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\"%s>", x, y, anchor, extra);
	rpt_html_text(fp, s);
	fputs("</text>\n", fp);
}

/* A round step for about n ticks up to max: 1, 2 or 5 times a power of ten. */
static double tick_step(double max, int n)
{
	double raw = max / n, p, f;

	if (raw <= 0)
		return 1;
	p = pow(10, floor(log10(raw)));
	f = raw / p;
	return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * p;
}

static void axis(struct bosett_report *r, FILE *fp, double x0, double scale, double max,
                 double ytop, double ybot)
{
	double step = tick_step(max, 5);
	char num[64];

	for (double v = 0; v <= max + BOSETT_EPS_ZERO; v += step) {
		double x = x0 + v * scale;

		fprintf(fp, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#e4e4e4\"/>\n",
		        x, ytop, x, ybot);
		label(fp, x, ybot + 13, "middle", " fill=\"#555\"", rpt_num(r, num, sizeof num, v, -1));
	}
}

static void swatch(FILE *fp, double x, double y, const char *colour, const char *text)
{
	fprintf(fp, "<rect x=\"%.1f\" y=\"%.1f\" width=\"12\" height=\"10\" fill=\"%s\"/>\n", x, y - 9, colour);
	label(fp, x + 16, y, "start", "", text);
}

/* Recommended, fair share and last year, a group of bars per municipality. */
static int bars(struct bosett_report *r, FILE *fp)
{
	const double x0 = 160, width = 900, plot = 680, gh = 26, top = 34;
	double max = 1, h = top + gh * (double)r->n + 24, scale;
	char num[64];

	for (size_t i = 0; i < r->n; i++) {
		const struct rpt_row *u = &r->rows[i];

		if (u->rec.kind == BOSETT_CELL_NUMBER && u->rec.v > max)
			max = u->rec.v;
		if (u->fair.kind == BOSETT_CELL_NUMBER && u->fair.v > max)
			max = u->fair.v;
		if (r->ref_prev >= 0 && u->prev[r->ref_prev].kind == BOSETT_CELL_NUMBER && u->prev[r->ref_prev].v > max)
			max = u->prev[r->ref_prev].v;
	}
	max = ceil(max / tick_step(max, 5)) * tick_step(max, 5);
	scale = plot / max;
	caption(r, fp, M_CH_BARS);
	svg_open(fp, width, h, rpt_msg(r, M_CH_BARS));
	swatch(fp, x0, 14, C_REC, rpt_msg(r, M_REC));
	if (r->has_fair)
		swatch(fp, x0 + 160, 14, C_FAIR, rpt_msg(r, M_FAIR));
	if (r->ref_prev >= 0)
		swatch(fp, x0 + 320, 14, C_PREV, rpt_msg(r, prevmsg[r->ref_prev]));
	axis(r, fp, x0, scale, max, top - 6, h - 22);
	for (size_t i = 0; i < r->n; i++) {
		const struct rpt_row *u = &r->rows[i];
		double y = top + gh * (double)i;
		struct rpt_val v[3];
		const char *colour[3] = { C_REC, C_FAIR, C_PREV };

		v[0] = u->rec;
		v[1] = r->has_fair ? u->fair : (struct rpt_val){ BOSETT_CELL_EMPTY, 0 };
		v[2] = r->ref_prev >= 0 ? u->prev[r->ref_prev] : (struct rpt_val){ BOSETT_CELL_EMPTY, 0 };
		label(fp, x0 - 8, y + 15, "end", "", u->name);
		for (int k = 0; k < 3; k++) {
			double by = y + 3 + 7 * k;

			if (v[k].kind == BOSETT_CELL_NUMBER) {
				fprintf(fp, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"6\" fill=\"%s\"><title>",
				        x0, by, v[k].v * scale, colour[k]);
				rpt_html_text(fp, u->name);
				fputs(": ", fp);
				rpt_html_text(fp, rpt_cell(r, num, sizeof num, v[k], k == 1 ? 2 : -1));
				fputs("</title></rect>\n", fp);
			} else if (v[k].kind == BOSETT_CELL_ABSENT || v[k].kind == BOSETT_CELL_SUPPRESSED) {
				fprintf(fp, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"10\" font-weight=\"bold\" fill=\"%s\">%s</text>\n",
				        x0 + 3, by + 6, colour[k], v[k].kind == BOSETT_CELL_ABSENT ? "." : ":");
			}
		}
		if (u->rec.kind == BOSETT_CELL_NUMBER)
			label(fp, x0 + u->rec.v * scale + 4, y + 9, "start", " font-size=\"9\" fill=\"" C_REC "\"",
			      rpt_num(r, num, sizeof num, u->rec.v, -1));
	}
	fputs("</svg>\n", fp);
	if (r->ref_prev >= 0)
		note(r, fp, M_CH_BARS_NOTE, rpt_msg(r, prevmsg[r->ref_prev]));
	else
		fputs("</figure>\n", fp);
	return 0;
}

/* The scenarios: a row per municipality, a dot per scenario. */
static int scen(struct bosett_report *r, FILE *fp)
{
	static const char *shades[] = { "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08519c", "#08306b" };
	const double x0 = 160, width = 900, plot = 680, gh = 20, top = 34;
	double max = 1, h = top + gh * (double)r->n + 24, scale;
	size_t ns = r->nscen, nsh = sizeof shades / sizeof shades[0];
	char num[64];

	for (size_t i = 0; i < r->n; i++)
		for (size_t k = 0; k < ns; k++) {
			struct rpt_val v = rpt_scen(r, &r->rows[i], k);

			if (v.kind == BOSETT_CELL_NUMBER && v.v > max)
				max = v.v;
		}
	max = ceil(max / tick_step(max, 5)) * tick_step(max, 5);
	scale = plot / max;
	caption(r, fp, M_CH_SCEN);
	svg_open(fp, width, h, rpt_msg(r, M_CH_SCEN));
	for (size_t k = 0; k < ns; k++) {
		const char *c = shades[ns <= 1 ? nsh - 1 : k * (nsh - 1) / (ns - 1)];

		fprintf(fp, "<circle cx=\"%.1f\" cy=\"10\" r=\"5\" fill=\"%s\"/>\n", x0 + 6 + 110.0 * (double)k, c);
		label(fp, x0 + 16 + 110.0 * (double)k, 14, "start", "", rpt_num(r, num, sizeof num, (double)r->scen_q[k], 0));
	}
	axis(r, fp, x0, scale, max, top - 6, h - 22);
	for (size_t i = 0; i < r->n; i++) {
		double y = top + gh * (double)i + 10, lo = HUGE_VAL, hi = -HUGE_VAL;

		label(fp, x0 - 8, y + 4, "end", "", r->rows[i].name);
		for (size_t k = 0; k < ns; k++) {
			struct rpt_val v = rpt_scen(r, &r->rows[i], k);

			if (v.kind == BOSETT_CELL_NUMBER) {
				lo = fmin(lo, v.v);
				hi = fmax(hi, v.v);
			}
		}
		if (lo <= hi)
			fprintf(fp, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#bbbbbb\" stroke-width=\"2\"/>\n",
			        x0 + lo * scale, y, x0 + hi * scale, y);
		for (size_t k = 0; k < ns; k++) {
			struct rpt_val v = rpt_scen(r, &r->rows[i], k);
			const char *c = shades[ns <= 1 ? nsh - 1 : k * (nsh - 1) / (ns - 1)];

			if (v.kind != BOSETT_CELL_NUMBER)
				continue;
			fprintf(fp, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4.5\" fill=\"%s\" stroke=\"#fff\" stroke-width=\"0.5\"><title>",
			        x0 + v.v * scale, y, c);
			rpt_html_text(fp, r->rows[i].name);
			fprintf(fp, " (%ld): ", r->scen_q[k]);
			rpt_html_text(fp, rpt_num(r, num, sizeof num, v.v, -1));
			fputs("</title></circle>\n", fp);
		}
	}
	fputs("</svg>\n</figure>\n", fp);
	return 0;
}

/* One radar: spokes, rings, and the row's polygon (values 0..1). */
static void radar(FILE *fp, double cx, double cy, double rad, size_t nc, const double *val, int key)
{
	fputs("<g>", fp);
	for (int ring = 1; ring <= 2; ring++) {
		fputs("<polygon fill=\"none\" stroke=\"#dddddd\" points=\"", fp);
		for (size_t k = 0; k < nc; k++) {
			double a = 2 * PI * (double)k / (double)nc - PI / 2;

			fprintf(fp, "%s%.1f,%.1f", k ? " " : "", cx + rad * ring / 2 * cos(a), cy + rad * ring / 2 * sin(a));
		}
		fputs("\"/>", fp);
	}
	for (size_t k = 0; k < nc; k++) {
		double a = 2 * PI * (double)k / (double)nc - PI / 2;

		fprintf(fp, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#cccccc\"/>",
		        cx, cy, cx + rad * cos(a), cy + rad * sin(a));
	}
	if (!key) {
		fputs("<polygon fill=\"" C_REC "\" fill-opacity=\"0.35\" stroke=\"" C_REC "\" points=\"", fp);
		for (size_t k = 0; k < nc; k++) {
			double a = 2 * PI * (double)k / (double)nc - PI / 2;
			double v = val[k] < 0 ? 0 : val[k];

			fprintf(fp, "%s%.1f,%.1f", k ? " " : "", cx + rad * v * cos(a), cy + rad * v * sin(a));
		}
		fputs("\"/>", fp);
	}
	fputs("</g>\n", fp);
}

static int roses(struct bosett_report *r, FILE *fp)
{
	const size_t per_row = 6;
	const double cw = 150, ch = 150, rad = 52, keyh = 260;
	size_t nc = r->ncomp < 12 ? r->ncomp : 12;
	double lo[12], hi[12], val[12] = { 0 }, h;
	size_t nrow = (r->n + per_row - 1) / per_row;

	for (size_t k = 0; k < nc; k++) {
		lo[k] = HUGE_VAL;
		hi[k] = -HUGE_VAL;
		for (size_t i = 0; i < r->n; i++) {
			struct rpt_val v = rpt_comp(r, &r->rows[i], k);

			if (v.kind == BOSETT_CELL_NUMBER) {
				lo[k] = fmin(lo[k], v.v);
				hi[k] = fmax(hi[k], v.v);
			}
		}
	}
	h = keyh + ch * (double)nrow;
	caption(r, fp, M_CH_ROSE);
	svg_open(fp, cw * (double)per_row, h, rpt_msg(r, M_CH_ROSE));
	/* the key: a large empty rose with the component names */
	radar(fp, cw * (double)per_row / 2, keyh / 2, 90, nc, val, 1);
	for (size_t k = 0; k < nc; k++) {
		double a = 2 * PI * (double)k / (double)nc - PI / 2;
		double x = cw * (double)per_row / 2 + 100 * cos(a), y = keyh / 2 + 100 * sin(a) + 4;
		const char *anchor = cos(a) > 0.3 ? "start" : cos(a) < -0.3 ? "end" : "middle";

		label(fp, x, y, anchor, "", rpt_comp_words(r, rpt_comp_name(r, k)));
	}
	for (size_t i = 0; i < r->n; i++) {
		double cx = cw * (double)(i % per_row) + cw / 2, cy = keyh + ch * (double)(i / per_row) + 62;
		char num[64];

		for (size_t k = 0; k < nc; k++) {
			struct rpt_val v = rpt_comp(r, &r->rows[i], k);

			val[k] = v.kind != BOSETT_CELL_NUMBER ? 0 : hi[k] > lo[k] ? (v.v - lo[k]) / (hi[k] - lo[k]) : 0.5;
		}
		radar(fp, cx, cy, rad, nc, val, 0);
		label(fp, cx, cy + rad + 16, "middle", "", r->rows[i].name);
		if (r->rows[i].score.kind == BOSETT_CELL_NUMBER)
			label(fp, cx, cy + rad + 28, "middle", " font-size=\"9\" fill=\"#555\"",
			      rpt_num(r, num, sizeof num, r->rows[i].score.v, 2));
	}
	fputs("</svg>\n", fp);
	note(r, fp, M_CH_ROSE_NOTE, NULL);
	return 0;
}

/* Diverging colour for a change t in [-1, 1]: blue fewer, red more. */
static void change_colour(double t, char *buf, size_t n)
{
	static const double neg[3] = { 33, 102, 172 }, mid[3] = { 240, 240, 240 }, pos[3] = { 178, 24, 43 };
	const double *e = t < 0 ? neg : pos;
	double a = fmin(1, fabs(t));
	int c[3];

	for (int k = 0; k < 3; k++)
		c[k] = (int)lround(mid[k] + (e[k] - mid[k]) * a);
	snprintf(buf, n, "#%02x%02x%02x", c[0], c[1], c[2]);
}

struct dot {
	const struct rpt_row *u;
	double x, y, rad;
};

static int by_radius(const void *a, const void *b)
{
	const struct dot *x = a, *y = b;

	if (x->rad != y->rad)
		return x->rad > y->rad ? -1 : 1;
	return strcmp(x->u->code, y->u->code);
}

/* Boxes overlap (x0, y0, x1, y1). */
static int overlap(const double *a, const double *b)
{
	return a[0] < b[2] && a[2] > b[0] && a[1] < b[3] && a[3] > b[1];
}

/* Names beside the circles, placed deterministically: for each circle, in
 * order of size, the first of eight places around it, at one, two and then
 * three steps out (with a thin leader line past the first), whose box
 * (about 6 pixels a character) overlaps no name placed before and no
 * circle. A name with no free place is left off the map (it is in the
 * table), so no two names ever overlap. */
static void place_labels(FILE *fp, const struct dot *d, size_t nd)
{
	static const double dir[8][2] = { { 1, -0.7 }, { 1, 0.3 }, { -1, -0.7 }, { -1, 0.3 },
	                                  { 0, -1.2 }, { 0, 1.2 }, { 1, 1 }, { -1, 1 } };
	double (*box)[4] = calloc(2 * nd + 1, sizeof *box);
	size_t nbox = 0;

	if (!box)
		return;
	/* the circles are obstacles from the start */
	for (size_t i = 0; i < nd; i++) {
		double rad = d[i].rad > 0 ? d[i].rad : 3;

		box[nbox][0] = d[i].x - rad;
		box[nbox][1] = d[i].y - rad;
		box[nbox][2] = d[i].x + rad;
		box[nbox][3] = d[i].y + rad;
		nbox++;
	}
	for (size_t i = 0; i < nd; i++) {
		double rad = d[i].rad > 0 ? d[i].rad : 3, w = 6.0 * (double)rpt_width(d[i].u->name) * 0.92, h = 11;
		int placed = 0;

		for (int step = 0; step < 3 && !placed; step++)
			for (int k = 0; k < 8 && !placed; k++) {
				double off = rad + 2 + 14.0 * step;
				double x = d[i].x + dir[k][0] * off, y = d[i].y + dir[k][1] * (rad + 14.0 * step) + 4;
				double nb[4];
				int free_ = 1;

				if (dir[k][0] < 0)
					x -= w;
				else if (dir[k][0] == 0)
					x -= w / 2;
				nb[0] = x;
				nb[1] = y - h + 2;
				nb[2] = x + w;
				nb[3] = y + 1;
				for (size_t j = 0; j < nbox && free_; j++)
					if (overlap(nb, box[j]))
						free_ = 0;
				if (!free_)
					continue;
				if (step > 0)
					fprintf(fp, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#888\" "
					        "stroke-width=\"0.6\"/>\n", d[i].x + dir[k][0] * rad, d[i].y + dir[k][1] * rad,
					        dir[k][0] < 0 ? x + w : dir[k][0] > 0 ? x : x + w / 2, dir[k][1] < 0 ? y : y - h + 2);
				memcpy(box[nbox++], nb, sizeof nb);
				label(fp, x, y, "start", " font-size=\"10\" fill=\"#222\" class=\"name\"", d[i].u->name);
				placed = 1;
			}
	}
	free(box);
}

static int map(struct bosett_report *r, FILE *fp)
{
	const double width = 900, height = 640, margin = 50, rmax = 30;
	double lon0 = HUGE_VAL, lon1 = -HUGE_VAL, lat0 = HUGE_VAL, lat1 = -HUGE_VAL, k, sx, sy, maxrec = 0, maxchg = 0;
	struct dot *d = calloc(r->n + 1, sizeof *d);
	size_t nd = 0;
	char colour[16], num[64], num2[64];

	if (!d)
		return -1;
	for (size_t i = 0; i < r->n; i++) {
		const struct rpt_row *u = &r->rows[i];

		if (u->lon.kind != BOSETT_CELL_NUMBER || u->lat.kind != BOSETT_CELL_NUMBER)
			continue;
		lon0 = fmin(lon0, u->lon.v);
		lon1 = fmax(lon1, u->lon.v);
		lat0 = fmin(lat0, u->lat.v);
		lat1 = fmax(lat1, u->lat.v);
		if (u->rec.kind == BOSETT_CELL_NUMBER)
			maxrec = fmax(maxrec, u->rec.v);
		if (r->ref_prev >= 0 && u->rec.kind == BOSETT_CELL_NUMBER && u->prev[r->ref_prev].kind == BOSETT_CELL_NUMBER)
			maxchg = fmax(maxchg, fabs(u->rec.v - u->prev[r->ref_prev].v));
		d[nd++].u = u;
	}
	if (!nd) {
		free(d);
		return 0;
	}
	/* equirectangular, longitude shrunk by the cosine of the mid latitude */
	k = cos((lat0 + lat1) / 2 * PI / 180);
	sx = (lon1 > lon0) ? (width - 2 * margin - 120) / ((lon1 - lon0) * k) : 1;
	sy = (lat1 > lat0) ? (height - 2 * margin) / (lat1 - lat0) : 1;
	if (sx > sy)
		sx = sy;
	sy = sx;
	for (size_t i = 0; i < nd; i++) {
		const struct rpt_row *u = d[i].u;
		double rec = u->rec.kind == BOSETT_CELL_NUMBER ? u->rec.v : 0;

		d[i].x = margin + (u->lon.v - lon0) * k * sx;
		d[i].y = margin + (lat1 - u->lat.v) * sy;
		d[i].rad = maxrec > 0 && rec > 0 ? rmax * sqrt(rec / maxrec) : 0;
	}
	qsort(d, nd, sizeof *d, by_radius);
	caption(r, fp, M_CH_MAP);
	svg_open(fp, width, height, rpt_msg(r, M_CH_MAP));
	fprintf(fp, "<rect x=\"0\" y=\"0\" width=\"%.0f\" height=\"%.0f\" fill=\"#f7fbff\"/>\n", width, height);
	for (size_t i = 0; i < nd; i++) {
		const struct rpt_row *u = d[i].u;
		struct rpt_val p = r->ref_prev >= 0 ? u->prev[r->ref_prev] : (struct rpt_val){ BOSETT_CELL_EMPTY, 0 };

		if (d[i].rad <= 0) {
			fprintf(fp, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"none\" stroke=\"#666\"><title>",
			        d[i].x, d[i].y);
		} else {
			if (p.kind == BOSETT_CELL_NUMBER && u->rec.kind == BOSETT_CELL_NUMBER)
				change_colour(maxchg > 0 ? (u->rec.v - p.v) / maxchg : 0, colour, sizeof colour);
			else
				snprintf(colour, sizeof colour, "#bdbdbd");
			fprintf(fp, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\" fill-opacity=\"0.85\" "
			        "stroke=\"#333\" stroke-width=\"0.7\"><title>", d[i].x, d[i].y, d[i].rad, colour);
		}
		rpt_html_text(fp, u->name);
		fprintf(fp, ": %s", rpt_cell(r, num, sizeof num, u->rec, -1));
		if (r->ref_prev >= 0) {
			fputs(" (", fp);
			rpt_html_text(fp, rpt_msg(r, prevmsg[r->ref_prev]));
			fprintf(fp, " %s)", rpt_cell(r, num2, sizeof num2, p, -1));
		}
		fputs("</title></circle>\n", fp);
	}
	place_labels(fp, d, nd);
	/* legend: sizes and colours */
	{
		double lx = width - 150, ly = 40;

		if (maxrec > 0) {
			double steps[3] = { maxrec, maxrec / 2, maxrec / 8 };

			for (int s = 0; s < 3; s++) {
				double rr = rmax * sqrt(steps[s] / maxrec), v = round(steps[s]);

				if (v <= 0)
					continue;
				rr = rmax * sqrt(v / maxrec);
				fprintf(fp, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"none\" stroke=\"#333\"/>\n",
				        lx + rmax, ly + 2 * rmax - rr, rr);
				label(fp, lx + 2 * rmax + 8, ly + 2 * rmax - 2 * rr + 4, "start", " font-size=\"10\"",
				      rpt_num(r, num, sizeof num, v, 0));
			}
			ly += 2 * rmax + 24;
		}
		if (r->ref_prev >= 0 && maxchg > 0) {
			for (int s = 0; s < 5; s++) {
				double t = 1 - s * 0.5;

				change_colour(t, colour, sizeof colour);
				fprintf(fp, "<rect x=\"%.1f\" y=\"%.1f\" width=\"14\" height=\"12\" fill=\"%s\" stroke=\"#333\" stroke-width=\"0.5\"/>\n",
				        lx, ly + 16 * s, colour);
				snprintf(num2, sizeof num2, "%s%s", t > 0 ? "+" : "", rpt_num(r, num, sizeof num, t * maxchg, 0));
				label(fp, lx + 20, ly + 16 * s + 10, "start", " font-size=\"10\"", num2);
			}
			ly += 16 * 5 + 6;
			fprintf(fp, "<rect x=\"%.1f\" y=\"%.1f\" width=\"14\" height=\"12\" fill=\"#bdbdbd\" stroke=\"#333\" stroke-width=\"0.5\"/>\n", lx, ly);
			label(fp, lx + 20, ly + 10, "start", " font-size=\"10\"", rpt_msg(r, M_NO_PREV));
			ly += 16;
		}
		fprintf(fp, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"none\" stroke=\"#666\"/>\n", lx + 7, ly + 6);
		label(fp, lx + 20, ly + 10, "start", " font-size=\"10\"", rpt_msg(r, M_NOT_ASKED));
	}
	fputs("</svg>\n", fp);
	note(r, fp, M_CH_MAP_NOTE, r->ref_prev >= 0 ? rpt_msg(r, prevmsg[r->ref_prev]) : "-");
	free(d);
	return 0;
}

int rpt_svg(struct bosett_report *r, FILE *fp, enum rpt_chart c)
{
	switch (c) {
	case CH_MAP: return map(r, fp);
	case CH_BARS: return bars(r, fp);
	case CH_ROSES: return roses(r, fp);
	case CH_SCEN: return scen(r, fp);
	case CH_TRADE: return 0; /* report_tradeoff.c, called by the HTML writer */
	}
	return 0;
}

void rpt_svg_caption(struct bosett_report *r, FILE *fp, enum rpt_msg title) { caption(r, fp, title); }
void rpt_svg_note(struct bosett_report *r, FILE *fp, enum rpt_msg m, const char *arg) { note(r, fp, m, arg); }
void rpt_svg_open(FILE *fp, double w, double h, const char *lab) { svg_open(fp, w, h, lab); }
void rpt_svg_label(FILE *fp, double x, double y, const char *anchor, const char *extra, const char *s)
{
	label(fp, x, y, anchor, extra, s);
}
