/* compile.c - from a checked template to the program the evaluator runs:
 * value slots, each indicator's inputs, and flat code (program.h).
 *
 * Every pass visits each node once per root it is under: a let's value
 * and a function's body are numbered and compiled once, where they are
 * defined, and a reference or a call only refers to them.  The nodes a
 * lowered rule shares with the rule as written (a target read by `met`)
 * are compiled under both roots, which is a bounded number of times. */
#include "program.h"

#include <string.h>

#include "eval.h"
#include "stats.h"

struct compiler {
	struct program *p;
	struct code *code;
	size_t cap;              /* of code->insns */
	size_t ops_cap;          /* of code->operands */
	size_t konsts_cap;       /* of code->konsts */
};

/* ---- slots ---- */

static bool is_konst(const struct expr *e)
{
	return e->is == EX_NUM || e->is == EX_STR || e->is == EX_DATE || e->is == EX_BOOL;
}

/* The array items of elements of size bytes, with room for *cap, made
 * to hold need: doubled when it must grow (an arena_grow block, which
 * leaves no old copy behind). */
static void *reserve(struct compiler *c, void *items, size_t *cap, size_t need, size_t size)
{
	if (need <= *cap)
		return items;
	size_t more = *cap ? 2 * *cap : 256;
	while (more < need)
		more *= 2;
	if (more > SIZE_MAX / size)
		more = SIZE_MAX / size; /* arena_grow fails: out of memory */
	void *bigger = arena_grow(&c->p->arena, items, more * size);
	*cap = more;
	return bigger;
}

static void add_konst(struct compiler *c, const struct expr *e)
{
	struct code *k = c->code;
	k->konsts = reserve(c, k->konsts, &c->konsts_cap, (size_t)k->nkonsts + 1,
			    sizeof *k->konsts);
	k->konsts[k->nkonsts++] = (struct konst){ e->slot, e };
}

/* Gives e and what it evaluates a result slot: each node once, so a let's
 * value and a function's body, wherever they are used, have one slot each.
 * A call of a function also gets places in the frame's argv for its
 * arguments (a call is never under way twice at once: there is no
 * recursion).  A constant's slot is filled once per frame. */
static void number_slots(struct compiler *c, struct expr *e)
{
	struct program *p = c->p;
	if (!e || e->slot >= 0)
		return;
	STATS_WORK(1);
	e->slot = p->nslots++;
	if (is_konst(e))
		add_konst(c, e);
	switch (e->is) {
	case EX_UNARY: case EX_BINARY: case EX_IF:
		number_slots(c, e->cond);
		number_slots(c, e->lhs);
		number_slots(c, e->rhs);
		break;
	case EX_CASES:
		for (int i = 0; i < e->cases.conds.n; i++) {
			number_slots(c, e->cases.conds.items[i]);
			number_slots(c, e->cases.values.items[i]);
		}
		number_slots(c, e->cases.otherwise);
		break;
	case EX_CALL:
		for (int i = 0; i < e->call.args.n; i++)
			number_slots(c, e->call.args.items[i]);
		if (e->call.func) {
			e->argbase = p->nargs;
			p->nargs += e->call.args.n;
		}
		break;
	case EX_LET:
		number_slots(c, e->let->value);
		break;
	default:
		break;
	}
}

/* ---- dependencies ---- */

/* Adds in to deps unless the owner numbered mark has it already. */
static void add_dep(struct program *p, struct vec *deps, struct input *in, int mark)
{
	if (in->mark == mark)
		return;
	in->mark = mark;
	vec_push(&p->arena, deps, in);
}

static void let_deps(struct program *p, struct let *l);

/* Adds the inputs e reads to deps (for the owner numbered mark).  A let
 * adds the inputs of its own list, made once; a call adds its arguments'
 * (a function reads nothing but its parameters). */
static void collect_deps(struct program *p, struct vec *deps, struct expr *e, int mark)
{
	if (!e)
		return;
	STATS_WORK(1);
	switch (e->is) {
	case EX_INPUT:
		add_dep(p, deps, e->input, mark);
		break;
	case EX_LET:
		let_deps(p, e->let);
		for (int i = 0; i < e->let->deps.n; i++)
			add_dep(p, deps, e->let->deps.items[i], mark);
		STATS_WORK(e->let->deps.n);
		break;
	case EX_PARAM:
		/* a self reference reads the actual or target; an argument was
		 * collected at its call */
		if (e->param_index < 0)
			collect_deps(p, deps, e->param, mark);
		break;
	case EX_UNARY: case EX_BINARY: case EX_IF:
		collect_deps(p, deps, e->cond, mark);
		collect_deps(p, deps, e->lhs, mark);
		collect_deps(p, deps, e->rhs, mark);
		break;
	case EX_CASES:
		for (int i = 0; i < e->cases.conds.n; i++) {
			collect_deps(p, deps, e->cases.conds.items[i], mark);
			collect_deps(p, deps, e->cases.values.items[i], mark);
		}
		collect_deps(p, deps, e->cases.otherwise, mark);
		break;
	case EX_CALL:
		for (int i = 0; i < e->call.args.n; i++)
			collect_deps(p, deps, e->call.args.items[i], mark);
		break;
	default:
		break;
	}
}

/* The inputs a let reads, once (marks from -1 down, apart from the
 * indicators' from 1 up).  A let is listed only after the lets it reads,
 * which are acyclic (checked). */
static void let_deps(struct program *p, struct let *l)
{
	if (l->state == 3)
		return;
	l->state = 3;
	collect_deps(p, &l->deps, l->value, -1 - l->index);
}

/* ---- code ---- */

static struct insn *emit(struct compiler *c, enum opcode op, const struct expr *src)
{
	struct code *k = c->code;
	k->insns = reserve(c, k->insns, &c->cap, (size_t)k->ninsns + 1, sizeof *k->insns);
	STATS_WORK(1);
	struct insn *in = &k->insns[k->ninsns++];
	memset(in, 0, sizeof *in);
	in->op = (uint8_t)op;
	in->src = src;
	in->dst = src ? src->slot : -1;
	in->percent = src && src->percent;
	return in;
}

/* The slot that holds e's value once its code has run: a constant's and
 * an input's own, a self reference's the node it reads, else e's. */
static int operand(const struct expr *e)
{
	while (e->is == EX_PARAM && e->param_index < 0)
		e = e->param;
	return e->is == EX_INPUT ? e->input->slot : e->slot;
}

/* Where a jump is to go: the next instruction emitted. */
static uint32_t here(const struct compiler *c)
{
	return c->code->ninsns;
}

static int compile_expr(struct compiler *c, const struct expr *e);

/* The slots of a call's arguments, listed in code.operands; returns the
 * first's index there. */
static int compile_args(struct compiler *c, const struct vec *args)
{
	int at[EVAL_MAX_ARGS];
	int n = args->n, *slots = n <= EVAL_MAX_ARGS ? at : arena_alloc(&c->p->arena, (size_t)n * sizeof *slots);
	for (int i = 0; i < n; i++)
		slots[i] = compile_expr(c, args->items[i]);
	struct code *k = c->code;
	k->operands = reserve(c, k->operands, &c->ops_cap,
			      (size_t)k->noperands + (size_t)n, sizeof *k->operands);
	int first = k->noperands;
	if (n)
		memcpy(k->operands + first, slots, (size_t)n * sizeof *slots);
	k->noperands += n;
	return first;
}

/* The code of a function: the library's functions are compiled in the
 * library's program. */
static const struct func_code *func_code(const struct compiler *c, const struct func *f)
{
	const struct program *p = c->p;
	if (f->from_stdlib && p->lib)
		return &p->lib->code->funcs[f->order];
	return &c->code->funcs[f->order];
}

/* Emits the code of e; returns the slot its value is in afterwards. */
static int compile_expr(struct compiler *c, const struct expr *e)
{
	switch (e->is) {
	case EX_NUM: case EX_STR: case EX_DATE: case EX_BOOL: case EX_INPUT:
		return operand(e);
	case EX_PARAM:
		if (e->param_index < 0) /* `actual`, `target`: computed before */
			return operand(e);
		emit(c, I_ARG, e)->b = e->param_index;
		return e->slot;
	case EX_LET:
		emit(c, I_LET, e)->b = e->let->index;
		return e->slot;
	case EX_UNARY: {
		int a = compile_expr(c, e->lhs);
		emit(c, e->op == OP_NEG ? I_NEG : I_NOT, e)->a = a;
		return e->slot;
	}
	case EX_BINARY: {
		int a = compile_expr(c, e->lhs);
		if (e->op == OP_AND || e->op == OP_OR) {
			/* short-circuit: the right operand only if the left does
			 * not decide */
			struct insn *t = emit(c, I_TEST, e);
			t->a = a;
			t->b = e->op == OP_OR;
			uint32_t test = here(c) - 1;
			int b = compile_expr(c, e->rhs);
			emit(c, I_BOOL, e)->a = b;
			c->code->insns[test].target = here(c);
			return e->slot;
		}
		int b = compile_expr(c, e->rhs);
		static const enum opcode ops[] = {
			[OP_ADD] = I_ADD, [OP_SUB] = I_SUB, [OP_MUL] = I_MUL, [OP_DIV] = I_DIV,
			[OP_EQ] = I_EQ, [OP_NE] = I_NE, [OP_LT] = I_LT, [OP_LE] = I_LE,
			[OP_GT] = I_GT, [OP_GE] = I_GE,
		};
		struct insn *in = emit(c, ops[e->op], e);
		in->a = a;
		in->b = b;
		return e->slot;
	}
	case EX_IF: case EX_CASES: {
		/* each condition, then its value or on to the next; every
		 * branch ends by making its value the node's */
		const struct vec *conds = e->is == EX_IF ? NULL : &e->cases.conds;
		int n = e->is == EX_IF ? 1 : conds->n;
		const struct expr *otherwise = e->is == EX_IF ? e->rhs : e->cases.otherwise;
		uint32_t first_exit = UINT32_MAX; /* chain of jumps to the end */
		for (int i = 0; i < n; i++) {
			const struct expr *cond = conds ? conds->items[i] : e->cond;
			const struct expr *value = conds ? e->cases.values.items[i] : e->lhs;
			int cs = compile_expr(c, cond);
			emit(c, I_UNLESS, e)->a = cs;
			uint32_t unless = here(c) - 1;
			int v = compile_expr(c, value);
			emit(c, I_PICK, e)->a = v;
			emit(c, I_JUMP, e)->target = first_exit;
			first_exit = here(c) - 1;
			c->code->insns[unless].target = here(c);
		}
		if (otherwise) {
			int v = compile_expr(c, otherwise);
			emit(c, I_PICK, e)->a = v;
		} else {
			emit(c, I_NO_CASE, e);
		}
		for (uint32_t j = first_exit; j != UINT32_MAX;) {
			uint32_t next = c->code->insns[j].target;
			c->code->insns[j].target = here(c);
			j = next;
		}
		return e->slot;
	}
	case EX_CALL: {
		int first = compile_args(c, &e->call.args);
		struct insn *in = emit(c, e->call.func ? I_CALL : I_BUILTIN, e);
		in->b = first;
		in->n = e->call.args.n;
		if (e->call.func) {
			in->func = func_code(c, e->call.func);
			in->argbase = e->argbase;
			in->from_stdlib = e->call.func->from_stdlib;
		} else {
			in->builtin = e->call.builtin;
		}
		return e->slot;
	}
	case EX_NAME: case EX_SELF:
		break; /* the checker resolved every one (or reported an error) */
	}
	return e->slot;
}

/* Compiles the root e (NULL: no block). */
static struct block compile_block(struct compiler *c, const struct expr *e)
{
	if (!e)
		return (struct block){ UINT32_MAX, -1 };
	struct block b = { here(c), 0 };
	b.ret = compile_expr(c, e);
	emit(c, I_RET, e)->a = b.ret;
	return b;
}

/* ---- the program ---- */

/* Every expression an indicator evaluates, for slots and dependencies. */
static void indicator_exprs(struct compiler *c, struct item *ind, bool deps)
{
	struct program *p = c->p;
	if (ind->inapplicable)
		return;
	int mark = ind->index + 1;
	struct rule *r = ind->scoring;
	struct expr *ex[4] = { ind->self_actual, ind->target.lo, ind->target.hi, r ? r->expr : NULL };
	/* a formula needs the actual only if it refers to it; a table rule
	 * always reads it */
	bool actual = !deps || !r || !RULE_IS_FORMULA(r->kind);
	for (int i = actual ? 0 : 1; i < 4; i++)
		deps ? collect_deps(p, &ind->deps, ex[i], mark) : number_slots(c, ex[i]);
	if (!r)
		return;
	if (r->kind == RULE_JUDGED) {
		deps ? collect_deps(p, &ind->deps, r->a, mark) : number_slots(c, r->a);
		deps ? collect_deps(p, &ind->deps, r->b, mark) : number_slots(c, r->b);
	}
	if (r->kind == RULE_BANDS)
		for (int i = 0; i < r->entries.n; i++) {
			struct band *b = r->entries.items[i];
			struct expr *bx[3] = { b->lo.value, b->hi.value, b->points };
			for (int k = 0; k < 3; k++)
				deps ? collect_deps(p, &ind->deps, bx[k], mark) : number_slots(c, bx[k]);
		}
}

/* Whether the tree e (an indicator's own expression, not the lets or
 * function bodies it calls) reads the node target through a self
 * reference: then that node must be computed before e. */
static bool reads(const struct expr *e, const struct expr *target)
{
	if (!e)
		return false;
	STATS_WORK(1);
	switch (e->is) {
	case EX_PARAM:
		return e->param_index < 0 && e->param == target;
	case EX_UNARY: case EX_BINARY: case EX_IF:
		return reads(e->cond, target) || reads(e->lhs, target) || reads(e->rhs, target);
	case EX_CASES:
		for (int i = 0; i < e->cases.conds.n; i++)
			if (reads(e->cases.conds.items[i], target) || reads(e->cases.values.items[i], target))
				return true;
		return reads(e->cases.otherwise, target);
	case EX_CALL:
		for (int i = 0; i < e->call.args.n; i++)
			if (reads(e->call.args.items[i], target))
				return true;
		return false;
	default:
		return false;
	}
}

/* The blocks of one indicator. */
static void compile_indicator(struct compiler *c, struct item *ind, struct ind_code *ic)
{
	struct block none = { UINT32_MAX, -1 };
	*ic = (struct ind_code){ none, none, none, false, none, none, none, NULL, NULL, NULL };
	if (ind->inapplicable)
		return;
	struct rule *r = ind->scoring;
	ic->target_first = ind->target.lo && reads(ind->self_actual, ind->target.lo);
	ic->actual = compile_block(c, ind->self_actual);
	ic->lo = compile_block(c, ind->target.lo);
	ic->hi = compile_block(c, ind->target.hi);
	if (!r)
		return;
	ic->rule = compile_block(c, r->expr);
	if (r->kind == RULE_JUDGED) {
		ic->judged_lo = compile_block(c, r->a);
		ic->judged_hi = compile_block(c, r->b);
	}
	if (r->kind == RULE_BANDS && r->entries.n) {
		size_t n = (size_t)r->entries.n;
		ic->band_lo = arena_alloc(&c->p->arena, 3 * n * sizeof *ic->band_lo);
		ic->band_hi = ic->band_lo + n;
		ic->band_points = ic->band_hi + n;
		for (size_t i = 0; i < n; i++) {
			struct band *b = r->entries.items[i];
			ic->band_lo[i] = compile_block(c, b->lo.value);
			ic->band_hi[i] = compile_block(c, b->hi.value);
			ic->band_points[i] = compile_block(c, b->points);
		}
	}
}

void compile_program(struct program *p)
{
	struct code *k = arena_alloc(&p->arena, sizeof *k);
	struct compiler c = { .p = p, .code = k };
	/* slots: the library's first, then the template's functions, inputs
	 * and indicators */
	if (p->lib) {
		p->nslots = p->lib->nslots;
		p->nargs = p->lib->nargs;
	}
	for (int i = 0; i < p->funcs.n; i++)
		number_slots(&c, ((struct func *)p->funcs.items[i])->body);
	for (int i = 0; i < p->inputs.n; i++)
		((struct input *)p->inputs.items[i])->slot = p->nslots++;
	/* code: functions first (a call refers to its callee's block, and a
	 * function calls only those before it), then each indicator as its
	 * slots are numbered (one visit of its nodes while they are in the
	 * cache), then lets and defaults */
	k->funcs = arena_alloc(&p->arena, ((size_t)p->funcs.n + 1) * sizeof *k->funcs);
	for (int i = 0; i < p->funcs.n; i++) {
		const struct func *f = p->funcs.items[i];
		k->funcs[i].code = k;
		k->funcs[i].body = f->body->slot >= 0 ? compile_block(&c, f->body)
						      : (struct block){ UINT32_MAX, -1 };
	}
	k->ind = arena_alloc(&p->arena, ((size_t)p->indicators.n + 1) * sizeof *k->ind);
	for (int i = 0; i < p->indicators.n; i++) {
		struct item *ind = p->indicators.items[i];
		indicator_exprs(&c, ind, false);
		indicator_exprs(&c, ind, true);
		/* `missing`: the nearest around it, else error; the inputs an
		 * indicator scoring marked values as errors needs are errors
		 * when marked */
		ind->missing = p->missing != MISSING_INHERIT ? p->missing : MISSING_ERROR;
		for (struct item *g = ind->parent; g; g = g->parent)
			if (g->missing != MISSING_INHERIT) {
				ind->missing = g->missing;
				break;
			}
		for (int d = 0; d < ind->deps.n && ind->missing == MISSING_ERROR && !ind->inapplicable; d++)
			((struct input *)ind->deps.items[d])->marked_error = true;
		compile_indicator(&c, ind, &k->ind[i]);
	}
	for (int i = 0; i < p->inputs.n; i++)
		number_slots(&c, ((struct input *)p->inputs.items[i])->dflt);
	k->lets = arena_alloc(&p->arena, ((size_t)p->lets.n + 1) * sizeof *k->lets);
	for (int i = 0; i < p->lets.n; i++) {
		const struct let *l = p->lets.items[i];
		/* an unused let has no slot and no code */
		k->lets[i] = l->value->slot >= 0 ? compile_block(&c, l->value)
						 : (struct block){ UINT32_MAX, -1 };
	}
	k->dflt = arena_alloc(&p->arena, ((size_t)p->inputs.n + 1) * sizeof *k->dflt);
	for (int i = 0; i < p->inputs.n; i++)
		k->dflt[i] = compile_block(&c, ((struct input *)p->inputs.items[i])->dflt);
	p->code = k;
}
