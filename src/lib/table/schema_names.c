/*
 * schema_names.c - the one column vocabulary of every reader: the names of
 * bosett-data(5) in bokmål, nynorsk and English as people write them in
 * spreadsheet headers, the marks of a per-cent column, the columns the
 * tools themselves write, and the nearest known name to a misspelt header.
 * The main decision: Norwegian names of shares ("Ledighet",
 * "Sysselsetting") mean per cent, as NAV and SSB publish them; the
 * canonical names mean fractions. A header is compared after folding case
 * (Æ Ø Å included) and treating spaces and underscores alike.
 */
#include "table/schema.h"

#include <stdio.h>
#include <string.h>

#define PCT 1

static const struct bosett_alias {
	const char *alias, *col;
	int percent;
} aliases[] = {
	{ "kommunenummer", "kommunenr", 0 }, { "knr", "kommunenr", 0 }, { "komnr", "kommunenr", 0 },
	{ "kommunekode", "kommunenr", 0 }, { "kommune nr", "kommunenr", 0 }, { "kommunenr.", "kommunenr", 0 },
	{ "municipality number", "kommunenr", 0 }, { "municipality code", "kommunenr", 0 },
	{ "code", "kommunenr", 0 },
	{ "kommunenavn", "kommune", 0 }, { "kommunenamn", "kommune", 0 }, { "navn", "kommune", 0 },
	{ "namn", "kommune", 0 }, { "municipality", "kommune", 0 }, { "municipality name", "kommune", 0 },
	{ "name", "kommune", 0 },
	{ "innbyggere", "population", 0 }, { "innbyggertall", "population", 0 },
	{ "innbyggjarar", "population", 0 }, { "innbyggjartal", "population", 0 },
	{ "folketal", "population", 0 }, { "folketall", "population", 0 },
	{ "folkemengde", "population", 0 }, { "befolkning", "population", 0 },
	{ "inhabitants", "population", 0 },
	{ "fylkesnummer", "fylkenr", 0 }, { "fylkesnr", "fylkenr", 0 }, { "county number", "fylkenr", 0 },
	{ "fylkesnavn", "fylke", 0 }, { "fylkesnamn", "fylke", 0 }, { "county", "fylke", 0 },
	{ "ba-region", "region", 0 }, { "bo- og arbeidsmarkedsregion", "region", 0 },
	{ "commuting region", "region", 0 },
	{ "regionnavn", "region_name", 0 }, { "regionnamn", "region_name", 0 },
	{ "målform", "malform", 0 }, { "language", "malform", 0 },
	{ "maks bosetting", "max_settle", 0 }, { "maks busetjing", "max_settle", 0 },
	{ "øvre grense", "max_settle", 0 },
	{ "kan bosette", "offered", 0 }, { "kan busetje", "offered", 0 }, { "tilbudt", "offered", 0 },
	{ "tilbode", "offered", 0 }, { "offer", "offered", 0 },
	{ "boliger", "housing_units", 0 }, { "ledige boliger", "housing_units", 0 },
	{ "bustader", "housing_units", 0 }, { "ledige bustader", "housing_units", 0 },
	{ "dwellings", "housing_units", 0 },
	{ "voksenopplæring", "adult_ed_seats", 0 }, { "vaksenopplæring", "adult_ed_seats", 0 },
	{ "videregående", "upper_secondary_seats", 0 }, { "vidaregåande", "upper_secondary_seats", 0 },
	{ "jobber", "jobs", 0 }, { "ledige stillinger", "jobs", 0 }, { "ledige stillingar", "jobs", 0 },
	{ "em-plasser", "em_places", 0 }, { "em-plassar", "em_places", 0 },
	{ "bosetter em", "em_optin", 0 }, { "buset em", "em_optin", 0 },
	{ "anmodning i fjor", "requested_prev", 0 }, { "anmodet i fjor", "requested_prev", 0 },
	{ "oppmoding i fjor", "requested_prev", 0 },
	{ "vedtak i fjor", "decided_prev", 0 }, { "vedtatt i fjor", "decided_prev", 0 },
	{ "vedteke i fjor", "decided_prev", 0 },
	{ "bosatt i fjor", "settled_prev", 0 }, { "busett i fjor", "settled_prev", 0 },
	{ "anmodning", "requested", 0 }, { "anmodet", "requested", 0 }, { "oppmoding", "requested", 0 },
	{ "vedtak", "decided", 0 }, { "vedtatt", "decided", 0 }, { "vedteke", "decided", 0 },
	{ "bosatt", "settled", 0 }, { "busett", "settled", 0 },
	{ "sysselsetting", "employment_rate", PCT }, { "sysselsettingsandel", "employment_rate", PCT },
	{ "sysselsettingsprosent", "employment_rate", PCT },
	{ "ledighet", "unemployment_rate", PCT }, { "ledigheit", "unemployment_rate", PCT },
	{ "arbeidsledighet", "unemployment_rate", PCT }, { "arbeidsløyse", "unemployment_rate", PCT },
	{ "ledighetsprosent", "unemployment_rate", PCT },
	{ "introresultat", "intro_result", PCT },
	/* issue 20: the criteria (bokmål, nynorsk) */
	{ "introdeltakere", "intro_participants", 0 }, { "introdeltakarar", "intro_participants", 0 },
	{ "blitt boende", "retention", 0 }, { "vorte buande", "retention", 0 },
	{ "forsterket norsk", "norwegian_instruction_share", PCT },
	{ "forsterka norsk", "norwegian_instruction_share", PCT },
	{ "norsktilskudd", "norwegian_training_grant", 0 }, { "norsktilskot", "norwegian_training_grant", 0 },
	{ "arbeidsplasser per innbygger", "jobs_per_working_age", 0 },
	{ "arbeidsplassar per innbyggjar", "jobs_per_working_age", 0 },
	{ "andel 16-19 år", "age_16_19_share", PCT }, { "del 16-19 år", "age_16_19_share", PCT },
	{ "innvandrere", "immigrants", 0 }, { "innvandrarar", "immigrants", 0 },
	{ "flyktningandel", "refugee_share", PCT },
	{ "areal", "area_km2", 0 }, { "area", "area_km2", 0 },
	{ "lengdegrad", "lon", 0 }, { "longitude", "lon", 0 },
	{ "breddegrad", "lat", 0 }, { "latitude", "lat", 0 },
	{ "barnehageplasser", "kindergarten_places", 0 }, { "barnehageplassar", "kindergarten_places", 0 },
	{ "skoleplasser", "school_places", 0 }, { "skuleplassar", "school_places", 0 },
	{ "kontaktperson", "survey_contact", 0 }, { "merknad", "survey_comment", 0 },
	/* the words advisers write in their own sheets (issue 22), nb and nn */
	{ "anmoda i fjor", "requested_prev", 0 }, { "oppmoda i fjor", "requested_prev", 0 },
	{ "anmodning forrige år", "requested_prev", 0 }, { "oppmoding førre år", "requested_prev", 0 },
	{ "vedtak forrige år", "decided_prev", 0 }, { "vedtak førre år", "decided_prev", 0 },
	{ "bosatt forrige år", "settled_prev", 0 }, { "busett førre år", "settled_prev", 0 },
	{ "busette i fjor", "settled_prev", 0 },
	{ "anmoda", "requested", 0 }, { "oppmoda", "requested", 0 }, { "busette", "settled", 0 },
	{ "sysselsetjing", "employment_rate", PCT }, { "sysselsetjingsprosent", "employment_rate", PCT },
	{ "sysselsettingsgrad", "employment_rate", PCT }, { "sysselsetjingsgrad", "employment_rate", PCT },
	{ "arbeidsledigheit", "unemployment_rate", PCT }, { "ledigheitsprosent", "unemployment_rate", PCT },
	{ "voksenopplæring plasser", "adult_ed_seats", 0 }, { "vaksenopplæring plassar", "adult_ed_seats", 0 },
	{ "plasser i voksenopplæringen", "adult_ed_seats", 0 },
	{ "plassar i vaksenopplæringa", "adult_ed_seats", 0 },
	{ "videregående plasser", "upper_secondary_seats", 0 },
	{ "vidaregåande plassar", "upper_secondary_seats", 0 },
	{ "ledige jobber", "jobs", 0 }, { "ledige jobbar", "jobs", 0 },
	{ "kan ta imot", "offered", 0 },
	{ "resultat introprogram", "intro_result", PCT },
};

#define NALIASES (sizeof aliases / sizeof aliases[0])

/* Columns the tools write (bosett-score(1), bosett-solve(1)); read back
 * without checks and without a warning. A name ending in '*' is a prefix. */
static const char *const written[] = {
	"score_*", "cap", "fair_share", "fair_gap", "recommended", "recommended_em", "recommended_q*",
	"recommended_em_q*", "limit", "shadow_price", "binding", "anchor", "anchor_from", "rival", "rival_by",
	"rule", "without_rule", "rule_limit", "rule_own",
	"criteria_target", "criterion", "criterion_move",
	"flag",
};

/* Per-cent marks at the end of a header, after folding. */
static const char *const pct_marks[] = {
	" (%)", " %", "(%)", "%", " (prosent)", " i prosent", " prosent", " (percent)", " percent",
	" (pct)", " pct",
};

/* Fold a header: ASCII and Æ Ø Å lower case, '_' as ' ', runs of spaces
 * as one, no space at the ends. */
static void fold(const char *in, char *out, size_t n)
{
	size_t o = 0;
	const unsigned char *p = (const unsigned char *)in;

	while (*p == ' ' || *p == '_')
		p++;
	for (; *p && o + 3 < n; p++) {
		unsigned char c = *p;

		if (c >= 'A' && c <= 'Z')
			c = (unsigned char)(c - 'A' + 'a');
		if (c == 0xc3 && (p[1] == 0x86 || p[1] == 0x98 || p[1] == 0x85)) {
			out[o++] = (char)c;
			out[o++] = (char)(*++p + 0x20);
			continue;
		}
		if (c == '_' || c == '\t' || c == 0xa0)
			c = ' ';
		if (c == ' ' && o && out[o - 1] == ' ')
			continue;
		out[o++] = (char)c;
	}
	while (o && out[o - 1] == ' ')
		o--;
	out[o] = '\0';
}

/* The same folding for a canonical name ("max_settle" -> "max settle"). */
static int same(const char *folded, const char *name)
{
	char f[128];

	fold(name, f, sizeof f);
	return strcmp(folded, f) == 0;
}

static const struct bosett_column *lookup_folded(const char *f, int *percent)
{
	const struct bosett_column *c;

	for (size_t i = 0; (c = bosett_schema_entry(i)) != NULL; i++)
		if (same(f, c->name))
			return c;
	for (size_t i = 0; i < NALIASES; i++)
		if (same(f, aliases[i].alias)) {
			*percent = aliases[i].percent;
			return bosett_schema_find(aliases[i].col);
		}
	return NULL;
}

const struct bosett_column *bosett_schema_lookup(const char *header, int *percent)
{
	char f[256];
	const struct bosett_column *c;
	size_t len;

	*percent = 0;
	fold(header, f, sizeof f);
	if ((c = lookup_folded(f, percent)) != NULL)
		return c;
	len = strlen(f);
	for (size_t k = 0; k < sizeof pct_marks / sizeof pct_marks[0]; k++) {
		size_t m = strlen(pct_marks[k]);

		if (len > m && strcmp(f + len - m, pct_marks[k]) == 0) {
			f[len - m] = '\0';
			fold(f, f, sizeof f);
			c = lookup_folded(f, percent);
			if (c && c->kind == KIND_FRACTION) {
				*percent = 1;
				return c;
			}
			return NULL;
		}
	}
	return NULL;
}

int bosett_schema_written(const char *name)
{
	for (size_t i = 0; i < sizeof written / sizeof written[0]; i++) {
		size_t n = strlen(written[i]);

		if (written[i][n - 1] == '*' ? strncmp(name, written[i], n - 1) == 0 && name[n - 1]
		                             : strcmp(name, written[i]) == 0)
			return 1;
	}
	return 0;
}

int bosett_schema_expected(const char *name)
{
	int pct;

	return bosett_schema_lookup(name, &pct) || bosett_schema_written(name) ||
	       strncmp(name, "x_", 2) == 0 || strncmp(name, "X_", 2) == 0;
}

/* Edit distance of two short strings (bytes), capped at 99. */
static size_t distance(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b), prev[64], cur[64];

	if (la > 62 || lb > 62)
		return 99;
	for (size_t j = 0; j <= lb; j++)
		prev[j] = j;
	for (size_t i = 1; i <= la; i++) {
		cur[0] = i;
		for (size_t j = 1; j <= lb; j++) {
			size_t d = prev[j - 1] + (a[i - 1] != b[j - 1]);

			if (prev[j] + 1 < d)
				d = prev[j] + 1;
			if (cur[j - 1] + 1 < d)
				d = cur[j - 1] + 1;
			cur[j] = d;
		}
		memcpy(prev, cur, (lb + 1) * sizeof *prev);
	}
	return prev[lb];
}

const char *bosett_schema_suggest(const char *header)
{
	char f[128], g[128];
	const char *best = NULL;
	size_t bestd = 99, len;
	const struct bosett_column *c;

	fold(header, f, sizeof f);
	len = strlen(f);
	for (size_t i = 0; (c = bosett_schema_entry(i)) != NULL; i++) {
		size_t d;

		fold(c->name, g, sizeof g);
		d = distance(f, g);
		if (d < bestd) {
			bestd = d;
			best = c->name;
		}
	}
	for (size_t i = 0; i < NALIASES; i++) {
		size_t d = distance(f, aliases[i].alias);

		if (d < bestd) {
			bestd = d;
			best = aliases[i].alias;
		}
	}
	/* one slip in four letters; a name of three letters only by one */
	if (best && bestd <= (len < 6 ? 1 : len / 4 + 1) && bestd < len)
		return best;
	return NULL;
}

const char *bosett_schema_alias(size_t i, const char **col, int *percent)
{
	if (i >= NALIASES)
		return NULL;
	*col = aliases[i].col;
	*percent = aliases[i].percent;
	return aliases[i].alias;
}

const char *bosett_schema_names(const char *col, char *buf, size_t n)
{
	size_t o;

	o = (size_t)snprintf(buf, n, "%s", col);
	for (size_t i = 0; i < NALIASES && o < n; i++)
		if (strcmp(aliases[i].col, col) == 0)
			o += (size_t)snprintf(buf + o, n - o, ", %s", aliases[i].alias);
	return buf;
}
