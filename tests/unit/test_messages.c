/* Unit tests of the language of messages (base/messages.c): the catalogue
 * keeps every conversion of its English, the caller chooses the language,
 * only the words change, and the output's data never do. */
#include <bosett/bosett.h>

#include "check.h"
#include "fixture.h"
#include "base/conversions.h"
#include "base/internal.h"

TEST(every_translation_keeps_the_conversions)
{
	size_t n, formats = 0;
	const struct bosett_msg_entry *e = bosett_msg_catalogue(&n);

	CHECK(n >= 90);
	for (size_t i = 0; i < n; i++) {
		for (int l = BOSETT_LANG_NB; l <= BOSETT_LANG_NN; l++) {
			const char *tr = e[i].text[l];

			/* every message is translated in both languages */
			if (!tr || !*tr) {
				fprintf(stderr, "not translated (%s): %s\n", l == BOSETT_LANG_NB ? "nb" : "nn", e[i].en);
				check_failed = 1;
				continue;
			}
			if (e[i].format && !bosett_conv_same(e[i].en, tr)) {
				fprintf(stderr, "conversions differ:\n  %s\n  %s\n", e[i].en, tr);
				check_failed = 1;
			}
		}
		formats += e[i].format;
		/* sorted, for the lookup's binary search */
		if (i)
			CHECK(strcmp(e[i - 1].en, e[i].en) < 0);
	}
	CHECK(formats >= 60);
}

TEST(the_check_refuses_what_would_break_printf)
{
	/* the checker itself: each of these would print garbage or crash */
	CHECK(bosett_conv_same("%s:%ld: column '%s': not a number: \"%s\"",
	                       "%s:%ld: kolonnen '%s': ikkje eit tal: \"%s\""));
	CHECK(!bosett_conv_same("%s:%ld: column '%s': %s", "%s:%ld: kolonnen '%s'"));         /* one missing */
	CHECK(!bosett_conv_same("%ld of %s", "%s av %ld"));                                   /* reordered */
	CHECK(!bosett_conv_same("%s: %ld rows", "%s: %d rader"));                              /* another type */
	CHECK(!bosett_conv_same("%s: not a number: \"%s\"", "%s: ikkje eit tal: «%s»"));        /* unquoted */
	CHECK(!bosett_conv_same("%s:%ld: empty", "linje %ld i %s: tom"));                      /* place moved */
	CHECK(!bosett_conv_same("%s: 2 %%", "%s: 2 %"));                                       /* a stray % */
	CHECK(bosett_conv_same("under 1 %%: %s", "under 1 %%: %s"));
	CHECK(!bosett_conv_same("a", "%n"));
}

TEST(locale_names)
{
	static const struct {
		const char *name;
		int ok;
		enum bosett_lang lang;
	} cases[] = { { "nb", 1, BOSETT_LANG_NB }, { "no", 1, BOSETT_LANG_NB }, { "nb_NO.UTF-8", 1, BOSETT_LANG_NB },
		      { "no_NO", 1, BOSETT_LANG_NB }, { "nn", 1, BOSETT_LANG_NN }, { "nn_NO.UTF-8@x", 1, BOSETT_LANG_NN },
		      { "en_GB.UTF-8", 1, BOSETT_LANG_EN }, { "C", 1, BOSETT_LANG_EN }, { "POSIX", 1, BOSETT_LANG_EN },
		      { "C.UTF-8", 1, BOSETT_LANG_EN }, { "sv_SE", 0, BOSETT_LANG_EN }, { "nno", 0, BOSETT_LANG_EN },
		      { "", 0, BOSETT_LANG_EN }, { NULL, 0, BOSETT_LANG_EN } };

	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		enum bosett_lang l = (enum bosett_lang)99;
		enum bosett_status st = bosett_lang_from_locale(cases[i].name, &l);

		if ((st == BOSETT_OK) != cases[i].ok || (cases[i].ok && l != cases[i].lang)) {
			fprintf(stderr, "locale \"%s\": status %d, language %d\n", cases[i].name ? cases[i].name : "(null)",
			        (int)st, (int)l);
			check_failed = 1;
		}
	}
}

/* The nynorsk sheet's faults, read in lang: the error and the warnings. */
static void read_sheet(enum bosett_lang lang, int *rc, char *err, size_t n, char *warns, size_t wn)
{
	struct bosett_table *t;

	bosett_messages_set_lang(lang);
	t = fixture_read("Busetjing 2027;;\n"
	                 "kommunenr;kommune;Folketal;Arbeidsløyse %;Anmodingar i fjor\n"
	                 "4601;Bergen;291940;0,021;400\n"
	                 "4602;Kinn;17000;0,015;20\n"
	                 "Sum;;308940;;\n"
	                 "4603;Voss;x;0,012;30\n", 0, NULL, rc);
	snprintf(err, n, "%s", bosett_table_error(t));
	warns[0] = '\0';
	for (size_t i = 0; i < bosett_table_warning_count(t); i++)
		snprintf(warns + strlen(warns), wn - strlen(warns), "%s\n", bosett_table_warning(t, i));
	bosett_table_free(t);
	bosett_messages_set_lang(BOSETT_LANG_EN);
}

TEST(the_caller_chooses_the_language_and_only_the_words_change)
{
	char en[BOSETT_ERRMAX], nn[BOSETT_ERRMAX], nb[BOSETT_ERRMAX], wen[4096], wnn[4096], wnb[4096];
	int rc_en, rc_nn, rc_nb;

	CHECK(bosett_messages_lang() == BOSETT_LANG_EN);
	read_sheet(BOSETT_LANG_EN, &rc_en, en, sizeof en, wen, sizeof wen);
	read_sheet(BOSETT_LANG_NN, &rc_nn, nn, sizeof nn, wnn, sizeof wnn);
	read_sheet(BOSETT_LANG_NB, &rc_nb, nb, sizeof nb, wnb, sizeof wnb);
	CHECK(rc_en == BOSETT_EDATA && rc_nn == rc_en && rc_nb == rc_en);
	CHECK_STR(en, "t.csv:6: column 'population': not a whole number: \"x\"");
	CHECK_STR(nn, "t.csv:6: kolonnen 'population': ikkje eit heiltal: \"x\"");
	CHECK_STR(nb, "t.csv:6: kolonnen 'population': ikke et heltall: \"x\"");
	/* the warnings: a title row, a total row; the place and the quoted
	 * text as in English */
	CHECK(strstr(wen, "t.csv:1: 1 title or empty row above the header skipped (the header is line 2)") != NULL);
	CHECK(strstr(wnn, "t.csv:1: 1 tittelrad eller tom rad over overskriftsrada er hoppa over "
	                  "(overskriftsrada er linje 2)") != NULL);
	CHECK(strstr(wnb, "t.csv:5: en sumrad (\"Sum\"): hoppet over, verktøyene summerer selv") != NULL);
	CHECK(strstr(wnn, "t.csv:5: ei sumrad (\"Sum\"): hoppa over, verktøya summerer sjølve") != NULL);
	/* a language the catalogue does not have is English */
	bosett_messages_set_lang((enum bosett_lang)7);
	CHECK(bosett_messages_lang() == BOSETT_LANG_EN);
	CHECK_STR(bosett_messages_text("not a number"), "not a number");
	bosett_messages_set_lang(BOSETT_LANG_NN);
	CHECK_STR(bosett_messages_text("not a number"), "ikkje eit tal");
	/* a text the catalogue lacks stays as it is */
	CHECK_STR(bosett_messages_text("no such message %s"), "no such message %s");
	/* data built between _english_begin and _end stays English */
	bosett_msg_english_begin();
	CHECK_STR(bosett_messages_text("not a number"), "not a number");
	bosett_msg_english_end();
	CHECK_STR(bosett_messages_text("not a number"), "ikkje eit tal");
	bosett_messages_set_lang(BOSETT_LANG_EN);
}

TEST(infeasible_message_translated_and_diagnosis_data_english)
{
	struct bosett_table *t = fixture_table("kommunenr,kommune,population\n1505,Kristiansund,24404\n1506,Molde,32989\n");
	struct bosett_model *m = bosett_model_new();
	struct bosett_solver *s = bosett_solver_new(m);
	struct bosett_table *t2 = fixture_table("kommunenr,kommune,population\n1505,Kristiansund,24404\n1506,Molde,32989\n");
	struct bosett_solver *s2 = bosett_solver_new(m);

	bosett_solver_set_quota(s, 5);
	CHECK(bosett_solver_run(s, t) == BOSETT_EINFEASIBLE);
	CHECK(strstr(bosett_solver_error(s), "no allocation meets every rule: quota 5 is less than the minimum of 10 "
	                                     "that any one municipality is asked for") == bosett_solver_error(s));
	bosett_messages_set_lang(BOSETT_LANG_NN);
	bosett_solver_set_quota(s2, 5);
	CHECK(bosett_solver_run(s2, t2) == BOSETT_EINFEASIBLE);
	CHECK(strstr(bosett_solver_error(s2), "inga fordeling oppfyller alle reglane: det samla talet for fylket, 5, er "
	                                      "mindre enn minstetalet på 10 for ein kommune som blir oppmoda") ==
	      bosett_solver_error(s2));
	bosett_messages_set_lang(BOSETT_LANG_EN);
	{
		/* under --allow-shortfall the diagnosis is the output's data
		 * (solve.diagnosis): English, whatever the language of
		 * messages (tests/bad's solve.shortfall-nobody-askable) */
		struct bosett_table *t3 = fixture_table("kommunenr,kommune,population\n1505,A,500\n1506,B,600\n");
		struct bosett_model *classic = bosett_model_new();
		struct bosett_solver *s3 = bosett_solver_new(classic);
		const char *d;

		CHECK(bosett_model_load(classic, "classic") == BOSETT_OK);
		bosett_messages_set_lang(BOSETT_LANG_NN);
		bosett_solver_set_quota(s3, 10);
		bosett_solver_set_allow_shortfall(s3, 1);
		CHECK(bosett_solver_run(s3, t3) == BOSETT_OK);
		d = bosett_table_meta_get(t3, "solve.diagnosis");
		CHECK(d && strncmp(d, "quota 10 is more than the 0 that all caps allow (short by 10)", 61) == 0);
		bosett_messages_set_lang(BOSETT_LANG_EN);
		bosett_solver_free(s3);
		bosett_model_free(classic);
		bosett_table_free(t3);
	}
	bosett_solver_free(s);
	bosett_solver_free(s2);
	bosett_model_free(m);
	bosett_table_free(t);
	bosett_table_free(t2);
}

const struct check_case check_cases[] = {
	CASE(every_translation_keeps_the_conversions), CASE(the_check_refuses_what_would_break_printf),
	CASE(locale_names), CASE(the_caller_chooses_the_language_and_only_the_words_change),
	CASE(infeasible_message_translated_and_diagnosis_data_english), { NULL, NULL }
};

CHECK_MAIN
