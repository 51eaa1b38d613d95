/*
 * criteria.c - the criteria target (bosett(7), CRITERIA): each
 * municipality's number moved from the practice anchor toward better
 * prospects of work and education, inside a corridor. The criteria are
 * bosett-score's index of the table (score_criteria_index, preset
 * imdi-2024: the components with data, each a robust z-score within
 * [-2, 2], weighted; the same figure `bosett-score` writes as `score`),
 * divided by twice its standard deviation among the municipalities solved
 * and centred on its anchor-weighted mean so that the targets keep the
 * anchors' total; the target is anchor x (1 + corridor x index), within
 * the corridor. The value of bosett(7) adds -criteria_weight
 * x |x - target|: one more kink of a concave piecewise-linear value, so
 * every engine still answers exactly. The main decision: the criteria move
 * numbers in proportion to the anchor, never ask a municipality that was
 * not asked, and each component's part is kept to say by how much.
 *
 * Also here: the indicators the trade-off and the backtest weigh by an
 * allocation (employment, unemployment, jobs, introduction results,
 * retention, education), from the table's own columns.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "score/score_impl.h"
#include "solve/solve_internal.h"

/* How an indicator is made from the table. */
enum ind_kind {
	IK_PERCENT,     /* a fraction, shown in per cent */
	IK_JOBS,        /* jobs_per_working_age, or jobs_located / (population x working_age_share) */
	IK_PER_CAPITA   /* the column per inhabitant */
};

static const struct indicator {
	const char *key, *column;
	int kind;       /* enum ind_kind */
} ind[] = {
	{ "employment_rate", "employment_rate", IK_PERCENT },
	{ "unemployment_rate", "unemployment_rate", IK_PERCENT },
	{ "jobs_per_working_age", "jobs_per_working_age", IK_JOBS },
	{ "intro_result", "intro_result", IK_PERCENT },
	{ "retention", "retention", IK_PERCENT },
	{ "norwegian_instruction_share", "norwegian_instruction_share", IK_PERCENT },
	{ "norwegian_training_grant_per_inhabitant", "norwegian_training_grant", IK_PER_CAPITA },
	{ "age_16_19_share", "age_16_19_share", IK_PERCENT },
};
#define NIND ((int)(sizeof ind / sizeof ind[0]))

const char *bosett_indicator_key(int k) { return k >= 0 && k < NIND ? ind[k].key : NULL; }

double bosett_indicator_value(const struct bosett_table *t, size_t i, int k)
{
	double v, pop, was;

	if (bosett_table_get(t, i, ind[k].column, &v) != BOSETT_CELL_NUMBER || !isfinite(v)) {
		if (ind[k].kind != IK_JOBS || bosett_table_get(t, i, "jobs_located", &v) != BOSETT_CELL_NUMBER ||
		    bosett_table_get(t, i, "population", &pop) != BOSETT_CELL_NUMBER ||
		    bosett_table_get(t, i, "working_age_share", &was) != BOSETT_CELL_NUMBER || !(pop * was > 0))
			return NAN;
		return v / (pop * was);
	}
	switch (ind[k].kind) {
	case IK_PERCENT:
		return 100 * v;
	case IK_PER_CAPITA:
		return bosett_table_get(t, i, "population", &pop) == BOSETT_CELL_NUMBER && pop > 0 ? v / pop : NAN;
	default:
		return v;
	}
}

int bosett_criteria_on(const struct bosett_model *m)
{
	return m->criteria_weight > 0;
}

double bosett_criteria_band(const struct bosett_model *m, const struct muni *u)
{
	double c = bosett_criteria_on(m) && u->target >= 0 ? m->corridor / 100 : 0;

	return c > m->continuity_band ? c : m->continuity_band;
}

const char *bosett_criterion_words(const struct problem *p, size_t k)
{
	return k < p->crit_n ? p->crit_label[k] : NULL;
}

const char *bosett_criterion_key(const struct problem *p, size_t k)
{
	return k < p->crit_n ? p->crit_name[k] : NULL;
}

static unsigned long long next_random(unsigned long long *s)
{
	/* xorshift64*: fixed seeds give the same placebo on every machine */
	*s ^= *s >> 12, *s ^= *s << 25, *s ^= *s >> 27;
	return *s * 2685821657736338717ULL;
}

/* The placebo: which municipality's criteria municipality i gets. With a
 * seed the municipalities of each county (fylkenr) are shuffled among
 * themselves (Fisher-Yates, county by county in the order of their numbers). */
static void placebo_order(const struct problem *p, const struct bosett_table *t, size_t *from)
{
	int fcol = bosett_table_icol(t, "fylkenr");
	unsigned long long s = 0x9e3779b97f4a7c15ULL ^ (unsigned long long)p->m->placebo_seed;
	size_t n = p->n;
	struct keyed *g;

	for (size_t i = 0; i < n; i++)
		from[i] = i;
	if (!(p->m->placebo_seed > 0) || !(g = malloc((n ? n : 1) * sizeof *g)))
		return;
	for (size_t i = 0; i < n; i++)
		g[i] = (struct keyed){ fcol >= 0 ? bosett_table_text(t, p->mu[i].row, (size_t)fcol) : "", i };
	qsort(g, n, sizeof *g, score_cmp_keyed);
	for (size_t a = 0, b; a < n; a = b) {
		for (b = a + 1; b < n && strcmp(g[b].key, g[a].key) == 0; b++)
			;
		for (size_t k = b - a; k > 1; k--) {
			size_t r = a + (size_t)(next_random(&s) % k), q = a + k - 1, tmp = from[g[q].row];

			from[g[q].row] = from[g[r].row];
			from[g[r].row] = tmp;
		}
	}
	free(g);
}

/* The components of the index into the problem: names, words, and room
 * for each municipality's moves. -1 when out of memory. */
static int keep_components(struct problem *p, const struct score_index *x)
{
	size_t K = x->ncomps;

	p->crit_n = K;
	p->crit_move = calloc((p->n ? p->n : 1) * (K ? K : 1), sizeof *p->crit_move);
	p->crit_name = calloc(K ? K : 1, sizeof *p->crit_name);
	p->crit_label = calloc(K ? K : 1, sizeof *p->crit_label);
	if (!p->crit_move || !p->crit_name || !p->crit_label)
		return -1;
	for (size_t k = 0; k < K; k++) {
		snprintf(p->crit_name[k], sizeof p->crit_name[k], "%s", x->name[k]);
		snprintf(p->crit_label[k], sizeof p->crit_label[k], "%s", x->label[k] ? x->label[k] : x->name[k]);
	}
	return 0;
}

/* The scale of the index: 1 / (2 x its standard deviation over the
 * municipalities with an anchor), so that the corridor means the same
 * however many components have data (an average of many z-scores spreads
 * less than one); 0 when the index does not vary. */
static double index_scale(const struct problem *p, const struct score_index *x, const size_t *from)
{
	double sum = 0, ss = 0;
	long cnt = 0;

	for (size_t i = 0; i < p->n; i++)
		if (p->mu[i].has_prev && p->mu[i].prev > 0)
			sum += x->index[p->mu[from[i]].row], cnt++;
	for (size_t i = 0; i < p->n && cnt > 1; i++)
		if (p->mu[i].has_prev && p->mu[i].prev > 0) {
			double d = x->index[p->mu[from[i]].row] - sum / (double)cnt;

			ss += d * d;
		}
	return cnt > 1 && ss > 0 ? 1 / (2 * sqrt(ss / (double)(cnt - 1))) : 0;
}

/* Set the targets from the index x (rows in the problem's order, through from[]). */
static void set_targets(struct problem *p, const struct score_index *x, const size_t *from, double *zbar)
{
	double c = p->m->corridor / 100, prev_sum = 0, f = index_scale(p, x, from);
	size_t K = x->ncomps;

	/* centred on the anchors' weighted mean: the targets keep the anchors' total */
	for (size_t i = 0; i < p->n; i++)
		if (p->mu[i].has_prev && p->mu[i].prev > 0) {
			prev_sum += p->mu[i].prev;
			for (size_t k = 0; k < K; k++)
				zbar[k] += p->mu[i].prev * x->contrib[p->mu[from[i]].row * K + k] * f;
		}
	for (size_t k = 0; k < K && prev_sum > 0; k++)
		zbar[k] /= prev_sum;
	for (size_t i = 0; i < p->n; i++) {
		struct muni *u = &p->mu[i];
		double tg;

		if (!u->has_prev || !(u->prev > 0))
			continue;
		tg = u->prev;
		for (size_t k = 0; k < K; k++) {
			double mv = u->prev * c * (x->contrib[p->mu[from[i]].row * K + k] * f - zbar[k]);

			p->crit_move[i * K + k] = mv;
			tg += mv;
		}
		u->target = fmax(u->prev * (1 - c), fmin(u->prev * (1 + c), tg));
	}
}

void bosett_criteria_free(struct problem *p)
{
	if (p->crit_x)
		score_index_free(p->crit_x);
	free(p->crit_x);
	p->crit_x = NULL;
}

/* The table's criteria index: a parent's for a re-solve, else computed
 * once per load (a sweep of scenarios asks for it once per scenario). */
static const struct score_index *criteria_index(struct problem *p, const struct bosett_table *t, char *err)
{
	if (p->crit_shared)
		return p->crit_shared;
	if (p->crit_x)
		return p->crit_x;
	p->crit_x = calloc(1, sizeof *p->crit_x);
	if (!p->crit_x) {
		bosett_err(err, "out of memory");
		return NULL;
	}
	if (score_criteria_index(t, NULL, BOSETT_SCORE_SCOPE_NATION, p->crit_x, err) != BOSETT_OK) {
		free(p->crit_x);
		p->crit_x = NULL;
		return NULL;
	}
	return p->crit_x;
}

int bosett_criteria_targets(struct problem *p, const struct bosett_table *t, char *err)
{
	const struct score_index *xp;
	double *zbar = NULL;
	size_t *from = NULL;
	int rc = -1;

	free(p->crit_move), free(p->crit_name), free(p->crit_label);
	p->crit_move = NULL, p->crit_name = NULL, p->crit_label = NULL;
	p->crit_n = 0;
	for (size_t i = 0; i < p->n; i++)
		p->mu[i].target = -1;
	if (!bosett_criteria_on(p->m))
		return 0;
	if (!(xp = criteria_index(p, t, err)))
		return -1;
	p->crit_weight_on_data = xp->weight_on_data;
	zbar = calloc(xp->ncomps ? xp->ncomps : 1, sizeof *zbar);
	from = malloc((p->n ? p->n : 1) * sizeof *from);
	if (!zbar || !from || keep_components(p, xp) != 0 || xp->nrows < bosett_table_nrows(t)) {
		bosett_err(err, "out of memory");
		goto out;
	}
	placebo_order(p, t, from);
	rc = 0;
	/* no criterion with data, or none that varies: the criteria are not in
	 * force and the model is as it would be without them */
	if (!(index_scale(p, xp, from) > 0))
		goto out;
	for (size_t i = 0; i < p->n; i++)
		p->mu[i].target = p->mu[i].has_prev ? p->mu[i].prev : -1;
	if (p->m->corridor > 0)
		set_targets(p, xp, from, zbar);
	/* else no room to move: the anchor is the target */
out:
	free(zbar);
	free(from);
	return rc;
}

int bosett_criteria_top(const struct problem *p, const struct muni *u, double *move)
{
	size_t i = (size_t)(u - p->mu);
	int best = -1;

	*move = 0;
	if (!p->crit_move || u->target < 0)
		return -1;
	for (size_t k = 0; k < p->crit_n; k++)
		if (fabs(p->crit_move[i * p->crit_n + k]) > fabs(*move)) {
			*move = p->crit_move[i * p->crit_n + k];
			best = (int)k;
		}
	return best;
}
