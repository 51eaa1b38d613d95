# bosett-solve's output before the limit key: a Norwegian report marks the
# English reasons it cannot translate.
bosett-report -f txt --lang nn "$SRC/tests/report/data/mr-solved-binding.json" | sed -n '/^Grunngjeving for kvar kommune/,/^Opphav/p'
