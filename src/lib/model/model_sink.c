/*
 * model_sink.c - a model written to a callback or to memory
 * (bosett_model_write_json_cb, _mem): bosett_model_write_json through
 * base/sink.c.
 */
#include <bosett/bosett.h>

#include "base/sink.h"
#include "model/model_impl.h"

static enum bosett_status write_model(void *obj, FILE *fp, int format)
{
	(void)format;
	return bosett_model_write_json(obj, fp);
}

enum bosett_status bosett_model_write_json_mem(struct bosett_model *m, char **data, size_t *len)
{
	return bosett_sink_mem(write_model, m, 0, data, len, m->err);
}

enum bosett_status bosett_model_write_json_cb(struct bosett_model *m, bosett_write_fn fn, void *ctx)
{
	return bosett_sink_cb(write_model, m, 0, fn, ctx, m->err);
}
