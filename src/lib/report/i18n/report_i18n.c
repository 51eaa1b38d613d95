/*
 * report_i18n.c - the report's words in English, bokmål and nynorsk, and
 * its number style. The messages are a table indexed by message and
 * language, kept as gettext catalogues (po/nb.po, po/nn.po) a reviewer can
 * read and msgfmt can check, with {1}-style placeholders (never printf formats, so a
 * translation cannot break the output); numbers are formatted by hand so
 * that no locale can change them: nb and nn get a no-break space between
 * thousands and a decimal comma, English a comma and a point.
 */
#include "report/report_impl.h"
#include "base/number.h"

#include <math.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

/* One message: English, bokmål, nynorsk, from the catalogues po/nb.po and
 * po/nn.po (msgctxt is the key), made into a C table at build time. */
static const char *const msgs[M_COUNT][3] = {
#define RPT_MSG(k, en, nb, nn) [k] = { en, nb, nn },
#define RPT_KEY(k, en, nb, nn)
#include "report_msgs.inc"
#undef RPT_MSG
#undef RPT_KEY
};

static const struct {
	const char *key, *words[3];
} methods[] = {
	{ "optimise", { "optimisation: the allocation that fits the criteria best within every rule",
	                "optimering: fordelingen som passer kriteriene best innenfor alle reglene",
	                "optimering: fordelinga som passar kriteria best innanfor alle reglane" } },
	{ "proportional", { "in proportion to the shares by the key, rounded by largest remainders",
	                    "i forhold til delene etter fordelingsnøkkelen, avrundet etter største rest",
	                    "i høve til delane etter fordelingsnøkkelen, avrunda etter største rest" } },
	{ "sainte-lague", { "Sainte-Laguë's method on the shares by the key",
	                    "Sainte-Laguës metode på delene etter fordelingsnøkkelen",
	                    "Sainte-Laguë-metoden på delane etter fordelingsnøkkelen" } },
	{ "denmark", { "the Danish municipal quota key", "den danske fordelingsnøkkelen (kommunekvoter)",
	               "den danske fordelingsnøkkelen (kommunekvotar)" } },
	{ "key", { "the model's own distribution key", "modellens egen fordelingsnøkkel",
	           "fordelingsnøkkelen i modellen" } },
};

const char *rpt_method_words(const struct bosett_report *r, const char *method)
{
	for (size_t i = 0; i < sizeof methods / sizeof methods[0]; i++)
		if (strcmp(methods[i].key, method) == 0)
			return methods[i].words[r->lang];
	return method;
}

/* The provenance keys the tools record, in words: the msgctxt "key:NAME"
 * entries of the same catalogues. */
static const struct {
	const char *key, *words[3];
} meta_words[] = {
#define RPT_MSG(k, en, nb, nn)
#define RPT_KEY(k, en, nb, nn) { k, { en, nb, nn } },
#include "report_msgs.inc"
#undef RPT_MSG
#undef RPT_KEY
};

const char *rpt_meta_words(const struct bosett_report *r, const char *key)
{
	for (size_t i = 0; i < sizeof meta_words / sizeof meta_words[0]; i++)
		if (strcmp(meta_words[i].key, key) == 0)
			return meta_words[i].words[r->lang];
	return key;
}

void rpt_key_words(const struct bosett_report *r, const char *key, struct bosett_buf *b)
{
	const char *w = rpt_meta_words(r, key);

	b->len = 0;
	if (w != key)
		bosett_buf_printf(b, "%s", w);
	else if (!strncmp(key, "import.year.", 12))
		rpt_subst(b, rpt_msg(r, M_XL_KEY_YEAR), key + 12, NULL, NULL);
	else if (!strncmp(key, "import.survey.", 14))
		rpt_subst(b, rpt_msg(r, M_XL_SURVEY_OF), key + 14, NULL, NULL);
	else
		bosett_buf_printf(b, "%s", key);
}

const char *rpt_msg(const struct bosett_report *r, enum rpt_msg m)
{
	const char *s = (unsigned)m < M_COUNT ? msgs[m][r->lang] : NULL;

	return s ? s : "";
}

/* A binding limit: its key, words, and the unit of "one more". */
static const struct {
	const char *key, *shortw[3], *words[3], *unit[3];
	int capacity;
} limits[] = {
	{ "max_settle", { "own cap", "eget tak", "eige tak" },
	  { "the municipality's own cap", "kommunens eget tak", "det eigne taket til kommunen" },
	  { "One more place under the municipality's own cap in", "Én plass til under kommunens eget tak i",
	    "Éin plass til under det eigne taket til" }, 1 },
	{ "per_capita", { "per-capita ceiling", "tak per innbygger", "tak per innbyggjar" },
	  { "the ceiling per 1,000 inhabitants", "taket per 1000 innbyggere", "taket per 1000 innbyggjarar" },
	  { "One more place under the per-capita ceiling in", "Én plass til under taket per innbygger i",
	    "Éin plass til under taket per innbyggjar i" }, 1 },
	{ "housing_units", { "housing", "boliger", "bustader" },
	  { "housing: every dwelling for settlement is used", "boliger: alle boligene for bosetting er brukt",
	    "bustader: alle bustadene for busetjing er brukte" },
	  { "One more dwelling in", "Én bolig til i", "Éin bustad til i" }, 1 },
	{ "adult_ed_seats", { "adult education", "voksenopplæring", "vaksenopplæring" },
	  { "adult education: every place is used", "voksenopplæring: alle plassene er brukt",
	    "vaksenopplæring: alle plassane er brukte" },
	  { "One more adult-education place in", "Én plass til i voksenopplæringen i",
	    "Éin plass til i vaksenopplæringa i" }, 1 },
	{ "upper_secondary_seats", { "upper secondary", "videregående", "vidaregåande" },
	  { "upper-secondary school: every place is used", "videregående opplæring: alle plassene er brukt",
	    "vidaregåande opplæring: alle plassane er brukte" },
	  { "One more upper-secondary place in", "Én plass til i videregående opplæring i",
	    "Éin plass til i vidaregåande opplæring i" }, 1 },
	{ "region_jobs", { "jobs in the region", "jobber i regionen", "jobbar i regionen" },
	  { "jobs in the commuting region", "jobber i bo- og arbeidsmarkedsregionen",
	    "jobbar i bu- og arbeidsmarknadsregionen" },
	  { "One more job in the commuting region of", "Én jobb til i bo- og arbeidsmarkedsregionen til",
	    "Éin jobb til i bu- og arbeidsmarknadsregionen til" }, 1 },
	{ "region_upper_secondary", { "upper secondary in the region", "videregående i regionen", "vidaregåande i regionen" },
	  { "upper-secondary places in the commuting region", "plasser i videregående opplæring i regionen",
	    "plassar i vidaregåande opplæring i regionen" },
	  { "One more upper-secondary place in the commuting region of",
	    "Én plass til i videregående opplæring i regionen til",
	    "Éin plass til i vidaregåande opplæring i regionen til" }, 1 },
	{ "em_places", { "care places for minors", "EM-plasser", "EM-plassar" },
	  { "care places for unaccompanied minors", "omsorgsplasser for enslige mindreårige",
	    "omsorgsplassar for einslege mindreårige" },
	  { "One more care place for unaccompanied minors in", "Én omsorgsplass til for enslige mindreårige i",
	    "Éin omsorgsplass til for einslege mindreårige i" }, 1 },
	{ "min_settle", { "minimum", "minstetall", "minstetal" },
	  { "the minimum number for a municipality that is asked", "minstetallet for en kommune som blir anmodet",
	    "minstetalet for ein kommune som blir oppmoda" },
	  { "One person less in the minimum, in", "Én person mindre i minstetallet, i",
	    "Éin person mindre i minstetalet, i" }, 0 },
	{ "fair_share", { "the key", "fordelingsnøkkelen", "fordelingsnøkkelen" },
	  { "its share by the distribution key", "delen etter fordelingsnøkkelen", "delen etter fordelingsnøkkelen" },
	  { "", "", "" }, 0 },
	{ "continuity", { "stable numbers", "stabile tall", "stabile tal" },
	  { "kept near last year's number", "holdt nær tallet i fjor", "halde nær talet i fjor" },
	  { "", "", "" }, 0 },
	{ "criteria", { "criteria", "kriterier", "kriteria" },
	  { "moved toward better prospects of work and education (the criteria)",
	    "flyttet mot bedre utsikter til arbeid og utdanning (kriteriene)",
	    "flytt mot betre utsikter til arbeid og utdanning (kriteria)" },
	  { "", "", "" }, 0 },
	{ "jobs", { "jobs", "jobber", "jobbar" },
	  { "jobs: every open job is counted", "jobber: alle ledige jobber er regnet med",
	    "jobbar: alle ledige jobbar er rekna med" },
	  { "One more job in", "Én jobb til i", "Éin jobb til i" }, 1 },
	{ "region_housing_units", { "housing in the region", "boliger i regionen", "bustader i regionen" },
	  { "dwellings in the commuting region", "boliger i bo- og arbeidsmarkedsregionen",
	    "bustader i bu- og arbeidsmarknadsregionen" },
	  { "One more dwelling in the commuting region of", "Én bolig til i regionen til",
	    "Éin bustad til i regionen til" }, 1 },
	{ "region_adult_ed", { "adult education in the region", "voksenopplæring i regionen",
	                       "vaksenopplæring i regionen" },
	  { "adult-education places in the commuting region", "voksenopplæringsplasser i regionen",
	    "vaksenopplæringsplassar i regionen" },
	  { "One more adult-education place in the commuting region of",
	    "Én voksenopplæringsplass til i regionen til", "Éin vaksenopplæringsplass til i regionen til" }, 1 },
	{ "not_asked", { "not asked", "ikke anmodet", "ikkje oppmoda" },
	  { "not asked this year", "ikke anmodet i år", "ikkje oppmoda i år" },
	  { "", "", "" }, 0 },
	{ "total", { "the sum", "summen", "summen" },
	  { "adjusted so that the county's total adds up", "justert slik at summen for fylket stemmer",
	    "justert slik at summen for fylket stemmer" },
	  { "", "", "" }, 0 },
	{ "offered", { "offer", "tilbud", "tilbod" },
	  { "what the municipality offers to settle this year", "det kommunen tilbyr å bosette i år",
	    "det kommunen tilbyr å busetje i år" },
	  { "", "", "" }, 0 },
	{ "offered_exceeded", { "above its offer", "over tilbudet", "over tilbodet" },
	  { "above what the municipality offers: the county's total cannot be placed otherwise",
	    "over det kommunen tilbyr: fylkets samlede tall kan ikke fordeles på annen måte",
	    "over det kommunen tilbyr: det samla talet for fylket kan ikkje fordelast på anna vis" },
	  { "", "", "" }, 0 },
	{ "none", { "none", "ingen", "inga" },
	  { "no limit decides: placed where it fits the criteria best",
	    "ingen grense avgjør: plassert der det passer kriteriene best",
	    "inga grense avgjer: plassert der det passar kriteria best" },
	  { "", "", "" }, 0 },
};

#define NLIMITS (sizeof limits / sizeof limits[0])

const char *rpt_limit_words(const struct bosett_report *r, const char *key)
{
	for (size_t i = 0; i < NLIMITS; i++)
		if (strcmp(limits[i].key, key) == 0)
			return limits[i].words[r->lang];
	return key;
}

/* The criteria of the score (score.c's component keys), as a reason names
 * them: English, bokmål, nynorsk, each with its article. */
static const struct {
	const char *key, *words[3];
} criteria[] = {
	{ "employment", { "the employment rate", "sysselsettingen", "sysselsetjinga" } },
	{ "unemployment", { "registered unemployment", "den registrerte ledigheten", "den registrerte ledigheita" } },
	{ "vacancies", { "job vacancies", "antallet ledige stillinger", "talet på ledige stillingar" } },
	{ "region_employment", { "the employment rate of the commuting region",
	                         "sysselsettingen i bo- og arbeidsmarkedsregionen",
	                         "sysselsetjinga i bu- og arbeidsmarknadsregionen" } },
	{ "region_unemployment", { "registered unemployment in the commuting region",
	                           "ledigheten i bo- og arbeidsmarkedsregionen",
	                           "ledigheita i bu- og arbeidsmarknadsregionen" } },
	{ "region_vacancies", { "job vacancies in the commuting region", "antallet ledige stillinger i regionen",
	                        "talet på ledige stillingar i regionen" } },
	{ "intro", { "the results of the introduction programme", "resultatene i introduksjonsprogrammet",
	             "resultata i introduksjonsprogrammet" } },
	{ "retention", { "how many settled refugees stay", "hvor mange bosatte flyktninger som blir boende",
	                 "kor mange busette flyktningar som blir buande" } },
	{ "adult_ed", { "the places in adult education", "plassene i voksenopplæringen", "plassane i vaksenopplæringa" } },
	{ "upper_secondary", { "the places in upper-secondary school", "plassene i videregående opplæring",
	                       "plassane i vidaregåande opplæring" } },
	{ "region_upper_secondary", { "the places in upper-secondary school in the region",
	                              "plassene i videregående opplæring i regionen",
	                              "plassane i vidaregåande opplæring i regionen" } },
	{ "housing", { "the dwellings for settlement", "boligene til bosetting", "bustadene til busetjing" } },
	{ "population", { "the population", "folketallet", "folketalet" } },
	{ "gdp", { "GDP per inhabitant", "BNP per innbygger", "BNP per innbyggjar" } },
	{ "past_reception", { "the refugees settled in the three years before",
	                      "flyktningene som er bosatt de tre siste årene", "flyktningane som er busette dei tre siste åra" } },
	{ "region_jobs", { "the jobs in the commuting region", "arbeidsplassene i regionen", "arbeidsplassane i regionen" } },
	{ "school_norwegian", { "reinforced Norwegian instruction in school", "andelen elever med forsterket opplæring i norsk",
	                        "delen elevar med forsterka opplæring i norsk" } },
	{ "adult_norwegian", { "the Norwegian training of adults", "norskopplæringen for voksne",
	                       "norskopplæringa for vaksne" } },
	{ "capacity_shown", { "how many of those decided the municipality has settled",
	                      "hvor mange kommunen har bosatt av dem den har vedtatt å bosette",
	                      "kor mange kommunen har busett av dei han har vedteke å busetje" } },
	{ "recent_settled", { "the refugees the municipality has settled in recent years",
	                      "flyktningene kommunen har bosatt de siste årene",
	                      "flyktningane kommunen har busett dei siste åra" } },
	{ "region_youth", { "the share of 16-19-year-olds in the region", "andelen 16–19-åringer i regionen",
	                    "delen 16–19-åringar i regionen" } },
};

const char *rpt_criterion_words(const struct bosett_report *r, const char *key)
{
	for (size_t i = 0; i < sizeof criteria / sizeof criteria[0]; i++)
		if (strcmp(criteria[i].key, key) == 0)
			return criteria[i].words[r->lang];
	return NULL;
}

const char *rpt_limit_short(const struct bosett_report *r, const char *key)
{
	for (size_t i = 0; i < NLIMITS; i++)
		if (strcmp(limits[i].key, key) == 0)
			return limits[i].shortw[r->lang];
	return key;
}

const char *rpt_limit_unit(const struct bosett_report *r, const char *key)
{
	for (size_t i = 0; i < NLIMITS; i++)
		if (strcmp(limits[i].key, key) == 0)
			return limits[i].unit[r->lang];
	return "";
}

int rpt_limit_is_capacity(const char *key)
{
	for (size_t i = 0; i < NLIMITS; i++)
		if (strcmp(limits[i].key, key) == 0)
			return limits[i].capacity;
	return 0;
}

static const struct {
	const char *name, *words[3];
} comps[] = {
	{ "employment_rate", { "employment", "sysselsetting", "sysselsetjing" } },
	{ "unemployment_rate", { "unemployment", "arbeidsledighet", "arbeidsløyse" } },
	{ "vacancies_per_1000", { "vacancies", "ledige stillinger", "ledige stillingar" } },
	{ "intro_result", { "introduction results", "introduksjonsresultat", "introduksjonsresultat" } },
	{ "retention", { "retention", "blir boende", "blir buande" } },
	{ "refugee_share", { "refugee share", "flyktningandel", "del flyktningar" } },
	{ "population", { "population", "folketall", "folketal" } },
	{ "region_jobs", { "jobs in the region", "jobber i regionen", "jobbar i regionen" } },
	{ "upper_secondary", { "upper secondary", "videregående", "vidaregåande" } },
};

const char *rpt_comp_words(const struct bosett_report *r, const char *name)
{
	for (size_t i = 0; i < sizeof comps / sizeof comps[0]; i++)
		if (strcmp(comps[i].name, name) == 0)
			return comps[i].words[r->lang];
	return name;
}

void rpt_substv(struct bosett_buf *b, const char *tmpl, const char *const *a, size_t n)
{
	for (const char *p = tmpl; *p; p++) {
		if (p[0] == '{' && p[1] >= '1' && p[1] <= '9' && p[2] == '}') {
			size_t k = (size_t)(p[1] - '1');

			bosett_buf_adds(b, k < n && a[k] ? a[k] : "");
			p += 2;
		} else {
			bosett_buf_addc(b, *p);
		}
	}
}

void rpt_subst(struct bosett_buf *b, const char *tmpl, const char *a1, const char *a2,
               const char *a3)
{
	const char *a[3] = { a1, a2, a3 };

	rpt_substv(b, tmpl, a, 3);
}

char *rpt_num(const struct bosett_report *r, char *buf, size_t n, double v, int decimals)
{
	char raw[64], *dot;
	/* the data format keeps numbers as a program reads them */
	int plain = r->fmt == BOSETT_REPORT_JSON;
	const char *thou = plain ? "" : r->lang == BOSETT_LANG_EN ? "," : "\xc2\xa0";
	char dec = plain || r->lang == BOSETT_LANG_EN ? '.' : ',';
	size_t o = 0, intlen, start;

	if (!isfinite(v)) {
		snprintf(buf, n, "?");
		return buf;
	}
	if (decimals < 0) {
		bosett_snprintf(raw, sizeof raw, "%.2f", v);
		dot = strchr(raw, '.');
		if (dot) {
			char *e = raw + strlen(raw) - 1;

			while (e > dot && *e == '0')
				*e-- = '\0';
			if (e == dot)
				*e = '\0';
		}
	} else {
		bosett_snprintf(raw, sizeof raw, "%.*f", decimals, v);
	}
	if (strcmp(raw, "-0") == 0 || (raw[0] == '-' && strspn(raw + 1, "0.") == strlen(raw + 1)))
		memmove(raw, raw + 1, strlen(raw));
	start = raw[0] == '-';
	dot = strchr(raw, '.');
	intlen = (dot ? (size_t)(dot - raw) : strlen(raw)) - start;
	if (start && o + 1 < n)
		buf[o++] = '-';
	for (size_t i = 0; i < intlen; i++) {
		/* groups of three, and none in a four-digit number (Norwegian style) */
		if (i > 0 && (intlen - i) % 3 == 0 && intlen > (r->lang == BOSETT_LANG_EN ? 3u : 4u)) {
			for (const char *t = thou; *t; t++)
				if (o + 1 < n)
					buf[o++] = *t;
		}
		if (o + 1 < n)
			buf[o++] = raw[start + i];
	}
	if (dot) {
		if (o + 1 < n)
			buf[o++] = dec;
		for (const char *p = dot + 1; *p; p++)
			if (o + 1 < n)
				buf[o++] = *p;
	}
	buf[o] = '\0';
	return buf;
}

char *rpt_cell(const struct bosett_report *r, char *buf, size_t n, struct rpt_val c, int decimals)
{
	switch (c.kind) {
	case BOSETT_CELL_NUMBER: return rpt_num(r, buf, n, c.v, decimals);
	case BOSETT_CELL_ABSENT: snprintf(buf, n, "."); break;
	case BOSETT_CELL_SUPPRESSED: snprintf(buf, n, ":"); break;
	default: buf[0] = '\0'; break;
	}
	return buf;
}

void rpt_date(const struct bosett_report *r, char *buf, size_t n)
{
	static const char *const en[] = { "January", "February", "March", "April", "May", "June", "July",
	                                  "August", "September", "October", "November", "December" };
	static const char *const no[] = { "januar", "februar", "mars", "april", "mai", "juni", "juli",
	                                  "august", "september", "oktober", "november", "desember" };
	time_t t = (time_t)r->date;
	struct tm tm;

	if (!gmtime_r(&t, &tm)) {
		buf[0] = '\0';
		return;
	}
	if (r->lang == BOSETT_LANG_EN)
		snprintf(buf, n, "%d %s %d", tm.tm_mday, en[tm.tm_mon], tm.tm_year + 1900);
	else
		snprintf(buf, n, "%d. %s %d", tm.tm_mday, no[tm.tm_mon], tm.tm_year + 1900);
}
