/* eval.h - running a compiled program (program.h) on one unit's data.
 *
 * A compiled program gives every expression a slot; an evaluation frame
 * (struct eval) holds one struct value per slot, initialised once, the
 * constants' filled in.  Each evaluation runs the program's code, which
 * overwrites the slots in place, so scoring many units with one frame
 * allocates nothing once the numbers have grown to their working size.
 *
 * Ownership: a struct eval owns its slots and results; the text and list
 * values in input slots borrow from the loaded data, which must outlive the
 * evaluation that uses it.
 */
#ifndef RUBRIC_EVAL_H
#define RUBRIC_EVAL_H

#include <string.h>

#include "ast.h"

/* Flags of a slot in a frame: keeps its value for the whole unit (an
 * input's, a let's); holds a long number to let go after its indicator. */
enum { SLOT_KEEP = 1, SLOT_BIG = 2 };

/* States of an input in a frame: INPUT_MARKED, given as a word tables write
 * for a value not given or in doubt (未填报, 待核实, ...: eval.mark). */
enum { INPUT_MISSING, INPUT_OK, INPUT_BAD, INPUT_MARKED };
enum { INPUT_COVERED = 0x80 }; /* eval_run's scratch flag on INPUT_MARKED */

/* The words tables write for a value not given or in doubt, and the index
 * of one in them (or -1); the mark of a row whose value falls in no band,
 * or whose rule fails on it, is 待核实 (EVAL_MARK_DOUBT). */
extern const char *const eval_marks[];
enum { EVAL_NMARKS = 5, EVAL_MARK_DOUBT = 1 };
int eval_mark_index(const char *s, size_t len);
/* The mark s[0..len) is as the value of in (eval_marks), or -1: any input
 * but text, and a grade's own input unless a level has that name. */
int eval_input_mark(const struct input *in, const char *s, size_t len);

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
	const unsigned char *list; /* TY_LIST: nitems items packed one after
				      another, each its byte length then its
				      bytes (eval_list_put, eval_list_next) */
	int nitems;
};

/* A list value is packed, not an array of pointers and lengths: a list of
 * millions of short items in a unit's data then takes about the size of
 * its text, and is read in one sweep.  Each item is its length, seven bits
 * a byte from the lowest with the high bit set on every byte but the last,
 * then its bytes (not NUL-terminated). */

/* The bytes eval_list_put takes for an item of len bytes. */
static inline size_t eval_list_size(size_t len)
{
	size_t n = 1;
	for (size_t l = len; l >= 0x80; l >>= 7)
		n++;
	return n + len;
}

/* Writes the item s[0..len) at out, which has eval_list_size(len) bytes
 * (s may lie in them); returns the byte after it. */
static inline unsigned char *eval_list_put(unsigned char *out, const char *s, size_t len)
{
	size_t l = len;
	for (; l >= 0x80; l >>= 7)
		*out++ = (unsigned char)(l | 0x80);
	*out++ = (unsigned char)l;
	if (len)
		memmove(out, s, len);
	return out + len;
}

/* The item at *p, with its byte length in *len; moves *p past it. */
static inline const char *eval_list_next(const unsigned char **p, size_t *len)
{
	const unsigned char *q = *p;
	size_t l = *q++;
	if (l & 0x80) { /* 128 bytes or more */
		l &= 0x7F;
		for (int shift = 7;; shift += 7) {
			l |= (size_t)(*q & 0x7F) << shift;
			if (!(*q++ & 0x80))
				break;
		}
	}
	*len = l;
	*p = q + l;
	return (const char *)q;
}

/* Arguments a builtin call may have (min and max take any number up to it). */
#define EVAL_MAX_ARGS 16

/* The numerator and the denominator of a number computed in evaluation
 * have at most this many bits each (about 20 000 decimal digits): an
 * operation that would make a longer one is an error (E317), so that no
 * data can make evaluation run out of memory or time. */
#define EVAL_MAX_BITS 65536

/* The work of GMP on one unit, counted as the products of the lengths (in
 * machine words) of the operands of every operation: numbers of a real
 * table are a word or two, so this only stops long numbers met again and
 * again (E317), which the checker's count of steps cannot foresee. */
#define EVAL_MAX_LIMB_WORK (UINT64_C(1) << 26)

/* A call under way: the call node and where its arguments' values are. */
struct call_frame {
	const struct expr *call;
	struct value **args;
	const struct call_frame *up; /* the call around it, or NULL */
};

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

/* What the data says of one indicator's row besides its actual: filled by
 * a data loader, after eval_reset. */
struct row_data {
	bool inapplicable;       /* marked "/" or "不适用" */
	bool has_score;          /* a score: the judged or picked score, or else
				    an override of the rule's */
	bool bad_score;          /* a score given that does not read, reported:
				    the row is not scored, and no error of its
				    own ("the data must pick the score") follows */
	mpq_t score;
	const char *reason;      /* 偏差原因, or NULL */
	size_t reason_len;
	bool has_published;      /* the score the published table gives */
	mpq_t published;
	const char *shown;       /* the actual as written, for a judged row */
	size_t shown_len;
};

/* The outcome for one indicator. */
struct ind_result {
	bool ok;                 /* scored without error */
	bool applicable;         /* false: not applicable, excluded from the total */
	bool overridden;         /* the data's score replaced the rule's */
	struct value *actual;    /* its actual value (points into the frame) */
	struct value *target;    /* its target's value or NULL */
	mpq_t raw;               /* score the rule gives, before rounding */
	mpq_t rule;              /* score the rule gives, rounded */
	mpq_t score;             /* final score: the rule's, or the override */
	/* a row whose value the unit marks (未填报, ...), or whose rule could
	 * not score it (a value in no band: 待核实): the word, else NULL */
	const char *mark;
	bool pending;            /* no score: an error was reported, the total
				    is incomplete (score 0, left out) */
	bool rescale;            /* left out by `missing rescale` */
	bool shared;             /* not applicable, or left out by `missing
				    rescale`, and its weight shared out among
				    the other rows of its group (`inapplicable
				    share`) */
	bool doubt;              /* pending because its rule failed on the value
				    (mark 待核实), not because the data marks it */
	bool unreasoned;         /* and that for want of a reason (偏差原因)
				    under `require reason` (E314) */
};

/* What `inapplicable share` did to a group's subtotal. */
struct group_share {
	bool applies;            /* a row in it applies (or is marked): else the
				    group counts as not applicable itself */
	bool rescaled;           /* its subtotal is raw / base × its weight */
	mpq_t raw;               /* the sum of its rows' scores */
	mpq_t base;              /* the weights of its rows that apply */
};

struct eval {
	struct program *prog;
	struct value *slots;     /* prog->nslots values */
	struct value **result;   /* per slot: where that node's value is (its own
				    slot, or the slot of what it reads) */
	unsigned char *present;  /* per input: INPUT_MISSING, INPUT_OK, INPUT_BAD
				    or INPUT_MARKED */
	signed char *mark;       /* per input: INPUT_MARKED's word (eval_marks) */
	int row_errors;          /* errors reported this unit that leave only a
				    row without its score (pending), not the unit */
	bool fatal;              /* an error this run that fails the unit, not
				    a row (E317) */
	bool incomplete;         /* rows are pending: the total is of the rows
				    scored, and has no grade */
	struct ind_result *ind;  /* per indicator */
	struct row_data *row;    /* per indicator: what the data says of it */
	mpq_t *group_score;      /* per group */
	mpq_t sum;               /* the sum of the scores */
	mpq_t applicable;        /* the sum of the applicable rows' weights */
	mpq_t base;              /* the weights a rescaled total is over: all but
				    those of rows left out by `inapplicable
				    rescale` or `missing rescale` */
	bool rescaled;           /* total = sum / applicable × full score */
	mpq_t total;             /* the total: the sum, or rescaled */
	bool has_pub_total;      /* the data gives the published total */
	mpq_t pub_total;
	bool has_pub_max;        /* and the published full score ("max") */
	mpq_t pub_max;
	bool *group_pending;     /* per group: rows in it are pending, its score
				    is of the rows scored */
	struct group_share *share; /* per group, when a group or the template
				    shares out the weights of rows not
				    applicable (`inapplicable share`); else NULL */
	bool *group_has_pub;     /* per group: the data gives its published
				    subtotal ("$published": {"groups": ...}) */
	mpq_t *group_pub;
	const char *pub_grade;   /* the published grade, or NULL */
	const char *grade;       /* name of the total's grade, or NULL */
	struct diag *diag;
	struct item *cur;        /* indicator being evaluated */
	const struct call_frame *call; /* innermost call under way, or NULL */
	const struct expr *site; /* the template's call of a library function under
				    way: errors inside it point there */
	struct value **argv;     /* prog->nargs argument places */
	unsigned *seen;          /* per checklist item: the round it was seen in */
	unsigned seen_round;
	int nseen;
	unsigned char *slot_flags; /* per slot: SLOT_KEEP, SLOT_BIG */
	int *big;                /* slots holding a long number (see eval.c) */
	int nbig;
	uint64_t limb_work;      /* GMP work this unit (EVAL_MAX_LIMB_WORK) */
	unsigned generation;     /* bumped per evaluation (for let caching) */
	unsigned *let_gen;       /* per let: generation its slot was computed in */
	struct num_tmp round_tmp; /* scratch for rounding */
	struct explain *trace;   /* eval_explain's steps, or NULL (scoring) */
};

/* Allocates an evaluation frame for a compiled program (load_template
 * returned 0); NULL if out of memory. */
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
 * frame's diag.  A row whose value is marked (INPUT_MARKED) scores as its
 * `missing` policy says; a row whose rule fails on its value (a value in no
 * band, a division by zero: its error reported) is pending, and so is a
 * row whose marked value is an error: the unit is still scored, with
 * ev->incomplete set.  Returns the number of errors it reported that
 * leave the unit unscored, with those the loader reported of values marked
 * 未填报 when no row is pending for them (then moved from ev->row_errors);
 * or, when there are none but an input's value could not be read
 * (INPUT_BAD, whose error the loader reported when it was given), -1.
 * Results are there only when it returns 0. */
int eval_run(struct eval *ev);

/* Scores indicator number i (program.indicators) alone, from the values
 * present (and the defaults of those it reads that are not), as eval_run
 * would score it: for scoring one row again and again at the cost of that
 * row (rubric test --generate).  The lets keep the values they were last
 * computed with: the caller forgets those that read a value it changed
 * (eval_forget_let).  Returns 0, or the number of errors it reported. */
int eval_row(struct eval *ev, int i);

/* acc = acc OP r, for + − × ÷ of constants (the checker's, the test
 * generator's), as evaluation computes them: CONST_OK; CONST_TOO_LONG when
 * the operands are longer than EVAL_MAX_BITS together, CONST_NONE for a
 * division by zero or another operator, acc then unchanged. */
enum { CONST_OK, CONST_TOO_LONG, CONST_NONE };
int eval_const_arith(enum op op, mpq_t acc, mpq_srcptr r);

/* Makes let number l (program.lets) be computed again when next read. */
void eval_forget_let(struct eval *ev, int l);

/* How the score of indicator number i (program.indicators) of a frame
 * eval_run scored came about, step by step, into out (`rubric explain`):
 * the rule as written and where, the values put in, every operation with
 * its operands and result (a chain of them on one line: 962 ÷ 2000 × 4 =
 * 1.924), the band, level or checklist items that counted, the rounding,
 * and an override or a row not applicable with the reason; in the language
 * of messages.  The indicator is evaluated again with the steps noted:
 * its results stay as they were.  Returns 0, or -1 when its evaluation
 * failed (it did not, after eval_run returned 0). */
struct strbuf;
int eval_explain(struct eval *ev, int i, struct strbuf *out);

/* Audit of a scored frame against the published values in the data. */
struct audit {
	int rows;                /* rows with a published score */
	int findings;            /* rows, total and grade that disagree, and
				    the figures the template states (stated) */
	int stated;              /* the template's stated figures (total N
				    stated, group weights) its rows do not add
				    up to */
	mpq_t rows_sum;          /* the sum of the published row scores */
};

/* Whether row i's published score disagrees with its score.  A row pending
 * has none to compare; while rows are pending (ev->incomplete), neither
 * have the total, the grade and the groups' subtotals. */
bool eval_row_disagrees(const struct eval *ev, int i);

/* Whether the published total (grade) disagrees with the computed one. */
bool eval_total_disagrees(const struct eval *ev);
bool eval_grade_disagrees(const struct eval *ev);
/* Whether row i's score is the evaluator's judgement: a judged score, or a
 * score picked within a level's range, not an override. */
bool eval_row_judged(const struct eval *ev, int i);

/* Whether group g's published subtotal disagrees with its score. */
bool eval_group_disagrees(const struct eval *ev, int g);

/* Whether the published full score disagrees with the weights' sum. */
bool eval_max_disagrees(const struct eval *ev);
/* Whether the template states figures (`stated`) for --verify to check. */
bool eval_states(const struct program *p);

/* Fills a (initialised by the caller) from a scored frame. */
void eval_audit(const struct eval *ev, struct audit *a);

#endif
