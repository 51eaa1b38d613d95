/*
 * lang.h - the languages libbosett writes: English, bokmål and nynorsk.
 * The report's language is chosen per report (bosett/report.h); the
 * language of the messages the library leaves on its objects (errors and
 * warnings) is chosen here, once for the process.
 */
#ifndef BOSETT_LANG_H
#define BOSETT_LANG_H

#include <bosett/export.h>
#include <bosett/status.h>

#ifdef __cplusplus
extern "C" {
#endif

enum bosett_lang {
	BOSETT_LANG_EN = 0,
	BOSETT_LANG_NB,
	BOSETT_LANG_NN
};

#if defined(__GNUC__)
#define BOSETT_FORMAT_ARG(i) __attribute__((format_arg(i)))
#else
#define BOSETT_FORMAT_ARG(i)
#endif

/* The language of the messages the library writes from now on (the
 * _error strings, the table's warnings): English by default. Process-wide,
 * as setlocale is: set it before the library is used, and not while
 * another thread uses it. The library never reads the environment; the
 * bosett-* tools choose from LANGUAGE, LC_ALL, LC_MESSAGES and LANG. Only
 * the words change: file names, line numbers, column names and the quoted
 * text of the input are the same in every language, and a message the
 * catalogue (the report's, src/lib/report/i18n/po) lacks stays English.
 * Output files never depend on it. */
BOSETT_API void bosett_messages_set_lang(enum bosett_lang lang);
BOSETT_API enum bosett_lang bosett_messages_lang(void);
/* english (a message or a printf format of a message) in the language of
 * messages: its translation, which keeps every conversion of the format in
 * the same order, or english itself. The string is static. */
BOSETT_API const char *bosett_messages_text(const char *english) BOSETT_FORMAT_ARG(1);

/* The language a locale name or an entry of LANGUAGE names: "nb", "no"
 * and "nb_NO.UTF-8" bokmål, "nn" and "nn_NO" nynorsk, "en_GB", "C" and
 * "POSIX" English: BOSETT_OK and *out; BOSETT_EUSAGE for any other (NULL
 * or "" included). */
BOSETT_API enum bosett_status bosett_lang_from_locale(const char *locale, enum bosett_lang *out);

#ifdef __cplusplus
}
#endif

#endif
