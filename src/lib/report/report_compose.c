/*
 * report_compose.c - the sections of the report, in order, for every
 * document format: summary, the table per municipality, the reasons, what
 * each rule costs, where capacity is short, the scenarios, the comparison
 * and the provenance. Each section is built as headings, paragraphs and
 * tables handed to the format's writer; a section whose data is absent is
 * left out, never filled in.
 */
#include "report/report_impl.h"
#include "base/number.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

int rpt_clean(const char *s, struct bosett_buf *b)
{
	const unsigned char *p = (const unsigned char *)s;
	int rc = 0;

	b->len = 0;
	rc |= bosett_buf_add(b, "", 0);
	for (; *p; p++) {
		if (*p == '\n' || *p == '\r' || *p == '\t' || *p == '\v' || *p == '\f')
			rc |= bosett_buf_addc(b, ' '); /* a cell stays one line */
		else if (*p < 0x20 || *p == 0x7f)
			rc |= bosett_buf_printf(b, "\\x%02x", *p);
		else if (*p == 0xc2 && p[1] >= 0x80 && p[1] <= 0x9f)
			rc |= bosett_buf_printf(b, "\\u%04x", *++p); /* C1 controls: a terminal acts on them too */
		else
			rc |= bosett_buf_addc(b, (char)*p);
	}
	return rc;
}

int rpt_table_row(struct rpt_table *tb, const char *const *cells)
{
	if ((tb->nrows + 1) * tb->ncols > tb->cap) {
		size_t cap = tb->cap ? tb->cap * 2 : 64 * tb->ncols;
		char **p;

		while (cap < (tb->nrows + 1) * tb->ncols)
			cap *= 2;
		p = realloc(tb->cells, cap * sizeof *p);
		if (!p)
			return -1;
		tb->cells = p;
		tb->cap = cap;
	}
	for (size_t j = 0; j < tb->ncols; j++) {
		struct bosett_buf b = { 0 };
		char *s;

		if (rpt_clean(cells[j] ? cells[j] : "", &b) != 0) {
			bosett_buf_free(&b);
			return -1;
		}
		s = b.data;
		tb->cells[tb->nrows * tb->ncols + j] = s;
	}
	tb->nrows++;
	return 0;
}

void rpt_table_free(struct rpt_table *tb)
{
	for (size_t i = 0; i < tb->nrows * tb->ncols; i++)
		free(tb->cells[i]);
	free(tb->cells);
	memset(tb, 0, sizeof *tb);
}

static void col(struct rpt_table *tb, const char *head, char align)
{
	if (tb->ncols < sizeof tb->align) {
		tb->head[tb->ncols] = head;
		tb->align[tb->ncols] = align;
		tb->ncols++;
	}
}

/* Emit and free a table. */
static int put_table(struct bosett_report *r, FILE *fp, const struct rpt_writer *w, struct rpt_table *tb)
{
	int rc = tb->nrows ? w->table(r, fp, tb) : 0;

	rpt_table_free(tb);
	return rc;
}

/* Cells are built into a ring of small buffers so that a row can be put
 * together in one expression list. */
struct cells {
	char buf[24][512];
	const char *p[24];
	size_t n;
};

static char *next(struct cells *c)
{
	char *b = c->buf[c->n];

	c->p[c->n] = b;
	c->n++;
	b[0] = '\0';
	return b;
}

static void add(struct cells *c, const char *s)
{
	snprintf(next(c), sizeof c->buf[0], "%s", s ? s : "");
}

static void add_val(struct bosett_report *r, struct cells *c, struct rpt_val v, int dec)
{
	rpt_cell(r, next(c), sizeof c->buf[0], v, dec);
}

static void add_num(struct bosett_report *r, struct cells *c, double v, int dec)
{
	rpt_num(r, next(c), sizeof c->buf[0], v, dec);
}

/* A meta value that is a number, in the report's style; else as given. */
static void add_meta_num(struct bosett_report *r, struct cells *c, const char *s, int dec)
{
	double v;

	if (bosett_parse_double(s, &v) == 0)
		add_num(r, c, v, dec);
	else
		add(c, s);
}

static int row(struct rpt_table *tb, struct cells *c)
{
	int rc = rpt_table_row(tb, c->p);

	c->n = 0;
	return rc;
}

static const char *status_words(struct bosett_report *r, char *buf, size_t n)
{
	const char *st = rpt_meta(r, "solve.status");

	if (!st)
		return NULL;
	if (strcmp(st, "optimal") == 0)
		return rpt_msg(r, M_ST_OPTIMAL);
	if (strcmp(st, "shortfall") == 0)
		return rpt_msg(r, M_ST_SHORTFALL);
	if (strcmp(st, "time-limited") == 0) {
		const char *g = rpt_meta(r, "solve.gap");
		double v;

		if (g && bosett_parse_double(g, &v) == 0) {
			struct bosett_buf b = { 0 };
			char num[64];

			rpt_subst(&b, rpt_msg(r, M_TIME_GAP), rpt_num(r, num, sizeof num, 100 * v, 2), NULL, NULL);
			snprintf(buf, n, "%s", b.data ? b.data : "");
			bosett_buf_free(&b);
			return buf;
		}
		return rpt_msg(r, M_ST_TIME);
	}
	return st;
}

static int summary(struct bosett_report *r, FILE *fp, const struct rpt_writer *w)
{
	struct rpt_table tb = { 0 };
	struct cells c = { .n = 0 };
	struct bosett_buf b = { 0 };
	const char *v;
	char sbuf[160], n1[64], n2[64];
	int rc = 0;

	rc |= w->heading(r, fp, 1, rpt_msg(r, M_SUMMARY));
	col(&tb, rpt_msg(r, M_KEY), 'l');
	col(&tb, rpt_msg(r, M_VALUE), 'l');
	tb.kv = 1;
	if (r->county[0]) {
		add(&c, rpt_msg(r, M_COUNTY));
		snprintf(sbuf, sizeof sbuf, "%s%s%s", r->county, r->county_name ? " " : "",
		         r->county_name ? r->county_name : "");
		add(&c, sbuf);
		rc |= row(&tb, &c);
	}
	if ((v = rpt_meta(r, "year"))) {
		add(&c, rpt_msg(r, M_YEAR));
		add(&c, v);
		rc |= row(&tb, &c);
	}
	if (r->has_date && r->fmt != BOSETT_REPORT_ROFF) { /* the letter dates itself, once, at the top */
		add(&c, rpt_msg(r, M_DATE));
		rpt_date(r, next(&c), sizeof c.buf[0]);
		rc |= row(&tb, &c);
	}
	if ((v = rpt_meta(r, "solve.quota"))) {
		/* bosett-solve records the total less the minors: the county's total is both */
		double q, e = 0;
		const char *ev = rpt_meta(r, "solve.em_quota");

		add(&c, rpt_msg(r, M_QUOTA));
		if (bosett_parse_double(v, &q) == 0 && (!ev || bosett_parse_double(ev, &e) == 0))
			add_num(r, &c, q + e, -1);
		else
			add(&c, v);
		rc |= row(&tb, &c);
	}
	add(&c, rpt_msg(r, M_RECOMMENDED_TOTAL));
	b = (struct bosett_buf){ 0 };
	rpt_subst(&b, rpt_msg(r, M_ASKED_OF), rpt_num(r, n1, sizeof n1, (double)r->nasked, 0),
	          rpt_num(r, n2, sizeof n2, (double)r->n, 0), NULL);
	snprintf(next(&c), sizeof c.buf[0], "%s (%s)", rpt_num(r, n1, sizeof n1, r->total_rec, -1),
	         b.data ? b.data : "");
	bosett_buf_free(&b);
	rc |= row(&tb, &c);
	if ((v = rpt_meta(r, "solve.em_quota")) && strcmp(v, "0") != 0) {
		add(&c, rpt_msg(r, M_EM_QUOTA));
		add_meta_num(r, &c, v, -1);
		rc |= row(&tb, &c);
	}
	if (r->has_em) {
		add(&c, rpt_msg(r, M_EM));
		add_num(r, &c, r->total_em, -1);
		rc |= row(&tb, &c);
	}
	if ((v = status_words(r, sbuf, sizeof sbuf))) {
		add(&c, rpt_msg(r, M_STATUS));
		add(&c, v);
		rc |= row(&tb, &c);
	}
	if ((v = rpt_meta(r, "solve.shortfall"))) {
		add(&c, rpt_msg(r, M_SHORTFALL));
		add_meta_num(r, &c, v, -1);
		rc |= row(&tb, &c);
	}
	if ((v = rpt_meta(r, "solve.method"))) {
		add(&c, rpt_msg(r, M_METHOD));
		add(&c, rpt_method_words(r, v));
		rc |= row(&tb, &c);
	}
	/* the engine that answered (solve.engine, issue 23): its own name */
	if ((v = rpt_meta(r, "solve.engine"))) {
		add(&c, rpt_msg(r, M_ENGINE));
		add(&c, v);
		rc |= row(&tb, &c);
	}
	if ((v = rpt_meta(r, "note"))) {
		add(&c, rpt_msg(r, M_NOTE));
		add(&c, v);
		rc |= row(&tb, &c);
	}
	if ((v = rpt_meta(r, "source"))) {
		add(&c, rpt_msg(r, M_SOURCE));
		add(&c, v);
		rc |= row(&tb, &c);
	}
	rc |= put_table(r, fp, w, &tb);
	if ((v = rpt_meta(r, "solve.diagnosis"))) {
		struct bosett_buf d = { 0 };

		bosett_buf_adds(&d, rpt_msg(r, M_DIAGNOSIS));
		bosett_buf_adds(&d, ": ");
		bosett_buf_adds(&d, rpt_msg(r, M_REASON_EN));
		bosett_buf_adds(&d, v);
		rc |= w->para(r, fp, d.data);
		bosett_buf_free(&d);
	}
	return rc;
}

/* The component with the largest value in a row, as "name (value)". */
static void main_component(struct bosett_report *r, const struct rpt_row *u, char *buf, size_t n)
{
	size_t best = (size_t)-1;
	double bv = 0;
	char num[64];

	buf[0] = '\0';
	for (size_t k = 0; k < r->ncomp; k++) {
		struct rpt_val v = rpt_comp(r, u, k);

		/* a component that adds nothing (0.00) is no one's main one */
		if (v.kind == BOSETT_CELL_NUMBER && v.v > 0.005 && (best == (size_t)-1 || v.v > bv)) {
			best = k;
			bv = v.v;
		}
	}
	if (best != (size_t)-1)
		snprintf(buf, n, "%s (%s)", rpt_comp_words(r, rpt_comp_name(r, best)),
		         rpt_num(r, num, sizeof num, bv, 2));
}

static int municipalities(struct bosett_report *r, FILE *fp, const struct rpt_writer *w)
{
	static const enum rpt_msg prevmsg[NPREV] = { M_REQ_PREV, M_DEC_PREV, M_SET_PREV };
	struct rpt_table tb = { 0 };
	struct cells c = { .n = 0 };
	int rc = 0, any_prev = 0, pop_share;
	/* the letter's table: the numbers, the key's and population's shares, last year */
	int letter = r->fmt == BOSETT_REPORT_ROFF;
	double pop = 0;

	/* the plain population share beside the key's, where the key is not it */
	for (size_t i = 0; i < r->n; i++)
		if (r->rows[i].pop.kind == BOSETT_CELL_NUMBER)
			pop += r->rows[i].pop.v;
	pop_share = r->has_fair && pop > 0 && rpt_meta(r, "solve.fair_key");
	rc |= w->heading(r, fp, 1, rpt_msg(r, M_MUNIS));
	col(&tb, rpt_msg(r, M_CODE), 'l');
	col(&tb, rpt_msg(r, M_MUNI), 'l');
	col(&tb, rpt_msg(r, M_REC), 'r');
	if (r->has_em)
		col(&tb, rpt_msg(r, M_REC_EM), 'r');
	if (r->has_fair)
		col(&tb, rpt_msg(r, M_FAIR), 'r');
	if (pop_share)
		col(&tb, rpt_msg(r, M_POP_SHARE), 'r');
	if (r->has_gap && !w->narrow)
		col(&tb, rpt_msg(r, M_FAIR_GAP), 'r');
	if (r->has_cap && !letter)
		col(&tb, rpt_msg(r, M_CAP), 'r');
	for (int k = 0; k < NPREV; k++)
		if (r->has_prev[k] && (!letter || k == r->ref_prev)) {
			col(&tb, rpt_msg(r, prevmsg[k]), 'r');
			any_prev = 1;
		}
	if (r->has_score && !letter)
		col(&tb, rpt_msg(r, M_SCORE), 'r');
	if (r->ncomp && !w->narrow)
		col(&tb, rpt_msg(r, M_MAIN_COMP), 'l');
	if (r->has_limit && !w->narrow)
		col(&tb, rpt_msg(r, M_LIMIT), 'l');
	if (r->has_shadow && !letter)
		col(&tb, rpt_msg(r, M_SHADOW), 'r');
	for (size_t i = 0; i < r->n; i++) {
		const struct rpt_row *u = &r->rows[i];

		add(&c, u->code);
		add(&c, u->name);
		add_val(r, &c, u->rec, -1);
		if (r->has_em)
			add_val(r, &c, u->em, -1);
		if (r->has_fair)
			add_val(r, &c, u->fair, 2);
		if (pop_share)
			add_num(r, &c, u->pop.kind == BOSETT_CELL_NUMBER ? u->pop.v * r->total_rec / pop : 0, 2);
		if (r->has_gap && !w->narrow)
			add_val(r, &c, u->gap, 2);
		if (r->has_cap && !letter)
			add_val(r, &c, u->cap, -1);
		for (int k = 0; k < NPREV; k++)
			if (r->has_prev[k] && (!letter || k == r->ref_prev))
				add_val(r, &c, u->prev[k], -1);
		if (r->has_score && !letter)
			add_val(r, &c, u->score, 2);
		if (r->ncomp && !w->narrow)
			main_component(r, u, next(&c), sizeof c.buf[0]);
		if (r->has_limit && !w->narrow)
			add(&c, *u->limit ? rpt_limit_short(r, u->limit) : "");
		if (r->has_shadow && !letter)
			add_val(r, &c, u->shadow, 2);
		rc |= row(&tb, &c);
	}
	/* the total row: only the columns that add up */
	add(&c, "");
	add(&c, rpt_msg(r, M_TOTAL));
	add_num(r, &c, r->total_rec, -1);
	if (r->has_em)
		add_num(r, &c, r->total_em, -1);
	if (r->has_fair)
		/* the shares add up to the county's total; their two-decimal roundings
		 * need not (432,01): the total is shown whole */
		add_num(r, &c, r->total_fair, 0);
	if (pop_share)
		add_num(r, &c, r->total_rec, 0);
	while (c.n < tb.ncols)
		add(&c, "");
	rc |= row(&tb, &c);
	tb.total = 1;
	rc |= put_table(r, fp, w, &tb);
	if (any_prev)
		rc |= w->para(r, fp, rpt_msg(r, M_PREV_LEGEND));
	rc |= rpt_source_line(r, fp, w);
	return rc;
}

static int reasons(struct bosett_report *r, FILE *fp, const struct rpt_writer *w)
{
	struct rpt_table tb = { 0 };
	int rc = 0, marked = 0;

	if (!r->has_limit && !r->has_binding)
		return 0;
	rc |= w->heading(r, fp, 1, rpt_msg(r, M_REASONS));
	col(&tb, rpt_msg(r, M_MUNI), 'l');
	col(&tb, rpt_msg(r, M_REASON), 'l');
	tb.prose = 1;
	for (size_t i = 0; i < r->n; i++) {
		struct bosett_buf b = { 0 };
		const char *cells[2];

		rpt_reason(r, &r->rows[i], &b, &marked);
		cells[0] = r->rows[i].name;
		cells[1] = b.data ? b.data : "";
		rc |= rpt_table_row(&tb, cells);
		bosett_buf_free(&b);
	}
	rc |= put_table(r, fp, w, &tb);
	if (marked)
		rc |= w->para(r, fp, rpt_msg(r, M_NOTE_EN));
	return rc;
}

static int costs(struct bosett_report *r, FILE *fp, const struct rpt_writer *w)
{
	static const struct { const char *key; enum rpt_msg m; } rules[] = {
		{ "solve.price.min_settle", M_RULE_MIN },
		{ "solve.price.continuity", M_RULE_CONT },
		{ "solve.price.fairness", M_RULE_FAIR },
	};
	struct rpt_table tb = { 0 };
	struct cells c = { .n = 0 };
	int rc = 0;

	col(&tb, rpt_msg(r, M_RULE), 'l');
	col(&tb, rpt_msg(r, M_COST), 'r');
	for (size_t i = 0; i < sizeof rules / sizeof rules[0]; i++) {
		const char *v = rpt_meta(r, rules[i].key);

		if (!v)
			continue;
		add(&c, rpt_msg(r, rules[i].m));
		add_meta_num(r, &c, v, 2);
		rc |= row(&tb, &c);
	}
	if (!tb.nrows) {
		rpt_table_free(&tb);
		return rc;
	}
	rc |= w->heading(r, fp, 1, rpt_msg(r, M_COSTS));
	rc |= w->para(r, fp, rpt_msg(r, M_COSTS_INTRO));
	return rc | put_table(r, fp, w, &tb);
}

static int by_price(const void *a, const void *b)
{
	const struct rpt_row *x = *(const struct rpt_row *const *)a, *y = *(const struct rpt_row *const *)b;

	if (x->shadow.v != y->shadow.v)
		return x->shadow.v > y->shadow.v ? -1 : 1;
	return strcmp(x->code, y->code);
}

static int capacity(struct bosett_report *r, FILE *fp, const struct rpt_writer *w)
{
	const struct rpt_row **sel;
	size_t k = 0;
	int rc = 0;

	if (!r->has_shadow || !r->has_limit)
		return 0;
	sel = malloc((r->n + 1) * sizeof *sel);
	if (!sel)
		return -1;
	for (size_t i = 0; i < r->n; i++) {
		const struct rpt_row *u = &r->rows[i];

		if (u->shadow.kind == BOSETT_CELL_NUMBER && u->shadow.v > 0 && rpt_limit_is_capacity(u->limit))
			sel[k++] = u;
	}
	qsort(sel, k, sizeof *sel, by_price);
	rc |= w->heading(r, fp, 1, rpt_msg(r, M_CAPACITY));
	if (!k) {
		rc |= w->para(r, fp, rpt_msg(r, M_CAPACITY_NONE));
	} else {
		struct rpt_table tb = { 0 };
		struct cells c = { .n = 0 };

		rc |= w->para(r, fp, rpt_msg(r, M_CAPACITY_INTRO));
		for (size_t i = 0; i < k && i < 5; i++) {
			struct bosett_buf b = { 0 };
			char num[64];

			rpt_subst(&b, rpt_msg(r, M_ONE_MORE), rpt_limit_unit(r, sel[i]->limit), sel[i]->name,
			          rpt_num(r, num, sizeof num, sel[i]->shadow.v, 2));
			rc |= w->para(r, fp, b.data ? b.data : "");
			bosett_buf_free(&b);
		}
		col(&tb, rpt_msg(r, M_MUNI), 'l');
		col(&tb, rpt_msg(r, M_LIMIT), 'l');
		col(&tb, rpt_msg(r, M_SHADOW), 'r');
		for (size_t i = 0; i < k; i++) {
			add(&c, sel[i]->name);
			add(&c, rpt_limit_words(r, sel[i]->limit));
			add_val(r, &c, sel[i]->shadow, 2);
			rc |= row(&tb, &c);
		}
		rc |= put_table(r, fp, w, &tb);
	}
	free(sel);
	return rc;
}

static int scenarios(struct bosett_report *r, FILE *fp, const struct rpt_writer *w)
{
	struct rpt_table tb = { 0 };
	struct cells c = { .n = 0 };
	char heads[22][32];
	double *tot;
	size_t ns = r->nscen < 20 ? r->nscen : 20;
	int rc = 0;

	if (!ns)
		return 0;
	tot = calloc(ns, sizeof *tot);
	if (!tot)
		return -1;
	rc |= w->heading(r, fp, 1, rpt_msg(r, M_SCENARIOS));
	rc |= w->para(r, fp, rpt_msg(r, M_SCEN_INTRO));
	col(&tb, rpt_msg(r, M_MUNI), 'l');
	for (size_t k = 0; k < ns; k++) {
		rpt_num(r, heads[k], sizeof heads[k], (double)r->scen_q[k], 0);
		col(&tb, heads[k], 'r');
	}
	for (size_t i = 0; i < r->n; i++) {
		add(&c, r->rows[i].name);
		for (size_t k = 0; k < ns; k++) {
			struct rpt_val v = rpt_scen(r, &r->rows[i], k);

			add_val(r, &c, v, -1);
			if (v.kind == BOSETT_CELL_NUMBER)
				tot[k] += v.v;
		}
		rc |= row(&tb, &c);
	}
	add(&c, rpt_msg(r, M_TOTAL));
	for (size_t k = 0; k < ns; k++)
		add_num(r, &c, tot[k], -1);
	rc |= row(&tb, &c);
	tb.total = 1;
	free(tot);
	rc |= put_table(r, fp, w, &tb);
	if (w->chart)
		rc |= w->chart(r, fp, CH_SCEN);
	return rc;
}

static int comparison(struct bosett_report *r, FILE *fp, const struct rpt_writer *w)
{
	struct rpt_table tb = { 0 };
	struct cells c = { .n = 0 };
	struct bosett_buf b = { 0 };
	int rc = 0, missing = 0;

	if (!r->has_cmp)
		return 0;
	rc |= w->heading(r, fp, 1, rpt_msg(r, M_COMPARE));
	rpt_subst(&b, rpt_msg(r, M_COMPARE_INTRO), r->other_label, NULL, NULL);
	rc |= w->para(r, fp, b.data ? b.data : "");
	bosett_buf_free(&b);
	col(&tb, rpt_msg(r, M_MUNI), 'l');
	col(&tb, rpt_msg(r, M_THIS), 'r');
	col(&tb, r->other_label, 'r');
	col(&tb, rpt_msg(r, M_DIFF), 'r');
	for (size_t i = 0; i < r->n; i++) {
		const struct rpt_row *u = &r->rows[i];

		add(&c, u->name);
		add_val(r, &c, u->rec, -1);
		add_val(r, &c, u->cmp, -1);
		if (u->rec.kind == BOSETT_CELL_NUMBER && u->cmp.kind == BOSETT_CELL_NUMBER) {
			char num[64];

			rpt_num(r, num, sizeof num, u->rec.v - u->cmp.v, -1);
			snprintf(next(&c), sizeof c.buf[0], "%s%s", u->rec.v > u->cmp.v ? "+" : "", num);
		} else {
			add(&c, "");
		}
		rc |= row(&tb, &c);
	}
	add(&c, rpt_msg(r, M_TOTAL));
	add_num(r, &c, r->total_rec, -1);
	add_num(r, &c, r->total_cmp, -1);
	/* a total difference only when every municipality has both numbers */
	for (size_t i = 0; i < r->n; i++)
		if (r->rows[i].rec.kind != BOSETT_CELL_NUMBER || r->rows[i].cmp.kind != BOSETT_CELL_NUMBER)
			missing = 1;
	if (missing) {
		add(&c, "");
	} else {
		char num[64];

		rpt_num(r, num, sizeof num, r->total_rec - r->total_cmp, -1);
		snprintf(next(&c), sizeof c.buf[0], "%s%s", r->total_rec > r->total_cmp ? "+" : "", num);
	}
	rc |= row(&tb, &c);
	tb.total = 1;
	rc |= put_table(r, fp, w, &tb);
	return rc | w->para(r, fp, rpt_msg(r, M_COMPARE_MISSING));
}

static int provenance(struct bosett_report *r, FILE *fp, const struct rpt_writer *w)
{
	struct rpt_table tb = { 0 };
	struct cells c = { .n = 0 };
	const char *v;
	int rc = 0;
	size_t nin = bosett_table_input_count(r->t), nm = bosett_table_meta_count(r->t);

	col(&tb, rpt_msg(r, M_KEY), 'l');
	col(&tb, rpt_msg(r, M_VALUE), 'l');
	tb.kv = 1;
	if ((v = rpt_meta(r, "solve.tool"))) {
		const char *ver = rpt_meta(r, "solve.version");

		add(&c, rpt_msg(r, M_TOOL));
		snprintf(next(&c), sizeof c.buf[0], "%s%s%s", v, ver ? " " : "", ver ? ver : "");
		rc |= row(&tb, &c);
	}
	if ((v = rpt_meta(r, "solve.libraries"))) {
		add(&c, rpt_msg(r, M_LIBS));
		add(&c, v);
		rc |= row(&tb, &c);
	}
	if ((v = rpt_meta(r, "solve.model"))) {
		add(&c, rpt_msg(r, M_MODEL));
		add(&c, v);
		rc |= row(&tb, &c);
	}
	if ((v = rpt_meta(r, "solve.objective"))) {
		add(&c, rpt_msg(r, M_OBJECTIVE));
		add_meta_num(r, &c, v, 2);
		rc |= row(&tb, &c);
	}
	/* the score's own meta keys, as bosett-score wrote them */
	for (size_t i = 0; i < nm; i++) {
		const char *k = bosett_table_meta_key(r->t, i);
		double share;

		if (strncmp(k, "score.", 6) != 0 || !(v = rpt_meta(r, k)))
			continue;
		add(&c, rpt_meta_words(r, k));
		if (!strcmp(k, "score.weights_from") && !strncmp(v, "preset ", 7))
			snprintf(next(&c), sizeof c.buf[0], "%s %s", rpt_msg(r, M_PRESET), v + 7);
		else if (!strcmp(k, "score.weight_on_data") && bosett_parse_decimal(v, 0, &share) == 0)
			bosett_snprintf(next(&c), sizeof c.buf[0], "%.0f %%", share * 100); /* the figure, in per cent */
		else
			add_meta_num(r, &c, v, -1);
		rc |= row(&tb, &c);
	}
	if (tb.nrows || nin)
		rc |= w->heading(r, fp, 1, rpt_msg(r, M_PROVENANCE));
	rc |= put_table(r, fp, w, &tb);
	if (nin) {
		struct rpt_table in = { 0 };

		rc |= w->heading(r, fp, 2, rpt_msg(r, M_INPUTS));
		col(&in, rpt_msg(r, M_FILE), 'l');
		col(&in, rpt_msg(r, M_BYTES), 'r');
		col(&in, rpt_msg(r, M_SHA256), 'l');
		for (size_t i = 0; i < nin; i++) {
			const char *name, *sha;
			unsigned long long bytes;

			if (bosett_table_input_get(r->t, i, &name, &bytes, &sha) != 0)
				continue;
			add(&c, name);
			add_num(r, &c, (double)bytes, 0);
			add(&c, sha);
			rc |= row(&in, &c);
		}
		rc |= put_table(r, fp, w, &in);
	}
	return rc;
}

/* Every text a writer gets has its control characters made visible
 * (rpt_clean): a name with a newline or an escape sequence cannot break a
 * table, run a roff request or reach a terminal. */
static int clean_begin(struct bosett_report *r, FILE *fp, const char *s)
{
	struct bosett_buf b = { 0 };
	int rc = rpt_clean(s, &b) != 0 ? -1 : r->inner->begin(r, fp, b.data);

	bosett_buf_free(&b);
	return rc;
}

static int clean_heading(struct bosett_report *r, FILE *fp, int level, const char *s)
{
	struct bosett_buf b = { 0 };
	int rc = rpt_clean(s, &b) != 0 ? -1 : r->inner->heading(r, fp, level, b.data);

	bosett_buf_free(&b);
	return rc;
}

static int clean_para(struct bosett_report *r, FILE *fp, const char *s)
{
	struct bosett_buf b = { 0 };
	int rc = rpt_clean(s, &b) != 0 ? -1 : r->inner->para(r, fp, b.data);

	bosett_buf_free(&b);
	return rc;
}

static int compose(struct bosett_report *r, FILE *fp, const struct rpt_writer *w);

int rpt_compose(struct bosett_report *r, FILE *fp, const struct rpt_writer *inner)
{
	struct rpt_writer w = *inner;

	r->inner = inner;
	w.begin = clean_begin;
	w.heading = clean_heading;
	w.para = clean_para;
	return compose(r, fp, &w);
}

static int compose(struct bosett_report *r, FILE *fp, const struct rpt_writer *w)
{
	struct bosett_buf title = { 0 };
	const char *year = rpt_year(r);
	/* the letter: the technical part after the signature, as its appendix */
	int letter = r->fmt == BOSETT_REPORT_ROFF;
	int rc = 0;

	bosett_buf_adds(&title, rpt_msg(r, M_TITLE));
	if (r->county_name || year) {
		bosett_buf_adds(&title, " \xe2\x80\x93 ");
		if (r->county_name)
			bosett_buf_adds(&title, r->county_name);
		if (year)
			bosett_buf_printf(&title, "%s%s", r->county_name ? " " : "", year);
	}
	rc |= w->begin(r, fp, title.data);
	bosett_buf_free(&title);
	rc |= rpt_intro(r, fp, w);
	if (!letter)
		rc |= summary(r, fp, w);
	if (w->chart && r->has_map)
		rc |= w->chart(r, fp, CH_MAP);
	rc |= municipalities(r, fp, w);
	if (w->chart) {
		rc |= w->chart(r, fp, CH_BARS);
		if (r->ncomp >= 3)
			rc |= w->chart(r, fp, CH_ROSES);
		if (r->county[0])
			rc |= w->chart(r, fp, CH_TRADE);
	}
	rc |= reasons(r, fp, w);
	if (letter) {
		rc |= w->end(r, fp);
		rc |= w->heading(r, fp, 1, rpt_msg(r, M_ATTACHMENT));
		rc |= summary(r, fp, w);
	}
	rc |= costs(r, fp, w);
	rc |= capacity(r, fp, w);
	rc |= scenarios(r, fp, w);
	rc |= comparison(r, fp, w);
	rc |= provenance(r, fp, w);
	if (!letter)
		rc |= w->end(r, fp);
	return rc ? -1 : 0;
}

size_t rpt_width(const char *s)
{
	size_t n = 0;

	for (; *s; s++)
		n += ((unsigned char)*s & 0xc0) != 0x80;
	return n;
}

void rpt_column_widths(const struct rpt_table *tb, size_t w[24])
{
	for (size_t j = 0; j < tb->ncols; j++) {
		w[j] = rpt_width(tb->head[j]);
		for (size_t i = 0; i < tb->nrows; i++) {
			size_t n = rpt_width(tb->cells[i * tb->ncols + j]);

			if (n > w[j])
				w[j] = n;
		}
	}
}
