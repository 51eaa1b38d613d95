/*
 * model.h - the decision model (bosett-model(5)): the rules and weights the
 * allocation follows, read from a JSON file or taken from the embedded
 * default that follows IMDi's published practice.
 */
#ifndef BOSETT_MODEL_H
#define BOSETT_MODEL_H

#include <stddef.h>
#include <stdio.h>

#include <bosett/export.h>
#include <bosett/sink.h>
#include <bosett/status.h>

#ifdef __cplusplus
extern "C" {
#endif

struct bosett_model;

/* A new model holding the embedded default. */
BOSETT_API struct bosett_model *bosett_model_new(void);
BOSETT_API void bosett_model_free(struct bosett_model *m);
BOSETT_API const char *bosett_model_error(const struct bosett_model *m);

/* Read a model file over the defaults: keys it leaves out keep their
 * default; an unknown key or a value out of range is an error naming it. */
BOSETT_API enum bosett_status bosett_model_read_file(struct bosett_model *m, const char *path);
BOSETT_API enum bosett_status bosett_model_read_mem(struct bosett_model *m, const char *name,
                                                    const void *data, size_t len);

/* A built-in model by name ("default", "practice", "classic"), or a
 * model file when what has a '/' or a '.'. */
BOSETT_API enum bosett_status bosett_model_load(struct bosett_model *m, const char *what);
/* The name of built-in model i, NULL past the end. */
BOSETT_API const char *bosett_model_builtin(size_t i);

/* The file the model was read from (base name), its size and SHA-256 as
 * read (never read again): BOSETT_OK, or BOSETT_EUSAGE when none (defaults,
 * standard input). */
BOSETT_API enum bosett_status bosett_model_input(const struct bosett_model *m, const char **name, unsigned long long *bytes,
                       const char **sha256hex);

/* The model's name ("default" or the file's "name"). */
BOSETT_API const char *bosett_model_name(const struct bosett_model *m);
/* Write the whole model, defaults included, as canonical JSON to fp. */
BOSETT_API enum bosett_status bosett_model_write_json(struct bosett_model *m, FILE *fp);
/* The same to memory (*data for bosett_free) or to a callback (bosett/sink.h). */
BOSETT_API enum bosett_status bosett_model_write_json_mem(struct bosett_model *m, char **data, size_t *len);
BOSETT_API enum bosett_status bosett_model_write_json_cb(struct bosett_model *m, bosett_write_fn fn, void *ctx);

/* Scalar parameters by their bosett-model(5) key ("min_settle", ...):
 * BOSETT_OK and *v, or BOSETT_EUSAGE for an unknown key. */
BOSETT_API enum bosett_status bosett_model_get(const struct bosett_model *m, const char *key, double *v);
/* Set one of them, checked as the model file's reader checks it (range,
 * whole number): BOSETT_OK; BOSETT_EUSAGE for an unknown key; BOSETT_EDATA
 * for a value out of range, the model unchanged and the reason on it. A
 * whole model from text is bosett_model_read_mem. */
BOSETT_API enum bosett_status bosett_model_set(struct bosett_model *m, const char *key, double v);
/* The table columns of the model's own choosing (fair_key columns), so a
 * reader does not warn about them; NULL past the end. */
BOSETT_API const char *bosett_model_column(const struct bosett_model *m, size_t i);

#ifdef __cplusplus
}
#endif
#endif
