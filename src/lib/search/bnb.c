/*
 * bnb.c - the one branch-and-bound of the exact engines (search/bnb.h).
 * Depth first, the nearer side first as the engine says, each node pruned
 * when its relaxation is no better than the incumbent (BOSETT_EPS_OBJ). The
 * path is an explicit stack, so a deep search never overflows the C
 * stack; BNB_DEPTH_MAX, the engine's node bound and the run's deadline
 * (checked every 16 nodes) are the only ways it gives up.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "search/bnb.h"
#include "base/tolerance.h"

struct frame {
	struct bnb_split sp;
	int pass;                 /* sides tried: 0, 1 or 2 */
	int in;                   /* inside side (pass - 1)'s subtree */
};

struct path {
	struct frame *f;
	unsigned char *undo;
	size_t n, cap;
};

static int push(struct path *p, const struct bnb_split *sp, size_t undo_size)
{
	if (p->n == p->cap) {
		size_t cap = p->cap ? 2 * p->cap : 64;
		struct frame *f = realloc(p->f, cap * sizeof *f);
		unsigned char *u = f ? realloc(p->undo, cap * (undo_size ? undo_size : 1)) : NULL;

		if (f)
			p->f = f;
		if (!u)
			return -1;
		p->undo = u;
		p->cap = cap;
	}
	p->f[p->n++] = (struct frame){ *sp, 0, 0 };
	return 0;
}

/* One node: counted, checked against the bounds, relaxed; a leaf kept, a
 * split pushed. 0, or -1 to give up, -2 out of memory. */
static int visit(struct bnb *b, struct path *p)
{
	struct bnb_split sp = { SIZE_MAX, 0, 0 };
	double bound;

	if (++b->nodes > b->node_max || p->n > BNB_DEPTH_MAX)
		return -1;
	if (b->out_of_time && b->nodes % 16 == 1 && b->out_of_time(b->clock))
		return -1;
	bound = b->ops->relax(b->ctx, &sp);
	if (b->nodes == 1)
		b->root_bound = bound;
	if (bound == -HUGE_VAL || (b->have_inc && bound <= b->inc + BOSETT_EPS_OBJ * (1 + fabs(b->inc))))
		return 0;
	if (sp.what == SIZE_MAX) {
		double val = b->ops->leaf(b->ctx);

		if (!b->have_inc || val > b->inc) {
			b->inc = val;
			b->have_inc = 1;
			b->ops->keep(b->ctx);
		}
		return 0;
	}
	return push(p, &sp, b->ops->undo_size) == 0 ? 0 : -2;
}

int bosett_bnb_run(struct bnb *b)
{
	struct path p = { 0 };
	size_t us = b->ops->undo_size;
	int rc;

	b->nodes = 0;
	b->have_inc = 0;
	b->inc = b->root_bound = -HUGE_VAL;
	rc = visit(b, &p);
	while (rc == 0 && p.n > 0) {
		struct frame *f = &p.f[p.n - 1];
		void *undo = p.undo + (p.n - 1) * us;
		int side;

		if (f->in) {
			b->ops->up(b->ctx, &f->sp, f->pass == 1 ? f->sp.first : !f->sp.first, undo);
			f->in = 0;
		}
		if (f->pass == 2) {
			p.n--;
			continue;
		}
		side = f->pass++ == 0 ? f->sp.first : !f->sp.first;
		if (b->ops->down(b->ctx, &f->sp, side, undo) != 0)
			continue;
		f->in = 1;
		rc = visit(b, &p);
	}
	/* given up: the engines' states back as they were at the root */
	while (p.n > 0) {
		struct frame *f = &p.f[--p.n];

		if (f->in)
			b->ops->up(b->ctx, &f->sp, f->pass == 1 ? f->sp.first : !f->sp.first, p.undo + p.n * us);
	}
	free(p.f), free(p.undo);
	return rc;
}
