/*
 * import_join.h - the join of bosett-import inside: today's rows, the
 * mapping of codes (import_map.c), the facts on today's rows and what the
 * phases of the join (import_join.c) hand to those that fill the table
 * (import_fill.c). Not installed.
 */
#ifndef BOSETT_IMPORT_JOIN_H
#define BOSETT_IMPORT_JOIN_H

#include "import/import_impl.h"

/* The quotients of two counts (import_fill.c): working_age_share,
 * employment_rate, norwegian_instruction_share, jobs_per_working_age,
 * age_16_19_share. */
#define IMP_NRATIOS 5

struct rowset {
	char (*codes)[5];
	size_t n;
	double *pop;        /* population from the municipality list, -1 unknown */
};

struct dest {
	long row;
	double w;
};

#define MAXDEST 16

struct mapctx {
	struct bosett_import *imp;
	const struct rowset *rows;
	struct dest d[MAXDEST];
	size_t n;
	int split;           /* 1 if divided */
	int named;           /* 1 if sent whole to the part of its name */
	char note[256];
};

/* Of a dated column other than the settlement history only the latest
 * year is used, and none when the column is also given undated. */
struct colyear {
	const char *col;
	int maxyear, undated;
	int ufile;           /* the first input that gives it undated */
};

/* A fact on a row of today's structure. */
struct mfact {
	long row;
	int year, file, kind, additive;
	const char *col;
	double v;
	const char *s;
	const char *name;    /* the name the input gives, or NULL */
	int split;           /* 1 if divided between municipalities */
	long line;
	size_t order;
};

/* A combined value of one column, year and row. */
struct cval {
	const char *col;
	int year, file;
	long line;           /* the line of the input it came from */
	long row;
	int kind;
	double v;
	const char *s;
};

struct joined {
	struct cval *v;
	size_t n;
};

/* The value of column col, year and row in j (sorted by column, year and
 * row), or NULL. */
const struct cval *imp_joined_find(const struct joined *j, const char *col, int year, long row);

struct pick {
	const char *col;
	int year;
	int file;            /* the input that gives it */
};

struct join;
/* The columns made from several years of hidden counts (import_derive.c):
 * 1 if col can be made from the inputs; fill them. */
int imp_derive_present(const struct join *J, const char *col);
int imp_derive(struct bosett_import *imp, struct bosett_table *t, const struct join *J);

/* What the phases of the join hand on, one to the next. */
struct join {
	int year;                    /* the year of the table */
	struct colyear *cy;          /* the years of each column */
	size_t ncy;
	struct rowset rs;            /* today's municipalities */
	struct mfact *mf;            /* the facts on today's rows */
	size_t nmf, cap;
	struct {
		int file;
		char code[5];
	} unm[256];                  /* codes that matched nothing, warned once */
	size_t nunm;
	struct joined j;             /* one value per column, year and row */
	int have_hist;               /* the settlement history is among the inputs */
	int have_moves;              /* IMDi's secondary moves are among the inputs */
	struct pick *picks;          /* the year of each column */
	size_t npick;
	int have_ratio[IMP_NRATIOS]; /* by quotient: its year, -1 undated, 0 none */
};

/* The row of code among today's municipalities, or -1. */
long imp_row_of(const struct rowset *rs, const char *code);
/* Follow code, valid in year, through the history to today's rows with
 * weight w, into m. origin: the name of the municipality left on the way here (before a merge), or NULL. */
int imp_map_code(struct mapctx *m, const char *code, int year, double w, int depth, const char *origin);
/* Today's municipalities: those of the municipality list, or of today among
 * the inputs; 0, or -1 when out of memory. */
int imp_build_rows(struct bosett_import *imp, struct rowset *rs);
/* 1 if a fact of col in year is used (the latest year; an undated value wins). */
int imp_col_year_used(const struct colyear *cy, size_t n, const char *col, int year);
/* The latest year of each column and whether it is also given undated. */
struct colyear *imp_col_years(const struct bosett_import *imp, size_t *n);
/* The row whose municipality list names it so, if only one does; -1. */
long imp_row_by_name(const struct bosett_import *imp, const struct rowset *rs, const char *name);
/* The table: its columns in the order of bosett-data(5), then the others
 * by name, and a row per municipality with its county. */
int imp_join_columns(struct bosett_import *imp, struct bosett_table *t, struct join *J);
/* The cells of each column picked, and the names the inputs give where no
 * municipality list does (SSB's labels). */
int imp_join_cells(struct bosett_import *imp, struct bosett_table *t, struct join *J);
/* The quotients (working_age_share, employment_rate) and the columns of the
 * settlement history with the years they come from. */
int imp_join_history(struct bosett_import *imp, struct bosett_table *t, struct join *J);
/* What bosett-data(5) requires, said in terms of the inputs; then the
 * provenance. */
int imp_join_finish(struct bosett_import *imp, struct bosett_table *t, struct join *J);

#endif
