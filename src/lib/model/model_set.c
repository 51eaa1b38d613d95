/*
 * model_set.c - one parameter of a model set by its bosett-model(5) key
 * (bosett_model_set), for a caller that builds a model in code rather than
 * in a file. The decision: the value goes through the model file's own
 * reader, as the one-key document {"min_settle": 12} (or {"continuity":
 * {"band": 0.1}} for a dotted key) read over the model, so that a value set
 * is checked exactly as a value read (range, whole number) and a bad one
 * leaves the model as it was.
 */
#include <bosett/bosett.h>

#include <stdio.h>
#include <string.h>

#include "base/internal.h"
#include "model/model_impl.h"

enum bosett_status bosett_model_set(struct bosett_model *m, const char *key, double v)
{
	double old;
	char num[64], doc[256];
	const char *dot;
	int n;

	if (!key || bosett_model_get(m, key, &old) != BOSETT_OK) {
		bosett_err(m->err, "bosett_model_set: no parameter '%s' (bosett-model(5))", key ? key : "");
		return BOSETT_EUSAGE;
	}
	bosett_format_double(num, sizeof num, v);
	dot = strchr(key, '.');
	if (dot)
		n = snprintf(doc, sizeof doc, "{\"%.*s\": {\"%s\": %s}}", (int)(dot - key), key, dot + 1, num);
	else
		n = snprintf(doc, sizeof doc, "{\"%s\": %s}", key, num);
	if (n < 0 || (size_t)n >= sizeof doc) {
		bosett_err(m->err, "bosett_model_set: key '%s' too long", key);
		return BOSETT_EUSAGE;
	}
	return bosett_model_read_mem(m, "bosett_model_set", doc, (size_t)n);
}
