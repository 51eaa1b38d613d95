/*
 * xlsx_libs.c - the functions of libzip, expat and libxlsxwriter that the
 * library calls, in the tables of xlsx_libs.h. The three are linked
 * normally (in the library's NEEDED entries, so that dpkg-shlibdeps and
 * every packaging tool see them); the tables are what xlsx_reader.c and
 * report_xlsx.c were written against when the libraries were loaded on
 * first use, and they stay so that those callers did not change.
 */
#include "io/xlsx_libs.h"

#define INIT(f) .f = f,

static const struct bosett_xlsx_read_lib read_lib = { BOSETT_XLSX_ZIP(INIT) BOSETT_XLSX_EXPAT(INIT) };
static const struct bosett_xlsx_write_lib write_lib = { BOSETT_XLSX_WRITER(INIT) };

const struct bosett_xlsx_read_lib *bosett_xlsx_read_lib(char *err, size_t n)
{
	(void)err;
	(void)n;
	return &read_lib;
}

const struct bosett_xlsx_write_lib *bosett_xlsx_write_lib(char *err, size_t n)
{
	(void)err;
	(void)n;
	return &write_lib;
}
