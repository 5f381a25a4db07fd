/* build.c - what the grammar's actions call: assembling declarations,
 * groups and indicators into the program. */
#include "build.h"

#include <stdlib.h>
#include <string.h>

#include "parse.h"

static struct arena *A(struct parser *p)
{
	return &p->prog->arena;
}

static void *alloc(struct parser *p, size_t n)
{
	return arena_alloc(A(p), n);
}

static void error(struct parser *p, struct span sp, enum diag_code code, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

static void error(struct parser *p, struct span sp, enum diag_code code, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	diag_vreport(p->diag, p->src, sp, code, fmt, ap);
	va_end(ap);
}

const char *build_word(struct parser *p, struct span sp)
{
	return arena_strndup(A(p), p->src->text + sp.start, sp.end - sp.start);
}

struct expr *build_num(struct parser *p, const char *text, size_t len, struct span sp)
{
	/* a literal is a constant: its rational lies over two limbs in the
	 * arena, read-only, so that reading one allocates nothing and
	 * freeing the program has nothing to clear for it; literals of one
	 * value share their limbs */
	mp_limb_t word[2];
	bool neg, percent;
	if (!num_parse_word(word, &neg, text, len, &percent))
		return ast_num(p->prog, text, len, sp); /* beyond a limb: a GMP number */
	/* the same value as a recent literal (100%, 0, 5): the same limbs */
	uint64_t mix = ((uint64_t)word[0] * 0x9E3779B97F4A7C15u ^ (uint64_t)word[1]) * 0xBF58476D1CE4E5B9u;
	size_t h = (size_t)(mix >> (64 - PARSE_NUM_CACHE_BITS));
	mp_limb_t *limbs = p->num_cache[h];
	if (!limbs || limbs[0] != word[0] || limbs[1] != word[1]) {
		limbs = alloc(p, 2 * sizeof *limbs);
		limbs[0] = word[0];
		limbs[1] = word[1];
		p->num_cache[h] = limbs;
	}
	struct expr *e = ast_expr(p->prog, EX_NUM, sp);
	num_const(e->num, limbs, neg);
	e->percent = percent;
	e->type = TY_NUMBER;
	return e;
}

struct vec *build_list(struct parser *p)
{
	struct vec *v = p->spare_list;
	if (v) { /* empty, with the room it had */
		p->spare_list = NULL;
		return v;
	}
	return alloc(p, sizeof(struct vec));
}

struct vec *build_push(struct parser *p, struct vec *v, void *item)
{
	if (item)
		vec_push(A(p), v, item);
	return v;
}

/* Takes the settings (`target default`, `missing`) out of a list of
 * items: the operator and the policy they set, or TG_NONE and
 * MISSING_INHERIT. */
static void take_settings(struct parser *p, struct vec *items, enum target_op *op,
			  enum missing_policy *missing, const struct item **share)
{
	*op = TG_NONE;
	*missing = MISSING_INHERIT;
	*share = NULL;
	int n = 0;
	for (int i = 0; i < items->n; i++) {
		struct item *it = items->items[i];
		if (it->kind != ITEM_SETTING) {
			items->items[n++] = it;
		} else if (it->share) {
			if (*share)
				error(p, it->span, D_DUPLICATE, "'inapplicable share' is set twice here");
			*share = it;
		} else if (it->missing != MISSING_INHERIT) {
			if (*missing != MISSING_INHERIT)
				error(p, it->span, D_DUPLICATE, "'missing' is set twice here");
			*missing = it->missing;
		} else {
			if (*op != TG_NONE)
				error(p, it->span, D_DUPLICATE, "'target default' is set twice here");
			*op = it->bare_op;
		}
	}
	items->n = n;
}

void build_template(struct parser *p, struct expr *title, struct vec *items, struct span sp)
{
	/* sp starts at the opening keyword: rubric, or 评分表 (not ASCII) */
	p->prog->chinese_keywords = sp.start < p->src->len && (unsigned char)p->src->text[sp.start] >= 0x80;
	p->prog->title = title->str;
	p->prog->title_span = title->span;
	const struct item *share;
	take_settings(p, items, &p->prog->bare_op, &p->prog->missing, &share);
	if (share && p->prog->inapplicable_set)
		error(p, share->span, D_DUPLICATE, "'inapplicable' is declared twice");
	p->prog->share = share != NULL;
	p->prog->inapplicable_set |= share != NULL;
	p->prog->items = *items;
}

void build_library(struct parser *p, struct vec *funcs)
{
	(void)p;
	(void)funcs; /* build_func already recorded them */
}

/* Records where a setting of the whole template is written (once each). */
static void setting(struct parser *p, const char *what, struct span sp)
{
	if (p->nsettings < PARSE_SETTINGS) {
		p->settings[p->nsettings].what = what;
		p->settings[p->nsettings].span = sp;
		p->settings[p->nsettings++].reported = false;
	}
}

void build_total(struct parser *p, struct expr *total, bool stated, struct span sp)
{
	if (p->prog->total_expr) {
		error(p, sp, D_DUPLICATE, "'total' is declared twice");
		return;
	}
	p->prog->total_expr = total;
	p->prog->total_stated = stated;
	setting(p, "total", sp);
}

void build_round(struct parser *p, struct rounding r)
{
	if (p->prog->round.set) {
		error(p, r.span, D_DUPLICATE, "'round' is declared twice");
		return;
	}
	p->prog->round = r;
	setting(p, "round", r.span);
}

void build_grades(struct parser *p, struct vec *entries, struct span sp)
{
	if (p->prog->grades_set) {
		error(p, sp, D_DUPLICATE, "'grades' is declared twice");
		return;
	}
	p->prog->grades_set = true;
	setting(p, "grades", sp);
	for (int i = 0; i < entries->n; i++) {
		struct item_points *e = entries->items[i];
		struct grade_band *g = alloc(p, sizeof *g);
		g->name = e->name;
		g->span = e->span;
		g->min = e->points;
		vec_push(A(p), &p->prog->grades, g);
	}
}

static struct input *new_input(struct parser *p, const char *name, struct span sp,
			       enum type type, const char *unit, struct expr *dflt)
{
	struct input *in = alloc(p, sizeof *in);
	in->name = name;
	in->span = sp;
	in->type = type;
	in->unit = unit;
	in->dflt = dflt;
	in->slot = -1;
	in->index = p->prog->inputs.n;
	vec_push(A(p), &p->prog->inputs, in);
	return in;
}

void build_input(struct parser *p, const char *name, struct span sp, enum type type,
		 const char *unit, struct expr *dflt)
{
	new_input(p, name, sp, type, unit, dflt);
}

void build_input_percent(struct parser *p, const char *name, struct span sp,
			 const char *unit, struct expr *dflt)
{
	new_input(p, name, sp, TY_NUMBER, unit, dflt)->percent = true;
}

void build_input_integer(struct parser *p, const char *name, struct span sp,
			 const char *unit, struct expr *dflt)
{
	new_input(p, name, sp, TY_NUMBER, unit, dflt)->integer = true;
}

void build_let(struct parser *p, const char *name, struct span sp, struct expr *value)
{
	struct let *l = alloc(p, sizeof *l);
	l->name = name;
	l->span = sp;
	l->value = value;
	l->index = p->prog->lets.n;
	vec_push(A(p), &p->prog->lets, l);
}

void build_test(struct parser *p, struct expr *name, struct vec *parts, struct span sp)
{
	struct test_case *t = alloc(p, sizeof *t);
	t->name = name->str;
	t->span = sp;
	for (int i = 0; i < parts->n; i++) {
		struct vec *entries = parts->items[i];
		for (int j = 0; j < entries->n; j++) {
			struct test_entry *e = entries->items[j];
			if (!e->name) { /* given "unit.json" */
				if (t->data)
					error(p, e->span, D_DUPLICATE, "test \"%s\" gives two data files", t->name);
				t->data = e->value->str;
				t->data_span = e->span;
				continue;
			}
			vec_push(A(p), e->expect ? &t->expect : &t->given, e);
		}
	}
	vec_push(A(p), &p->prog->tests, t);
}

static struct item *new_item(struct parser *p, enum item_kind kind, const char *name,
			     struct span name_sp, struct expr *weight, struct span sp)
{
	struct item *it = alloc(p, sizeof *it);
	it->kind = kind;
	it->name = name;
	it->name_span = name_sp;
	it->weight_expr = weight;
	it->span = sp;
	it->order = -1; /* api.c numbers the items of a compiled template */
	ast_mpq(p->prog, &it->weight);
	return it;
}

struct item *build_group(struct parser *p, const char *name, struct span name_sp, struct expr *weight,
			 bool stated, struct span stated_sp, struct vec *children, struct span sp)
{
	struct item *g = new_item(p, ITEM_GROUP, name, name_sp, weight, sp);
	if (stated && !weight)
		error(p, stated_sp, D_SYNTAX, "'stated' says a weight is the table's: write group %s weight N stated", name);
	g->stated = stated && weight;
	ast_mpq(p->prog, &g->stated_weight);
	const struct item *share;
	take_settings(p, children, &g->bare_op, &g->missing, &share);
	g->share = share != NULL;
	/* the settings of the whole template are not a group's: one written
	 * in it would hold for every row, as if written at the top */
	for (int k = 0; k < p->nsettings; k++) {
		struct span at = p->settings[k].span;
		if (p->settings[k].reported || at.start < sp.start || at.end > sp.end)
			continue;
		p->settings[k].reported = true;
		error(p, at, D_TEMPLATE_SETTING, "'%s' is a setting of the whole template, not of group %s",
		      p->settings[k].what, name);
		if (!strcmp(p->settings[k].what, "inapplicable")) {
			/* reported here: it sets nothing that the top could
			 * then be said to set twice */
			p->prog->inapplicable_set = false;
			p->prog->rescale = false;
		}
		if (!strcmp(p->settings[k].what, "inapplicable"))
			diag_help(p->diag, "write it at the top of the template, outside the groups: it says how "
					   "the total counts every row not applicable; for the rows of group %s to "
					   "share out the weight of those not applicable (分值并入同级指标), write "
					   "'%s %s' in it", name, parse_keyword(TOK_INAPPLICABLE, p->chinese),
				  parse_keyword(TOK_SHARE, p->chinese));
		else
			diag_help(p->diag, "write it at the top of the template, outside the groups: it holds "
					   "for every row");
	}
	g->children = *children;
	for (int i = 0; i < children->n; i++)
		((struct item *)children->items[i])->parent = g;
	return g;
}

static const char *const clause_names[] = {
	/* ORDER enum clause_kind */
	"weight", "target", "actual", "score", "unit", "note", "round", "inapplicable",
};

/* Puts the clauses of an assembled indicator, and their list, aside for
 * build_clause and build_list: they are the parser's own, and nothing
 * keeps them. */
static void spare_clauses(struct parser *p, struct vec *clauses)
{
	for (int i = 0; i < clauses->n; i++) {
		struct clause *c = clauses->items[i];
		c->next_spare = p->spare_clauses;
		p->spare_clauses = c;
	}
	clauses->n = 0;
	p->spare_list = clauses;
}

/* Fills it from its clauses. */
static void assemble(struct parser *p, struct item *it, const char *name,
		     struct expr *weight, struct vec *clauses)
{
	struct clause *seen[CL_INAPPLICABLE + 1] = { 0 };
	for (int i = 0; i < clauses->n; i++) {
		struct clause *c = clauses->items[i];
		if (seen[c->kind] || (c->kind == CL_WEIGHT && weight)) {
			error(p, c->span, D_DUPLICATE, "indicator %s has two '%s' clauses",
			      name, clause_names[c->kind]);
			continue;
		}
		seen[c->kind] = c;
		switch (c->kind) {
		case CL_WEIGHT: it->weight_expr = c->expr; break;
		case CL_TARGET: it->target = c->target; break;
		case CL_ACTUAL: it->actual = c->expr; break;
		case CL_SCORE: it->rule = c->rule; break;
		case CL_UNIT: it->unit = c->expr->str; break;
		case CL_NOTE: it->note = c->expr->str; break;
		case CL_ROUND: it->round = c->round; break;
		case CL_INAPPLICABLE: it->inapplicable = true; break;
		}
	}
	/* a unit after the target's number (≥30000台) is the indicator's,
	 * or must be the one its `unit` says */
	const char *tu = it->target.unit;
	if (tu && !it->unit)
		it->unit = tu;
	else if (tu && strcmp(tu, it->unit) != 0)
		error(p, it->target.unit_span, D_BAD_TARGET,
		      "indicator %s: the target is in %s, but its unit is \"%s\": write the target in %s, or change the unit",
		      name, tu, it->unit, it->unit);
}

struct item *build_indicator(struct parser *p, const char *name, struct span name_sp,
			     struct expr *weight, struct vec *clauses, struct span sp)
{
	struct item *it = new_item(p, ITEM_INDICATOR, name, name_sp, weight, sp);
	assemble(p, it, name, weight, clauses);
	spare_clauses(p, clauses);
	return it;
}

struct item *build_budget(struct parser *p, const char *name, struct span name_sp,
			  struct expr *weight, struct vec *clauses, struct span sp)
{
	struct item *it = new_item(p, ITEM_INDICATOR, name, name_sp, weight, sp);
	assemble(p, it, name, weight, clauses);
	it->budget = true;
	for (int i = 0; i < clauses->n; i++) {
		struct clause *c = clauses->items[i];
		if (c->kind == CL_ACTUAL || c->kind == CL_INAPPLICABLE)
			error(p, c->span, D_BAD_CLAUSE, c->kind == CL_ACTUAL
			      ? N_("a budget row cannot have '%s': its actual is 全年执行数 / 全年预算数")
			      : N_("a budget row cannot have '%s': it always applies"), clause_names[c->kind]);
	}
	spare_clauses(p, clauses);
	return it;
}

/* A setting a group may hold (target default, missing, inapplicable
 * share), which sets nothing yet: take_settings reads it. */
static struct item *new_setting(struct parser *p, struct span sp)
{
	struct item *it = alloc(p, sizeof *it);
	it->kind = ITEM_SETTING;
	it->span = sp;
	it->bare_op = TG_NONE;
	it->missing = MISSING_INHERIT;
	return it;
}

struct item *build_target_default(struct parser *p, enum op op, struct span sp)
{
	struct item *it = new_setting(p, sp);
	switch (op) {
	case OP_GE: it->bare_op = TG_GE; break;
	case OP_GT: it->bare_op = TG_GT; break;
	case OP_LE: it->bare_op = TG_LE; break;
	case OP_LT: it->bare_op = TG_LT; break;
	case OP_EQ: it->bare_op = TG_EQ; break;
	default:
		error(p, sp, D_BAD_TARGET, "a target cannot use '%s'", ast_op_name(op));
		it->bare_op = TG_EQ;
		break;
	}
	return it;
}

struct item *build_share(struct parser *p, struct span sp)
{
	struct item *it = new_setting(p, sp);
	it->share = true;
	return it;
}

struct item *build_missing(struct parser *p, enum missing_policy policy, struct span sp)
{
	struct item *it = new_setting(p, sp);
	it->missing = policy;
	return it;
}

void build_levels(struct parser *p, const char *name, struct span name_sp,
		  struct vec *entries, struct span sp)
{
	(void)sp;
	struct level_set *l = alloc(p, sizeof *l);
	l->name = name;
	l->span = name_sp;
	l->entries = *entries;
	l->from_stdlib = p->start_token == TOK_START_LIB;
	vec_push(A(p), &p->prog->levels, l);
}

struct rule *build_grade_levels(struct parser *p, const char *name, struct span name_sp,
				struct span sp)
{
	struct rule *r = build_rule(p, RULE_GRADE, sp);
	r->use_levels = true;
	r->levels = name;
	r->levels_span = name_sp;
	return r;
}

void build_require_reason(struct parser *p, struct span sp)
{
	if (p->prog->require_reason)
		error(p, sp, D_DUPLICATE, "'require reason' is declared twice");
	else
		setting(p, "require reason", sp);
	p->prog->require_reason = true;
}

struct header_field *build_header_field(struct parser *p, const char *key, struct span key_sp,
					struct expr *text, struct span value_sp)
{
	struct header_field *f = alloc(p, sizeof *f);
	f->key = key;
	f->span = key_sp;
	/* a string's text, or a number as written (年度: 2020) */
	f->value = text ? text->str : build_word(p, value_sp);
	return f;
}

static int header_key_cmp(const void *a, const void *b)
{
	const struct header_field *x = *(const struct header_field *const *)a, *y = *(const struct header_field *const *)b;
	int c = strcmp(x->key, y->key);
	return c ? c : (x->span.start > y->span.start) - (x->span.start < y->span.start);
}

void build_form(struct parser *p, const char *kind, struct span kind_sp, struct vec *header, struct span sp)
{
	static const char *const self[] = { "self", "自评表", "自评", "项目支出绩效自评表" };
	static const char *const score[] = { "score", "得分", "得分表", "评分表", "评价得分表" };
	if (p->prog->form_set) {
		error(p, sp, D_DUPLICATE, "'form' is declared twice");
		return;
	}
	p->prog->form_set = true;
	setting(p, "form", sp);
	for (size_t i = 0; kind && i < sizeof self / sizeof *self; i++)
		if (!strcmp(kind, self[i]))
			p->prog->form = FORM_SELF;
	for (size_t i = 0; kind && i < sizeof score / sizeof *score; i++)
		if (!strcmp(kind, score[i]))
			p->prog->form = FORM_SCORE;
	if (kind && p->prog->form == FORM_AUTO)
		error(p, kind_sp, D_SYNTAX,
		      "unknown form '%s': write 'form self' (自评表, the 项目支出绩效自评表) or 'form score' (得分表, the 评价得分表)",
		      kind);
	if (!header || header->n == 0)
		return;
	/* each field once: sorted by key, a repeated one is next to the first */
	struct header_field **sorted = alloc(p, (size_t)header->n * sizeof *sorted);
	for (int i = 0; i < header->n; i++)
		sorted[i] = header->items[i];
	qsort(sorted, (size_t)header->n, sizeof *sorted, header_key_cmp);
	for (int i = 1; i < header->n; i++)
		if (!strcmp(sorted[i]->key, sorted[i - 1]->key))
			error(p, sorted[i]->span, D_DUPLICATE, "the form's header gives '%s' twice", sorted[i]->key);
	p->prog->header = *header;
}

void build_bad_head(struct parser *p, struct span sp)
{
	(void)p; /* reported, with the help quoting the name (parser.y) */
	(void)sp;
}

void build_inapplicable(struct parser *p, bool rescale, struct span sp)
{
	if (p->prog->inapplicable_set)
		error(p, sp, D_DUPLICATE, "'inapplicable' is declared twice");
	else
		setting(p, "inapplicable", sp);
	p->prog->inapplicable_set = true;
	p->prog->rescale = rescale;
}

struct rounding build_rounding(struct parser *p, struct expr *digits, enum num_mode mode, struct span sp)
{
	struct rounding r = { .set = true, .mode = mode, .span = sp };
	if (digits->percent || mpz_cmp_ui(mpq_denref(digits->num), 1) != 0 ||
	    mpz_cmp_ui(mpq_numref(digits->num), 6) > 0) {
		error(p, digits->span, D_BAD_ROUND,
		      "'round' takes a whole number of digits from 0 to 6");
		r.set = false;
		return r;
	}
	r.digits = (int)mpz_get_ui(mpq_numref(digits->num));
	return r;
}

struct item_points *build_points(struct parser *p, const char *name, struct span sp,
				 struct expr *lo, struct expr *hi, struct expr *text)
{
	struct item_points *e = alloc(p, sizeof *e);
	e->name = name;
	e->span = sp;
	e->points = lo;
	e->hi = hi;
	e->text = text ? text->str : NULL;
	ast_mpq(p->prog, &e->lo_q);
	ast_mpq(p->prog, &e->hi_q);
	return e;
}

struct func *build_func(struct parser *p, const char *name, struct span sp,
			struct vec *params, struct expr *body)
{
	struct func *f = alloc(p, sizeof *f);
	f->name = name;
	f->span = sp;
	f->params = *params;
	f->body = body;
	f->from_stdlib = p->start_token == TOK_START_LIB;
	vec_push(A(p), &p->prog->funcs, f);
	return f;
}

struct param *build_param(struct parser *p, const char *name, struct span sp, enum type type)
{
	struct param *pa = alloc(p, sizeof *pa);
	pa->name = name;
	pa->span = sp;
	pa->type = type;
	return pa;
}

struct clause *build_clause(struct parser *p, enum clause_kind kind, struct span sp)
{
	struct clause *c = p->spare_clauses;
	if (c) {
		p->spare_clauses = c->next_spare;
		*c = (struct clause){ 0 };
	} else {
		c = alloc(p, sizeof *c);
	}
	c->kind = kind;
	c->span = sp;
	return c;
}

void build_target_unit(struct parser *p, struct target *t, const char *unit, struct span sp)
{
	/* 1e400 is a number and an exponent, which no table writes */
	if ((unit[0] == 'e' || unit[0] == 'E') && strspn(unit + 1, "0123456789") == strlen(unit + 1)) {
		error(p, sp, D_SYNTAX, "a number is written out in digits: '%s' after it is not a unit", unit);
		return;
	}
	t->unit = unit;
	t->unit_span = sp;
}

struct target build_target(struct parser *p, enum op op, struct expr *lo, struct expr *hi, struct span sp)
{
	struct target t = { .lo = lo, .hi = hi, .span = sp };
	switch (op) {
	case OP_GE: t.op = TG_GE; break;
	case OP_GT: t.op = TG_GT; break;
	case OP_LE: t.op = TG_LE; break;
	case OP_LT: t.op = TG_LT; break;
	case OP_AND: t.op = TG_BETWEEN; break;
	case OP_EQ: t.op = TG_EQ; break;
	default:
		error(p, sp, D_BAD_TARGET, "a target cannot use '%s'", ast_op_name(op));
		t.op = TG_NONE;
		break;
	}
	if (t.op == TG_EQ && lo->kind == EX_STR)
		t.op = TG_TEXT; /* `target = "明确"` */
	return t;
}

struct target build_target_bare(struct parser *p, struct expr *value, struct span sp)
{
	struct target t = build_target(p, OP_EQ, value, NULL, sp);
	t.bare = true;
	/* a text target ("明确") describes a qualitative indicator; a number
	 * means what the template's `target default` says */
	if (value->kind == EX_STR)
		t.op = TG_TEXT;
	else if (value->kind != EX_DATE)
		t.op = TG_BARE;
	return t;
}

struct rule *build_rule(struct parser *p, enum rule_kind kind, struct span sp)
{
	struct rule *r = alloc(p, sizeof *r);
	r->kind = kind;
	r->span = sp;
	ast_mpq(p->prog, &r->total_q);
	return r;
}

struct rule *build_deduct(struct parser *p, struct expr *amount, struct expr *per,
			  struct deduct_ref ref, struct expr *cap, struct span sp)
{
	struct rule *r = build_rule(p, RULE_DEDUCT, sp);
	r->a = amount;
	r->b = per;
	r->dir = ref.dir;
	r->c = ref.at;
	r->d = cap;
	return r;
}

struct band *build_band(struct parser *p, bool lo_closed, struct bound lo, struct bound hi,
			bool hi_closed, struct expr *points, struct span lsp, struct span rsp)
{
	struct band *b = alloc(p, sizeof *b);
	b->lo = lo;
	b->hi = hi;
	b->lo.closed = lo.value && lo_closed;
	b->hi.closed = hi.value && hi_closed;
	b->points = points;
	b->span = (struct span){ lsp.start, rsp.end };
	return b;
}

struct band *build_band_cmp(struct parser *p, enum op op, struct expr *at, struct expr *points,
			    struct span opsp, struct span atsp)
{
	struct band *b = alloc(p, sizeof *b);
	b->points = points;
	b->span = (struct span){ opsp.start, atsp.end };
	switch (op) {
	case OP_GE: case OP_GT:
		b->lo = (struct bound){ at, op == OP_GE };
		break;
	case OP_LE: case OP_LT:
		b->hi = (struct bound){ at, op == OP_LE };
		break;
	case OP_EQ:
		b->lo = b->hi = (struct bound){ at, true };
		break;
	default:
		error(p, opsp, D_BAD_BAND, "a band cannot be written with '%s'", ast_op_name(op));
		b->is_else = true;
		break;
	}
	return b;
}

struct band *build_band_else(struct parser *p, struct expr *points, struct span sp)
{
	struct band *b = alloc(p, sizeof *b);
	b->is_else = true;
	b->points = points;
	b->span = sp;
	return b;
}

struct vec *build_given_file(struct parser *p, struct expr *file, struct span sp)
{
	/* an entry without a name: the test's data file (build_test) */
	struct test_entry *e = build_entry(p, NULL, sp, file);
	return build_push(p, build_list(p), e);
}

struct vec *build_tag(struct parser *p, struct vec *entries, int expect)
{
	(void)p;
	for (int i = 0; i < entries->n; i++)
		((struct test_entry *)entries->items[i])->expect = expect;
	return entries;
}

struct test_entry *build_entry(struct parser *p, const char *name, struct span sp, struct expr *value)
{
	struct test_entry *e = alloc(p, sizeof *e);
	e->name = name;
	e->span = sp;
	e->value = value;
	return e;
}

struct expr *build_list_value(struct parser *p, struct vec *values, struct span sp)
{
	struct expr *e = ast_call(p->prog, "[", sp, *values, sp);
	e->type = TY_LIST;
	return e;
}

struct expr *build_cases(struct parser *p, struct vec *cases, struct span sp)
{
	struct expr *e = ast_expr(p->prog, EX_CASES, sp);
	for (int i = 0; i < cases->n; i++) {
		struct expr **c = cases->items[i];
		if (!c[0]) {
			if (e->cases.otherwise)
				error(p, c[1]->span, D_DUPLICATE, "'cases' has two 'else' branches");
			else if (i != cases->n - 1)
				error(p, c[1]->span, D_ELSE_NOT_LAST, "'else' must be the last case");
			e->cases.otherwise = c[1];
			continue;
		}
		vec_push(A(p), &e->cases.conds, c[0]);
		vec_push(A(p), &e->cases.values, c[1]);
	}
	ast_nest(p->prog, e);
	return e;
}

struct expr **build_case(struct parser *p, struct expr *cond, struct expr *value)
{
	struct expr **c = alloc(p, 2 * sizeof *c);
	c[0] = cond;
	c[1] = value;
	return c;
}

void build_hint_unclosed(struct parser *p, bool likely)
{
	if (!likely || p->nopens <= 0 || p->nopens > PARSE_MAX_OPEN)
		return;
	struct span open = p->opens[p->nopens - 1];
	int line, col;
	if (src_linecol(p->src, open.start, &line, &col) == 0)
		diag_help(p->diag, "is a '}' missing? '%.*s' at line %d is still open",
			  (int)(open.end - open.start), p->src->text + open.start, line);
}
