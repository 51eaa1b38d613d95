/*
 * dp.c - the dynamic programme over the people placed so far: the exact
 * algorithm of exact.c falls back to it when a value is not concave or its
 * search runs long, for models without regional limits or minors.
 *
 * The exact structured algorithm (bosett(7), SOLVING). Without regional
 * limits and minors the model is one total shared out among municipalities
 * whose values are separable: concave on [L, U] and the single point 0. A
 * dynamic programme over the municipalities, with the people placed so far
 * as its state, finds the optimum exactly; each municipality's step is a
 * max-plus convolution with a concave piecewise-linear function, which is a
 * sliding-window maximum along each linear piece, so the whole programme
 * takes O(municipalities x pieces x total) steps. GLPK then only confirms
 * the allocation (every whole number fixed), and its LP gives the prices.
 * Its branch-and-bound alone needs thousands of nodes to prove the national
 * problem when most fair shares are below the minimum.
 */
#include "solve/solver.h"
#include "base/tolerance.h"

int solve_dp_applies(const struct bosett_solver *s)
{
	const struct problem *p = &s->p;
	size_t asked = 0;

	if (s->built.elastic || s->built.max_placed || p->nregions > 0 || p->em_quota > 0 || p->quota < 0)
		return 0;
	for (size_t i = 0; i < p->n; i++)
		asked += p->mu[i].col_x != 0;
	return (double)(asked + 1) * (double)(p->quota + 1) <= DP_CELLS_MAX;
}

/* One municipality in the programme: h[T] = max over its number t of
 * g[T - t] + value(t), for T < W, where t is 0 (when zero_ok) or in
 * [lo, hi] and g is known below reach (-HUGE_VAL: no way there); ch[T] is
 * that t, -1 where there is none. Each linear piece of the value is a
 * sliding-window maximum; dq holds W entries of scratch. Returns the new
 * reach. Shared with the blocks of regional.c. */
size_t solve_dp_step(const struct bosett_model *m, const struct muni *u, const struct variant *v, int zero_ok,
                     long lo, long hi, const double *g, size_t reach, size_t W, double *h, int *ch, long *dq)
{
	double bp[BOSETT_BP_MAX], v0 = bosett_value(m, u, 0, v);
	size_t top;              /* the most people placed so far, +1 */
	int nb;

	for (size_t T = 0; T < reach; T++) {
		h[T] = !zero_ok || g[T] == -HUGE_VAL ? -HUGE_VAL : g[T] + v0;
		ch[T] = h[T] == -HUGE_VAL ? -1 : 0;
	}
	top = lo <= hi && (size_t)hi < W - reach + 1 ? reach + (size_t)hi : W;
	for (size_t T = reach; T < top; T++) {
		h[T] = -HUGE_VAL;
		ch[T] = -1;
	}
	if (lo <= hi) {
		nb = solve_breakpoints(m, u, v, lo, hi, bp);
		for (int j = 0; j < (nb > 1 ? nb - 1 : 1); j++) {
			long x1 = (long)bp[j], x2 = nb > 1 ? (long)bp[j + 1] : x1;
			double y1 = bosett_value(m, u, (double)x1, v), y2 = bosett_value(m, u, (double)x2, v);
			double a = x2 > x1 ? (y2 - y1) / (double)(x2 - x1) : 0;
			size_t head = 0, tail = 0;

			/* h[T] = max over t in [x1, x2] of g[T - t] + y1 + a (t - x1):
			 * with S = T - t, the window maximum of g[S] - a S over
			 * S in [T - x2, T - x1], plus a T + y1 - a x1 */
			for (long T = x1; T < (long)top; T++) {
				long add = T - x1, S;
				double val;

				if ((size_t)add < reach && g[add] != -HUGE_VAL) {
					double fa = g[add] - a * (double)add;

					while (tail > head && g[dq[tail - 1]] - a * (double)dq[tail - 1] <= fa)
						tail--;
					dq[tail++] = add;
				}
				while (tail > head && dq[head] < T - x2)
					head++;
				if (tail == head)
					continue;
				S = dq[head];
				val = g[S] + a * (double)(T - S) + y1 - a * (double)x1;
				if (val > h[T] + BOSETT_EPS_OBJ * (1 + fabs(val))) {
					h[T] = val;
					ch[T] = (int)(T - S);
				}
			}
		}
	}
	/* beyond top nothing is reachable: never read, choices -1 */
	if (top > reach)
		reach = top;
	for (size_t T = reach; T < W; T++)
		ch[T] = -1;
	return reach;
}

/* The optimum into u->x (every municipality); -1 when no allocation exists
 * or out of memory (s->nomem). */
int solve_dp_solve(struct bosett_solver *s)
{
	struct problem *p = &s->p;
	const struct variant *v = &s->built;
	long Q = p->quota;
	size_t W = (size_t)Q + 1, k = 0, asked = 0, reach = 1;
	double *g = malloc(W * sizeof *g), *h = malloc(W * sizeof *h);
	long *dq = malloc(W * sizeof *dq);
	int *choice;
	int rc = -1;

	for (size_t i = 0; i < p->n; i++)
		asked += p->mu[i].col_x != 0;
	choice = malloc((asked ? asked : 1) * W * sizeof *choice);
	if (!g || !h || !dq || !choice) {
		free(g), free(h), free(dq), free(choice);
		solve_nomem(s);
		return -1;
	}
	for (size_t T = 0; T < W; T++)
		g[T] = T ? -HUGE_VAL : 0;
	for (size_t i = 0; i < p->n; i++) {
		struct muni *u = &p->mu[i];
		long L = solve_muni_min(u, v);
		int fixed_y = L == 0 || u->lower > 0;
		double *swap;

		if (!u->col_x)
			continue;
		reach = solve_dp_step(s->m, u, v, !fixed_y, fixed_y ? (u->lower > L ? u->lower : L) : L, u->cap, g,
		                      reach, W, h, choice + k * W, dq);
		k++;
		swap = g, g = h, h = swap;
	}
	if ((size_t)Q < reach && g[Q] != -HUGE_VAL) {
		long T = Q;

		rc = 0;
		for (size_t i = p->n; i-- > 0;) {
			struct muni *u = &p->mu[i];

			u->x = u->e = 0;
			if (!u->col_x)
				continue;
			k--;
			u->x = choice[k * W + (size_t)T];
			T -= u->x;
		}
	}
	free(g), free(h), free(dq), free(choice);
	return rc;
}
