/*
 * report_write.c - bosett_report_write: builds the report's model (report.c) and
 * hands it to the writer of the format asked for. It sits above the writers,
 * which call back only into the model.
 */
#include "report/report_impl.h"
#include <math.h>
#include <stdlib.h>
#include <string.h>

enum bosett_status bosett_report_write(struct bosett_report *r, FILE *fp, enum bosett_report_format f)
{
	int rc;

	if (rpt_build(r) != 0)
		return BOSETT_EDATA;
	r->fmt = f;
	switch (f) {
	case BOSETT_REPORT_MD: rc = rpt_compose(r, fp, &rpt_md); break;
	case BOSETT_REPORT_HTML: rc = rpt_compose(r, fp, &rpt_html); break;
	case BOSETT_REPORT_TXT: rc = rpt_compose(r, fp, &rpt_txt); break;
	case BOSETT_REPORT_ROFF: rc = rpt_compose(r, fp, &rpt_roff); break;
	case BOSETT_REPORT_JSON: rc = rpt_json(r, fp); break;
	case BOSETT_REPORT_XLSX: rc = rpt_xlsx(r, fp); break;
	default:
		bosett_err(r->err, "unknown report format %d", (int)f);
		return BOSETT_EUSAGE;
	}
	if (rc != 0 || ferror(fp)) {
		if (!r->err[0])
			bosett_err(r->err, "write error");
		return BOSETT_EDATA;
	}
	return BOSETT_OK;
}
