/*
 * office_binary.c - telling an old .xls or a password-protected workbook
 * from text (office_binary.h). Both are OLE2 compound files (magic D0 CF
 * 11 E0 A1 B1 1A E1); the names of their streams, stored in UTF-16 in the
 * file's directory, say which: "EncryptedPackage" for an encrypted .xlsx,
 * "Workbook" (or "Book", Excel 5) for an .xls.
 */
#include "io/office_binary.h"

#include <string.h>

#include "base/internal.h"

/* 1 if the UTF-16LE form of the ASCII name occurs in data. */
static int has_stream(const unsigned char *data, size_t len, const char *name)
{
	unsigned char w[64];
	size_t n = strlen(name);

	for (size_t i = 0; i < n; i++) {
		w[2 * i] = (unsigned char)name[i];
		w[2 * i + 1] = 0;
	}
	n *= 2;
	for (size_t i = 0; i + n <= len; i++)
		if (data[i] == w[0] && memcmp(data + i, w, n) == 0)
			return 1;
	return 0;
}

int bosett_office_binary(const char *name, const void *data, size_t len, char *err)
{
	static const unsigned char magic[8] = { 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1 };
	const unsigned char *p = data;

	if (len < sizeof magic || memcmp(p, magic, sizeof magic) != 0)
		return 0;
	if (has_stream(p, len, "EncryptedPackage"))
		bosett_err(err, "%s: an encrypted (password-protected) workbook: open it in Excel and save it "
		           "without a password, as .xlsx or CSV", name);
	else if (has_stream(p, len, "Workbook") || has_stream(p, len, "Book"))
		bosett_err(err, "%s: an old Excel workbook (.xls), which is not read: save it as .xlsx or CSV", name);
	else
		bosett_err(err, "%s: an Office document in the old binary format, not a table: save it as .xlsx or CSV",
		           name);
	return 1;
}
