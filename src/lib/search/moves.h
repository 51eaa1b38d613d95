/*
 * moves.h - one set of moves (search/moves.c): people moved between the
 * municipalities of an allocation while every rule holds, for the
 * heuristic's repair (search/heuristic.c) and the local improvement
 * (search/improve.c). An allocation under moves is t[] (people, minors
 * included) with its bounds and the use of each regional limit, kept
 * together: a move changes both, through the room arithmetic of
 * search/room.c, so the two never drift apart.
 */
#ifndef BOSETT_SEARCH_MOVES_H
#define BOSETT_SEARCH_MOVES_H

#include <math.h>
#include <stddef.h>

#include "solve/solve_internal.h"

/* An allocation under moves. Borrows everything; t[] and used[] are
 * changed by the moves, the rest is read. */
struct bosett_moves {
	const struct problem *p;
	const struct variant *v;
	const int *member;     /* NUSE regional limits per municipality, -1 none */
	long *t;               /* people per municipality, minors included */
	const long *lo, *hi;   /* t[i] within [lo[i], hi[i]] where it is not 0 */
	double *used;          /* each regional limit's use by t[] */
};

/* The worth of moves, inline: the passes evaluate them for every
 * municipality, and a call each costs 4 % of --approximate's instructions. */

/* Municipality i's value with people people. */
static inline double bosett_moves_value(const struct bosett_moves *mv, size_t i, double people)
{
	return bosett_value(mv->p->m, &mv->p->mu[i], people, mv->v);
}

/* What one person more at i adds to its value (the marginal gain). */
static inline double bosett_moves_gain(const struct bosett_moves *mv, size_t i)
{
	const struct bosett_model *m = mv->p->m;
	const struct muni *u = &mv->p->mu[i];
	const struct variant *v = mv->v;
	double t = (double)mv->t[i];

	return bosett_value(m, u, t + 1, v) - bosett_value(m, u, t, v);
}

/* What one person fewer at i takes from its value (the marginal loss). */
static inline double bosett_moves_loss(const struct bosett_moves *mv, size_t i)
{
	const struct bosett_model *m = mv->p->m;
	const struct muni *u = &mv->p->mu[i];
	const struct variant *v = mv->v;
	double t = (double)mv->t[i];

	return bosett_value(m, u, t, v) - bosett_value(m, u, t - 1, v);
}

/* Both margins of i at once, for a pass over every municipality: *gain as
 * bosett_moves_gain where t[i] < hi[i], else -HUGE_VAL; *loss as
 * bosett_moves_loss where t[i] > lo[i], else HUGE_VAL. The value at t[i]
 * is computed once for the two. */
static inline void bosett_moves_margins(const struct bosett_moves *mv, size_t i, double *gain, double *loss)
{
	const struct bosett_model *m = mv->p->m;
	const struct muni *u = &mv->p->mu[i];
	const struct variant *v = mv->v;
	long ti = mv->t[i];
	double t = (double)ti, now;
	int up = ti < mv->hi[i], down = ti > mv->lo[i];

	*gain = -HUGE_VAL;
	*loss = HUGE_VAL;
	if (!up && !down)
		return;
	now = bosett_value(m, u, t, v);
	if (up)
		*gain = bosett_value(m, u, t + 1, v) - now;
	if (down)
		*loss = now - bosett_value(m, u, t - 1, v);
}

/* What i's people add over asking it for none (its value at t[i] less its
 * value at 0). */
static inline double bosett_moves_worth(const struct bosett_moves *mv, size_t i)
{
	return bosett_moves_value(mv, i, (double)mv->t[i]) - bosett_moves_value(mv, i, 0);
}

/* The gain per person of asking i, not asked, for its least number lo[i]
 * (lo[i] > 0). */
static inline double bosett_moves_open_gain(const struct bosett_moves *mv, size_t i)
{
	double lo = (double)mv->lo[i];

	return (bosett_moves_value(mv, i, lo) - bosett_moves_value(mv, i, 0)) / lo;
}

/* People that can move from t[i] up (dir +1) or down (-1) at one marginal
 * value: to the next breakpoint of i's value within [lo[i], hi[i]]; 0 when
 * there is none. Regional room is not counted. */
long bosett_moves_run(const struct bosett_moves *mv, size_t i, int dir);

/* People that fit at i in every regional limit it is in, beside the use
 * (search/room.c); 2^40 when it is in none. */
long bosett_moves_room(const struct bosett_moves *mv, size_t i);

/* Room at to once k of from's people have left (the use restored after). */
long bosett_moves_fit(struct bosett_moves *mv, size_t from, long k, size_t to);

/* Do a and b count in one regional limit? */
int bosett_moves_share(const struct bosett_moves *mv, size_t a, size_t b);

/* The use of each regional limit counted afresh from t[]. */
void bosett_moves_count_use(struct bosett_moves *mv);

/* k people more at i (k < 0: fewer), in t[] and in the use of its limits.
 * No rule is checked: the callers' own moves check what they need. */
void bosett_moves_add(struct bosett_moves *mv, size_t i, long k);

/* Move up to k people from `from` to `to`: as many as fit in to's regional
 * limits once from's have left, at least one. Returns the people moved; 0,
 * and nothing moved, when not even one fits. The bounds are the caller's:
 * k within bosett_moves_run of both keeps them. */
long bosett_moves_transfer(struct bosett_moves *mv, size_t from, size_t to, long k);

#endif
