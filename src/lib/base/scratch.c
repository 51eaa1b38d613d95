/*
 * scratch.c - writing through a library that writes only to a path (GLPK's
 * LP files, libxlsxwriter's workbooks) into the caller's FILE *, as every
 * writer of this library does: a scratch file made with mkstemp in $TMPDIR
 * (else /tmp), then opened, unlinked at once and copied, so that no name is
 * left behind even if the caller is killed while copying.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/internal.h"

int bosett_scratch_new(char *path, size_t n, char *err)
{
	const char *dir = getenv("TMPDIR");
	int fd;

	if (snprintf(path, n, "%s/bosett.XXXXXX", dir && *dir ? dir : "/tmp") >= (int)n) {
		bosett_err(err, "cannot make a temporary file: $TMPDIR is too long");
		return -1;
	}
	fd = mkstemp(path);
	if (fd < 0) {
		bosett_err(err, "cannot make a temporary file in %s: %s", dir && *dir ? dir : "/tmp", strerror(errno));
		return -1;
	}
	close(fd);
	return 0;
}

int bosett_scratch_copy(const char *path, FILE *fp, char *err)
{
	FILE *in = fopen(path, "rb");
	char buf[65536];
	size_t n;

	unlink(path);
	if (!in) {
		bosett_err(err, "cannot read the temporary file back: %s", strerror(errno));
		return -1;
	}
	do {
		n = fread(buf, 1, sizeof buf, in);
		if (n && fwrite(buf, 1, n, fp) != n) {
			bosett_err(err, "write error: %s", strerror(errno));
			fclose(in);
			return -1;
		}
	} while (n == sizeof buf);
	if (ferror(in)) {
		bosett_err(err, "cannot read the temporary file back: %s", strerror(errno));
		fclose(in);
		return -1;
	}
	fclose(in);
	return 0;
}
