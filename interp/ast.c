/* ast.c - node constructors and small helpers over the syntax tree. */
#include "ast.h"

#include <stdio.h>
#include <string.h>

static const char *const type_names[] = {
	/* ORDER enum type */
	N_("unknown"), N_("number"), N_("text"), N_("date"), N_("bool"), N_("list"),
};

const char *ast_type_name(enum type t)
{
	return _(type_names[t]);
}

static const char *const op_names[] = {
	/* ORDER enum op */
	"-", "not", "+", "-", "*", "/", "=", "!=", "<", "<=", ">", ">=", "and", "or",
};

const char *ast_op_name(enum op op)
{
	return op_names[op];
}

void ast_mpq(struct program *p, mpq_t *q)
{
	/* listed first: when the list cannot grow (the arena longjmps), q
	 * holds nothing yet that ast_program_free would have to clear */
	vec_push(&p->arena, &p->mpqs, q);
	mpq_init(*q);
}

void ast_program_init(struct program *p, struct source *src)
{
	memset(p, 0, sizeof *p);
	arena_init(&p->arena);
	p->src = src;
	mpq_init(p->total);
	mpq_init(p->stated_total);
}

void ast_program_free(struct program *p)
{
	for (int i = 0; i < p->mpqs.n; i++)
		mpq_clear(*(mpq_t *)p->mpqs.items[i]);
	mpq_clear(p->total);
	mpq_clear(p->stated_total);
	arena_free(&p->arena);
}

struct expr *ast_expr(struct program *p, enum expr_kind kind, struct span sp)
{
	struct expr *e = arena_alloc(&p->arena, sizeof *e);
	e->kind = e->is = kind;
	e->span = sp;
	e->slot = -1;
	e->depth = 1;
	p->nodes++;
	return e;
}

static int depth_of(const struct expr *e)
{
	return e ? e->depth : 0;
}

void ast_nest(struct program *p, struct expr *e)
{
	int d = 0;
	switch (e->kind) {
	case EX_UNARY: case EX_BINARY: case EX_IF:
		d = depth_of(e->cond);
		if (depth_of(e->lhs) > d)
			d = depth_of(e->lhs);
		if (depth_of(e->rhs) > d)
			d = depth_of(e->rhs);
		break;
	case EX_CASES:
		for (int i = 0; i < e->cases.conds.n; i++) {
			if (depth_of(e->cases.conds.items[i]) > d)
				d = depth_of(e->cases.conds.items[i]);
			if (depth_of(e->cases.values.items[i]) > d)
				d = depth_of(e->cases.values.items[i]);
		}
		if (depth_of(e->cases.otherwise) > d)
			d = depth_of(e->cases.otherwise);
		break;
	case EX_CALL:
		for (int i = 0; i < e->call.args.n; i++)
			if (depth_of(e->call.args.items[i]) > d)
				d = depth_of(e->call.args.items[i]);
		break;
	default:
		break;
	}
	e->depth = d + 1;
	if (e->depth > AST_MAX_DEPTH && !p->too_deep)
		p->too_deep = e;
}

struct expr *ast_num(struct program *p, const char *text, size_t len, struct span sp)
{
	struct expr *e = ast_expr(p, EX_NUM, sp);
	ast_mpq(p, &e->num);
	/* the lexer only passes well-formed literals */
	num_parse(e->num, text, len, &e->percent);
	e->type = TY_NUMBER;
	return e;
}

struct expr *ast_str(struct program *p, const char *s, size_t len, struct span sp)
{
	struct expr *e = ast_expr(p, EX_STR, sp);
	e->str = arena_strndup(&p->arena, s, len);
	e->len = len;
	e->type = TY_TEXT;
	return e;
}

struct expr *ast_date(struct program *p, long days, struct span sp)
{
	struct expr *e = ast_expr(p, EX_DATE, sp);
	e->date = days;
	e->type = TY_DATE;
	return e;
}

struct expr *ast_bool(struct program *p, bool b, struct span sp)
{
	struct expr *e = ast_expr(p, EX_BOOL, sp);
	e->boolean = b;
	e->type = TY_BOOL;
	return e;
}

struct expr *ast_name(struct program *p, const char *name, struct span sp)
{
	struct expr *e = ast_expr(p, EX_NAME, sp);
	e->name = name;
	return e;
}

struct expr *ast_self(struct program *p, enum self_kind self, struct span sp)
{
	struct expr *e = ast_expr(p, EX_SELF, sp);
	e->self = self;
	return e;
}

struct expr *ast_unary(struct program *p, enum op op, struct expr *x, struct span sp)
{
	struct expr *e = ast_expr(p, EX_UNARY, sp);
	e->op = op;
	e->lhs = x;
	ast_nest(p, e);
	return e;
}

struct expr *ast_binary(struct program *p, enum op op, struct expr *l, struct expr *r, struct span sp)
{
	struct expr *e = ast_expr(p, EX_BINARY, sp);
	e->op = op;
	e->lhs = l;
	e->rhs = r;
	ast_nest(p, e);
	return e;
}

struct expr *ast_if(struct program *p, struct expr *c, struct expr *t, struct expr *f, struct span sp)
{
	struct expr *e = ast_expr(p, EX_IF, sp);
	e->cond = c;
	e->lhs = t;
	e->rhs = f;
	ast_nest(p, e);
	return e;
}

struct expr *ast_call(struct program *p, const char *fname, struct span fsp, struct vec args, struct span sp)
{
	struct expr *e = ast_expr(p, EX_CALL, sp);
	e->call.fname = fname;
	e->call.fname_span = fsp;
	e->call.args = args;
	ast_nest(p, e);
	return e;
}

uint64_t cost_add(uint64_t a, uint64_t b)
{
	return a >= COST_INF - b || b >= COST_INF ? COST_INF : a + b;
}

uint64_t cost_mul(uint64_t a, uint64_t b)
{
	if (a == 0 || b == 0)
		return 0;
	return a >= COST_INF / b ? COST_INF : a * b;
}

const char *cost_show(char *buf, size_t cap, uint64_t n)
{
	if (n >= COST_INF)
		snprintf(buf, cap, "%s", _("more than 4.6e+18"));
	else if (n >= 100000000u)
		snprintf(buf, cap, _("about %.2g"), (double)n); /* a message, not evaluation */
	else
		snprintf(buf, cap, "%llu", (unsigned long long)n);
	return buf;
}

/* Days from 1970-01-01 to y-m-d in the proleptic Gregorian calendar
 * (the well-known days-from-civil computation). */
static long days_from_civil(long y, int m, int d)
{
	y -= m <= 2;
	long era = (y >= 0 ? y : y - 399) / 400;
	long yoe = y - era * 400;
	long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

long ast_days(int y, int m, int d)
{
	static const int mdays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1)
		return AST_NO_DATE;
	bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	int max = mdays[m - 1] + (m == 2 && leap);
	if (d > max)
		return AST_NO_DATE;
	return days_from_civil(y, m, d);
}

void ast_format_date(char *buf, long z)
{
	z += 719468;
	long era = (z >= 0 ? z : z - 146096) / 146097;
	long doe = z - era * 146097;
	long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long y = yoe + era * 400;
	long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long mp = (5 * doy + 2) / 153;
	long d = doy - (153 * mp + 2) / 5 + 1;
	long m = mp + (mp < 10 ? 3 : -9);
	y += m <= 2;
	snprintf(buf, 32, "%04d-%02d-%02d", (int)y, (int)m, (int)d);
}

long ast_money_yuan(const char *unit, size_t len)
{
	static const struct {
		const char *unit;
		long yuan;
	} money[] = { { "元", 1 }, { "千元", 1000 }, { "万元", 10000 }, { "亿元", 100000000 } };
	for (size_t i = 0; i < sizeof money / sizeof *money; i++)
		if (strlen(money[i].unit) == len && !memcmp(unit, money[i].unit, len))
			return money[i].yuan;
	return 0;
}
