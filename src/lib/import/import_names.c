/*
 * import_names.c - municipalities named, not numbered. IMDi's key-figure
 * tables give a name and a county, and tell duplicate names apart the way
 * IMDi writes them: "Herøy (Nordland)", "Våler (Hedm.)", "Nes (Ak.)", with
 * a county of today, a county before 2020 or an abbreviation in the
 * brackets. A name is matched against every name of the municipality list
 * (Norwegian and Sami) and narrowed by the county column; the bracket must
 * agree with what is found. No fit, or more than one, is an error that
 * names the text: a guess would put a figure on the wrong municipality.
 */
#include "import/import_impl.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

int imp_name_add(struct bosett_import *imp, const char *code, const char *name)
{
	struct imp_name *n = realloc(imp->names, (imp->nnames + 1) * sizeof *n);

	if (!n) {
		bosett_err(imp->err, "out of memory");
		return -1;
	}
	imp->names = n;
	memcpy(n[imp->nnames].code, code, 5);
	n[imp->nnames].name = bosett_strdup(name);
	if (!n[imp->nnames].name) {
		bosett_err(imp->err, "out of memory");
		return -1;
	}
	imp->nnames++;
	return 0;
}

/* Counties before and after the 2020 and 2024 reforms, by today's number:
 * the names IMDi may put in brackets. */
static const struct {
	const char *name, *code;
} county_names[] = {
	{ "Oslo", "03" }, { "Rogaland", "11" }, { "Møre og Romsdal", "15" }, { "Nordland", "18" },
	{ "Østfold", "31" }, { "Akershus", "32" }, { "Buskerud", "33" }, { "Innlandet", "34" },
	{ "Hedmark", "34" }, { "Oppland", "34" }, { "Vestfold", "39" }, { "Telemark", "40" },
	{ "Agder", "42" }, { "Aust-Agder", "42" }, { "Vest-Agder", "42" }, { "Vestland", "46" },
	{ "Hordaland", "46" }, { "Sogn og Fjordane", "46" }, { "Trøndelag", "50" },
	{ "Sør-Trøndelag", "50" }, { "Nord-Trøndelag", "50" }, { "Troms", "55" }, { "Finnmark", "56" },
};

/* 1 if the bracket q ("Nordland", "Hedm.", "Ak.") names county code. */
static int bracket_fits(const char *q, size_t n, const char *code)
{
	size_t len = n;

	if (len && q[len - 1] == '.')
		len--;   /* an abbreviation: a prefix of the name */
	if (!len)
		return 0;
	for (size_t i = 0; i < sizeof county_names / sizeof county_names[0]; i++) {
		const char *cn = county_names[i].name;

		if (strncmp(county_names[i].code, code, 2) != 0 || strlen(cn) < len || strncasecmp(cn, q, len) != 0)
			continue;
		if (len == n ? strlen(cn) == len : 1)
			return 1;
	}
	return 0;
}

int imp_match_name(struct bosett_import *imp, const struct imp_fact *f, char code[5])
{
	const char *label = f->name ? f->name : "", *file = imp->inputs[f->file].name;
	const char *open = strrchr(label, '(');
	size_t baselen = strlen(label), ql = 0, nc = 0;
	const char *q = NULL, *county = NULL;
	char cand[8][5];

	if (open && open > label && label[strlen(label) - 1] == ')') {
		q = open + 1;
		ql = strlen(q) - 1;
		baselen = (size_t)(open - label);
		while (baselen && label[baselen - 1] == ' ')
			baselen--;
	}
	/* the county column: a county of the list */
	if (f->county && *f->county && imp->ncounties) {
		for (size_t i = 0; i < imp->ncounties; i++)
			if (!strcasecmp(imp->counties[i].name, f->county))
				county = imp->counties[i].code;
		if (!county) {
			bosett_err(imp->err, "%s:%ld: column 'Fylke': not a county of the county list: \"%s\"", file,
			           f->line, f->county);
			return -1;
		}
	}
	/* every municipality of that name (Norwegian or Sami), in that county */
	for (int pass = 0; pass < 2 && !nc; pass++) {
		size_t n = pass == 0 ? imp->nnames : imp->nfacts;

		for (size_t i = 0; i < n; i++) {
			const char *nm, *c;
			size_t k;

			if (pass == 0) {
				nm = imp->names[i].name;
				c = imp->names[i].code;
			} else {
				/* no municipality list with names: the 'kommune' of a table of rows */
				const struct imp_fact *g = &imp->facts[i];

				if (g->year || strcmp(g->col, "kommune") != 0 || !g->s || !imp->inputs[g->file].rows)
					continue;
				nm = g->s;
				c = g->code;
			}
			if (strlen(nm) != baselen || strncasecmp(nm, label, baselen) != 0)
				continue;
			if (county && strncmp(c, county, 2) != 0)
				continue;
			for (k = 0; k < nc; k++)
				if (!strcmp(cand[k], c))
					break;
			if (k == nc && nc < sizeof cand / sizeof cand[0])
				memcpy(cand[nc++], c, 5);
		}
	}
	/* the bracket tells apart what the county column did not */
	if (nc > 1 && q) {
		size_t keep = 0;

		for (size_t k = 0; k < nc; k++)
			if (bracket_fits(q, ql, cand[k]))
				memmove(cand[keep++], cand[k], 5);
		nc = keep;
	}
	if (nc == 0) {
		if (county)
			bosett_err(imp->err, "%s:%ld: column 'Kommune': no municipality of the list has this name in %s: \"%s\"",
			           file, f->line, f->county, label);
		else
			bosett_err(imp->err, "%s:%ld: column 'Kommune': no municipality of the list has this name: \"%s\"",
			           file, f->line, label);
		return -1;
	}
	if (nc > 1) {
		bosett_err(imp->err, "%s:%ld: column 'Kommune': ambiguous name, %s and %s%s both fit%s: \"%s\"", file, f->line,
		           cand[0], cand[1], nc > 2 ? " (and more)" : "",
		           county || !f->county ? "" : " (the county list would tell them apart)", label);
		return -1;
	}
	if (q && !bracket_fits(q, ql, cand[0])) {
		bosett_err(imp->err, "%s:%ld: column 'Kommune': the bracket names another county than %s%s: \"%s\"", file,
		           f->line, f->county && *f->county ? f->county : "the municipality's", "", label);
		return -1;
	}
	memcpy(code, cand[0], 5);
	return 0;
}
