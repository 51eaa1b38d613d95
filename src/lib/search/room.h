/*
 * room.h - the regional "room" arithmetic, once (search/room.c): how many
 * people a regional limit lets in, how many more fit beside what is used,
 * and moving people in or out of the limits a municipality is in. The
 * heuristic, the local moves, the blocks' search and the Lagrangian
 * approximation all count room this way.
 */
#ifndef BOSETT_SEARCH_ROOM_H
#define BOSETT_SEARCH_ROOM_H

#include <stddef.h>

#include "solve/solve_internal.h"

/* Whole people regional limit g lets in (its capacity over the use per
 * person, rounded down); -1 when its capacity is negative. */
long bosett_limit_people(const struct problem *p, size_t g);

/* People that fit in every regional limit of municipality i beside what
 * is used (member: NUSE limits per municipality, -1 none); a large number
 * (2^40) when it is in none. */
long bosett_room(const struct problem *p, const int *member, const double *used, size_t i);

/* k people more (k < 0: fewer) for municipality i in the use of each of
 * its regional limits. */
void bosett_room_shift(const struct problem *p, const int *member, double *used, size_t i, long k);

#endif
