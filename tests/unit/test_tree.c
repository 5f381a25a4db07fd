/* test_tree.c - cmocka tests: the checker leaves the syntax tree as
 * written.
 *
 * fmt and explain read a template as its author wrote it, so the checker
 * keeps what it finds (what a name is, what a bare target means, the
 * library call a rule is lowered to, a budget row's formula) in fields of
 * its own (ast.h).  Here every template is parsed, its tree written out as
 * text, then checked, and written out again: the two texts must agree.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "load.h"
#include "parse.h"
#include "strbuf.h"

static void put_expr(struct strbuf *b, const struct expr *e);

static void put_list(struct strbuf *b, const struct vec *v)
{
	strbuf_printf(b, "[");
	for (int i = 0; i < v->n; i++)
		put_expr(b, v->items[i]);
	strbuf_printf(b, "]");
}

/* e as the parser made it: its kind, operator, names and literals. */
static void put_expr(struct strbuf *b, const struct expr *e)
{
	if (!e) {
		strbuf_printf(b, "-");
		return;
	}
	strbuf_printf(b, "(%d", (int)e->kind);
	switch (e->kind) {
	case EX_NUM: {
		char *s = mpq_get_str(NULL, 10, e->num);
		strbuf_printf(b, " %s%s", s, e->percent ? "%" : "");
		free(s);
		break;
	}
	case EX_STR: strbuf_printf(b, " \"%.*s\"", (int)e->len, e->str); break;
	case EX_DATE: strbuf_printf(b, " %ld", e->date); break;
	case EX_BOOL: strbuf_printf(b, " %d", e->boolean); break;
	case EX_NAME: strbuf_printf(b, " %s", e->name); break;
	case EX_SELF: strbuf_printf(b, " self%d", (int)e->self); break;
	case EX_UNARY: case EX_BINARY: case EX_IF:
		strbuf_printf(b, " op%d", (int)e->op);
		put_expr(b, e->cond);
		put_expr(b, e->lhs);
		put_expr(b, e->rhs);
		break;
	case EX_CASES:
		put_list(b, &e->cases.conds);
		put_list(b, &e->cases.values);
		put_expr(b, e->cases.otherwise);
		break;
	case EX_CALL:
		strbuf_printf(b, " %s", e->call.fname);
		put_list(b, &e->call.args);
		break;
	default: /* EX_INPUT, EX_LET, EX_PARAM: only the checker makes them */
		strbuf_printf(b, " made by the checker");
		break;
	}
	strbuf_printf(b, ")");
}

static void put_items(struct strbuf *b, const struct vec *items)
{
	for (int i = 0; i < items->n; i++) {
		const struct item *it = items->items[i];
		strbuf_printf(b, "\nitem %d %s inapplicable %d budget %d weight ", (int)it->kind,
			      it->name ? it->name : "", it->inapplicable, it->budget);
		put_expr(b, it->weight_expr);
		if (it->kind == ITEM_GROUP) {
			strbuf_printf(b, " {");
			put_items(b, &it->children);
			strbuf_printf(b, "}");
			continue;
		}
		strbuf_printf(b, " target %d %d ", (int)it->target.op, it->target.bare);
		put_expr(b, it->target.lo);
		put_expr(b, it->target.hi);
		strbuf_printf(b, " actual ");
		put_expr(b, it->actual);
		const struct rule *r = it->rule;
		if (!r)
			continue;
		strbuf_printf(b, " rule %d %d ", (int)r->kind, (int)r->dir);
		if (r->kind == RULE_EXPR)
			put_expr(b, r->expr);
		put_expr(b, r->a);
		put_expr(b, r->b);
		put_expr(b, r->c);
		put_expr(b, r->d);
		if (r->kind == RULE_BANDS)
			for (int k = 0; k < r->entries.n; k++) {
				const struct band *bd = r->entries.items[k];
				strbuf_printf(b, " band %d %d %d ", bd->is_else, bd->lo.closed, bd->hi.closed);
				put_expr(b, bd->lo.value);
				put_expr(b, bd->hi.value);
				put_expr(b, bd->points);
			}
		else if (!r->use_levels)
			for (int k = 0; k < r->entries.n; k++) {
				const struct item_points *ip = r->entries.items[k];
				strbuf_printf(b, " entry %s ", ip->name);
				put_expr(b, ip->points);
				put_expr(b, ip->hi);
			}
		else
			strbuf_printf(b, " levels %s", r->levels ? r->levels : "");
	}
}

/* The tree of p as text. */
static char *tree(const struct program *p, int ninputs)
{
	struct strbuf b = { 0 };
	strbuf_printf(&b, "total ");
	put_expr(&b, p->total_expr);
	for (int i = 0; i < ninputs; i++) {
		const struct input *in = p->inputs.items[i];
		strbuf_printf(&b, "\ninput %s %d ", in->name, (int)in->type);
		put_expr(&b, in->dflt);
	}
	for (int i = 0; i < p->lets.n; i++) {
		const struct let *l = p->lets.items[i];
		strbuf_printf(&b, "\nlet %s ", l->name);
		put_expr(&b, l->value);
	}
	for (int i = 0; i < p->funcs.n; i++) {
		const struct func *f = p->funcs.items[i];
		strbuf_printf(&b, "\nfunc %s %d ", f->name, f->params.n);
		put_expr(&b, f->body);
	}
	for (int i = 0; p->grades_set && i < p->grades.n; i++) {
		const struct grade_band *g = p->grades.items[i];
		strbuf_printf(&b, "\ngrade %s ", g->name);
		put_expr(&b, g->min);
	}
	put_items(&b, &p->items);
	char *s = strdup(strbuf_str(&b));
	strbuf_free(&b);
	return s;
}

/* Parses text, checks it, and compares its tree before and after. */
static void same_tree(const char *name, const char *text, size_t len)
{
	struct diag d;
	struct source src;
	struct program prog;
	diag_init(&d, NULL);
	d.format = DIAG_COLLECT;
	src_init(&src, name, text, len);
	ast_program_init(&prog, &src);
	prog.lib = load_library();
	assert_non_null(prog.lib);
	assert_int_equal(parse_source(&prog, &src, &d, false), 0);
	int ninputs = prog.inputs.n; /* (the checker adds the implicit ones) */
	char *before = tree(&prog, ninputs);
	check_program(&prog, &d);
	char *after = tree(&prog, ninputs);
	if (strcmp(before, after) != 0)
		fail_msg("%s: the checker changed the tree\nbefore: %s\nafter:  %s", name, before, after);
	free(before);
	free(after);
	ast_program_free(&prog);
	src_free(&src);
	diag_free(&d);
}

/* What the checker resolves, lowers or fills in, all in one template. */
static const char every_kind[] =
	"rubric \"树\" {\n"
	"    target default >=\n"
	"    func half(x) = x / 2\n"
	"    input 实际 : number default 962\n"
	"    input 预算 : number\n"
	"    let 率 = 实际 / 预算\n"
	"    budget 资金 weight 10\n"
	"    group 产出 weight 60 {\n"
	"        target default <=\n"
	"        indicator 批次 weight 10 { actual 实际; target 2000; score proportional }\n"
	"        indicator 比例 weight 10 { actual 率; target >= 100%; score deduct 0.5 per 1% below 100% }\n"
	"        indicator 减半 weight 10 { actual half(实际); target >= 100; score met }\n"
	"        indicator 加分 weight 10 { target >= 5; score bonus 2 plus 1 per 1 cap weight }\n"
	"        indicator 插值 weight 10 { target >= 10; score interpolate 0 .. 20 }\n"
	"        indicator 公式 weight 10 { actual 实际; target 900; score if actual >= target then weight else weight / 2 }\n"
	"    }\n"
	"    indicator 分段 weight 10 { actual 率; score bands { >= 90%: weight; else: 0 } }\n"
	"    indicator 满意度 weight 10 { target \"优\"; score grade 达成度 }\n"
	"    indicator 清单 weight 10 { score checklist { 甲: 5; 乙: 5 } }\n"
	"}\n";

static void test_every_kind(void **state)
{
	(void)state;
	same_tree("every-kind.rubric", every_kind, sizeof every_kind - 1);
}

/* Every example of the repository (the tests run from its top). */
static void test_examples(void **state)
{
	(void)state;
	DIR *dir = opendir("examples");
	assert_non_null(dir);
	int n = 0;
	for (struct dirent *de; (de = readdir(dir));) {
		size_t len = strlen(de->d_name);
		if (len < 7 || strcmp(de->d_name + len - 7, ".rubric") != 0)
			continue;
		char path[512];
		snprintf(path, sizeof path, "examples/%s", de->d_name);
		FILE *f = fopen(path, "rb");
		assert_non_null(f);
		struct strbuf text = { 0 };
		char chunk[4096];
		for (size_t k; (k = fread(chunk, 1, sizeof chunk, f)) > 0;)
			strbuf_add(&text, chunk, k);
		fclose(f);
		same_tree(path, strbuf_str(&text), text.len);
		strbuf_free(&text);
		n++;
	}
	closedir(dir);
	assert_true(n > 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_kind),
		cmocka_unit_test(test_examples),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
