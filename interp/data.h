/* data.h - reading one unit's values (JSON) into an evaluation frame.
 *
 * The data is a JSON object keyed by input name (an indicator without an
 * `actual` is its own input).  Values are JSON numbers (read exactly, from
 * their digits), or strings read by the input's declared type ("95%",
 * "2020-12-31", "完备"), lists of strings for checklists, and {"level": ...,
 * "score": N} for a grade level whose points are a range.  Every problem is
 * reported, each naming the input and pointing at its key in the data file.
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
	struct arena arena;      /* list arrays, decoded keys, members */
	struct source src;       /* the data text (after a byte order mark), for positions */
	struct vec members;      /* struct member * (data.c): where each key and value is */
};

/* Parses text (named name, borrowed) and fills ev's inputs, after
 * eval_reset.  Returns the number of errors reported to diag; d->doc is set
 * only if the text was a readable JSON object.  Text that is not (not
 * UTF-8, not JSON, not an object) gives one error, saying what is wrong
 * where. */
int data_load_json(struct data *d, struct eval *ev, const char *name,
		   const char *text, size_t len, struct diag *diag);

/* Frees what data_load_json kept. */
void data_free(struct data *d);

#endif
