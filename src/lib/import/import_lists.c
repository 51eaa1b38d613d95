/*
 * import_lists.c - the municipality list (JSON array of {id, name_no,
 * population, area, language}) and the county list ({id, name} with
 * two-digit ids): the rows of the table and their names.
 */
#include "import/import_impl.h"

#include <math.h>
#include <string.h>

#include <cjson/cJSON.h>

static int read_kommuner_json(struct bosett_import *imp, int file, const void *docp)
{
	const cJSON *doc = docp;
	long idx = 0;
	const cJSON *m;

	imp->inputs[file].rows = 1;
	cJSON_ArrayForEach(m, doc) {
		const cJSON *id = cJSON_GetObjectItemCaseSensitive(m, "id");
		const cJSON *name = cJSON_GetObjectItemCaseSensitive(m, "name_no");
		const cJSON *pop = cJSON_GetObjectItemCaseSensitive(m, "population");
		const cJSON *area = cJSON_GetObjectItemCaseSensitive(m, "area");
		const cJSON *lang = cJSON_GetObjectItemCaseSensitive(m, "language");
		char code[5];
		const char *mf;

		idx++;
		if (!cJSON_IsString(name))
			name = cJSON_GetObjectItemCaseSensitive(m, "name");
		if (!cJSON_IsString(id) || imp_parse_code(id->valuestring, code, NULL) != 0 ||
		    strlen(id->valuestring) != 4) {
			bosett_err(imp->err, "%s: element %ld: 'id': not a 4-digit kommunenummer string",
			           imp_input_name(imp, file), idx);
			return BOSETT_EDATA;
		}
		if (!cJSON_IsString(name)) {
			bosett_err(imp->err, "%s: element %ld (%s): 'name_no': missing", imp_input_name(imp, file),
			           idx, code);
			return BOSETT_EDATA;
		}
		if (imp_fact_add(imp, code, 0, "kommune", BOSETT_CELL_TEXT, 0, name->valuestring, 0, file, idx) != 0)
			return BOSETT_EDATA;
		{
			/* both names, for inputs that give names only (IMDi's key figures) */
			const cJSON *alt = cJSON_GetObjectItemCaseSensitive(m, "name");

			if (imp_name_add(imp, code, name->valuestring) != 0 ||
			    (cJSON_IsString(alt) && imp_name_add(imp, code, alt->valuestring) != 0))
				return BOSETT_EDATA;
		}
		if (pop && !cJSON_IsNull(pop)) {
			if (!cJSON_IsNumber(pop) || pop->valuedouble < 0 || pop->valuedouble != floor(pop->valuedouble)) {
				bosett_err(imp->err, "%s: element %ld (%s): 'population': not a whole number",
				           imp_input_name(imp, file), idx, code);
				return BOSETT_EDATA;
			}
			if (imp_fact_add(imp, code, 0, "population", BOSETT_CELL_NUMBER, pop->valuedouble, NULL, 1,
			                 file, idx) != 0)
				return BOSETT_EDATA;
		}
		if (area && !cJSON_IsNull(area)) {
			if (!cJSON_IsNumber(area) || area->valuedouble < 0) {
				bosett_err(imp->err, "%s: element %ld (%s): 'area': not a number of km2",
				           imp_input_name(imp, file), idx, code);
				return BOSETT_EDATA;
			}
			if (imp_fact_add(imp, code, 0, "area_km2", BOSETT_CELL_NUMBER, area->valuedouble, NULL, 1,
			                 file, idx) != 0)
				return BOSETT_EDATA;
		}
		if (cJSON_IsString(lang)) {
			mf = imp_malform_of(lang->valuestring);
			if (!mf) {
				char q[128];

				bosett_err(imp->err, "%s: element %ld (%s): 'language': not Bokmål, Nynorsk or Nøytral: \"%s\"",
				           imp_input_name(imp, file), idx, code,
				           bosett_quote(lang->valuestring, strlen(lang->valuestring), q, sizeof q));
				return BOSETT_EDATA;
			}
			if (imp_fact_add(imp, code, 0, "malform", BOSETT_CELL_TEXT, 0, mf, 0, file, idx) != 0)
				return BOSETT_EDATA;
		}
	}
	return 0;
}

static int read_fylker_json(struct bosett_import *imp, int file, const void *docp)
{
	const cJSON *doc = docp;
	const cJSON *m;
	long idx = 0;

	cJSON_ArrayForEach(m, doc) {
		const cJSON *id = cJSON_GetObjectItemCaseSensitive(m, "id");
		const cJSON *name = cJSON_GetObjectItemCaseSensitive(m, "name");

		idx++;
		if (!cJSON_IsString(id) || strlen(id->valuestring) != 2 ||
		    strspn(id->valuestring, "0123456789") != 2 || !cJSON_IsString(name)) {
			bosett_err(imp->err, "%s: element %ld: not {\"id\": \"NN\", \"name\": ...}",
			           imp_input_name(imp, file), idx);
			return BOSETT_EDATA;
		}
		if (imp_county_add(imp, id->valuestring, name->valuestring) != 0)
			return BOSETT_EDATA;
	}
	return 0;
}

static int detect_kommuner_json(const void *docp)
{
	const cJSON *doc = docp;
	const cJSON *first = cJSON_IsArray(doc) ? cJSON_GetArrayItem(doc, 0) : NULL;

	return first && cJSON_GetObjectItemCaseSensitive(first, "population");
}

static int detect_fylker_json(const void *docp)
{
	const cJSON *doc = docp;
	const cJSON *first = cJSON_IsArray(doc) ? cJSON_GetArrayItem(doc, 0) : NULL;

	return first && cJSON_IsString(cJSON_GetObjectItemCaseSensitive(first, "id")) &&
	       strlen(cJSON_GetObjectItemCaseSensitive(first, "id")->valuestring) == 2;
}

const struct imp_reader imp_reader_kommuner_json = {
	"kommuner-json",
	"municipality list: JSON array of {id, name_no, population, area, language}",
	.detect_json = detect_kommuner_json, .read_json = read_kommuner_json, .order = 3,
};

const struct imp_reader imp_reader_fylker_json = {
	"fylker-json",
	"county list: JSON array of {id, name} with 2-digit ids",
	.detect_json = detect_fylker_json, .read_json = read_fylker_json, .order = 4,
};
