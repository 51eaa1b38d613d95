/*
 * util.c - error buffers, strings, whole-file reading and
 * the checked number parsing that replaces atoi/strtod everywhere.
 */
#include "base/internal.h"
#include "base/number.h"

#include <bosett/bosett.h>

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <csv.h>
#include <cjson/cJSON.h>
#include <glpk.h>

const char *bosett_version(void)
{
	return BOSETT_VERSION_STRING;
}

const char *bosett_version_deps(void)
{
	static char buf[128];

	if (!buf[0])
		snprintf(buf, sizeof buf, "GLPK %s, cJSON %s, libcsv %d.%d.%d",
		         glp_version(), cJSON_Version(), CSV_MAJOR, CSV_MINOR, CSV_RELEASE);
	return buf;
}

void bosett_verr(char *buf, const char *fmt, va_list ap)
{
	bosett_vsnprintf(buf, BOSETT_ERRMAX, bosett_msg(fmt), ap);
}

void bosett_err(char *buf, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	bosett_verr(buf, fmt, ap);
	va_end(ap);
}

char *bosett_strndup(const char *s, size_t n)
{
	char *p = malloc(n + 1);

	if (p) {
		memcpy(p, s, n);
		p[n] = '\0';
	}
	return p;
}

char *bosett_strdup(const char *s)
{
	return bosett_strndup(s, strlen(s));
}

int bosett_slurp(const char *path, struct bosett_buf *out, const char **name, char *err)
{
	FILE *fp;
	char chunk[65536];
	size_t n;
	int is_stdin = (!path || strcmp(path, "-") == 0);

	*name = is_stdin ? "<stdin>" : path;
	out->len = 0;
	fp = is_stdin ? stdin : fopen(path, "rb");
	if (!fp) {
		bosett_err(err, "%s: %s", *name, bosett_msg(strerror(errno)));
		return BOSETT_EIO;
	}
	while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0) {
		if (out->len + n > BOSETT_INPUT_MAX) {
			/* a pipe or a device (yes, /dev/zero) would be read until
			 * memory runs out: stop at the cap */
			bosett_err(err, "%s: larger than %u MiB, the most a tool reads from one input", *name,
			           BOSETT_INPUT_MAX >> 20);
			if (!is_stdin)
				fclose(fp);
			bosett_buf_free(out);
			return BOSETT_EDATA;
		}
		if (bosett_buf_add(out, chunk, n) != 0) {
			bosett_err(err, "%s: out of memory", *name);
			if (!is_stdin)
				fclose(fp);
			bosett_buf_free(out);
			return BOSETT_ENOMEM;
		}
	}
	if (ferror(fp)) {
		bosett_err(err, "%s: read error: %s", *name, bosett_msg(strerror(errno)));
		if (!is_stdin)
			fclose(fp);
		bosett_buf_free(out);
		return BOSETT_EIO;
	}
	if (!is_stdin)
		fclose(fp);
	if (bosett_buf_add(out, "", 0) != 0) {
		bosett_err(err, "%s: out of memory", *name);
		bosett_buf_free(out);
		return BOSETT_ENOMEM;
	}
	return 0;
}

enum bosett_status bosett_parse_long(const char *s, long *out)
{
	char *end;
	long v;

	if (!s || !*s || (*s != '-' && *s != '+' && (*s < '0' || *s > '9')))
		return BOSETT_EDATA;
	errno = 0;
	v = strtol(s, &end, 10);
	if (errno || *end)
		return BOSETT_EDATA;
	*out = v;
	return BOSETT_OK;
}

enum bosett_status bosett_parse_double(const char *s, double *out)
{
	return bosett_status_of(bosett_parse_decimal(s, 0, out));
}

int bosett_parse_decimal(const char *s, int decimal_comma, double *out)
{
	char buf[128];
	size_t n = 0;
	int digits = 0, seen_point = 0;
	const unsigned char *p = (const unsigned char *)s;
	char *end;
	double v;

	if (!s)
		return -1;
	while (*p == ' ')
		p++;
	if (*p == '-' || *p == '+')
		buf[n++] = (char)*p++;
	for (; *p; p++) {
		if (n + 2 >= sizeof buf)
			return -1;
		if (*p >= '0' && *p <= '9') {
			buf[n++] = (char)*p;
			digits++;
		} else if ((*p == '.' && !decimal_comma) || (*p == ',' && decimal_comma)) {
			if (seen_point)
				return -1;
			seen_point = 1;
			buf[n++] = '.';
		} else if ((*p == ' ' || (p[0] == 0xc2 && p[1] == 0xa0)) && digits && !seen_point) {
			/* thousands separator: a space or no-break space before three digits */
			const unsigned char *q = p + (*p == ' ' ? 1 : 2);

			if (!(q[0] >= '0' && q[0] <= '9' && q[1] >= '0' && q[1] <= '9' &&
			      q[2] >= '0' && q[2] <= '9' && !(q[3] >= '0' && q[3] <= '9')))
				break;
			p = q - 1;
		} else if ((*p == 'e' || *p == 'E') && digits) {
			buf[n++] = 'e';
			p++;
			if (*p == '-' || *p == '+')
				buf[n++] = (char)*p++;
			if (!(*p >= '0' && *p <= '9'))
				return -1;
			while (*p >= '0' && *p <= '9' && n + 2 < sizeof buf)
				buf[n++] = (char)*p++;
			break;
		} else {
			break;
		}
	}
	while (*p == ' ')
		p++;
	if (*p || !digits)
		return -1;
	buf[n] = '\0';
	if (digits <= 15 && !memchr(buf, 'e', n)) {
		/* most cells: m / 10^k with m and 10^k exact doubles, a division
		 * IEEE rounds correctly, so the same double strtod gives */
		static const double ten[] = { 1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13,
		                              1e14, 1e15 };
		unsigned long long m = 0;
		int k = 0, after = 0;

		for (size_t i = 0; i < n; i++) {
			if (buf[i] == '.')
				after = 1;
			else if (buf[i] >= '0' && buf[i] <= '9')
				m = m * 10 + (unsigned long long)(buf[i] - '0'), k += after;
		}
		v = (double)m / ten[k];
		*out = buf[0] == '-' ? -v : v;
		return 0;
	}
	errno = 0;
	v = bosett_strtod(buf, &end);
	/* underflow (1e-320) is a number, as near 0 as a double goes; only
	 * overflow is not */
	if (*end || (errno == ERANGE && fabs(v) > 1) || !isfinite(v))
		return -1;
	*out = v;
	return 0;
}

char *bosett_format_double(char *buf, size_t n, double v)
{
	int prec;

	if (v == 0)
		v = 0; /* no "-0" */
	if (v == floor(v) && fabs(v) < 1e15) {
		/* whole numbers, most cells of a table: digits by hand */
		char d[24];
		unsigned long long w = (unsigned long long)fabs(v);
		size_t k = sizeof d, len;

		d[--k] = '\0';
		do
			d[--k] = (char)('0' + w % 10);
		while (w /= 10);
		if (v < 0)
			d[--k] = '-';
		len = sizeof d - 1 - k;
		if (n > len) {
			memcpy(buf, d + k, len + 1);
			return buf;
		}
		bosett_snprintf(buf, n, "%.0f", v);
		return buf;
	}
	for (prec = 1; prec <= 17; prec++) {
		bosett_snprintf(buf, n, "%.*g", prec, v);
		if (bosett_strtod(buf, NULL) == v)
			break;
	}
	/* prefer plain decimals to exponents for the sizes tables hold */
	if (strchr(buf, 'e') && fabs(v) >= 1e-6 && fabs(v) < 1e15) {
		/* 17 significant digits after up to 6 zeros: at most 23 decimals;
		 * keep the exponent form if no plain form reads back exactly */
		char plain[64];

		for (int dec = 1; dec <= 24; dec++) {
			bosett_snprintf(plain, sizeof plain, "%.*f", dec, v);
			if (bosett_strtod(plain, NULL) == v) {
				snprintf(buf, n, "%s", plain);
				break;
			}
		}
	}
	return buf;
}

const char *bosett_quote(const char *s, size_t n, char *buf, size_t bufsize)
{
	size_t o = 0, i;
	const unsigned char *u = (const unsigned char *)s;
	int cut = 0;

	if (n > 40) {
		n = 40;
		cut = 1;
	}
	for (i = 0; i < n && o + 8 < bufsize; i++) {
		unsigned char c = u[i];

		if (c == '"' || c == '\\') {
			buf[o++] = '\\';
			buf[o++] = (char)c;
		} else if (c < 0x20 || c == 0x7f) {
			o += (size_t)snprintf(buf + o, bufsize - o, "\\x%02x", c);
		} else if (c >= 0x80) {
			/* keep valid UTF-8 sequences, escape stray bytes */
			size_t len = (c >= 0xf0) ? 4 : (c >= 0xe0) ? 3 : (c >= 0xc2) ? 2 : 0;

			if (len && i + len <= n && bosett_utf8_valid(s + i, len) && o + len + 1 < bufsize) {
				memcpy(buf + o, s + i, len);
				o += len;
				i += len - 1;
			} else {
				o += (size_t)snprintf(buf + o, bufsize - o, "\\x%02x", c);
			}
		} else {
			buf[o++] = (char)c;
		}
	}
	if (cut && o + 4 < bufsize) {
		memcpy(buf + o, "...", 3);
		o += 3;
	}
	buf[o] = '\0';
	return buf;
}

int bosett_parse_percent(const char *s, int decimal_comma, double *fraction)
{
	char buf[128];
	size_t n = strlen(s);
	double v;

	if (n >= sizeof buf)
		return -1;
	memcpy(buf, s, n + 1);
	while (n && (buf[n - 1] == ' ' || buf[n - 1] == '%'))
		buf[--n] = '\0';
	if (n >= 2 && (unsigned char)buf[n - 2] == 0xc2 && (unsigned char)buf[n - 1] == 0xa0)
		buf[n -= 2] = '\0';
	if (bosett_parse_decimal(buf, decimal_comma, &v) != 0 && bosett_parse_decimal(buf, !decimal_comma, &v) != 0)
		return -1;
	/* 2.4 / 100 is 0.024000000000000004: round off the division's noise */
	*fraction = round(v * 1e8) / 1e10;
	return 0;
}
