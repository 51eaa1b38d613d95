/*
 * moves.c - one set of moves (search/moves.h): how far one can go at one
 * marginal value (a run, to the next breakpoint), the regional room, and
 * the move itself, for the heuristic's repair and the local improvement;
 * the worth of a move (the marginal value of one person more or fewer, the
 * value per person of asking or not asking a municipality) is in moves.h,
 * inline.
 *
 * The one decision: a transfer checks the receiver's room only after the
 * giver's people have left (where they share a regional limit, what one
 * gives is what the other may take), and a run too long for that room is
 * cut to what fits, falling back to one person; so a full region is
 * balanced inside itself as well.
 */
#include "search/moves.h"
#include "search/room.h"

long bosett_moves_run(const struct bosett_moves *mv, size_t i, int dir)
{
	const struct problem *p = mv->p;
	double bp[BOSETT_BP_MAX];
	long t = mv->t[i];
	int nb;

	if (dir > 0) {
		nb = bosett_breakpoints(p->m, &p->mu[i], mv->v, t, mv->hi[i], bp);
		return nb > 1 ? (long)bp[1] - t : 0;
	}
	nb = bosett_breakpoints(p->m, &p->mu[i], mv->v, mv->lo[i], t, bp);
	return nb > 1 ? t - (long)bp[nb - 2] : 0;
}

long bosett_moves_room(const struct bosett_moves *mv, size_t i)
{
	return bosett_room(mv->p, mv->member, mv->used, i);
}

long bosett_moves_fit(struct bosett_moves *mv, size_t from, long k, size_t to)
{
	long fit;

	bosett_room_shift(mv->p, mv->member, mv->used, from, -k);
	fit = bosett_moves_room(mv, to);
	bosett_room_shift(mv->p, mv->member, mv->used, from, k);
	return fit;
}

int bosett_moves_share(const struct bosett_moves *mv, size_t a, size_t b)
{
	const int *ga = mv->member + a * NUSE, *gb = mv->member + b * NUSE;

	for (int r = 0; r < NUSE; r++)
		if (ga[r] >= 0 && ga[r] == gb[r])
			return 1;
	return 0;
}

void bosett_moves_count_use(struct bosett_moves *mv)
{
	for (size_t g = 0; g < mv->p->nregions; g++)
		mv->used[g] = 0;
	for (size_t i = 0; i < mv->p->n; i++)
		bosett_room_shift(mv->p, mv->member, mv->used, i, mv->t[i]);
}

void bosett_moves_add(struct bosett_moves *mv, size_t i, long k)
{
	mv->t[i] += k;
	bosett_room_shift(mv->p, mv->member, mv->used, i, k);
}

long bosett_moves_transfer(struct bosett_moves *mv, size_t from, size_t to, long k)
{
	if (k > 1) {
		/* as many of the run as fit once from's have left */
		long fit = bosett_moves_fit(mv, from, k, to);

		if (fit < k)
			k = fit > 1 ? fit : 1;
	}
	if (k < 1)
		k = 1;
	bosett_moves_add(mv, from, -k);
	if (k > 1 && bosett_moves_room(mv, to) < k) {
		/* fewer leaving left less room: one person, as checked below */
		bosett_moves_add(mv, from, k - 1);
		k = 1;
	}
	if (k == 1 && bosett_moves_room(mv, to) < 1) {
		bosett_moves_add(mv, from, 1);
		return 0;
	}
	bosett_moves_add(mv, to, k);
	return k;
}
