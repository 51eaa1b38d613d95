/*
 * lp_sink.c - the LP file written to a callback or to memory
 * (bosett_solver_write_lp_cb, _mem): bosett_solver_write_lp through
 * base/sink.c.
 */
#include <bosett/bosett.h>

#include "base/sink.h"
#include "solve/solver.h"

static enum bosett_status write_lp(void *obj, FILE *fp, int format)
{
	(void)format;
	return bosett_solver_write_lp(obj, fp);
}

enum bosett_status bosett_solver_write_lp_mem(struct bosett_solver *s, char **data, size_t *len)
{
	return bosett_sink_mem(write_lp, s, 0, data, len, s->err);
}

enum bosett_status bosett_solver_write_lp_cb(struct bosett_solver *s, bosett_write_fn fn, void *ctx)
{
	return bosett_sink_cb(write_lp, s, 0, fn, ctx, s->err);
}
