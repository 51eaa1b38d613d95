/*
 * score_index.c - the criteria index of every municipality, for the solver
 * and the model (the contract is at the top of score_impl.h): the same
 * computation as bosett-score, read from the table without writing to it,
 * with each component's part, its weight and whether it is represented.
 */
#include "score/score_impl.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

void score_index_free(struct score_index *x)
{
	if (!x)
		return;
	free(x->index);
	free(x->contrib);
	free(x->imputed);
	free(x->weight);
	free(x->represented);
	free(x->name);
	free(x->column);
	free(x->label);
	memset(x, 0, sizeof *x);
}

/* weight x z to the 4 decimals bosett-score writes, so that the index is
 * its score to the last digit */
static double part(double w, double z)
{
	double r = round(w * z * 10000) / 10000;

	return r == 0 ? 0 : r;
}

int score_criteria_index(const struct bosett_table *t, const char *preset, enum bosett_score_scope scope,
                         struct score_index *out, char *err)
{
	struct bosett_scorer *s = bosett_scorer_new();
	size_t n, K;
	int rc;

	memset(out, 0, sizeof *out);
	if (!s) {
		bosett_err(err, "out of memory");
		return BOSETT_EDATA;
	}
	rc = preset ? bosett_scorer_preset(s, preset) : BOSETT_OK;
	bosett_scorer_set_scope(s, scope);
	if (rc == BOSETT_OK)
		rc = score_compute(s, t);
	if (rc != BOSETT_OK) {
		bosett_err(err, "%s", s->err);
		bosett_scorer_free(s);
		return rc;
	}
	n = s->nrows;
	K = s->ncomps;
	out->nrows = n;
	out->ncomps = K;
	out->index = calloc(n + 1, sizeof *out->index);
	out->contrib = calloc(n * K + 1, sizeof *out->contrib);
	out->imputed = calloc(n * K + 1, 1);
	out->weight = calloc(K + 1, sizeof *out->weight);
	out->represented = calloc(K + 1, 1);
	out->name = calloc(K + 1, sizeof *out->name);
	out->column = calloc(K + 1, sizeof *out->column);
	out->label = calloc(K + 1, sizeof *out->label);
	if (!out->index || !out->contrib || !out->imputed || !out->weight || !out->represented || !out->name ||
	    !out->column || !out->label) {
		score_index_free(out);
		bosett_scorer_free(s);
		bosett_err(err, "out of memory");
		return BOSETT_EDATA;
	}
	out->weight_on_data = s->weight_on_data;
	for (size_t k = 0; k < K; k++) {
		out->weight[k] = s->wnorm[k];
		out->represented[k] = s->ndata[k] > 0;
		memcpy(out->name[k], s->comps[k].name, SCORE_NAME_MAX);
		memcpy(out->column[k], s->comps[k].column, SCORE_NAME_MAX);
		out->label[k] = s->comps[k].label ? s->comps[k].label : out->column[k];
	}
	for (size_t i = 0; i < n; i++) {
		double sum = 0;

		for (size_t k = 0; k < K; k++) {
			double c = part(s->wnorm[k], s->z[i * K + k]);

			out->contrib[i * K + k] = c;
			out->imputed[i * K + k] = s->src[i * K + k] != SRC_DATA;
			sum += c;
		}
		out->index[i] = round(sum * 10000) / 10000;
	}
	bosett_scorer_free(s);
	return BOSETT_OK;
}
