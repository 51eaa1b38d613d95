/*
 * report_sink.c - a report written to a callback or to memory
 * (bosett_report_write_cb, _mem): bosett_report_write through base/sink.c.
 */
#include <bosett/bosett.h>
#include <bosett/report.h>

#include "base/sink.h"
#include "report/report_impl.h"

static enum bosett_status write_report(void *obj, FILE *fp, int format)
{
	return bosett_report_write(obj, fp, (enum bosett_report_format)format);
}

enum bosett_status bosett_report_write_mem(struct bosett_report *r, enum bosett_report_format f, char **data,
                                           size_t *len)
{
	return bosett_sink_mem(write_report, r, (int)f, data, len, r->err);
}

enum bosett_status bosett_report_write_cb(struct bosett_report *r, enum bosett_report_format f, bosett_write_fn fn,
                                          void *ctx)
{
	return bosett_sink_cb(write_report, r, (int)f, fn, ctx, r->err);
}
