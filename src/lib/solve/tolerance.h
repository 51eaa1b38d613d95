/*
 * tolerance.h - the solver's named tolerances: each bare 1e-9 of the
 * solver says here what it guards. Values are unchanged from the literals
 * they replace, so results stay identical.
 */
#ifndef BOSETT_SOLVE_TOLERANCE_H
#define BOSETT_SOLVE_TOLERANCE_H

/* Added before floor() of a count of people computed in floating point
 * (capacity / use, a share of a total): 2.9999999999 people are 3. */
#define TOL_PEOPLE 1e-9
/* A regional limit's use compared with its capacity: within this it fits. */
#define TOL_USE 1e-9
/* Relative: two objective values closer than TOL_VALUE * (1 + |v|) are
 * equal (pruning a node, accepting a move, a piece's concavity). */
#define TOL_VALUE 1e-9
/* Relative, for slopes of a value compared on one line (envelopes,
 * tangent points): rounding noise of a difference quotient. */
#define TOL_SLOPE 1e-12
/* A price or a rule's price below this (in value per person) is 0. */
#define TOL_PRICE 1e-9
/* Added to a denominator that may be 0 (a relative gap at objective 0). */
#define TOL_DENOM 1e-12

#endif
