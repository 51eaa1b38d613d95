/* Fuzz target: bosett-import's imdi-keyfigures reader, forced, on an input
 * named with a year and beside a small municipality and county list, so
 * that the name matching runs.
 * fuzz-args: -max_len=4096 */
#include <string.h>

#include <bosett/bosett.h>
#include <bosett/import.h>

#include "fuzz.h"

static const char list[] =
	"[{\"id\":\"1515\",\"name_no\":\"Herøy\",\"population\":100},"
	"{\"id\":\"1818\",\"name_no\":\"Herøy\",\"population\":100},"
	"{\"id\":\"1505\",\"name_no\":\"Kristiansund\",\"population\":100},"
	"{\"id\":\"1826\",\"name\":\"Aarborte\",\"name_no\":\"Hattfjelldal\",\"population\":100}]";
static const char counties[] = "[{\"id\":\"15\",\"name\":\"Møre og Romsdal\"},{\"id\":\"18\",\"name\":\"Nordland\"}]";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct bosett_import *imp = bosett_import_new();
	struct bosett_table *t = bosett_table_new();

	FUZZ_ASSERT(imp && t, "new import and table");
	bosett_import_set_year(imp, 2026);
	FUZZ_ASSERT(bosett_import_add_mem(imp, "list.json", list, strlen(list), NULL) == BOSETT_OK &&
	            bosett_import_add_mem(imp, "c.json", counties, strlen(counties), NULL) == BOSETT_OK,
	            "the lists read");
	if (bosett_import_add_mem(imp, "fuzz_2025.csv", data, size, "imdi-keyfigures") != BOSETT_OK ||
	    bosett_import_run(imp, t) != BOSETT_OK)
		FUZZ_ASSERT(bosett_import_error(imp)[0] != '\0', "a failed import leaves a message");
	else
		FUZZ_ASSERT(bosett_table_nrows(t) == 4, "the rows of the list");
	bosett_table_free(t);
	bosett_import_free(imp);
	return 0;
}
