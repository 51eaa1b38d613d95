/*
 * improve.h - the local-improvement pass of the approximate mode (private
 * to the solver).
 */
#ifndef BOSETT_SOLVE_IMPROVE_H
#define BOSETT_SOLVE_IMPROVE_H

#include "solve/solve_internal.h"

/* Move people between asked municipalities while it gains, and try
 * asking one fewer or one more where zero_ok: t[i] (people, minors
 * included) stays within [lo[i], hi[i]] where it is not 0, the sum stays,
 * and every regional limit in member (NUSE per municipality, -1 none)
 * holds. Returns the moves made, -1 when out of memory. */
long bosett_improve(const struct problem *p, const struct variant *v, const int *member, long *t, const long *lo,
                    const long *hi, const unsigned char *zero_ok, int max_passes);

#endif
