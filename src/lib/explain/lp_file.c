/*
 * lp_file.c - the exact model of the last optimisation in CPLEX LP format,
 * written to the caller's FILE * as every other writer of the library.
 * GLPK writes LP files only by path (glp_write_lp), so the model goes
 * through a scratch file (scratch.c). A memory stream or /dev/fd/N would
 * avoid the file but GLPK opens the name itself (truncating a regular file
 * behind a /dev/fd/N), and both are less portable than a scratch file.
 */
#include <unistd.h>

#include "solve/solver.h"
#include "base/glpk_call.h"

struct lp_arg {
	glp_prob *lp;
	const char *path;
};

/* GLPK writes by name, and says so on its terminal: inside its guard */
static int write_lp(void *arg)
{
	const struct lp_arg *a = arg;

	return glp_write_lp(a->lp, NULL, a->path) == 0 ? 0 : 1;
}

enum bosett_status bosett_solver_write_lp(struct bosett_solver *s, FILE *fp)
{
	char scratch[4096];
	struct lp_arg a;
	int rc;

	if (!s->lp) {
		bosett_err(s->err, "no model to write: %s", s->method == BOSETT_METHOD_OPTIMISE
		           ? "solve first" : "a formula baseline solves no model");
		return BOSETT_EDATA;
	}
	if (bosett_scratch_new(scratch, sizeof scratch, s->err) != 0)
		return BOSETT_EDATA;
	a.lp = s->lp;
	a.path = scratch;
	rc = bosett_glpk_call(write_lp, &a, s->err, "cannot write the LP file");
	if (rc != 0) {
		unlink(scratch);
		if (rc == 1)
			bosett_err(s->err, "cannot write the LP file");
		return BOSETT_EDATA;
	}
	return bosett_scratch_copy(scratch, fp, s->err) == 0 ? BOSETT_OK : BOSETT_EDATA;
}
