/*
 * score_model.c - the "score" object of a model file (bosett-model(5)):
 * a preset to start from, the scope, weights by component or column, and
 * which named columns are better when lower. Every key is checked, as the
 * rest of the model is: an unknown key is an error that names it.
 */
#include "score/score_impl.h"
#include "score/score_model.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "io/json_util.h"

static int in_array(const cJSON *arr, const char *name)
{
	const cJSON *it;

	cJSON_ArrayForEach(it, arr)
		if (cJSON_IsString(it) && strcmp(it->valuestring, name) == 0)
			return 1;
	return 0;
}

/* Apply obj to s (s may be a scratch scorer when only checking). */
static int apply(struct bosett_scorer *s, const cJSON *obj, const char *name)
{
	const cJSON *it, *preset, *weights, *lower;

	if (!cJSON_IsObject(obj)) {
		bosett_err(s->err, "%s: key \"score\": not an object", name);
		return -1;
	}
	cJSON_ArrayForEach(it, obj) {
		if (strcmp(it->string, "preset") && strcmp(it->string, "scope") && strcmp(it->string, "weights") &&
		    strcmp(it->string, "lower_is_better")) {
			bosett_err(s->err, "%s: unknown key \"score.%s\" (known: preset, scope, weights, lower_is_better)",
			           name, it->string);
			return -1;
		}
	}
	preset = cJSON_GetObjectItemCaseSensitive(obj, "preset");
	weights = cJSON_GetObjectItemCaseSensitive(obj, "weights");
	lower = cJSON_GetObjectItemCaseSensitive(obj, "lower_is_better");
	it = cJSON_GetObjectItemCaseSensitive(obj, "scope");
	if (it) {
		enum bosett_score_scope scope;

		if (!cJSON_IsString(it) || bosett_score_scope_parse(it->valuestring, &scope) != BOSETT_OK) {
			bosett_err(s->err, "%s: key \"score.scope\": not \"nation\" or \"county\"", name);
			return -1;
		}
		s->scope = (int)scope;
	}
	if (lower) {
		if (!cJSON_IsArray(lower)) {
			bosett_err(s->err, "%s: key \"score.lower_is_better\": not an array of column names", name);
			return -1;
		}
		cJSON_ArrayForEach(it, lower) {
			if (!cJSON_IsString(it)) {
				bosett_err(s->err, "%s: key \"score.lower_is_better\": not an array of column names", name);
				return -1;
			}
			if (score_builtin(it->valuestring)) {
				bosett_err(s->err, "%s: key \"score.lower_is_better\": \"%.40s\" is a built-in component "
				           "with a fixed direction", name, it->valuestring);
				return -1;
			}
			if (!weights || !cJSON_GetObjectItemCaseSensitive(weights, it->valuestring)) {
				bosett_err(s->err, "%s: key \"score.lower_is_better\": \"%.40s\" has no weight", name,
				           it->valuestring);
				return -1;
			}
		}
	}
	if (preset) {
		if (!cJSON_IsString(preset)) {
			bosett_err(s->err, "%s: key \"score.preset\": not a string", name);
			return -1;
		}
		if (bosett_scorer_preset(s, preset->valuestring) != BOSETT_OK) {
			char why[BOSETT_ERRMAX];

			memcpy(why, s->err, sizeof why);
			bosett_err(s->err, "%s: key \"score.preset\": %s", name, why);
			return -1;
		}
	} else if (weights) {
		s->ncomps = 0; /* weights alone: only the components named */
	}
	if (weights) {
		if (!cJSON_IsObject(weights)) {
			bosett_err(s->err, "%s: key \"score.weights\": not an object", name);
			return -1;
		}
		cJSON_ArrayForEach(it, weights) {
			if (!cJSON_IsNumber(it) || !isfinite(it->valuedouble) || it->valuedouble < 0 ||
			    it->valuedouble > 1e6) {
				bosett_err(s->err, "%s: key \"score.weights.%s\": not a number in [0, 1000000]", name,
				           it->string);
				return -1;
			}
			if (score_set_weight(s, it->string, it->valuedouble, lower && in_array(lower, it->string) ? -1 : 1)) {
				char why[BOSETT_ERRMAX];

				memcpy(why, s->err, sizeof why);
				bosett_err(s->err, "%s: key \"score.weights.%s\": %s", name, it->string, why);
				return -1;
			}
		}
		snprintf(s->origin, sizeof s->origin, "model %s%s%s", name, preset ? " over preset " : "",
		         preset ? s->preset : "");
	} else if (preset) {
		snprintf(s->origin, sizeof s->origin, "model %s: preset %s", name, s->preset);
	}
	return 0;
}

int bosett_score_model_check(const struct cJSON *obj, const char *name, char *err)
{
	struct bosett_scorer *s = bosett_scorer_new();

	if (!s) {
		bosett_err(err, "out of memory");
		return -1;
	}
	if (apply(s, obj, name) != 0) {
		memcpy(err, s->err, BOSETT_ERRMAX);
		bosett_scorer_free(s);
		return -1;
	}
	bosett_scorer_free(s);
	return 0;
}

enum bosett_status bosett_scorer_read_model_mem(struct bosett_scorer *s, const char *name, const void *data, size_t len)
{
	cJSON *doc;
	const cJSON *obj;
	int rc = BOSETT_OK;

	s->err[0] = '\0';
	doc = bosett_json_parse(name, data, len, s->err);
	if (!doc) {
		return BOSETT_EDATA;
	}
	if (!cJSON_IsObject(doc)) {
		bosett_err(s->err, "%s: a model is a JSON object", name);
		cJSON_Delete(doc);
		return BOSETT_EDATA;
	}
	obj = cJSON_GetObjectItemCaseSensitive(doc, "score");
	if (obj) {
		struct bosett_scorer save = *s;

		if (apply(s, obj, name) != 0) {
			char err[BOSETT_ERRMAX];

			memcpy(err, s->err, sizeof err);
			*s = save;
			memcpy(s->err, err, sizeof err);
			rc = BOSETT_EDATA;
		}
	}
	cJSON_Delete(doc);
	return bosett_status_of(rc);
}

enum bosett_status bosett_scorer_read_model_file(struct bosett_scorer *s, const char *path)
{
	struct bosett_buf b = { 0 };
	const char *name;
	int rc;

	if (bosett_slurp(path, &b, &name, s->err) != 0)
		return BOSETT_EDATA;
	rc = bosett_scorer_read_model_mem(s, name, b.data ? b.data : "", b.len);
	bosett_buf_free(&b);
	return bosett_status_of(rc);
}
