/*
 * import_impl.h - the inside of struct bosett_import, shared by the handle
 * (import.c), the join (import_join.c, import_map.c, import_fill.c), the
 * registry of readers (import_registry.c), the readers (one file per family)
 * and what the readers share: the store (import_store.c) and the syntax of
 * inputs (import_parse.c). Not installed.
 *
 * Every reader turns its input into facts: one value of one column for one
 * municipality code as written in the input, optionally for one year. The
 * join maps the codes to the current structure, combines and checks them.
 */
#ifndef BOSETT_IMPORT_IMPL_H
#define BOSETT_IMPORT_IMPL_H

#include <bosett/bosett.h>
#include <bosett/import.h>

#include "base/internal.h"

/* Columns of the settlement history before they become requested_prev etc. */
#define IMP_REQUESTED "imdi:requested"
#define IMP_DECIDED "imdi:decided"
#define IMP_SETTLED "imdi:settled"
/* IMDi's "Flyttet hit": refugees living in a municipality who were settled
 * elsewhere (secondary moves), all years in Norway; becomes moved_in_prev */
#define IMP_MOVED_IN "imdi:moved_in"
/* Persons aged 20-66 and persons of all ages: working_age_share */
#define IMP_AGE2066 "ssb:persons_20_66"
#define IMP_AGEALL "ssb:persons_all"
/* SSB 11618: persons aged 15-74 and the employed among them by place of
 * residence: employment_rate; the employed by place of work: jobs_located */
#define IMP_POP1574 "ssb:persons_15_74"
#define IMP_EMP1574 "ssb:employed_15_74"
/* Introduction-programme results (import_imdi_intro.c), one column per
 * status year (".2014"): persons who completed the programme the year
 * before, and those of them in work or education: intro_result */
#define IMP_INTRO_N "ssb:intro_completed"
#define IMP_INTRO_K "ssb:intro_work_edu"
/* Retention (import_derive.c), one column per year (".2021"): refugees
 * 0-4 years in Norway living where they were settled (IMDi's "Bosatt
 * her"), and refugees settled (IMDi's "Faktisk bosetting") */
#define IMP_STAYED "ssb:stayed_0_4"
#define IMP_SETTLED_Y "ssb:settled"
/* Udir GSI (import_udir_gsi.c): pupils, and pupils given reinforced
 * Norwegian instruction: norwegian_instruction_share */
#define IMP_PUPILS "ssb:pupils"
#define IMP_PUPILS_NO "ssb:pupils_norwegian"
/* SSB 07459: persons aged 16-19: age_16_19_share */
#define IMP_AGE1619 "ssb:persons_16_19"
#define IMP_SETTLED_SUPP "ssb:settled_suppressed"   /* cells ":" among them */

struct imp_fact {
	char code[5];        /* kommunenummer as in the input */
	int year;            /* 0: not dated */
	char *col;           /* column name */
	int kind;            /* enum bosett_cell */
	double v;
	char *s;             /* text (TEXT cells) */
	int additive;        /* persons and the like: summed on merge, divided on split */
	int file;            /* input index */
	long line;
	char *name;          /* the municipality's name in the input, or NULL */
	char *county;        /* a county name the input gives with the name, or NULL:
	                      * matched by name and county (import_names.c) */
	int unused;          /* set by the join: a year not needed */
};

struct imp_hist {
	char code[5];
	int start, end;      /* validity years; end 0 = still valid */
	char succ[5];        /* successor when end != 0 */
	double weight;       /* share going to succ; 0 = not given */
	char name[64];       /* the municipality's name then, or "" */
};

struct imp_input {
	char *name;
	const char *kind;
	unsigned long long bytes;
	char sha256[65];
	int rows;            /* 1: its codes define the rows (a municipality list) */
};

struct imp_county {
	char code[3];
	char *name;
};

/* A name of a municipality of today: Norwegian and Sami names alike. */
struct imp_name {
	char code[5];
	char *name;
};

/* A county's total from IMDi's county table, by the county's name. */
struct imp_ctotal {
	char *county;
	int year;
	long requested;
	int file;
	long line;
};

struct bosett_import {
	char err[BOSETT_ERRMAX];
	int year, strict;
	int no_default_history;  /* 1: do not read the bundled crosswalk */
	struct imp_input *inputs;
	size_t ninputs;
	struct imp_fact *facts;
	size_t nfacts, factcap;
	struct imp_hist *hist;
	size_t nhist, histcap;
	struct imp_county *counties;
	size_t ncounties;
	struct imp_name *names;
	size_t nnames;
	struct imp_ctotal *ctotals;
	size_t nctotals;
	char **mapfrom, **mapto;
	unsigned char *mapused;  /* a --map key that matched a header */
	size_t nmap;
	char *keep;              /* ",a,b,": extra columns kept without a warning */
	char *sheet;             /* the sheet of a workbook input, NULL: the first */
	char **warnings;
	size_t nwarnings, warncap;
	char **groups;           /* the warnings by cause (import_warn.c) */
	size_t ngroups;
	char **mkeys, **mvals;   /* provenance notes from the readers */
	size_t nmeta;
	struct imp_answer *answers;  /* the survey answers read so far (import_survey.c) */
	size_t nanswers;
};

/* One answer of a returned survey workbook, kept to find two files that
 * answer for one municipality differently. */
struct imp_answer {
	char code[5];
	const char *col;         /* the schema's name (static) */
	int kind;                /* NUMBER or TEXT */
	double v;
	char *s;
	int file;
	char sheet[32], cell[16];
};

/* Record a fact (copies col and s). */
int imp_fact_add(struct bosett_import *imp, const char *code, int year, const char *col,
                 int kind, double v, const char *s, int additive, int file, long line);
/* The same, with the name the input gives the municipality: a code that
 * matches nothing is then matched by a unique name (with a warning). */
int imp_fact_add_named(struct bosett_import *imp, const char *code, const char *name, int year,
                       const char *col, int kind, double v, const char *s, int additive, int file,
                       long line);
int imp_hist_add(struct bosett_import *imp, const char *code, int start, int end,
                 const char *succ, double weight, const char *name);
int imp_county_add(struct bosett_import *imp, const char *code, const char *name);
/* A column an input gives that no tool knows: a warning naming the nearest
 * known name, or (strict) an error; 0 or -1. */
int imp_check_column(struct bosett_import *imp, const char *input, long line, const char *col);
void imp_warn(struct bosett_import *imp, const char *fmt, ...) BOSETT_PRINTF(2, 3);
/* A key/value that goes into the table's meta (replaces an earlier one). */
int imp_meta(struct bosett_import *imp, const char *key, const char *value);

/* A cell of an input: "" EMPTY, "." and ".." ABSENT, ":" SUPPRESSED, "-"
 * zero (SSB's "nil"), else a number (decimal comma or point). 0, or -1 if
 * not a number. */
int imp_parse_value(const char *s, int decimal_comma, int *kind, double *v);

/* One cell of a statistics cube (SSB statbank CSV, JSON-stat): the
 * region's code, the categories of the other dimensions and the value. The
 * cube is folded into facts per region, content and year: other dimensions
 * are summed (or their "total" category taken), an age dimension also gives
 * the persons aged 20-66. */
struct imp_cell {
	char code[5];
	const char *name;     /* the region's name, or NULL */
	const char *content;  /* what is counted ("Persons"), or NULL */
	int year;             /* 0 if none */
	const char *age;      /* the age category, or NULL if no age dimension */
	int kind;
	double v;
	long line;
};
int imp_cube_emit(struct bosett_import *imp, int file, struct imp_cell *cells, size_t n);
/* A new zeroed cell for kommunenummer code at the end of the growing array
 * (the caller counts it in *nc once filled), or NULL when out of memory. */
struct imp_cell *imp_cell_push(struct imp_cell **cells, size_t *nc, size_t *cap, const char code[5]);
int imp_read_jsonstat(struct bosett_import *imp, int file, const void *doc);
/* A category label that means "all of them" ("Total", "I alt", "Both sexes"). */
int imp_is_total_label(const char *s);

/* A kommunenummer at the start of s: "0301", "301", "K-0301 Oslo", "K0301",
 * "0301 Oslo", "0301 - Oslo"; *rest (if not NULL) gets the name after it. */
int imp_parse_code(const char *s, char code[5], const char **rest);

/* ---- shared syntax (import_parse.c) -------------------------------------- */
struct imp_row;
/* Column index in a header row by name (case-insensitive), or -1. */
int imp_find_col(const struct imp_row *h, const char *name);
/* The display name of input file. */
const char *imp_input_name(const struct bosett_import *imp, int file);
/* Set "FILE:LINE: column 'col': not a number: \"text\"" and return BOSETT_EDATA. */
int imp_value_error(struct bosett_import *imp, int file, long line, const char *col, const char *text);
/* The column name a header maps to: --map first (marking the key used),
 * then the vocabulary of bosett-data(5) (schema_names.c). NULL: keep as is;
 * "" drop. *percent: the header names a share written in per cent. */
const char *imp_map_name(struct bosett_import *imp, const char *name, int *percent);
/* Is a column of counts (persons): summed when municipalities merge. */
int imp_additive_col(const char *col);
/* The malform value of a language name ("Bokmål" -> "bokmal"), or NULL. */
const char *imp_malform_of(const char *s);

/* A municipality given twice in one input, for one year and column: an
 * error naming both lines (import_repeats.c). 0 or -1. */
int imp_check_repeats(struct bosett_import *imp);

/* Record a county's total (import_county_totals.c). */
int imp_county_total_add(struct bosett_import *imp, const char *county, int year, long requested,
                         int file, long line);
/* Record a name of municipality code (the list's Norwegian or Sami name). */
int imp_name_add(struct bosett_import *imp, const char *code, const char *name);
/* The code of the municipality fact f names (f->name, f->county, IMDi's
 * "Herøy (Nordland)" and "Våler (Hedm.)"): 0, or -1 with the message set
 * when no municipality or more than one fits. */
int imp_match_name(struct bosett_import *imp, const struct imp_fact *f, char code[5]);

/* ---- readers of a grid of text cells -------------------------------------
 * A sheet is rows of cells, whether it came from a CSV file or from a
 * workbook: readers of a sheet layout take the grid and never see the bytes,
 * so one reader serves both. */
struct imp_row {
	long line;            /* line (CSV) or row number (sheet) */
	size_t n;
	char **f;             /* UTF-8 cells, trimmed */
};

struct imp_grid {
	const struct imp_row *r;
	size_t n;
	int decimal_comma;    /* numbers written with a decimal comma */
};

/* A reader of one kind of input (import_registry.c holds them all). A reader
 * of a grid has detect and read; a reader of a JSON document detect_json and
 * read_json (doc is a cJSON *), or read_bytes when it parses the bytes
 * itself. Detection tries the readers by ascending order. */
struct imp_reader {
	const char *name, *doc;
	/* 1 if the grid has this reader's layout */
	int (*detect)(const struct imp_grid *g);
	int (*read)(struct bosett_import *imp, int file, const struct imp_grid *g);
	int (*detect_json)(const void *doc);
	int (*read_json)(struct bosett_import *imp, int file, const void *doc);
	int (*read_bytes)(struct bosett_import *imp, int file, const char *data, size_t len);
	int order;
	/* 1 if a workbook is this reader's, told by its content (read_bytes reads it) */
	int (*detect_bytes)(const char *data, size_t len);
};

extern const struct imp_reader imp_reader_kommuner_json, imp_reader_fylker_json;  /* import_lists.c */
extern const struct imp_reader imp_reader_jsonstat;                              /* import_jsonstat.c */
extern const struct imp_reader imp_reader_bosett_json, imp_reader_plain_csv;     /* import_table.c */
extern const struct imp_reader imp_reader_imdi_long;                             /* import_imdi_long.c */
/* IMDi's secondary moves, a layout of the imdi-long kind (import_imdi_moves.c):
 * 1 if the header h is theirs; the reader. */
int imp_is_imdi_moves(const struct imp_row *h);
/* One row of an IMDi long table (import_parse.c): its year, kommunenummer
 * and value, a whole number of persons, or the error on imp. */
int imp_imdi_row(struct bosett_import *imp, int file, const struct imp_row *h, const struct imp_row *r,
                 int decimal_comma, size_t cyear, size_t ccode, size_t cval, long *year, char code[5], int *kind,
                 double *v);
int imp_read_imdi_moves(struct bosett_import *imp, int file, const struct imp_grid *g);
extern const struct imp_reader imp_reader_imdi_wide;                             /* import_imdi_wide.c */
extern const struct imp_reader imp_reader_ssb_csv;                               /* import_ssb_statbank.c */
extern const struct imp_reader imp_reader_nav_csv;                               /* import_nav_csv.c */
extern const struct imp_reader imp_reader_ba_regions, imp_reader_centroids;      /* import_geo.c */
extern const struct imp_reader imp_reader_history;                               /* import_crosswalk.c */
/* import_imdi_keyfigures.c */
extern const struct imp_reader imp_reader_imdi_keyfigures, imp_reader_imdi_county;
extern const struct imp_reader imp_reader_nav_sheet;                             /* import_nav.c */
extern const struct imp_reader imp_reader_imdi_intro;                            /* import_imdi_intro.c */
extern const struct imp_reader imp_reader_udir_gsi;                              /* import_udir_gsi.c */
extern const struct imp_reader imp_reader_imdi_grants;                           /* import_imdi_grants.c */
extern const struct imp_reader imp_reader_survey;                                /* import_survey.c */

/* The cell in column i of r, "" past the end. */
const char *imp_cell(const struct imp_row *r, size_t i);
/* The year in a file name ("..._2025.csv"), 0 if none. */
int imp_year_of_name(const char *name);

/* Find the reader for data and run it. */
int imp_read(struct bosett_import *imp, int file, const char *data, size_t len,
             const char *kind);

#endif
