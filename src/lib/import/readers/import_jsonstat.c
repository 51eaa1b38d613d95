/*
 * import_jsonstat.c - SSB PxWebApi JSON-stat 2.0 datasets (read with
 * cJSON): the dimensions and their roles (region, time, content, age), then
 * every cell of the cube, folded into facts by import_ssb.c.
 */
#include "import/import_impl.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <cjson/cJSON.h>

struct jdim {
	const char *id;
	size_t size;
	const char **codes;   /* by position */
	const char **labels;
	int role;             /* 0 other, 1 region, 2 time, 3 content, 4 age */
	long keep;            /* other dimensions: the position of the total, -1 sum */
};

static int name_is(const char *s, const char *const *names)
{
	for (; *names; names++)
		if (!strcasecmp(s, *names))
			return 1;
	return 0;
}

static int in_role(const cJSON *role, const char *key, const char *id)
{
	const cJSON *a = role ? cJSON_GetObjectItemCaseSensitive(role, key) : NULL, *it;

	cJSON_ArrayForEach(it, a)
		if (cJSON_IsString(it) && !strcmp(it->valuestring, id))
			return 1;
	return 0;
}

/* A dimension of the cube: its id, size, categories (codes and labels), its
 * role and the position of its total; *total grows by its size. 0, or -1
 * with the message set (or out of memory). */
static int read_dim(struct bosett_import *imp, const char *name, const cJSON *dims, const cJSON *role,
                    const cJSON *id, const cJSON *sz, struct jdim *dk, size_t *total)
{
	static const char *const region_names[] = { "region", "kommune", "kommunenummer", "geo", NULL };
	static const char *const time_names[] = { "tid", "time", "year", "år", "aar", NULL };
	static const char *const content_names[] = { "contentscode", "contents", "statistikkvariabel", NULL };
	static const char *const age_names[] = { "alder", "age", NULL };
	const cJSON *dim, *cat, *index, *labels, *it;
	const char *dlabel;

	if (!cJSON_IsString(id) || !cJSON_IsNumber(sz) || sz->valuedouble < 1 || sz->valuedouble > 1e6) {
		bosett_err(imp->err, "%s: JSON-stat: 'id' and 'size' must be names and counts", name);
		return -1;
	}
	dk->id = id->valuestring;
	dk->size = (size_t)sz->valuedouble;
	*total *= dk->size;
	if (*total > 50000000) {
		bosett_err(imp->err, "%s: JSON-stat: too many cells", name);
		return -1;
	}
	dim = cJSON_GetObjectItemCaseSensitive(dims, dk->id);
	cat = dim ? cJSON_GetObjectItemCaseSensitive(dim, "category") : NULL;
	index = cat ? cJSON_GetObjectItemCaseSensitive(cat, "index") : NULL;
	labels = cat ? cJSON_GetObjectItemCaseSensitive(cat, "label") : NULL;
	dlabel = dim && cJSON_IsString(cJSON_GetObjectItemCaseSensitive(dim, "label"))
	             ? cJSON_GetObjectItemCaseSensitive(dim, "label")->valuestring : "";
	dk->codes = calloc(dk->size, sizeof *dk->codes);
	dk->labels = calloc(dk->size, sizeof *dk->labels);
	if (!dk->codes || !dk->labels)
		return -1;
	if (!cat) {
		bosett_err(imp->err, "%s: JSON-stat: dimension '%s' has no category", name, dk->id);
		return -1;
	}
	if (cJSON_IsArray(index)) {
		size_t pos = 0;

		cJSON_ArrayForEach(it, index) {
			if (pos < dk->size && cJSON_IsString(it))
				dk->codes[pos] = it->valuestring;
			pos++;
		}
	} else if (cJSON_IsObject(index)) {
		cJSON_ArrayForEach(it, index)
			if (cJSON_IsNumber(it) && it->valuedouble >= 0 && it->valuedouble < (double)dk->size)
				dk->codes[(size_t)it->valuedouble] = it->string;
	} else if (dk->size == 1 && cJSON_IsObject(labels) && labels->child) {
		dk->codes[0] = labels->child->string;
	}
	for (size_t p = 0; p < dk->size; p++) {
		const cJSON *l;

		if (!dk->codes[p]) {
			bosett_err(imp->err, "%s: JSON-stat: dimension '%s': category %zu has no code", name,
			           dk->id, p);
			return -1;
		}
		l = cJSON_IsObject(labels) ? cJSON_GetObjectItemCaseSensitive(labels, dk->codes[p]) : NULL;
		dk->labels[p] = cJSON_IsString(l) ? l->valuestring : dk->codes[p];
	}
	if (in_role(role, "geo", dk->id) || name_is(dk->id, region_names) || name_is(dlabel, region_names))
		dk->role = 1;
	else if (in_role(role, "time", dk->id) || name_is(dk->id, time_names) || name_is(dlabel, time_names))
		dk->role = 2;
	else if (in_role(role, "metric", dk->id) || name_is(dk->id, content_names) ||
	         name_is(dlabel, content_names))
		dk->role = 3;
	else if (name_is(dk->id, age_names) || name_is(dlabel, age_names))
		dk->role = 4;
	dk->keep = -1;
	if (dk->role == 0)
		for (size_t p = 0; p < dk->size; p++)
			if (imp_is_total_label(dk->labels[p]))
				dk->keep = (long)p;
	return 0;
}

int imp_read_jsonstat(struct bosett_import *imp, int file, const void *docp)
{
	const cJSON *doc = docp;
	const cJSON *ids = cJSON_GetObjectItemCaseSensitive(doc, "id");
	const cJSON *size = cJSON_GetObjectItemCaseSensitive(doc, "size");
	const cJSON *dims = cJSON_GetObjectItemCaseSensitive(doc, "dimension");
	const cJSON *role = cJSON_GetObjectItemCaseSensitive(doc, "role");
	const cJSON *value = cJSON_GetObjectItemCaseSensitive(doc, "value");
	const cJSON *status = cJSON_GetObjectItemCaseSensitive(doc, "status");
	const cJSON *vit, *sit;
	const char *name = imp->inputs[file].name;
	struct jdim *d = NULL;
	struct imp_cell *cells = NULL;
	size_t nd, total = 1, nc = 0, skipped = 0;
	int rc = BOSETT_EDATA, region = -1;

	if (!cJSON_IsArray(ids) || !cJSON_IsArray(size) || !cJSON_IsObject(dims) ||
	    cJSON_GetArraySize(ids) != cJSON_GetArraySize(size) || !value) {
		bosett_err(imp->err, "%s: JSON-stat: 'id', 'size', 'dimension' and 'value' are needed", name);
		return BOSETT_EDATA;
	}
	nd = (size_t)cJSON_GetArraySize(ids);
	d = calloc(nd ? nd : 1, sizeof *d);
	if (!d)
		return BOSETT_EDATA;
	for (size_t k = 0; k < nd; k++) {
		if (read_dim(imp, name, dims, role, cJSON_GetArrayItem(ids, (int)k), cJSON_GetArrayItem(size, (int)k), &d[k],
		             &total) != 0)
			goto done;
		if (d[k].role == 1 && region < 0)
			region = (int)k;
	}
	if (region < 0) {
		bosett_err(imp->err, "%s: JSON-stat: no region dimension (role \"geo\" or id \"Region\")", name);
		goto done;
	}
	if (cJSON_IsArray(value) && (size_t)cJSON_GetArraySize(value) != total) {
		bosett_err(imp->err, "%s: JSON-stat: 'value' has %d entries, 'size' makes %zu", name,
		           cJSON_GetArraySize(value), total);
		goto done;
	}
	cells = calloc(total ? total : 1, sizeof *cells);
	if (!cells)
		goto done;
	vit = cJSON_IsArray(value) ? value->child : NULL;
	sit = cJSON_IsArray(status) ? status->child : NULL;
	for (size_t idx = 0; idx < total; idx++, vit = vit ? vit->next : NULL, sit = sit ? sit->next : NULL) {
		size_t rest = idx, pos[64];
		struct imp_cell *c = &cells[nc];
		const cJSON *v = NULL, *st = NULL;
		char key[32];
		const char *stext = NULL, *rname;
		int skip = 0;

		if (nd > 64) {
			bosett_err(imp->err, "%s: JSON-stat: %zu dimensions, at most 64 are read", name, nd);
			goto done;
		}
		for (size_t k = nd; k-- > 0;) {
			pos[k] = rest % d[k].size;
			rest /= d[k].size;
		}
		memset(c, 0, sizeof *c);
		for (size_t k = 0; k < nd && !skip; k++) {
			const char *code = d[k].codes[pos[k]], *label = d[k].labels[pos[k]];

			switch (d[k].role) {
			case 1:
				if (imp_parse_code(code, c->code, NULL) != 0) {
					skip = 1;
					break;
				}
				rname = label;
				/* "3001 Halden" or "K-3001 Halden" as a label: the name after the code */
				{
					char tmp[5];
					const char *after;

					if (imp_parse_code(label, tmp, &after) == 0 && *after)
						rname = after;
				}
				c->name = rname;
				break;
			case 2: {
				long y;

				if (bosett_parse_long(code, &y) != 0 || y < 1800 || y > 2200) {
					bosett_err(imp->err, "%s: JSON-stat: dimension '%s': not a year: \"%s\"", name,
					           d[k].id, code);
					goto done;
				}
				c->year = (int)y;
				break;
			}
			case 3: c->content = label; break;
			case 4: c->age = label; break;
			default:
				if (d[k].keep >= 0 && (long)pos[k] != d[k].keep)
					skip = 1;
			}
		}
		if (skip) {
			skipped++;
			continue;
		}
		snprintf(key, sizeof key, "%zu", idx);
		if (cJSON_IsArray(value))
			v = vit;
		else if (cJSON_IsObject(value))
			v = cJSON_GetObjectItemCaseSensitive(value, key);
		if (cJSON_IsArray(status))
			st = sit;
		else if (cJSON_IsObject(status))
			st = cJSON_GetObjectItemCaseSensitive(status, key);
		else if (cJSON_IsString(status))
			st = status;
		if (cJSON_IsString(st))
			stext = st->valuestring;
		c->line = (long)idx + 1;
		if (cJSON_IsNumber(v)) {
			c->kind = BOSETT_CELL_NUMBER;
			c->v = v->valuedouble;
		} else if (!v || cJSON_IsNull(v)) {
			double dummy;

			if (!stext || imp_parse_value(stext, 0, &c->kind, &dummy) != 0 || c->kind == BOSETT_CELL_NUMBER)
				c->kind = stext && !strcmp(stext, "-") ? BOSETT_CELL_NUMBER : BOSETT_CELL_ABSENT;
		} else {
			bosett_err(imp->err, "%s: JSON-stat: value %zu: not a number or null", name, idx);
			goto done;
		}
		nc++;
	}
	if (skipped)
		imp_warn(imp, "%s: %zu cells of regions that are no municipality or of categories other than the total: not used",
		         name, skipped);
	rc = imp_cube_emit(imp, file, cells, nc);
done:
	if (d)
		for (size_t k = 0; k < nd; k++) {
			free(d[k].codes);
			free(d[k].labels);
		}
	free(d);
	free(cells);
	return rc;
}

static int detect_jsonstat(const void *docp)
{
	const cJSON *doc = docp;

	return cJSON_IsObject(doc) && cJSON_IsString(cJSON_GetObjectItemCaseSensitive(doc, "class")) &&
	       !strcmp(cJSON_GetObjectItemCaseSensitive(doc, "class")->valuestring, "dataset");
}

const struct imp_reader imp_reader_jsonstat = {
	"jsonstat",
	"SSB PxWebApi JSON-stat 2.0 dataset",
	.detect_json = detect_jsonstat, .read_json = imp_read_jsonstat, .order = 2,
};
