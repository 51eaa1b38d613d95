/*
 * model.c - the decision model (bosett-model(5)) read from JSON with cJSON
 * over an embedded default. The default follows IMDi's published practice:
 * nobody asked for fewer than 10, a per-capita ceiling, fair share by
 * population. Every key is checked: an unknown key or a value out of range
 * is an error that names it, so a typo never silently changes a result.
 */
#include "model/model_impl.h"

#include <bosett/bosett.h>

#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "io/json_util.h"
#include "score/score_model.h"

const char *const bosett_use_columns[NUSE] = { "housing_units", "adult_ed_seats", "upper_secondary_seats", "jobs" };

/* Scalar keys, their place in the struct and their allowed range. */
struct scalar {
	const char *key;
	size_t off;
	double lo, hi;
	int whole;
};

#define OFF(f) offsetof(struct bosett_model, f)
static const struct scalar scalars[] = {
	{ "min_settle", OFF(min_settle), 0, 1e6, 1 },
	{ "max_per_1000", OFF(max_per_1000), 0, 1000, 0 },
	{ "max_times_average", OFF(max_times_average), 0, 1000, 0 },
	{ "fair_exponent", OFF(fair_exponent), 0, 1, 0 },
	{ "moved_in_weight", OFF(moved_in_weight), 0, 10, 0 },
	{ "fairness_weight", OFF(fairness_weight), 0, 1e6, 0 },
	{ "score_weight", OFF(score_weight), 0, 1e6, 0 },
	{ "em_use", OFF(em_use), 0.01, 100, 0 },
	{ "corridor", OFF(corridor), 0, 100, 0 },
	{ "criteria_weight", OFF(criteria_weight), 0, 1e6, 0 },
	{ "placebo_seed", OFF(placebo_seed), 0, 1e9, 1 },
};

static const struct scalar continuity_scalars[] = {
	{ "band", OFF(continuity_band), 0, 100, 0 },
	{ "weight", OFF(continuity_weight), 0, 1e6, 0 },
};
#undef OFF

static double *field(struct bosett_model *m, size_t off)
{
	return (double *)((char *)m + off);
}

static double field_get(const struct bosett_model *m, size_t off)
{
	return *(const double *)((const char *)m + off);
}

static void set_defaults(struct bosett_model *m)
{
	memset(m, 0, sizeof *m);
	snprintf(m->name, sizeof m->name, "default");
	m->min_settle = 10;
	m->max_per_1000 = 10;
	m->max_times_average = 10;
	snprintf(m->fair_key, sizeof m->fair_key, "population");
	m->fair_exponent = 0.5;
	m->moved_in_weight = 0.5;
	m->fairness_weight = 1;
	m->score_weight = 0.5;
	m->continuity_band = 0.05;
	m->continuity_weight = 3;
	m->continuity_scaled = 1;
	m->use[USE_HOUSING] = 0.4;
	m->use[USE_ADULT_ED] = 0.7;
	m->use[USE_UPPER_SEC] = 0.1;
	m->use[USE_JOBS] = 0.4;
	m->regional[USE_UPPER_SEC] = 1;
	m->regional[USE_JOBS] = 1;
	m->em_use = 1;
	m->corridor = 20;
	m->criteria_weight = 2;
}

struct bosett_model *bosett_model_new(void)
{
	struct bosett_model *m = malloc(sizeof *m);

	if (m)
		set_defaults(m);
	return m;
}

void bosett_model_free(struct bosett_model *m)
{
	free(m);
}

enum bosett_status bosett_model_input(const struct bosett_model *m, const char **name, unsigned long long *bytes,
                                      const char **sha256hex)
{
	if (!m->input_name[0])
		return BOSETT_EUSAGE;
	*name = m->input_name;
	*bytes = m->input_bytes;
	*sha256hex = m->input_sha256;
	return BOSETT_OK;
}

const char *bosett_model_error(const struct bosett_model *m)
{
	return m->err;
}

const char *bosett_model_name(const struct bosett_model *m)
{
	return m->name;
}

static int read_scalar(struct bosett_model *m, const char *name, const char *path,
                       const struct scalar *s, const cJSON *v)
{
	double x;

	if (!cJSON_IsNumber(v)) {
		bosett_err(m->err, "%s: key \"%s\": not a number", name, path);
		return -1;
	}
	x = v->valuedouble;
	if (s->whole && isfinite(x) && x != floor(x)) {
		char buf[64];

		bosett_err(m->err, "%s: key \"%s\": not a whole number: %s", name, path,
		           bosett_format_double(buf, sizeof buf, x));
		return -1;
	}
	if (!isfinite(x) || x < s->lo || x > s->hi) {
		char buf[64], lo[64], hi[64];

		bosett_err(m->err, "%s: key \"%s\": %s %s out of range [%s, %s]", name, path,
		           s->whole ? "whole number" : "value", bosett_format_double(buf, sizeof buf, x),
		           bosett_format_double(lo, sizeof lo, s->lo), bosett_format_double(hi, sizeof hi, s->hi));
		return -1;
	}
	*field(m, s->off) = x;
	return 0;
}

static int read_string(struct bosett_model *m, const char *name, const char *key, const cJSON *v,
                       char *dst, size_t n)
{
	if (!cJSON_IsString(v) || strlen(v->valuestring) >= n) {
		bosett_err(m->err, "%s: key \"%s\": not a string of fewer than %zu bytes", name, key, n);
		return -1;
	}
	snprintf(dst, n, "%s", v->valuestring);
	return 0;
}

static int read_continuity(struct bosett_model *m, const char *name, const cJSON *obj)
{
	const cJSON *it;

	if (!cJSON_IsObject(obj)) {
		bosett_err(m->err, "%s: key \"continuity\": not an object", name);
		return -1;
	}
	cJSON_ArrayForEach(it, obj) {
		size_t k;
		char path[96];

		snprintf(path, sizeof path, "continuity.%s", it->string);
		if (strcmp(it->string, "column") == 0) {
			if (read_string(m, name, path, it, m->continuity_column, sizeof m->continuity_column))
				return -1;
			if (strcmp(m->continuity_column, "decided_prev") && strcmp(m->continuity_column, "requested_prev") &&
			    strcmp(m->continuity_column, "settled_prev")) {
				bosett_err(m->err, "%s: key \"%s\": \"%s\" is not one of decided_prev, requested_prev, settled_prev",
				           name, path, m->continuity_column);
				return -1;
			}
			continue;
		}
		if (strcmp(it->string, "keep_small") == 0) {
			if (!cJSON_IsBool(it)) {
				bosett_err(m->err, "%s: key \"%s\": true or false", name, path);
				return -1;
			}
			m->keep_small = cJSON_IsTrue(it);
			continue;
		}
		if (strcmp(it->string, "scale") == 0) {
			if (!cJSON_IsString(it) || (strcmp(it->valuestring, "total") && strcmp(it->valuestring, "none"))) {
				bosett_err(m->err, "%s: key \"%s\": \"total\" (last year's number scaled to this year's "
				           "total) or \"none\"", name, path);
				return -1;
			}
			m->continuity_scaled = strcmp(it->valuestring, "total") == 0;
			continue;
		}
		for (k = 0; k < sizeof continuity_scalars / sizeof continuity_scalars[0]; k++)
			if (strcmp(it->string, continuity_scalars[k].key) == 0)
				break;
		if (k == sizeof continuity_scalars / sizeof continuity_scalars[0]) {
			bosett_err(m->err, "%s: unknown key \"%s\"", name, path);
			return -1;
		}
		if (read_scalar(m, name, path, &continuity_scalars[k], it) != 0)
			return -1;
	}
	return 0;
}

static int read_use(struct bosett_model *m, const char *name, const cJSON *obj)
{
	const cJSON *it;

	if (!cJSON_IsObject(obj)) {
		bosett_err(m->err, "%s: key \"use\": not an object", name);
		return -1;
	}
	cJSON_ArrayForEach(it, obj) {
		static const struct scalar use_range = { "use", 0, 0, 100, 0 };
		char path[96];
		size_t k;

		snprintf(path, sizeof path, "use.%s", it->string);
		for (k = 0; k < NUSE; k++)
			if (strcmp(it->string, bosett_use_columns[k]) == 0)
				break;
		if (k == NUSE) {
			bosett_err(m->err, "%s: unknown key \"%s\" (capacity columns: housing_units, adult_ed_seats, "
			           "upper_secondary_seats, jobs)", name, path);
			return -1;
		}
		{
			struct scalar s = use_range;

			s.off = offsetof(struct bosett_model, use) + k * sizeof(double);
			if (read_scalar(m, name, path, &s, it) != 0)
				return -1;
		}
	}
	return 0;
}

/* "fair_key": "population", "denmark", or {"column": weight, ...}. */
static int read_fair_key(struct bosett_model *m, const char *name, const cJSON *v)
{
	const cJSON *it;

	m->nkey = 0;
	if (cJSON_IsString(v)) {
		if (strcmp(v->valuestring, "population") != 0 && strcmp(v->valuestring, "denmark") != 0) {
			bosett_err(m->err, "%s: key \"fair_key\": unknown key \"%s\" (population, denmark, "
			           "or an object of column weights)", name, v->valuestring);
			return -1;
		}
		snprintf(m->fair_key, sizeof m->fair_key, "%s", v->valuestring);
		return 0;
	}
	if (!cJSON_IsObject(v) || !v->child) {
		bosett_err(m->err, "%s: key \"fair_key\": a name or a non-empty object of column weights", name);
		return -1;
	}
	cJSON_ArrayForEach(it, v) {
		if (m->nkey == BOSETT_KEY_MAX || strlen(it->string) >= sizeof m->key_column[0]) {
			bosett_err(m->err, "%s: key \"fair_key\": at most %d columns of fewer than 32 bytes", name,
			           BOSETT_KEY_MAX);
			return -1;
		}
		if (!cJSON_IsNumber(it) || !(it->valuedouble >= 0 && it->valuedouble <= 1e6)) {
			bosett_err(m->err, "%s: key \"fair_key.%s\": a weight from 0 to 1e6", name, it->string);
			return -1;
		}
		snprintf(m->key_column[m->nkey], sizeof m->key_column[0], "%s", it->string);
		m->key_weight[m->nkey++] = it->valuedouble;
	}
	snprintf(m->fair_key, sizeof m->fair_key, "weighted");
	return 0;
}

/* "regional": the capacity columns pooled over the commuting region. */
static int read_regional(struct bosett_model *m, const char *name, const cJSON *v)
{
	const cJSON *it;

	if (!cJSON_IsArray(v)) {
		bosett_err(m->err, "%s: key \"regional\": a list of capacity columns", name);
		return -1;
	}
	memset(m->regional, 0, sizeof m->regional);
	cJSON_ArrayForEach(it, v) {
		size_t k;

		for (k = 0; k < NUSE; k++)
			if (cJSON_IsString(it) && strcmp(it->valuestring, bosett_use_columns[k]) == 0)
				break;
		if (k == NUSE) {
			bosett_err(m->err, "%s: key \"regional\": unknown capacity column \"%s\"", name,
			           cJSON_IsString(it) ? it->valuestring : "?");
			return -1;
		}
		m->regional[k] = 1;
	}
	return 0;
}

enum bosett_status bosett_model_read_mem(struct bosett_model *m, const char *name, const void *data, size_t len)
{
	cJSON *doc = bosett_json_parse(name, data, len, m->err);
	const cJSON *it;
	struct bosett_model save = *m;

	if (!doc)
		return BOSETT_EDATA;
	m->err[0] = '\0';
	if (!cJSON_IsObject(doc)) {
		bosett_err(m->err, "%s: a model is a JSON object", name);
		goto fail;
	}
	cJSON_ArrayForEach(it, doc) {
		size_t k;

		if (strcmp(it->string, "name") == 0) {
			if (read_string(m, name, "name", it, m->name, sizeof m->name))
				goto fail;
			continue;
		}
		if (strcmp(it->string, "fair_key") == 0) {
			if (read_fair_key(m, name, it))
				goto fail;
			continue;
		}
		if (strcmp(it->string, "regional") == 0) {
			if (read_regional(m, name, it))
				goto fail;
			continue;
		}
		if (strcmp(it->string, "continuity") == 0) {
			if (read_continuity(m, name, it))
				goto fail;
			continue;
		}
		if (strcmp(it->string, "use") == 0) {
			if (read_use(m, name, it))
				goto fail;
			continue;
		}
		if (strcmp(it->string, "score") == 0) {
			/* bosett-score's weights (score_model.c); checked here so a typo fails in every tool */
			if (bosett_score_model_check(it, name, m->err))
				goto fail;
			continue;
		}
		for (k = 0; k < sizeof scalars / sizeof scalars[0]; k++)
			if (strcmp(it->string, scalars[k].key) == 0)
				break;
		if (k == sizeof scalars / sizeof scalars[0]) {
			bosett_err(m->err, "%s: unknown key \"%s\"", name, it->string);
			goto fail;
		}
		if (read_scalar(m, name, it->string, &scalars[k], it))
			goto fail;
	}
	if (m->max_per_1000 <= 0) {
		bosett_err(m->err, "%s: key \"max_per_1000\": must be above 0", name);
		goto fail;
	}
	cJSON_Delete(doc);
	return BOSETT_OK;
fail:
	{
		char err[BOSETT_ERRMAX];

		memcpy(err, m->err, sizeof err);
		*m = save;
		memcpy(m->err, err, sizeof err);
	}
	cJSON_Delete(doc);
	return BOSETT_EDATA;
}

enum bosett_status bosett_model_read_file(struct bosett_model *m, const char *path)
{
	struct bosett_buf b = { 0 };
	const char *name;
	int rc;

	if (bosett_slurp(path, &b, &name, m->err) != 0)
		return BOSETT_EDATA;
	rc = bosett_model_read_mem(m, name, b.data ? b.data : "", b.len);
	if (rc == BOSETT_OK && path && strcmp(path, "-") != 0) {
		const char *slash = strrchr(path, '/');

		snprintf(m->input_name, sizeof m->input_name, "%s", slash ? slash + 1 : path);
		m->input_bytes = (unsigned long long)b.len;
		bosett_sha256_hex(b.data ? b.data : "", b.len, m->input_sha256);
	}
	bosett_buf_free(&b);
	return bosett_status_of(rc);
}

enum bosett_status bosett_model_get(const struct bosett_model *m, const char *key, double *v)
{
	for (size_t k = 0; k < sizeof scalars / sizeof scalars[0]; k++)
		if (strcmp(key, scalars[k].key) == 0) {
			*v = field_get(m, scalars[k].off);
			return BOSETT_OK;
		}
	if (!strcmp(key, "continuity.band")) {
		*v = m->continuity_band;
		return BOSETT_OK;
	}
	if (!strcmp(key, "continuity.keep_small")) {
		*v = m->keep_small;
		return BOSETT_OK;
	}
	if (!strcmp(key, "continuity.weight")) {
		*v = m->continuity_weight;
		return BOSETT_OK;
	}
	for (size_t k = 0; k < NUSE; k++) {
		char path[64];

		snprintf(path, sizeof path, "use.%s", bosett_use_columns[k]);
		if (!strcmp(key, path)) {
			*v = m->use[k];
			return BOSETT_OK;
		}
	}
	return BOSETT_EUSAGE;
}

static char *model_json(const struct bosett_model *m)
{
	struct bosett_buf b = { 0 };
	char num[64];
	int rc = 0;

	rc |= bosett_buf_adds(&b, "{\n  \"name\": ");
	rc |= bosett_json_string(&b, m->name);
	for (size_t k = 0; k < sizeof scalars / sizeof scalars[0]; k++)
		rc |= bosett_buf_printf(&b, ",\n  \"%s\": %s", scalars[k].key,
		                        bosett_format_double(num, sizeof num, field_get(m, scalars[k].off)));
	rc |= bosett_buf_adds(&b, ",\n  \"fair_key\": ");
	if (m->nkey) {
		rc |= bosett_buf_addc(&b, '{');
		for (int k = 0; k < m->nkey; k++) {
			rc |= bosett_buf_adds(&b, k ? ", " : "");
			rc |= bosett_json_string(&b, m->key_column[k]);
			rc |= bosett_buf_printf(&b, ": %s", bosett_format_double(num, sizeof num, m->key_weight[k]));
		}
		rc |= bosett_buf_addc(&b, '}');
	} else {
		rc |= bosett_json_string(&b, m->fair_key);
	}
	rc |= bosett_buf_adds(&b, ",\n  \"continuity\": {");
	if (m->continuity_column[0]) {
		rc |= bosett_buf_adds(&b, "\"column\": ");
		rc |= bosett_json_string(&b, m->continuity_column);
		rc |= bosett_buf_adds(&b, ", ");
	}
	rc |= bosett_buf_printf(&b, "\"scale\": \"%s\", ", m->continuity_scaled ? "total" : "none");
	rc |= bosett_buf_printf(&b, "\"keep_small\": %s, ", m->keep_small ? "true" : "false");
	rc |= bosett_buf_printf(&b, "\"band\": %s", bosett_format_double(num, sizeof num, m->continuity_band));
	rc |= bosett_buf_printf(&b, ", \"weight\": %s}", bosett_format_double(num, sizeof num, m->continuity_weight));
	rc |= bosett_buf_adds(&b, ",\n  \"use\": {");
	for (size_t k = 0; k < NUSE; k++)
		rc |= bosett_buf_printf(&b, "%s\"%s\": %s", k ? ", " : "", bosett_use_columns[k],
		                        bosett_format_double(num, sizeof num, m->use[k]));
	rc |= bosett_buf_adds(&b, "},\n  \"regional\": [");
	for (size_t k = 0, first = 1; k < NUSE; k++)
		if (m->regional[k]) {
			rc |= bosett_buf_printf(&b, "%s\"%s\"", first ? "" : ", ", bosett_use_columns[k]);
			first = 0;
		}
	rc |= bosett_buf_adds(&b, "]\n}\n");
	if (rc) {
		bosett_buf_free(&b);
		return NULL;
	}
	return b.data;
}

enum bosett_status bosett_model_write_json(struct bosett_model *m, FILE *fp)
{
	char *json = model_json(m);
	int bad = !json || fputs(json, fp) < 0;

	if (bad)
		bosett_err(m->err, json ? "write error" : "out of memory");
	free(json);
	return bad ? BOSETT_EDATA : BOSETT_OK;
}

const char *bosett_model_column(const struct bosett_model *m, size_t i)
{
	return i < (size_t)m->nkey ? m->key_column[i] : NULL;
}
