/*
 * anchor.h - the continuity anchor (bosett(7), ANCHOR): what each
 * municipality's number is held near, and what it rests on. The contract
 * is at the top of anchor.c.
 */
#ifndef BOSETT_ANCHOR_H
#define BOSETT_ANCHOR_H

#include "solve/solve_internal.h"

/* What a municipality's anchor rests on (muni.anchor). */
enum anchor_kind {
	ANCHOR_NONE,      /* no figure for last year: no continuity */
	ANCHOR_COLUMN,    /* the model's one column (continuity.column), above 0 */
	ANCHOR_REQUEST,   /* last year's request: the decision is as high, or unknown */
	ANCHOR_DECISION,  /* the council decided fewer than IMDi asked: the decision */
	ANCHOR_SAID_NO,   /* the council decided 0 (said no): 0 */
	ANCHOR_NOT_ASKED, /* IMDi asked for 0, or did not ask: 0 */
	ANCHOR_OFFERED    /* 0 from last year, but the municipality offers places now */
};

/* Read the anchor of table row `row` into u (has_prev, last, prev,
 * anchor, req_prev, dec_prev, offered) by the model's rule. */
void solve_anchor_read(const struct bosett_model *m, const struct bosett_table *t, size_t row, struct muni *u);

/* Scale the anchors to this year's total (continuity.scale "total"):
 * prev = last * total / (sum of last); an offer is never exceeded. */
void solve_continuity_anchor(struct problem *p);

/* The anchor's basis as a clause ("its council decided 15 last year
 * (IMDi asked for 60)", "it was not asked last year"), into b; returns b. */
const char *solve_anchor_words(const struct muni *u, char *b, size_t n);

/* A large fair share left at 0 by continuity alone: flagged to the
 * adviser (explain/annotate.c). */
int solve_held_at_zero(const struct problem *p, const struct muni *u);

#endif
