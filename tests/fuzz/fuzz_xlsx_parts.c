/* Fuzz target: the parts of a workbook, not its zip. The input is split at
 * each "\n@@\n" into xl/workbook.xml, xl/_rels/workbook.xml.rels,
 * xl/sharedStrings.xml and xl/worksheets/sheet1.xml (a missing part is
 * left out), stored in a zip made here, and read as a table, with and
 * without --sheet A: the relationships and sheets are kept apart (a
 * <sheet> in the relationships crashed every reader), and the table checks
 * of fuzz_table.h hold.
 * fuzz-args: -max_len=16384 -dict=xlsx.dict */
#include <stdlib.h>
#include <string.h>

#include "fuzz_table.h"

static unsigned long crc32(const unsigned char *p, size_t n)
{
	unsigned long c = 0xffffffffUL;

	for (size_t i = 0; i < n; i++) {
		c ^= p[i];
		for (int k = 0; k < 8; k++)
			c = (c >> 1) ^ (0xedb88320UL & (0UL - (c & 1)));
	}
	return c ^ 0xffffffffUL;
}

struct zbuf {
	unsigned char *p;
	size_t n;
};

static void put(struct zbuf *z, const void *s, size_t n)
{
	z->p = realloc(z->p, z->n + n);
	FUZZ_ASSERT(z->p != NULL, "memory");
	memcpy(z->p + z->n, s, n);
	z->n += n;
}

static void le(struct zbuf *z, unsigned long v, int bytes)
{
	for (int i = 0; i < bytes; i++) {
		unsigned char b = (unsigned char)(v >> (8 * i));

		put(z, &b, 1);
	}
}

/* A stored (uncompressed) zip of the named parts. */
static void zip(struct zbuf *z, const char *const *names, const unsigned char *const *data, const size_t *len,
                size_t n)
{
	struct zbuf cd = { 0 };
	unsigned long off[8];

	for (size_t i = 0; i < n; i++) {
		unsigned long crc = crc32(data[i], len[i]);
		size_t nl = strlen(names[i]);

		off[i] = (unsigned long)z->n;
		le(z, 0x04034b50UL, 4), le(z, 20, 2), le(z, 0, 2), le(z, 0, 2), le(z, 0, 2), le(z, 0x21, 2);
		le(z, crc, 4), le(z, len[i], 4), le(z, len[i], 4), le(z, nl, 2), le(z, 0, 2);
		put(z, names[i], nl);
		if (len[i])
			put(z, data[i], len[i]);
		le(&cd, 0x02014b50UL, 4), le(&cd, 20, 2), le(&cd, 20, 2), le(&cd, 0, 2), le(&cd, 0, 2), le(&cd, 0, 2);
		le(&cd, 0x21, 2), le(&cd, crc, 4), le(&cd, len[i], 4), le(&cd, len[i], 4), le(&cd, nl, 2);
		le(&cd, 0, 2), le(&cd, 0, 2), le(&cd, 0, 2), le(&cd, 0, 2), le(&cd, 0, 4), le(&cd, off[i], 4);
		put(&cd, names[i], nl);
	}
	{
		unsigned long start = (unsigned long)z->n;

		if (cd.n)
			put(z, cd.p, cd.n);
		le(z, 0x06054b50UL, 4), le(z, 0, 2), le(z, 0, 2), le(z, n, 2), le(z, n, 2);
		le(z, cd.n, 4), le(z, start, 4), le(z, 0, 2);
	}
	free(cd.p);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const parts[4] = { "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/sharedStrings.xml",
	                                      "xl/worksheets/sheet1.xml" };
	const char *names[4];
	const unsigned char *pd[4];
	size_t pl[4], n = 0;
	const unsigned char *p = data, *e = data + size;
	struct zbuf z = { 0 };

	while (n < 4) {
		const unsigned char *q = p;

		while (q + 4 <= e && memcmp(q, "\n@@\n", 4) != 0)
			q++;
		if (q + 4 > e)
			q = e;
		names[n] = parts[n];
		pd[n] = p;
		pl[n] = (size_t)(q - p);
		n++;
		if (q == e)
			break;
		p = q + 4;
	}
	zip(&z, names, pd, pl, n);
	fuzz_table(z.p, z.n);
	{
		struct bosett_table *t = bosett_table_new();

		FUZZ_ASSERT(t && bosett_table_set_sheet(t, "A") == 0, "a table with a sheet");
		if (bosett_table_read_mem(t, "fuzz.xlsx", z.p, z.n) != BOSETT_OK)
			FUZZ_ASSERT(bosett_table_error(t)[0] != '\0', "a failed read leaves a message");
		bosett_table_free(t);
	}
	free(z.p);
	return 0;
}
