# How the tools choose the language of messages (bosett-solve(1),
# ENVIRONMENT): LANGUAGE is a list, its first language with a catalogue
# wins, and one without any gives English (as GNU gettext); LANGUAGE is
# ignored in the C locale, which POSIX fixes (every golden case runs under
# LC_ALL=C); then LC_ALL, LC_MESSAGES, LANG, the first set; "no" is
# bokmål; anything else is English. The same usage error each time.
try() {
	printf '%s: ' "$*"
	env "$@" bosett-score --frobnicate 2>&1 | head -n 1
}
try LC_ALL=C LANGUAGE=nn
try LC_ALL=POSIX LANGUAGE=nn
try LC_ALL=C.UTF-8 LANGUAGE=nn
try LC_ALL= LC_MESSAGES= LANG= LANGUAGE=nn
try LC_ALL= LC_MESSAGES= LANG=en_GB.UTF-8 LANGUAGE=sv:nb:nn
try LC_ALL= LC_MESSAGES= LANG=nn_NO.UTF-8 LANGUAGE=sv
try LC_ALL= LC_MESSAGES= LANG=nn_NO.UTF-8 LANGUAGE=
try LC_ALL= LC_MESSAGES=no_NO.UTF-8 LANG=nn_NO.UTF-8 LANGUAGE=
try LC_ALL=de_DE.UTF-8 LANGUAGE=
try LC_ALL=nn_NO LANGUAGE=en:nn
# the output is the same in every language: only messages change
bosett-solve -q 60 -f json "$SRC/tests/cli/fixtures/radgiver.csv" >en.json 2>/dev/null
LC_ALL= LANGUAGE=nn bosett-solve -q 60 -f json "$SRC/tests/cli/fixtures/radgiver.csv" >nn.json 2>/dev/null
cmp en.json nn.json && echo "the same output in English and nynorsk"
