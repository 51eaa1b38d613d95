/*
 * report_reason.c - a municipality's reason in the report's language
 * (bosett-report(1)): English as bosett-solve wrote it in `binding`; nb and
 * nn worded from the `limit` key and the facts behind it (`anchor`,
 * `rival`, `rival_by`, bosett-data(5)) with the message templates of
 * po/nb.po and po/nn.po, so both languages say the same rule with the same
 * numbers as the English.
 */
#include "report/report_impl.h"

#include <math.h>
#include <stdio.h>
#include <string.h>
#include <stdlib.h>

/* "10 personer", "1 person": a number of people in the report's language. */
static const char *people(const struct bosett_report *r, char *buf, size_t n, double v, int dec)
{
	struct bosett_buf b = { 0 };
	char num[64];

	rpt_subst(&b, rpt_msg(r, v == 1 ? M_PERSON : M_PEOPLE), rpt_num(r, num, sizeof num, v, dec), NULL, NULL);
	snprintf(buf, n, "%s", b.data ? b.data : "");
	bosett_buf_free(&b);
	return buf;
}

/* The minimum from bosett-solve's text ("... the minimum of 10 ..."), or -1. */
static long minimum_of(const char *binding)
{
	const char *p = strstr(binding, "minimum of ");
	long v;

	if (!p)
		return -1;
	v = strtol(p + strlen("minimum of "), NULL, 10);
	return v > 0 ? v : -1;
}

/* A reason as a sentence about the municipality, with its numbers: the
 * messages take {1} recommended, {2} fair share, {3} the minimum. */
static const struct {
	const char *key;
	enum rpt_msg m;
} reason_tmpl[] = {
	{ "fair_share", M_R_FAIR }, { "min_settle", M_R_MIN }, { "not_asked", M_R_NOT_ASKED },
	{ "continuity", M_R_CONT },
};

/* Last year's number as the reasons say it: "1-4" for a suppressed ":". */
static const char *last_num(const struct bosett_report *r, const struct rpt_val *v, char *buf, size_t n)
{
	if (v->kind == BOSETT_CELL_NUMBER)
		return rpt_num(r, buf, n, v->v, -1);
	snprintf(buf, n, "%s", v->kind == BOSETT_CELL_SUPPRESSED ? "1-4" : "0");
	return buf;
}

/* The row of a kommunenr (rows are sorted by it), or NULL. */
static const struct rpt_row *row_of(const struct bosett_report *r, const char *code)
{
	size_t lo = 0, hi = r->n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(r->rows[mid].code, code);

		if (c == 0)
			return &r->rows[mid];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (size_t i = 0; i < r->n; i++) /* not sorted as text (codes of unequal length) */
		if (!strcmp(r->rows[i].code, code))
			return &r->rows[i];
	return NULL;
}

/* The rival the solver named (`rival`, `rival_by`): " Kommunen anmodes
 * framfor Dal: i fjor 10 mot 10, rimelig andel 5,4 mot 5,4; like krav: ..." */
static void rival_sentence(struct bosett_report *r, const struct rpt_row *u, int asked, struct bosett_buf *b)
{
	const struct rpt_row *w = *u->rival ? row_of(r, u->rival) : NULL;
	const struct rpt_val none = { BOSETT_CELL_EMPTY, 0 };
	char lu[64], lw[64], fu[64], fw[64];
	const char *a[6];
	enum rpt_msg by;

	if (!w)
		return;
	if (!strcmp(u->rival_by, "kommunenr"))
		by = M_R_BY_KOMMUNENR;
	else if (!strcmp(u->rival_by, "solver"))
		by = M_R_BY_SOLVER;
	else
		by = asked ? M_R_BY_STRONGER : M_R_BY_WEAKER;
	a[0] = w->name;
	a[1] = last_num(r, r->ref_prev >= 0 ? &u->prev[r->ref_prev] : &none, lu, sizeof lu);
	a[2] = last_num(r, r->ref_prev >= 0 ? &w->prev[r->ref_prev] : &none, lw, sizeof lw);
	a[3] = u->fair.kind == BOSETT_CELL_NUMBER ? rpt_num(r, fu, sizeof fu, u->fair.v, 1) : "?";
	a[4] = w->fair.kind == BOSETT_CELL_NUMBER ? rpt_num(r, fw, sizeof fw, w->fair.v, 1) : "?";
	a[5] = rpt_msg(r, by);
	rpt_substv(b, rpt_msg(r, asked ? M_R_RATHER : M_R_INSTEAD), a, 6);
}

/* Not asked though asked last year ({lw}), and why, in the order of
 * explain.c: a cap below the minimum, the anchor below it, the fair share
 * below it. */
static void drop_sentence(struct bosett_report *r, const struct rpt_row *u, long min, const char *lw,
                          struct bosett_buf *b)
{
	char m[64], x[64];
	const struct rpt_val *pv = &u->prev[r->ref_prev];
	/* the anchor is scaled (explain.c says so only then): it differs from last year's number */
	int scaled = u->anchor.kind == BOSETT_CELL_NUMBER &&
	             fabs(u->anchor.v - (pv->kind == BOSETT_CELL_NUMBER ? pv->v : 2.5)) > 0.05;

	rpt_num(r, m, sizeof m, (double)min, -1);
	if (min > 0 && u->cap.kind == BOSETT_CELL_NUMBER && u->cap.v < (double)min)
		rpt_subst(b, rpt_msg(r, M_R_DROP_CAP), lw, rpt_num(r, x, sizeof x, u->cap.v, -1), m);
	else if (min > 0 && scaled && u->anchor.v < (double)min)
		rpt_subst(b, rpt_msg(r, M_R_DROP_ANCHOR), lw, rpt_num(r, x, sizeof x, u->anchor.v, 1), m);
	else if (min > 0 && u->fair.kind == BOSETT_CELL_NUMBER && u->fair.v < (double)min)
		rpt_subst(b, rpt_msg(r, M_R_DROP_FAIR), lw, rpt_num(r, x, sizeof x, u->fair.v, 1), m);
	else
		rpt_subst(b, rpt_msg(r, M_R_DROP), lw, NULL, NULL);
}

/* The balance of the total (key `total`) as explain.c words it: above the
 * anchor toward the fair share, or below it toward the fair share (the
 * people the minimum or the caps move); -1 when it is neither. */
static int total_msg(const struct rpt_row *u)
{
	double t = u->rec.v, p = u->anchor.v, f = u->fair.v;

	if (u->rec.kind != BOSETT_CELL_NUMBER || u->anchor.kind != BOSETT_CELL_NUMBER ||
	    u->fair.kind != BOSETT_CELL_NUMBER)
		return -1;
	if (t > p + 0.5 && t <= f + 0.5)
		return M_R_TOTAL_UP;
	if (t < p - 0.5 && t >= f - 0.5)
		return M_R_TOTAL_DOWN;
	return -1;
}

void rpt_reason(struct bosett_report *r, const struct rpt_row *u, struct bosett_buf *b, int *marked)
{
	char rec[64], fair[64], third[64], num[64], lw[64], anc[64];
	const char *key = u->limit;
	long min = minimum_of(u->binding);
	const struct rpt_val *pv = r->ref_prev >= 0 ? &u->prev[r->ref_prev] : NULL;
	/* the solver wrote the facts behind its reasons (bosett-data(5)) */
	int facts = bosett_table_icol(r->t, "rival") >= 0;
	int has_anchor = u->anchor.kind == BOSETT_CELL_NUMBER;
	int cut, said_last = 0, asked = 0, instead = 0;
	size_t at;

	if (r->lang == BOSETT_LANG_EN && *u->binding) {
		bosett_buf_adds(b, u->binding);
		if (u->shadow.kind == BOSETT_CELL_NUMBER && u->shadow.v > 0 && rpt_limit_is_capacity(key))
			bosett_buf_adds(b, "; one more place here would let one more person be settled here instead of "
			                   "where they fit less well");
		return;
	}
	if (!*key) {
		if (*u->binding) {
			bosett_buf_adds(b, rpt_msg(r, M_REASON_EN));
			bosett_buf_adds(b, u->binding);
			*marked = 1;
		}
		return;
	}
	people(r, rec, sizeof rec, u->rec.kind == BOSETT_CELL_NUMBER ? u->rec.v : 0, -1);
	if (u->fair.kind == BOSETT_CELL_NUMBER)
		people(r, fair, sizeof fair, u->fair.v, 2);
	else
		snprintf(fair, sizeof fair, "?");
	if (has_anchor)
		rpt_num(r, anc, sizeof anc, u->anchor.v, 1);
	if (pv)
		last_num(r, pv, lw, sizeof lw);
	if (!strcmp(key, "min_settle") && u->rec.kind == BOSETT_CELL_NUMBER && u->rec.v == 0)
		key = "not_asked";
	/* a cut says so first, with both numbers (and the county's change when
	 * the anchor is scaled): "21 i fjor, 13 nå: kommunen får ..." */
	cut = pv && pv->kind == BOSETT_CELL_NUMBER && pv->v >= 5 && u->rec.kind == BOSETT_CELL_NUMBER && u->rec.v > 0 &&
	      u->rec.v < 0.8 * pv->v;
	if (cut) {
		const char *a[3];
		char pct[64];

		a[0] = lw;
		a[1] = rpt_num(r, num, sizeof num, u->rec.v, -1);
		a[2] = has_anchor && u->anchor.v < 0.8 * pv->v ? rpt_num(r, pct, sizeof pct, 100 * u->anchor.v / pv->v, 0)
		                                                : NULL;
		rpt_substv(b, rpt_msg(r, a[2] ? M_R_CUT_SCALED : M_CUT), a, 3);
		said_last = 1;
	}
	at = b->len;
	if (!strcmp(key, "not_asked") && pv &&
	    (pv->kind == BOSETT_CELL_SUPPRESSED || (pv->kind == BOSETT_CELL_NUMBER && pv->v > 0))) {
		/* a municipality asked last year and dropped now says so, and why */
		if (!facts) {
			bosett_buf_adds(b, rpt_msg(r, M_DROPPED));
		} else {
			drop_sentence(r, u, min, lw, b);
			said_last = 1;
		}
		instead = 1;
	} else if (rpt_limit_is_capacity(key)) {
		struct bosett_buf w = { 0 };

		bosett_buf_adds(&w, rpt_limit_words(r, key));
		if (u->cap.kind == BOSETT_CELL_NUMBER)
			bosett_buf_printf(&w, " (%s %s)", rpt_msg(r, M_CAP_WORD), people(r, num, sizeof num, u->cap.v, -1));
		rpt_subst(b, rpt_msg(r, M_R_CAP), rec, w.data ? w.data : "", NULL);
		bosett_buf_free(&w);
	} else if (!strcmp(key, "continuity") && has_anchor && pv && pv->kind != BOSETT_CELL_EMPTY &&
	           fabs(u->anchor.v - (pv->kind == BOSETT_CELL_NUMBER ? pv->v : 2.5)) > 0.05) {
		const char *a[4] = { rec, lw, anc, fair };

		rpt_substv(b, rpt_msg(r, M_R_CONT_ANCHOR), a, 4);
		said_last = 1;
	} else if (!strcmp(key, "total") && pv && pv->kind != BOSETT_CELL_EMPTY && (pv->kind != BOSETT_CELL_NUMBER ||
	           pv->v > 0) && total_msg(u) >= 0) {
		const char *a[4] = { rec, lw, anc, fair };

		rpt_substv(b, rpt_msg(r, (enum rpt_msg)total_msg(u)), a, 4);
		said_last = 1;
	} else {
		size_t i;

		for (i = 0; i < sizeof reason_tmpl / sizeof reason_tmpl[0]; i++)
			if (!strcmp(reason_tmpl[i].key, key))
				break;
		if (min > 0)
			people(r, third, sizeof third, (double)min, -1);
		else
			snprintf(third, sizeof third, "%s", rpt_limit_short(r, "min_settle"));
		asked = !strcmp(key, "min_settle");
		instead = !strcmp(key, "not_asked");
		if (asked && min > 0 && has_anchor && pv && pv->kind != BOSETT_CELL_EMPTY && u->anchor.v < (double)min &&
		    u->fair.kind == BOSETT_CELL_NUMBER && u->fair.v >= (double)min) {
			const char *a[5] = { rec, fair, third, lw, anc };

			rpt_substv(b, rpt_msg(r, M_R_MIN_ANCHOR), a, 5);
		} else if (i < sizeof reason_tmpl / sizeof reason_tmpl[0]) {
			rpt_subst(b, rpt_msg(r, reason_tmpl[i].m), rec, fair, third);
		} else {
			/* the other limits: their words, and the number */
			rpt_subst(b, rpt_msg(r, M_R_OTHER), rec, rpt_limit_words(r, key), NULL);
			/* capitalise the first letter of ASCII words */
			if (b->len > at && b->data[at] >= 'a' && b->data[at] <= 'z')
				b->data[at] = (char)(b->data[at] - 'a' + 'A');
		}
	}
	/* after a cut's numbers and colon the sentence goes on in lower case */
	if (cut && b->len > at && b->data[at] >= 'A' && b->data[at] <= 'Z')
		b->data[at] = (char)(b->data[at] - 'A' + 'a');
	if (asked || instead)
		rival_sentence(r, u, asked, b);
	if (u->em.kind == BOSETT_CELL_NUMBER && u->em.v > 0)
		rpt_subst(b, rpt_msg(r, M_R_EM), rpt_num(r, num, sizeof num, u->em.v, -1), NULL, NULL);
	if (u->shadow.kind == BOSETT_CELL_NUMBER && u->shadow.v > 0 && rpt_limit_is_capacity(key))
		bosett_buf_adds(b, rpt_msg(r, M_R_ONE_MORE));
	/* a large fair share held at 0 by continuity alone: flagged, never ranked */
	if (!strcmp(u->flag, "held_at_zero") && u->fair.kind == BOSETT_CELL_NUMBER)
		rpt_subst(b, rpt_msg(r, M_R_FLAG), rpt_num(r, num, sizeof num, u->fair.v, 1), NULL, NULL);
	/* last year's number beside this year's, where the reason did not say it */
	if (!said_last && pv && pv->kind != BOSETT_CELL_EMPTY && u->rec.kind == BOSETT_CELL_NUMBER) {
		size_t at2 = b->len + 1;

		bosett_buf_printf(b, " %s %s, %s %s.", rpt_msg(r, M_LAST_YEAR), lw, rpt_msg(r, M_NOW),
		                  rpt_num(r, third, sizeof third, u->rec.v, -1));
		/* a sentence of its own: capitalise its first letter (ASCII in every language) */
		if (at2 < b->len && b->data[at2] >= 'a' && b->data[at2] <= 'z')
			b->data[at2] = (char)(b->data[at2] - 'a' + 'A');
	}
}
