# The messages in bokmål when the locale asks (issue 22 item 5):
# LC_ALL=nb_NO.UTF-8, no LANGUAGE (the runs:
# tests/cli/fixtures/messages-runs.sh).
unset LANGUAGE
export LC_ALL=nb_NO.UTF-8
. "$SRC/tests/cli/fixtures/messages-runs.sh"
