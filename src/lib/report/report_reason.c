/*
 * report_reason.c - a municipality's reason in the report's language
 * (bosett-report(1)), worded from the facts bosett-solve wrote: the rule
 * that decided the number and proved it (`rule`, `without_rule`,
 * `rule_limit`, `rule_own`, `anchor`, bosett-data(5)) with the message
 * templates of po/nb.po and po/nn.po (English from their msgids), so the
 * three languages say the same rule with the same numbers. Plain county
 * language: what we recommend, then why, then what the number would be
 * without the rule; never one municipality's claim against another's.
 * A table without `rule` (an older bosett-solve) falls back on the English
 * of `binding`, marked.
 */
#include "report/report_impl.h"

#include <math.h>
#include <stdio.h>
#include <string.h>
#include <stdlib.h>

/* "10 personer", "1 person": a number of people in the report's language. */
static const char *people(const struct bosett_report *r, char *buf, size_t n, double v, int dec)
{
	struct bosett_buf b = { 0 };
	char num[64];

	rpt_subst(&b, rpt_msg(r, v == 1 ? M_PERSON : M_PEOPLE), rpt_num(r, num, sizeof num, v, dec), NULL, NULL);
	snprintf(buf, n, "%s", b.data ? b.data : "");
	bosett_buf_free(&b);
	return buf;
}

/* Last year's number as the reasons say it: "1-4" for a suppressed ":". */
static const char *last_num(const struct bosett_report *r, const struct rpt_val *v, char *buf, size_t n)
{
	if (v->kind == BOSETT_CELL_NUMBER)
		return rpt_num(r, buf, n, v->v, -1);
	snprintf(buf, n, "%s", v->kind == BOSETT_CELL_SUPPRESSED ? "1-4" : "0");
	return buf;
}

/* The rule's name in the sentences "Without {6} ..." and "because {6}
 * applies to the other municipalities". */
static const char *rule_name(struct bosett_report *r, const char *rule, struct bosett_buf *b)
{
	static const struct {
		const char *key;
		enum rpt_msg m;
	} names[] = { { "continuity", M_RN_CONT }, { "min_settle", M_RN_MIN }, { "per_capita", M_RN_PER_CAPITA },
		      { "score", M_RN_SCORE }, { "moved_in", M_RN_MOVED_IN }, { "criteria", M_RN_SCORE },
		      { "offered", M_RN_OFFERED } };

	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (!strcmp(names[i].key, rule))
			return rpt_msg(r, names[i].m);
	bosett_buf_free(b);
	rpt_subst(b, rpt_msg(r, M_RN_LIMIT), rpt_limit_short(r, rule), NULL, NULL);
	return b->data ? b->data : "";
}

/* The grounds of a rule that holds the municipality's own number. */
static enum rpt_msg own_rule(const struct rpt_row *u, const struct rpt_val *pv)
{
	const char *k = u->rule;

	if (!strcmp(k, "continuity")) {
		int scaled = u->anchor.kind == BOSETT_CELL_NUMBER && pv && pv->kind != BOSETT_CELL_EMPTY &&
		             fabs(u->anchor.v - (pv->kind == BOSETT_CELL_NUMBER ? pv->v : 2.5)) > 0.005;

		/* held down toward last year's number, and up at the minimum */
		int at_min = !strcmp(u->limit, "min_settle") && u->rec.v > 0 && u->anchor.kind == BOSETT_CELL_NUMBER &&
		             u->anchor.v < u->rec.v;

		if (!strcmp(u->anchor_from, "said_no") && u->rec.v == 0)
			return M_R_CONT_SAID_NO;
		if (!strcmp(u->anchor_from, "decision"))
			return at_min ? M_R_CONT_DECISION_MIN : M_R_CONT_DECISION;
		if (!strcmp(u->anchor_from, "offered"))
			return M_R_CONT_OFFERED; /* its anchor is its offer, not last year's 0 */
		if (at_min)
			return M_R_CONT_MIN;
		if (u->rec.v == 0 &&
		    (!pv || pv->kind == BOSETT_CELL_ABSENT || (pv->kind == BOSETT_CELL_NUMBER && pv->v == 0)))
			return M_R_CONT_NONE;
		return scaled ? M_R_CONT_SCALED : M_R_CONT;
	}
	if (!strcmp(k, "min_settle"))
		return M_R_MIN;
	if (!strcmp(k, "score"))
		return u->rec.v > u->fair.v ? M_R_SCORE_UP : M_R_SCORE_DOWN;
	if (!strcmp(k, "moved_in"))
		return M_R_MOVED_IN;
	if (!strcmp(k, "criteria"))
		return M_R_CRITERIA;
	if (!strcmp(k, "max_settle"))
		return M_R_OWN_CAP;
	if (!strcmp(k, "em_places"))
		return M_R_EM_PLACES;
	/* the municipality's own offer: above it only where the total needs it */
	if (!strcmp(k, "offered"))
		return u->rule_limit.kind == BOSETT_CELL_NUMBER && u->rec.v > u->rule_limit.v ? M_R_OFFERED_ABOVE
		                                                                               : M_R_OFFERED;
	if (!strncmp(k, "region_", 7))
		return M_R_REGION;
	return M_R_CAP;
}

/* Why: the message for the row's rule. */
static enum rpt_msg grounds(const struct rpt_row *u, const struct rpt_val *pv)
{
	if (!strcmp(u->rule, "key"))
		return M_R_KEY;
	if (!strcmp(u->rule, "key_total"))
		return M_R_KEY_TOTAL;
	if (!strcmp(u->rule, "combined"))
		return M_R_COMBINED;
	if (u->rule_own.kind == BOSETT_CELL_NUMBER && u->rule_own.v == 0)
		return u->without.kind == BOSETT_CELL_NUMBER && u->without.v < u->rec.v ? M_R_OTHERS_MORE : M_R_OTHERS_FEWER;
	return own_rule(u, pv);
}

/* Which of last year's numbers the reasons name ({9}): IMDi's request,
 * else the council's decision, else the number settled (r->ref_prev). */
static const char *prev_label(const struct bosett_report *r)
{
	return rpt_msg(r, r->ref_prev == PREV_DEC ? M_R_PREV_DEC : r->ref_prev == PREV_SET ? M_R_PREV_SET : M_R_PREV_REQ);
}

/* Does the message already say last year's number? */
static int says_last(enum rpt_msg m)
{
	return m == M_R_CONT || m == M_R_CONT_SCALED || m == M_R_CONT_NONE || m == M_R_CONT_DECISION ||
	       m == M_R_CONT_SAID_NO || m == M_R_CONT_MIN || m == M_R_CONT_DECISION_MIN || m == M_R_CONT_OFFERED ||
	       m == M_R_CRITERIA;
}

/* Where the criteria moved the number: the one that counts most, and by
 * how much it moves the target (bosett-solve's criterion and
 * criterion_move; issue 20: each departure names its criterion). */
static void main_criterion(struct bosett_report *r, const struct rpt_row *u, struct bosett_buf *b)
{
	const char *words = *u->criterion ? rpt_criterion_words(r, u->criterion) : NULL;
	char by[64];

	if (!words || u->criterion_move.kind != BOSETT_CELL_NUMBER || fabs(u->criterion_move.v) < 0.05)
		return;
	rpt_num(r, by, sizeof by, fabs(u->criterion_move.v), 1);
	rpt_subst(b, rpt_msg(r, u->criterion_move.v > 0 ? M_R_CRIT_MAIN_UP : M_R_CRIT_MAIN_DOWN), words, by, NULL);
}

void rpt_reason(struct bosett_report *r, const struct rpt_row *u, struct bosett_buf *b, int *marked)
{
	char rec[64], fair[64], lim[64], wo[64] = "", lw[64] = "?", num[64], anc[64] = "?", dec[64] = "?";
	const struct rpt_val *pv = r->ref_prev >= 0 ? &u->prev[r->ref_prev] : NULL;
	struct bosett_buf name = { 0 };
	const char *a[9];
	int none = u->rec.kind == BOSETT_CELL_NUMBER && u->rec.v == 0;
	enum rpt_msg m;

	if (!*u->rule) {
		/* an older table: bosett-solve's English, marked in nb and nn */
		if (*u->binding) {
			if (r->lang != BOSETT_LANG_EN) {
				bosett_buf_adds(b, rpt_msg(r, M_REASON_EN));
				*marked = 1;
			}
			bosett_buf_adds(b, u->binding);
		}
		return;
	}
	people(r, rec, sizeof rec, u->rec.kind == BOSETT_CELL_NUMBER ? u->rec.v : 0, -1);
	if (u->fair.kind == BOSETT_CELL_NUMBER)
		people(r, fair, sizeof fair, u->fair.v, 2);
	else
		snprintf(fair, sizeof fair, "?");
	/* the rule's own number: as few decimals as it needs (9,97, never 10,0) */
	if (u->rule_limit.kind != BOSETT_CELL_NUMBER)
		snprintf(lim, sizeof lim, "?");
	else if (!strcmp(u->rule, "continuity") || !strcmp(u->rule, "score") || !strcmp(u->rule, "moved_in") ||
	         !strcmp(u->rule, "criteria"))
		rpt_num(r, lim, sizeof lim, u->rule_limit.v, -1);
	else
		people(r, lim, sizeof lim, u->rule_limit.v, -1);
	if (u->without.kind == BOSETT_CELL_NUMBER)
		people(r, wo, sizeof wo, u->without.v, -1);
	if (pv)
		last_num(r, pv, lw, sizeof lw);
	m = grounds(u, pv);
	if (u->anchor.kind == BOSETT_CELL_NUMBER)
		rpt_num(r, anc, sizeof anc, u->anchor.v, -1);
	if (r->has_prev[PREV_DEC])
		last_num(r, &u->prev[PREV_DEC], dec, sizeof dec);
	a[0] = rec, a[1] = fair, a[2] = lim, a[3] = wo, a[4] = lw, a[6] = anc, a[7] = dec, a[8] = prev_label(r);
	a[5] = m == M_R_CAP || m == M_R_REGION ? rpt_limit_words(r, u->rule) : rule_name(r, u->rule, &name);
	/* what we recommend, why, and what the number would be without the rule */
	rpt_substv(b, rpt_msg(r, none ? M_R_ASK_NONE : M_R_ASK), a, 9);
	/* asked although its council said no last year: said first */
	if (!none && !strcmp(u->anchor_from, "said_no")) {
		bosett_buf_addc(b, ' ');
		rpt_substv(b, rpt_msg(r, M_R_SAID_NO_ASKED), a, 9);
	}
	bosett_buf_addc(b, ' ');
	rpt_substv(b, rpt_msg(r, m), a, 9);
	/* kept near last year's number, and moved from it by the criteria
	 * (the limit that decides, bosett-solve(1) `limit`) */
	if ((m == M_R_CONT || m == M_R_CONT_SCALED || m == M_R_CONT_DECISION) && !strcmp(u->limit, "criteria") &&
	    u->anchor.kind == BOSETT_CELL_NUMBER && u->rec.v != lround(u->anchor.v)) {
		rpt_subst(b, rpt_msg(r, u->rec.v > u->anchor.v ? M_R_CRIT_UP : M_R_CRIT_DOWN), rec, NULL, NULL);
		main_criterion(r, u, b);
	} else if (m == M_R_CRITERIA) {
		main_criterion(r, u, b);
	}
	if (u->without.kind == BOSETT_CELL_NUMBER) {
		a[5] = rule_name(r, u->rule, &name);
		bosett_buf_addc(b, ' ');
		rpt_substv(b, rpt_msg(r, u->without.v == 0 ? M_R_WITHOUT_NONE : none ? M_R_WITHOUT_ASK : M_R_WITHOUT), a,
		           7);
	}
	bosett_buf_free(&name);
	if (u->em.kind == BOSETT_CELL_NUMBER && u->em.v > 0)
		rpt_subst(b, rpt_msg(r, u->em.v == 1 ? M_R_EM_ONE : M_R_EM), rpt_num(r, num, sizeof num, u->em.v, -1), NULL, NULL);
	if (u->shadow.kind == BOSETT_CELL_NUMBER && u->shadow.v > 0 && rpt_limit_is_capacity(u->rule))
		bosett_buf_adds(b, rpt_msg(r, M_R_ONE_MORE));
	/* a large fair share held at 0 by continuity alone: flagged for the
	 * adviser, never ranked; the share as the table prints it. Not in the
	 * letter to IMDi: the sentence before already says what the number
	 * would be without the rule, and the note is the adviser's own */
	if (!strcmp(u->flag, "held_at_zero") && u->fair.kind == BOSETT_CELL_NUMBER && r->fmt != BOSETT_REPORT_ROFF)
		rpt_subst(b, rpt_msg(r, M_R_FLAG), rpt_num(r, num, sizeof num, u->fair.v, 2), NULL, NULL);
	/* last year's number, where the reason did not say it */
	if (!says_last(m) && !(!none && !strcmp(u->anchor_from, "said_no")) && pv && pv->kind != BOSETT_CELL_EMPTY) {
		bosett_buf_addc(b, ' ');
		if (!strcmp(u->anchor_from, "decision") || !strcmp(u->anchor_from, "said_no"))
			rpt_substv(b, rpt_msg(r, M_R_LAST_DECISION), a, 9);
		else if (pv->kind == BOSETT_CELL_ABSENT)
			bosett_buf_adds(b, rpt_msg(r, M_R_LAST_NONE));
		else
			rpt_substv(b, rpt_msg(r, M_R_LAST), (const char *[9]){ lw, NULL, NULL, NULL, NULL, NULL, NULL, NULL, a[8] },
			           9);
	}
}
