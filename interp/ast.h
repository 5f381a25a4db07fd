/* ast.h - the syntax tree of a template, and what the checker finds of it.
 *
 * The parser builds these nodes.  The checker leaves them as written, for
 * fmt and explain: what it finds goes into fields of its own, marked
 * "checker" below.  It resolves names (an EX_NAME is an EX_INPUT, EX_LET or
 * EX_PARAM: expr.is), computes weights and types, and lowers library rules
 * (proportional, deduct, ...) to calls of the functions in stdlib/, made
 * beside the rule as written (rule.expr).  A call of a function is
 * resolved to the function, whose body is checked once: bodies are never
 * copied.  compile.c then numbers value slots and makes the code the
 * evaluator runs (program.h), which reads the tree only for its messages.
 * The standard library is a program of its own, parsed, checked and
 * compiled once per process and shared read-only by every template
 * (load.c).  Every node carries the span of source it came from.
 *
 * Ownership: every node, string and list here lives in the arena of the
 * struct program it belongs to.
 */
#ifndef RUBRIC_AST_H
#define RUBRIC_AST_H

#include <stdbool.h>
#include <gmp.h>

#include "arena.h"
#include "diag.h"
#include "names.h"
#include "num.h"

/* Value types.  A percent is a number shown as a percent. ORDER type_names */
enum type {
	TY_UNKNOWN, /* not yet known, or an error was already reported */
	TY_NUMBER,  /* exact rational */
	TY_TEXT,    /* UTF-8 string */
	TY_DATE,    /* calendar date */
	TY_BOOL,    /* true or false */
	TY_LIST,    /* list of text (the items a checklist satisfied) */
};

/* The type's name in messages ("number", "text", ...), translated. */
const char *ast_type_name(enum type t);

/* Operators of EX_UNARY and EX_BINARY. ORDER op_names */
enum op {
	OP_NEG, OP_NOT,                         /* unary */
	OP_ADD, OP_SUB, OP_MUL, OP_DIV,         /* arithmetic */
	OP_EQ, OP_NE, OP_LT, OP_LE, OP_GT, OP_GE, /* comparison */
	OP_AND, OP_OR,                          /* logic */
};

/* The operator as written ("+", ">=", "and"). */
const char *ast_op_name(enum op op);

/* Who an EX_SELF names: the value of the enclosing indicator's ... */
enum self_kind {
	SELF_ACTUAL, /* actual */
	SELF_TARGET, /* target (its value) */
	SELF_WEIGHT, /* weight */
};

struct code;
struct input;
struct item;
struct let;
struct func;
struct builtin;

enum expr_kind {
	EX_NUM,    /* num, percent: literal number */
	EX_STR,    /* str: literal text */
	EX_DATE,   /* date: literal date, days since 1970-01-01 */
	EX_BOOL,   /* boolean: literal */
	EX_NAME,   /* name: as written (the checker finds what it is) */
	EX_INPUT,  /* input: a declared or implicit input */
	EX_LET,    /* let: a let binding */
	EX_PARAM,  /* param: the argument expression it stands for */
	EX_SELF,   /* self: actual, target or weight of the indicator */
	EX_UNARY,  /* op, lhs */
	EX_BINARY, /* op, lhs, rhs */
	EX_IF,     /* cond, lhs (then), rhs (else) */
	EX_CASES,  /* cases: conditions and values; else in rhs (may be NULL) */
	EX_CALL,   /* name, args; after checking, builtin or func */
};

/* How large the numbers an expression computes can grow, relative to the
 * largest number it reads (an input or a literal): at most k × D + c times
 * that size, where D is the growth of the arguments inside a function body
 * (k is 0 outside functions).  Saturates at COST_INF.  See "Limits" in
 * docs/language.md. */
struct growth {
	uint64_t k, c;
};

struct expr {
	enum expr_kind kind;  /* as written: EX_NAME, EX_SELF, ... */
	enum expr_kind is;    /* checker: what it is (an EX_NAME is an EX_INPUT,
				 EX_LET or EX_PARAM; an EX_SELF is an EX_PARAM,
				 or for `weight` an EX_NUM, see expr_number);
				 kind until then */
	enum type type;       /* set by the checker */
	bool percent;         /* shown as a percent (literal 95%, or inferred) */
	bool decimal;         /* checker: its numbers are decimals (see measure) */
	bool decimal_d;       /* checker: the same inside a function whose
				 parameters are decimals (check.c, size_of) */
	struct span span;
	int slot;             /* compile.c: its value's place in an evaluation frame */
	int depth;            /* height of the tree below (1 for a leaf) */
	int reach;            /* checker: height counting the lets and function
				 bodies it evaluates (the evaluator's recursion) */
	int argbase;          /* compile.c: a function call's arguments' place in
				 a frame's argv */
	uint64_t cost;        /* checker: evaluation steps, lets not counted
				 (each is evaluated once per unit) */
	struct growth growth; /* checker: size of its numbers */
	struct growth growth_d; /* checker: the same, with decimal parameters */
	union {
		mpq_t num;            /* EX_NUM: a literal the parser made is read-only
					 (num_const): never write or clear it */
		struct {              /* EX_STR */
			const char *str;
			size_t len;
		};
		long date;            /* EX_DATE */
		bool boolean;         /* EX_BOOL */
		const char *name;     /* EX_NAME */
		enum self_kind self;  /* EX_SELF */
		struct {              /* EX_UNARY, EX_BINARY, EX_IF */
			enum op op;
			struct expr *cond;
			struct expr *lhs;
			struct expr *rhs;
		};
		struct {              /* EX_CASES */
			struct vec conds;     /* struct expr *, bool */
			struct vec values;    /* struct expr *, same length */
			struct expr *otherwise; /* else value or NULL */
		} cases;
		struct {              /* EX_CALL */
			const char *fname;
			struct span fname_span;
			struct vec args;      /* struct expr * */
			const struct builtin *builtin; /* C primitive, or */
			struct func *func;    /* the function called */
		} call;
	};
	union {               /* checker: what a name or self reference is */
		struct input *input;  /* is EX_INPUT */
		struct let *let;      /* is EX_LET */
		struct {              /* is EX_PARAM */
			struct expr *param;   /* the node whose value it reads, */
			int param_index;      /* or, in a function definition, the parameter */
		};
		struct item *owner;   /* EX_SELF that is EX_NUM: the indicator */
	};
};


/* A value a unit supplies.  Implicit inputs are made by the checker for
 * indicators that have no `actual`: they carry the indicator's name. */
struct input {
	const char *name;
	struct span span;        /* the name */
	enum type type;
	bool percent;            /* declared percent, or percent target */
	bool integer;            /* declared integer: a count */
	const char *unit;        /* display unit or NULL */
	struct expr *dflt;       /* default value or NULL */
	struct item *owner;      /* for an implicit input, its indicator */
	bool used;               /* checker: something reads it */
	int slot;                /* value slot in an evaluation frame */
	int index;               /* position in program.inputs */
	int mark;                /* checker: last indicator or let that added it
				    to its dependencies (index + 1) */
	bool marked_error;       /* checker: an indicator that needs it scores
				    a value marked 未填报 as an error (`missing
				    error`, the default) */
};

struct let {
	const char *name;
	struct span span;
	struct expr *value;
	int state;               /* checker: 0 new, 1 checking, 2 done, 3 its deps listed */
	bool used;               /* checker: something reads it */
	int index;               /* position in program.lets */
	struct vec deps;         /* checker: struct input * its value reads */
	int iv_state;            /* bounds.c: 0 not yet, 1 computing, 2 known, 3 unknown */
	bool iv_lo_inf, iv_hi_inf; /* bounds.c: the interval of its value */
	mpq_t iv_lo, iv_hi;
	bool reads_known;        /* checker: reads is known */
	struct input *reads;     /* checker: the first input its value reads, or NULL */
};

struct param {
	const char *name;
	struct span span;
	enum type type;
};

/* func name(params) = body: a library or template function.  Its body is
 * checked once; a call refers to it (EX_CALL's func) and the evaluator runs
 * it with the call's arguments.  A function sees only functions defined
 * before it, so there is no recursion. */
struct func {
	const char *name;
	struct span span;
	struct vec params;       /* struct param * */
	struct expr *body;
	bool checked;
	bool from_stdlib;
	bool used;               /* checker: something calls it */
	int order;               /* position among the template's functions: a
				    function may call only those before it */
	bool pct_never;          /* checker: its result is never a percent, */
	int *pct, npct;          /* else it is when the arguments numbered
				    pct[0..npct) are (check.c, pct_walk) */
};

/* Target comparison. ORDER target_syms */
enum target_op {
	TG_NONE,    /* no target */
	TG_GE, TG_GT, TG_LE, TG_LT, TG_EQ, /* actual OP lo */
	TG_BETWEEN, /* lo <= actual <= hi */
	TG_BY,      /* actual (a date) on or before lo */
	TG_TEXT,    /* a descriptive target (lo is the text) */
	TG_BARE,    /* a number without an operator: `target default` decides
		       (as written; target.is says what it means) */
};

struct target {
	enum target_op op;       /* as written */
	enum target_op is;       /* checker: what it means (a bare target's
				    operator is the `target default` around it) */
	struct expr *lo;         /* the value (text for TG_TEXT) */
	struct expr *hi;         /* upper bound of TG_BETWEEN */
	struct span span;        /* whole clause after the keyword */
	bool bare;               /* written without an operator */
	const char *unit;        /* the unit after the value (≥30000台), or NULL */
	struct span unit_span;
};

enum rule_kind { /* ORDER: the names in api.c, rubric_item_rule */
	RULE_EXPR,         /* expr: any expression (and every lowered rule) */
	RULE_PROPORTIONAL, /* (lowered to a stdlib call) */
	RULE_MET,          /* (lowered) */
	RULE_INTERPOLATE,  /* a: from, b: to (lowered) */
	RULE_DEDUCT,       /* a: amount, b: per, c: threshold, d: cap (lowered) */
	RULE_BONUS,        /* a: base, b: increment, c: per, d: cap (lowered) */
	RULE_BANDS,        /* entries: struct band * */
	RULE_CHECKLIST,    /* entries: struct item_points * */
	RULE_GRADE,        /* entries: struct item_points * */
	RULE_JUDGED,       /* a, b: optional range */
};

/* Whether a rule of kind k is a formula: an expression as written, or a
 * library rule the checker lowers to one (rule.expr). */
#define RULE_IS_FORMULA(k) ((k) <= RULE_BONUS)

/* Kind of a deduction's reference point. */
enum deduct_dir {
	DEDUCT_COUNT, /* per unit of the actual itself */
	DEDUCT_ABOVE, /* per unit above the threshold */
	DEDUCT_BELOW, /* per unit below the threshold */
};

/* One bound of a band interval. */
struct bound {
	struct expr *value;      /* NULL: infinite */
	bool closed;             /* the bound itself belongs to the band */
};

/* One line of `bands { ... }`: interval (or comparison) and points. */
struct band {
	struct bound lo, hi;
	bool is_else;            /* `else: points` */
	struct expr *points;
	struct span span;        /* the interval as written */
};

/* One line of a checklist or a grade: name and points (or a range). */
struct item_points {
	const char *name;
	struct span span;
	struct expr *points;     /* fixed points, or the range's low end */
	struct expr *hi;         /* range's high end, or NULL */
	const char *text;        /* description or NULL */
	bool hi_open;            /* [lo, hi): hi itself is not in the range */
	mpq_t lo_q, hi_q;        /* checker: constant values */
	int index;               /* checker: its place in the rule's entries */
};

/* `levels name { ... }`: a named set of qualitative levels, used by
 * `score grade name`.  Points may use `weight`: they are computed for each
 * indicator that uses the set. */
/* A level set's entries with their points for one weight: the indicators
 * of that weight that use the set share them (entries and entry_names of
 * their rules point here). */
struct level_use {
	struct vec entries;      /* struct item_points * */
	struct names entry_names;
	bool checked;            /* the points were checked (for the first user) */
	bool full;               /* some level gives the weight */
};

struct level_set {
	const char *name;
	struct span span;
	struct vec entries;      /* struct item_points * */
	bool from_stdlib;
};

struct rule {
	enum rule_kind kind;
	struct span span;
	struct expr *expr;       /* RULE_EXPR; for the other formulas, the
				    checker's call of the library (NULL if it
				    found an error) */
	enum deduct_dir dir;     /* RULE_DEDUCT */
	struct expr *a, *b, *c, *d; /* parameters, see enum rule_kind */
	struct vec entries;      /* RULE_BANDS, RULE_CHECKLIST, RULE_GRADE; for a
				    level set (use_levels), the checker's copy
				    of its entries for the weight */
	struct names entry_names; /* checker: RULE_CHECKLIST, RULE_GRADE: name to entry */
	struct level_use *shared; /* checker: a level set's entries worked out for
				    a weight, shared by the indicators of that
				    weight (check.c, use_levels), or NULL */
	bool use_levels;         /* RULE_GRADE: `grade` or `grade NAME`: a level set */
	const char *levels;      /* its name, NULL for the national default */
	struct span levels_span;
	mpq_t total_q;           /* checker: a checklist's full points */
};

struct rounding {
	bool set;                /* declared */
	int digits;
	enum num_mode mode;
	struct span span;
};

enum item_kind {
	ITEM_GROUP,
	ITEM_INDICATOR,
	ITEM_SETTING,            /* `target default OP`, `missing POLICY`
				    (parser output only) */
};

/* What a row whose value the unit marks as not given (未填报, 待核实, ...)
 * scores: `missing POLICY`, for the template or a group. */
enum missing_policy {
	MISSING_INHERIT,         /* as the group around it says (none set) */
	MISSING_ERROR,           /* an error; the row is pending (the default) */
	MISSING_ZERO,            /* scores 0, marked */
	MISSING_EXCLUDE,         /* left out of the total, as not applicable */
	MISSING_RESCALE,         /* left out, and the total rescaled */
};

/* The inputs of a budget row, in the order of the form's columns. */
enum { BUDGET_INITIAL, BUDGET_PLANNED, BUDGET_SPENT, BUDGET_NINPUTS };

/* A group (一级/二级指标) or an indicator (三级指标). */
struct item {
	enum item_kind kind;
	const char *name;
	struct span span;        /* keyword to closing brace */
	struct span name_span;
	struct item *parent;     /* enclosing group or NULL */
	struct expr *weight_expr; /* as declared, or NULL */
	mpq_t weight;            /* checker: declared or summed */
	int depth;               /* 0 at top level */
	int index;               /* indicators: position in program.indicators;
				    groups: position in program.groups */
	int order;               /* api.c: its index in rubric.h's table order */
	/* ITEM_GROUP */
	struct vec children;     /* struct item * */
	/* ITEM_INDICATOR */
	struct target target;
	struct expr *actual;     /* as declared, or NULL (implicit input) */
	struct input *input;     /* checker: the implicit input, if any */
	struct rule *rule;       /* as written, or NULL */
	struct rule *scoring;    /* checker: the rule it is scored by: its own,
				    or a budget row's default */
	struct rounding round;
	const char *unit;
	const char *note;
	struct vec deps;         /* checker: struct input * the score needs */
	uint64_t cost;           /* checker: evaluation steps of its expressions */
	struct expr *self_actual; /* checker: the node `actual` evaluates to */
	bool budget;             /* the budget-execution row (`budget`) */
	struct input *budget_in[BUDGET_NINPUTS]; /* checker: its inputs */
	bool inapplicable;       /* marked `inapplicable` in the template ("/") */
	/* ITEM_GROUP: `weight N stated`: the weight the table states, which
	 * its rows need not add up to; the checker then keeps the rows' sum
	 * as its weight, and stated_weight the stated one, for --verify */
	bool stated;
	bool stated_differs;     /* checker: the rows do not add up to it */
	mpq_t stated_weight;
	/* ITEM_GROUP, ITEM_SETTING: what a target without an operator means
	 * inside (TG_NONE: inherited) */
	enum target_op bare_op;
	/* ITEM_GROUP, ITEM_SETTING: `missing POLICY` inside (MISSING_INHERIT:
	 * inherited); ITEM_INDICATOR: checker: the policy that applies */
	enum missing_policy missing;
	/* ITEM_GROUP, ITEM_SETTING: `inapplicable share` inside: the weights
	 * of its rows not applicable are shared out among those that apply */
	bool share;
};

/* Lower bound of a grade of the total: `优: 90`. */
struct grade_band {
	const char *name;
	struct span span;
	struct expr *min;
	mpq_t min_q;
};

/* A field of the form's header: `项目名称: "..."` in `form { ... }`. */
struct header_field {
	const char *key, *value;
	struct span span;        /* the key's */
};

/* The form a template's reports lay out (`form self`, `form score`). */
enum form_kind { FORM_AUTO, FORM_SELF, FORM_SCORE };

/* A parsed `test` block (kept for `rubric test`). */
struct test_case {
	const char *name;
	struct span span;
	struct vec given;        /* struct test_entry * */
	struct vec expect;       /* struct test_entry * */
	const char *data;        /* `given "unit.json"`: a data file, beside the
				    template, whose values are given and whose
				    published scores are expected; or NULL */
	struct span data_span;
};

struct test_entry {
	const char *name;
	struct span span;
	struct expr *value;      /* literal; lists use EX_CALL with fname "[" */
	bool expect;             /* in `expect` (else in `given`) */
};

/* A whole template. */
struct program {
	struct arena arena;
	struct source *src;
	const char *title;
	struct span title_span;
	bool chinese_keywords;   /* opens with 评分表, not rubric: the test
				    blocks the library writes (--emit-test,
				    --generate) spell keywords in Chinese */
	struct expr *total_expr; /* declared total or NULL */
	bool total_stated;       /* `total N stated`: the table's, which the
				    weights need not add up to */
	bool total_differs;      /* checker: and they do not */
	mpq_t stated_total;      /* checker: N */
	mpq_t total;             /* checker: declared or summed weights */
	struct rounding round;
	struct vec grades;       /* struct grade_band *, highest first (the
				    checker adds the national ones unless
				    grades_set) */
	bool grades_set;
	struct vec inputs;       /* struct input *, explicit then implicit */
	struct vec lets;         /* struct let * */
	struct vec funcs;        /* struct func *, stdlib first */
	struct vec items;        /* top-level struct item * */
	struct vec tests;        /* struct test_case * */
	struct vec levels;       /* struct level_set *, stdlib first */
	bool require_reason;     /* `require reason` */
	bool rescale;            /* `inapplicable rescale` */
	bool share;              /* `inapplicable share` at the top */
	bool inapplicable_set;   /* `inapplicable ...` was declared */
	enum target_op bare_op;  /* `target default` at the top, or TG_NONE */
	enum missing_policy missing; /* `missing` at the top, or MISSING_INHERIT */
	enum form_kind form;     /* `form self|score`, or FORM_AUTO */
	bool form_set;           /* `form` was declared */
	struct vec header;       /* struct header_field *: `form { ... }` */
	/* checker output */
	struct vec indicators;   /* every indicator, in table order */
	struct vec groups;       /* every group, in table order */
	struct vec mpqs;         /* every mpq_t the arena holds, to clear */
	int nslots;              /* value slots an evaluation frame needs (the
				    library's first) */
	int nargs;               /* argument places a frame needs (likewise) */
	struct expr *too_deep;   /* first expression nested past AST_MAX_DEPTH */
	const struct program *lib; /* the standard library (shared, read-only) */
	const struct code *code; /* compile.c: what the evaluator runs (program.h) */
	uint64_t nodes;          /* expression nodes made: the size the cost
				    limit grows with */
	uint64_t cost;           /* checker: evaluation steps of one unit */
	/* checker: names */
	struct names input_names, let_names, func_names, indicator_names, level_names;
};

/* Expressions deeper than this are refused (the checker and evaluator
 * recurse over them), counting the lets and function bodies they
 * evaluate. */
#define AST_MAX_DEPTH 2000

/* The cost model (docs/language.md, "Limits").  Evaluating one unit may
 * take at most COST_BASE + COST_PER_NODE × (nodes of the template) steps,
 * so that evaluation is linear in the template's size; numbers may grow to
 * at most COST_MAX_GROWTH times the size of what they are computed from. */
#ifndef COST_BASE /* fuzz builds lower it (Makefile, tests/fuzz/README.md) */
#define COST_BASE 1000000u
#endif
#define COST_PER_NODE 16u
#define COST_MAX_GROWTH 256u
#define COST_INF (UINT64_C(1) << 62)

/* a + b and a × b, saturating at COST_INF. */
uint64_t cost_add(uint64_t a, uint64_t b);
uint64_t cost_mul(uint64_t a, uint64_t b);

/* A count of steps for a message: "12345", or "about 1.2e+15" when long,
 * "more than 4.6e+18" at COST_INF.  Returns buf. */
const char *cost_show(char *buf, size_t cap, uint64_t n);

/* Sets e's depth from its children, noting it in p if it is too deep. */
void ast_nest(struct program *p, struct expr *e);

/* Node constructors, used by the parser.  All allocate in p's arena and
 * never return NULL (out of memory longjmps, see arena.h). */
struct expr *ast_expr(struct program *p, enum expr_kind kind, struct span sp);
struct expr *ast_num(struct program *p, const char *text, size_t len, struct span sp);
struct expr *ast_str(struct program *p, const char *s, size_t len, struct span sp);
struct expr *ast_date(struct program *p, long days, struct span sp);
struct expr *ast_bool(struct program *p, bool b, struct span sp);
struct expr *ast_name(struct program *p, const char *name, struct span sp);
struct expr *ast_self(struct program *p, enum self_kind self, struct span sp);
struct expr *ast_unary(struct program *p, enum op op, struct expr *e, struct span sp);
struct expr *ast_binary(struct program *p, enum op op, struct expr *l, struct expr *r, struct span sp);
struct expr *ast_if(struct program *p, struct expr *c, struct expr *t, struct expr *e, struct span sp);
struct expr *ast_call(struct program *p, const char *fname, struct span fsp, struct vec args, struct span sp);

/* An mpq_t inside the arena, registered to be cleared with the program. */
void ast_mpq(struct program *p, mpq_t *q);

/* Initialises an empty program over src. */
void ast_program_init(struct program *p, struct source *src);

/* Clears every number the program holds and frees its arena. */
void ast_program_free(struct program *p);

/* Days since 1970-01-01 of a valid Gregorian date (years 1..9999), or
 * AST_NO_DATE when y-m-d is not a date (month 13, 2021-02-29, ...). */
#define AST_NO_DATE (-99999999L)
long ast_days(int y, int m, int d);

/* Writes a date as YYYY-MM-DD into buf (at least 32 bytes). */
void ast_format_date(char *buf, long days);

/* The number of an expression that is EX_NUM: a literal's, or the weight
 * of the indicator a `weight` reads. */
static inline mpq_srcptr expr_number(const struct expr *e)
{
	return e->kind == EX_NUM ? e->num : e->owner->weight;
}

/* How many 元 a unit of money is (元, 千元, 万元, 亿元: the units amounts
 * are converted between); 0 for any other unit. */
long ast_money_yuan(const char *unit, size_t len);

#endif
