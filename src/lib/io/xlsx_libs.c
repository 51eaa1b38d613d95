/*
 * xlsx_libs.c - loading libzip, expat and libxlsxwriter on first use
 * (xlsx_libs.h). The libraries are opened by the sonames of those found at
 * build time (BOSETT_SONAME_*), so that the versions loaded are the ones
 * the headers described; they stay loaded until the program ends.
 */
#include "io/xlsx_libs.h"

#include <dlfcn.h>
#include <stdio.h>
#include <string.h>
#include <threads.h>

struct sym {
	const char *name;
	size_t offset;
};

#define SYM_READ(f) { #f, offsetof(struct bosett_xlsx_read_lib, f) },
#define SYM_WRITE(f) { #f, offsetof(struct bosett_xlsx_write_lib, f) },

static const struct sym zip_syms[] = { BOSETT_XLSX_ZIP(SYM_READ) { NULL, 0 } };
static const struct sym expat_syms[] = { BOSETT_XLSX_EXPAT(SYM_READ) { NULL, 0 } };
static const struct sym writer_syms[] = { BOSETT_XLSX_WRITER(SYM_WRITE) { NULL, 0 } };

static struct bosett_xlsx_read_lib read_lib;
static struct bosett_xlsx_write_lib write_lib;
static char read_err[256], write_err[256];
static once_flag read_once = ONCE_FLAG_INIT, write_once = ONCE_FLAG_INIT;

/* Open soname and fill the pointers syms name into table; 0, or -1 with
 * the reason in err. */
static int load(const char *soname, const struct sym *syms, void *table, char *err, size_t n)
{
	void *h = dlopen(soname, RTLD_NOW | RTLD_LOCAL);

	if (!h) {
		const char *why = dlerror();

		snprintf(err, n, "cannot load %s (needed for .xlsx files): %s", soname, why ? why : "not found");
		return -1;
	}
	for (const struct sym *s = syms; s->name; s++) {
		void *f = dlsym(h, s->name);

		if (!f) {
			snprintf(err, n, "%s has no function %s (needed for .xlsx files)", soname, s->name);
			return -1;
		}
		memcpy((char *)table + s->offset, &f, sizeof f);
	}
	return 0;
}

static void load_read(void)
{
	if (load(BOSETT_SONAME_ZIP, zip_syms, &read_lib, read_err, sizeof read_err) == 0)
		load(BOSETT_SONAME_EXPAT, expat_syms, &read_lib, read_err, sizeof read_err);
}

static void load_write(void)
{
	load(BOSETT_SONAME_XLSXWRITER, writer_syms, &write_lib, write_err, sizeof write_err);
}

const struct bosett_xlsx_read_lib *bosett_xlsx_read_lib(char *err, size_t n)
{
	call_once(&read_once, load_read);
	if (read_err[0]) {
		snprintf(err, n, "%s", read_err);
		return NULL;
	}
	return &read_lib;
}

const struct bosett_xlsx_write_lib *bosett_xlsx_write_lib(char *err, size_t n)
{
	call_once(&write_once, load_write);
	if (write_err[0]) {
		snprintf(err, n, "%s", write_err);
		return NULL;
	}
	return &write_lib;
}
