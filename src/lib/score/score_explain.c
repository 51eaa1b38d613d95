/*
 * score_explain.c - bosett-score --explain: one municipality's score taken
 * apart, component by component, in numbers and in words, with the share
 * of the weights that rests on data and the criteria not represented.
 */
#include "score/score_impl.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define WINSOR SCORE_WINSOR

static const char *num4(char *buf, size_t n, double v)
{
	if (isnan(v))
		snprintf(buf, n, "-");
	else if (fabs(v) >= 10000)
		snprintf(buf, n, "%.0f", v); /* inhabitants, kroner: whole numbers read best */
	else
		snprintf(buf, n, "%.4g", v == 0 ? 0.0 : v);
	return buf;
}

static const char *src_words(int src)
{
	switch (src) {
	case SRC_REGION: return "imputed: median of the other municipalities of its commuting region";
	case SRC_COUNTY: return "imputed: median of its county";
	case SRC_ALL: return "imputed: median of the whole table";
	case SRC_NONE: return "no value anywhere in the table: neutral";
	default: return "from the table";
	}
}

static char *explain_text(struct bosett_scorer *s, const struct bosett_table *t, const char *kommunenr)
{
	long r = bosett_table_ifind(t, kommunenr);
	struct bosett_buf b = { 0 };
	size_t K = s->ncomps, i, nimp = 0;
	double score = 0, pop = 0;
	char a[64], c[64], d[64];
	int kc = bosett_table_icol(t, "kommune"), fc = bosett_table_icol(t, "fylke");

	if (!s->nrows || s->nrows != bosett_table_nrows(t)) {
		bosett_err(s->err, "nothing scored yet");
		return NULL;
	}
	if (r < 0) {
		bosett_err(s->err, "%s: kommunenr %.8s: not in the table", bosett_table_source(t), kommunenr);
		return NULL;
	}
	i = (size_t)r;
	bosett_table_get(t, i, "score", &score);
	bosett_table_get(t, i, "population", &pop);
	bosett_buf_printf(&b, "%s %s", kommunenr, kc >= 0 ? bosett_table_text(t, i, (size_t)kc) : "");
	if (fc >= 0 && *bosett_table_text(t, i, (size_t)fc))
		bosett_buf_printf(&b, " (%s)", bosett_table_text(t, i, (size_t)fc));
	bosett_buf_printf(&b, ", population %.0f\n", pop);
	bosett_buf_printf(&b, "weights: %s; scope: %s (compared with %s)\n", s->origin,
	                  bosett_score_scope_name(s->scope),
	                  s->scope == BOSETT_SCORE_SCOPE_COUNTY ? "the municipalities of its county"
	                                                  : "every municipality in the table");
	bosett_buf_printf(&b, "score %.4f = the sum of the contributions below (weight x z)\n", score);
	bosett_buf_printf(&b, "%.0f %% of the preset's weight rests on data; the weight of the criteria not "
	                  "represented is spread over the others\n\n", round(s->weight_on_data * 100));
	bosett_buf_printf(&b, "%-24s %10s %-7s %10s %7s %7s %12s\n", "component", "value", "source", "median", "z",
	                  "weight", "contribution");
	for (size_t k = 0; k < K; k++) {
		size_t ik = i * K + k;

		double z2 = round(s->z[ik] * 100) / 100;

		bosett_buf_printf(&b, "%-24s %10s %-7s %10s %+7.2f %7.4f %+12.4f\n", s->comps[k].name,
		                  num4(a, sizeof a, s->raw[ik]), score_src_names[s->src[ik]], num4(c, sizeof c, s->med[ik]),
		                  z2 == 0 ? 0.0 : z2, s->wnorm[k], s->contrib[ik]);
	}
	bosett_buf_printf(&b, "%-24s %10s %-7s %10s %7s %7s %+12.4f\n\nIn words:\n", "total", "", "", "", "", "",
	                  score);
	for (size_t k = 0; k < K; k++) {
		const struct score_comp *cp = &s->comps[k];
		size_t ik = i * K + k;
		const char *label = cp->label ? cp->label : cp->column;

		char ykey[160];
		const char *year;

		/* the year of the column, where the table's provenance gives it */
		snprintf(ykey, sizeof ykey, "import.year.%s", cp->column);
		year = bosett_table_meta_get(t, ykey);
		bosett_buf_printf(&b, "- %s (%s%s%s, %s is better%s%s): ", label, cp->unit ? cp->unit : "column ",
		                  cp->unit ? "" : "'", cp->unit ? "" : cp->column, cp->direction > 0 ? "higher" : "lower",
		                  year ? "; figures of " : "", year ? year : "");
		if (s->ndata[k] == 0) {
			bosett_buf_printf(&b, "not represented: no value in the table (no public figure per "
			                  "municipality; the county's survey fills it); its weight is spread over the "
			                  "others.\n");
			continue;
		}
		if (s->src[ik] == SRC_NONE) {
			bosett_buf_printf(&b, "%s; adds nothing.\n", src_words(SRC_NONE));
			continue;
		}
		if (cp->ind == IND_LOG)
			bosett_buf_printf(&b, "%s (e^%s)", num4(d, sizeof d, exp(s->raw[ik])), num4(a, sizeof a, s->raw[ik]));
		else
			bosett_buf_printf(&b, "%s", num4(a, sizeof a, s->raw[ik]));
		if (s->src[ik] != SRC_DATA)
			bosett_buf_printf(&b, " (%s)", src_words(s->src[ik]));
		if (!(s->scale[ik] > 0)) {
			bosett_buf_printf(&b, "; every municipality in the scope has the same value: neutral.\n");
			continue;
		}
		bosett_buf_printf(&b, " against a median of %s%s%s%s", num4(c, sizeof c, cp->ind == IND_LOG ? exp(s->med[ik]) : s->med[ik]),
		                  cp->ind == IND_LOG ? " (e^" : "", cp->ind == IND_LOG ? num4(d, sizeof d, s->med[ik]) : "",
		                  cp->ind == IND_LOG ? ")" : "");
		if (fabs(s->z[ik]) < 0.005)
			bosett_buf_printf(&b, ": at the median");
		else
			bosett_buf_printf(&b, ": %.2f robust standard deviations %s", fabs(s->z[ik]),
			                  s->z[ik] > 0 ? "better" : "worse");
		if (fabs(s->z[ik]) >= WINSOR)
			bosett_buf_printf(&b, " (capped at %g)", WINSOR);
		bosett_buf_printf(&b, "; x weight %.4f %s %.4f.\n", s->wnorm[k], s->contrib[ik] >= 0 ? "adds" : "takes away",
		                  fabs(s->contrib[ik]));
	}
	bosett_buf_printf(&b, "\nResting on imputed values:");
	for (size_t k = 0; k < K; k++)
		if (s->src[i * K + k] != SRC_DATA && s->ndata[k] > 0) {
			bosett_buf_printf(&b, "%s %s (%s)", nimp ? "," : "", s->comps[k].name, score_src_names[s->src[i * K + k]]);
			nimp++;
		}
	bosett_buf_printf(&b, "%s\n", nimp ? "" : " none");
	bosett_buf_printf(&b, "Criteria not represented (no data in the whole table):");
	nimp = 0;
	for (size_t k = 0; k < K; k++)
		if (s->ndata[k] == 0) {
			bosett_buf_printf(&b, "%s %s", nimp ? "," : "", s->comps[k].name);
			nimp++;
		}
	bosett_buf_printf(&b, "%s\n", nimp ? " (weight 0 for everyone: the score rests on the others)" : " none");
	bosett_buf_printf(&b, "\nCorrelation with population (Spearman, %zu municipalities): score %s%s\n", s->nrows,
	                  isnan(s->rho) ? "undefined" : (snprintf(a, sizeof a, "%+.3f", s->rho), a),
	                  isnan(s->rho) ? " (the score is the same everywhere)"
	                  : fabs(s->rho) >= 0.8 ? " (the score mostly ranks municipalities by size)" : "");
	for (size_t k = 0; k < K; k++)
		bosett_buf_printf(&b, "  %-24s %s\n", s->comps[k].name,
		                  isnan(s->rho_comp[k]) ? "undefined (constant)"
		                                        : (snprintf(a, sizeof a, "%+.3f", s->rho_comp[k]), a));
	if (s->fit_summary[0])
		bosett_buf_printf(&b, "\nFit: %s\n", s->fit_summary);
	if (!b.data)
		bosett_err(s->err, "out of memory");
	return b.data;
}

enum bosett_status bosett_scorer_write_explain(struct bosett_scorer *s, const struct bosett_table *t,
                                               const char *kommunenr, FILE *fp)
{
	char *text = explain_text(s, t, kommunenr);
	int bad;

	if (!text) /* the message is set: not in the table, or out of memory */
		return bosett_table_ifind(t, kommunenr) < 0 ? BOSETT_EUSAGE : BOSETT_EDATA;
	bad = fputs(text, fp) < 0;
	if (bad)
		bosett_err(s->err, "write error");
	free(text);
	return bad ? BOSETT_EDATA : BOSETT_OK;
}

