/*
 * table_sink.c - a table written to a callback or to memory
 * (bosett_table_write_cb, _mem): bosett_table_write through base/sink.c.
 */
#include <bosett/bosett.h>

#include "base/sink.h"
#include "table/table_impl.h"

static enum bosett_status write_table(void *obj, FILE *fp, int format)
{
	return bosett_table_write(obj, fp, (enum bosett_format)format);
}

enum bosett_status bosett_table_write_mem(struct bosett_table *t, enum bosett_format f, char **data, size_t *len)
{
	return bosett_sink_mem(write_table, t, (int)f, data, len, t->err);
}

enum bosett_status bosett_table_write_cb(struct bosett_table *t, enum bosett_format f, bosett_write_fn fn, void *ctx)
{
	return bosett_sink_cb(write_table, t, (int)f, fn, ctx, t->err);
}
