/*
 * sink.h (private) - a FILE * writer of the library run into memory or a
 * callback (bosett/sink.h), so that each writer is written once, for a
 * FILE *, and its _mem and _cb forms are two lines each. Not installed.
 */
#ifndef BOSETT_BASE_SINK_H
#define BOSETT_BASE_SINK_H

#include <stdio.h>

#include <bosett/sink.h>
#include <bosett/status.h>

/* A writer: obj's output in format to fp. */
typedef enum bosett_status (*bosett_file_writer)(void *obj, FILE *fp, int format);

/* Run w into memory: BOSETT_OK with *data (NUL-terminated, for
 * bosett_free) and *len; else the writer's status, or BOSETT_ENOMEM with
 * the message in err (BOSETT_ERRMAX bytes), and *data NULL. */
enum bosett_status bosett_sink_mem(bosett_file_writer w, void *obj, int format, char **data, size_t *len, char *err);
/* Run w into memory, then hand the output to fn in pieces: the writer's
 * status, or BOSETT_EIO (fn stopped) / BOSETT_ENOMEM with the message in err. */
enum bosett_status bosett_sink_cb(bosett_file_writer w, void *obj, int format, bosett_write_fn fn, void *ctx,
                                  char *err);

#endif
