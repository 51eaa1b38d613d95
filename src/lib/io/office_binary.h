/*
 * office_binary.h - the binary Office files a user may give where a table
 * is wanted: an old Excel workbook (.xls) or a workbook saved with a
 * password (Excel wraps the encrypted .xlsx in the same compound-file
 * container). Named as what they are, with what to do, rather than as a
 * text file with a NUL byte. Not installed.
 */
#ifndef BOSETT_OFFICE_BINARY_H
#define BOSETT_OFFICE_BINARY_H

#include <stddef.h>

/* 1 with "NAME: what it is: what to do" in err if data is an Office
 * compound file (.xls, .doc, an encrypted .xlsx); 0 otherwise. */
int bosett_office_binary(const char *name, const void *data, size_t len, char *err);

#endif
