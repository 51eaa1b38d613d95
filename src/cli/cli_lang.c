/*
 * cli_lang.c - the language of the tools' messages, chosen from the
 * environment as GNU gettext chooses: LANGUAGE, a colon-separated list of
 * languages in order of preference, unless the locale is C or POSIX (POSIX
 * fixes the messages of the C locale); then the locale, the first set of
 * LC_ALL, LC_MESSAGES and LANG. nb, no (and nb_NO.UTF-8, ...) give bokmål,
 * nn nynorsk, anything else English. The library reads no environment:
 * the tool tells it (bosett_messages_set_lang).
 */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

const char *cli_locale(void)
{
	static const char *vars[] = { "LC_ALL", "LC_MESSAGES", "LANG" };

	for (size_t i = 0; i < sizeof vars / sizeof vars[0]; i++) {
		const char *v = getenv(vars[i]);

		if (v && *v)
			return v;
	}
	return NULL;
}

enum bosett_lang cli_messages_lang(void)
{
	const char *locale = cli_locale(), *list = getenv("LANGUAGE");
	enum bosett_lang lang;

	/* LANGUAGE when a locale other than C is set, or none is (the tools
	 * write UTF-8 whatever the locale's codeset) */
	if (list && *list && !(locale && (!strcmp(locale, "C") || !strcmp(locale, "POSIX")))) {
		for (const char *p = list; *p;) {
			size_t n = strcspn(p, ":");
			char one[64];

			if (n > 0 && n < sizeof one) {
				memcpy(one, p, n);
				one[n] = '\0';
				if (bosett_lang_from_locale(one, &lang) == BOSETT_OK)
					return lang;
			}
			p += n + (p[n] == ':');
		}
		/* none of the languages asked for has a catalogue: as gettext,
		 * the English the messages are written in */
		return BOSETT_LANG_EN;
	}
	if (bosett_lang_from_locale(locale, &lang) == BOSETT_OK)
		return lang;
	return BOSETT_LANG_EN;
}
