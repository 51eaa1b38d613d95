/*
 * sink.h - where a writer's output goes when it is not a FILE *: a
 * callback, or memory the library hands over (for a binding, which has no
 * FILE *). Every writer with a FILE * (bosett_table_write,
 * bosett_report_write, ...) has a _cb and a _mem form beside it.
 * Ownership: memory a _mem writer hands over is the caller's, released with
 * bosett_free (never free(): a binding may use another C library's heap).
 */
#ifndef BOSETT_SINK_H
#define BOSETT_SINK_H

#include <stddef.h>

#include <bosett/export.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Called with the writer's whole output, in order, in pieces of at most
 * 64 KiB, once the writer has succeeded (never with part of a failed
 * output). Returns 0 to go on; nonzero stops the writer, which then
 * returns BOSETT_EIO. */
typedef int (*bosett_write_fn)(void *ctx, const void *data, size_t len);

/* Release memory a _mem writer handed over; bosett_free(NULL) does nothing. */
BOSETT_API void bosett_free(void *p);

#ifdef __cplusplus
}
#endif
#endif
