# Each built-in model, written out, is its bundled file in data/models, and
# that file read back is the same model.
for m in default practice classic; do
	bosett-solve -m $m --print-model | cmp - "$DATA/models/$m.json" &&
	bosett-solve -m "$DATA/models/$m.json" --print-model | cmp - "$DATA/models/$m.json" && echo "$m same"
done
