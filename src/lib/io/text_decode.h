/*
 * text_decode.h - a small text file (the letter file of bosett-report) as
 * UTF-8, decoded as tables are (csv_reader.c): UTF-8 if it is valid UTF-8
 * (a byte-order mark dropped), else Windows-1252, which is what Norwegian
 * Notepad and Excel save. Not installed.
 */
#ifndef BOSETT_TEXT_DECODE_H
#define BOSETT_TEXT_DECODE_H

#include <stddef.h>

#include "base/internal.h"

/* The text of data as UTF-8 in out (NUL-terminated); *latin1 is 1 if it
 * was decoded as Windows-1252. 0, or -1 with "NAME:LINE: reason" in err
 * (a NUL byte, UTF-16, an Office file, out of memory). */
/* A text file's bytes checked before decoding: UTF-16, an Office binary or
 * encrypted workbook, a NUL byte are each an error naming the file (the
 * UTF-16 message ends with what, such as " CSV"); 0 or -1 with err. */
int bosett_text_check(const char *name, const char *data, size_t len, const char *what, char *err);
int bosett_text_decode(const char *name, const char *data, size_t len, struct bosett_buf *out, int *latin1,
                       char *err);

#endif
