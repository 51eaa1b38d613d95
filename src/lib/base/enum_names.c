/*
 * enum_names.c - the names of the public enums as the tools' options and
 * the JSON documents spell them, and back: one table per enum, so that no
 * tool keeps its own strcmp chain (the report's formats and languages are
 * parsed in report.c, beside the report).
 */
#include <string.h>

#include <bosett/bosett.h>

static const char *const method_names[] = { "optimise", "proportional", "sainte-lague", "denmark", "key" };
static const char *const scope_names[] = { "nation", "county" };
static const char *const format_names[] = { "csv", "json" };

/* The index of s in names[n], or -1. */
static int lookup(const char *s, const char *const *names, size_t n)
{
	for (size_t i = 0; s && i < n; i++)
		if (strcmp(s, names[i]) == 0)
			return (int)i;
	return -1;
}

#define NAMES(a) (sizeof a / sizeof a[0])

enum bosett_status bosett_method_parse(const char *s, enum bosett_method *out)
{
	int i = lookup(s, method_names, NAMES(method_names));

	if (i < 0)
		return BOSETT_EUSAGE;
	*out = (enum bosett_method)i;
	return BOSETT_OK;
}

const char *bosett_method_name(enum bosett_method m)
{
	return (size_t)m < NAMES(method_names) ? method_names[m] : NULL;
}

enum bosett_status bosett_score_scope_parse(const char *s, enum bosett_score_scope *out)
{
	int i = lookup(s, scope_names, NAMES(scope_names));

	if (i < 0)
		return BOSETT_EUSAGE;
	*out = (enum bosett_score_scope)i;
	return BOSETT_OK;
}

const char *bosett_score_scope_name(enum bosett_score_scope scope)
{
	return (size_t)scope < NAMES(scope_names) ? scope_names[scope] : NULL;
}

enum bosett_status bosett_format_parse(const char *s, enum bosett_format *out)
{
	int i = lookup(s, format_names, NAMES(format_names));

	if (i < 0)
		return BOSETT_EUSAGE;
	*out = (enum bosett_format)i;
	return BOSETT_OK;
}
