/* Unit tests of the one set of moves (src/lib/search/moves.c), which the
 * heuristic's repair and the local improvement share, on small tables (not
 * real figures):
 *   - a transfer counts the room the giver's people leave where the two
 *     share a regional limit, cuts a run to what fits elsewhere, and moves
 *     no one (t and the use as they were) where not one person fits;
 *   - a run keeps one marginal value and ends where it changes. */
#include <bosett/bosett.h>

#include "check.h"
#include "fixture.h"
#include "base/internal.h"
#include "solve/solver.h"
#include "search/moves.h"
#include "fixture_solver.h"

/* Region 1 (A, B) pools 12 jobs, 30 people at 0.4 a person; region 2 (C)
 * 4 jobs, 10 people. */
static const char regions_csv[] = "kommunenr,kommune,population,decided_prev,region,jobs\n"
                                  "9911,A,20000,20,1,8\n"
                                  "9912,B,15000,10,1,4\n"
                                  "9913,C,12000,10,2,4\n";

TEST(transfer_counts_the_room_the_giver_leaves)
{
	struct bosett_model *m = bosett_model_new();
	struct bosett_table *tb = fixture_table(regions_csv);
	struct bosett_solver *s = fixture_loaded(m, tb, 40, 0, NULL);
	long t[3] = { 20, 10, 10 }, lo[3] = { 10, 10, 10 }, hi[3] = { 40, 40, 40 };
	double used[2];
	struct bosett_moves mv;

	CHECK(s != NULL && s->p.n == 3 && s->p.nregions == 2);
	if (!s || s->p.n != 3 || s->p.nregions != 2)
		goto out;
	mv = (struct bosett_moves){ &s->p, &s->built, s->member, t, lo, hi, used };
	bosett_moves_count_use(&mv);
	CHECK(bosett_moves_share(&mv, 0, 1) && !bosett_moves_share(&mv, 0, 2));
	/* both regions full */
	CHECK(bosett_moves_room(&mv, 0) == 0 && bosett_moves_room(&mv, 1) == 0 && bosett_moves_room(&mv, 2) == 0);
	CHECK(bosett_moves_fit(&mv, 0, 5, 1) == 5 && bosett_moves_fit(&mv, 0, 5, 2) == 0);
	/* within region 1: what A gives, B may take */
	CHECK(bosett_moves_transfer(&mv, 0, 1, 5) == 5);
	CHECK(t[0] == 15 && t[1] == 15 && t[2] == 10);
	/* across to full region 2: no one moves, and the use is as it was */
	CHECK(bosett_moves_transfer(&mv, 0, 2, 3) == 0);
	CHECK(bosett_moves_transfer(&mv, 2, 0, 1) == 0);
	CHECK(t[0] == 15 && t[1] == 15 && t[2] == 10);
	CHECK(fabs(used[0] - 12) < BOSETT_EPS_CAPACITY && fabs(used[1] - 4) < BOSETT_EPS_CAPACITY);
	/* room for 2 in region 2: a run of 5 is cut to 2 */
	bosett_moves_add(&mv, 2, -2);
	CHECK(t[2] == 8 && bosett_moves_room(&mv, 2) == 2);
	CHECK(bosett_moves_transfer(&mv, 0, 2, 5) == 2);
	CHECK(t[0] == 13 && t[2] == 10 && bosett_moves_room(&mv, 2) == 0 && bosett_moves_room(&mv, 0) == 2);
out:
	bosett_solver_free(s);
	bosett_table_free(tb);
	bosett_model_free(m);
}

TEST(run_keeps_one_marginal_value)
{
	struct bosett_model *m = bosett_model_new();
	struct fixture_shape sh = { 1500, 30000, 60, 0, FIXTURE_REGION_BLOCKS, FIXTURE_JOBS_UNLIMITED, 0, 0 };
	struct bosett_table *tb = fixture_made_up(5, 12, &sh);
	struct bosett_solver *s = fixture_loaded(m, tb, 100, 0, NULL);
	long t[12], lo[12], hi[12];
	double used[64] = { 0 };
	int runs = 0, ends = 0;

	CHECK(s != NULL && s->p.n == 12 && s->p.nregions < 64);
	for (size_t i = 0; s && i < s->p.n && s->p.n == 12 && s->p.nregions < 64; i++) {
		struct bosett_moves mv = { &s->p, &s->built, s->member, t, lo, hi, used };

		lo[i] = solve_muni_min(&s->p.mu[i], &s->built);
		hi[i] = lo[i] + 80;
		for (t[i] = lo[i]; t[i] < hi[i]; t[i]++) {
			long r = bosett_moves_run(&mv, i, 1), keep = t[i];
			double g = bosett_moves_gain(&mv, i);

			CHECK(r >= 1 && t[i] + r <= hi[i]);
			for (long k = 1; k < r; k++) {
				t[i] = keep + k;
				CHECK(bosett_near(bosett_moves_gain(&mv, i), g, BOSETT_EPS_OBJ));
			}
			t[i] = keep + r;
			if (t[i] < hi[i] && !bosett_near(bosett_moves_gain(&mv, i), g, BOSETT_EPS_OBJ))
				ends++;
			t[i] = keep;
			runs++;
		}
	}
	CHECK(runs == 12 * 80 && ends > 12);
	bosett_solver_free(s);
	bosett_table_free(tb);
	bosett_model_free(m);
}

const struct check_case check_cases[] = {
	CASE(transfer_counts_the_room_the_giver_leaves), CASE(run_keeps_one_marginal_value), { NULL, NULL }
};

CHECK_MAIN
