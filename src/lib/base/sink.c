/*
 * sink.c - a FILE * writer run into memory or a callback (base/sink.h).
 * The decision: the output is made whole in memory first (POSIX
 * open_memstream) and only then handed over, so that a callback never sees
 * part of an output that failed: the same promise as the tools' output
 * files, which appear whole or not at all.
 */
#include "base/sink.h"

#include <stdlib.h>

#include "base/internal.h"

#define PIECE (64u * 1024u)

void bosett_free(void *p)
{
	free(p);
}

enum bosett_status bosett_sink_mem(bosett_file_writer w, void *obj, int format, char **data, size_t *len, char *err)
{
	char *buf = NULL;
	size_t n = 0;
	FILE *fp = open_memstream(&buf, &n);
	enum bosett_status rc;

	*data = NULL;
	*len = 0;
	if (!fp) {
		bosett_err(err, "out of memory");
		return BOSETT_ENOMEM;
	}
	rc = w(obj, fp, format);
	if (fclose(fp) != 0 && rc == BOSETT_OK) {
		bosett_err(err, "out of memory");
		rc = BOSETT_ENOMEM;
	}
	if (rc != BOSETT_OK) {
		free(buf);
		return rc;
	}
	*data = buf;
	*len = n;
	return BOSETT_OK;
}

enum bosett_status bosett_sink_cb(bosett_file_writer w, void *obj, int format, bosett_write_fn fn, void *ctx,
                                  char *err)
{
	char *data;
	size_t len;
	enum bosett_status rc = bosett_sink_mem(w, obj, format, &data, &len, err);

	for (size_t off = 0; rc == BOSETT_OK && off < len; off += PIECE) {
		size_t piece = len - off < PIECE ? len - off : PIECE;

		if (fn(ctx, data + off, piece) != 0) {
			bosett_err(err, "the write callback stopped the output");
			rc = BOSETT_EIO;
		}
	}
	free(data);
	return rc;
}
