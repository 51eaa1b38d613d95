/*
 * anchor.c - the continuity anchor (bosett(7), ANCHOR): the number each
 * municipality is held near, read from last year's figures and this
 * year's offer. The main decision: by default (continuity.column "lower")
 * the anchor is the lower of last year's request and the council's
 * decision, since a council that decided fewer than it was asked will
 * settle fewer; a decision of 0 (the council said no) anchors at 0.
 *
 * Contract (the one place the rule lives; what builds on the anchor, such
 * as a corridor of the criteria around it, reads the fields it sets):
 *  - solve_anchor_read sets, for one row: has_prev (continuity applies),
 *    last (the number the rule picks: ":" is 2.5, "." 0), prev = last,
 *    anchor (an ANCHOR_* kind: what it rests on, for the reasons),
 *    req_prev and dec_prev (as given, -1 where empty or "."), and offered
 *    with has_offer (0 where the cell is empty or "."). A municipality whose anchor is 0 (not asked,
 *    or the council said no) and that offers places is anchored at its
 *    offer (ANCHOR_OFFERED): the offer makes it eligible.
 *  - solve_continuity_anchor scales prev to this year's total where the
 *    model says so (continuity.scale "total"), never above an offer.
 * The offer as a ceiling is in the value (value.c), not here.
 */
#include "solve/solver.h"
#include "base/number.h"

static double cell(const struct bosett_table *t, size_t row, const char *col, enum bosett_cell *kind)
{
	double v = 0;

	*kind = bosett_table_get(t, row, col, &v);
	if (*kind == BOSETT_CELL_SUPPRESSED)
		return 2.5; /* ":" a real figure of 1-4, taken as its middle */
	return *kind == BOSETT_CELL_NUMBER ? v : -1;
}

static int given(enum bosett_cell k)
{
	return k == BOSETT_CELL_NUMBER || k == BOSETT_CELL_ABSENT || k == BOSETT_CELL_SUPPRESSED;
}

void solve_anchor_read(const struct bosett_model *m, const struct bosett_table *t, size_t row, struct muni *u)
{
	enum bosett_cell rk, dk, ok, ck;
	const char *col = m->continuity_column;

	u->req_prev = cell(t, row, "requested_prev", &rk);
	u->dec_prev = cell(t, row, "decided_prev", &dk);
	u->offered = cell(t, row, "offered", &ok);
	u->has_offer = ok == BOSETT_CELL_NUMBER;
	u->has_prev = 0;
	u->anchor = ANCHOR_NONE;
	u->last = u->prev = 0;
	if (m->continuity_weight <= 0)
		return;
	if (strcmp(col, "lower") != 0) {
		/* one column, as the model names it */
		double v = cell(t, row, col, &ck);

		if (!given(ck))
			goto offer;
		u->has_prev = 1;
		u->last = v > 0 ? v : 0;
		if (u->last > 0)
			u->anchor = ANCHOR_COLUMN;
		else
			u->anchor = !strcmp(col, "decided_prev") && ck == BOSETT_CELL_NUMBER ? ANCHOR_SAID_NO : ANCHOR_NOT_ASKED;
		goto offer;
	}
	if (!given(rk) && !given(dk))
		goto offer;
	u->has_prev = 1;
	if (given(rk) && u->req_prev <= 0) {
		/* not asked ("." or 0): whatever was decided, nothing was asked */
		u->anchor = ANCHOR_NOT_ASKED;
	} else if (dk == BOSETT_CELL_NUMBER && u->dec_prev == 0) {
		u->anchor = ANCHOR_SAID_NO;
	} else if (u->dec_prev >= 0 && (u->req_prev < 0 || u->dec_prev < u->req_prev)) {
		/* fewer decided than asked (or only a decision): the decision */
		u->anchor = ANCHOR_DECISION;
		u->last = u->dec_prev;
	} else if (u->req_prev > 0) {
		u->anchor = ANCHOR_REQUEST;
		u->last = u->req_prev;
	} else {
		u->anchor = ANCHOR_NOT_ASKED; /* only a "." for the decision */
	}
offer:
	if (u->has_offer && u->offered > 0 && u->last == 0) {
		u->has_prev = 1;
		u->anchor = ANCHOR_OFFERED;
		u->last = u->offered;
	}
	u->prev = u->last;
}

void solve_continuity_anchor(struct problem *p)
{
	double sum = 0, f;

	if (!p->m->continuity_scaled)
		return;
	for (size_t i = 0; i < p->n; i++)
		if (p->mu[i].has_prev)
			sum += p->mu[i].last;
	f = sum > 0 ? (double)(p->quota + p->em_quota) / sum : 1;
	for (size_t i = 0; i < p->n; i++) {
		struct muni *u = &p->mu[i];

		u->prev = u->last * f;
		if (u->anchor == ANCHOR_OFFERED && u->prev > u->offered)
			u->prev = u->offered;
	}
}

/* A number as the reasons write it: ":" (2.5) is "1-4 (suppressed)". */
static const char *num(double v, char *b, size_t n)
{
	if (v == 2.5)
		snprintf(b, n, "1-4 (suppressed)");
	else
		bosett_snprintf(b, n, "%g", v);
	return b;
}

const char *solve_anchor_words(const struct muni *u, char *b, size_t n)
{
	char x[32], y[64] = "";

	if (u->req_prev >= 0)
		snprintf(y, sizeof y, " (IMDi asked for %s)", num(u->req_prev, x, sizeof x));
	switch (u->anchor) {
	case ANCHOR_DECISION:
		snprintf(b, n, "its council decided %s last year%s", num(u->dec_prev, x, sizeof x), y);
		break;
	case ANCHOR_SAID_NO:
		snprintf(b, n, "its council decided 0 last year, saying no%s", y);
		break;
	case ANCHOR_NOT_ASKED:
		snprintf(b, n, "it was not asked last year");
		break;
	case ANCHOR_OFFERED:
		bosett_snprintf(b, n, "it offers %g this year", u->offered);
		break;
	default:
		snprintf(b, n, "last year's %s", num(u->last, x, sizeof x));
		break;
	}
	return b;
}
