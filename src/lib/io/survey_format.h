/*
 * survey_format.h - the marks of the county's survey workbook
 * (bosett-survey(5)), shared by its writer (report/writers/report_survey.c)
 * and its reader (import/readers/import_survey.c): the hidden sheet that
 * says the workbook is a survey, and the keys of its rows. Not installed.
 */
#ifndef BOSETT_SURVEY_FORMAT_H
#define BOSETT_SURVEY_FORMAT_H

/* The hidden sheet, and the text of its cell A1 (B1: the format's version). */
#define BOSETT_SURVEY_SHEET "bosett"
#define BOSETT_SURVEY_MARK "bosett-survey"
#define BOSETT_SURVEY_VERSION "1"

/* The keys in column A of the hidden sheet's rows, in this order; their
 * values from column B on. */
#define BOSETT_SURVEY_AREA "area"         /* the county (NN) or municipality (NNNN) it was written for */
#define BOSETT_SURVEY_COUNTY "county"     /* the county's number */
#define BOSETT_SURVEY_LANG "lang"         /* nb, nn or en */
#define BOSETT_SURVEY_YEAR "year"         /* the planning year, or empty */
#define BOSETT_SURVEY_NAME "sheet"        /* the name of the sheet with the answers */
#define BOSETT_SURVEY_HEADER "header"     /* the row number of its header row */
#define BOSETT_SURVEY_COLUMNS "columns"   /* the table column of each of its columns */
#define BOSETT_SURVEY_ANSWER "answer"     /* 1 for a column to fill in, 0 for one filled in */
#define BOSETT_SURVEY_HEADING "heading"   /* the heading of each column as written */
#define BOSETT_SURVEY_ROW "row"           /* one per municipality: row number, kommunenummer, name */

#endif
