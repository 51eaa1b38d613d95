/*
 * score.c - the integration-potential score (bosett(7), SCORE): each
 * component's indicator is imputed where missing (region, county, table
 * median, flagged), turned into a robust z-score within the scope
 * (median and MAD, winsorised at +-2) and weighted; the score is the sum of
 * the rounded contributions, so the columns written add up to it exactly.
 * The main decision: a missing value is never zero, it is a neighbour's
 * median, and a component with no data anywhere is neutral (0), never dropped.
 */
#include "score/score_impl.h"
#include "base/number.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define WINSOR SCORE_WINSOR
#define MAD_SD 1.4826      /* MAD of a normal distribution x this = its SD */
#define MEANAD_SD 1.2533   /* mean absolute deviation x this = SD */

static const struct score_comp builtins[] = {
	{ "employment", "employment_rate", IND_COLUMN, 0, 1, "employment rate", "share of residents 20-66", 0, 0, NULL },
	{ "unemployment", "unemployment_rate", IND_COLUMN, 0, -1, "registered unemployment", "share of the labour force", 0, 0, NULL },
	{ "vacancies", "vacancies_per_1000", IND_COLUMN, 0, 1, "job vacancies", "per 1,000 inhabitants", 0, 0, NULL },
	{ "region_employment", "employment_rate", IND_COLUMN, 1, 1, "employment rate of the commuting region", "share, population-weighted", 0, 0, NULL },
	{ "region_unemployment", "unemployment_rate", IND_COLUMN, 1, -1, "registered unemployment of the commuting region", "share, population-weighted", 0, 0, NULL },
	{ "region_vacancies", "vacancies_per_1000", IND_COLUMN, 1, 1, "job vacancies in the commuting region", "per 1,000 inhabitants", 0, 0, NULL },
	{ "intro", "intro_result", IND_COLUMN, 0, 1, "introduction-programme results", "share in work or education a year after, shrunk toward the county", 0, 0, NULL },
	{ "retention", "retention", IND_COLUMN, 0, 1, "retention of settled refugees", "still living there after 0-4 years per person settled in the five years", 0, 0, NULL },
	{ "adult_ed", "adult_ed_seats", IND_PER_1000, 0, 1, "adult-education places", "per 1,000 inhabitants", 0, 0, NULL },
	{ "upper_secondary", "upper_secondary_seats", IND_PER_1000, 0, 1, "upper-secondary places", "per 1,000 inhabitants", 0, 0, NULL },
	{ "region_upper_secondary", "upper_secondary_seats", IND_PER_1000, 1, 1, "upper-secondary places in the commuting region", "per 1,000 inhabitants", 0, 0, NULL },
	{ "housing", "housing_units", IND_PER_1000, 0, 1, "dwellings for settlement", "per 1,000 inhabitants", 0, 0, NULL },
	{ "population", "population", IND_LOG, 0, 1, "population", "natural log of inhabitants", 0, 0, NULL },
	{ "gdp", "gdp_per_capita", IND_COLUMN, 0, 1, "GDP per inhabitant", "NOK per inhabitant", 0, 0, NULL },
	{ "past_reception", "settled_avg3", IND_PER_1000, 0, -1, "refugees settled in the three years before", "per 1,000 inhabitants a year", 0, 1, NULL },
	/* issue 20: the criteria with public data per municipality */
	{ "region_jobs", "jobs_per_working_age", IND_COLUMN, 1, 1, "jobs in the commuting region", "jobs located per resident aged 15-74, population-weighted", 0, 0, NULL },
	{ "school_norwegian", "norwegian_instruction_share", IND_COLUMN, 0, 1, "reinforced Norwegian instruction in school", "share of pupils", 0, 0, NULL },
	{ "adult_norwegian", "norwegian_training_grant", IND_PER_1000, 0, 1, "Norwegian training of adults running", "IMDi's grant, NOK per 1,000 inhabitants", 0, 0, NULL },
	{ "capacity_shown", "settled_avg3", IND_RATIO, 0, 1, "refugees settled against the council's decisions", "settled per person decided, years before", 0, 0, "decided_avg3" },
	{ "recent_settled", "settled_avg3", IND_PER_1000, 0, 1, "refugees settled in the years before (capacity shown)", "per 1,000 inhabitants a year", 0, 1, NULL },
	{ "region_youth", "age_16_19_share", IND_COLUMN, 1, 1, "16-19-year-olds in the commuting region (upper-secondary demand)", "share of residents, population-weighted", 0, 0, NULL },
};
#define NBUILTINS (sizeof builtins / sizeof builtins[0])

struct preset_weight {
	const char *comp;
	double w;
};

static const struct preset {
	const char *name;
	struct preset_weight w[16];
} presets[] = {
	/* our reading of IMDi's 2022/2024 criteria (IMDi published no numbers):
	 * capacity 30 (housing 10, capacity shown 10 + 5, adult-education places
	 * 5), services 30 (introduction results 15, retention 5, Norwegian for
	 * adults 5 and in school 5), the region's labour market and schools 40
	 * (employment 12, unemployment 8, jobs 10, vacancies 5, upper-secondary
	 * places 5). Housing, adult-education places, vacancies and
	 * upper-secondary places have no public figure per municipality: not
	 * represented until a survey column fills them, their weight spread
	 * over the others */
	{ "imdi-2024", { { "housing", 10 }, { "capacity_shown", 10 }, { "recent_settled", 5 }, { "adult_ed", 5 },
	                 { "intro", 15 }, { "retention", 5 }, { "adult_norwegian", 5 }, { "school_norwegian", 5 },
	                 { "region_employment", 12 }, { "region_unemployment", 8 }, { "region_jobs", 10 },
	                 { "region_vacancies", 5 }, { "region_upper_secondary", 5 }, { NULL, 0 } } },
	/* bosattningslagen's kommuntal, 2019 */
	{ "sweden", { { "region_employment", 43 }, { "population", 37 }, { "past_reception", 20 }, { NULL, 0 } } },
	/* the EU's 2015 relocation key */
	{ "eu-2015", { { "population", 40 }, { "gdp", 40 }, { "past_reception", 10 }, { "unemployment", 10 },
	               { NULL, 0 } } },
	{ "population", { { "population", 100 }, { NULL, 0 } } },
};
#define NPRESETS (sizeof presets / sizeof presets[0])

const char *const score_src_names[] = { "data", "region", "county", "all", "none" };

const struct score_comp *score_builtin(const char *name)
{
	for (size_t k = 0; k < NBUILTINS; k++)
		if (strcmp(builtins[k].name, name) == 0)
			return &builtins[k];
	return NULL;
}

const char *bosett_scorer_preset_name(size_t i)
{
	return i < NPRESETS ? presets[i].name : NULL;
}

static void clear_run(struct bosett_scorer *s)
{
	free(s->raw);
	free(s->med);
	free(s->scale);
	free(s->z);
	free(s->contrib);
	free(s->src);
	free(s->wnorm);
	free(s->rho_comp);
	free(s->ndata);
	s->raw = s->med = s->scale = s->z = s->contrib = s->wnorm = s->rho_comp = NULL;
	s->src = NULL;
	s->ndata = NULL;
	s->nrows = 0;
}

struct bosett_scorer *bosett_scorer_new(void)
{
	struct bosett_scorer *s = calloc(1, sizeof *s);

	if (s && bosett_scorer_preset(s, "imdi-2024") != BOSETT_OK) {
		free(s);
		return NULL;
	}
	return s;
}

void bosett_scorer_free(struct bosett_scorer *s)
{
	if (!s)
		return;
	clear_run(s);
	free(s);
}

const char *bosett_scorer_error(const struct bosett_scorer *s)
{
	return s->err;
}

void bosett_scorer_set_scope(struct bosett_scorer *s, enum bosett_score_scope scope)
{
	s->scope = scope;
}

enum bosett_status bosett_scorer_set_fit(struct bosett_scorer *s, const char *target)
{
	if (target && strlen(target) >= sizeof s->fit_target) {
		bosett_err(s->err, "column name too long: \"%.40s\"", target);
		return BOSETT_EUSAGE;
	}
	snprintf(s->fit_target, sizeof s->fit_target, "%s", target ? target : "");
	return BOSETT_OK;
}

int score_set_weight(struct bosett_scorer *s, const char *name, double w, int direction)
{
	const struct score_comp *b = score_builtin(name);
	struct score_comp *c;
	size_t k;

	for (k = 0; k < s->ncomps; k++)
		if (strcmp(s->comps[k].name, name) == 0) {
			s->comps[k].weight = w;
			if (!b)
				s->comps[k].direction = direction;
			return BOSETT_OK;
		}
	if (s->ncomps == SCORE_COMPS_MAX) {
		bosett_err(s->err, "more than %d components", SCORE_COMPS_MAX);
		return BOSETT_EUSAGE;
	}
	if (strlen(name) >= SCORE_NAME_MAX || !*name) {
		bosett_err(s->err, "not a usable component or column name: \"%.40s\"", name);
		return BOSETT_EUSAGE;
	}
	c = &s->comps[s->ncomps++];
	if (b) {
		*c = *b;
	} else {
		memset(c, 0, sizeof *c);
		snprintf(c->name, sizeof c->name, "%s", name);
		snprintf(c->column, sizeof c->column, "%s", name);
		c->ind = IND_COLUMN;
		c->direction = direction;
		c->label = NULL;
		c->unit = NULL;
	}
	c->weight = w;
	return BOSETT_OK;
}

enum bosett_status bosett_scorer_preset(struct bosett_scorer *s, const char *name)
{
	for (size_t p = 0; p < NPRESETS; p++) {
		if (strcmp(presets[p].name, name) != 0)
			continue;
		s->ncomps = 0;
		for (const struct preset_weight *w = presets[p].w; w->comp; w++)
			if (score_set_weight(s, w->comp, w->w, 1) != BOSETT_OK)
				return BOSETT_EUSAGE;
		snprintf(s->preset, sizeof s->preset, "%s", name);
		snprintf(s->origin, sizeof s->origin, "preset %s", name);
		return BOSETT_OK;
	}
	bosett_err(s->err, "unknown preset \"%.40s\" (known: imdi-2024, sweden, eu-2015, population)", name);
	return BOSETT_EUSAGE;
}

/* ---- statistics ---- */

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

/* Median of v[0..n) (sorted in place); NaN for n = 0. */
static double median(double *v, size_t n)
{
	if (n == 0)
		return NAN;
	qsort(v, n, sizeof *v, cmp_double);
	return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/* Average ranks (1-based, ties share their mean rank). */
static void ranks(const double *x, size_t n, double *r, size_t *idx)
{
	for (size_t i = 0; i < n; i++)
		idx[i] = i;
	/* a shell sort of the indices: order among ties does not matter, since
	 * tied values share their mean rank */
	for (size_t gap = n / 2; gap > 0; gap /= 2)
		for (size_t i = gap; i < n; i++) {
			size_t t = idx[i], j = i;

			while (j >= gap && x[idx[j - gap]] > x[t]) {
				idx[j] = idx[j - gap];
				j -= gap;
			}
			idx[j] = t;
		}
	for (size_t i = 0; i < n;) {
		size_t j = i;

		while (j + 1 < n && x[idx[j + 1]] == x[idx[i]])
			j++;
		for (size_t k = i; k <= j; k++)
			r[idx[k]] = (double)(i + j) / 2 + 1;
		i = j + 1;
	}
}

/* Spearman's rank correlation; NaN when either side is constant or n < 3. */
static double spearman(const double *x, const double *y, size_t n)
{
	double *rx, *ry, mx = 0, my = 0, sxy = 0, sxx = 0, syy = 0, out = NAN;
	size_t *idx;

	if (n < 3)
		return NAN;
	rx = malloc(n * sizeof *rx);
	ry = malloc(n * sizeof *ry);
	idx = malloc(n * sizeof *idx);
	if (rx && ry && idx) {
		ranks(x, n, rx, idx);
		ranks(y, n, ry, idx);
		for (size_t i = 0; i < n; i++) {
			mx += rx[i];
			my += ry[i];
		}
		mx /= (double)n;
		my /= (double)n;
		for (size_t i = 0; i < n; i++) {
			sxy += (rx[i] - mx) * (ry[i] - my);
			sxx += (rx[i] - mx) * (rx[i] - mx);
			syy += (ry[i] - my) * (ry[i] - my);
		}
		if (sxx > 0 && syy > 0)
			out = sxy / sqrt(sxx * syy);
	}
	free(rx);
	free(ry);
	free(idx);
	return out;
}

/* ---- the run ---- */

static double round4(double v)
{
	double r = round(v * 10000) / 10000;

	return r == 0 ? 0 : r;
}

/* The groups of each row as numbers 0..n-1: county (fylkenr, else the
 * first two digits of kommunenr), commuting region (region, else the row
 * alone) and the whole table (all 0). Numbered once, so that every
 * statistic below is one pass over the rows, not one per row. */
struct groups {
	size_t *county, *region, *all;
	size_t ncounty, nregion;
	size_t *cnt;      /* n + 1 counters */
	double *buf;      /* n values */
	double *med, *scale, *sw, *sx; /* per group */
};

int score_cmp_keyed(const void *a, const void *b)
{
	const struct keyed *x = a, *y = b;
	int c = strcmp(x->key, y->key);

	return c ? c : (x->row < y->row ? -1 : x->row > y->row);
}

/* Number the distinct keys; the count of groups. */
static size_t number_groups(const char *const *key, size_t n, size_t *id, struct keyed *k)
{
	size_t g = 0;

	for (size_t i = 0; i < n; i++) {
		k[i].key = key[i];
		k[i].row = i;
	}
	qsort(k, n, sizeof *k, score_cmp_keyed);
	for (size_t i = 0; i < n; i++) {
		if (i > 0 && strcmp(k[i].key, k[i - 1].key) != 0)
			g++;
		id[k[i].row] = g;
	}
	return n ? g + 1 : 0;
}

/* Median (and, when scale is wanted, the robust scale) of the values x of
 * the rows with ok set, per group: NaN for a group without values. */
static void group_stats(struct groups *g, size_t n, const size_t *id, size_t G, const double *x,
                        const unsigned char *ok, int want_scale)
{
	size_t *cnt = g->cnt;
	double *buf = g->buf;

	memset(cnt, 0, (G + 1) * sizeof *cnt);
	for (size_t i = 0; i < n; i++)
		if (ok[i])
			cnt[id[i] + 1]++;
	for (size_t q = 0; q < G; q++)
		cnt[q + 1] += cnt[q];
	/* cnt[q] is where group q starts; fill, then step the starts back */
	for (size_t i = 0; i < n; i++)
		if (ok[i])
			buf[cnt[id[i]]++] = x[i];
	for (size_t q = G; q > 0; q--)
		cnt[q] = cnt[q - 1];
	cnt[0] = 0;
	for (size_t q = 0; q < G; q++) {
		double *v = buf + cnt[q], med, sabs = 0;
		size_t m = cnt[q + 1] - cnt[q];

		med = median(v, m);
		g->med[q] = med;
		if (!want_scale)
			continue;
		g->scale[q] = NAN;
		if (m == 0)
			continue;
		for (size_t j = 0; j < m; j++) {
			v[j] = fabs(v[j] - med);
			sabs += v[j];
		}
		g->scale[q] = MAD_SD * median(v, m);
		if (!(g->scale[q] > 0))
			g->scale[q] = MEANAD_SD * sabs / (double)m;
	}
}

/* The municipality-level indicator of component c in row i; 1 if known. */
static int indicator(const struct bosett_table *t, size_t i, const struct score_comp *c, double pop, double *out)
{
	double v;

	enum bosett_cell kind = bosett_table_get(t, i, c->column, &v);

	if (kind == BOSETT_CELL_ABSENT && c->absent_zero)
		v = 0; /* "." in IMDi's history: not asked, so nobody settled (as bosett-solve reads it) */
	else if (kind != BOSETT_CELL_NUMBER)
		return 0;
	switch (c->ind) {
	case IND_PER_1000:
		if (!(pop > 0))
			return 0;
		*out = v / pop * 1000;
		return 1;
	case IND_LOG:
		if (!(v > 0))
			return 0;
		*out = log(v);
		return 1;
	case IND_RATIO: {
		double d;

		if (bosett_table_get(t, i, c->per, &d) != BOSETT_CELL_NUMBER || !(d > 0))
			return 0;
		*out = v / d;
		return 1;
	}
	default:
		*out = v;
		return 1;
	}
}

/* Value, source, scope statistics and z of component k for every row. */
static void component(struct bosett_scorer *s, const struct bosett_table *t, size_t k, const double *pop,
                      struct groups *g, double *x, unsigned char *ok)
{
	const struct score_comp *c = &s->comps[k];
	size_t n = s->nrows, K = s->ncomps, nd = 0;
	const size_t *sid = s->scope == BOSETT_SCORE_SCOPE_COUNTY ? g->county : g->all;
	size_t sG = s->scope == BOSETT_SCORE_SCOPE_COUNTY ? g->ncounty : 1;

	for (size_t i = 0; i < n; i++)
		ok[i] = (unsigned char)indicator(t, i, c, pop[i], &x[i]);
	if (c->region) {
		/* the members taken together: population-weighted mean of those with a value */
		memset(g->sw, 0, g->nregion * sizeof *g->sw);
		memset(g->sx, 0, g->nregion * sizeof *g->sx);
		for (size_t i = 0; i < n; i++)
			if (ok[i]) {
				g->sw[g->region[i]] += pop[i];
				g->sx[g->region[i]] += pop[i] * x[i];
			}
		for (size_t i = 0; i < n; i++) {
			double sw = g->sw[g->region[i]];

			ok[i] = sw > 0;
			x[i] = sw > 0 ? g->sx[g->region[i]] / sw : 0;
		}
	}
	/* a missing value: the first median that exists of region, county, table
	 * (the row itself has no value, so "the other members" are all those with one) */
	for (size_t i = 0; i < n; i++) {
		s->src[i * K + k] = ok[i] ? SRC_DATA : SRC_NONE;
		s->raw[i * K + k] = ok[i] ? x[i] : NAN;
		nd += ok[i];
	}
	s->ndata[k] = nd;
	for (int step = SRC_REGION; step <= SRC_ALL; step++) {
		const size_t *id = step == SRC_REGION ? g->region : step == SRC_COUNTY ? g->county : g->all;
		size_t G = step == SRC_REGION ? g->nregion : step == SRC_COUNTY ? g->ncounty : 1;

		if (step == SRC_REGION && (c->region || !s->has_region))
			continue;
		group_stats(g, n, id, G, x, ok, 0);
		for (size_t i = 0; i < n; i++)
			if (s->src[i * K + k] == SRC_NONE && !isnan(g->med[id[i]])) {
				s->src[i * K + k] = (unsigned char)step;
				s->raw[i * K + k] = g->med[id[i]];
			}
	}
	/* robust z within the scope, from the values in the table only */
	group_stats(g, n, sid, sG, x, ok, 1);
	for (size_t i = 0; i < n; i++) {
		double med = g->med[sid[i]], scale = g->scale[sid[i]], z = 0;

		if (s->src[i * K + k] != SRC_NONE && scale > 0) {
			z = c->direction * (s->raw[i * K + k] - med) / scale;
			if (z > WINSOR)
				z = WINSOR;
			if (z < -WINSOR)
				z = -WINSOR;
			if (z == 0)
				z = 0; /* no "-0" */
		}
		s->med[i * K + k] = med;
		s->scale[i * K + k] = scale;
		s->z[i * K + k] = z;
	}
}

static int alloc_run(struct bosett_scorer *s, size_t n)
{
	size_t K = s->ncomps, nk = n * K > 0 ? n * K : 1;

	clear_run(s);
	s->nrows = n;
	s->raw = malloc(nk * sizeof(double));
	s->med = malloc(nk * sizeof(double));
	s->scale = malloc(nk * sizeof(double));
	s->z = malloc(nk * sizeof(double));
	s->contrib = malloc(nk * sizeof(double));
	s->src = malloc(nk);
	s->wnorm = calloc(K + 1, sizeof(double));
	s->rho_comp = calloc(K + 1, sizeof(double));
	s->ndata = calloc(K + 1, sizeof(size_t));
	if (!s->raw || !s->med || !s->scale || !s->z || !s->contrib || !s->src || !s->wnorm || !s->rho_comp ||
	    !s->ndata) {
		clear_run(s);
		bosett_err(s->err, "out of memory");
		return -1;
	}
	return 0;
}

/* Drop the columns an earlier run wrote, so none of them goes stale. */
static int drop_old_columns(struct bosett_scorer *s, struct bosett_table *t)
{
	struct bosett_buf b = { 0 };
	int stale = 0, rc = 0;

	for (size_t j = 0; j < bosett_table_ncols(t); j++) {
		const char *name = bosett_table_colname(t, j);

		if (strcmp(name, "score") == 0 || strncmp(name, "score_", 6) == 0) {
			stale = 1;
			continue;
		}
		if (strchr(name, ','))
			return 0; /* select cannot name it: keep all, the new values overwrite */
		rc |= bosett_buf_printf(&b, "%s%s", b.len ? "," : "", name);
	}
	if (stale && !rc && bosett_table_select(t, b.data) != BOSETT_OK) {
		bosett_err(s->err, "%s", bosett_table_error(t));
		rc = -1;
	}
	bosett_buf_free(&b);
	return rc ? -1 : 0;
}

/* The score.* keys of the table's provenance, for the report. */
static int set_meta(struct bosett_scorer *s, struct bosett_table *t, size_t nimputed)
{
	struct bosett_buf b = { 0 };
	char num[64];
	int rc = 0;

	rc |= bosett_table_meta_set(t, "score.tool", "bosett-score");
	rc |= bosett_table_meta_set(t, "score.version", bosett_version());
	rc |= bosett_table_meta_set(t, "score.weights_from", s->origin);
	rc |= bosett_table_meta_set(t, "score.scope", bosett_score_scope_name(s->scope));
	for (size_t k = 0; k < s->ncomps; k++)
		rc |= bosett_buf_printf(&b, "%s%s=%.4f", k ? "," : "", s->comps[k].name, s->wnorm[k]);
	rc |= bosett_table_meta_set(t, "score.weights", b.data ? b.data : "");
	bosett_buf_free(&b);
	rc |= bosett_table_meta_set(t, "score.normalisation",
	                      "robust z: (value - median) / (1.4826 x MAD) within the scope, sign by direction, "
	                      "winsorised to [-2, 2]; score = sum of weight x z, weights summing to 1");
	rc |= bosett_table_meta_set(t, "score.imputation",
	                      "missing: median of the other members of the commuting region, else of the county, "
	                      "else of the table; no value anywhere: neutral 0; listed per row in score_imputed");
	snprintf(num, sizeof num, "%zu", nimputed);
	rc |= bosett_table_meta_set(t, "score.imputed_cells", num);
	for (size_t k = 0; k < s->ncomps; k++)
		if (s->ndata[k] == 0)
			rc |= bosett_buf_printf(&b, "%s%s", b.len ? "," : "", s->comps[k].name);
	rc |= bosett_table_meta_set(t, "score.no_data", b.data ? b.data : "");
	bosett_buf_free(&b);
	/* the years of the figures each component rests on, from the table's
	 * provenance (import.year.COLUMN), so that every output can say them */
	for (size_t k = 0; k < s->ncomps; k++) {
		char ykey[SCORE_NAME_MAX + 16];
		const char *y;

		snprintf(ykey, sizeof ykey, "import.year.%s", s->comps[k].column);
		y = s->ndata[k] > 0 ? bosett_table_meta_get(t, ykey) : NULL;
		if (y)
			rc |= bosett_buf_printf(&b, "%s%s %s", b.len ? "; " : "", s->comps[k].name, y);
	}
	if (b.len || bosett_table_meta_get(t, "score.years"))
		rc |= bosett_table_meta_set(t, "score.years", b.data ? b.data : "");
	bosett_buf_free(&b);
	/* the share of the weights given that rests on data: the rest belongs to
	 * criteria not represented (score.no_data), spread over the others */
	bosett_snprintf(num, sizeof num, "%.4f", s->weight_on_data);
	rc |= bosett_table_meta_set(t, "score.weight_on_data", num);
	if (isnan(s->rho))
		snprintf(num, sizeof num, "undefined");
	else
		bosett_snprintf(num, sizeof num, "%.3f", s->rho);
	rc |= bosett_table_meta_set(t, "score.population_correlation", num);
	if (s->fit_target[0] || bosett_table_meta_get(t, "score.fit")) {
		/* without a fit, blank an earlier run's so it cannot be taken for this one's */
		rc |= bosett_table_meta_set(t, "score.fit.column", s->fit_target);
		rc |= bosett_table_meta_set(t, "score.fit", s->fit_summary);
	}
	if (rc)
		bosett_err(s->err, "out of memory");
	return rc ? -1 : 0;
}

/* The table has what the weights name: kommunenr, population, a numeric
 * column per component and the column to fit. BOSETT_OK or the status. */
static int check_table(struct bosett_scorer *s, const struct bosett_table *t, size_t n)
{
	int kcol = bosett_table_icol(t, "kommunenr");

	s->err[0] = '\0';
	s->fit_summary[0] = '\0';
	if (kcol < 0 || bosett_table_icol(t, "population") < 0 || n == 0) {
		bosett_err(s->err, "%s: a table with kommunenr, population and at least one row is needed",
		           bosett_table_source(t));
		return BOSETT_EDATA;
	}
	if (s->ncomps == 0) {
		bosett_err(s->err, "no component has a weight");
		return BOSETT_EUSAGE;
	}
	for (size_t k = 0; k < s->ncomps; k++)
		if (!score_builtin(s->comps[k].name) && bosett_table_icol(t, s->comps[k].column) < 0) {
			bosett_err(s->err, "%s: column '%s': named by the model's weights but not in the table",
			           bosett_table_source(t), s->comps[k].column);
			return BOSETT_EDATA;
		}
	for (size_t k = 0; k < s->ncomps; k++) {
		int cc = bosett_table_icol(t, s->comps[k].column);

		/* a column the model names must hold numbers: text is not silently a gap */
		for (size_t i = 0; cc >= 0 && !score_builtin(s->comps[k].name) && i < n; i++)
			if (bosett_table_cell(t, i, (size_t)cc, NULL) == BOSETT_CELL_TEXT) {
				char q[128];
				const char *txt = bosett_table_text(t, i, (size_t)cc);

				bosett_quote(txt, strlen(txt), q, sizeof q);
				if (bosett_table_row_line(t, i))
					bosett_err(s->err, "%s:%ld: column '%s': not a number: \"%s\"", bosett_table_source(t),
					           bosett_table_row_line(t, i), s->comps[k].column, q);
				else
					bosett_err(s->err, "%s: row %zu: column '%s': not a number: \"%s\"",
					           bosett_table_source(t), i + 1, s->comps[k].column, q);
				return BOSETT_EDATA;
			}
	}
	if (s->fit_target[0] && bosett_table_icol(t, s->fit_target) < 0) {
		bosett_err(s->err, "%s: column '%s': the column to fit is not in the table", bosett_table_source(t),
		           s->fit_target);
		return BOSETT_EDATA;
	}
	return BOSETT_OK;
}

/* Write score, then score_COMPONENT, then score_imputed; counts the
 * imputed cells. 0, or -1 on a table error. */
static int write_scores(struct bosett_scorer *s, struct bosett_table *t, size_t n, size_t *nimputed)
{
	size_t K = s->ncomps;
	int col;

	if (bosett_table_iadd_col(t, "score") < 0)
		return -1;
	for (size_t k = 0; k < K; k++) {
		char name[SCORE_NAME_MAX + 8];

		snprintf(name, sizeof name, "score_%s", s->comps[k].name);
		if (bosett_table_iadd_col(t, name) < 0)
			return -1;
	}
	if (bosett_table_iadd_col(t, "score_imputed") < 0)
		return -1;
	for (size_t i = 0; i < n; i++) {
		struct bosett_buf flags = { 0 };
		double sum = 0;

		for (size_t k = 0; k < K; k++) {
			char name[SCORE_NAME_MAX + 8];
			double cv = round4(s->wnorm[k] * s->z[i * K + k]);

			s->contrib[i * K + k] = cv;
			sum += cv;
			snprintf(name, sizeof name, "score_%s", s->comps[k].name);
			col = bosett_table_icol(t, name);
			if (bosett_table_set_number(t, i, (size_t)col, cv, 4) != 0)
				return -1;
			if (s->src[i * K + k] != SRC_DATA) {
				(*nimputed)++;
				bosett_buf_printf(&flags, "%s%s:%s", flags.len ? ";" : "", s->comps[k].name,
				                  score_src_names[s->src[i * K + k]]);
			}
		}
		col = bosett_table_icol(t, "score");
		if (bosett_table_set_number(t, i, (size_t)col, round4(sum), 4) != 0 ||
		    bosett_table_set_text(t, i, (size_t)bosett_table_icol(t, "score_imputed"), flags.data) != 0) {
			bosett_buf_free(&flags);
			return -1;
		}
		bosett_buf_free(&flags);
	}
	return 0;
}

/* The rank correlation of the score and of each component with population. */
static void correlate(struct bosett_scorer *s, const struct bosett_table *t, size_t n, const double *pop,
                      double *sc, double *tmp)
{
	size_t K = s->ncomps;
	int col = bosett_table_icol(t, "score");

	for (size_t i = 0; i < n; i++)
		bosett_table_cell(t, i, (size_t)col, &sc[i]);
	s->rho = spearman(sc, pop, n);
	for (size_t k = 0; k < K; k++) {
		for (size_t i = 0; i < n; i++)
			tmp[i] = s->z[i * K + k];
		s->rho_comp[k] = spearman(tmp, pop, n);
	}
}

int score_compute(struct bosett_scorer *s, const struct bosett_table *t)
{
	size_t n = bosett_table_nrows(t), K;
	double *pop = NULL, *x = NULL, *tmp = NULL, wsum = 0, wdata = 0;
	unsigned char *ok = NULL;
	struct groups g;
	const char **ckeys = NULL, **rkeys = NULL;
	struct keyed *kb = NULL;
	char (*ckey)[3] = NULL;
	int kcol, fcol, rcol, rc = check_table(s, t, n);

	if (rc != BOSETT_OK)
		return rc;
	rc = BOSETT_EDATA;
	if (alloc_run(s, n) != 0)
		return BOSETT_EDATA;
	kcol = bosett_table_icol(t, "kommunenr");
	fcol = bosett_table_icol(t, "fylkenr");
	rcol = bosett_table_icol(t, "region");
	K = s->ncomps;
	memset(&g, 0, sizeof g);
	pop = malloc(n * sizeof *pop);
	x = malloc(n * sizeof *x);
	tmp = malloc(n * sizeof *tmp);
	ok = malloc(n);
	ckeys = malloc(n * sizeof *ckeys);
	rkeys = malloc(n * sizeof *rkeys);
	kb = malloc(n * sizeof *kb);
	ckey = malloc(n * sizeof *ckey);
	g.county = malloc(n * sizeof *g.county);
	g.region = malloc(n * sizeof *g.region);
	g.all = calloc(n, sizeof *g.all);
	g.cnt = malloc((n + 1) * sizeof *g.cnt);
	g.buf = malloc(n * sizeof *g.buf);
	g.med = malloc(n * sizeof *g.med);
	g.scale = malloc(n * sizeof *g.scale);
	g.sw = malloc(n * sizeof *g.sw);
	g.sx = malloc(n * sizeof *g.sx);
	if (!pop || !x || !tmp || !ok || !ckeys || !rkeys || !kb || !ckey || !g.county || !g.region || !g.all ||
	    !g.cnt || !g.buf || !g.med || !g.scale || !g.sw || !g.sx) {
		bosett_err(s->err, "out of memory");
		goto done;
	}
	s->has_region = 0;
	for (size_t i = 0; i < n; i++) {
		const char *code = bosett_table_text(t, i, (size_t)kcol);

		pop[i] = 0;
		bosett_table_get(t, i, "population", &pop[i]);
		snprintf(ckey[i], sizeof ckey[i], "%.2s", code);
		ckeys[i] = fcol >= 0 && *bosett_table_text(t, i, (size_t)fcol) ? bosett_table_text(t, i, (size_t)fcol)
		                                                              : ckey[i];
		rkeys[i] = rcol >= 0 ? bosett_table_text(t, i, (size_t)rcol) : "";
		if (*rkeys[i])
			s->has_region = 1;
		else
			rkeys[i] = code; /* no region: the municipality alone */
	}
	g.ncounty = number_groups(ckeys, n, g.county, kb);
	g.nregion = number_groups(rkeys, n, g.region, kb);
	for (size_t k = 0; k < K; k++)
		component(s, t, k, pop, &g, x, ok);
	if (s->fit_target[0] && score_fit_weights(s, t) != 0)
		goto done;
	for (size_t k = 0; k < K; k++) {
		wsum += s->comps[k].weight;
		if (s->ndata[k] > 0)
			wdata += s->comps[k].weight;
	}
	if (!(wsum > 0)) {
		bosett_err(s->err, "the weights add up to 0");
		rc = BOSETT_EUSAGE;
		goto done;
	}
	/* a criterion with no value anywhere is not represented: its weight is
	 * spread over those with data, never left to a neutral 0 */
	s->weight_on_data = wdata / wsum;
	for (size_t k = 0; k < K; k++)
		s->wnorm[k] = wdata > 0 && s->ndata[k] > 0 ? s->comps[k].weight / wdata : 0;
	rc = BOSETT_OK;
done:
	free(pop);
	free(x);
	free(tmp);
	free(ok);
	free(ckeys);
	free(rkeys);
	free(kb);
	free(ckey);
	free(g.county);
	free(g.region);
	free(g.all);
	free(g.cnt);
	free(g.buf);
	free(g.med);
	free(g.scale);
	free(g.sw);
	free(g.sx);
	return rc;
}

enum bosett_status bosett_scorer_run(struct bosett_scorer *s, struct bosett_table *t)
{
	size_t n = bosett_table_nrows(t), nimputed = 0;
	double *pop, *sc, *tmp;
	int rc = check_table(s, t, n);

	if (rc != BOSETT_OK)
		return bosett_status_of(rc);
	if (drop_old_columns(s, t) != 0)
		return BOSETT_EDATA;
	rc = score_compute(s, t);
	if (rc != BOSETT_OK)
		return bosett_status_of(rc);
	if (write_scores(s, t, n, &nimputed) != 0) {
		bosett_err(s->err, "%s", bosett_table_error(t));
		return BOSETT_EDATA;
	}
	pop = malloc(n * sizeof *pop);
	sc = malloc(n * sizeof *sc);
	tmp = malloc(n * sizeof *tmp);
	rc = BOSETT_EDATA;
	if (!pop || !sc || !tmp) {
		bosett_err(s->err, "out of memory");
	} else {
		for (size_t i = 0; i < n; i++) {
			pop[i] = 0;
			bosett_table_get(t, i, "population", &pop[i]);
		}
		correlate(s, t, n, pop, sc, tmp);
		if (set_meta(s, t, nimputed) == 0)
			rc = BOSETT_OK;
	}
	free(pop);
	free(sc);
	free(tmp);
	return bosett_status_of(rc);
}

double bosett_scorer_population_correlation(const struct bosett_scorer *s)
{
	return s->nrows ? s->rho : NAN;
}

const char *bosett_scorer_fit_summary(const struct bosett_scorer *s)
{
	return s->fit_summary;
}

const char *bosett_scorer_column(const struct bosett_scorer *s, size_t i)
{
	if (i < s->ncomps)
		return s->comps[i].column;
	return i == s->ncomps && s->fit_target[0] ? s->fit_target : NULL;
}

size_t bosett_scorer_components_with_data(const struct bosett_scorer *s)
{
	size_t n = 0;

	for (size_t k = 0; s->ndata && k < s->ncomps; k++)
		n += s->comps[k].weight > 0 && s->ndata[k] > 0;
	return n;
}
