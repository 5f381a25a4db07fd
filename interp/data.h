/* data.h - reading one unit's values (JSON) into an evaluation frame, and
 * the name maps readers bind names with.
 *
 * The data is a JSON object keyed by input name (an indicator without an
 * `actual` is its own input).  Values are JSON numbers (read exactly, from
 * their digits), or strings read by the input's declared type ("95%",
 * "2020-12-31", "完备"), lists of strings for checklists, and {"level": ...,
 * "score": N} for a grade level whose points are a range.  Keys, checklist
 * items and grade levels are read in Unicode NFC, as the template's names
 * are.  Every problem is reported, each naming the input and pointing at
 * its key in the data file.
 *
 * The data is read from its text, without a document tree: memory grows
 * with what the template binds, not with the size of the data; a list the
 * template binds is packed (eval.h), in about the size of its text.
 *
 * Ownership: struct data borrows the text (it must outlive d: input slots
 * point into it) and owns everything else the input slots point to; keep
 * it alive while the frame's results are used.
 */
#ifndef RUBRIC_DATA_H
#define RUBRIC_DATA_H

#include <jansson.h>

#include "eval.h"

struct data_end;
struct data_list;

struct frame;

struct data {
	bool readable;           /* the text was a readable JSON object: its
				    values are in the frame, to be scored */
	char *owned;             /* a text of its own (malloc'd), freed with it */
	bool placeless;          /* values given one at a time, from no file:
				    their diagnostics have no place */
	struct arena arena;      /* decoded strings, messages */
	struct source src;       /* the data text (after a byte order mark), for positions */
	uint32_t run_stop;       /* past the last byte of the text that ends a run
				    of plain bytes in a string (data.c) */
	struct data_end *ends;   /* where each big object or list of the first
				    levels ends, as the check found it, by start
				    (malloc'd) */
	size_t nends;
	size_t ends_cap;         /* ends' room, kept for the next unit */
	struct frame *frames;    /* the JSON check's room for the objects and
				    lists open, kept for the next unit (data.c) */
	size_t frames_cap;
	struct data_list *lists; /* the packed items of list values (eval.h), each
				    malloc'd */
	struct data_spare *spare; /* buffers of lists read before, kept for the
				     lists of the next unit (data_clear_values) */
	int nspare, cap_spare;
	size_t spare_bytes;      /* their capacity, in all */
	/* identity fields ("$id", or keys named as such): key and value text,
	 * in the arena */
	const char **id_keys, **id_values;
	int nids, cap_ids;
};

/* Parses text (named name; both borrowed) and fills ev's inputs, after
 * eval_reset.  Returns the number of errors reported to diag, but those of
 * values marked 未填报 or the like, which leave only rows pending and are
 * counted in ev->row_errors; d->readable
 * is set only if the text was a readable JSON object.  Text that is not (not
 * UTF-8, not JSON, not an object) gives one error, saying what is wrong
 * where.  When memory runs out it reports one error (E004, which sets
 * diag->out_of_memory) and stops. */
int data_load_json(struct data *d, struct eval *ev, const char *name,
		   const char *text, size_t len, struct diag *diag);

/* data_load_json, where the keys named in ids[0..nids) (in NFC) are the
 * unit's identity (项目编号, 项目名称, ...), kept with "$id"'s fields rather
 * than read as inputs. */
int data_load_json_ids(struct data *d, struct eval *ev, const char *name, const char *text, size_t len,
		       const char *const *ids, int nids, struct diag *diag);

/* data_load_json_ids into d, which held a unit before and was emptied
 * by data_clear_values: the block its arena kept serves the next unit,
 * so that reading many units allocates nothing per unit for it. */
int data_reload_json_ids(struct data *d, struct eval *ev, const char *name, const char *text, size_t len,
			 const char *const *ids, int nids, struct diag *diag);

/* Values given one at a time (rubric.h's setters) rather than read from
 * a file: data_init_values readies d for them; each of data_set_string,
 * data_set_bool and data_set_list reads one value for input in, as the
 * same value in a JSON file would be read (a string by the input's type:
 * "95%", "2020-12-31", a level), copying what it keeps; reports a bad
 * value naming the input, with no place; and returns the errors reported.
 * An empty list item may be a NUL-terminated string (lens NULL). */
void data_init_values(struct data *d);
int data_set_string(struct data *d, struct eval *ev, struct input *in, const char *s, size_t len,
		    struct diag *diag);
int data_set_bool(struct data *d, struct eval *ev, struct input *in, bool truth, struct diag *diag);
int data_set_list(struct data *d, struct eval *ev, struct input *in, const char *const *items,
		  const size_t *lens, int n, struct diag *diag);

/* Frees what data_load_json or the setters kept. */
void data_free(struct data *d);

/* Forgets the values the setters gave d, ready for the next unit's as
 * after data_init_values, keeping a block of its arena for them. */
void data_clear_values(struct data *d);

/* ---- name maps ---- */

/* A hash table from names (byte strings) to pointers: a reader builds one
 * over a template's names once, then finds each name of its input in one
 * lookup.  Names are borrowed and must outlive the map; the first value
 * put for a name stays. */
struct map_slot;
struct name_map {
	struct map_slot *slots; /* cap slots (malloc'd); NULL until the first put */
	size_t cap;              /* a power of two, at least twice n */
	size_t n;                /* names in the map */
	uint64_t seed;           /* of the hash, different for every map */
};

/* Initialises an empty map (allocating nothing). */
void name_map_init(struct name_map *m);

/* Makes room for n names in all, so that putting them grows nothing;
 * false when memory runs out. */
bool name_map_reserve(struct name_map *m, size_t n);

/* Maps name[0..len) to value, unless the name is mapped already.  Returns
 * what the name maps to now (value, or the earlier value), or NULL when
 * memory runs out. */
void *name_map_put(struct name_map *m, const char *name, size_t len, void *value);

/* What name[0..len) maps to, or NULL. */
void *name_map_get(const struct name_map *m, const char *name, size_t len);

/* Frees the map's slots; the map is empty again. */
void name_map_free(struct name_map *m);

#endif
