/*
 * room.c - the regional "room" arithmetic (search/room.h), once: a limit
 * holds use * people up to its capacity, and a count of people is the
 * capacity left over the use, rounded down after BOSETT_EPS_FLOOR, so that
 * every caller agrees on whether one more person fits.
 */
#include <math.h>

#include "search/room.h"
#include "base/tolerance.h"

long bosett_limit_people(const struct problem *p, size_t g)
{
	double people = p->regions[g].capacity / p->m->use[p->regions[g].res];

	return people < 0 ? -1 : (long)floor(people + BOSETT_EPS_FLOOR);
}

long bosett_room(const struct problem *p, const int *member, const double *used, size_t i)
{
	long r = 1L << 40;

	for (int k = 0; k < NUSE; k++) {
		int g = member[i * NUSE + (size_t)k];

		if (g >= 0) {
			long fit = (long)floor((p->regions[g].capacity - used[g]) / p->m->use[k] + BOSETT_EPS_FLOOR);

			if (fit < r)
				r = fit;
		}
	}
	return r;
}

void bosett_room_shift(const struct problem *p, const int *member, double *used, size_t i, long k)
{
	for (int r = 0; r < NUSE; r++) {
		int g = member[i * NUSE + (size_t)r];

		if (g >= 0)
			used[g] += p->m->use[r] * (double)k;
	}
}
