# The built-in model, written out, is the bundled default.json.
bosett-solve --print-model | cmp - "$DATA/models/default.json" && echo same
