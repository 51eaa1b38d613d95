/* Fuzz target: the solver's options on a fixed table (twelve made-up
 * municipalities, not real figures, with commuting regions, last year's
 * decisions and minors' opt-in). The first bytes choose the totals (one to
 * three scenarios), the minors, the method and the switches; the rest, if
 * any, is read as a model file. Beyond "no crash": a failure leaves a
 * message, and an optimised allocation that is not a shortfall places
 * exactly the total, each number 0 or at least the model's minimum.
 * fuzz-args: -max_len=2048 -dict=model.dict */
#include <string.h>

#include <bosett/bosett.h>

#include "fuzz.h"
#include "base/tolerance.h"

static const char table_csv[] =
	"kommunenr,kommune,population,fylkenr,region,decided_prev,em_optin,score\n"
	"1505,Made-up A,24404,15,r1,20,1,0.6\n"
	"1506,Made-up B,32989,15,r1,25,0,0.4\n"
	"1507,Made-up C,67114,15,r2,40,1,0.7\n"
	"1511,Made-up D,8600,15,r2,10,0,0.3\n"
	"1514,Made-up E,9800,15,r3,0,1,0.5\n"
	"1515,Made-up F,5200,15,r3,10,0,0.2\n"
	"1516,Made-up G,3100,15,r3,0,0,0.9\n"
	"1517,Made-up H,11200,15,r1,12,1,0.1\n"
	"1520,Made-up I,10500,15,r2,0,0,0.5\n"
	"1525,Made-up J,4400,15,r4,0,1,0.6\n"
	"1528,Made-up K,7600,15,r4,10,0,0.8\n"
	"1531,Made-up L,1200,15,r4,0,0,0.4\n";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct bosett_table *t;
	struct bosett_model *m;
	struct bosett_solver *s;
	long quotas[3], ems[3];
	size_t n;
	int rc;
	double min_settle = 10;

	if (size < 8)
		return 0;
	t = bosett_table_new();
	m = bosett_model_new();
	FUZZ_ASSERT(t && m, "new");
	FUZZ_ASSERT(bosett_table_read_mem(t, "fixed.csv", table_csv, sizeof table_csv - 1) == BOSETT_OK,
	            "the fixed table reads");
	bosett_table_sort(t);
	if (size > 8 && bosett_model_read_mem(m, "fuzz-model.json", data + 8, size - 8) != BOSETT_OK) {
		FUZZ_ASSERT(bosett_model_error(m)[0] != '\0', "a failed model read leaves a message");
		bosett_model_free(m);
		bosett_table_free(t);
		return 0;
	}
	bosett_model_get(m, "min_settle", &min_settle);
	s = bosett_solver_new(m);
	FUZZ_ASSERT(s != NULL, "bosett_solver_new");
	n = 1 + data[0] % 3;
	for (size_t k = 0; k < n; k++) {
		/* growing totals up to about 2,000, minors a few of them */
		quotas[k] = (long)(data[1] | (data[2] << 8)) % 1200 + (long)k * (1 + data[3] % 200);
		ems[k] = (long)(data[4] % 16) + (long)k;
	}
	bosett_solver_set_method(s, (enum bosett_method)(data[5] % 5));
	bosett_solver_set_allow_shortfall(s, data[6] & 1);
	bosett_solver_set_rule_prices(s, (data[6] >> 1) & 1);
	bosett_solver_set_approximate(s, (data[6] >> 2) & 1);
	bosett_solver_set_time_limit(s, 0.05 + (data[7] % 4) * 0.05);
	if (n == 1) {
		bosett_solver_set_quota(s, quotas[0]);
		bosett_solver_set_em_quota(s, (data[6] >> 3) & 1 ? ems[0] : 0);
		rc = bosett_solver_run(s, t);
	} else {
		rc = bosett_solver_run_scenarios(s, t, quotas, (data[6] >> 3) & 1 ? ems : NULL, n, NULL, NULL);
	}
	if (rc != BOSETT_OK) {
		FUZZ_ASSERT(bosett_solver_error(s)[0] != '\0', "a failed solve leaves a message");
	} else if (n == 1 && (data[5] % 5) == BOSETT_METHOD_OPTIMISE &&
	           bosett_solver_status(s) != BOSETT_SOLVE_SHORTFALL) {
		size_t col = bosett_table_col(t, "recommended");
		double sum = 0, v;

		FUZZ_ASSERT(col != BOSETT_NPOS, "an allocation has a recommended column");
		for (size_t i = 0; i < bosett_table_nrows(t); i++) {
			FUZZ_ASSERT(bosett_table_cell(t, i, (size_t)col, &v) == BOSETT_CELL_NUMBER, "a number each");
			FUZZ_ASSERT(v == 0 || v >= min_settle - BOSETT_EPS_CAPACITY, "0 or at least the minimum");
			sum += v;
		}
		FUZZ_ASSERT(sum == (double)(quotas[0] + ((data[6] >> 3) & 1 ? ems[0] : 0)) ||
		            bosett_solver_status(s) == BOSETT_SOLVE_FEASIBLE,
		            "the whole total is placed");
	}
	bosett_solver_free(s);
	bosett_model_free(m);
	bosett_table_free(t);
	return 0;
}
