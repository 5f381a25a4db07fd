/* check.c - name resolution, types, weights, rule lowering and the cost
 * model.
 *
 * Runs once per template, after parsing (and once per process over the
 * standard library, see load.c).  Everything that can be decided without
 * data is decided here, so that evaluation only computes.  Every pass is
 * linear: names are found through hash tables (names.h), each let and each
 * function is analysed once and its results reused at every reference, and
 * the work and number sizes an evaluation can reach are bounded before
 * anything walks through calls (the cost model: `measure`).
 */
#include "check.h"

#include <stdlib.h>
#include <string.h>

#include "bounds.h"
#include "eval.h"
#include "parse.h"
#include "stats.h"
#include "strbuf.h"

struct checker {
	struct program *prog;
	struct diag *diag;
	struct source *src;
	struct item *ind;        /* indicator whose expressions are checked */
	enum { PART_OTHER, PART_ACTUAL, PART_TARGET } part; /* the clause of ind checked */
	struct func *func;       /* function whose body is checked */
	int errors;
	int nest;                /* lets being checked, one inside another */
	uint64_t limit;          /* evaluation steps allowed (the cost model) */
	bool cost_reported;      /* an expression over the limit was reported */
	bool growth_reported;    /* an expression whose numbers grow too large */
	bool reach_reported;     /* an expression nested too deep */
	struct names groups;     /* group names, scoped by their parent */
	struct names params;     /* parameter index + 1, scoped by function */
	struct names level_uses; /* a level set's entries for a weight: scoped by
				    the set, named by the weight */
	struct cands {           /* candidates for "did you mean", made once */
		const char **names;
		int n;
		int size;        /* the declarations they were made from */
	} values, calls;
	struct item *budget;     /* the budget row, once seen */
	struct bounds_pool bounds; /* what the interval analyses share */
	uint64_t level_work;     /* level entries worked out for indicators */
};

static void error(struct checker *c, struct span sp, enum diag_code code, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
static void warning(struct checker *c, struct span sp, enum diag_code code, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

static void error(struct checker *c, struct span sp, enum diag_code code, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	diag_vreport(c->diag, c->func && c->func->from_stdlib ? NULL : c->src, sp, code, fmt, ap);
	va_end(ap);
	c->errors++;
}

static void warning(struct checker *c, struct span sp, enum diag_code code, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	diag_vreport(c->diag, c->src, sp, code, fmt, ap);
	va_end(ap);
}

/* Formats a constant for a message: "90%" if shown as a percent. */
static const char *fmt_num(char *buf, size_t cap, const mpq_t q, bool percent)
{
	return num_show(buf, cap, q, 6, percent);
}

/* |a - b| for a message. */
static const char *fmt_diff(char *buf, size_t cap, const mpq_t a, const mpq_t b)
{
	mpq_t d;
	mpq_init(d);
	mpq_sub(d, a, b);
	mpq_abs(d, d);
	fmt_num(buf, cap, d, false);
	mpq_clear(d);
	return buf;
}

/* ---- names ---- */

struct input *check_find_input(struct program *prog, const char *name)
{
	return names_find(&prog->input_names, NULL, name);
}

struct item *check_find_indicator(struct program *prog, const char *name)
{
	return names_find(&prog->indicator_names, NULL, name);
}

static struct let *find_let(struct program *prog, const char *name)
{
	return names_find(&prog->let_names, NULL, name);
}

/* The function called name that f may call, or NULL: one of the template's
 * defined before f (or any of them outside functions), or one of the
 * standard library's.  When the library itself is checked, prog is the
 * library and the same rule holds among its functions. */
static struct func *find_func(struct program *prog, const char *name, const struct func *f)
{
	struct func *g = names_find(&prog->func_names, NULL, name);
	if (g && (!f || g->order < f->order))
		return g;
	if (prog->lib && (g = names_find(&prog->lib->func_names, NULL, name)) != NULL)
		return g;
	return NULL;
}

/* The spelling of keyword tok in the template's language (weight, 分值),
 * for help that quotes code. */
static const char *kw(const struct checker *c, int tok)
{
	return parse_keyword(tok, c->prog->chinese_keywords);
}

/* Appends the names of the n declarations in v (each a struct whose first
 * member is its name) to cands. */
static int add_names(const char **cands, int n, const struct vec *v)
{
	for (int i = 0; i < v->n; i++)
		cands[n++] = *(const char *const *)v->items[i];
	return n;
}

/* Adds a "did you mean" hint for an unknown name, when the error was shown
 * (a hidden one needs no hint, and a flood of them no work).  The
 * candidates: a function's parameters inside it (it sees nothing else),
 * else the inputs and lets; for a call, the functions.  The lists of the
 * template are made once. */
static void suggest(struct checker *c, const char *name, bool calls)
{
	struct program *p = c->prog;
	if (c->diag->muted)
		return;
	if (!calls && c->func) {
		const char **cands = arena_alloc(&p->arena, ((size_t)c->func->params.n + 1) * sizeof *cands);
		int n = add_names(cands, 0, &c->func->params);
		diag_suggest(c->diag, name, cands, (size_t)n);
		return;
	}
	struct cands *k = calls ? &c->calls : &c->values;
	int size = calls ? p->funcs.n : p->inputs.n + p->lets.n; /* inputs are added as indicators are met */
	if (!k->names || k->size != size) {
		k->size = size;
		int nb;
		const char *const *bnames = eval_builtin_names(&nb);
		int nlib = p->lib ? p->lib->funcs.n : 0;
		size_t cap = calls ? (size_t)p->funcs.n + nlib + nb
				   : (size_t)p->inputs.n + p->lets.n + PARSE_KEYWORDS_MAX;
		k->names = arena_alloc(&p->arena, (cap + 1) * sizeof *k->names);
		if (!calls) {
			/* and the keywords a value may be: 按比列 is 按比例 misspelt */
			k->n = add_names(k->names, 0, &p->inputs);
			k->n = add_names(k->names, k->n, &p->lets);
			k->n += (int)parse_value_keywords(k->names + k->n);
		} else {
			k->n = add_names(k->names, 0, &p->funcs);
			if (p->lib)
				k->n = add_names(k->names, k->n, &p->lib->funcs);
			for (int i = 0; i < nb; i++)
				k->names[k->n++] = bnames[i];
		}
		STATS_WORK(k->n);
	}
	diag_suggest(c->diag, name, k->names, (size_t)k->n);
}

/* ---- constants ---- */

/* Evaluates a constant numeric expression (literals, unary minus,
 * arithmetic, and `weight` when ind is given) into out; false if e is not
 * constant. */
static bool const_value(struct expr *e, mpq_t out, const struct item *ind)
{
	switch (e->kind) {
	case EX_NUM:
		mpq_set(out, expr_number(e));
		return true;
	case EX_SELF:
		if (e->is == EX_NUM) { /* a `weight` already resolved */
			mpq_set(out, expr_number(e));
			return true;
		}
		if (!ind || e->self != SELF_WEIGHT)
			return false;
		mpq_set(out, ind->weight);
		return true;
	case EX_UNARY:
		if (e->op != OP_NEG || !const_value(e->lhs, out, ind))
			return false;
		mpq_neg(out, out);
		return true;
	case EX_BINARY: {
		if (e->op > OP_DIV)
			return false;
		mpq_t r;
		mpq_init(r);
		/* as in evaluation, no operand longer than EVAL_MAX_BITS: a
		 * product of many long literals is no constant worth having */
		bool ok = const_value(e->lhs, out, ind) && const_value(e->rhs, r, ind);
		int rc = ok ? eval_const_arith(e->op, out, r) : CONST_NONE;
		if (rc == CONST_TOO_LONG) {
			/* not a constant worth computing: out is left as
			 * 2^(EVAL_MAX_BITS+1), which need_const tells apart */
			mpq_set_ui(out, 0, 1);
			mpz_setbit(mpq_numref(out), EVAL_MAX_BITS + 1);
		}
		mpq_clear(r);
		return rc == CONST_OK;
	}
	default:
		return false;
	}
}

static bool is_percent(struct expr *e)
{
	return e && e->percent;
}

/* A constant number that must be there: reports `what` if e is not one. */
static bool need_const(struct checker *c, struct expr *e, mpq_t out, const char *what)
{
	if (const_value(e, out, c->ind))
		return true;
	if (mpz_sizeinbase(mpq_numref(out), 2) > EVAL_MAX_BITS)
		error(c, e->span, D_TOO_LARGE, "%s is a constant too long to compute (more than %d digits)",
		      _(what), EVAL_MAX_BITS * 30103 / 100000);
	else
		error(c, e->span, D_NOT_CONSTANT, "%s must be a constant number", _(what));
	return false;
}

/* ---- expressions ---- */

/* The money unit of an input e reads directly, or NULL. */
static const char *money_unit(const struct expr *e)
{
	if (e->is != EX_INPUT)
		return NULL;
	const char *u = e->input->unit ? e->input->unit : e->input->owner ? e->input->owner->unit : NULL;
	return u && ast_money_yuan(u, strlen(u)) ? u : NULL;
}

static void check_expr(struct checker *c, struct expr *e);

/* Which parameters make f's result a percent.  The rules of percent (see
 * check_node) make it a conjunction: the result is a percent when every
 * parameter of a set is, or never.  One walk over the body finds the set,
 * following only the operands that decide it and, at a call, the
 * arguments the callee's own set names; a call then costs one look at
 * each of those arguments. */
static void pct_walk(struct func *f, const struct expr *e, unsigned char *mark)
{
	STATS_WORK(1);
	if (f->pct_never)
		return;
	switch (e->is) {
	case EX_PARAM:
		if (e->param_index >= 0)
			mark[e->param_index] = 1;
		else
			f->pct_never |= !e->percent;
		return;
	case EX_UNARY:
		if (e->op != OP_NEG)
			f->pct_never = true;
		else
			pct_walk(f, e->lhs, mark);
		return;
	case EX_BINARY:
		if (e->op != OP_ADD && e->op != OP_SUB) {
			f->pct_never = true;
			return;
		}
		/* fall through */
	case EX_IF:
		pct_walk(f, e->lhs, mark);
		pct_walk(f, e->rhs, mark);
		return;
	case EX_CASES: {
		const struct expr *first = e->cases.conds.n ? e->cases.values.items[0] : e->cases.otherwise;
		if (!first)
			f->pct_never = true;
		else
			pct_walk(f, first, mark);
		return;
	}
	case EX_CALL:
		if (e->call.builtin) {
			if (e->call.args.n == 0 || strcmp(e->call.builtin->name, "round") == 0)
				f->pct_never = true;
			else
				pct_walk(f, e->call.args.items[0], mark);
		} else if (e->call.func && !e->call.func->pct_never) {
			for (int i = 0; i < e->call.func->npct; i++)
				pct_walk(f, e->call.args.items[e->call.func->pct[i]], mark);
		} else {
			f->pct_never = true;
		}
		return;
	default:
		f->pct_never |= !e->percent;
		return;
	}
}

static void func_percent(struct checker *c, struct func *f)
{
	unsigned char *mark = arena_alloc(&c->prog->arena, (size_t)f->params.n + 1);
	pct_walk(f, f->body, mark);
	f->pct = arena_alloc(&c->prog->arena, ((size_t)f->params.n + 1) * sizeof *f->pct);
	for (int i = 0; i < f->params.n; i++)
		if (mark[i])
			f->pct[f->npct++] = i;
}

/* Whether a call of f with these (checked) arguments gives a percent. */
static bool call_percent(const struct func *f, const struct vec *args)
{
	if (f->pct_never)
		return false;
	for (int i = 0; i < f->npct; i++)
		if (!((struct expr *)args->items[f->pct[i]])->percent)
			return false;
	return true;
}

/* Checks the value of a let, once; lets may refer to lets. */
static void check_let(struct checker *c, struct let *l)
{
	struct item *ind = c->ind;
	struct func *f = c->func;
	int part = c->part;
	c->ind = NULL;
	c->func = NULL;
	c->part = PART_OTHER;
	c->nest++;
	l->state = 1;
	check_expr(c, l->value);
	l->state = 2;
	c->nest--;
	c->ind = ind;
	c->func = f;
	c->part = part;
}

static void check_name(struct checker *c, struct expr *e)
{
	const char *name = e->name;
	if (c->func) {
		intptr_t i = (intptr_t)names_find(&c->params, c->func, name);
		if (i) {
			struct param *pa = c->func->params.items[i - 1];
			e->is = EX_PARAM;
			e->param = NULL;
			e->param_index = (int)i - 1;
			e->type = pa->type;
			return;
		}
		error(c, e->span, D_UNKNOWN_NAME, "unknown name '%s' in function %s", name, c->func->name);
		suggest(c, name, false);
		return;
	}
	struct input *in = check_find_input(c->prog, name);
	if (in) {
		in->used = true;
		e->is = EX_INPUT;
		e->input = in;
		e->type = in->type;
		e->percent = in->percent;
		return;
	}
	struct let *l = find_let(c->prog, name);
	if (l) {
		if (l->state == 1) {
			error(c, e->span, D_CYCLE, "'%s' is defined in terms of itself", name);
			return;
		}
		if (l->state == 0 && c->nest >= AST_MAX_DEPTH) {
			/* lets are checked in order, so only a chain written
			 * backwards gets here, and it is too deep anyway */
			error(c, e->span, D_TOO_DEEP, "'%s' starts a chain of lets more than %d deep",
			      name, AST_MAX_DEPTH);
			c->reach_reported = true; /* the same thing, said once */
			return;
		}
		if (l->state == 0)
			check_let(c, l);
		l->used = true;
		e->is = EX_LET;
		e->let = l;
		e->type = l->value->type;
		e->percent = l->value->percent;
		return;
	}
	struct item *ind = check_find_indicator(c->prog, name);
	if (ind) {
		error(c, e->span, D_NOT_A_VALUE,
		      "indicator %s has a computed actual and no input of its own name", name);
		diag_help(c->diag, "use the inputs its actual is computed from, or a 'let'");
		return;
	}
	error(c, e->span, D_UNKNOWN_NAME, "unknown name '%s'", name);
	suggest(c, name, false);
}

/* For a self reference inside an indicator: the node it reads. */
static void check_self(struct checker *c, struct expr *e)
{
	static const char *const words[] = { "actual", "target", "weight" }; /* keywords */
	struct item *ind = c->ind;
	if (!ind) {
		error(c, e->span, D_NO_INDICATOR, "'%s' can only be used inside an indicator",
		      words[e->self]);
		return;
	}
	switch (e->self) {
	case SELF_ACTUAL:
		/* the actual may use the target, so the target cannot use the
		 * actual: either would make the one a formula of itself */
		if (!ind->self_actual || c->part == PART_ACTUAL) {
			error(c, e->span, D_CYCLE, "the actual of %s cannot refer to itself", ind->name);
			return;
		}
		if (c->part == PART_TARGET) {
			error(c, e->span, D_CYCLE, "the target of %s cannot refer to its actual", ind->name);
			return;
		}
		e->is = EX_PARAM;
		e->param = ind->self_actual;
		e->param_index = -1;
		break;
	case SELF_TARGET:
		if (!ind->target.lo || ind->target.is == TG_BETWEEN) {
			error(c, e->span, D_NO_TARGET, "indicator %s has no single target value", ind->name);
			return;
		}
		if (c->part == PART_TARGET) {
			error(c, e->span, D_CYCLE, "the target of %s cannot refer to itself", ind->name);
			return;
		}
		e->is = EX_PARAM;
		e->param = ind->target.lo;
		e->param_index = -1;
		break;
	case SELF_WEIGHT: /* a constant: the weight is known by now */
		e->is = EX_NUM;
		e->owner = ind;
		e->percent = false;
		e->type = TY_NUMBER;
		return;
	}
	e->type = e->param->type;
	e->percent = e->param->percent;
}

static void check_call(struct checker *c, struct expr *e)
{
	struct vec *args = &e->call.args;
	for (int i = 0; i < args->n; i++)
		check_expr(c, args->items[i]);
	const struct builtin *b = eval_builtin(e->call.fname);
	if (b) {
		if (args->n > EVAL_MAX_ARGS) {
			error(c, e->span, D_ARITY, "%s takes at most %d arguments, not %d", b->name,
			      EVAL_MAX_ARGS, args->n);
			return;
		}
		if (args->n < b->min_args || (b->max_args >= 0 && args->n > b->max_args)) {
			if (b->max_args < 0)
				error(c, e->span, D_ARITY, "%s takes %d or more arguments, not %d", b->name,
				      b->min_args, args->n);
			else if (b->max_args > b->min_args)
				error(c, e->span, D_ARITY, "%s takes %d or %d arguments, not %d", b->name,
				      b->min_args, b->max_args, args->n);
			else
				error(c, e->span, D_ARITY, b->min_args == 1 ? N_("%s takes %d argument, not %d")
				      : N_("%s takes %d arguments, not %d"), b->name, b->min_args, args->n);
			return;
		}
		for (int i = 0; i < args->n; i++) {
			struct expr *a = args->items[i];
			if (a->type != TY_NUMBER && a->type != TY_UNKNOWN)
				error(c, a->span, D_TYPE, "bad argument #%d to '%s' (number expected, got %s)",
				      i + 1, b->name, ast_type_name(a->type));
		}
		if (!strcmp(b->name, "round") && args->n == 2) {
			mpq_t q;
			mpq_init(q);
			struct expr *dg = args->items[1];
			if (!const_value(dg, q, NULL) || mpz_cmp_ui(mpq_denref(q), 1) != 0 ||
			    mpq_sgn(q) < 0 || mpz_cmp_ui(mpq_numref(q), 30) > 0)
				error(c, dg->span, D_BAD_ROUND,
				      "the digits of round() must be a whole number from 0 to 30");
			mpq_clear(q);
		}
		e->call.builtin = b;
		e->type = TY_NUMBER;
		/* min/max/clamp/abs keep a percent a percent */
		e->percent = args->n > 0 && is_percent(args->items[0]) && strcmp(b->name, "round") != 0;
		return;
	}
	struct func *f = find_func(c->prog, e->call.fname, c->func);
	if (f && !f->checked) /* a parse error left it unchecked */
		f = NULL;
	if (!f) {
		error(c, e->call.fname_span, D_UNKNOWN_FUNCTION, "unknown function '%s'", e->call.fname);
		suggest(c, e->call.fname, true);
		return;
	}
	if (args->n != f->params.n) {
		error(c, e->span, D_ARITY, f->params.n == 1 ? N_("%s takes %d argument, not %d")
		      : N_("%s takes %d arguments, not %d"), f->name, f->params.n, args->n);
		return;
	}
	for (int i = 0; i < args->n; i++) {
		struct expr *a = args->items[i];
		struct param *pa = f->params.items[i];
		if (a->type != pa->type && a->type != TY_UNKNOWN)
			error(c, a->span, D_TYPE, "bad argument #%d to '%s' (%s expected, got %s)",
			      i + 1, f->name, ast_type_name(pa->type), ast_type_name(a->type));
	}
	if (!f->from_stdlib || !c->prog->lib) /* the shared library is read-only */
		f->used = true;
	e->call.func = f;
	e->type = f->body->type;
	e->percent = call_percent(f, args);
}

static bool same_type(struct checker *c, struct expr *a, struct expr *b, const char *what)
{
	if (a->type == TY_UNKNOWN || b->type == TY_UNKNOWN || a->type == b->type)
		return true;
	error(c, b->span, D_TYPE, "%s: %s and %s do not mix", _(what),
	      ast_type_name(a->type), ast_type_name(b->type));
	return false;
}

static void need_type(struct checker *c, struct expr *e, enum type t, const char *what)
{
	if (e->type != t && e->type != TY_UNKNOWN)
		error(c, e->span, D_TYPE, "%s needs a %s, got %s", _(what), ast_type_name(t),
		      ast_type_name(e->type));
}

static void measure(struct checker *c, struct expr *e);

static void check_node(struct checker *c, struct expr *e);

/* Checks e and its children, then measures it (the cost model). */
static void check_expr(struct checker *c, struct expr *e)
{
	STATS_WORK(1);
	check_node(c, e);
	measure(c, e);
}

static void check_node(struct checker *c, struct expr *e)
{
	switch (e->kind) {
	case EX_NUM: case EX_STR: case EX_DATE: case EX_BOOL:
	case EX_INPUT: case EX_LET: case EX_PARAM:
		return;
	case EX_NAME:
		if (e->is == EX_NAME) /* (a target is read by the rule too) */
			check_name(c, e);
		return;
	case EX_SELF:
		if (e->is == EX_SELF)
			check_self(c, e);
		return;
	case EX_UNARY:
		check_expr(c, e->lhs);
		if (e->op == OP_NEG) {
			need_type(c, e->lhs, TY_NUMBER, "'-'");
			e->type = TY_NUMBER;
			e->percent = e->lhs->percent;
		} else {
			need_type(c, e->lhs, TY_BOOL, "'not'");
			e->type = TY_BOOL;
		}
		return;
	case EX_BINARY: {
		check_expr(c, e->lhs);
		check_expr(c, e->rhs);
		char what[32];
		snprintf(what, sizeof what, "'%s'", ast_op_name(e->op));
		const char *ul = money_unit(e->lhs), *ur = money_unit(e->rhs);
		if (ul && ur && strcmp(ul, ur) != 0 && e->op != OP_MUL) {
			/* 950000 元 / 100 万元 is not 9500 */
			error(c, e->span, D_TYPE, "%s mixes amounts in %s (%s) and in %s (%s): convert one first",
			      what, ul, e->lhs->input->name, ur, e->rhs->input->name);
			long fl = ast_money_yuan(ul, strlen(ul)), fr = ast_money_yuan(ur, strlen(ur));
			diag_help(c->diag, "%s / %ld is in %s; or give both in one unit",
				  fl < fr ? e->lhs->input->name : e->rhs->input->name, fl < fr ? fr / fl : fl / fr,
				  fl < fr ? ur : ul);
		}
		switch (e->op) {
		case OP_ADD: case OP_SUB: case OP_MUL: case OP_DIV:
			need_type(c, e->lhs, TY_NUMBER, what);
			need_type(c, e->rhs, TY_NUMBER, what);
			if (e->op == OP_SUB && e->lhs->type == TY_DATE && e->rhs->type == TY_DATE)
				diag_help(c->diag, "dates are compared, not subtracted: for days late (每逾期N天扣M分), "
						   "give the days as an input (逾期天数: integer), or score the date by "
						   "its deadline (target 2023年12月31日前)");
			e->type = TY_NUMBER;
			e->percent = (e->op == OP_ADD || e->op == OP_SUB) &&
				     is_percent(e->lhs) && is_percent(e->rhs);
			if (e->op == OP_DIV && e->rhs->is == EX_NUM && mpq_sgn(expr_number(e->rhs)) == 0)
				error(c, e->span, D_DIVISION_BY_ZERO, "this divides by 0");
			break;
		case OP_EQ: case OP_NE:
			if (same_type(c, e->lhs, e->rhs, what) && e->lhs->type == TY_LIST)
				error(c, e->span, D_TYPE, "%s cannot compare lists", what);
			e->type = TY_BOOL;
			break;
		case OP_LT: case OP_LE: case OP_GT: case OP_GE:
			if (same_type(c, e->lhs, e->rhs, what) &&
			    (e->lhs->type == TY_TEXT || e->lhs->type == TY_BOOL || e->lhs->type == TY_LIST))
				error(c, e->span, D_TYPE, "%s cannot order %s values", what,
				      ast_type_name(e->lhs->type));
			e->type = TY_BOOL;
			break;
		default:
			need_type(c, e->lhs, TY_BOOL, what);
			need_type(c, e->rhs, TY_BOOL, what);
			e->type = TY_BOOL;
			break;
		}
		return;
	}
	case EX_IF:
		check_expr(c, e->cond);
		check_expr(c, e->lhs);
		check_expr(c, e->rhs);
		need_type(c, e->cond, TY_BOOL, "'if'");
		same_type(c, e->lhs, e->rhs, "the branches of 'if'");
		e->type = e->lhs->type != TY_UNKNOWN ? e->lhs->type : e->rhs->type;
		e->percent = e->lhs->percent && e->rhs->percent;
		return;
	case EX_CASES: {
		struct expr *first = NULL;
		for (int i = 0; i < e->cases.conds.n; i++) {
			struct expr *cond = e->cases.conds.items[i], *v = e->cases.values.items[i];
			check_expr(c, cond);
			check_expr(c, v);
			need_type(c, cond, TY_BOOL, "a case");
			if (first)
				same_type(c, first, v, "the values of 'cases'");
			else
				first = v;
		}
		if (e->cases.otherwise) {
			check_expr(c, e->cases.otherwise);
			if (first)
				same_type(c, first, e->cases.otherwise, "the values of 'cases'");
			else
				first = e->cases.otherwise;
		}
		e->type = first ? first->type : TY_UNKNOWN;
		e->percent = first && first->percent;
		return;
	}
	case EX_CALL:
		check_call(c, e);
		return;
	}
}

/* ---- the cost model ---- */

static struct growth growth_max(struct growth a, struct growth b)
{
	return (struct growth){ a.k > b.k ? a.k : b.k, a.c > b.c ? a.c : b.c };
}

static struct growth growth_sum(struct growth a, struct growth b)
{
	return (struct growth){ cost_add(a.k, b.k), cost_add(a.c, b.c) };
}

/* How long e's numbers can be, from its children's (measured already), in
 * one of two cases: pd, a function's parameters are decimals (as inputs
 * and literals are), or not.  A call uses its function's body in the case
 * its arguments are in.  Also whether e's numbers are decimals: sums,
 * products and roundings of decimals are, a quotient is not.  A sum of
 * decimals is no longer than its longest term (plus a digit), while a sum
 * of fractions can be as long as all its terms together. */
#define GROWTH(x) (pd ? (x)->growth_d : (x)->growth)
#define DECIMAL(x) (pd ? (x)->decimal_d : (x)->decimal)
static struct growth size_of(const struct expr *e, bool pd, bool *dec)
{
	struct growth g = { 0, 0 };
	bool d = true;
#define OPERAND(x) do { \
		const struct expr *x_ = (x); \
		if (x_) { \
			g = growth_max(g, GROWTH(x_)); \
			d = d && DECIMAL(x_); \
		} \
	} while (0)
	switch (e->is) {
	case EX_NUM: case EX_INPUT:
		g.c = 1;
		break;
	case EX_NAME: case EX_SELF: /* unresolved, and reported: let it add nothing */
		break;
	case EX_LET: /* (one not checked was reported, likewise) */
		if (e->let->state == 2) {
			g = e->let->value->growth;
			d = e->let->value->decimal;
		}
		break;
	case EX_PARAM:
		if (e->param_index >= 0) {
			g.k = 1;
			d = pd;
		} else {
			g = growth_max(GROWTH(e->param), (struct growth){ 0, 1 });
			d = DECIMAL(e->param);
		}
		break;
	case EX_UNARY:
		OPERAND(e->lhs);
		break;
	case EX_BINARY:
		OPERAND(e->lhs);
		OPERAND(e->rhs);
		if (e->op > OP_DIV)
			break;
		if (!(e->op <= OP_SUB && d))
			g = growth_sum(GROWTH(e->lhs), GROWTH(e->rhs));
		d = d && e->op != OP_DIV;
		break;
	case EX_IF:
		OPERAND(e->lhs);
		OPERAND(e->rhs);
		g = growth_max(g, GROWTH(e->cond));
		break;
	case EX_CASES:
		for (int i = 0; i < e->cases.conds.n; i++) {
			OPERAND(e->cases.values.items[i]);
			g = growth_max(g, GROWTH((struct expr *)e->cases.conds.items[i]));
		}
		OPERAND(e->cases.otherwise);
		break;
	case EX_CALL:
		for (int i = 0; i < e->call.args.n; i++)
			OPERAND((struct expr *)e->call.args.items[i]);
		if (e->call.func) {
			/* the body at the arguments' size: k × D + c */
			const struct expr *body = e->call.func->body;
			struct growth b = d ? body->growth_d : body->growth;
			bool bd = d ? body->decimal_d : body->decimal;
			g = (struct growth){ cost_mul(b.k, g.k), cost_add(cost_mul(b.k, g.c), b.c) };
			d = bd;
		} else if (e->call.builtin && (strcmp(e->call.builtin->name, "round") == 0 ||
			   strcmp(e->call.builtin->name, "floor") == 0 ||
			   strcmp(e->call.builtin->name, "ceil") == 0)) {
			d = true;
		} else if (!e->call.builtin) {
			d = false;
		}
		break;
	default:
		d = false;
		break;
	}
#undef OPERAND
	*dec = d;
	return g;
}
#undef GROWTH
#undef DECIMAL

/* Sets e's cost, growth and reach from its children's (the children are
 * measured already), and reports the first expression of the template
 * over a limit: more steps than the template may take, numbers growing
 * past COST_MAX_GROWTH times the size of what they are computed from, or
 * nesting through lets and functions past AST_MAX_DEPTH.  Each is a
 * constant amount of work: a let or a function is measured once, where it
 * is defined. */
static void measure(struct checker *c, struct expr *e)
{
	uint64_t cost = 1;
	int reach = 0;
#define CHILD(x) do { \
		const struct expr *x_ = (x); \
		if (x_) { \
			cost = cost_add(cost, x_->cost); \
			if (x_->reach > reach) \
				reach = x_->reach; \
		} \
	} while (0)
	switch (e->is) {
	case EX_LET:
		/* evaluated once per unit, counted where it is defined */
		if (e->let->state == 2)
			reach = e->let->value->reach;
		break;
	case EX_UNARY:
		CHILD(e->lhs);
		break;
	case EX_BINARY:
		CHILD(e->lhs);
		CHILD(e->rhs);
		break;
	case EX_IF:
		CHILD(e->cond);
		CHILD(e->lhs);
		CHILD(e->rhs);
		break;
	case EX_CASES:
		for (int i = 0; i < e->cases.conds.n; i++) {
			CHILD(e->cases.conds.items[i]);
			CHILD(e->cases.values.items[i]);
		}
		CHILD(e->cases.otherwise);
		break;
	case EX_CALL:
		for (int i = 0; i < e->call.args.n; i++)
			CHILD((struct expr *)e->call.args.items[i]);
		if (e->call.func) {
			cost = cost_add(cost, e->call.func->body->cost);
			if (e->call.func->body->reach > reach)
				reach = e->call.func->body->reach;
		}
		break;
	default:
		break;
	}
#undef CHILD
	struct growth g = size_of(e, false, &e->decimal);
	e->growth_d = size_of(e, true, &e->decimal_d);
	e->cost = cost;
	e->growth = g;
	e->reach = reach + 1;
	char b1[32], b2[32];
	if (cost > c->limit && !c->cost_reported) {
		c->cost_reported = true;
		error(c, e->span, D_TOO_COSTLY, "evaluating this takes %s steps, more than the %s this template may take",
		      cost_show(b1, sizeof b1, cost), cost_show(b2, sizeof b2, c->limit));
		if (e->kind == EX_CALL && e->call.func)
			diag_help(c->diag, "function %s takes %s steps, every time it is called",
				  e->call.func->name, cost_show(b1, sizeof b1, e->call.func->body->cost));
	}
	/* in a function, the case of decimal arguments: a call with others
	 * is measured where it is made */
	struct growth worst = c->func ? e->growth_d : g;
	uint64_t most = worst.k > worst.c ? worst.k : worst.c;
	if (most > COST_MAX_GROWTH && !c->growth_reported) {
		c->growth_reported = true;
		error(c, e->span, D_TOO_COSTLY, "the numbers computed here can grow to %s times the size of "
		      "the numbers they come from, more than %u", cost_show(b1, sizeof b1, most), COST_MAX_GROWTH);
		diag_help(c->diag, "a product's digits are those of all its factors: multiplying many "
			  "values, or squaring a square, makes numbers too long to compute");
	}
	if (e->reach > AST_MAX_DEPTH && !c->reach_reported) {
		c->reach_reported = true;
		error(c, e->span, D_TOO_DEEP, "this expression is nested more than %d levels deep, "
		      "counting the lets and functions it uses", AST_MAX_DEPTH);
	}
}

/* ---- functions ---- */

/* Checks every function's body, once: calls refer to it.  A function may
 * call the library's and those defined before it, so there is no
 * recursion, and a body is measured before any call of it is. */
static void check_funcs(struct checker *c)
{
	struct program *p = c->prog;
	for (int i = 0; i < p->funcs.n; i++) {
		struct func *f = p->funcs.items[i];
		f->order = i;
		struct func *g = names_add(&p->func_names, &p->arena, NULL, f->name, f);
		if (!g && p->lib)
			g = names_find(&p->lib->func_names, NULL, f->name);
		if (g)
			error(c, f->span, D_DUPLICATE, g->from_stdlib && !f->from_stdlib
			      ? N_("function %s is defined twice (the standard library defines it)")
			      : N_("function %s is defined twice"), f->name);
		if (eval_builtin(f->name))
			error(c, f->span, D_DUPLICATE, "%s is a built-in function", f->name);
		for (int j = 0; j < f->params.n; j++) {
			struct param *pa = f->params.items[j];
			if (names_add(&c->params, &p->arena, f, pa->name, (void *)(intptr_t)(j + 1)))
				error(c, pa->span, D_DUPLICATE, "parameter %s of %s is named twice", pa->name, f->name);
		}
		c->func = f;
		check_expr(c, f->body);
		c->func = NULL;
		func_percent(c, f);
		f->checked = true;
	}
}

/* ---- indicators ---- */

/* Builds a call of a standard-library function at the rule's span. */
static struct expr *lib_call(struct checker *c, const char *fname, struct span sp, int n, ...)
{
	struct vec args = { 0 };
	va_list ap;
	va_start(ap, n);
	for (int i = 0; i < n; i++)
		vec_push(&c->prog->arena, &args, va_arg(ap, struct expr *));
	va_end(ap);
	return ast_call(c->prog, fname, sp, args, sp);
}

static struct expr *self(struct checker *c, enum self_kind k, struct span sp)
{
	return ast_self(c->prog, k, sp);
}

/* The condition "the target is met", as an expression over the actual. */
static struct expr *target_met(struct checker *c, struct item *ind, struct span sp)
{
	struct target *t = &ind->target;
	struct program *p = c->prog;
	struct expr *a = self(c, SELF_ACTUAL, sp);
	switch (t->is) {
	case TG_GE: return ast_binary(p, OP_GE, a, t->lo, sp);
	case TG_GT: return ast_binary(p, OP_GT, a, t->lo, sp);
	case TG_LE: case TG_BY: return ast_binary(p, OP_LE, a, t->lo, sp);
	case TG_LT: return ast_binary(p, OP_LT, a, t->lo, sp);
	case TG_EQ: case TG_TEXT: return ast_binary(p, OP_EQ, a, t->lo, sp);
	case TG_BETWEEN:
		return ast_binary(p, OP_AND, ast_binary(p, OP_GE, a, t->lo, sp),
				  ast_binary(p, OP_LE, self(c, SELF_ACTUAL, sp), t->hi, sp), sp);
	case TG_NONE: case TG_BARE: break;
	}
	return NULL;
}

/* Lowers a library rule to a call of stdlib, made beside it (rule.expr). */
static enum target_op bare_op(struct program *p, struct item *ind);

static void lower_rule(struct checker *c, struct item *ind)
{
	struct rule *r = ind->scoring;
	struct span sp = r->span;
	struct target *t = &ind->target;
	struct expr *e = NULL;
	enum type at = ind->self_actual ? ind->self_actual->type : TY_UNKNOWN;
	if ((r->kind == RULE_DEDUCT || r->kind == RULE_BONUS || r->kind == RULE_INTERPOLATE) &&
	    at != TY_NUMBER && at != TY_UNKNOWN) {
		/* said of the rule as written, not of the library call it
		 * becomes (score_deduct), which the template does not show */
		int tok = r->kind == RULE_DEDUCT ? TOK_DEDUCT : r->kind == RULE_BONUS ? TOK_BONUS : TOK_INTERPOLATE;
		if (t->is == TG_TEXT) {
			error(c, sp, D_TYPE, "'%s' scores a number, but the target of indicator %s is text",
			      kw(c, tok), ind->name);
			if (r->kind == RULE_DEDUCT)
				diag_help(c->diag, "to deduct per case (per violation), count the cases: a number target "
					  "('%s <= 0') and the count in the data; to score the text, use '%s %s' "
					  "(full marks if it is the target) or '%s %s'", kw(c, TOK_TARGET),
					  kw(c, TOK_SCORE), kw(c, TOK_MET), kw(c, TOK_SCORE), kw(c, TOK_JUDGED));
			else
				diag_help(c->diag, "give a number target, or score the text with '%s %s' (full marks if "
					  "it is the target) or '%s %s'", kw(c, TOK_SCORE), kw(c, TOK_MET),
					  kw(c, TOK_SCORE), kw(c, TOK_JUDGED));
		} else {
			error(c, sp, D_TYPE, "'%s' scores a number, but the actual of indicator %s is %s",
			      kw(c, tok), ind->name, ast_type_name(at));
		}
		return; /* reported: check nothing more of it */
	}
	switch (r->kind) {
	case RULE_PROPORTIONAL: {
		/* the '=' a table writes (=100%) is a target to reach: in the
		 * direction the template's `target default` gives, outputs >=,
		 * costs <= */
		enum target_op is = t->is, around = bare_op(c->prog, ind);
		if (is == TG_EQ && !t->bare && around != TG_EQ && around != TG_NONE)
			is = around;
		if (is == TG_GE || is == TG_GT)
			e = lib_call(c, "score_proportional", sp, 3, self(c, SELF_ACTUAL, sp),
				     self(c, SELF_TARGET, sp), self(c, SELF_WEIGHT, sp));
		else if (is == TG_LE || is == TG_LT)
			e = lib_call(c, "score_proportional_le", sp, 3, self(c, SELF_ACTUAL, sp),
				     self(c, SELF_TARGET, sp), self(c, SELF_WEIGHT, sp));
		else {
			error(c, sp, D_BAD_RULE, "'proportional' needs a target with >= or <= (indicator %s)",
			      ind->name);
			if (t->bare || t->is == TG_EQ)
				diag_help(c->diag, "a target of '=' (or none) is read as the template's or the group's "
					  "'%s %s >=' (outputs: full marks at or above it) or '%s %s <=' "
					  "(costs: at or below it), which it has not; or write the rule: %s "
					  "score_proportional(%s, %s, %s)", kw(c, TOK_TARGET), kw(c, TOK_DEFAULT),
					  kw(c, TOK_TARGET), kw(c, TOK_DEFAULT), kw(c, TOK_SCORE), kw(c, TOK_ACTUAL),
					  kw(c, TOK_TARGET), kw(c, TOK_WEIGHT));
			else
				diag_help(c->diag, "write e.g. '%s >= 2000' (full marks at or above it) or "
					  "'%s <= 100%%' (full marks at or below it)", kw(c, TOK_TARGET),
					  kw(c, TOK_TARGET));
			return; /* reported: check nothing more of it */
		}
		break;
	}
	case RULE_MET:
		if (t->is == TG_NONE) {
			error(c, sp, D_BAD_RULE, "'met' needs a target (indicator %s)", ind->name);
			return;
		}
		e = lib_call(c, "score_met", sp, 2, target_met(c, ind, sp), self(c, SELF_WEIGHT, sp));
		break;
	case RULE_INTERPOLATE:
		e = lib_call(c, "score_interpolate", sp, 4, self(c, SELF_ACTUAL, sp), r->a, r->b,
			     self(c, SELF_WEIGHT, sp));
		break;
	case RULE_DEDUCT: {
		struct expr *over = self(c, SELF_ACTUAL, sp);
		if (r->dir == DEDUCT_ABOVE)
			over = ast_binary(c->prog, OP_SUB, over, r->c, sp);
		else if (r->dir == DEDUCT_BELOW)
			over = ast_binary(c->prog, OP_SUB, r->c, over, sp);
		e = lib_call(c, "score_deduct", sp, 5, over, r->a, r->b,
			     r->d ? r->d : self(c, SELF_WEIGHT, sp), self(c, SELF_WEIGHT, sp));
		break;
	}
	case RULE_BONUS:
		e = lib_call(c, "score_bonus", sp, 5, self(c, SELF_ACTUAL, sp), r->a, r->b,
			     r->c ? r->c : ast_num(c->prog, "1", 1, sp),
			     r->d ? r->d : self(c, SELF_WEIGHT, sp));
		break;
	default:
		return;
	}
	r->expr = e;
}

/* The type an indicator's implicit input takes, from its rule and target. */
static enum type implicit_type(struct item *ind, bool *percent)
{
	*percent = false;
	if (ind->scoring) {
		switch (ind->scoring->kind) {
		case RULE_CHECKLIST: return TY_LIST;
		case RULE_GRADE: return TY_TEXT;
		case RULE_JUDGED: return TY_NUMBER;
		default: break;
		}
	}
	switch (ind->target.is) {
	case TG_TEXT: return TY_TEXT;
	case TG_BY: return TY_DATE;
	case TG_NONE: return TY_NUMBER;
	default:
		*percent = is_percent(ind->target.lo);
		if (ind->target.lo && ind->target.lo->kind == EX_DATE)
			return TY_DATE;
		if (ind->target.lo && ind->target.lo->kind == EX_BOOL) /* 是否: target = true */
			return TY_BOOL;
		return TY_NUMBER;
	}
}

/* The gaps of a band table, for one warning: the first GAPS_SHOWN in
 * words, and how many there are. */
#define GAPS_SHOWN 8

struct gaps {
	const char *item[GAPS_SHOWN];
	int n;
};

static void add_gap(struct checker *c, struct gaps *g, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static void add_gap(struct checker *c, struct gaps *g, const char *fmt, ...)
{
	if (g->n++ >= GAPS_SHOWN)
		return;
	struct strbuf sb = { 0 };
	va_list ap;
	va_start(ap, fmt);
	strbuf_vprintf(&sb, fmt, ap);
	va_end(ap);
	g->item[g->n - 1] = arena_strndup(&c->prog->arena, strbuf_str(&sb), sb.len);
	strbuf_free(&sb);
}

/* The list "80%, 90% and values above 100%", or "a, b, ..., h and 3 more". */
static const char *join_gaps(struct checker *c, const struct gaps *g)
{
	const char *and = _(" and "), *comma = _(", ");
	int shown = g->n < GAPS_SHOWN ? g->n : GAPS_SHOWN;
	char more[64] = "";
	if (g->n > shown)
		snprintf(more, sizeof more, _("%d more"), g->n - shown);
	size_t len = strlen(more) + strlen(and) + 1;
	for (int i = 0; i < shown; i++)
		len += strlen(g->item[i]) + strlen(comma) + strlen(and);
	char *s = arena_alloc(&c->prog->arena, len);
	for (int i = 0; i < shown; i++) {
		if (i > 0)
			strcat(s, i == shown - 1 && !more[0] ? and : comma);
		strcat(s, g->item[i]);
	}
	if (more[0]) {
		strcat(s, and);
		strcat(s, more);
	}
	return s;
}

/* A whole number for a message (cut and marked when long). */
static const char *fmt_z(char *buf, size_t cap, const mpz_t z)
{
	mpq_t q;
	mpq_init(q);
	mpq_set_z(q, z);
	fmt_num(buf, cap, q, false);
	mpq_clear(q);
	return buf;
}

/* The whole numbers x with upto < x (or upto <= x when upto itself is not
 * covered, !upto_in) and x < lo (x <= lo when lo is not in the band,
 * !lo_closed): false if there is none, else the first in i and the last
 * in j. */
static bool whole_gap(mpz_t i, mpz_t j, const mpq_t upto, bool upto_in, const mpq_t lo, bool lo_closed)
{
	mpz_cdiv_q(i, mpq_numref(upto), mpq_denref(upto));
	if (upto_in && mpz_cmp_ui(mpq_denref(upto), 1) == 0)
		mpz_add_ui(i, i, 1);
	mpz_fdiv_q(j, mpq_numref(lo), mpq_denref(lo));
	if (lo_closed && mpz_cmp_ui(mpq_denref(lo), 1) == 0)
		mpz_sub_ui(j, j, 1);
	return mpz_cmp(i, j) <= 0;
}

/* A band with constant bounds, for sorting. */
struct bandv {
	struct band *b;
	mpq_t lo, hi;
	int i;                   /* its place in the table */
};

/* By lower bound: -inf first, then a closed bound before an open one at the
 * same value, then in the table's order. */
static int band_cmp(const void *x, const void *y)
{
	const struct bandv *a = x, *b = y;
	bool ai = !a->b->lo.value, bi = !b->b->lo.value;
	int cmp = ai || bi ? (int)bi - (int)ai : mpq_cmp(a->lo, b->lo);
	if (cmp == 0 && !ai)
		cmp = (int)b->b->lo.closed - (int)a->b->lo.closed;
	return cmp ? cmp : (a->i > b->i) - (a->i < b->i);
}

/* Checks that a band table covers the line from 0 (or below) upwards, and
 * warns of gaps and overlaps.  Only when every bound is a constant.  The
 * bands are sorted once and swept once. */
static void check_band_coverage(struct checker *c, struct item *ind, struct vec *bands)
{
	int n = 0;
	bool has_else = false, negative = false, ok = true;
	struct bandv *v = arena_alloc(&c->prog->arena, (size_t)(bands->n + 1) * sizeof *v);
	for (int i = 0; i < bands->n && ok; i++) {
		struct band *b = bands->items[i];
		if (b->is_else) {
			has_else = true;
			continue;
		}
		struct bandv *bv = &v[n];
		mpq_inits(bv->lo, bv->hi, NULL);
		bv->b = b;
		bv->i = i;
		n++;
		if ((b->lo.value && !const_value(b->lo.value, bv->lo, NULL)) ||
		    (b->hi.value && !const_value(b->hi.value, bv->hi, NULL))) {
			ok = false;
			break;
		}
		if (b->lo.value && b->hi.value && (mpq_cmp(bv->lo, bv->hi) > 0 ||
		    (mpq_cmp(bv->lo, bv->hi) == 0 && !(b->lo.closed && b->hi.closed)))) {
			error(c, b->span, D_EMPTY_BAND, "this band of %s contains no value", ind->name);
			ok = false;
			break;
		}
		if (!b->lo.value || mpq_sgn(bv->lo) < 0)
			negative = true;
	}
	STATS_WORK(bands->n);
	if (ok)
		qsort(v, (size_t)n, sizeof *v, band_cmp);
	/* sweep: covered is everything below `upto` (and upto itself if upto_in);
	 * the gaps found are listed in one warning */
	bool pct = false;
	for (int i = 0; i < n && ok; i++)
		pct |= is_percent(v[i].b->lo.value) || is_percent(v[i].b->hi.value);
	mpq_t upto;
	mpq_init(upto);
	bool upto_inf_neg = negative, upto_in = false, upto_inf = false;
	char b1[64], b2[64];
	struct gaps gaps = { .n = 0 };
	/* a count (an input declared integer) takes whole values only */
	struct expr *actual = ind->self_actual;
	while (actual && actual->is == EX_PARAM && actual->param)
		actual = actual->param;
	bool integer = actual && actual->is == EX_INPUT && actual->input->integer;
	mpz_t gi, gj;
	mpz_init(gi);
	mpz_init(gj);
	struct span first = { 0, 0 };
	for (int i = 0; i < n && ok && !upto_inf; i++) {
		struct band *b = v[i].b;
		bool lo_inf = !b->lo.value;
		if (!upto_inf_neg && !lo_inf) {
			int cmp = mpq_cmp(v[i].lo, upto);
			bool gap = cmp > 0 || (cmp == 0 && !upto_in && !b->lo.closed);
			if (gap && !has_else && integer) {
				/* counts: only the whole numbers in the gap */
				if (whole_gap(gi, gj, upto, upto_in, v[i].lo, b->lo.closed)) {
					if (!gaps.n)
						first = b->span;
					if (mpz_cmp(gi, gj) == 0)
						add_gap(c, &gaps, "%s", fmt_z(b1, sizeof b1, gi));
					else
						add_gap(c, &gaps, "[%s, %s]", fmt_z(b1, sizeof b1, gi),
							fmt_z(b2, sizeof b2, gj));
				}
			} else if (gap && !has_else) {
				if (!gaps.n)
					first = b->span;
				if (cmp == 0)
					add_gap(c, &gaps, "%s", fmt_num(b1, sizeof b1, upto, pct));
				else
					add_gap(c, &gaps, "%s%s, %s%s", upto_in ? "(" : "[",
						fmt_num(b1, sizeof b1, upto, pct), fmt_num(b2, sizeof b2, v[i].lo, pct),
						b->lo.closed ? ")" : "]");
			}
			bool overlap = cmp < 0 || (cmp == 0 && upto_in && b->lo.closed);
			if (overlap)
				warning(c, b->span, D_BAND_OVERLAP,
					"this band of %s overlaps the one before; the first that matches counts",
					ind->name);
		}
		upto_inf_neg = false;
		if (!b->hi.value) {
			upto_inf = true;
		} else {
			int cmp = mpq_cmp(v[i].hi, upto);
			if (cmp > 0 || (cmp == 0 && b->hi.closed)) {
				mpq_set(upto, v[i].hi);
				upto_in = b->hi.closed;
			}
		}
	}
	bool values = ok && !upto_inf && !has_else && n > 0;
	if (values) {
		if (!gaps.n)
			first = ind->scoring->span;
		if (integer) { /* the first whole number above */
			mpz_cdiv_q(gi, mpq_numref(upto), mpq_denref(upto));
			if (upto_in && mpz_cmp_ui(mpq_denref(upto), 1) == 0)
				mpz_add_ui(gi, gi, 1);
			add_gap(c, &gaps, _("values from %s up"), fmt_z(b1, sizeof b1, gi));
		} else {
			add_gap(c, &gaps, upto_in ? _("values above %s") : _("values from %s up"),
				fmt_num(b1, sizeof b1, upto, pct));
		}
	}
	if (gaps.n) {
		warning(c, first, D_BAND_GAP, gaps.n == 1 && !values ? N_("%s falls in no band of %s")
			: N_("%s fall in no band of %s"), join_gaps(c, &gaps), ind->name);
		diag_help(c->diag, "a unit's value there is an error on its row, which is left pending (待核实); "
				   "where the published standard leaves it out, keep the bands as published and allow "
				   "this with the reason: # rubric: allow W201 ...");
	}
	mpq_clear(upto);
	mpz_clear(gi);
	mpz_clear(gj);
	for (int i = 0; i < n; i++)
		mpq_clears(v[i].lo, v[i].hi, NULL);
}

/* Proves that a band's points that are a formula (`[80%, 90%): actual /
 * 90% * weight`) stay within [0, weight] where the actual lies in the
 * band, as check_score_bounds does for a formula rule; an error where the
 * interval analysis cannot. */
static void check_band_points(struct checker *c, struct item *ind, struct band *b)
{
	if (b->points->type != TY_NUMBER || !ind->self_actual)
		return;
	struct interval range, v;
	char b1[64], b2[64];
	interval_init(&range);
	interval_init(&v);
	range.lo_inf = !b->lo.value || !const_value(b->lo.value, range.lo, NULL);
	range.hi_inf = !b->hi.value || !const_value(b->hi.value, range.hi, NULL);
	if (bounds_within(b->points, ind->self_actual, &range, range.lo_inf ? b->lo.value : NULL,
			  range.hi_inf ? b->hi.value : NULL, &v, &c->bounds)) {
		if (v.hi_inf || mpq_cmp(v.hi, ind->weight) > 0) {
			if (v.hi_inf)
				error(c, b->points->span, D_SCORE_BOUND,
				      "the points of this band of %s can exceed its weight %s: they have no upper bound",
				      ind->name, fmt_num(b2, sizeof b2, ind->weight, false));
			else
				error(c, b->points->span, D_SCORE_BOUND,
				      "the points of this band of %s can exceed its weight %s: they reach %s in the band",
				      ind->name, fmt_num(b2, sizeof b2, ind->weight, false),
				      fmt_num(b1, sizeof b1, v.hi, false));
			diag_help(c->diag, "cap them, e.g. min(..., weight); a value past the weight leaves the "
					   "unit's row pending when it is scored");
		}
		if (v.lo_inf || mpq_sgn(v.lo) < 0) {
			if (v.lo_inf)
				error(c, b->points->span, D_SCORE_BOUND,
				      "the points of this band of %s can be below 0: they have no lower bound", ind->name);
			else
				error(c, b->points->span, D_SCORE_BOUND,
				      "the points of this band of %s can be below 0: they reach %s in the band", ind->name,
				      fmt_num(b1, sizeof b1, v.lo, false));
			diag_help(c->diag, "floor them, e.g. max(0, ...)");
		}
	}
	interval_clear(&range);
	interval_clear(&v);
}

/* Checks the points of bands, checklists and grades against the weight. */
static void check_table_rule(struct checker *c, struct item *ind)
{
	struct rule *r = ind->scoring;
	char b1[64], b2[64];
	if (r->kind == RULE_BANDS) {
		if (r->entries.n == 0)
			error(c, r->span, D_EMPTY_RULE, "'bands' of %s has no bands", ind->name);
		for (int i = 0; i < r->entries.n; i++) {
			struct band *b = r->entries.items[i];
			if (b->lo.value) {
				check_expr(c, b->lo.value);
				need_type(c, b->lo.value, TY_NUMBER, "a band bound");
			}
			if (b->hi.value) {
				check_expr(c, b->hi.value);
				need_type(c, b->hi.value, TY_NUMBER, "a band bound");
			}
			check_expr(c, b->points);
			need_type(c, b->points, TY_NUMBER, "a band's points");
			mpq_t q;
			mpq_init(q);
			if (!const_value(b->points, q, NULL))
				check_band_points(c, ind, b);
			else if (mpq_sgn(q) < 0 || mpq_cmp(q, ind->weight) > 0)
				error(c, b->points->span, D_SCORE_BOUND,
				      "%s points is outside [0, %s], the range of %s",
				      fmt_num(b1, sizeof b1, q, false), fmt_num(b2, sizeof b2, ind->weight, false),
				      ind->name);
			mpq_clear(q);
		}
		check_band_coverage(c, ind, &r->entries);
		return;
	}
	if (r->kind == RULE_JUDGED) {
		if (r->a) {
			check_expr(c, r->a);
			check_expr(c, r->b);
			need_type(c, r->a, TY_NUMBER, "a judged range");
			need_type(c, r->b, TY_NUMBER, "a judged range");
		}
		return;
	}
	/* checklist and grade */
	const char *what = r->kind == RULE_CHECKLIST ? "checklist" : "grade";
	mpq_set_ui(r->total_q, 0, 1);
	bool full = false;
	if (r->entries.n == 0 && !r->use_levels) /* an unknown level set was reported */
		error(c, r->span, D_EMPTY_RULE, "'%s' of %s has no entries", what, ind->name);
	struct level_use *sh = r->shared;
	if (sh && sh->checked) { /* another indicator of this weight checked them */
		r->entry_names = sh->entry_names;
		full = sh->full;
	}
	for (int i = 0; i < r->entries.n && !(sh && sh->checked); i++) {
		struct item_points *e = r->entries.items[i];
		e->index = i;
		if (names_add(&r->entry_names, &c->prog->arena, NULL, e->name, e))
			error(c, e->span, D_DUPLICATE, "'%s' appears twice in the %s of %s",
			      e->name, what, ind->name);
		if (!need_const(c, e->points, e->lo_q, "points"))
			continue;
		if (e->hi) {
			if (r->kind == RULE_CHECKLIST) {
				error(c, e->hi->span, D_BAD_RULE, "a checklist item has fixed points, not a range");
				continue;
			}
			if (!need_const(c, e->hi, e->hi_q, "points"))
				continue;
			int cmp = mpq_cmp(e->lo_q, e->hi_q);
			if (cmp > 0 || (cmp == 0 && e->hi_open))
				error(c, e->span, D_BAD_RANGE, cmp > 0 ? N_("the range of '%s' runs backwards")
				      : N_("the range of '%s' is empty"), e->name);
		} else {
			mpq_set(e->hi_q, e->lo_q);
		}
		if (mpq_sgn(e->lo_q) < 0 || mpq_cmp(e->hi_q, ind->weight) > 0)
			error(c, e->points->span, D_SCORE_BOUND, "'%s' gives points outside [0, %s]",
			      e->name, fmt_num(b1, sizeof b1, ind->weight, false));
		mpq_add(r->total_q, r->total_q, e->lo_q);
		full |= mpq_cmp(e->hi_q, ind->weight) == 0 && !e->hi_open;
	}
	if (sh && !sh->checked) {
		sh->entry_names = r->entry_names;
		sh->full = full;
		sh->checked = true;
	}
	if (r->kind == RULE_CHECKLIST && r->entries.n) {
		int cmp = mpq_cmp(r->total_q, ind->weight);
		if (cmp < 0) {
			warning(c, r->span, D_UNREACHABLE, "full marks are unreachable: the items of %s add up to %s, its weight is %s",
				ind->name, fmt_num(b1, sizeof b1, r->total_q, false),
				fmt_num(b2, sizeof b2, ind->weight, false));
		} else if (cmp > 0) {
			warning(c, r->span, D_OVER_WEIGHT, "the items of %s add up to %s, more than its weight %s",
				ind->name, fmt_num(b1, sizeof b1, r->total_q, false),
				fmt_num(b2, sizeof b2, ind->weight, false));
			diag_help(c->diag, "a unit satisfying more than %s points is an error when scored",
				  fmt_num(b1, sizeof b1, ind->weight, false));
		}
	} else if (r->kind == RULE_GRADE && r->entries.n && !full) {
		warning(c, r->span, D_UNREACHABLE, "full marks are unreachable: no level of %s gives %s",
			ind->name, fmt_num(b1, sizeof b1, ind->weight, false));
	}
}

/* Proves that a formula's score stays within [0, weight] (an error where
 * the interval analysis of bounds.c cannot), and warns when it can never
 * reach the weight. */
static void check_score_bounds(struct checker *c, struct item *ind)
{
	struct rule *r = ind->scoring;
	struct interval v;
	char b1[64], b2[64];
	interval_init(&v);
	if (bounds_of(r->expr, &v, &c->bounds)) {
		const char *name = ind->name;
		if (v.hi_inf || mpq_cmp(v.hi, ind->weight) > 0) {
			if (v.hi_inf)
				error(c, r->span, D_SCORE_BOUND,
				      "the score of %s can exceed its weight %s: the rule has no upper bound",
				      name, fmt_num(b2, sizeof b2, ind->weight, false));
			else
				error(c, r->span, D_SCORE_BOUND,
				      "the score of %s can exceed its weight %s: the rule gives up to %s",
				      name, fmt_num(b2, sizeof b2, ind->weight, false), fmt_num(b1, sizeof b1, v.hi, false));
			diag_help(c->diag, "cap it, e.g. min(..., weight), or use a rule of the library "
				  "such as 'score proportional'");
		} else if (mpq_cmp(v.hi, ind->weight) < 0) {
			warning(c, r->span, D_UNREACHABLE,
				"full marks are unreachable: the rule of %s gives at most %s, its weight is %s",
				name, fmt_num(b1, sizeof b1, v.hi, false), fmt_num(b2, sizeof b2, ind->weight, false));
		}
		if (v.lo_inf || mpq_sgn(v.lo) < 0) {
			if (v.lo_inf)
				error(c, r->span, D_SCORE_BOUND,
				      "the score of %s can be below 0: the rule has no lower bound", name);
			else
				error(c, r->span, D_SCORE_BOUND,
				      "the score of %s can be below 0: the rule gives down to %s", name,
				      fmt_num(b1, sizeof b1, v.lo, false));
			diag_help(c->diag, "floor it, e.g. max(0, ...)");
		}
	}
	interval_clear(&v);
}

/* ---- the self-evaluation form ---- */

/* Column names of the budget row, which are also its inputs' names. */
static const char *const budget_names[BUDGET_NINPUTS] = {
	"年初预算数", "全年预算数", "全年执行数",
};

/* An input the checker makes for an indicator: its implicit input (owner
 * set), or one of a budget row's. */
static struct input *new_input(struct program *p, const char *name, struct item *ind,
			       enum type t, bool pct, struct item *owner)
{
	struct input *in = arena_alloc(&p->arena, sizeof *in);
	in->name = name;
	in->span = ind->name_span;
	in->type = t;
	in->percent = pct;
	in->unit = owner ? ind->unit : NULL;
	in->owner = owner;
	in->slot = -1;
	in->index = p->inputs.n;
	vec_push(&p->arena, &p->inputs, in);
	names_add(&p->input_names, &p->arena, NULL, name, in);
	return in;
}

/* The number input called name: declared, or made here for the budget row
 * ind. */
static struct input *budget_input(struct checker *c, const char *name, struct item *ind)
{
	struct input *in = check_find_input(c->prog, name);
	if (!in)
		in = new_input(c->prog, name, ind, TY_NUMBER, false, NULL);
	in->used = true;
	if (in->type != TY_NUMBER || in->percent)
		error(c, in->span, D_TYPE, "input %s of the budget row must be a number, not %s",
		      name, in->percent ? _("a percent") : ast_type_name(in->type));
	return in;
}

/* The budget row: 执行率 = 全年执行数 / 全年预算数, scored
 * min(执行率, 100%) × weight unless it says otherwise. */
static void make_budget(struct checker *c, struct item *ind)
{
	struct program *p = c->prog;
	struct span sp = ind->name_span;
	for (int k = 0; k < BUDGET_NINPUTS; k++)
		ind->budget_in[k] = budget_input(c, budget_names[k], ind);
	ind->self_actual = ast_binary(p, OP_DIV, ast_name(p, budget_names[BUDGET_SPENT], sp),
				      ast_name(p, budget_names[BUDGET_PLANNED], sp), sp);
	if (!ind->rule) {
		struct rule *r = arena_alloc(&p->arena, sizeof *r);
		r->kind = RULE_EXPR;
		r->span = sp;
		r->expr = ast_binary(p, OP_MUL, lib_call(c, "min", sp, 2, self(c, SELF_ACTUAL, sp),
							 ast_num(p, "100%", 4, sp)),
				     self(c, SELF_WEIGHT, sp), sp);
		ast_mpq(p, &r->total_q);
		ind->scoring = r;
	}
}

/* The first input e reads, through the lets it reads (each looked at
 * once), or NULL: a constant. */
static struct input *reads_input(struct expr *e)
{
	if (!e)
		return NULL;
	STATS_WORK(1);
	struct input *in = NULL;
	switch (e->is) {
	case EX_INPUT:
		return e->input;
	case EX_LET:
		if (!e->let->reads_known) {
			e->let->reads_known = true; /* (a cycle was reported) */
			e->let->reads = reads_input(e->let->value);
		}
		return e->let->reads;
	case EX_UNARY: case EX_BINARY: case EX_IF:
		if ((in = reads_input(e->cond)) || (in = reads_input(e->lhs)))
			return in;
		return reads_input(e->rhs);
	case EX_CASES:
		for (int i = 0; i < e->cases.conds.n && !in; i++)
			if (!(in = reads_input(e->cases.conds.items[i])))
				in = reads_input(e->cases.values.items[i]);
		return in ? in : reads_input(e->cases.otherwise);
	case EX_CALL:
		for (int i = 0; i < e->call.args.n && !in; i++)
			in = reads_input(e->call.args.items[i]);
		return in;
	default:
		return NULL;
	}
}

/* What a target written without an operator means for ind: the nearest
 * `target default` around it, else `=`. */
static enum target_op bare_op(struct program *p, struct item *ind)
{
	for (struct item *g = ind->parent; g; g = g->parent)
		if (g->bare_op != TG_NONE)
			return g->bare_op;
	return p->bare_op != TG_NONE ? p->bare_op : TG_EQ;
}

/* A weight as text, the key of the level entries worked out for it: in
 * buf (cap bytes) if it fits, else in the arena (NULL if out of memory);
 * never a block of GMP's, which only GMP's own free function could take
 * back.  mpq_get_str needs the digits of both parts, a sign, '/' and NUL. */
static const char *weight_key(struct program *p, const mpq_t q, char *buf, size_t cap)
{
	size_t need = mpz_sizeinbase(mpq_numref(q), 10) + mpz_sizeinbase(mpq_denref(q), 10) + 3;
	char *w = need <= cap ? buf : arena_alloc(&p->arena, need);
	return w ? mpq_get_str(w, 10, q) : NULL;
}

/* `score grade` and `score grade NAME`: the entries of the level set, with
 * their points computed for this indicator's weight (in check_table_rule). */
static void use_levels(struct checker *c, struct item *ind)
{
	struct program *p = c->prog;
	struct rule *r = ind->scoring;
	const char *name = r->levels ? r->levels : "达成度";
	/* the template's own first, then the library's */
	struct level_set *set = names_find(&p->level_names, NULL, name);
	if (!set && p->lib)
		set = names_find(&p->lib->level_names, NULL, name);
	if (!set) {
		error(c, r->levels_span, D_UNKNOWN_NAME, "there are no levels called %s", name);
		if (c->diag->muted)
			return;
		int nlib = p->lib ? p->lib->levels.n : 0;
		const char **names = arena_alloc(&p->arena, (size_t)(p->levels.n + nlib + 1) * sizeof *names);
		int n = add_names(names, 0, &p->levels);
		if (p->lib)
			n = add_names(names, n, &p->lib->levels);
		if (!diag_suggest(c->diag, name, names, (size_t)n))
			diag_help(c->diag, "declare them: '%s %s { 优: 5; 良: 4; ... }'", kw(c, TOK_LEVELS), name);
		return;
	}
	/* the points are worked out for each weight in a copy of the entries,
	 * which the indicators of that weight share */
	struct level_use *use = NULL;
	char buf[64];
	const char *w = weight_key(p, ind->weight, buf, sizeof buf);
	if (w) {
		use = names_find(&c->level_uses, set, w);
		if (use) {
			r->entries = use->entries;
			r->shared = use;
			return;
		}
		use = arena_alloc(&p->arena, sizeof *use);
		names_add(&c->level_uses, &p->arena, set,
			  w == buf ? arena_strndup(&p->arena, w, strlen(w)) : w, use);
	}
	/* a set of many levels used for many weights is bounded, as
	 * evaluation is, by the template's size (an eighth of its step limit:
	 * a copy takes more memory than a step) */
	c->level_work = cost_add(c->level_work, (uint64_t)set->entries.n);
	if (c->level_work > c->limit / 8) {
		if (!c->cost_reported) {
			char b1[32];
			c->cost_reported = true;
			error(c, r->span, D_TOO_COSTLY, "the levels used by the indicators of this template "
			      "have more than %s entries in all, more than it may take",
			      cost_show(b1, sizeof b1, c->limit / 8));
			diag_help(c->diag, "each indicator that uses levels %s gets its points worked out "
				  "for its weight", set->name);
		}
		return;
	}
	for (int i = 0; i < set->entries.n; i++) {
		struct item_points *e = set->entries.items[i];
		struct item_points *copy = arena_alloc(&p->arena, sizeof *copy);
		*copy = *e;
		if (set->from_stdlib)
			copy->span = r->span;
		ast_mpq(p, &copy->lo_q);
		ast_mpq(p, &copy->hi_q);
		vec_push(&p->arena, &r->entries, copy);
	}
	if (use) {
		use->entries = r->entries;
		r->shared = use;
	}
}

/* Sets what `actual` means for ind: its expression, or the input of its own
 * name (declared, or made here with a type taken from the rule and the
 * target).  Runs for every indicator before any expression is checked, so
 * that any formula may refer to any indicator's input. */
static void make_actual(struct checker *c, struct item *ind)
{
	struct program *p = c->prog;
	ind->target.is = ind->target.op == TG_BARE ? bare_op(p, ind) : ind->target.op;
	ind->scoring = ind->rule;
	if (ind->inapplicable)
		return;
	if (ind->budget) {
		make_budget(c, ind);
		return;
	}
	if (ind->actual) {
		ind->self_actual = ind->actual;
		return;
	}
	bool pct;
	enum type t = implicit_type(ind, &pct);
	struct input *in = check_find_input(p, ind->name);
	if (!in) {
		in = new_input(p, ind->name, ind, t, pct, ind);
	} else if (in->type != t && !(ind->scoring && ind->scoring->kind == RULE_JUDGED) &&
		   !(ind->target.is == TG_NONE && ind->scoring && ind->scoring->kind == RULE_EXPR)) {
		/* (a formula without a target reads the input as declared) */
		error(c, in->span, D_TYPE, "input %s is declared %s, but indicator %s needs a %s",
		      in->name, ast_type_name(in->type), ind->name, ast_type_name(t));
	}
	ind->input = in;
	in->used = true;
	struct expr *ref = ast_expr(p, EX_INPUT, ind->name_span);
	ref->input = in;
	ref->type = in->type;
	ref->percent = in->percent;
	ind->self_actual = ref;
}

static void check_indicator(struct checker *c, struct item *ind)
{
	c->ind = ind;
	if (ind->inapplicable) {
		/* a row the form marks "/" */
		if (ind->weight_expr || ind->rule || ind->target.op != TG_NONE || ind->actual)
			error(c, ind->name_span, D_BAD_CLAUSE,
			      "indicator %s is inapplicable: it has no weight, target, actual or score",
			      ind->name);
		c->ind = NULL;
		return;
	}
	if (!ind->scoring) {
		error(c, ind->name_span, D_NO_SCORE, "indicator %s has no 'score' rule", ind->name);
		diag_help(c->diag, "add e.g. '%s %s', '%s %s' or '%s %s'", kw(c, TOK_SCORE), kw(c, TOK_PROPORTIONAL),
			  kw(c, TOK_SCORE), kw(c, TOK_MET), kw(c, TOK_SCORE), kw(c, TOK_JUDGED));
	}
	/* the actual's formula: as written, or the budget row's 执行率 */
	struct expr *formula = ind->budget ? ind->self_actual : ind->actual;
	if (formula) {
		c->part = PART_ACTUAL;
		check_expr(c, formula);
		c->part = PART_OTHER;
	}
	if (ind->budget)
		formula->percent = true; /* 执行率 */
	/* the target */
	struct target *t = &ind->target;
	if (t->lo) {
		c->part = PART_TARGET;
		check_expr(c, t->lo);
		if (t->hi)
			check_expr(c, t->hi);
		c->part = PART_OTHER;
		if (t->lo->type == TY_BOOL && t->is == TG_EQ) /* a yes/no target (是否): '=' only */
			;
		else if (t->is != TG_TEXT && t->is != TG_BY)
			need_type(c, t->lo, TY_NUMBER, "a target");
		if (t->is == TG_BY)
			need_type(c, t->lo, TY_DATE, "'by'");
		if (t->is != TG_NONE && ind->self_actual->type != TY_UNKNOWN &&
		    t->lo->type != TY_UNKNOWN && (!ind->scoring || ind->scoring->kind != RULE_GRADE) &&
		    (!ind->scoring || (ind->scoring->kind != RULE_CHECKLIST && ind->scoring->kind != RULE_JUDGED)) &&
		    t->lo->type != ind->self_actual->type && t->is != TG_TEXT)
			error(c, t->span, D_TYPE, "the target of %s is a %s, its actual a %s", ind->name,
			      ast_type_name(t->lo->type), ast_type_name(ind->self_actual->type));
		if (!ind->self_actual->percent && is_percent(t->lo) && formula)
			formula->percent = true;
	}
	/* the rule */
	if (ind->scoring) {
		lower_rule(c, ind);
		struct rule *r = ind->scoring;
		if (RULE_IS_FORMULA(r->kind) && r->expr) {
			int before = c->errors;
			check_expr(c, r->expr);
			need_type(c, r->expr, TY_NUMBER, "a score");
			if (c->errors == before)
				check_score_bounds(c, ind);
		} else if (!RULE_IS_FORMULA(r->kind)) {
			if (r->kind == RULE_GRADE && r->use_levels)
				use_levels(c, ind);
			if (r->kind == RULE_GRADE || r->kind == RULE_CHECKLIST)
				need_type(c, ind->self_actual,
					  r->kind == RULE_GRADE ? TY_TEXT : TY_LIST,
					  r->kind == RULE_GRADE ? "'grade'" : "'checklist'");
			check_table_rule(c, ind);
		}
	}
	c->ind = NULL;
}

/* ---- the tree and its weights ---- */

/* need_const for a weight: also an error when it is written as a percent
 * (weight 20% under total 100 would weigh 0.2): a weight is in points.
 * Such a weight is then taken as that share of the total, so that the
 * sums of weights add no error of their own. */
static bool need_weight(struct checker *c, struct expr *e, mpq_t out)
{
	if (!need_const(c, e, out, "a weight"))
		return false;
	if (!e->percent)
		return true;
	char b[64], b2[64];
	error(c, e->span, D_BAD_WEIGHT, "weight %s is a percent, but a weight is a number of points (分值)",
	      fmt_num(b, sizeof b, out, true));
	mpq_t total;
	mpq_init(total);
	if (c->prog->total_expr && const_value(c->prog->total_expr, total, NULL)) {
		char b3[64];
		fmt_num(b2, sizeof b2, total, false);
		mpq_mul(out, out, total); /* what it meant, so that the sums say nothing more */
		diag_help(c->diag, "write it in points: %s of the total %s is weight %s", b, b2,
			  fmt_num(b3, sizeof b3, out, false));
	} else {
		mpq_set_ui(total, 100, 1);
		mpq_mul(total, total, out);
		diag_help(c->diag, "write it in points: weight %s, if the table counts 100 points",
			  fmt_num(b2, sizeof b2, total, false));
	}
	mpq_clear(total);
	return true;
}

/* Reads the declared weight of indicator it. */
static void leaf_weight(struct checker *c, struct item *it)
{
	char b[64];
	if (it->inapplicable && !it->weight_expr)
		return; /* weight 0 */
	if (!it->weight_expr) {
		error(c, it->name_span, D_NO_WEIGHT, "indicator %s has no weight", it->name);
		diag_help(c->diag, "write '%s %s %s 4 { ... }' or a '%s' clause", kw(c, TOK_INDICATOR), it->name,
			  kw(c, TOK_WEIGHT), kw(c, TOK_WEIGHT));
		return;
	}
	if (need_weight(c, it->weight_expr, it->weight) && mpq_sgn(it->weight) < 0)
		error(c, it->weight_expr->span, D_BAD_WEIGHT, "weight %s is negative",
		      fmt_num(b, sizeof b, it->weight, false));
}

/* sum += q.  Weights are mostly whole numbers: their sum is then one mpz
 * addition, without the gcd mpq_add looks for. */
static void add_to(mpq_t sum, const mpq_t q)
{
	if (mpz_cmp_ui(mpq_denref(sum), 1) == 0 && mpz_cmp_ui(mpq_denref(q), 1) == 0)
		mpz_add(mpq_numref(sum), mpq_numref(sum), mpq_numref(q));
	else
		mpq_add(sum, sum, q);
}

/* The weight of group it, whose rows' weights add up to sum: checks a
 * declared weight against the sum. */
static void group_weight(struct checker *c, struct item *it, const mpq_t sum)
{
	if (it->weight_expr && it->stated) {
		/* the table's figure: the rows' sum is the weight, and
		 * --verify reports the difference */
		if (need_weight(c, it->weight_expr, it->stated_weight))
			it->stated_differs = mpq_cmp(it->stated_weight, sum) != 0;
		mpq_set(it->weight, sum);
	} else if (it->weight_expr) {
		if (need_weight(c, it->weight_expr, it->weight) && mpq_cmp(it->weight, sum) != 0) {
			char b1[64], b2[64];
			char b3[64];
			bool short_of = mpq_cmp(sum, it->weight) < 0;
			error(c, it->weight_expr->span, D_WEIGHT_SUM,
			      short_of ? N_("the weights in group %s add up to %s, %s short of its weight %s")
				       : N_("the weights in group %s add up to %s, %s over its weight %s"),
			      it->name, fmt_num(b1, sizeof b1, sum, false),
			      fmt_diff(b3, sizeof b3, sum, it->weight),
			      fmt_num(b2, sizeof b2, it->weight, false));
		}
	} else {
		mpq_set(it->weight, sum);
	}
}

/* How many items ahead of the one at hand a walk asks for the slots of
 * their names (names_prefetch). */
#define PREFETCH_AHEAD 4

/* Walks the tree of items under parent once: names and numbers each
 * group and indicator, reads the weights, checks each group's against
 * its rows' (sum is set to the weights of items), and makes each
 * indicator's `actual` (make_actual).  One walk, not one per step: on a
 * template of 100 000 indicators each walk reads memory that is no longer
 * in the cache. */
static void collect(struct checker *c, struct vec *items, struct item *parent, int depth, mpq_t sum)
{
	struct program *p = c->prog;
	mpq_set_ui(sum, 0, 1);
	for (int i = 0; i < items->n; i++) {
		struct item *it = items->items[i];
		if (i + PREFETCH_AHEAD < items->n) {
			const struct item *next = items->items[i + PREFETCH_AHEAD];
			if (next->kind == ITEM_GROUP) {
				names_prefetch(&c->groups, parent, next->name);
			} else {
				names_prefetch(&p->indicator_names, NULL, next->name);
				names_prefetch(&p->input_names, NULL, next->name);
			}
		}
		it->parent = parent;
		it->depth = depth;
		if (it->kind == ITEM_GROUP) {
			if (names_add(&c->groups, &p->arena, parent, it->name, it))
				error(c, it->name_span, D_DUPLICATE, "two groups here are called %s", it->name);
			it->index = p->groups.n;
			vec_push(&p->arena, &p->groups, it);
			if (it->children.n == 0)
				error(c, it->name_span, D_EMPTY_GROUP, "group %s has no indicators", it->name);
			mpq_t s;
			mpq_init(s);
			collect(c, &it->children, it, depth + 1, s);
			group_weight(c, it, s);
			mpq_clear(s);
		} else {
			if (names_add(&p->indicator_names, &p->arena, NULL, it->name, it))
				error(c, it->name_span, D_DUPLICATE, "indicator %s is defined twice", it->name);
			if (it->budget && c->budget)
				error(c, it->name_span, D_DUPLICATE, "the template has two budget rows");
			if (it->budget && !c->budget)
				c->budget = it;
			it->index = p->indicators.n;
			vec_push(&p->arena, &p->indicators, it);
			leaf_weight(c, it);
			make_actual(c, it);
		}
		add_to(sum, it->weight);
	}
}

static void check_grades(struct checker *c)
{
	struct program *p = c->prog;
	if (!p->grades_set) {
		/* the national bands: 优 >= 90%, 良 >= 80%, 中 >= 60% of the
		 * full score (90, 80, 60 of 100), 差 below */
		static const char *const names[] = { "优", "良", "中", "差" };
		static const char *const mins[] = { "90%", "80%", "60%", "0" };
		for (int i = 0; i < 4; i++) {
			struct grade_band *g = arena_alloc(&p->arena, sizeof *g);
			g->name = names[i];
			g->min = ast_num(p, mins[i], strlen(mins[i]), (struct span){ 0, 0 });
			mpq_mul(g->min->num, g->min->num, p->total);
			vec_push(&p->arena, &p->grades, g);
		}
	}
	for (int i = 0; i < p->grades.n; i++) {
		struct grade_band *g = p->grades.items[i];
		ast_mpq(p, &g->min_q);
		need_const(c, g->min, g->min_q, "a grade's lower bound");
		/* the national bands are in order unless the full score is 0,
		 * which is reported already */
		if (p->grades_set && i > 0 &&
		    mpq_cmp(g->min_q, ((struct grade_band *)p->grades.items[i - 1])->min_q) >= 0)
			error(c, g->span, D_GRADE_ORDER, "grades must be listed from the highest lower bound down");
	}
}

/* ---- slots and dependencies ---- */

/* Warns of the template's declarations nothing uses. */
static void check_unused(struct checker *c)
{
	struct program *p = c->prog;
	for (int i = 0; i < p->inputs.n; i++) {
		struct input *in = p->inputs.items[i];
		if (!in->used)
			warning(c, in->span, D_UNUSED_INPUT, "input %s is never used", in->name);
	}
	for (int i = 0; i < p->lets.n; i++) {
		struct let *l = p->lets.items[i];
		if (!l->used)
			warning(c, l->span, D_UNUSED_LET, "'%s' is never used", l->name);
	}
	for (int i = 0; i < p->funcs.n; i++) {
		struct func *f = p->funcs.items[i];
		if (!f->used && !f->from_stdlib)
			warning(c, f->span, D_UNUSED_FUNCTION, "function %s is never called", f->name);
	}
}

/* The evaluation cost of everything an indicator evaluates. */
static uint64_t indicator_cost(const struct item *ind)
{
	if (ind->inapplicable)
		return 0;
	uint64_t cost = 1;
	const struct expr *ex[4] = { ind->self_actual, ind->target.lo, ind->target.hi,
				     ind->scoring ? ind->scoring->expr : NULL };
	for (int i = 0; i < 4; i++)
		if (ex[i])
			cost = cost_add(cost, ex[i]->cost);
	const struct rule *r = ind->scoring;
	if (r && r->kind == RULE_JUDGED && r->a)
		cost = cost_add(cost, cost_add(r->a->cost, r->b->cost));
	if (r && r->kind == RULE_BANDS)
		for (int i = 0; i < r->entries.n; i++) {
			const struct band *b = r->entries.items[i];
			cost = cost_add(cost, b->points->cost);
			if (b->lo.value)
				cost = cost_add(cost, b->lo.value->cost);
			if (b->hi.value)
				cost = cost_add(cost, b->hi.value->cost);
		}
	if (r && (r->kind == RULE_CHECKLIST || r->kind == RULE_GRADE))
		cost = cost_add(cost, (uint64_t)r->entries.n);
	return cost;
}

/* The cost of one evaluation: the indicators' (total, worst is the
 * costliest, both added up as each indicator is checked), every let once,
 * every default.  Over the limit, an error names the costliest indicator. */
static void check_cost(struct checker *c, uint64_t total, const struct item *worst)
{
	struct program *p = c->prog;
	for (int i = 0; i < p->lets.n; i++)
		total = cost_add(total, ((struct let *)p->lets.items[i])->value->cost);
	for (int i = 0; i < p->inputs.n; i++) {
		struct input *in = p->inputs.items[i];
		if (in->dflt)
			total = cost_add(total, in->dflt->cost);
	}
	p->cost = total;
	if (total > c->limit && !c->cost_reported && worst) {
		char b1[32], b2[32], b3[32];
		c->cost_reported = true;
		error(c, worst->name_span, D_TOO_COSTLY,
		      "evaluating one unit of this template takes %s steps, more than the %s it may take; "
		      "indicator %s takes %s", cost_show(b1, sizeof b1, total), cost_show(b2, sizeof b2, c->limit),
		      worst->name, cost_show(b3, sizeof b3, worst->cost));
	}
}

/* The number of indicators among items and their groups. */
static uint32_t count_indicators(const struct vec *items)
{
	uint32_t n = 0;
	for (int i = 0; i < items->n; i++) {
		const struct item *it = items->items[i];
		n += it->kind == ITEM_GROUP ? count_indicators(&it->children) : 1;
	}
	return n;
}

int check_program(struct program *prog, struct diag *diag)
{
	struct checker c = { .prog = prog, .diag = diag, .src = prog->src };
	c.limit = cost_add(COST_BASE, cost_mul(COST_PER_NODE, prog->nodes));
	c.bounds.budget = c.limit;
	if (prog->too_deep) {
		error(&c, prog->too_deep->span, D_TOO_DEEP,
		      "this expression is nested more than %d levels deep", AST_MAX_DEPTH);
		return c.errors;
	}
	/* the names, and their duplicates; the tables of inputs and
	 * indicators made their full size at once (an indicator may have an
	 * implicit input, the budget row three) */
	uint32_t nind = count_indicators(&prog->items);
	names_reserve(&prog->indicator_names, &prog->arena, nind);
	names_reserve(&prog->input_names, &prog->arena, (uint32_t)prog->inputs.n + nind + BUDGET_NINPUTS);
	for (int i = 0; i < prog->inputs.n; i++) {
		struct input *in = prog->inputs.items[i];
		if (names_add(&prog->input_names, &prog->arena, NULL, in->name, in))
			error(&c, in->span, D_DUPLICATE, "input %s is declared twice", in->name);
	}
	for (int i = 0; i < prog->lets.n; i++) {
		struct let *l = prog->lets.items[i];
		ast_mpq(prog, &l->iv_lo);
		ast_mpq(prog, &l->iv_hi);
		if (names_add(&prog->let_names, &prog->arena, NULL, l->name, l))
			error(&c, l->span, D_DUPLICATE, "'%s' is defined twice", l->name);
	}
	for (int i = 0; i < prog->inputs.n; i++) {
		struct input *in = prog->inputs.items[i];
		if (find_let(prog, in->name))
			error(&c, in->span, D_DUPLICATE, "%s is both an input and a 'let'", in->name);
	}
	for (int i = 0; i < prog->levels.n; i++) {
		struct level_set *l = prog->levels.items[i];
		if (names_add(&prog->level_names, &prog->arena, NULL, l->name, l))
			error(&c, l->span, D_DUPLICATE, "levels %s are declared twice", l->name);
	}
	check_funcs(&c);
	for (int i = 0; i < prog->inputs.n; i++) {
		struct input *in = prog->inputs.items[i];
		if (in->dflt) {
			check_expr(&c, in->dflt);
			same_type(&c, &(struct expr){ .type = in->type }, in->dflt, "a default");
			/* a default read from another value would be read when that
			 * value may be missing or marked 未填报 itself */
			struct input *read = reads_input(in->dflt);
			if (read) {
				error(&c, in->dflt->span, D_NOT_CONSTANT, "the default of %s reads %s: a default is a constant",
				      in->name, read->name);
				diag_help(c.diag, "a default is the value when the data gives none; to compute a value from "
						  "others, give the indicator an `actual` formula");
			}
		}
	}
	collect(&c, &prog->items, NULL, 0, prog->total);
	if (prog->indicators.n == 0 && prog->lib)
		error(&c, prog->title_span, D_EMPTY, "the template has no indicators");
	if (prog->total_expr) {
		mpq_t t;
		mpq_init(t);
		if (prog->total_stated) {
			/* the table's own full score: the weights' sum is the
			 * template's, and --verify reports the difference */
			if (need_const(&c, prog->total_expr, prog->stated_total, "'total'"))
				prog->total_differs = mpq_cmp(prog->stated_total, prog->total) != 0;
		} else if (need_const(&c, prog->total_expr, t, "'total'") && mpq_cmp(t, prog->total) != 0) {
			char b1[64], b2[64];
			char b3[64];
			bool short_of = mpq_cmp(prog->total, t) < 0;
			error(&c, prog->total_expr->span, D_WEIGHT_SUM,
			      short_of ? N_("the weights add up to %s, %s short of the total %s")
				       : N_("the weights add up to %s, %s over the total %s"),
			      fmt_num(b1, sizeof b1, prog->total, false), fmt_diff(b3, sizeof b3, prog->total, t),
			      fmt_num(b2, sizeof b2, t, false));
		}
		mpq_clear(t);
	}
	/* lets in order, so that a chain of them is checked without recursion */
	for (int i = 0; i < prog->lets.n; i++) {
		struct let *l = prog->lets.items[i];
		if (l->state == 0)
			check_let(&c, l);
	}
	/* each indicator, and its cost while it is at hand */
	uint64_t cost = 0;
	struct item *worst = NULL;
	for (int i = 0; i < prog->indicators.n; i++) {
		struct item *ind = prog->indicators.items[i];
		check_indicator(&c, ind);
		ind->cost = indicator_cost(ind);
		cost = cost_add(cost, ind->cost);
		if (!worst || ind->cost > worst->cost)
			worst = ind;
	}
	check_grades(&c);
	check_cost(&c, cost, worst);
	if (c.errors == 0) /* after an error, "unused" is often only its echo */
		check_unused(&c);
	bounds_pool_free(&c.bounds);
	return c.errors;
}
