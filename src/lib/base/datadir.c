/*
 * datadir.c - where the bundled data files are (the code crosswalk, the
 * county totals, the national table): one lookup for every tool, so that
 * a build that was never installed and an installed toolkit both find them.
 * The order is fixed and documented in bosett-data(5): $BOSETT_DATADIR
 * alone when set; else the share directory beside the running program
 * (PROGRAM/../share/bosett, so an installed toolkit moved to another prefix
 * uses its own data; a build tree has share/bosett, a link to the source
 * tree's data/, made by CMake, so that no build path is compiled into a
 * library that may be installed); else the share directory it was
 * configured to install into.
 */
/* realpath is XSI: POSIX 2008 with the X/Open extension */
#define _XOPEN_SOURCE 700

#include <bosett/bosett.h>

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/internal.h"

#ifndef BOSETT_DATADIR
#define BOSETT_DATADIR "/usr/local/share/bosett"
#endif
#ifndef BOSETT_BINDIR_TO_DATADIR
#define BOSETT_BINDIR_TO_DATADIR "../share/bosett"
#endif

static int try_dir(const char *dir, const char *name, char *path, size_t size)
{
	int n;

	if (!dir || !*dir)
		return -1;
	n = snprintf(path, size, "%s/%s", dir, name);
	if (n < 0 || (size_t)n >= size)
		return -1;
	return access(path, R_OK) == 0 ? 0 : -1;
}

/* The data directory beside the running program, when it is an installed
 * one (Linux: /proc/self/exe); "" when that cannot be told. */
static void beside_program(char *dir, size_t size)
{
	char exe[4096], real[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	char *slash;

	dir[0] = '\0';
	if (n <= 0)
		return;
	exe[n] = '\0';
	slash = strrchr(exe, '/');
	if (!slash)
		return;
	*slash = '\0';
	if (snprintf(dir, size, "%s/%s", exe, BOSETT_BINDIR_TO_DATADIR) >= (int)size) {
		dir[0] = '\0';
		return;
	}
	/* named as it is (/usr/share/bosett, not /usr/bin/../share/bosett;
	 * a build tree's link followed to the source's data/) in messages */
	if (realpath(dir, real) && strlen(real) < size)
		memcpy(dir, real, strlen(real) + 1);
}

enum bosett_status bosett_data_path(const char *name, char *path, size_t size)
{
	const char *env = getenv("BOSETT_DATADIR");
	char beside[4200];

	if (!name || !*name || strchr(name, '/') || !path || !size)
		return BOSETT_EDATA;
	if (env)
		return bosett_status_of(try_dir(env, name, path, size));
	beside_program(beside, sizeof beside);
	if (try_dir(beside, name, path, size) == 0 || try_dir(BOSETT_DATADIR, name, path, size) == 0)
		return BOSETT_OK;
	return BOSETT_EDATA;
}
