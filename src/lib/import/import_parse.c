/*
 * import_parse.c - the pieces of input syntax every reader of bosett-import
 * shares: cell values, kommunenummer, column names by the vocabulary, and
 * the message for a cell that is not a number. Pure functions of their
 * arguments (and of the handle's --map, whose keys it marks used), calling
 * no reader and no store.
 */
#include "import/import_impl.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "table/schema.h"

int imp_parse_value(const char *s, int decimal_comma, int *kind, double *v)
{
	while (*s == ' ')
		s++;
	*v = 0;
	if (!*s) {
		*kind = BOSETT_CELL_EMPTY;
		return 0;
	}
	if (!strcmp(s, ".") || !strcmp(s, "..") || !strcmp(s, "...")) {
		*kind = BOSETT_CELL_ABSENT;
		return 0;
	}
	if (!strcmp(s, ":") || !strcmp(s, "*")) { /* NAV and Udir write '*', as the table reader knows */
		*kind = BOSETT_CELL_SUPPRESSED;
		return 0;
	}
	if (!strcmp(s, "-")) {
		*kind = BOSETT_CELL_NUMBER;
		return 0;
	}
	*kind = BOSETT_CELL_NUMBER;
	if (bosett_parse_decimal(s, decimal_comma, v) == 0)
		return 0;
	/* a point in a semicolon file written by a program, not a person */
	if (decimal_comma && !strchr(s, ',') && bosett_parse_decimal(s, 0, v) == 0)
		return 0;
	return -1;
}

/* Column index by name (case-insensitive), or -1. */
int imp_find_col(const struct imp_row *h, const char *name)
{
	for (size_t i = 0; i < h->n; i++)
		if (strcasecmp(h->f[i], name) == 0)
			return (int)i;
	return -1;
}

/* A kommunenummer at the start of s: "0301", "301", "K-0301 Oslo",
 * "K0301", "0301 Oslo", "0301 - Oslo". *rest gets the name after it. */
int imp_parse_code(const char *s, char code[5], const char **rest)
{
	size_t n = 0;

	if ((s[0] == 'K' || s[0] == 'k') && (s[1] == '-' || isdigit((unsigned char)s[1])))
		s += s[1] == '-' ? 2 : 1;
	while (isdigit((unsigned char)s[n]))
		n++;
	if (n < 3 || n > 4)
		return -1;
	if (s[n] && s[n] != ' ')
		return -1;
	if (n == 3) {
		code[0] = '0';
		memcpy(code + 1, s, 3);
	} else {
		memcpy(code, s, 4);
	}
	code[4] = '\0';
	s += n;
	while (*s == ' ' || *s == '-')
		s++;
	if (rest)
		*rest = s;
	return 0;
}

const char *imp_input_name(const struct bosett_import *imp, int file)
{
	return imp->inputs[file].name;
}

int imp_value_error(struct bosett_import *imp, int file, long line, const char *col,
                    const char *text)
{
	char q[128];

	bosett_err(imp->err, "%s:%ld: column '%s': not a number: \"%s\"", imp_input_name(imp, file),
	           line, col, bosett_quote(text, strlen(text), q, sizeof q));
	return BOSETT_EDATA;
}

/* The column name a header maps to: --map first (marking the key used),
 * then the vocabulary of bosett-data(5) (schema_names.c). NULL: keep as is;
 * "" drop. *percent: the header names a share written in per cent. */
const char *imp_map_name(struct bosett_import *imp, const char *name, int *percent)
{
	const struct bosett_column *k;

	*percent = 0;
	for (size_t i = 0; i < imp->nmap; i++)
		if (strcasecmp(imp->mapfrom[i], name) == 0) {
			imp->mapused[i] = 1;
			k = bosett_schema_lookup(imp->mapto[i], percent);
			return k ? k->name : imp->mapto[i];
		}
	k = bosett_schema_lookup(name, percent);
	return k ? k->name : NULL;
}

/* Is a column of counts (persons): summed when municipalities merge. */
int imp_additive_col(const char *col)
{
	const struct bosett_column *c = bosett_schema_find(col);

	if (!c)
		return 0;
	return c->kind == KIND_COUNT && strcmp(col, "max_settle") != 0;
}

const char *imp_malform_of(const char *s)
{
	if (!strcasecmp(s, "Bokmål") || !strcasecmp(s, "bokmal"))
		return "bokmal";
	if (!strcasecmp(s, "Nynorsk"))
		return "nynorsk";
	if (!strcasecmp(s, "Nøytral") || !strcasecmp(s, "noytral") || !strcasecmp(s, "nøytral"))
		return "noytral";
	return NULL;
}

const char *imp_cell(const struct imp_row *r, size_t i)
{
	return i < r->n ? r->f[i] : "";
}

int imp_year_of_name(const char *name)
{
	const char *base = strrchr(name, '/');
	int year = 0;

	for (const char *p = base ? base + 1 : name; *p; p++)
		if ((p[0] == '1' && p[1] == '9') || (p[0] == '2' && p[1] == '0')) {
			if (strspn(p, "0123456789") == 4 && (p == name || !strchr("0123456789", p[-1])))
				year = (p[0] - '0') * 1000 + (p[1] - '0') * 100 + (p[2] - '0') * 10 + (p[3] - '0');
		}
	return year;
}

int imp_imdi_row(struct bosett_import *imp, int file, const struct imp_row *h, const struct imp_row *r,
                 int decimal_comma, size_t cyear, size_t ccode, size_t cval, long *year, char code[5], int *kind,
                 double *v)
{
	const char *vs = imp_cell(r, cval);
	char q[128];

	if (bosett_parse_long(imp_cell(r, cyear), year) != 0 || *year < 1900 || *year > 2200) {
		bosett_err(imp->err, "%s:%ld: column 'År': not a year: \"%s\"", imp_input_name(imp, file), r->line,
		           bosett_quote(imp_cell(r, cyear), strlen(imp_cell(r, cyear)), q, sizeof q));
		return BOSETT_EDATA;
	}
	if (imp_parse_code(imp_cell(r, ccode), code, NULL) != 0) {
		bosett_err(imp->err, "%s:%ld: column 'Kommunenummer': not a kommunenummer: \"%s\"",
		           imp_input_name(imp, file), r->line,
		           bosett_quote(imp_cell(r, ccode), strlen(imp_cell(r, ccode)), q, sizeof q));
		return BOSETT_EDATA;
	}
	if (imp_parse_value(vs, decimal_comma, kind, v) != 0)
		return imp_value_error(imp, file, r->line, h->f[cval], vs);
	if (*kind == BOSETT_CELL_NUMBER && (*v < 0 || *v != floor(*v))) {
		bosett_err(imp->err, "%s:%ld: column '%s': not a whole number of persons: \"%s\"",
		           imp_input_name(imp, file), r->line, h->f[cval], bosett_quote(vs, strlen(vs), q, sizeof q));
		return BOSETT_EDATA;
	}
	return BOSETT_OK;
}
