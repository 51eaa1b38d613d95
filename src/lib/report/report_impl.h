/*
 * report_impl.h - inside the report (bosett-report(1)): the model of the
 * report built from the solved table (report.c), the messages in three
 * languages and the number style (report_i18n.c), and the document
 * writers, one per format, that the composer (report_compose.c) drives
 * section by section. Not installed.
 */
#ifndef BOSETT_REPORT_IMPL_H
#define BOSETT_REPORT_IMPL_H

#include <bosett/bosett.h>
#include <bosett/report.h>

#include <stdio.h>

#include "base/internal.h"

/* The letter's fields besides sender, contact and signature. */
enum { RPT_OUR_REF, RPT_YOUR_REF, RPT_CASE, RPT_OFFICER, RPT_DATE, RPT_RECIPIENT, RPT_REQUEST_DATE, RPT_YEAR,
       RPT_NFIELDS };

/* One cell as read: its kind and, for NUMBER, its value. A column that is
 * not in the table reads as EMPTY. */
struct rpt_val {
	enum bosett_cell kind;
	double v;
};

/* The previous-year columns, in the order the report shows them. */
enum { PREV_REQ, PREV_DEC, PREV_SET, NPREV };

struct rpt_row {
	size_t row;                 /* row in the table */
	const char *code, *name, *limit, *binding;
	const char *rival, *rival_by;  /* the facts behind the reason ("" if none) */
	const char *flag;           /* `flag` of bosett-solve: "held_at_zero" or "" */
	const char *rule;           /* the rule the reason names (bosett-solve(1) `rule`), "" if none */
	const char *anchor_from;    /* what continuity's anchor rests on: "decision", "said_no", "offered" or "" */
	const char *criterion;      /* the criterion that moves the target most (bosett-solve(1)), "" if none */
	struct rpt_val criterion_move; /* and by how much, persons, signed */
	struct rpt_val pop, rec, fair, cap, score, shadow, gap, em, lon, lat, cmp, anchor;
	struct rpt_val without, rule_limit, rule_own; /* the number without the rule, its own number, own or others' */
	struct rpt_val prev[NPREV];
};

struct bosett_report {
	char err[BOSETT_ERRMAX];
	const struct bosett_table *t, *other;
	char *other_label;
	char *sender, *contact, *signature;  /* the letter's blocks, lines split by '\n' */
	/* the letter's fields (report_letter.c): refs, case, officer, date,
	 * recipient, IMDi's request, the planning year; NULL when not given */
	char *field[RPT_NFIELDS];
	enum bosett_lang lang;
	int has_date;
	long long date;

	/* the model (rpt_build) */
	size_t n;
	struct rpt_row *rows;       /* sorted by kommunenr */
	int has_cap, has_fair, has_score, has_shadow, has_gap, has_em, has_map, has_limit;
	int has_binding, has_cmp;
	int has_prev[NPREV];
	int ref_prev;               /* "last year" of charts: first PREV_* present, -1 none */
	size_t nscen;
	long *scen_q;               /* scenario totals */
	int *scen_col;              /* their recommended_q<N> columns */
	size_t ncomp;
	int *comp_col;              /* score_* columns */
	double total_rec, total_fair, total_em, total_cmp;
	size_t nasked;
	char county[8];             /* "15" or "" */
	const char *county_name;    /* fylke, or NULL */

	/* while writing */
	enum bosett_report_format fmt;
	const struct rpt_writer *inner; /* the format's writer (rpt_compose) */
};

/* The planning year: the letter's `year`, or bosett-solve's solve.year
 * (the year of IMDi's request to the county), or the table's year; NULL. */
const char *rpt_year(const struct bosett_report *r);
/* The agencies whose data the table holds, for the source line
 * ("IMDi, SSB, NAV"), into b; 0 when none is known. */
int rpt_sources(const struct bosett_report *r, struct bosett_buf *b);

/* Build the model from the table (and the comparison). 0, or -1 with r->err. */
int rpt_build(struct bosett_report *r);
/* A scenario run's main column: recommended_q<N> at IMDi's request to the
 * table's county, else the largest N (*quota); -1 if none. */
int rpt_main_scenario(const struct bosett_table *t, long *quota);
const char *rpt_meta(const struct bosett_report *r, const char *key);
/* The component name of a score_* column ("employment_rate"). */
const char *rpt_comp_name(const struct bosett_report *r, size_t k);
/* A component's value in a row (EMPTY if none). */
struct rpt_val rpt_comp(const struct bosett_report *r, const struct rpt_row *w, size_t k);
struct rpt_val rpt_scen(const struct bosett_report *r, const struct rpt_row *w, size_t k);

/* ---- messages (report_i18n.c) ---- */
enum rpt_msg {
	M_TITLE, M_DATE, M_SUMMARY, M_COUNTY, M_YEAR, M_QUOTA, M_RECOMMENDED_TOTAL,
	M_ASKED_OF, M_EM, M_EM_QUOTA, M_STATUS, M_ST_OPTIMAL, M_ST_TIME, M_ST_SHORTFALL,
	M_SHORTFALL, M_DIAGNOSIS, M_METHOD, M_GAP, M_MUNIS, M_MUNI, M_CODE, M_REC, M_REC_EM,
	M_FAIR, M_CAP, M_REQ_PREV, M_DEC_PREV, M_SET_PREV, M_SCORE, M_MAIN_COMP, M_LIMIT,
	M_SHADOW, M_FAIR_GAP, M_PREV_LEGEND, M_REASONS, M_REASON, M_REASON_EN,
	M_COSTS, M_COSTS_INTRO, M_RULE, M_COST, M_RULE_MIN, M_RULE_CONT, M_RULE_FAIR,
	M_CAPACITY, M_CAPACITY_INTRO, M_CAPACITY_NONE, M_ONE_MORE, M_SCENARIOS, M_SCEN_INTRO,
	M_TOTAL, M_COMPARE, M_COMPARE_INTRO, M_THIS, M_DIFF, M_COMPARE_MISSING,
	M_PROVENANCE, M_TOOL, M_LIBS, M_MODEL, M_OBJECTIVE, M_INPUTS, M_FILE, M_BYTES,
	M_SHA256, M_SCORE_META, M_KEY, M_VALUE, M_CHARTS, M_CH_BARS, M_CH_BARS_NOTE,
	M_CH_SCEN, M_CH_ROSE, M_CH_ROSE_NOTE, M_CH_MAP, M_CH_MAP_NOTE, M_MORE, M_FEWER,
	M_SAME, M_NO_PREV, M_NOT_ASKED,
	M_LETTER_BODY, M_SOURCE, M_COUNTY_FB, M_NOTE_EN, M_NOTE, M_COUNTY_ORG, M_TIME_GAP,
	M_CH_TRADE, M_CH_TRADE_NOTE, M_CH_TRADE_EMP, M_CH_TRADE_UNEMP, M_CH_TRADE_X,
	M_PRESET, M_REGARDS, M_CONTACT,
	M_R_EM, M_R_ONE_MORE,
	M_R_ASK, M_R_ASK_NONE, M_R_KEY, M_R_KEY_TOTAL, M_R_COMBINED, M_R_CONT, M_R_CONT_SCALED, M_R_CONT_NONE,
	M_R_MIN, M_R_CAP, M_R_REGION, M_R_SCORE_UP, M_R_SCORE_DOWN, M_R_MOVED_IN, M_R_OTHERS_MORE, M_R_OTHERS_FEWER,
	M_R_OWN_CAP, M_R_EM_PLACES, M_R_CRITERIA, M_R_WITHOUT, M_R_WITHOUT_ASK, M_R_WITHOUT_NONE, M_R_LAST,
	M_R_CONT_MIN, M_R_CONT_DECISION_MIN, M_R_OFFERED, M_R_OFFERED_ABOVE, M_R_LAST_NONE, M_R_EM_ONE,
	M_R_PREV_REQ, M_R_PREV_DEC, M_R_PREV_SET, M_R_CRIT_UP, M_R_CRIT_DOWN, M_R_CRIT_MAIN_UP, M_R_CRIT_MAIN_DOWN, M_RN_OFFERED,
	M_RN_CONT, M_RN_MIN, M_RN_PER_CAPITA, M_RN_SCORE, M_RN_MOVED_IN, M_RN_LIMIT,
	M_POP_SHARE, M_KEY_SQRT, M_KEY_OTHER,
	M_LETTER_OPENING, M_LETTER_OF_DATE, M_NEXT_YEAR, M_ATTACHMENT, M_OUR_REF, M_YOUR_REF, M_CASE_NO, M_OFFICER, M_IMDI,
	M_PERSON, M_PEOPLE,
	M_ENGINE,
	/* the survey workbook and the workbooks' title block */
	M_SV_TITLE, M_SV_TITLE_YEAR, M_SV_SHEET, M_SV_GUIDE_SHEET, M_SV_FILL, M_SV_SENT, M_SV_REQ,
	M_SV_DEC, M_SV_SET, M_SV_LAST_YEAR, M_SV_MEAN, M_SV_MEAN_EARLIER, M_SV_POP, M_SV_OFFERED,
	M_SV_OFFERED_YEAR, M_SV_HOUSING, M_SV_KINDER, M_SV_SCHOOL, M_SV_ADULT, M_SV_UPPER, M_SV_CONTACT,
	M_SV_COMMENT, M_SV_VAL_TITLE, M_SV_VAL_MSG, M_SV_VAL_ERR, M_SV_PLAN_YEAR, M_SV_G_WHY, M_SV_G_HOW,
	M_SV_G_NUM, M_SV_G_KEEP, M_SV_G_RETURN, M_SV_G_ANSWER, M_SV_G_GIVEN, M_SV_G_COLUMN,
	M_SV_G_MEANING, M_SV_D_OFFERED, M_SV_D_HOUSING, M_SV_D_KINDER, M_SV_D_SCHOOL, M_SV_D_ADULT,
	M_SV_D_UPPER, M_SV_D_CONTACT, M_SV_D_COMMENT, M_SV_D_CODE, M_SV_D_NAME, M_SV_D_POP, M_SV_D_REQ,
	M_SV_D_DEC, M_SV_D_SET, M_SV_D_MEAN, M_SV_IN_YEAR, M_SV_LAST, M_SV_EARLIER, M_SV_G_MISSING,
	M_SV_CODE, M_XL_PLAN_YEAR, M_XL_KEY_YEAR, M_XL_SURVEY_OF,
	M_R_FLAG, M_R_CONT_DECISION, M_R_CONT_SAID_NO, M_R_SAID_NO_ASKED, M_R_LAST_DECISION,
	M_R_CONT_OFFERED,
	M_COUNT
};
const char *rpt_msg(const struct bosett_report *r, enum rpt_msg m);
/* The binding limit of a row in words (nb/nn from the limit key; the
 * English text of `binding`, marked, when only that is given). */
const char *rpt_limit_words(const struct bosett_report *r, const char *key);
/* A criterion of the score (bosett-score(1), a component key) in the
 * report's language, with its article, as a reason names it; NULL if the
 * key is not one of the built-in components. */
const char *rpt_criterion_words(const struct bosett_report *r, const char *key);
/* A limit in one or two words, for table columns. */
const char *rpt_limit_short(const struct bosett_report *r, const char *key);
/* "one more housing unit": the unit of a limit, with its article. */
const char *rpt_limit_unit(const struct bosett_report *r, const char *key);
int rpt_limit_is_capacity(const char *key);
/* Replace {1}, {2}, {3} in a template by the arguments. */
void rpt_subst(struct bosett_buf *b, const char *tmpl, const char *a1, const char *a2,
               const char *a3);
/* The same with {1} to {9} from a[0] to a[n - 1]. */
void rpt_substv(struct bosett_buf *b, const char *tmpl, const char *const *a, size_t n);
/* A number in the report's text style: decimals fixed (-1: as few as
 * needed up to 2); nb and nn use a no-break space between thousands and a
 * decimal comma; English uses a comma between thousands and a point. */
char *rpt_num(const struct bosett_report *r, char *buf, size_t n, double v, int decimals);
/* A cell as text: number, "." (no value), ":" (suppressed), "" (empty). */
char *rpt_cell(const struct bosett_report *r, char *buf, size_t n, struct rpt_val c, int decimals);
/* The date of r->date in the report's language ("23. november 2026"). */
void rpt_date(const struct bosett_report *r, char *buf, size_t n);
/* bosett-solve's method ("optimise") and a score.* key in words. */
const char *rpt_method_words(const struct bosett_report *r, const char *method);
const char *rpt_meta_words(const struct bosett_report *r, const char *key);
/* Any provenance key in words into b (emptied first): the catalogue's words,
 * "Year of the column X" for import.year.X and the like, else the key. */
void rpt_key_words(const struct bosett_report *r, const char *key, struct bosett_buf *b);
/* Score component names in words where known. */
const char *rpt_comp_words(const struct bosett_report *r, const char *name);

/* ---- documents (report_compose.c drives, report_<fmt>.c write) ---- */
struct rpt_table {
	size_t ncols, nrows;
	const char *head[24];
	char align[24];             /* 'l' or 'r' */
	int prose;                  /* the last column is running text */
	int total;                  /* the last row is a total */
	int kv;                     /* a key and its value per row */
	char **cells;               /* nrows * ncols, owned */
	size_t cap;
};
int rpt_table_row(struct rpt_table *tb, const char *const *cells);
/* s with control characters made visible into b: newline, tab and the
 * like become a space, the others \xNN (C1: \uNNNN). 0, or -1 (memory). */
int rpt_clean(const char *s, struct bosett_buf *b);
void rpt_table_free(struct rpt_table *tb);
/* Width of UTF-8 text in characters, and of each column of a table (its
 * widest cell or heading), for the formats that line text up. */
size_t rpt_width(const char *s);
void rpt_column_widths(const struct rpt_table *tb, size_t w[24]);

enum rpt_chart { CH_MAP, CH_BARS, CH_ROSES, CH_SCEN, CH_TRADE };

struct rpt_writer {
	int narrow;                 /* leave the word columns out of wide tables */
	int (*begin)(struct bosett_report *r, FILE *fp, const char *title);
	int (*heading)(struct bosett_report *r, FILE *fp, int level, const char *text);
	int (*para)(struct bosett_report *r, FILE *fp, const char *text);
	int (*table)(struct bosett_report *r, FILE *fp, const struct rpt_table *tb);
	int (*chart)(struct bosett_report *r, FILE *fp, enum rpt_chart c); /* may be NULL */
	int (*end)(struct bosett_report *r, FILE *fp);
};
extern const struct rpt_writer rpt_md, rpt_html, rpt_txt, rpt_roff;

/* A row's reason in the report's language; *marked set when it had to
 * fall back on bosett-solve's English text. */
void rpt_reason(struct bosett_report *r, const struct rpt_row *u, struct bosett_buf *b, int *marked);
int rpt_compose(struct bosett_report *r, FILE *fp, const struct rpt_writer *w);
/* The opening paragraphs (report_intro.c): in the letter the reference to
 * IMDi's request; in every format what the county recommends and the
 * distribution key explained once. The source line ("Kjelde: IMDi, SSB,
 * NAV.") under the table. The sender, "Vestland fylkeskommune". */
int rpt_intro(struct bosett_report *r, FILE *fp, const struct rpt_writer *w);
int rpt_source_line(struct bosett_report *r, FILE *fp, const struct rpt_writer *w);
void rpt_county_org(const struct bosett_report *r, struct bosett_buf *b);
int rpt_json(struct bosett_report *r, FILE *fp);
int rpt_xlsx(struct bosett_report *r, FILE *fp);
/* Text for HTML and SVG: & < > " escaped. */
void rpt_html_text(FILE *fp, const char *s);
/* The SVG charts of the HTML report (report_svg.c). */
int rpt_svg(struct bosett_report *r, FILE *fp, enum rpt_chart c);
/* Pieces of those charts, for the charts in files of their own. */
void rpt_svg_caption(struct bosett_report *r, FILE *fp, enum rpt_msg title);
void rpt_svg_note(struct bosett_report *r, FILE *fp, enum rpt_msg m, const char *arg);
void rpt_svg_open(FILE *fp, double w, double h, const char *label);
void rpt_svg_label(FILE *fp, double x, double y, const char *anchor, const char *extra, const char *s);
/* The trade-off of the criteria corridor for the county (report_tradeoff.c). */
int rpt_svg_tradeoff(struct bosett_report *r, FILE *fp);

#endif
