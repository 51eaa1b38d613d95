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

/* Municipality i's value with people people. */
double bosett_moves_value(const struct bosett_moves *mv, size_t i, double people);

/* What one person more at i adds to its value (the marginal gain). */
double bosett_moves_gain(const struct bosett_moves *mv, size_t i);

/* What one person fewer at i takes from its value (the marginal loss). */
double bosett_moves_loss(const struct bosett_moves *mv, size_t i);

/* What i's people add over asking it for none (its value at t[i] less its
 * value at 0). */
double bosett_moves_worth(const struct bosett_moves *mv, size_t i);

/* The gain per person of asking i, not asked, for its least number lo[i]
 * (lo[i] > 0). */
double bosett_moves_open_gain(const struct bosett_moves *mv, size_t i);

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
