/* A program of the library's users: built with pkg-config against an installed prefix. */
#include <stdio.h>
#include <bosett/bosett.h>

int main(int argc, char **argv)
{
	struct bosett_table *t = bosett_table_new();
	int rc = t && argc > 1 && bosett_table_read_file(t, argv[1]) == BOSETT_OK;
	printf("libbosett %s: %zu rows\n", bosett_version(), rc ? bosett_table_nrows(t) : (size_t)0);
	bosett_table_free(t);
	return rc ? 0 : 1;
}
