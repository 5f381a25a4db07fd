/* data.h - reading one unit's values (JSON) into an evaluation frame.
 *
 * The data is a JSON object keyed by input name (an indicator without an
 * `actual` is its own input).  Values are JSON numbers, or strings read by
 * the input's declared type ("95%", "2020-12-31", "完备"), lists of strings
 * for checklists, and {"level": ..., "score": N} for a grade level whose
 * points are a range.  Every problem is reported, each naming the input and
 * the place in the data file where the text allows.
 *
 * Ownership: struct data owns the parsed document and everything the input
 * slots point to; keep it alive while the frame's results are used.
 */
#ifndef RUBRIC_DATA_H
#define RUBRIC_DATA_H

#include <jansson.h>

#include "eval.h"

struct data {
	json_t *doc;             /* the parsed document */
	struct arena arena;      /* list arrays */
	struct source src;       /* the data text, for positions */
};

/* Parses text (named name, borrowed) and fills ev's inputs, after
 * eval_reset.  Returns the number of errors reported to diag; d->doc is an
 * object only if the text was a readable JSON object. */
int data_load_json(struct data *d, struct eval *ev, const char *name,
		   const char *text, size_t len, struct diag *diag);

/* Frees what data_load_json kept. */
void data_free(struct data *d);

#endif
