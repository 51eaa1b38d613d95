/*
 * score_fit.c - weights learnt from history (bosett(7), SCORE, "--fit"):
 * the target column is predicted from the components' z-values by least
 * absolute deviations, an LP solved with GLPK's simplex, the weights being
 * the non-negative coefficients divided by their sum. The error on held-out
 * rows (5-fold, by row position) is measured against the median alone, so
 * a user sees whether the fit learnt anything.
 */
#include "score/score_impl.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glpk.h>

#include "base/glpk_call.h"

#include "base/tolerance.h"

#define FOLDS 5
#define FIT_MIN_ROWS 10

/* The least-absolute-deviations LP (score_lad below), run inside GLPK's
 * guard (base/glpk_call.c). */
struct lad {
	const double *y, *Z;
	size_t n, K, m;
	const unsigned char *use;
	double *beta, *b;
	int *ia, *ja;
	double *ar;
	char *err;
};

static int lad_solve(void *arg)
{
	struct lad *a = arg;
	size_t K = a->K, m = a->m, p = 0;
	glp_prob *lp = glp_create_prob();
	glp_smcp parm;
	int st;

	glp_set_obj_dir(lp, GLP_MIN);
	/* columns: 1 = b, 2..K+1 = beta, then ep_i, em_i per row */
	glp_add_cols(lp, (int)(1 + K + 2 * m));
	glp_set_col_bnds(lp, 1, GLP_FR, 0, 0);
	for (size_t k = 0; k < K; k++)
		glp_set_col_bnds(lp, (int)(2 + k), GLP_LO, 0, 0);
	for (size_t r = 0; r < 2 * m; r++) {
		glp_set_col_bnds(lp, (int)(2 + K + r), GLP_LO, 0, 0);
		glp_set_obj_coef(lp, (int)(2 + K + r), 1);
	}
	glp_add_rows(lp, (int)m);
	for (size_t i = 0, r = 0; i < a->n; i++) {
		if (!a->use[i])
			continue;
		r++;
		glp_set_row_bnds(lp, (int)r, GLP_FX, a->y[i], a->y[i]);
		p++, a->ia[p] = (int)r, a->ja[p] = 1, a->ar[p] = 1;
		for (size_t k = 0; k < K; k++)
			p++, a->ia[p] = (int)r, a->ja[p] = (int)(2 + k), a->ar[p] = a->Z[i * K + k];
		p++, a->ia[p] = (int)r, a->ja[p] = (int)(2 + K + 2 * (r - 1)), a->ar[p] = 1;
		p++, a->ia[p] = (int)r, a->ja[p] = (int)(3 + K + 2 * (r - 1)), a->ar[p] = -1;
	}
	glp_load_matrix(lp, (int)p, a->ia, a->ja, a->ar);
	glp_init_smcp(&parm);
	parm.msg_lev = GLP_MSG_OFF;
	parm.presolve = GLP_ON;
	st = glp_simplex(lp, &parm);
	if (st != 0 || glp_get_status(lp) != GLP_OPT) {
		bosett_err(a->err, "the fit's linear programme was not solved (GLPK status %d)", st);
		glp_delete_prob(lp);
		return 1;
	}
	*a->b = glp_get_col_prim(lp, 1);
	for (size_t k = 0; k < K; k++) {
		double v = glp_get_col_prim(lp, (int)(2 + k));

		a->beta[k] = v > BOSETT_EPS_ZERO ? v : 0;
	}
	glp_delete_prob(lp);
	return 0;
}

int score_lad(const double *y, const double *Z, size_t n, size_t K, const unsigned char *use, double *beta,
              double *b, char *err)
{
	/* min sum (ep_i + em_i)  s.t.  b + sum_k beta_k Z_ik + ep_i - em_i = y_i,
	 * b free, beta_k >= 0, ep_i, em_i >= 0 */
	struct lad a = { y, Z, n, K, 0, use, beta, b, NULL, NULL, NULL, err };
	size_t nz;
	int rc = -1;

	for (size_t i = 0; i < n; i++)
		a.m += use[i] != 0;
	if (a.m == 0) {
		bosett_err(err, "no rows to fit");
		return -1;
	}
	nz = a.m * (K + 3);
	a.ia = malloc((nz + 1) * sizeof *a.ia);
	a.ja = malloc((nz + 1) * sizeof *a.ja);
	a.ar = malloc((nz + 1) * sizeof *a.ar);
	if (!a.ia || !a.ja || !a.ar || a.m > 100000 || K > 1000)
		bosett_err(err, a.ia && a.ja && a.ar ? "too large to fit" : "out of memory");
	else if (bosett_glpk_call(lad_solve, &a, err, "the fit failed") == 0)
		rc = 0;
	free(a.ia);
	free(a.ja);
	free(a.ar);
	return rc;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

static double median_of(const double *y, const unsigned char *use, size_t n, double *tmp)
{
	size_t m = 0;

	for (size_t i = 0; i < n; i++)
		if (use[i])
			tmp[m++] = y[i];
	if (!m)
		return 0;
	qsort(tmp, m, sizeof *tmp, cmp_double);
	return m % 2 ? tmp[m / 2] : (tmp[m / 2 - 1] + tmp[m / 2]) / 2;
}

/* No "-0.0000" from rounding noise in the summary. */
static double clean(double v)
{
	return fabs(v) < 5e-5 ? 0 : v;
}

int score_fit_weights(struct bosett_scorer *s, const struct bosett_table *t)
{
	size_t n = s->nrows, K = s->ncomps, F = 0, nrows = 0, used = 0;
	size_t *feat = NULL;
	double *y = NULL, *Z = NULL, *beta = NULL, *tmp = NULL, b = 0;
	unsigned char *has = NULL, *train = NULL;
	double err_fit = 0, err_held = 0, err_base = 0, bsum = 0;
	int rc = -1;

	feat = malloc((K + 1) * sizeof *feat);
	y = malloc((n + 1) * sizeof *y);
	Z = malloc((n * K + 1) * sizeof *Z);
	beta = malloc((K + 1) * sizeof *beta);
	tmp = malloc((n + 1) * sizeof *tmp);
	has = malloc(n + 1);
	train = malloc(n + 1);
	if (!feat || !y || !Z || !beta || !tmp || !has || !train) {
		bosett_err(s->err, "out of memory");
		goto out;
	}
	/* candidates: components with data that are not built on the target */
	for (size_t k = 0; k < K; k++)
		if (strcmp(s->comps[k].column, s->fit_target) != 0 && s->ndata[k] > 0)
			feat[F++] = k;
	if (F == 0) {
		bosett_err(s->err, "%s: --fit %s: no component of the weights has data apart from the target itself",
		           bosett_table_source(t), s->fit_target);
		goto out;
	}
	for (size_t i = 0; i < n; i++) {
		has[i] = bosett_table_get(t, i, s->fit_target, &y[i]) == BOSETT_CELL_NUMBER;
		nrows += has[i];
		for (size_t f = 0; f < F; f++)
			Z[i * F + f] = s->z[i * K + feat[f]];
	}
	if (nrows < FIT_MIN_ROWS) {
		bosett_err(s->err, "%s: column '%s': %zu numbers to fit on, at least %d needed", bosett_table_source(t),
		           s->fit_target, nrows, FIT_MIN_ROWS);
		goto out;
	}
	/* held-out error: fold f holds the f-th, (f+5)-th, ... row with a value */
	for (size_t f = 0; f < FOLDS; f++) {
		double bf, med;
		size_t r = 0;

		for (size_t i = 0; i < n; i++)
			train[i] = has[i] ? (r++ % FOLDS) != f : 0;
		if (score_lad(y, Z, n, F, train, beta, &bf, s->err) != 0)
			goto out;
		med = median_of(y, train, n, tmp);
		r = 0;
		for (size_t i = 0; i < n; i++) {
			double pred = bf;

			if (!has[i] || (r++ % FOLDS) != f)
				continue;
			for (size_t k = 0; k < F; k++)
				pred += beta[k] * Z[i * F + k];
			err_held += fabs(y[i] - pred);
			err_base += fabs(y[i] - med);
		}
	}
	if (score_lad(y, Z, n, F, has, beta, &b, s->err) != 0)
		goto out;
	for (size_t i = 0; i < n; i++) {
		double pred = b;

		if (!has[i])
			continue;
		for (size_t k = 0; k < F; k++)
			pred += beta[k] * Z[i * F + k];
		err_fit += fabs(y[i] - pred);
	}
	for (size_t f = 0; f < F; f++)
		bsum += beta[f];
	if (!(bsum > 0)) {
		bosett_err(s->err, "%s: --fit %s: no component predicts it in its documented direction (every weight 0)",
		           bosett_table_source(t), s->fit_target);
		goto out;
	}
	for (size_t k = 0; k < K; k++)
		s->comps[k].weight = 0;
	for (size_t f = 0; f < F; f++) {
		s->comps[feat[f]].weight = beta[f] / bsum;
		used += beta[f] > 0;
	}
	snprintf(s->origin, sizeof s->origin, "fit on %s (components of %.100s)", s->fit_target, s->preset);
	{
		struct bosett_buf msg = { 0 };

		bosett_buf_printf(&msg, "%zu rows of '%s'; mean absolute error %.4f held out (5-fold), %.4f for the "
		                  "median alone, %.4f in sample; intercept %.4f; %zu of %zu components used:",
		                  nrows, s->fit_target, clean(err_held / (double)nrows), clean(err_base / (double)nrows),
		                  clean(err_fit / (double)nrows), clean(b), used, F);
		for (size_t f = 0; f < F; f++)
			bosett_buf_printf(&msg, " %s %.4f", s->comps[feat[f]].name, beta[f] / bsum);
		snprintf(s->fit_summary, sizeof s->fit_summary, "%s", msg.data ? msg.data : "");
		bosett_buf_free(&msg);
	}
	rc = 0;
out:
	free(feat);
	free(y);
	free(Z);
	free(beta);
	free(tmp);
	free(has);
	free(train);
	return rc;
}
