/*
 * score_model.h - the "score" object of a model file (bosett-model(5)),
 * checked by the model reader so that a typo fails in every tool. Not
 * installed.
 */
#ifndef BOSETT_SCORE_MODEL_H
#define BOSETT_SCORE_MODEL_H

struct cJSON;

/* Check a "score" object; 0, or -1 with "NAME: key \"score.x\": ..." in err. */
int bosett_score_model_check(const struct cJSON *obj, const char *name, char *err);

#endif
