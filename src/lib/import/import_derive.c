/*
 * import_derive.c - the columns made from several years of hidden counts
 * once they are on today's codes: intro_result and intro_participants
 * (introduction-programme results pooled over the status years and shrunk
 * toward the county by empirical Bayes), and retention (refugees settled
 * in the five years to a year who still live there). The main decision:
 * only years before the table's year are used, so a table for a past year
 * holds nothing of its future, and every figure carries its years in the
 * provenance (import.year.COLUMN).
 */
#include "import/import_join.h"
#include "base/number.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The value of hidden column "PREFIX.YEAR" of row r (a fact of that year,
 * so that its code was read in that year's structure), or NULL. */
static const struct cval *hidden(const struct joined *j, const char *prefix, int year, long r)
{
	char col[64];

	snprintf(col, sizeof col, "%s.%d", prefix, year);
	return imp_joined_find(j, col, year, r);
}

/* The years of hidden columns "PREFIX.YEAR" in [lo, hi], as a bit set
 * from 1990 (bit y - 1990). */
static unsigned long long years_of(const struct joined *j, const char *prefix, int lo, int hi)
{
	size_t lp = strlen(prefix);
	unsigned long long set = 0;

	for (size_t i = 0; i < j->n; i++)
		if (!strncmp(j->v[i].col, prefix, lp) && j->v[i].col[lp] == '.') {
			long y = strtol(j->v[i].col + lp + 1, NULL, 10);

			if (y >= lo && y <= hi && y >= 1990 && y < 1990 + 64)
				set |= 1ULL << (y - 1990);
		}
	return set;
}

/* The last year a figure may come from: the year before the table's. */
static int last_year(const struct join *J)
{
	return J->year ? J->year - 1 : 9999;
}

/* The years that make the intro columns, and the year of retention with
 * the five years of settlement behind it (0: none). */
static unsigned long long intro_years(const struct join *J)
{
	return years_of(&J->j, IMP_INTRO_N, 1990, last_year(J));
}

static int retention_year(const struct join *J)
{
	unsigned long long st = years_of(&J->j, IMP_STAYED, 1995, last_year(J));
	unsigned long long se = years_of(&J->j, IMP_SETTLED_Y, 1990, last_year(J));

	for (int y = 1990 + 63; y >= 1995; y--) {
		int ok = (st >> (y - 1990)) & 1;

		for (int b = y - 4; ok && b <= y; b++)
			ok = (se >> (b - 1990)) & 1;
		if (ok)
			return y;
	}
	return 0;
}

int imp_derive_present(const struct join *J, const char *col)
{
	if (!strcmp(col, "intro_result") || !strcmp(col, "intro_participants") || !strcmp(col, "intro_work_education"))
		return intro_years(J) != 0;
	if (!strcmp(col, "retention"))
		return retention_year(J) != 0;
	return 0;
}

static void set_year_meta(struct bosett_table *t, const char *col, const char *text)
{
	char key[160];

	snprintf(key, sizeof key, "import.year.%s", col);
	bosett_table_meta_set(t, key, text);
}

/* "2011-2014" or "2011,2013" from a set of years. */
static void years_text(unsigned long long set, char *buf, size_t n)
{
	int first = 0, last = 0, contiguous = 1, prev = 0;

	buf[0] = '\0';
	for (int y = 1990; y < 1990 + 64; y++)
		if ((set >> (y - 1990)) & 1) {
			if (!first)
				first = y;
			else if (y != prev + 1)
				contiguous = 0;
			last = prev = y;
		}
	if (contiguous) {
		if (first == last)
			snprintf(buf, n, "%d", first);
		else
			snprintf(buf, n, "%d-%d", first, last);
		return;
	}
	for (int y = first; y <= last; y++)
		if ((set >> (y - 1990)) & 1)
			snprintf(buf + strlen(buf), n - strlen(buf), "%s%d", buf[0] ? "," : "", y);
}

/* Introduction results: in work or education one year after over those
 * who completed, pooled over the years; each municipality shrunk toward
 * its county, (k + m p_county) / (n + m), with one m for the whole table
 * from the spread of the municipalities' rates around their counties'
 * beyond what chance gives (a beta-binomial by the method of moments). */
static int derive_intro(struct bosett_import *imp, struct bosett_table *t, const struct join *J)
{
	unsigned long long ys = intro_years(J);
	size_t n = J->rs.n;
	double *pn = calloc(n + 1, sizeof *pn), *pk = calloc(n + 1, sizeof *pk);
	double cn[100] = { 0 }, ck[100] = { 0 }, sn = 0, sk = 0, S = 0, E = 0, m, tau2, pbar;
	int col = bosett_table_icol(t, "intro_result"), colp = bosett_table_icol(t, "intro_participants");
	int colk = bosett_table_icol(t, "intro_work_education");
	char buf[256], yt[64];

	if (!pn || !pk) {
		free(pn);
		free(pk);
		bosett_err(imp->err, "out of memory");
		return -1;
	}
	for (size_t r = 0; r < n; r++)
		for (int y = 1990; y < 1990 + 64; y++) {
			const struct cval *a, *b;

			if (!((ys >> (y - 1990)) & 1))
				continue;
			a = hidden(&J->j, IMP_INTRO_N, y, (long)r);
			b = hidden(&J->j, IMP_INTRO_K, y, (long)r);
			if (a && b && a->kind == BOSETT_CELL_NUMBER && b->kind == BOSETT_CELL_NUMBER) {
				pn[r] += a->v;
				pk[r] += b->v;
			}
		}
	for (size_t r = 0; r < n; r++) {
		int c = (J->rs.codes[r][0] - '0') * 10 + (J->rs.codes[r][1] - '0');

		cn[c] += pn[r];
		ck[c] += pk[r];
		sn += pn[r];
		sk += pk[r];
	}
	pbar = sn > 0 ? sk / sn : 0;
	for (size_t r = 0; r < n; r++) {
		int c = (J->rs.codes[r][0] - '0') * 10 + (J->rs.codes[r][1] - '0');
		double pc = ck[c] / cn[c];

		if (!(pn[r] > 0))
			continue;
		S += pn[r] * (pk[r] / pn[r] - pc) * (pk[r] / pn[r] - pc);
		E += pc * (1 - pc);
	}
	/* the variance of the true rates between municipalities of a county */
	tau2 = sn > 0 ? (S - E) / sn : 0;
	m = tau2 > 0 ? pbar * (1 - pbar) / tau2 - 1 : 1e4;
	if (m < 1)
		m = 1;
	if (m > 1e4)
		m = 1e4;
	for (size_t r = 0; r < n; r++) {
		int c = (J->rs.codes[r][0] - '0') * 10 + (J->rs.codes[r][1] - '0');
		double pc = ck[c] / cn[c];

		if (!(pn[r] > 0))
			continue;
		if (col >= 0)
			bosett_table_set_number(t, r, (size_t)col, round((pk[r] + m * pc) / (pn[r] + m) * 1e4) / 1e4, -1);
		if (colp >= 0)
			bosett_table_set_number(t, r, (size_t)colp, pn[r], -1);
		if (colk >= 0)
			bosett_table_set_number(t, r, (size_t)colk, pk[r], -1);
	}
	years_text(ys, yt, sizeof yt);
	set_year_meta(t, "intro_result", yt);
	set_year_meta(t, "intro_participants", yt);
	set_year_meta(t, "intro_work_education", yt);
	bosett_snprintf(buf, sizeof buf,
	         "in work or education one year after completing, status %s pooled; shrunk toward the county: "
	         "(in work or education + %.1f x county share) / (completed + %.1f); national share %.4f", yt, m, m,
	         pbar);
	bosett_table_meta_set(t, "import.note.intro_result", buf);
	free(pn);
	free(pk);
	return 0;
}

/* Retention in year y: refugees living in the municipality that settled
 * them, 0-4 years in Norway (IMDi's "Bosatt her"), per refugee it settled
 * in the five years y-4..y (IMDi's "Faktisk bosetting"; "." not asked is
 * 0). Not a share: families reunified with those settled count among those
 * living there but not among those settled, so the median is about 1; it
 * is lower where more moved away. Left empty below 10 settled. */
static int derive_retention(struct bosett_table *t, const struct join *J)
{
	int y = retention_year(J), col = bosett_table_icol(t, "retention");
	char buf[512];

	for (size_t r = 0; col >= 0 && r < J->rs.n; r++) {
		const struct cval *st = hidden(&J->j, IMP_STAYED, y, (long)r);
		double settled = 0;
		int ok = st && st->kind == BOSETT_CELL_NUMBER, nsupp = 0;

		for (int b = y - 4; ok && b <= y; b++) {
			const struct cval *c = hidden(&J->j, IMP_SETTLED_Y, b, (long)r);
			const struct cval *q = hidden(&J->j, IMP_SETTLED_SUPP, b, (long)r);

			if (c && c->kind == BOSETT_CELL_NUMBER)
				settled += c->v;
			if (q && q->kind == BOSETT_CELL_NUMBER)
				nsupp += (int)q->v;
		}
		/* the suppressed cells (1-4 people each) left out move the figure
		 * by at most 5 %, or the figure is not given */
		if (!ok || settled < 10 || 4.0 * nsupp > 0.05 * settled)
			continue;
		bosett_table_set_number(t, r, (size_t)col, round(st->v / settled * 1e4) / 1e4, -1);
	}
	snprintf(buf, sizeof buf, "%d (settled %d-%d)", y, y - 4, y);
	set_year_meta(t, "retention", buf);
	snprintf(buf, sizeof buf,
	         "refugees 0-4 years in Norway living in the municipality that settled them at the end of %d, over "
	         "the refugees it settled in %d-%d (families reunified count above, not below: about 1 in the median); "
	         "empty below 10 settled, or where suppressed years could move it by more than 5 %%",
	         y, y - 4, y);
	bosett_table_meta_set(t, "import.note.retention", buf);
	return 0;
}

int imp_derive(struct bosett_import *imp, struct bosett_table *t, const struct join *J)
{
	if (imp_derive_present(J, "intro_result") && derive_intro(imp, t, J) != 0)
		return -1;
	if (imp_derive_present(J, "retention") && derive_retention(t, J) != 0)
		return -1;
	return 0;
}
