/*
 * number.h - numbers written and read the same under every locale.
 *
 * A program that uses libbosett may call setlocale(LC_ALL, "nb_NO.UTF-8"),
 * whose decimal mark is a comma: printf("%g") would then write "19,17" and
 * strtod would stop at the dot of "1.5e3". Every number the library formats
 * or parses with the C library goes through these functions, which switch
 * the calling thread to the C locale (POSIX uselocale) for the call and
 * back; the caller's locale is never changed for longer than that, and no
 * other thread's. Not installed.
 */
#ifndef BOSETT_NUMBER_H
#define BOSETT_NUMBER_H

#include <locale.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>

#include "base/internal.h" /* BOSETT_PRINTF */

/* snprintf, vsnprintf, fprintf and vfprintf with the C locale's numbers. */
int bosett_snprintf(char *buf, size_t n, const char *fmt, ...) BOSETT_PRINTF(3, 4);
int bosett_vsnprintf(char *buf, size_t n, const char *fmt, va_list ap) BOSETT_PRINTF(3, 0);
int bosett_fprintf(FILE *fp, const char *fmt, ...) BOSETT_PRINTF(2, 3);
int bosett_vfprintf(FILE *fp, const char *fmt, va_list ap) BOSETT_PRINTF(2, 0);
/* strtod of the C locale (the decimal mark is always '.'). */
double bosett_strtod(const char *s, char **end);

/* Around a call into a library that formats or parses numbers itself
 * (GLPK's LP writer, libxlsxwriter, cJSON): the thread in the C locale from
 * _enter until _leave, given what _enter returned. Nested pairs are fine. */
locale_t bosett_locale_enter(void);
void bosett_locale_leave(locale_t previous);

#endif
