/*
 * Fuzz target: the model reader (bosett-model(5)). A model that reads must
 * write as canonical JSON that reads back to the same text, and the solver
 * must run on it over a small fixed table without crashing, whatever the
 * weights and limits (it may well find no allocation: that is exit 3).
 */
#include <string.h>

#include <bosett/bosett.h>

#include "fuzz.h"

static const char table_csv[] =
	"kommunenr,kommune,population,max_settle,housing_units,adult_ed_seats,score,decided_prev\n"
	"1505,Kristiansund,24404,,40,30,0.5,20\n"
	"1506,Molde,32989,50,,,1.25,.\n"
	"1507,Aalesund,67114,,,,-0.5,35\n"
	"1511,Vanylven,3040,,2,,,\n";

/* The model as canonical JSON in memory (bosett_model_write_json to a
 * memory stream); NULL on failure. */
static char *model_json(struct bosett_model *m)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&buf, &len);
	int bad = !fp || bosett_model_write_json(m, fp) != BOSETT_OK;

	if (fp && fclose(fp) != 0)
		bad = 1;
	if (bad) {
		free(buf);
		return NULL;
	}
	return buf;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct bosett_model *m = bosett_model_new(), *m2 = bosett_model_new();
	struct bosett_table *t;
	struct bosett_solver *s;
	char *json, *json2;

	FUZZ_ASSERT(m && m2, "bosett_model_new");
	if (bosett_model_read_mem(m, "fuzz", data, size) != BOSETT_OK) {
		FUZZ_ASSERT(bosett_model_error(m)[0] != '\0', "a failed read leaves a message");
		goto out;
	}
	json = model_json(m);
	FUZZ_ASSERT(json != NULL, "bosett_model_write_json");
	if (bosett_model_read_mem(m2, "fuzz.json", json, strlen(json)) != BOSETT_OK) {
		fprintf(stderr, "%s\n%s\n", bosett_model_error(m2), json);
		FUZZ_ASSERT(0, "the model written reads back");
	}
	json2 = model_json(m2);
	FUZZ_ASSERT(json2 && strcmp(json, json2) == 0, "model round trip is identical");
	free(json);
	free(json2);

	t = bosett_table_new();
	s = bosett_solver_new(m);
	FUZZ_ASSERT(t && s, "new table and solver");
	FUZZ_ASSERT(bosett_table_read_mem(t, "t.csv", table_csv, sizeof table_csv - 1) == BOSETT_OK,
	            "the fixed table reads");
	bosett_solver_set_quota(s, 60);
	bosett_solver_set_time_limit(s, 1);
	{
		int rc = bosett_solver_run(s, t);

		FUZZ_ASSERT(rc == BOSETT_OK || rc == BOSETT_EINFEASIBLE || rc == BOSETT_EDATA,
		            "the solver returns a known status");
		FUZZ_ASSERT(rc == BOSETT_OK || bosett_solver_error(s)[0] != '\0', "a failed solve leaves a message");
	}
	bosett_solver_free(s);
	bosett_table_free(t);
out:
	bosett_model_free(m);
	bosett_model_free(m2);
	return 0;
}
