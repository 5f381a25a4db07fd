/* eval.h - evaluating a checked program against one unit's data.
 *
 * A checked program gives every expression a slot; an evaluation frame
 * (struct eval) holds one struct value per slot, initialised once.  Each
 * evaluation overwrites the slots in place, so scoring many units with one
 * frame allocates nothing once the numbers have grown to their working size.
 *
 * Ownership: a struct eval owns its slots and results; the text and list
 * values in input slots borrow from the loaded data, which must outlive the
 * evaluation that uses it.
 */
#ifndef RUBRIC_EVAL_H
#define RUBRIC_EVAL_H

#include "ast.h"

/* States of an input in a frame. */
enum { INPUT_MISSING, INPUT_OK, INPUT_BAD };

/* One runtime value.  Which fields are meaningful depends on type. */
struct value {
	enum type type;          /* TY_UNKNOWN: no value (missing input) */
	bool percent;            /* number shown as a percent */
	mpq_t num;               /* TY_NUMBER; for a grade level, the picked score */
	bool picked;             /* TY_TEXT grade level: num holds a picked score */
	const char *str;         /* TY_TEXT */
	size_t len;
	long date;               /* TY_DATE */
	bool boolean;            /* TY_BOOL */
	const char *const *items; /* TY_LIST: items[0..nitems) */
	int nitems;
	size_t *item_lens;       /* TY_LIST: byte lengths of items */
};

/* Arguments a builtin call may have (min and max take any number up to it). */
#define EVAL_MAX_ARGS 16

/* A C primitive of the language (min, max, clamp, round, ...). */
struct builtin {
	const char *name;
	int min_args, max_args;  /* max_args -1: any number */
	void (*fn)(struct value *out, struct value *const *args, int n);
};

/* The builtin called name, or NULL. */
const struct builtin *eval_builtin(const char *name);

/* Names of all builtins, for "did you mean" hints; *n receives the count. */
const char *const *eval_builtin_names(int *n);

/* The outcome for one indicator. */
struct ind_result {
	bool ok;                 /* scored without error */
	struct value *actual;    /* its actual value (points into the frame) */
	struct value *target;    /* its target's value or NULL */
	mpq_t raw;               /* score the rule gives, before rounding */
	mpq_t score;             /* rounded score */
};

struct eval {
	struct program *prog;
	struct value *slots;     /* prog->nslots values */
	struct value **result;   /* per slot: where that node's value is (its own
				    slot, or the slot of what it reads) */
	unsigned char *present;  /* per input: INPUT_MISSING, INPUT_OK or INPUT_BAD */
	struct ind_result *ind;  /* per indicator */
	mpq_t *group_score;      /* per group */
	mpq_t total;
	const char *grade;       /* name of the total's grade, or NULL */
	struct diag *diag;
	struct item *cur;        /* indicator being evaluated */
	unsigned generation;     /* bumped per evaluation (for let caching) */
	unsigned *let_gen;       /* per let: generation its slot was computed in */
	struct num_tmp round_tmp; /* scratch for rounding */
};

/* Allocates an evaluation frame for a checked program; NULL if out of
 * memory. */
struct eval *eval_new(struct program *prog, struct diag *diag);
void eval_free(struct eval *ev);

/* Forgets all input values, ready for the next unit. */
void eval_reset(struct eval *ev);

/* The slot of input in, to be filled by a data loader (which also sets
 * ev->present[in->index] to INPUT_OK, or INPUT_BAD after reporting a bad
 * value). */
struct value *eval_input_slot(struct eval *ev, struct input *in);

/* Scores every indicator from the inputs present, reporting each missing
 * input (naming the indicators that need it) and each runtime error to the
 * frame's diag.  Returns the number of errors; results are complete only
 * when it returns 0. */
int eval_run(struct eval *ev);

#endif
