/*
 * report_intro.c - the report's opening and its source line
 * (bosett-report(1)): in the letter, the reference to IMDi's request (its
 * date from the letter file, the county's total, the planning year); in
 * every format what the county recommends, and the distribution key
 * explained once, with the plain population share beside it; under the
 * table the agencies whose data were used ("Kjelde: IMDi, SSB, NAV"), as
 * the data's licence asks.
 */
#include "report/report_impl.h"

#include <stdio.h>
#include <string.h>

void rpt_county_org(const struct bosett_report *r, struct bosett_buf *b)
{
	if (r->county_name)
		rpt_subst(b, rpt_msg(r, M_COUNTY_ORG), r->county_name, NULL, NULL);
	else
		bosett_buf_adds(b, rpt_msg(r, M_COUNTY_FB));
}

/* The county's total as bosett-solve placed it: the total and its minors. */
static double county_total(const struct bosett_report *r)
{
	const char *q = rpt_meta(r, "solve.quota"), *e = rpt_meta(r, "solve.em_quota");
	double vq, ve = 0;

	if (q && bosett_parse_double(q, &vq) == 0 && (!e || bosett_parse_double(e, &ve) == 0))
		return vq + ve;
	return r->total_rec;
}

/* "We refer to IMDi's letter of 15 September 2026 on the settlement of
 * refugees in 2027. IMDi asks the municipalities of Vestland to settle
 * 1,474 people in all." */
static int opening(struct bosett_report *r, FILE *fp, const struct rpt_writer *w)
{
	struct bosett_buf b = { 0 }, of = { 0 };
	const char *year = rpt_year(r), *a[4];
	char num[64];
	int rc;

	if (r->field[RPT_REQUEST_DATE])
		rpt_subst(&of, rpt_msg(r, M_LETTER_OF_DATE), r->field[RPT_REQUEST_DATE], NULL, NULL);
	a[0] = of.data ? of.data : "";
	a[1] = year ? year : rpt_msg(r, M_NEXT_YEAR);
	a[2] = r->county_name ? r->county_name : rpt_msg(r, M_COUNTY_FB);
	rpt_num(r, num, sizeof num, county_total(r), -1);
	a[3] = num;
	rpt_substv(&b, rpt_msg(r, M_LETTER_OPENING), a, 4);
	rc = w->para(r, fp, b.data ? b.data : "");
	bosett_buf_free(&b);
	bosett_buf_free(&of);
	return rc;
}

/* The key in words, once: the square root of the population (the default
 * model), or the key's name. */
static int key_note(struct bosett_report *r, FILE *fp, const struct rpt_writer *w)
{
	const char *key = rpt_meta(r, "solve.fair_key"), *ex = rpt_meta(r, "solve.fair_exponent");
	struct bosett_buf b = { 0 };
	int rc;

	if (!key || !r->has_fair)
		return 0;
	if (!strcmp(key, "population") && ex && !strcmp(ex, "0.5"))
		bosett_buf_adds(&b, rpt_msg(r, M_KEY_SQRT));
	else
		rpt_subst(&b, rpt_msg(r, M_KEY_OTHER), key, NULL, NULL);
	rc = w->para(r, fp, b.data ? b.data : "");
	bosett_buf_free(&b);
	return rc;
}

int rpt_intro(struct bosett_report *r, FILE *fp, const struct rpt_writer *w)
{
	struct bosett_buf org = { 0 }, body = { 0 };
	char num[64];
	int rc = 0;

	if (r->fmt == BOSETT_REPORT_ROFF)
		rc |= opening(r, fp, w);
	rpt_county_org(r, &org);
	rpt_subst(&body, rpt_msg(r, M_LETTER_BODY), org.data ? org.data : "", rpt_num(r, num, sizeof num, r->total_rec, -1),
	          NULL);
	rc |= w->para(r, fp, body.data ? body.data : "");
	bosett_buf_free(&body);
	bosett_buf_free(&org);
	rc |= key_note(r, fp, w);
	return rc;
}

int rpt_source_line(struct bosett_report *r, FILE *fp, const struct rpt_writer *w)
{
	struct bosett_buf b = { 0 };
	int rc = 0;

	bosett_buf_printf(&b, "%s: ", rpt_msg(r, M_SOURCE));
	if (rpt_sources(r, &b) > 0) {
		bosett_buf_addc(&b, '.');
		rc = w->para(r, fp, b.data);
	}
	bosett_buf_free(&b);
	return rc;
}
