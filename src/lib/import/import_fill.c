/*
 * import_fill.c - the table of bosett-data(5) from the joined facts: the
 * columns in the order of the format, the cells of the year picked for each,
 * the quotients taken after the counts are on today's codes, the settlement
 * history as _prev, _avg3 and the year, what the format requires, and the
 * provenance.
 */
#include "import/import_join.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "table/schema.h"
#include "table/table_impl.h"

/* A change to the table failed: its message, on the handle. */
static int table_error(struct bosett_import *imp, const struct bosett_table *t)
{
	bosett_err(imp->err, "%s: %s", bosett_table_source(t), bosett_table_error(t));
	return -1;
}

/* A column could not be added (more than BOSETT_COLS_MAX): which one, and
 * the input that gives it (file -1: none). */
static int column_error(struct bosett_import *imp, const struct bosett_table *t, int file, const char *col)
{
	if (file >= 0)
		bosett_err(imp->err, "%s: column '%s': %s in the %s", imp->inputs[file].name, col,
		           bosett_table_error(t), bosett_table_source(t));
	else
		bosett_err(imp->err, "%s: column '%s': %s", bosett_table_source(t), col, bosett_table_error(t));
	return -1;
}

static const struct cval *lookup(const struct joined *j, const char *col, int year, long row)
{
	return imp_joined_find(j, col, year, row);
}

/* Output columns in the order of bosett-data(5) for those known. */
static const char *const order[] = {
	"kommunenr", "kommune", "fylkenr", "fylke", "population", "area_km2", "malform",
	"region", "region_name", "lon", "lat",
	"requested_prev", "decided_prev", "settled_prev", "moved_in_prev",
	"requested_avg3", "decided_avg3", "settled_avg3",
	"requested", "decided", "settled",
	"working_age_share", "immigrants", "employment_rate", "unemployment_rate", "jobs_located",
	/* issue 20: the criteria */
	"intro_result", "intro_participants", "intro_work_education", "retention", "norwegian_instruction_share",
	"norwegian_training_grant", "jobs_per_working_age", "age_16_19_share",
};

static int put_cell(struct bosett_table *t, size_t row, int col, const struct cval *c, int decimals)
{
	if (!c || c->kind == BOSETT_CELL_EMPTY)
		return 0;
	if (c->kind == BOSETT_CELL_TEXT)
		return bosett_table_set_text(t, row, (size_t)col, c->s);
	if (c->kind == BOSETT_CELL_NUMBER)
		return bosett_table_set_number(t, row, (size_t)col, c->v, decimals);
	return bosett_table_set_kind(t, row, (size_t)col, (enum bosett_cell)c->kind);
}

/* Put a figure of the settlement history; a table among the inputs that
 * already gives the column must agree. */
static int put_checked(struct bosett_import *imp, struct bosett_table *t, size_t row, const char *name,
                       int kind, double v, const char *text)
{
	int col = bosett_table_icol(t, name);
	double old;
	enum bosett_cell k;

	if (col < 0)
		return 0;
	k = bosett_table_cell(t, row, (size_t)col, &old);
	if (k != BOSETT_CELL_EMPTY && ((int)k != kind || (k == BOSETT_CELL_NUMBER && old != v))) {
		char q[64];

		bosett_err(imp->err, "column '%s' of %s: an input table gives %s, the settlement history %s",
		           name, bosett_table_text(t, row, 0),
		           bosett_quote(bosett_table_text(t, row, (size_t)col),
		                        strlen(bosett_table_text(t, row, (size_t)col)), q, sizeof q), text);
		return -1;
	}
	if (kind == BOSETT_CELL_EMPTY)
		return 0;
	if ((kind == BOSETT_CELL_NUMBER ? bosett_table_set_number(t, row, (size_t)col, v, -1)
	                                : bosett_table_set_kind(t, row, (size_t)col, (enum bosett_cell)kind)) != 0)
		return table_error(imp, t);
	return 0;
}

static int put_hist(struct bosett_import *imp, struct bosett_table *t, size_t row, const char *name,
                    const struct cval *c)
{
	char buf[64];

	if (!c)
		return 0;
	if (c->kind == BOSETT_CELL_TEXT) {
		/* a table that names a column after the settlement history */
		char q[128];

		bosett_err(imp->err, "%s:%ld: column '%s' of %s: not a number: \"%s\"", imp->inputs[c->file].name,
		           c->line, c->col, bosett_table_text(t, row, 0), bosett_quote(c->s, strlen(c->s), q, sizeof q));
		return -1;
	}
	if (c->kind == BOSETT_CELL_NUMBER)
		bosett_format_double(buf, sizeof buf, c->v);
	else
		snprintf(buf, sizeof buf, "%s", c->kind == BOSETT_CELL_ABSENT ? "." : ":");
	return put_checked(imp, t, row, name, c->kind, c->v, buf);
}

/* requested_avg3 and the like: the mean over the three years before of the
 * years with a figure; "." and ":" years are left out of the mean (not
 * counted as zero). No year with a figure: ":" if one was suppressed, else
 * "." if one was absent, else empty. Rounded to 2 decimals. */
static int put_mean(struct bosett_import *imp, struct bosett_table *t, size_t row, const char *name,
                    const struct joined *j, const char *series, int year, long r)
{
	double sum = 0;
	int n = 0, supp = 0, absent = 0;
	char buf[64];

	for (int y = year - 3; y < year; y++) {
		const struct cval *c = lookup(j, series, y, r);

		if (!c)
			continue;
		if (c->kind == BOSETT_CELL_NUMBER) {
			sum += c->v;
			n++;
		} else if (c->kind == BOSETT_CELL_SUPPRESSED) {
			supp = 1;
		} else if (c->kind == BOSETT_CELL_ABSENT) {
			absent = 1;
		}
	}
	if (n) {
		double m = round(sum / n * 100) / 100;

		return put_checked(imp, t, row, name, BOSETT_CELL_NUMBER, m,
		                   bosett_format_double(buf, sizeof buf, m));
	}
	if (supp)
		return put_checked(imp, t, row, name, BOSETT_CELL_SUPPRESSED, 0, ":");
	if (absent)
		return put_checked(imp, t, row, name, BOSETT_CELL_ABSENT, 0, ".");
	return 0;
}

/* Columns that are the quotient of two counts read from a cube, taken
 * after the counts are moved to today's codes (so 1508 Ålesund and 1580
 * Haram both get about the share of the former 1507), 4 decimals. */
static const struct ratio {
	const char *num, *den, *col;
} ratios[IMP_NRATIOS] = {
	/* persons 20-66 over persons of all ages (SSB 07459) */
	{ IMP_AGE2066, IMP_AGEALL, "working_age_share" },
	/* employed 15-74 by residence over persons 15-74 (SSB 11618) */
	{ IMP_EMP1574, IMP_POP1574, "employment_rate" },
	/* pupils given reinforced Norwegian over all pupils (Udir GSI) */
	{ IMP_PUPILS_NO, IMP_PUPILS, "norwegian_instruction_share" },
	/* jobs located there over residents 15-74 (SSB 11618) */
	{ "jobs_located", IMP_POP1574, "jobs_per_working_age" },
	/* persons 16-19 over persons of all ages (SSB 07459) */
	{ IMP_AGE1619, IMP_AGEALL, "age_16_19_share" },
};

static void put_ratio(struct bosett_table *t, const struct joined *j, const struct ratio *q, int y, size_t nrows)
{
	int col = bosett_table_icol(t, q->col);
	char num[32], key[160];

	if (col < 0)
		return;
	if (y) {
		snprintf(num, sizeof num, "%d", y);
		snprintf(key, sizeof key, "import.year.%s", q->col);
		bosett_table_meta_set(t, key, num);
	}
	for (size_t r = 0; r < nrows; r++) {
		const struct cval *w = lookup(j, q->num, y, (long)r);
		const struct cval *a = lookup(j, q->den, y, (long)r);

		if (!w || !a)
			continue;
		if (w->kind == BOSETT_CELL_NUMBER && a->kind == BOSETT_CELL_NUMBER && a->v > 0)
			bosett_table_set_number(t, r, (size_t)col, round(w->v / a->v * 1e4) / 1e4, -1);
		else if (w->kind == BOSETT_CELL_SUPPRESSED || a->kind == BOSETT_CELL_SUPPRESSED)
			bosett_table_set_kind(t, r, (size_t)col, BOSETT_CELL_SUPPRESSED);
		else if (w->kind == BOSETT_CELL_ABSENT || a->kind == BOSETT_CELL_ABSENT)
			bosett_table_set_kind(t, r, (size_t)col, BOSETT_CELL_ABSENT);
	}
}

/* The table: its columns in the order of bosett-data(5), then the others
 * by name, and a row per municipality with its county. */
int imp_join_columns(struct bosett_import *imp, struct bosett_table *t, struct join *J)
{
	for (size_t k = 0; k < IMP_NRATIOS; k++) {
		int den = 0;

		for (size_t i = 0; i < J->npick; i++) {
			if (!strcmp(J->picks[i].col, ratios[k].num))
				J->have_ratio[k] = J->picks[i].year ? J->picks[i].year : -1;
			den |= !strcmp(J->picks[i].col, ratios[k].den);
		}
		if (!den) /* jobs_located of a table, without the persons 15-74 */
			J->have_ratio[k] = 0;
	}
	if (bosett_table_set_source(t, "joined table") != 0) {
		bosett_err(imp->err, "out of memory");
		return -1;
	}
	for (size_t c = 0; c < sizeof order / sizeof order[0]; c++) {
		int present = c < 2;

		if (!strncmp(order[c], "requested", 9) || !strncmp(order[c], "decided", 7) ||
		    !strncmp(order[c], "settled", 7))
			present = J->have_hist;
		else if (!strcmp(order[c], "moved_in_prev"))
			present = J->have_moves;
		else if (!strcmp(order[c], "fylkenr"))
			present = 1;
		else if (!strcmp(order[c], "fylke"))
			present = imp->ncounties > 0;
		else if (imp_derive_present(J, order[c]))
			present = 1;
		for (size_t k = 0; k < IMP_NRATIOS; k++)
			if (!strcmp(order[c], ratios[k].col))
				present = J->have_ratio[k] != 0;
		for (size_t i = 0; i < J->npick && !present; i++)
			present = !strcmp(J->picks[i].col, order[c]);
		if (present && bosett_table_iadd_col(t, order[c]) < 0)
			return column_error(imp, t, -1, order[c]);
	}
	/* other columns, in the order of their names */
	for (size_t i = 0; i < J->npick; i++) {
		size_t c;

		if (!strncmp(J->picks[i].col, "ssb:", 4))
			continue;
		for (c = 0; c < sizeof order / sizeof order[0]; c++)
			if (!strcmp(order[c], J->picks[i].col))
				break;
		if (c == sizeof order / sizeof order[0] && bosett_table_iadd_col(t, J->picks[i].col) < 0)
			return column_error(imp, t, J->picks[i].file, J->picks[i].col);
	}
	for (size_t k = 0; k < IMP_NRATIOS; k++)
		if (J->have_ratio[k] && bosett_table_icol(t, ratios[k].col) < 0 && bosett_table_iadd_col(t, ratios[k].col) < 0)
			return column_error(imp, t, -1, ratios[k].col);
	for (size_t r = 0; r < J->rs.n; r++) {
		long row = bosett_table_iadd_row(t);
		char fy[3];

		if (row < 0)
			return table_error(imp, t);
		memcpy(fy, J->rs.codes[r], 2);
		fy[2] = '\0';
		bosett_table_set_text(t, (size_t)row, (size_t)bosett_table_icol(t, "kommunenr"), J->rs.codes[r]);
		bosett_table_set_text(t, (size_t)row, (size_t)bosett_table_icol(t, "fylkenr"), fy);
		for (size_t k = 0; k < imp->ncounties; k++)
			if (!strcmp(imp->counties[k].code, fy))
				bosett_table_set_text(t, (size_t)row, (size_t)bosett_table_icol(t, "fylke"),
				                      imp->counties[k].name);
	}
	return 0;
}

/* The cells of each column picked, and the names the inputs give where no
 * municipality list does (SSB's labels). */
int imp_join_cells(struct bosett_import *imp, struct bosett_table *t, struct join *J)
{
	char num[64], key[160];

	for (size_t p = 0; p < J->npick; p++) {
		int col = bosett_table_icol(t, J->picks[p].col);

		if (col < 0 || !strcmp(J->picks[p].col, "kommunenr") || !strcmp(J->picks[p].col, "fylkenr"))
			continue;
		if (J->picks[p].year) {
			snprintf(num, sizeof num, "%d", J->picks[p].year);
			snprintf(key, sizeof key, "import.year.%s", J->picks[p].col);
			bosett_table_meta_set(t, key, num);
		}
		for (size_t r = 0; r < J->rs.n; r++) {
			const struct cval *c = lookup(&J->j, J->picks[p].col, J->picks[p].year, (long)r);
			int dec = !strcmp(J->picks[p].col, "lon") || !strcmp(J->picks[p].col, "lat") ? 6 : -1;
			struct cval whole;

			if (c && c->kind == BOSETT_CELL_NUMBER && !strcmp(J->picks[p].col, "norwegian_training_grant")) {
				/* kroner: whole kroner, also of a split */
				whole = *c;
				whole.v = round(c->v);
				c = &whole;
			}

			if (c && (c->kind == BOSETT_CELL_ABSENT || c->kind == BOSETT_CELL_SUPPRESSED) &&
			    bosett_schema_find(J->picks[p].col) && !bosett_schema_find(J->picks[p].col)->markers) {
				bosett_err(imp->err, "%s: column '%s' of %s: %s where a figure is needed",
				           imp->inputs[c->file].name, J->picks[p].col, J->rs.codes[r],
				           c->kind == BOSETT_CELL_ABSENT ? "no value (\".\")" : "suppressed (\":\")");
				return -1;
			}
			if (put_cell(t, r, col, c, dec) != 0)
				return table_error(imp, t);
		}
	}
	/* no municipality list: the names the inputs give (SSB's labels) */
	{
		int kcol = bosett_table_icol(t, "kommune");

		for (size_t i = 0; i < J->nmf; i++)
			if (J->mf[i].name && !J->mf[i].split &&
			    bosett_table_cell(t, (size_t)J->mf[i].row, (size_t)kcol, NULL) == BOSETT_CELL_EMPTY &&
			    bosett_table_set_text(t, (size_t)J->mf[i].row, (size_t)kcol, J->mf[i].name) != 0)
				return table_error(imp, t);
	}
	return 0;
}

/* The quotients (working_age_share, employment_rate) and the columns of the
 * settlement history with the years they come from. */
int imp_join_history(struct bosett_import *imp, struct bosett_table *t, struct join *J)
{
	char num[64], key[160];

	for (size_t k = 0; k < IMP_NRATIOS; k++)
		if (J->have_ratio[k])
			put_ratio(t, &J->j, &ratios[k], J->have_ratio[k] > 0 ? J->have_ratio[k] : 0, J->rs.n);
	if (J->have_hist) {
		static const char *const series[3] = { IMP_REQUESTED, IMP_DECIDED, IMP_SETTLED };
		static const char *const base[3] = { "requested", "decided", "settled" };

		/* the years of the settlement columns, as of every dated column */
		for (int k = 0; k < 3; k++) {
			snprintf(key, sizeof key, "import.year.%s_prev", base[k]);
			snprintf(num, sizeof num, "%d", J->year - 1);
			if (bosett_table_icol(t, key + 12) >= 0)
				bosett_table_meta_set(t, key, num);
			/* the years of the three before that have figures ("2024,2025") */
			snprintf(key, sizeof key, "import.year.%s_avg3", base[k]);
			num[0] = '\0';
			for (int y = J->year - 3; y < J->year; y++) {
				int any = 0;

				for (size_t r = 0; r < J->rs.n && !any; r++)
					any = lookup(&J->j, series[k], y, (long)r) != NULL;
				if (any)
					snprintf(num + strlen(num), sizeof num - strlen(num), "%s%d", num[0] ? "," : "", y);
			}
			if (num[0] && bosett_table_icol(t, key + 12) >= 0)
				bosett_table_meta_set(t, key, num);
		}

		for (size_t r = 0; r < J->rs.n; r++)
			for (int s = 0; s < 3; s++) {
				char name[32];

				snprintf(name, sizeof name, "%s_prev", base[s]);
				if (put_hist(imp, t, r, name, lookup(&J->j, series[s], J->year - 1, (long)r)) != 0)
					return -1;
				snprintf(name, sizeof name, "%s_avg3", base[s]);
				if (put_mean(imp, t, r, name, &J->j, series[s], J->year, (long)r) != 0)
					return -1;
				if (put_hist(imp, t, r, base[s], lookup(&J->j, series[s], J->year, (long)r)) != 0)
					return -1;
			}
	}
	for (size_t r = 0; J->have_moves && r < J->rs.n; r++)
		if (put_hist(imp, t, r, "moved_in_prev", lookup(&J->j, IMP_MOVED_IN, J->year - 1, (long)r)) != 0)
			return -1;
	return imp_derive(imp, t, J);
}

/* What bosett-data(5) requires, said in terms of the inputs; then the
 * provenance. */
int imp_join_finish(struct bosett_import *imp, struct bosett_table *t, struct join *J)
{
	char num[64];

	{
		static const char *const required[] = { "kommune", "population" };

		for (size_t k = 0; k < 2; k++) {
			int col = bosett_table_icol(t, required[k]);

			for (size_t r = 0; r < J->rs.n; r++)
				if (col < 0 || bosett_table_cell(t, r, (size_t)col, NULL) == BOSETT_CELL_EMPTY) {
					int kc = bosett_table_icol(t, "kommune");
					const char *nm = kc >= 0 ? bosett_table_text(t, r, (size_t)kc) : "";

					bosett_err(imp->err, "%s%s%s: no input gives its '%s' (a municipality list or a table with the column is needed)",
					           J->rs.codes[r], *nm ? " " : "", nm, required[k]);
					return -1;
				}
		}
	}
	if (bosett_table_check(t) != BOSETT_OK) {
		bosett_err(imp->err, "%s", bosett_table_error(t));
		return -1;
	}
	/* provenance */
	bosett_table_meta_set(t, "import.tool", "bosett-import");
	if (J->year) {
		snprintf(num, sizeof num, "%d", J->year);
		bosett_table_meta_set(t, "year", num);
	}
	bosett_table_meta_set(t, "import.structure", "2024");
	for (size_t i = 0; i < imp->nmeta; i++)
		bosett_table_meta_set(t, imp->mkeys[i], imp->mvals[i]);
	for (size_t i = 0; i < imp->ninputs; i++)
		if (bosett_table_input_add(t, imp->inputs[i].name, imp->inputs[i].bytes,
		                           imp->inputs[i].sha256) != BOSETT_OK) {
			bosett_err(imp->err, "%s", bosett_table_error(t));
			return -1;
		}
	return 0;
}
