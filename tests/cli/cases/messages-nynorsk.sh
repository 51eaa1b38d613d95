# The messages in nynorsk when the environment asks (issue 22 item 5):
# LANGUAGE=nn, here over LC_ALL=nb_NO.UTF-8, which LANGUAGE outranks as
# GNU gettext has it (the runs: tests/cli/fixtures/messages-runs.sh). Only
# the words change: the program, file, line, column names and the quoted
# text are as in English.
export LC_ALL=nb_NO.UTF-8 LANGUAGE=nn
. "$SRC/tests/cli/fixtures/messages-runs.sh"
