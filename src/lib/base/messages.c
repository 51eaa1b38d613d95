/*
 * messages.c - the language of the library's messages. A message is
 * written from its English printf format, and that format is the key: the
 * catalogue (entries of msgctxt "msg" at the end of the report's
 * po/nb.po and po/nn.po, made into a sorted table by po2c at build time)
 * gives the bokmål or nynorsk format, which holds the same conversions in
 * the same order (po2c refuses one that does not, and so does a unit
 * test), so a translation can change the words but never what printf
 * reads. No gettext, no locale: the language is a setting, chosen by the
 * caller.
 */
#include "base/internal.h"

#include <stdlib.h>
#include <string.h>

#include <bosett/lang.h>

static const struct bosett_msg_entry msgs[] = {
#define BOSETT_MSG(format, en, nb, nn) { format, en, { en, nb, nn } },
#include "messages.inc"
#undef BOSETT_MSG
};

static enum bosett_lang msg_lang = BOSETT_LANG_EN;
/* bosett_msg_english_begin/_end: a thread building data, not a message */
static _Thread_local int english_only;

void bosett_messages_set_lang(enum bosett_lang lang)
{
	msg_lang = lang == BOSETT_LANG_NB || lang == BOSETT_LANG_NN ? lang : BOSETT_LANG_EN;
}

enum bosett_lang bosett_messages_lang(void)
{
	return msg_lang;
}

static int cmp_entry(const void *key, const void *e)
{
	return strcmp(key, ((const struct bosett_msg_entry *)e)->en);
}

const char *bosett_messages_text(const char *english)
{
	const struct bosett_msg_entry *e;

	if (msg_lang == BOSETT_LANG_EN || english_only || !english)
		return english;
	e = bsearch(english, msgs, sizeof msgs / sizeof msgs[0], sizeof msgs[0], cmp_entry);
	return e && e->text[msg_lang] ? e->text[msg_lang] : english;
}

void bosett_msg_english_begin(void)
{
	english_only++;
}

void bosett_msg_english_end(void)
{
	english_only--;
}

const struct bosett_msg_entry *bosett_msg_catalogue(size_t *n)
{
	*n = sizeof msgs / sizeof msgs[0];
	return msgs;
}

enum bosett_status bosett_lang_from_locale(const char *locale, enum bosett_lang *out)
{
	static const struct {
		const char *name;
		enum bosett_lang lang;
	} names[] = { { "nb", BOSETT_LANG_NB }, { "no", BOSETT_LANG_NB }, { "nn", BOSETT_LANG_NN },
		      { "en", BOSETT_LANG_EN }, { "C", BOSETT_LANG_EN }, { "POSIX", BOSETT_LANG_EN } };
	size_t n;

	if (!locale)
		return BOSETT_EUSAGE;
	/* the language before the territory, codeset and modifier: nb_NO.UTF-8@x */
	n = strcspn(locale, "_.@");
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (strlen(names[i].name) == n && strncmp(locale, names[i].name, n) == 0) {
			*out = names[i].lang;
			return BOSETT_OK;
		}
	return BOSETT_EUSAGE;
}
