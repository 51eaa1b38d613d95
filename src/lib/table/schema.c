/*
 * schema.c - the known columns of the municipality table (bosett-data(5)):
 * one list, used by the readers to check and canonicalise cells, by the
 * tools to document them and by the solver to find its inputs. Columns not
 * in the list are kept and passed through untouched; the names people
 * write for them are in schema_names.c.
 */
#include "table/schema.h"

#include <bosett/bosett.h>

#include <math.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "base/internal.h"

static const struct bosett_column columns[] = {
	{ "kommunenr", KIND_CODE4, 1, 0, "kommunenummer, 4 digits with the leading zero (0301 Oslo)" },
	{ "kommune", KIND_TEXT, 1, 0, "name of the municipality" },
	{ "population", KIND_COUNT, 1, 0, "inhabitants (persons, SSB)" },
	{ "fylkenr", KIND_CODE2, 0, 0, "county number, 2 digits" },
	{ "fylke", KIND_TEXT, 0, 0, "county name" },
	{ "region", KIND_TEXT, 0, 0, "commuting region (BA-region) number; members of one region share its labour market" },
	{ "region_name", KIND_TEXT, 0, 0, "name of the commuting region" },
	{ "malform", KIND_TEXT, 0, 0, "official written standard: bokmal, nynorsk or noytral" },
	{ "max_settle", KIND_COUNT, 0, 1, "the municipality's own cap on people settled (persons)" },
	{ "offered", KIND_COUNT, 0, 1, "what the municipality says it can settle in the planning year (persons; the county's survey or a council decision already made): a ceiling that gives way only where the county's total cannot be placed otherwise" },
	{ "housing_units", KIND_COUNT, 0, 1, "dwellings available for settlement (dwellings)" },
	{ "adult_ed_seats", KIND_COUNT, 0, 1, "free places in adult education / introduction programme (places)" },
	{ "upper_secondary_seats", KIND_COUNT, 0, 1, "free upper-secondary places (places)" },
	{ "jobs", KIND_COUNT, 0, 1, "open jobs available to newcomers (jobs); pooled over the commuting region" },
	{ "em_places", KIND_COUNT, 0, 1, "care places for unaccompanied minors (places)" },
	{ "em_optin", KIND_FLAG, 0, 1, "1 if the municipality settles unaccompanied minors" },
	{ "requested_prev", KIND_COUNT, 0, 1, "IMDi's request for the year before (persons)" },
	{ "decided_prev", KIND_COUNT, 0, 1, "the council's decision for the year before (persons)" },
	{ "settled_prev", KIND_COUNT, 0, 1, "refugees settled in the year before (persons)" },
	{ "moved_in_prev", KIND_COUNT, 0, 1, "refugees living there at the end of the year before who were settled elsewhere (IMDi's 'Flyttet hit', persons)" },
	{ "requested_avg3", KIND_NONNEG, 0, 1, "mean IMDi request over the three years before (persons)" },
	{ "decided_avg3", KIND_NONNEG, 0, 1, "mean decision over the three years before (persons)" },
	{ "settled_avg3", KIND_NONNEG, 0, 1, "mean settled over the three years before (persons)" },
	{ "requested", KIND_COUNT, 0, 1, "IMDi's request for the year itself (persons)" },
	{ "decided", KIND_COUNT, 0, 1, "the council's decision for the year itself (persons)" },
	{ "settled", KIND_COUNT, 0, 1, "refugees settled in the year itself (persons)" },
	{ "score", KIND_REAL, 0, 1, "integration potential from bosett-score (dimensionless, higher is better)" },
	{ "employment_rate", KIND_FRACTION, 0, 1, "employed share of residents of working age (fraction 0-1; SSB 11618: employed 15-74 by residence over persons 15-74; higher is better)" },
	{ "unemployment_rate", KIND_FRACTION, 0, 1, "registered unemployed share of the labour force (fraction 0-1; lower is better)" },
	{ "vacancies_per_1000", KIND_NONNEG, 0, 1, "job vacancies per 1,000 inhabitants (higher is better)" },
	{ "intro_result", KIND_FRACTION, 0, 1, "share of introduction-programme participants in work or education a year after completing (fraction; IMDi/SSB, bosett-import shrinks small municipalities toward their county; higher is better)" },
	{ "retention", KIND_NONNEG, 0, 1, "refugees still living where they were settled per refugee settled (IMDi: 0-4 years in Norway and still there, over those settled in the five years; families reunified count above, not below, so about 1 in the median; higher is better)" },
	{ "immigrants", KIND_COUNT, 0, 1, "immigrants and refugees living there (persons; the Danish key)" },
	{ "gdp_per_capita", KIND_NONNEG, 0, 1, "gross domestic product per inhabitant (NOK; SSB publishes it by county, not by municipality; higher is better in the eu-2015 score preset)" },
	{ "refugee_share", KIND_FRACTION, 0, 1, "refugees and their families as a share of the population (fraction)" },
	{ "area_km2", KIND_NONNEG, 0, 1, "land and water area (km2)" },
	{ "lon", KIND_REAL, 0, 1, "centroid longitude (degrees east)" },
	{ "lat", KIND_REAL, 0, 1, "centroid latitude (degrees north)" },
	{ "working_age_share", KIND_FRACTION, 0, 1, "share of residents aged 20-66 (fraction 0-1, SSB 07459)" },
	{ "jobs_located", KIND_COUNT, 0, 1, "jobs located in the municipality: persons aged 15-74 employed there by place of work (SSB 11618); a labour-market figure, not a capacity" },
	/* issue 20: the criteria of the default score, with their years */
	{ "intro_participants", KIND_COUNT, 0, 1, "persons who completed the introduction programme, pooled over the status years of intro_result (persons; IMDi/SSB)" },
	{ "intro_work_education", KIND_COUNT, 0, 1, "of intro_participants, the persons in work or education one year after (persons; IMDi/SSB; intro_result before it is shrunk is this over intro_participants)" },
	{ "norwegian_instruction_share", KIND_FRACTION, 0, 1, "pupils of compulsory school given reinforced Norwegian instruction over all pupils (fraction; Udir GSI; the school system's provision for newly arrived children; higher is better)" },
	{ "norwegian_training_grant", KIND_NONNEG, 0, 1, "IMDi's grant for Norwegian and social-studies training of adult immigrants paid to the municipality (NOK a year, per participant: the adult-education provision running)" },
	{ "jobs_per_working_age", KIND_NONNEG, 0, 1, "jobs located in the municipality over residents aged 15-74 (SSB 11618; pooled over the commuting region by the score; higher is better)" },
	{ "age_16_19_share", KIND_FRACTION, 0, 1, "residents aged 16-19 over all residents (fraction; SSB 07459): the demand for upper-secondary places" },
	/* the county's survey (bosett-survey(5)): what each municipality answers */
	{ "kindergarten_places", KIND_COUNT, 0, 1, "free kindergarten places for refugees' children, from the county's survey (places)" },
	{ "school_places", KIND_COUNT, 0, 1, "pupils the primary and lower-secondary school can take in, from the county's survey (places)" },
	{ "survey_contact", KIND_TEXT, 0, 0, "the municipality's contact for its answers to the county's survey" },
	{ "survey_comment", KIND_TEXT, 0, 0, "the municipality's comment in the county's survey" },
};

#define NCOLUMNS (sizeof columns / sizeof columns[0])

const struct bosett_column *bosett_schema_find(const char *name)
{
	for (size_t i = 0; i < NCOLUMNS; i++)
		if (strcasecmp(columns[i].name, name) == 0)
			return &columns[i];
	return NULL;
}

const struct bosett_column *bosett_schema_entry(size_t i)
{
	return i < NCOLUMNS ? &columns[i] : NULL;
}

const char *bosett_column_name(size_t i)
{
	return i < NCOLUMNS ? columns[i].name : NULL;
}

const char *bosett_column_doc(size_t i)
{
	return i < NCOLUMNS ? columns[i].doc : NULL;
}

static int all_digits(const char *s, size_t *n)
{
	size_t i;

	for (i = 0; s[i]; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	*n = i;
	return i > 0;
}

/* Is the text already what bosett_format_double writes for its value? A
 * plain decimal of at most 15 significant digits (each names a double of
 * its own), no sign, no leading zero, no trailing zero after the point,
 * from 0.001 on: then formatting, the costliest step of reading a table,
 * can be skipped. */
static int canonical(const char *in)
{
	const char *p = in, *dot = NULL;
	int sig = 0, lead = 1;

	if (*p == '0' && p[1] != '.' && p[1])
		return 0;
	for (; *p; p++) {
		if (*p == '.' && !dot) {
			dot = p;
			continue;
		}
		if (*p < '0' || *p > '9')
			return 0;
		if (*p != '0')
			lead = 0;
		if (!lead)
			sig++;
	}
	if (p == in || sig > 15 || (dot && (dot == in || !dot[1] || p[-1] == '0')))
		return 0;
	/* below 0.001 the formatting may choose an exponent: leave it to it */
	return !dot || in[0] != '0' || dot[1] != '0' || dot[2] != '0';
}

int bosett_schema_cell(const struct bosett_column *c, const char *in, int decimal_comma,
                       char *out, size_t outsize, double *value, int *kind, const char **why)
{
	size_t n;
	double v;

	*value = 0;
	if (!*in) {
		*kind = BOSETT_CELL_EMPTY;
		out[0] = '\0';
		if (c->required) {
			*why = "missing value";
			return -1;
		}
		return 0;
	}
	if ((strcmp(in, ".") == 0 || strcmp(in, ":") == 0) && c->kind != KIND_TEXT) {
		if (!c->markers) {
			*why = strcmp(in, ".") == 0 ? "no value given" : "value suppressed";
			return -1;
		}
		*kind = in[0] == '.' ? BOSETT_CELL_ABSENT : BOSETT_CELL_SUPPRESSED;
		snprintf(out, outsize, "%s", in);
		return 0;
	}
	switch (c->kind) {
	case KIND_CODE4:
	case KIND_CODE2: {
		size_t want = c->kind == KIND_CODE4 ? 4 : 2;

		/* spreadsheets drop the leading zero of 0301: put it back */
		if (!all_digits(in, &n) || n > want || n < want - 1) {
			*why = c->kind == KIND_CODE4 ? "not a 4-digit kommunenummer" : "not a 2-digit county number";
			return -1;
		}
		snprintf(out, outsize, "%s%s", n < want ? "0" : "", in);
		*kind = BOSETT_CELL_TEXT;
		return 0;
	}
	case KIND_TEXT:
		if (strlen(in) < outsize)
			memcpy(out, in, strlen(in) + 1); /* every cell of text: no printf */
		else
			snprintf(out, outsize, "%s", in);
		*kind = BOSETT_CELL_TEXT;
		return 0;
	case KIND_FLAG:
		if (!strcmp(in, "1") || !strcasecmp(in, "yes") || !strcasecmp(in, "ja") || !strcasecmp(in, "true"))
			v = 1;
		else if (!strcmp(in, "0") || !strcasecmp(in, "no") || !strcasecmp(in, "nei") || !strcasecmp(in, "false"))
			v = 0;
		else {
			*why = "not 0 or 1";
			return -1;
		}
		break;
	default:
		if (bosett_parse_decimal(in, decimal_comma, &v) != 0) {
			*why = c->kind == KIND_COUNT ? "not a whole number" : "not a number";
			return -1;
		}
		if (c->kind == KIND_COUNT && v != floor(v)) {
			*why = "not a whole number";
			return -1;
		}
		if (c->kind != KIND_REAL && v < 0) {
			*why = "negative";
			return -1;
		}
		if (c->kind == KIND_FRACTION && v > 1) {
			*why = "a share must lie between 0 and 1 (write per cent with a % sign, "
			       "as \"2,4 %\", or mark the column's header (%))";
			return -1;
		}
		if (fabs(v) > 1e12) {
			*why = "too large";
			return -1;
		}
		break;
	}
	*value = v;
	*kind = BOSETT_CELL_NUMBER;
	if (canonical(in) && strlen(in) < outsize)
		memcpy(out, in, strlen(in) + 1);
	else
		bosett_format_double(out, outsize, v);
	return 0;
}
