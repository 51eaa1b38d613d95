#!/bin/sh
# The contract at the top of include/bosett/bosett.h, as far as the
# prototypes show it: a fallible call returns enum bosett_status (no int
# or long status), indexes are size_t (no int or long index), and no call
# hands out a string for the caller to free (no plain char * result).
# The few int/long results that are numbers, not statuses or indexes, are
# listed here by name.
#   sh contract.sh SRC
src=$1
numbers='bosett_solver_shortfall|bosett_table_row_line'   # people, a line number
caller_buffer='bosett_format_double'                       # returns the caller's buf
bad=$(grep -hE '^BOSETT_API ' "$src"/include/bosett/*.h |
	grep -E '^BOSETT_API (unsigned |signed )?(int|long|short|char \*) ?[a-z_]' |
	grep -vE "\\b($numbers|$caller_buffer) ?\\(")
if [ -n "$bad" ]; then
	echo "public prototypes against the contract of bosett.h (status: enum bosett_status;"
	echo "indexes: size_t; strings: owned by the object or written to a FILE *):"
	echo "$bad"
	exit 1
fi
echo "$(cat "$src"/include/bosett/*.h | grep -cE "^BOSETT_API ") public prototypes keep the contract"
