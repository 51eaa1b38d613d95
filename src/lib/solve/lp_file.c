/*
 * lp_file.c - the exact model of the last optimisation in CPLEX LP format,
 * written to the caller's FILE * as every other writer of the library.
 * GLPK writes LP files only by path (glp_write_lp), so the model goes to a
 * scratch file made with mkstemp in $TMPDIR (else /tmp), which is unlinked
 * as soon as GLPK has closed it and read back through the descriptor kept
 * open: no name is left behind, even if the caller is killed while copying.
 * A memory stream or /dev/fd/N would avoid the file but GLPK opens the
 * name itself (truncating a regular file behind a /dev/fd/N), and both are
 * less portable than a scratch file.
 */
#include <errno.h>
#include <unistd.h>

#include "solver.h"

static enum bosett_status copy_fd(struct bosett_solver *s, int fd, FILE *fp)
{
	char buf[65536];
	ssize_t n;

	if (lseek(fd, 0, SEEK_SET) != 0) {
		bosett_err(s->err, "cannot read the LP file back: %s", strerror(errno));
		return BOSETT_EDATA;
	}
	while ((n = read(fd, buf, sizeof buf)) != 0) {
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			bosett_err(s->err, "cannot read the LP file back: %s", strerror(errno));
			return BOSETT_EDATA;
		}
		if (fwrite(buf, 1, (size_t)n, fp) != (size_t)n) {
			bosett_err(s->err, "write error: %s", strerror(errno));
			return BOSETT_EDATA;
		}
	}
	return BOSETT_OK;
}

enum bosett_status bosett_solver_write_lp(struct bosett_solver *s, FILE *fp)
{
	const char *dir = getenv("TMPDIR");
	char scratch[4096];
	enum bosett_status rc;
	int fd, wrote;

	if (!s->lp) {
		bosett_err(s->err, "no model to write: %s", s->method == BOSETT_METHOD_OPTIMISE
		           ? "solve first" : "a formula baseline solves no model");
		return BOSETT_EDATA;
	}
	snprintf(scratch, sizeof scratch, "%s/bosett.XXXXXX", dir && *dir ? dir : "/tmp");
	fd = mkstemp(scratch);
	if (fd < 0) {
		bosett_err(s->err, "cannot make a temporary file for the LP file: %s", strerror(errno));
		return BOSETT_EDATA;
	}
	wrote = glp_write_lp(s->lp, NULL, scratch);
	unlink(scratch);
	if (wrote != 0) {
		bosett_err(s->err, "cannot write the LP file");
		close(fd);
		return BOSETT_EDATA;
	}
	rc = copy_fd(s, fd, fp);
	close(fd);
	return rc;
}
