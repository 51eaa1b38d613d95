/*
 * import_join.c - the join of bosett-import: map every fact read from the
 * inputs to the current (2024) municipal structure, combine what several old
 * municipalities said of one new one, check that inputs agree, and pick the
 * year of each column; import_fill.c then writes the table of
 * bosett-data(5) with its provenance.
 *
 * Merges are summed (counts) or must agree (everything else); a split is
 * divided by the history's weights, except a split into today's structure
 * (1507 Ålesund into 1508 Ålesund and 1580 Haram, 2024), which is divided
 * by the population of the parts. Either way with a warning.
 */
#include "import/import_join.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/tolerance.h"
#include "table/schema.h"
#include "table/table_impl.h"

static int cmp_mfact(const void *a, const void *b)
{
	const struct mfact *x = a, *y = b;
	int c = strcmp(x->col, y->col);

	if (c)
		return c;
	if (x->year != y->year)
		return x->year < y->year ? -1 : 1;
	if (x->row != y->row)
		return x->row < y->row ? -1 : 1;
	if (x->file != y->file)
		return x->file < y->file ? -1 : 1;
	return x->order < y->order ? -1 : x->order > y->order;
}

/* Combine a and b of one input (a merge of old municipalities): counts
 * are summed ("." adds nothing, ":" makes the sum unknown); other values
 * must agree. Returns 0, or -1 when they cannot be combined. */
static int merge_into(struct mfact *a, const struct mfact *b)
{
	if (b->kind == BOSETT_CELL_EMPTY)
		return 0;
	if (a->kind == BOSETT_CELL_EMPTY) {
		*a = *b;
		return 0;
	}
	if (a->additive) {
		if (a->kind == BOSETT_CELL_SUPPRESSED || b->kind == BOSETT_CELL_SUPPRESSED)
			a->kind = BOSETT_CELL_SUPPRESSED;
		else if (b->kind == BOSETT_CELL_NUMBER && a->kind == BOSETT_CELL_NUMBER)
			a->v += b->v;
		else if (b->kind == BOSETT_CELL_NUMBER)
			*a = *b;
		return 0;
	}
	if (a->kind != b->kind)
		return -1;
	if (a->kind == BOSETT_CELL_TEXT)
		return strcmp(a->s, b->s) == 0 ? 0 : -1;
	if (a->kind == BOSETT_CELL_NUMBER)
		return a->v == b->v ? 0 : -1;
	return 0;
}

static int same_value(const struct mfact *a, const struct mfact *b)
{
	if (a->kind != b->kind)
		return 0;
	if (a->kind == BOSETT_CELL_TEXT)
		return strcmp(a->s, b->s) == 0;
	if (a->kind == BOSETT_CELL_NUMBER)
		return fabs(a->v - b->v) <= BOSETT_EPS_OBJ * fmax(1, fabs(a->v));
	return 1;
}

static const char *show(const struct mfact *f, char *buf, size_t n)
{
	switch (f->kind) {
	case BOSETT_CELL_TEXT: return bosett_quote(f->s, strlen(f->s), buf, n);
	case BOSETT_CELL_NUMBER: return bosett_format_double(buf, n, f->v);
	case BOSETT_CELL_ABSENT: return ".";
	case BOSETT_CELL_SUPPRESSED: return ":";
	default: return "";
	}
}

/* Divide a whole number v among n parts by shares w (largest remainder, ties
 * to the first part), so that the parts add up to v. */
static void divide_whole(double v, const double *w, size_t n, double *out)
{
	double left = v;
	double rem[MAXDEST];

	for (size_t i = 0; i < n; i++) {
		out[i] = floor(v * w[i] + BOSETT_EPS_FLOOR);
		rem[i] = v * w[i] - out[i];
		left -= out[i];
	}
	while (left > 0.5) {
		size_t best = 0;

		for (size_t i = 1; i < n; i++)
			if (rem[i] > rem[best] + BOSETT_EPS_TIE)
				best = i;
		out[best] += 1;
		rem[best] = -1;
		left -= 1;
	}
}

/* No code history among the inputs: the bundled crosswalk, recorded as an
 * input under a name that does not depend on where it was found. */
static int read_default_history(struct bosett_import *imp)
{
	char path[4096];
	struct bosett_buf b = { 0 };
	const char *name;
	int rc;

	if (bosett_data_path("kommune_crosswalk.csv", path, sizeof path) != 0) {
		imp_warn(imp, "no code history among the inputs and the bundled kommune_crosswalk.csv not found: codes of earlier structures are not mapped");
		return 0;
	}
	if (bosett_slurp(path, &b, &name, imp->err) != 0)
		return -1;
	rc = bosett_import_add_mem(imp, "<bundled>/kommune_crosswalk.csv", b.data ? b.data : "", b.len, "history");
	bosett_buf_free(&b);
	if (rc == BOSETT_OK)
		imp_meta(imp, "import.history", "bundled kommune_crosswalk.csv");
	return rc == BOSETT_OK ? 0 : -1;
}

/* Every --map key must have matched a header of the inputs: a warning
 * naming the nearest known column, or (--strict) an error. */
static int join_map_keys(struct bosett_import *imp)
{
	for (size_t i = 0; i < imp->nmap; i++)
		if (!imp->mapused[i]) {
			const char *near = bosett_schema_suggest(imp->mapfrom[i]);

			if (imp->strict) {
				bosett_err(imp->err, "--map: \"%s\" matches no column of the inputs (--strict)",
				           imp->mapfrom[i]);
				return -1;
			}
			imp_warn(imp, "--map: \"%s\" matches no column of the inputs: not used%s%s%s", imp->mapfrom[i],
			         near ? " (a known name is near: '" : "", near ? near : "", near ? "')" : "");
		}
	return 0;
}

/* The year: given, or the latest of the settlement history; which dated
 * facts are not used. */
static int join_years(struct bosett_import *imp, struct join *J)
{
	if (!J->year)
		for (size_t i = 0; i < imp->nfacts; i++)
			if (!strncmp(imp->facts[i].col, "imdi:", 5) && strcmp(imp->facts[i].col, IMP_MOVED_IN) != 0 &&
			    imp->facts[i].year > J->year)
				J->year = imp->facts[i].year;
	J->cy = imp_col_years(imp, &J->ncy);
	if (!J->cy) {
		bosett_err(imp->err, "out of memory");
		return -1;
	}
	for (size_t i = 0; i < imp->nfacts; i++) {
		struct imp_fact *f = &imp->facts[i];

		if (!f->year)
			f->unused = 0;
		else if (!strncmp(f->col, "imdi:", 5))
			f->unused = f->year < J->year - 3 || f->year > J->year;
		else
			f->unused = !imp_col_year_used(J->cy, J->ncy, f->col, f->year);
		if (f->unused && f->year && strncmp(f->col, "imdi:", 5) != 0 && strncmp(f->col, "ssb:", 4) != 0)
			for (size_t k = 0; k < J->ncy; k++)
				if (!strcmp(J->cy[k].col, f->col) && J->cy[k].undated && f->year == J->cy[k].maxyear)
					imp_warn(imp, "%s: column '%s' of %d not used: %s gives it for today's structure",
					         imp->inputs[f->file].name, f->col, f->year, imp->inputs[J->cy[k].ufile].name);
	}
	return 0;
}

/* The rows: the municipalities of the list, or of today among the inputs. */
static int join_rows(struct bosett_import *imp, struct join *J)
{
	if (imp_build_rows(imp, &J->rs) != 0) {
		bosett_err(imp->err, "out of memory");
		return -1;
	}
	if (!J->rs.n) {
		bosett_err(imp->err, "no municipality in the inputs");
		return -1;
	}
	return 0;
}

/* Map every fact to today's rows: by its code through the history, else by
 * its name; a fact that matches nothing is an error (--strict) or a warning. */
static int join_map(struct bosett_import *imp, struct join *J)
{
	for (size_t i = 0; i < imp->nfacts; i++) {
		const struct imp_fact *f = &imp->facts[i];
		struct mapctx m;
		double w[MAXDEST], parts[MAXDEST];

		memset(&m, 0, sizeof m);
		m.imp = imp;
		m.rows = &J->rs;
		if (f->unused)
			continue;
		if (!f->code[0] && f->county) {
			/* a name and its county (IMDi's key figures): one municipality or an error */
			char c[5];
			long r;

			if (imp_match_name(imp, f, c) != 0)
				return -1;
			r = imp_row_of(&J->rs, c);
			if (r < 0) {
				bosett_err(imp->err, "%s:%ld: \"%s\" is %s, which is not among the rows of the table",
				           imp->inputs[f->file].name, f->line, f->name, c);
				return -1;
			}
			m.d[0].row = r;
			m.d[0].w = 1;
			m.n = 1;
		} else if ((imp_map_code(&m, f->code, f->year, 1.0, 0, NULL) != 0 || m.n == 0) && f->name) {
			long r = imp_row_by_name(imp, &J->rs, f->name);

			m.n = 0;
			m.split = 0;
			if (r >= 0) {
				m.d[0].row = r;
				m.d[0].w = 1;
				m.n = 1;
				if (f->code[0])
					imp_warn(imp, "%s:%ld: kommunenummer %s (%s) is not in the code history: matched by its name to %s",
					         imp->inputs[f->file].name, f->line, f->code, f->name, J->rs.codes[r]);
			}
		}
		if (m.n == 0) {
			if (f->kind == BOSETT_CELL_ABSENT || f->kind == BOSETT_CELL_EMPTY)
				continue;
			if (imp->strict) {
				if (f->code[0])
					bosett_err(imp->err, "%s:%ld: kommunenummer %s matches no municipality of the current structure",
					           imp->inputs[f->file].name, f->line, f->code);
				else
					bosett_err(imp->err, "%s:%ld: \"%s\" matches the name of no one municipality of the list",
					           imp->inputs[f->file].name, f->line, f->name ? f->name : "");
				return -1;
			}
			{
				size_t u;

				for (u = 0; u < J->nunm; u++)
					if (J->unm[u].file == f->file && f->code[0] && !strcmp(J->unm[u].code, f->code))
						break;
				if (u < J->nunm)
					continue;
				if (J->nunm < sizeof J->unm / sizeof J->unm[0]) {
					J->unm[J->nunm].file = f->file;
					memcpy(J->unm[J->nunm].code, f->code, 5);
					J->nunm++;
				}
			}
			if (f->code[0])
				imp_warn(imp, "%s:%ld: kommunenummer %s matches no municipality of the current structure: ignored",
				         imp->inputs[f->file].name, f->line, f->code);
			else
				imp_warn(imp, "%s:%ld: \"%s\" matches the name of no one municipality of the list: ignored",
				         imp->inputs[f->file].name, f->line, f->name ? f->name : "");
			continue;
		}
		if ((m.split || m.named) && (f->kind == BOSETT_CELL_NUMBER || f->kind == BOSETT_CELL_SUPPRESSED))
			imp_warn(imp, "%s: %s", imp->inputs[f->file].name, m.note);
		for (size_t k = 0; k < m.n; k++)
			w[k] = m.d[k].w;
		if (f->additive && f->kind == BOSETT_CELL_NUMBER && m.n > 1) {
			if (f->v == floor(f->v))
				divide_whole(f->v, w, m.n, parts);
			else
				for (size_t k = 0; k < m.n; k++)
					parts[k] = f->v * w[k];
		} else {
			for (size_t k = 0; k < m.n; k++)
				parts[k] = f->additive ? f->v * w[k] : f->v;
		}
		for (size_t k = 0; k < m.n; k++) {
			struct mfact *x;

			if (J->nmf == J->cap) {
				size_t nc = J->cap ? J->cap * 2 : 1024;

				x = realloc(J->mf, nc * sizeof *x);
				if (!x) {
					bosett_err(imp->err, "out of memory");
					return -1;
				}
				J->mf = x;
				J->cap = nc;
			}
			x = &J->mf[J->nmf++];
			x->row = m.d[k].row;
			x->year = f->year;
			x->file = f->file;
			x->kind = f->kind;
			x->additive = f->additive;
			x->col = f->col;
			x->v = parts[k];
			x->s = f->s;
			x->name = f->name;
			x->split = m.n > 1;
			x->line = f->line;
			x->order = i;
		}
	}
	return 0;
}

/* One value per column, year and row: first combine within each input,
 * then the other inputs must agree. */
static int join_combine(struct bosett_import *imp, struct join *J)
{
	qsort(J->mf, J->nmf, sizeof *J->mf, cmp_mfact);
	J->j.v = malloc((J->nmf + 1) * sizeof *J->j.v);
	if (!J->j.v) {
		bosett_err(imp->err, "out of memory");
		return -1;
	}
	for (size_t i = 0; i < J->nmf;) {
		/* one column, year and row: first combine within each input */
		struct mfact acc = J->mf[i];
		size_t e = i + 1;
		int first_file = J->mf[i].file;
		struct mfact firstv;

		while (e < J->nmf && !strcmp(J->mf[e].col, acc.col) && J->mf[e].year == acc.year &&
		       J->mf[e].row == acc.row && J->mf[e].file == first_file) {
			if (merge_into(&acc, &J->mf[e]) != 0) {
				char q1[128], q2[128];

				bosett_err(imp->err, "%s:%ld: and line %ld: column '%s': two values for %s that cannot be combined: %s and %s",
				           imp->inputs[acc.file].name, acc.line, J->mf[e].line, acc.col, J->rs.codes[acc.row],
				           show(&acc, q1, sizeof q1), show(&J->mf[e], q2, sizeof q2));
				return -1;
			}
			e++;
		}
		firstv = acc;
		/* then the other inputs must agree */
		while (e < J->nmf && !strcmp(J->mf[e].col, acc.col) && J->mf[e].year == acc.year && J->mf[e].row == acc.row) {
			struct mfact other = J->mf[e];
			int f2 = J->mf[e].file;

			e++;
			while (e < J->nmf && !strcmp(J->mf[e].col, acc.col) && J->mf[e].year == acc.year &&
			       J->mf[e].row == acc.row && J->mf[e].file == f2) {
				if (merge_into(&other, &J->mf[e]) != 0) {
					bosett_err(imp->err, "%s:%ld: column '%s': two values for %s that cannot be combined",
					           imp->inputs[f2].name, J->mf[e].line, acc.col, J->rs.codes[acc.row]);
					return -1;
				}
				e++;
			}
			if (other.kind == BOSETT_CELL_EMPTY)
				continue;
			if (firstv.kind == BOSETT_CELL_EMPTY) {
				firstv = other;
				continue;
			}
			if (!same_value(&firstv, &other)) {
				char q1[128], q2[128];

				bosett_err(imp->err, "%s:%ld: column '%s' of %s: %s, but %s:%ld gives %s",
				           imp->inputs[other.file].name, other.line, acc.col, J->rs.codes[acc.row],
				           show(&other, q2, sizeof q2), imp->inputs[firstv.file].name, firstv.line,
				           show(&firstv, q1, sizeof q1));
				return -1;
			}
		}
		J->j.v[J->j.n].col = firstv.col;
		J->j.v[J->j.n].year = firstv.year;
		J->j.v[J->j.n].file = firstv.file;
		J->j.v[J->j.n].line = firstv.line;
		J->j.v[J->j.n].row = firstv.row;
		J->j.v[J->j.n].kind = firstv.kind;
		J->j.v[J->j.n].v = firstv.v;
		J->j.v[J->j.n].s = firstv.s;
		J->j.n++;
		i = e;
	}
	for (size_t i = 0; i < J->j.n; i++) {
		if (!strncmp(J->j.v[i].col, "imdi:", 5) && strcmp(J->j.v[i].col, IMP_MOVED_IN) != 0)
			J->have_hist = 1;
		if (!strcmp(J->j.v[i].col, IMP_MOVED_IN))
			J->have_moves = 1;
	}

	return 0;
}

/* The year of each column: an undated value (a municipality list, a table
 * of today) wins over dated ones; else the latest year given. */
static int join_pick(struct bosett_import *imp, struct join *J)
{
	J->npick = 0;
	J->picks = malloc((J->j.n + 1) * sizeof *J->picks);
	if (!J->picks) {
		bosett_err(imp->err, "out of memory");
		return -1;
	}
	for (size_t i = 0; i < J->j.n;) {
		size_t e = i;
		int maxyear = 0, undated = 0, dfile = -1, ufile = -1;

		while (e < J->j.n && !strcmp(J->j.v[e].col, J->j.v[i].col)) {
			if (!J->j.v[e].year) {
				undated = 1;
				if (ufile < 0)
					ufile = J->j.v[e].file;
			} else if (J->j.v[e].year >= maxyear) {
				maxyear = J->j.v[e].year;
				dfile = J->j.v[e].file;
			}
			e++;
		}
		if (strncmp(J->j.v[i].col, "imdi:", 5) != 0) {
			J->picks[J->npick].col = J->j.v[i].col;
			J->picks[J->npick].year = undated ? 0 : maxyear;
			J->picks[J->npick].file = undated ? ufile : dfile;
			J->npick++;
			if (undated && maxyear && strncmp(J->j.v[i].col, "ssb:", 4) != 0)
				imp_warn(imp, "%s: column '%s' of %d not used: %s gives it for today's structure",
				         imp->inputs[dfile].name, J->j.v[i].col, maxyear, imp->inputs[ufile].name);
		}
		i = e;
	}
	return 0;
}

enum bosett_status bosett_import_run(struct bosett_import *imp, struct bosett_table *t)
{
	struct join J = { 0 };
	int rc = BOSETT_EDATA;

	J.year = imp->year;
	bosett_table_clear(t);
	if (!imp->nhist && !imp->no_default_history && read_default_history(imp) != 0)
		goto done;
	if (imp_check_repeats(imp) != 0 || join_map_keys(imp) != 0 || join_years(imp, &J) != 0 || join_rows(imp, &J) != 0 || join_map(imp, &J) != 0 ||
	    join_combine(imp, &J) != 0 || join_pick(imp, &J) != 0 || imp_join_columns(imp, t, &J) != 0 ||
	    imp_join_cells(imp, t, &J) != 0 || imp_join_history(imp, t, &J) != 0 ||
	    imp_join_finish(imp, t, &J) != 0)
		goto done;
	rc = BOSETT_OK;
done:
	free(J.rs.codes);
	free(J.rs.pop);
	free(J.mf);
	free(J.j.v);
	free(J.picks);
	free(J.cy);
	return bosett_status_of(rc);
}
