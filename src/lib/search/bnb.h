/*
 * bnb.h - the one branch-and-bound of the exact engines (search/bnb.c):
 * depth first, pruned by a relaxation, with the node bound, the depth
 * bound and the run's deadline in one place. exact.c branches on a
 * municipality (asked or not), regional.c on a block's range (split at a
 * point); each gives the search its relaxation and its two sides.
 */
#ifndef BOSETT_SEARCH_BNB_H
#define BOSETT_SEARCH_BNB_H

#include <stddef.h>

/* Levels of the search at most: each is a decision on the path. */
#define BNB_DEPTH_MAX 20000

/* Where the relaxation says to branch: on what (SIZE_MAX: its allocation
 * keeps every rule, a leaf), at which point, and which side first (0 or 1). */
struct bnb_split {
	size_t what;
	long at;
	int first;
};

struct bnb_ops {
	/* The relaxation at the current node: its bound (-HUGE_VAL when the
	 * node has no allocation) and where to branch. */
	double (*relax)(void *ctx, struct bnb_split *sp);
	/* The true value of the relaxation's allocation at a leaf. */
	double (*leaf)(void *ctx);
	/* Keep the leaf's allocation as the incumbent. */
	void (*keep)(void *ctx);
	/* Enter side 0 or 1 of the split, saving into undo (undo_size bytes)
	 * what up() needs; -1 when that side is empty (not entered). */
	int (*down)(void *ctx, const struct bnb_split *sp, int side, void *undo);
	void (*up)(void *ctx, const struct bnb_split *sp, int side, const void *undo);
	size_t undo_size;
};

struct bnb {
	const struct bnb_ops *ops;
	void *ctx;
	long node_max;            /* nodes at most */
	int (*out_of_time)(const void *clock); /* the run's deadline; NULL: none */
	const void *clock;
	/* out */
	long nodes;
	int have_inc;
	double inc, root_bound;
};

/* Search from the current node: 0 searched to the end (the incumbent, if
 * any, is optimal), -1 gave up (nodes, depth or time), -2 out of memory. */
int bosett_bnb_run(struct bnb *b);

#endif
