/* Unit tests of the continuity anchor (src/lib/solve/anchor.c, bosett(7)
 * ANCHOR): the lower of last year's request and decision, a council's 0,
 * the offer that makes a municipality eligible, one model column, the
 * scaling that never passes an offer, and the offer as a ceiling in the
 * value. */
#include <bosett/bosett.h>

#include "check.h"
#include "solve/anchor.h"

static const char csv[] =
	"kommunenr,kommune,population,requested_prev,decided_prev,offered\n"
	"0001,Lower,1000,60,15,.\n"   /* decided fewer: the decision */
	"0002,Higher,1000,20,30,.\n"  /* decided more: the request */
	"0003,No,1000,20,0,.\n"       /* said no: 0 */
	"0004,Unasked,1000,.,.,.\n"   /* not asked: 0 */
	"0005,Offers,1000,.,.,20\n"   /* not asked, offers 20: the offer */
	"0006,Waiting,1000,15,.,.\n"  /* no decision registered: the request */
	"0007,Nothing,1000,,,\n";     /* no figures: no continuity */

static struct bosett_table *table(void)
{
	struct bosett_table *t = bosett_table_new();

	if (bosett_table_read_mem(t, "t.csv", csv, strlen(csv)) != 0)
		fprintf(stderr, "%s\n", bosett_table_error(t));
	return t;
}

TEST(anchor_is_the_lower_of_request_and_decision)
{
	struct bosett_table *t = table();
	struct bosett_model *m = bosett_model_new();
	struct muni u[7];
	static const int kind[7] = { ANCHOR_DECISION, ANCHOR_REQUEST, ANCHOR_SAID_NO, ANCHOR_NOT_ASKED,
		                     ANCHOR_OFFERED, ANCHOR_REQUEST, ANCHOR_NONE };
	static const double last[7] = { 15, 20, 0, 0, 20, 15, 0 };
	char b[160];

	memset(u, 0, sizeof u);
	for (size_t i = 0; i < 7; i++) {
		solve_anchor_read(m, t, i, &u[i]);
		CHECK(u[i].anchor == kind[i]);
		CHECK_NUM(u[i].last, last[i]);
		CHECK(u[i].has_prev == (i < 6));
	}
	CHECK(u[4].has_offer && u[4].offered == 20 && !u[0].has_offer);
	CHECK_STR(solve_anchor_words(&u[0], b, sizeof b), "its council decided 15 last year (IMDi asked for 60)");
	CHECK_STR(solve_anchor_words(&u[2], b, sizeof b), "its council decided 0 last year, saying no (IMDi asked for 20)");
	bosett_model_free(m);
	bosett_table_free(t);
}

TEST(anchor_of_one_column_as_the_model_names_it)
{
	struct bosett_table *t = table();
	struct bosett_model *m = bosett_model_new();
	const char *json = "{\"continuity\": {\"column\": \"requested_prev\"}}";
	struct muni u;

	CHECK(bosett_model_read_mem(m, "m", json, strlen(json)) == 0);
	memset(&u, 0, sizeof u);
	solve_anchor_read(m, t, 0, &u);
	CHECK(u.anchor == ANCHOR_COLUMN && u.last == 60);
	solve_anchor_read(m, t, 2, &u);
	CHECK(u.anchor == ANCHOR_COLUMN && u.last == 20); /* the request, though the council said no */
	solve_anchor_read(m, t, 4, &u);
	CHECK(u.anchor == ANCHOR_OFFERED && u.last == 20); /* an offer still makes it eligible */
	bosett_model_free(m);
	bosett_table_free(t);
}

TEST(scaled_anchor_never_passes_an_offer_and_the_offer_is_a_ceiling)
{
	struct bosett_table *t = table();
	struct bosett_model *m = bosett_model_new();
	struct muni u[7];
	struct problem p;
	struct variant v = { 0 };

	memset(u, 0, sizeof u);
	memset(&p, 0, sizeof p);
	for (size_t i = 0; i < 7; i++)
		solve_anchor_read(m, t, i, &u[i]);
	p.m = m, p.mu = u, p.n = 7, p.quota = 140; /* twice the sum of last (70) */
	solve_continuity_anchor(&p);
	CHECK_NUM(u[0].prev, 30);
	CHECK_NUM(u[4].prev, 20); /* 40 scaled, held at the offer */
	/* above the offer each person costs offered_weight (100) more */
	CHECK_NUM((bosett_value(m, &u[4], 20, &v) - bosett_value(m, &u[4], 21, &v)) -
	          (bosett_value(m, &u[4], 19, &v) - bosett_value(m, &u[4], 20, &v)), 100);
	bosett_model_free(m);
	bosett_table_free(t);
}

const struct check_case check_cases[] = {
	CASE(anchor_is_the_lower_of_request_and_decision), CASE(anchor_of_one_column_as_the_model_names_it),
	CASE(scaled_anchor_never_passes_an_offer_and_the_offer_is_a_ceiling), { NULL, NULL }
};

CHECK_MAIN
