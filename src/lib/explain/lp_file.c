/*
 * lp_file.c - the exact model of the last optimisation in CPLEX LP format,
 * written to the caller's FILE * as every other writer of the library.
 * GLPK writes LP files only by path (glp_write_lp), so the model goes
 * through a scratch file (scratch.c). A memory stream or /dev/fd/N would
 * avoid the file but GLPK opens the name itself (truncating a regular file
 * behind a /dev/fd/N), and both are less portable than a scratch file.
 */
#include <unistd.h>

#include "base/number.h"
#include "solve/solver.h"

enum bosett_status bosett_solver_write_lp(struct bosett_solver *s, FILE *fp)
{
	char scratch[4096];
	locale_t old;
	int wrote;

	if (!s->lp) {
		bosett_err(s->err, "no model to write: %s", s->method == BOSETT_METHOD_OPTIMISE
		           ? "solve first" : "a formula baseline solves no model");
		return BOSETT_EDATA;
	}
	if (bosett_scratch_new(scratch, sizeof scratch, s->err) != 0)
		return BOSETT_EDATA;
	old = bosett_locale_enter(); /* GLPK writes its numbers with printf's %.*g */
	wrote = glp_write_lp(s->lp, NULL, scratch);
	bosett_locale_leave(old);
	if (wrote != 0) {
		unlink(scratch);
		bosett_err(s->err, "cannot write the LP file");
		return BOSETT_EDATA;
	}
	return bosett_scratch_copy(scratch, fp, s->err) == 0 ? BOSETT_OK : BOSETT_EDATA;
}
