/*
 * model_builtin.c - the models a user names instead of giving a file
 * (bosett-model(5), BUILT-IN MODELS). Each is a model file over the
 * embedded defaults, so --print-model shows it whole and the same text
 * saved to a file gives the same results. A name is built in when it has
 * no '/' and no '.': a file in the current directory is "./practice".
 */
#include <string.h>

#include <bosett/bosett.h>

#include "model/model_impl.h"

static const struct {
	const char *name, *json;
} builtin[] = {
	/* the embedded defaults (model.c): continuity first, departures by the criteria */
	{ "default", "{\"name\": \"default\"}" },
	/* what counties and IMDi do: last year's request scaled to this year's total is the
	 * anchor; the fair share only decides where there is no anchor or between 0 and the
	 * minimum; a municipality asked for fewer than the minimum last year may be asked for
	 * as few again, as IMDi did before 2018; the score plays no part */
	{ "practice",
	  "{\"name\": \"practice\", \"score_weight\": 0, \"fairness_weight\": 1, \"moved_in_weight\": 0,"
	  " \"continuity\": {\"column\": \"requested_prev\", \"scale\": \"total\", \"keep_small\": true, \"band\": 0,"
	  " \"weight\": 3}, \"corridor\": 0, \"criteria_weight\": 0}" },
	/* the model of bosett 0.3, to reproduce a recommendation made with it */
	{ "classic",
	  "{\"name\": \"classic\", \"max_times_average\": 0, \"fair_exponent\": 1, \"moved_in_weight\": 0,"
	  " \"continuity\": {\"scale\": \"none\", \"band\": 0.25, \"weight\": 0.25}, \"corridor\": 0,"
	  " \"criteria_weight\": 0}" },
};

const char *bosett_model_builtin(size_t i)
{
	return i < sizeof builtin / sizeof builtin[0] ? builtin[i].name : NULL;
}

enum bosett_status bosett_model_load(struct bosett_model *m, const char *what)
{
	if (!strchr(what, '/') && !strchr(what, '.')) {
		for (size_t i = 0; i < sizeof builtin / sizeof builtin[0]; i++)
			if (strcmp(what, builtin[i].name) == 0) {
				struct bosett_model *fresh = bosett_model_new();
				int rc;

				if (!fresh) {
					bosett_err(m->err, "out of memory");
					return BOSETT_EDATA;
				}
				*m = *fresh;
				bosett_model_free(fresh);
				rc = bosett_model_read_mem(m, builtin[i].name, builtin[i].json, strlen(builtin[i].json));
				return bosett_status_of(rc);
			}
		bosett_err(m->err, "%s: no such built-in model (default, practice, classic; a file name has a '/' "
		           "or a '.')", what);
		return BOSETT_EDATA;
	}
	return bosett_model_read_file(m, what);
}
