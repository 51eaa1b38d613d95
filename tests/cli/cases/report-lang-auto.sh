# The language from the locale: nn for county 15 under any Norwegian locale,
# nb elsewhere, English for C; --lang wins.
f=$SRC/tests/report/data
for loc in C en_GB.UTF-8 nb_NO.UTF-8 no_NO nn_NO.UTF-8; do
  printf '%s: ' "$loc"; LC_ALL= LC_MESSAGES= LANG=$loc bosett-report -f txt "$f/mr-solved.json" | head -1
  printf '%s, minimal: ' "$loc"; LC_ALL= LC_MESSAGES= LANG=$loc bosett-report -f txt "$f/minimal.csv" | head -1
done
printf 'LC_ALL wins: '; LC_ALL=en_US.UTF-8 LANG=nn_NO.UTF-8 bosett-report -f txt "$f/minimal.csv" | head -1
printf -- '--lang wins: '; LANG=nn_NO.UTF-8 bosett-report -f txt --lang nb "$f/minimal.csv" | head -1
