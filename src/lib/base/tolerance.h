/*
 * tolerance.h - the library's floating-point tolerances, named once.
 *
 * Every comparison of doubles that must forgive rounding uses one of these
 * names, so that a reader sees which kind of slack a test allows and a
 * change to it is made in one place. They are absolute or relative as the
 * name says; "relative" means scaled by (1 + |reference|), the form every
 * engine already used. Not installed.
 */
#ifndef BOSETT_TOLERANCE_H
#define BOSETT_TOLERANCE_H

#include <math.h>

/* Added before floor() (or taken before ceil()) of a computed count, so
 * that 2.9999999999 people of capacity count as 3: absolute, in the
 * quotient's own unit (people, places). */
#define BOSETT_EPS_FLOOR 1e-9

/* Slack when a usage is compared with a capacity (a region's, a
 * municipality's): absolute, in the capacity's unit. */
#define BOSETT_EPS_CAPACITY 1e-9

/* A value (a price, a fitted coefficient, a difference of claims) this
 * near 0 is 0: absolute. */
#define BOSETT_EPS_ZERO 1e-9

/* Two objective values or bounds closer than this, relative, are equal: an
 * improvement, a prune, a better candidate must beat it. */
#define BOSETT_EPS_OBJ 1e-9

/* Two ratios or remainders (Hamilton remainders, divisor quotients, the
 * Lagrangian's slopes) closer than this are a tie: relative where the
 * caller scales it, else absolute. Finer than BOSETT_EPS_OBJ because these
 * numbers are of order 1 and the order of ties is part of the answer. */
#define BOSETT_EPS_TIE 1e-12

/* Two divisor-method quotients (share / divisor) closer than this are a
 * tie, broken by row order: absolute, the finest step at which quotients of
 * order 1 still differ for real. */
#define BOSETT_EPS_QUOTIENT 1e-15

/* Keeps a relative gap finite where its denominator may be 0. */
#define BOSETT_EPS_DENOM 1e-12

/* The same quantity computed by two methods in a test (two engines, GLPK
 * and the exact search; a closed form and an iteration): relative. Coarser
 * than BOSETT_EPS_OBJ as GLPK's own feasibility tolerance is 1e-7. */
#define BOSETT_EPS_AGREE 1e-6

/* A result compared with GLPK's own (an optimum, a dual price, a fitted
 * coefficient from the simplex): relative; GLPK's primal and dual
 * feasibility tolerances are 1e-7. */
#define BOSETT_EPS_GLPK 1e-7

/* A slack column of GLPK's solution (a rule giving way: a regional limit,
 * a cap) larger than this is really used, smaller is the simplex's noise:
 * absolute, in the rule's unit (people, places); above GLPK's primal
 * feasibility tolerance of 1e-7, so that a rule that holds is never said
 * to give way. */
#define BOSETT_EPS_SLACK 1e-6

/* a > b by more than the objective tolerance, relative to b. */
static inline int bosett_gt_obj(double a, double b)
{
	return a > b + BOSETT_EPS_OBJ * (1 + fabs(b));
}

/* a and b equal within tol relative to b. */
static inline int bosett_near(double a, double b, double tol)
{
	return fabs(a - b) <= tol * (1 + fabs(b));
}

#endif
