/*
 * number.c - numbers formatted and parsed the same under every locale
 * (number.h). The decision: rather than a formatter of our own (jq's
 * jvp_dtoa), the C library's own correctly rounded printf and strtod run
 * under one C locale object made once (newlocale) and made current for the
 * calling thread alone for the length of the call (uselocale), so that a
 * caller's setlocale(LC_ALL, "nb_NO.UTF-8"), in this thread or another,
 * changes no byte the library writes and no number it reads.
 */
#include "base/number.h"

#include <errno.h>
#include <pthread.h>
#include <stdlib.h>

static locale_t c_locale = (locale_t)0;
static pthread_once_t c_once = PTHREAD_ONCE_INIT;

static void c_locale_make(void)
{
	c_locale = newlocale(LC_ALL_MASK, "C", (locale_t)0);
}

locale_t bosett_locale_enter(void)
{
	pthread_once(&c_once, c_locale_make);
	/* newlocale("C") fails only when out of memory: then the caller's
	 * locale stays, which is the C locale unless the program changed it */
	return c_locale ? uselocale(c_locale) : (locale_t)0;
}

void bosett_locale_leave(locale_t previous)
{
	if (previous)
		uselocale(previous);
}

int bosett_vsnprintf(char *buf, size_t n, const char *fmt, va_list ap)
{
	locale_t old = bosett_locale_enter();
	int r = vsnprintf(buf, n, fmt, ap);

	bosett_locale_leave(old);
	return r;
}

int bosett_snprintf(char *buf, size_t n, const char *fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = bosett_vsnprintf(buf, n, fmt, ap);
	va_end(ap);
	return r;
}

int bosett_vfprintf(FILE *fp, const char *fmt, va_list ap)
{
	locale_t old = bosett_locale_enter();
	int r = vfprintf(fp, fmt, ap);

	bosett_locale_leave(old);
	return r;
}

int bosett_fprintf(FILE *fp, const char *fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = bosett_vfprintf(fp, fmt, ap);
	va_end(ap);
	return r;
}

double bosett_strtod(const char *s, char **end)
{
	locale_t old = bosett_locale_enter();
	double v = strtod(s, end);
	int e = errno; /* ERANGE, for the caller */

	bosett_locale_leave(old);
	errno = e;
	return v;
}
