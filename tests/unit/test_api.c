/* test_api.c - cmocka tests of the public library through rubric.h alone:
 * compiling, the inputs and items a template lists, the setters, the
 * results, verify, rendering and formatting, running test blocks, the
 * helpers of the command line (escaping, translating, counters), and the
 * status codes and diagnostics of misuse and bad input.
 *
 * Like every program outside the library, it includes rubric.h and
 * nothing else of ours.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rubric.h"

/* Diagnostics a callback reporter collected. */
struct seen {
	int n;
	char codes[16][8];
	char messages[16][256];
	char help[16][256];
	int line[16], column[16];
	size_t start[16], end[16];
	int severity[16];
	int item[16];
	int with_file;
};

static void collect(void *ud, const rubric_diagnostic *d)
{
	struct seen *s = ud;
	if (s->n == 16)
		return;
	snprintf(s->codes[s->n], sizeof s->codes[0], "%s", d->code);
	snprintf(s->messages[s->n], sizeof s->messages[0], "%s", d->message);
	snprintf(s->help[s->n], sizeof s->help[0], "%s", d->help ? d->help : "");
	s->line[s->n] = d->line;
	s->column[s->n] = d->column;
	s->start[s->n] = d->start;
	s->end[s->n] = d->end;
	s->severity[s->n] = d->severity;
	s->item[s->n] = d->item;
	s->with_file += d->file != NULL;
	s->n++;
}

static char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	assert_non_null(f);
	char *buf = malloc(1 << 20);
	assert_non_null(buf);
	*len = fread(buf, 1, (1 << 20) - 1, f);
	buf[*len] = '\0';
	fclose(f);
	return buf;
}

#define SEED "examples/quality-inspection-2018"

/* Seed 004 from its files: 93.92, 优, every row as published. */
static void test_seed_from_files(void **state)
{
	(void)state;
	rubric_template *t;
	assert_int_equal(rubric_template_load(&t, SEED ".rubric", NULL), RUBRIC_OK);
	rubric_unit *u;
	assert_int_equal(rubric_unit_new(&u, t, NULL), RUBRIC_OK);
	size_t len;
	char *json = slurp(SEED ".json", &len);
	assert_int_equal(rubric_unit_load_json(u, SEED ".json", json, len), RUBRIC_OK);
	free(json); /* the unit keeps its own copy */
	assert_int_equal(rubric_unit_evaluate(u), RUBRIC_OK);
	assert_string_equal(rubric_result_total(u), "93.92");
	assert_true(rubric_result_total_double(u) == 93.92);
	assert_string_equal(rubric_result_grade(u), "优");
	/* its data publishes no scores: nothing to verify */
	int findings = -1;
	assert_int_equal(rubric_unit_verify(u, &findings), RUBRIC_ERROR);
	assert_int_equal(findings, 0);
	/* the scores of the groups add up to the total */
	int groups = 0;
	for (int i = 0; i < rubric_item_count(t); i++)
		if (rubric_item_kind(t, i) == RUBRIC_GROUP && rubric_item_parent(t, i) == -1) {
			groups++;
			assert_non_null(rubric_result_score(u, i));
		}
	assert_true(groups >= 3);
	/* the same table as `rubric eval -f json` */
	char *text;
	assert_int_equal(rubric_unit_render(u, RUBRIC_FORMAT_JSON, 0, &text, &len), RUBRIC_OK);
	assert_non_null(strstr(text, "\"total\": 93.92"));
	assert_int_equal(strlen(text), len);
	rubric_free(text);
	rubric_unit_free(u);
	rubric_template_free(t);
}

static const char small[] =
	"rubric \"小表\" {\n"
	"    total 10\n"
	"    round 2\n"
	"    input 预算 : number unit \"万元\"\n"
	"    input 执行 : number\n"
	"    group 产出 {\n"
	"        indicator 执行率 weight 4 { actual 执行 / 预算; target >= 90%; score proportional }\n"
	"        indicator 完成率 weight 3 { target >= 95%; score met; unit \"%\" }\n"
	"    }\n"
	"    group 效益 {\n"
	"        indicator 满意度 weight 2 { target \"满意\"; score grade { 满意: 2; 基本满意: 1; 不满意: 0 } }\n"
	"        indicator 制度 weight 1 { score checklist { 有制度: 0.5; 执行: 0.5 } }\n"
	"    }\n"
	"}\n";

static rubric_template *compile_small(void)
{
	rubric_template *t;
	assert_int_equal(rubric_template_compile(&t, "small.rubric", small, strlen(small), NULL), RUBRIC_OK);
	return t;
}

/* The form a template chooses, and its header, in the order written. */
static void test_form_header(void **state)
{
	(void)state;
	static const char text[] = "rubric \"表\" {\n"
				    "    表式 得分表 { 项目名称: \"养老\"; 年度: 2023 }\n"
				    "    indicator 甲 weight 100 { target >= 1; score proportional }\n"
				    "}\n";
	rubric_template *t;
	assert_int_equal(rubric_template_compile(&t, "form.rubric", text, strlen(text), NULL), RUBRIC_OK);
	assert_int_equal(rubric_template_form(t), RUBRIC_FORM_SCORE);
	assert_int_equal(rubric_template_header_count(t), 2);
	assert_string_equal(rubric_template_header_key(t, 0), "项目名称");
	assert_string_equal(rubric_template_header_value(t, 0), "养老");
	assert_string_equal(rubric_template_header_key(t, 1), "年度");
	assert_string_equal(rubric_template_header_value(t, 1), "2023");
	assert_null(rubric_template_header_value(t, 2));
	assert_null(rubric_template_header_key(t, -1));
	rubric_template_free(t);
	assert_int_equal(rubric_template_form(NULL), RUBRIC_FORM_AUTO);
	assert_int_equal(rubric_template_header_count(NULL), 0);
}

/* What a template lists: inputs with types and units, items in table
 * order with parents, weights and targets. */
static void test_introspection(void **state)
{
	(void)state;
	rubric_template *t = compile_small();
	assert_string_equal(rubric_template_title(t), "小表");
	assert_string_equal(rubric_template_total(t), "10");
	assert_int_equal(rubric_template_decimals(t), 2);
	/* no grades block: the national four, from the highest down */
	assert_int_equal(rubric_grade_count(t), 4);
	assert_string_equal(rubric_grade_name(t, 0), "优");
	assert_string_equal(rubric_grade_name(t, 3), "差");
	assert_null(rubric_grade_name(t, 4));
	assert_null(rubric_grade_name(t, -1));

	/* no form declared: by the shape, and no header */
	assert_int_equal(rubric_template_form(t), RUBRIC_FORM_AUTO);
	assert_int_equal(rubric_template_header_count(t), 0);
	assert_null(rubric_template_header_key(t, 0));

	int budget = rubric_input_find(t, "预算");
	assert_int_equal(budget, 0);
	assert_int_equal(rubric_input_type(t, budget), RUBRIC_NUMBER);
	assert_string_equal(rubric_input_unit(t, budget), "万元");
	assert_int_equal(rubric_input_item(t, budget), -1);
	int done = rubric_input_find(t, "完成率");
	assert_true(done >= 2);
	assert_int_equal(rubric_input_type(t, done), RUBRIC_PERCENT);
	assert_int_equal(rubric_input_find(t, "满意度") >= 0, 1);
	assert_int_equal(rubric_input_type(t, rubric_input_find(t, "制度")), RUBRIC_LIST);
	assert_int_equal(rubric_input_find(t, "没有"), -1);
	assert_null(rubric_input_name(t, rubric_input_count(t)));
	/* did you mean: a name misspelt, none near, no template */
	assert_string_equal(rubric_input_closest(t, "完成律"), "完成率");
	assert_null(rubric_input_closest(t, "资金到位情况说明"));
	assert_null(rubric_input_closest(NULL, "完成率"));
	assert_null(rubric_input_closest(t, NULL));

	assert_int_equal(rubric_item_count(t), 6);
	assert_int_equal(rubric_item_kind(t, 0), RUBRIC_GROUP);
	assert_string_equal(rubric_item_name(t, 0), "产出");
	assert_string_equal(rubric_item_weight(t, 0), "7");
	assert_int_equal(rubric_item_parent(t, 0), -1);
	assert_int_equal(rubric_item_kind(t, 1), RUBRIC_INDICATOR);
	assert_int_equal(rubric_item_parent(t, 1), 0);
	assert_int_equal(rubric_item_depth(t, 1), 1);
	assert_string_equal(rubric_item_target(t, 1), "≥90%");
	assert_int_equal(rubric_item_input(t, 1), -1); /* computed actual */
	int rate = rubric_item_find(t, "完成率", RUBRIC_INDICATOR);
	assert_int_equal(rate, 2);
	assert_int_equal(rubric_item_input(t, rate), done);
	assert_int_equal(rubric_input_item(t, done), rate);
	assert_string_equal(rubric_item_unit(t, rate), "%");
	assert_int_equal(rubric_item_find(t, "效益", RUBRIC_GROUP), 3);
	assert_int_equal(rubric_item_find(t, "效益", RUBRIC_INDICATOR), -1);
	assert_null(rubric_item_target(t, 3));
	assert_string_equal(rubric_item_rule(t, 1), "proportional");
	assert_string_equal(rubric_item_rule(t, 4), "grade");
	assert_string_equal(rubric_item_rule(t, 5), "checklist");
	assert_null(rubric_item_rule(t, 0));
	rubric_template_free(t);
}

/* Values set one at a time score as the same values in JSON do. */
static void test_setters(void **state)
{
	(void)state;
	rubric_template *t = compile_small();
	rubric_unit *u;
	assert_int_equal(rubric_unit_new(&u, t, NULL), RUBRIC_OK);
	assert_int_equal(rubric_unit_set_number(u, rubric_input_find(t, "预算"), "100"), RUBRIC_OK);
	assert_int_equal(rubric_unit_set_integer(u, rubric_input_find(t, "执行"), 81), RUBRIC_OK);
	assert_int_equal(rubric_unit_set_text(u, rubric_input_find(t, "完成率"), "≥96%", strlen("≥96%")),
			 RUBRIC_OK);
	assert_int_equal(rubric_unit_set_text(u, rubric_input_find(t, "满意度"), "基本满意", strlen("基本满意")),
			 RUBRIC_OK);
	const char *items[] = { "有制度" };
	assert_int_equal(rubric_unit_set_list(u, rubric_input_find(t, "制度"), items, NULL, 1), RUBRIC_OK);
	assert_int_equal(rubric_unit_evaluate(u), RUBRIC_OK);
	/* 81% of a 90% target: 4 × 0.81 / 0.9 = 3.6; 3 + 3.6 + 1 + 0.5 */
	assert_string_equal(rubric_result_score(u, 1), "3.6");
	assert_string_equal(rubric_result_score(u, 0), "6.6");
	assert_string_equal(rubric_result_total(u), "8.1");
	assert_string_equal(rubric_result_actual(u, 2), "96%");
	assert_int_equal(rubric_result_flags(u, 1), RUBRIC_APPLICABLE);

	/* an override, with its reason; the rule's score stays readable */
	assert_int_equal(rubric_unit_set_score(u, 1, "4"), RUBRIC_OK);
	assert_int_equal(rubric_unit_set_reason(u, 1, "预算调减", strlen("预算调减")), RUBRIC_OK);
	assert_null(rubric_result_total(u)); /* changed values: no results until evaluated */
	assert_int_equal(rubric_unit_evaluate(u), RUBRIC_OK);
	assert_string_equal(rubric_result_score(u, 1), "4");
	assert_string_equal(rubric_result_rule_score(u, 1), "3.6");
	assert_string_equal(rubric_result_reason(u, 1), "预算调减");
	assert_int_equal(rubric_result_flags(u, 1), RUBRIC_APPLICABLE | RUBRIC_OVERRIDDEN);
	assert_string_equal(rubric_result_total(u), "8.5");

	/* a row that does not apply */
	assert_int_equal(rubric_unit_set_inapplicable(u, rubric_item_find(t, "制度", RUBRIC_INDICATOR)),
			 RUBRIC_OK);
	assert_int_equal(rubric_unit_evaluate(u), RUBRIC_OK);
	assert_int_equal(rubric_result_flags(u, 5), 0);
	assert_null(rubric_result_score(u, 5));

	/* published scores, and what verify finds */
	assert_int_equal(rubric_unit_set_published(u, 1, "3.6"), RUBRIC_OK);
	assert_int_equal(rubric_unit_set_published(u, -1, "9"), RUBRIC_OK);
	assert_int_equal(rubric_unit_evaluate(u), RUBRIC_OK);
	int findings = 0;
	assert_int_equal(rubric_unit_verify(u, &findings), RUBRIC_OK);
	assert_int_equal(findings, 2);
	assert_true(rubric_result_flags(u, 1) & RUBRIC_DISAGREES);
	assert_false(rubric_result_flags(u, 2) & RUBRIC_DISAGREES);
	assert_string_equal(rubric_result_published(u, 1), "3.6");
	assert_string_equal(rubric_result_published(u, -1), "9");

	/* reset forgets everything: every input is missing again */
	rubric_unit_reset(u);
	assert_int_equal(rubric_unit_evaluate(u), RUBRIC_ERROR);
	/* a row that does not apply needs no value */
	assert_int_equal(rubric_unit_set_text(u, rubric_input_find(t, "预算"), "100", 3), RUBRIC_OK);
	assert_int_equal(rubric_unit_set_text(u, rubric_input_find(t, "执行"), "100", 3), RUBRIC_OK);
	assert_int_equal(rubric_unit_set_text(u, rubric_input_find(t, "完成率"), "100%", 4), RUBRIC_OK);
	assert_int_equal(rubric_unit_set_text(u, rubric_input_find(t, "满意度"), "满意", strlen("满意")), RUBRIC_OK);
	assert_int_equal(rubric_unit_set_inapplicable(u, 5), RUBRIC_OK);
	assert_int_equal(rubric_unit_evaluate(u), RUBRIC_OK);
	assert_string_equal(rubric_result_total(u), "9");
	assert_int_equal(rubric_result_flags(u, 5), 0);
	rubric_unit_free(u);
	rubric_template_free(t);
}

/* What reports and forms read: the choices of a checklist or a grade,
 * whether the data gives a score, the budget row, rescaling, and the
 * steps of a score (rubric_unit_explain). */
static void test_report_reading(void **state)
{
	(void)state;
	rubric_template *t = compile_small();
	int grade = rubric_item_find(t, "满意度", RUBRIC_INDICATOR), list = rubric_item_find(t, "制度", RUBRIC_INDICATOR);
	int rate = rubric_item_find(t, "执行率", RUBRIC_INDICATOR);
	assert_int_equal(rubric_item_choice_count(t, grade), 3);
	assert_string_equal(rubric_item_choice(t, grade, 1), "基本满意");
	assert_null(rubric_item_choice(t, grade, 3));
	assert_null(rubric_item_choice(t, grade, -1));
	assert_int_equal(rubric_item_choice_count(t, list), 2);
	assert_string_equal(rubric_item_choice(t, list, 0), "有制度");
	assert_int_equal(rubric_item_choice_count(t, rate), 0);
	assert_int_equal(rubric_item_choice_count(t, 0), 0); /* a group */
	assert_int_equal(rubric_item_scored_by_data(t, grade), 0);
	assert_int_equal(rubric_item_budget(t, rate), 0);
	rubric_unit *u;
	assert_int_equal(rubric_unit_new(&u, t, NULL), RUBRIC_OK);
	char *text = NULL;
	size_t len = 0;
	assert_int_equal(rubric_unit_explain(u, rate, &text, &len), RUBRIC_MISUSE); /* not scored */
	assert_int_equal(rubric_unit_set_number(u, rubric_input_find(t, "预算"), "100"), RUBRIC_OK);
	assert_int_equal(rubric_unit_set_number(u, rubric_input_find(t, "执行"), "81"), RUBRIC_OK);
	assert_int_equal(rubric_unit_set_text(u, rubric_input_find(t, "完成率"), "96%", 3), RUBRIC_OK);
	assert_int_equal(rubric_unit_set_text(u, rubric_input_find(t, "满意度"), "满意", strlen("满意")), RUBRIC_OK);
	const char *items[] = { "有制度" };
	assert_int_equal(rubric_unit_set_list(u, rubric_input_find(t, "制度"), items, NULL, 1), RUBRIC_OK);
	assert_int_equal(rubric_unit_evaluate(u), RUBRIC_OK);
	assert_int_equal(rubric_result_rescaled(u), 0);
	assert_null(rubric_result_budget(u, rate, RUBRIC_BUDGET_SPENT));
	assert_int_equal(rubric_unit_explain(u, 0, &text, &len), RUBRIC_MISUSE); /* a group */
	assert_int_equal(rubric_unit_explain(u, rate, &text, &len), RUBRIC_OK);
	/* 81 / 100 = 81%, under the 90% target: 81% ÷ 90% × 4 = 3.6 */
	assert_non_null(strstr(text, "81% ÷ 90% × 4 = 3.6"));
	assert_int_equal(strlen(text), len);
	rubric_free(text);
	/* explaining changes no result: 3.6 + 3 + 2 + 0.5 */
	assert_string_equal(rubric_result_total(u), "9.1");
	assert_int_equal(rubric_unit_explain(u, list, &text, NULL), RUBRIC_OK);
	assert_non_null(strstr(text, "有制度"));
	rubric_free(text);
	assert_string_equal(rubric_result_total(u), "9.1");
	assert_string_equal(rubric_result_score(u, rate), "3.6");
	rubric_unit_free(u);
	rubric_template_free(t);
}

/* A value that cannot be read is no value to score with: evaluate gives
 * RUBRIC_ERROR and no results, whether the value came through a setter, a
 * JSON unit, or was marked unreadable by a caller that read it itself;
 * and no "missing" error follows for it. */
static void test_bad_value_fails_unit(void **state)
{
	(void)state;
	rubric_template *t = compile_small();
	struct seen s = { 0 };
	rubric_reporter *r;
	assert_int_equal(rubric_reporter_new(&r, collect, &s), RUBRIC_OK);
	rubric_unit *u;
	assert_int_equal(rubric_unit_new(&u, t, r), RUBRIC_OK);
	int budget = rubric_input_find(t, "预算");
	const char *names[] = { "执行", "完成率", "满意度" }, *values[] = { "81", "96%", "满意" };
	for (int round = 0; round < 3; round++) {
		rubric_unit_reset(u);
		rubric_reporter_reset(r);
		s.n = 0;
		for (int i = 0; i < 3; i++)
			assert_int_equal(rubric_unit_set_text(u, rubric_input_find(t, names[i]), values[i],
							      strlen(values[i])),
					 RUBRIC_OK);
		const char *items[] = { "有制度" };
		assert_int_equal(rubric_unit_set_list(u, rubric_input_find(t, "制度"), items, NULL, 1), RUBRIC_OK);
		if (round == 0) { /* a setter refuses it */
			assert_int_equal(rubric_unit_set_text(u, budget, "abc", 3), RUBRIC_ERROR);
			assert_int_equal(s.n, 1);
		} else if (round == 1) { /* the caller read it, and said why it cannot */
			assert_int_equal(rubric_unit_set_unreadable(u, budget), RUBRIC_OK);
			assert_int_equal(s.n, 0);
		} else { /* given, and the unit is scored */
			assert_int_equal(rubric_unit_set_text(u, budget, "100", 3), RUBRIC_OK);
		}
		int before = s.n;
		assert_int_equal(rubric_unit_evaluate(u), round < 2 ? RUBRIC_ERROR : RUBRIC_OK);
		assert_int_equal(s.n, before); /* nothing more reported: not "missing" */
		if (round < 2) {
			assert_null(rubric_result_total(u));
			assert_null(rubric_result_score(u, 0));
		} else { /* 3 + 3.6 + 1 + 1.5 */
			assert_string_equal(rubric_result_total(u), "9.1");
		}
	}
	/* a JSON unit with a value that is not a number */
	static const char bad[] = "{\"预算\": \"abc\", \"执行\": 81, \"完成率\": \"96%\", "
				  "\"满意度\": \"满意\", \"制度\": [\"有制度\"]}";
	assert_int_equal(rubric_unit_load_json(u, "u.json", bad, sizeof bad - 1), RUBRIC_ERROR);
	assert_int_equal(rubric_unit_evaluate(u), RUBRIC_ERROR);
	assert_null(rubric_result_total(u));
	assert_int_equal(s.item[s.n - 1], -1); /* a value refused while read: no indicator's */
	/* an error an indicator reports while it is scored names it */
	rubric_unit_reset(u);
	rubric_reporter_reset(r);
	s.n = 0;
	for (int i = 0; i < 3; i++)
		assert_int_equal(rubric_unit_set_text(u, rubric_input_find(t, names[i]), values[i], strlen(values[i])),
				 RUBRIC_OK);
	assert_int_equal(rubric_unit_set_text(u, budget, "100", 3), RUBRIC_OK);
	const char *unknown[] = { "无此项" };
	assert_int_equal(rubric_unit_set_list(u, rubric_input_find(t, "制度"), unknown, NULL, 1), RUBRIC_OK);
	/* it concerns that row only: the row is pending, the rest scored */
	int row = rubric_item_find(t, "制度", RUBRIC_INDICATOR);
	assert_int_equal(rubric_unit_evaluate(u), RUBRIC_INCOMPLETE);
	assert_int_equal(s.n, 1);
	assert_string_equal(s.codes[0], "E308");
	assert_int_equal(s.item[0], row);
	assert_int_equal(rubric_result_incomplete(u), 1);
	assert_true(rubric_result_flags(u, row) & RUBRIC_PENDING);
	assert_false(rubric_result_flags(u, row) & RUBRIC_MARKED);
	assert_false(rubric_result_flags(u, row) & RUBRIC_UNREASONED);
	/* its group's subtotal is of the rows scored; the other group's whole */
	int effect = rubric_item_find(t, "效益", RUBRIC_GROUP), output = rubric_item_find(t, "产出", RUBRIC_GROUP);
	assert_int_equal(rubric_result_flags(u, effect), RUBRIC_APPLICABLE | RUBRIC_PENDING);
	assert_int_equal(rubric_result_flags(u, output), RUBRIC_APPLICABLE);
	assert_null(rubric_result_score(u, row));
	assert_null(rubric_result_grade(u));
	assert_non_null(rubric_result_total(u));
	assert_string_equal(rubric_status_string(RUBRIC_INCOMPLETE), "scored, with rows pending");
	assert_int_equal(rubric_unit_set_unreadable(NULL, 0), RUBRIC_MISUSE);
	assert_int_equal(rubric_unit_set_unreadable(u, 99), RUBRIC_MISUSE);
	rubric_unit_free(u);
	rubric_reporter_free(r);
	rubric_template_free(t);
}

/* set_score does what a row object's "score" does: a judged row's score,
 * a level's pick within its range, or else an override. */
/* A row below full marks with no reason, where the template requires one,
 * is pending, and says why. */
static void test_unreasoned(void **state)
{
	(void)state;
	static const char text[] = "rubric \"t\" {\n"
				   "    require reason\n"
				   "    indicator 完成率 weight 10 { target >= 90%; score proportional }\n"
				   "}\n";
	rubric_template *t;
	rubric_unit *u;
	assert_int_equal(rubric_template_compile(&t, "t.rubric", text, strlen(text), NULL), RUBRIC_OK);
	assert_int_equal(rubric_unit_new(&u, t, NULL), RUBRIC_OK);
	assert_int_equal(rubric_unit_set_text(u, rubric_input_find(t, "完成率"), "81%", 3), RUBRIC_OK);
	assert_int_equal(rubric_unit_evaluate(u), RUBRIC_INCOMPLETE);
	assert_int_equal(rubric_result_flags(u, 0), RUBRIC_APPLICABLE | RUBRIC_PENDING | RUBRIC_UNREASONED);
	/* with the reason it is scored */
	assert_int_equal(rubric_unit_set_reason(u, 0, "资金晚到", strlen("资金晚到")), RUBRIC_OK);
	assert_int_equal(rubric_unit_evaluate(u), RUBRIC_OK);
	assert_int_equal(rubric_result_flags(u, 0), RUBRIC_APPLICABLE);
	assert_string_equal(rubric_result_score(u, 0), "9");
	rubric_unit_free(u);
	rubric_template_free(t);
}

static void test_set_score(void **state)
{
	(void)state;
	static const char text[] =
		"rubric \"评\" {\n"
		"    total 10\n"
		"    indicator 效果 weight 5 { target \"有效\"; score judged }\n"
		"    indicator 制度 weight 5 { score grade { 完善: 5; 有制度: 2..3; 无: 0 } }\n"
		"}\n";
	rubric_template *t;
	assert_int_equal(rubric_template_compile(&t, "评.rubric", text, strlen(text), NULL), RUBRIC_OK);
	rubric_unit *u;
	assert_int_equal(rubric_unit_new(&u, t, NULL), RUBRIC_OK);
	assert_int_equal(rubric_unit_set_score(u, 0, "4.5"), RUBRIC_OK);
	assert_int_equal(rubric_unit_set_score(u, 1, "2.5"), RUBRIC_OK); /* before its level */
	assert_int_equal(rubric_unit_set_text(u, rubric_input_find(t, "制度"), "有制度", strlen("有制度")), RUBRIC_OK);
	assert_int_equal(rubric_unit_evaluate(u), RUBRIC_OK);
	assert_string_equal(rubric_result_score(u, 0), "4.5");
	assert_string_equal(rubric_item_rule(t, 0), "judged");
	assert_int_equal(rubric_result_flags(u, 0), RUBRIC_APPLICABLE | RUBRIC_JUDGED);
	assert_string_equal(rubric_result_score(u, 1), "2.5");
	assert_false(rubric_result_flags(u, 1) & RUBRIC_OVERRIDDEN);
	assert_string_equal(rubric_result_total(u), "7");
	/* the actual a judged row shows, and a published grade to verify */
	assert_int_equal(rubric_unit_set_shown(u, 0, "较好", strlen("较好")), RUBRIC_OK);
	assert_int_equal(rubric_unit_set_published_grade(u, "优", strlen("优")), RUBRIC_OK);
	assert_int_equal(rubric_unit_evaluate(u), RUBRIC_OK);
	assert_string_equal(rubric_result_actual(u, 0), "较好");
	int findings = 0;
	assert_int_equal(rubric_unit_verify(u, &findings), RUBRIC_OK);
	assert_int_equal(findings, 1); /* 7 is no 优 */
	/* the same as the JSON rows */
	static const char json[] = "{\"效果\": {\"actual\": \"较好\", \"score\": 4.5, \"reason\": \"未完成\"}, "
				   "\"制度\": {\"level\": \"有制度\", \"score\": 2.5}}";
	char name[] = "u.json"; /* the unit keeps a copy of the name */
	assert_int_equal(rubric_unit_load_json(u, name, json, strlen(json)), RUBRIC_OK);
	name[0] = 'X';
	assert_int_equal(rubric_unit_evaluate(u), RUBRIC_OK);
	assert_string_equal(rubric_result_total(u), "7");
	/* a reason from the data is its own text, not the rest of the file */
	assert_string_equal(rubric_result_reason(u, 0), "未完成");
	rubric_unit_free(u);
	rubric_template_free(t);
}

/* Errors reach the callback with code, message, help and place. */
static void test_diagnostics(void **state)
{
	(void)state;
	struct seen s = { 0 };
	rubric_reporter *r;
	assert_int_equal(rubric_reporter_new(&r, collect, &s), RUBRIC_OK);
	static const char bad[] = "rubric \"x\" {\n    indicator 甲 weight 10 { actual 乙; score met }\n}\n";
	rubric_template *t = (rubric_template *)1;
	assert_int_equal(rubric_template_compile(&t, "bad.rubric", bad, strlen(bad), r), RUBRIC_ERROR);
	assert_null(t);
	assert_true(s.n >= 1);
	assert_string_equal(s.codes[0], "E101");
	assert_int_equal(s.line[0], 2);
	assert_int_equal(s.column[0], 36);
	assert_memory_equal(bad + s.start[0], "乙", s.end[0] - s.start[0]);
	assert_int_equal(s.severity[0], RUBRIC_SEVERITY_ERROR);
	assert_int_equal(rubric_reporter_errors(r), s.n);

	/* a bad value set: named, with no place */
	memset(&s, 0, sizeof s);
	t = compile_small();
	rubric_unit *u;
	assert_int_equal(rubric_unit_new(&u, t, r), RUBRIC_OK);
	assert_int_equal(rubric_unit_set_text(u, 0, "许多", strlen("许多")), RUBRIC_ERROR);
	assert_int_equal(s.n, 1);
	assert_string_equal(s.codes[0], "E302");
	assert_non_null(strstr(s.messages[0], "预算"));
	assert_int_equal(s.with_file, 0);
	assert_int_equal(s.line[0], 0);
	/* missing inputs are reported at evaluation, naming what needs them */
	memset(&s, 0, sizeof s);
	assert_int_equal(rubric_unit_evaluate(u), RUBRIC_ERROR);
	assert_true(s.n >= 1);
	assert_null(rubric_result_total(u));
	/* a JSON unit with a bad value points into the JSON */
	memset(&s, 0, sizeof s);
	static const char json[] = "{\n  \"预算\": \"x\"\n}\n";
	assert_int_equal(rubric_unit_load_json(u, "u.json", json, strlen(json)), RUBRIC_ERROR);
	assert_int_equal(s.n, 1);
	assert_int_equal(s.line[0], 2);
	assert_int_equal(s.with_file, 1);
	rubric_unit_free(u);
	rubric_template_free(t);
	assert_int_equal(rubric_reporter_finish(r), RUBRIC_OK);
	rubric_reporter_free(r);
}

static void count_calls(void *ud, const rubric_diagnostic *d)
{
	(void)d;
	++*(int *)ud;
}

/* A reporter shows 100 errors and counts the rest; reset, it shows the
 * next ones again (batch scoring resets before each unit). */
static void test_reporter_reset(void **state)
{
	(void)state;
	int calls = 0;
	rubric_reporter *r;
	assert_int_equal(rubric_reporter_new(&r, count_calls, &calls), RUBRIC_OK);
	rubric_template *t = compile_small();
	rubric_unit *u;
	assert_int_equal(rubric_unit_new(&u, t, r), RUBRIC_OK);
	for (int i = 0; i < 150; i++)
		assert_int_equal(rubric_unit_set_text(u, 0, "许多", strlen("许多")), RUBRIC_ERROR);
	assert_int_equal(calls, 100);
	assert_int_equal(rubric_reporter_errors(r), 150);
	rubric_reporter_reset(r);
	assert_int_equal(rubric_reporter_errors(r), 0);
	assert_int_equal(rubric_unit_set_text(u, 0, "许多", strlen("许多")), RUBRIC_ERROR);
	assert_int_equal(calls, 101);
	assert_int_equal(rubric_reporter_errors(r), 1);
	rubric_reporter_reset(NULL); /* allowed */
	rubric_unit_free(u);
	rubric_template_free(t);
	rubric_reporter_free(r);
}

/* Warnings allowed by code, denied by code, and allowed at one place by a
 * comment with its reason. */
static void test_reporter_warning_levels(void **state)
{
	(void)state;
	static const char gap[] = "rubric \"t\" {\n"
				  "    indicator 甲 weight 4 { score bands { >= 90%: 4; [60%, 90%): 2 } }\n"
				  "}\n";
	static const char allowed[] = "rubric \"t\" {\n"
				      "    # rubric: allow W201 原表如此\n"
				      "    indicator 甲 weight 4 { score bands { >= 90%: 4; [60%, 90%): 2 } }\n"
				      "}\n";
	int calls = 0;
	rubric_reporter *r;
	rubric_template *t;
	assert_int_equal(rubric_reporter_new(&r, count_calls, &calls), RUBRIC_OK);
	assert_int_equal(rubric_reporter_set_warning(r, "E201", RUBRIC_WARNING_ALLOW), RUBRIC_MISUSE);
	assert_int_equal(rubric_reporter_set_warning(r, "W999", RUBRIC_WARNING_ALLOW), RUBRIC_MISUSE);
	assert_int_equal(rubric_reporter_set_warning(r, "W201", 7), RUBRIC_MISUSE);
	assert_int_equal(rubric_reporter_set_warning(NULL, "W201", RUBRIC_WARNING_ALLOW), RUBRIC_MISUSE);
	/* as it is: a warning */
	assert_int_equal(rubric_template_compile(&t, "gap.rubric", gap, strlen(gap), r), RUBRIC_OK);
	assert_int_equal(rubric_reporter_warnings(r), 1);
	rubric_template_free(t);
	/* allowed by its code: neither reported nor counted */
	rubric_reporter_reset(r);
	calls = 0;
	assert_int_equal(rubric_reporter_set_warning(r, "W201", RUBRIC_WARNING_ALLOW), RUBRIC_OK);
	assert_int_equal(rubric_template_compile(&t, "gap.rubric", gap, strlen(gap), r), RUBRIC_OK);
	assert_int_equal(rubric_reporter_warnings(r) + calls, 0);
	rubric_template_free(t);
	/* denied: an error, and the template does not compile */
	rubric_reporter_reset(r);
	assert_int_equal(rubric_reporter_set_warning(r, "W201", RUBRIC_WARNING_DENY), RUBRIC_OK);
	assert_int_not_equal(rubric_template_compile(&t, "gap.rubric", gap, strlen(gap), r), RUBRIC_OK);
	assert_int_equal(rubric_reporter_errors(r), 1);
	/* but a comment with its reason allows its place */
	rubric_reporter_reset(r);
	calls = 0;
	assert_int_equal(rubric_template_compile(&t, "allowed.rubric", allowed, strlen(allowed), r), RUBRIC_OK);
	assert_int_equal(rubric_reporter_errors(r) + rubric_reporter_warnings(r) + calls, 0);
	rubric_template_free(t);
	rubric_reporter_free(r);
}

/* A file that is not there: RUBRIC_IO, errno, and E007. */
static void test_unreadable(void **state)
{
	(void)state;
	struct seen s = { 0 };
	rubric_reporter *r;
	assert_int_equal(rubric_reporter_new(&r, collect, &s), RUBRIC_OK);
	rubric_template *t;
	assert_int_equal(rubric_template_load(&t, "no/such/file.rubric", r), RUBRIC_IO);
	assert_int_equal(errno, ENOENT);
	assert_int_equal(s.n, 1);
	assert_string_equal(s.codes[0], "E007");
	assert_int_equal(rubric_template_load(&t, "examples", r), RUBRIC_IO);
	assert_int_equal(s.n, 2);
	rubric_reporter_free(r);
}

/* Misuse is a status, never a crash. */
static void test_misuse(void **state)
{
	(void)state;
	rubric_template *t = compile_small();
	rubric_unit *u;
	assert_int_equal(rubric_unit_new(&u, NULL, NULL), RUBRIC_MISUSE);
	assert_int_equal(rubric_unit_new(&u, t, NULL), RUBRIC_OK);
	assert_int_equal(rubric_unit_set_text(u, 99, "1", 1), RUBRIC_MISUSE);
	assert_int_equal(rubric_unit_set_text(u, -1, "1", 1), RUBRIC_MISUSE);
	assert_int_equal(rubric_unit_set_bool(u, 0, 1), RUBRIC_MISUSE); /* a number */
	assert_int_equal(rubric_unit_set_score(u, 0, "1"), RUBRIC_MISUSE); /* a group */
	assert_int_equal(rubric_unit_verify(u, NULL), RUBRIC_MISUSE); /* not evaluated */
	char *text;
	assert_int_equal(rubric_unit_render(u, RUBRIC_FORMAT_TEXT, 0, &text, NULL), RUBRIC_MISUSE);
	assert_null(rubric_result_score(u, 0));
	assert_null(rubric_item_name(t, -1));
	assert_null(rubric_item_name(NULL, 0));
	assert_int_equal(rubric_input_find(t, NULL), -1);
	assert_int_equal(rubric_set_language("fr"), RUBRIC_MISUSE);
	assert_string_equal(rubric_status_string(RUBRIC_NOMEM), "out of memory");
	rubric_unit_free(u);
	rubric_unit_free(NULL);
	rubric_template_free(t);
	rubric_template_free(NULL);
}

/* rubric_format is `rubric fmt`. */
static void test_format(void **state)
{
	(void)state;
	static const char messy[] = "rubric \"x\" {\nindicator 甲 weight 10 {target>=1;score met}\n}\n";
	char *out;
	size_t len;
	assert_int_equal(rubric_format("m.rubric", messy, strlen(messy), RUBRIC_SPELL_AS_WRITTEN, NULL, &out, &len),
			 RUBRIC_OK);
	assert_string_equal(out, "rubric \"x\" {\n    indicator 甲 weight 10 { target >= 1; score met }\n}\n");
	assert_int_equal(len, strlen(out));
	rubric_free(out);
	assert_int_equal(rubric_format("m.rubric", "rubric {", 8, 0, NULL, &out, &len), RUBRIC_ERROR);
	assert_null(out);
}

/* Reasons a test run gave (rubric_test_fn). */
struct failures {
	int n;
	char messages[8][256];
	char tests[8][64];
	char files[8][64];
	int outcome[8], line[8], column[8];
	size_t start[8], end[8];
};

static void collect_failure(void *ud, const rubric_test_failure *f)
{
	struct failures *s = ud;
	if (s->n == 8)
		return;
	snprintf(s->messages[s->n], sizeof s->messages[0], "%s", f->message);
	snprintf(s->tests[s->n], sizeof s->tests[0], "%s", f->test);
	snprintf(s->files[s->n], sizeof s->files[0], "%s", f->file);
	s->outcome[s->n] = f->outcome;
	s->line[s->n] = f->line;
	s->column[s->n] = f->column;
	s->start[s->n] = f->start;
	s->end[s->n] = f->end;
	s->n++;
}

static const char tested[] =
	"rubric \"测\" {\n"                                          /* 1 */
	"    input 实际: number\n"                                     /* 2 */
	"    input 核定: number\n"                                     /* 3 */
	"    indicator 控制率 weight 6 {\n"                            /* 4 */
	"        actual 实际 / 核定\n"
	"        target <= 100%\n"
	"        score deduct 0.5 per 1% above 100%\n"
	"    }\n"
	"    indicator 满意度 weight 4 { score judged }\n"             /* 9 */
	"    grades { 优: 9; 良: 0 }\n"
	"    test \"passes\" {\n"                                      /* 11 */
	"        given { 实际: 18; 核定: 20; 满意度: 4 }\n"
	"        expect { 控制率: 6; total: 10; grade: 优 }\n"
	"    }\n"
	"    test \"fails\" {\n"                                       /* 15 */
	"        given { 实际: 21; 核定: 20; 满意度: 3 }\n"
	"        expect { 控制率: 6\n"                                  /* 17 */
	"                 总分: 9; grade: 优 }\n"                      /* 18 */
	"    }\n"
	"    test \"cannot run\" {\n"                                  /* 20 */
	"        given { 实际: 18; 满意度: 4 }\n"
	"        expect { 满意度: 4; 控制率: 3 }\n"
	"    }\n"
	"}\n";

/* Running test blocks: their outcomes, the reasons with their places, and
 * the results a test leaves in the unit. */
static void test_tests(void **state)
{
	(void)state;
	rubric_template *t;
	struct seen d = { 0 };
	rubric_reporter *r;
	assert_int_equal(rubric_reporter_new(&r, collect, &d), RUBRIC_OK);
	assert_int_equal(rubric_template_compile(&t, "测.rubric", tested, strlen(tested), r), RUBRIC_OK);
	assert_string_equal(rubric_template_name(t), "测.rubric");
	assert_int_equal(rubric_test_count(t), 3);
	assert_string_equal(rubric_test_name(t, 0), "passes");
	assert_string_equal(rubric_test_name(t, 2), "cannot run");
	assert_null(rubric_test_name(t, 3));
	assert_null(rubric_test_name(t, -1));
	int line = 0, column = 0;
	assert_int_equal(rubric_test_place(t, 1, &line, &column), RUBRIC_OK);
	assert_int_equal(line, 15);
	assert_int_equal(column, 5);
	assert_int_equal(rubric_test_place(t, 3, &line, &column), RUBRIC_MISUSE);

	rubric_unit *u;
	assert_int_equal(rubric_unit_new(&u, t, r), RUBRIC_OK);
	struct failures f = { 0 };
	int outcome = -1;
	assert_int_equal(rubric_unit_run_test(u, 0, collect_failure, &f, &outcome), RUBRIC_OK);
	assert_int_equal(outcome, RUBRIC_TEST_PASSED);
	assert_int_equal(f.n, 0);
	/* the unit holds the test's results */
	assert_string_equal(rubric_result_total(u), "10");
	assert_string_equal(rubric_result_grade(u), "优");

	assert_int_equal(rubric_unit_run_test(u, 1, collect_failure, &f, &outcome), RUBRIC_OK);
	assert_int_equal(outcome, RUBRIC_TEST_FAILED);
	assert_int_equal(f.n, 3);
	assert_string_equal(f.tests[0], "fails");
	assert_string_equal(f.files[0], "测.rubric");
	assert_int_equal(f.outcome[0], RUBRIC_TEST_FAILED);
	assert_string_equal(f.messages[0], "控制率: expected 6, got 3.5");
	assert_int_equal(f.line[0], 17);
	assert_int_equal(f.column[0], 18);
	assert_int_equal(f.end[0] - f.start[0], strlen("控制率")); /* the entry's name */
	assert_memory_equal(tested + f.start[0], "控制率", strlen("控制率"));
	/* the total as the template writes it */
	assert_string_equal(f.messages[1], "总分: expected 9, got 6.5");
	assert_int_equal(f.line[1], 18);
	assert_string_equal(f.messages[2], "grade: expected \"优\", got \"良\"");
	assert_string_equal(rubric_result_total(u), "6.5");

	f.n = 0;
	assert_int_equal(rubric_unit_run_test(u, 2, collect_failure, &f, &outcome), RUBRIC_OK);
	assert_int_equal(outcome, RUBRIC_TEST_ERROR);
	assert_int_equal(f.n, 1);
	assert_int_equal(f.outcome[0], RUBRIC_TEST_ERROR);
	assert_string_equal(f.messages[0], "could not run: no value for input 核定, needed by indicator 控制率");
	assert_int_equal(f.line[0], 20);
	assert_int_equal(f.column[0], 5);
	/* the place of an error is the whole test block */
	assert_memory_equal(tested + f.start[0], "test \"cannot run\"", strlen("test \"cannot run\""));
	assert_memory_equal(tested + f.end[0] - 1, "}", 1);
	assert_null(rubric_result_total(u)); /* it did not run */
	assert_int_equal(d.n, 0); /* the errors went to the function, not the reporter */

	/* no function, no outcome: still runs; misuse is a status */
	assert_int_equal(rubric_unit_run_test(u, 1, NULL, NULL, NULL), RUBRIC_OK);
	assert_int_equal(rubric_unit_run_test(u, 3, NULL, NULL, &outcome), RUBRIC_MISUSE);
	assert_int_equal(rubric_unit_run_test(u, -1, NULL, NULL, &outcome), RUBRIC_MISUSE);
	assert_int_equal(rubric_unit_run_test(NULL, 0, NULL, NULL, &outcome), RUBRIC_MISUSE);
	/* and a unit that ran tests scores data as before */
	rubric_unit_reset(u);
	assert_int_equal(rubric_unit_set_number(u, rubric_input_find(t, "实际"), "20"), RUBRIC_OK);
	assert_int_equal(rubric_unit_set_number(u, rubric_input_find(t, "核定"), "20"), RUBRIC_OK);
	int judged = rubric_item_input(t, rubric_item_find(t, "满意度", 0));
	assert_int_equal(rubric_unit_set_number(u, judged, "3"), RUBRIC_OK);
	assert_int_equal(rubric_unit_evaluate(u), RUBRIC_OK);
	assert_string_equal(rubric_result_total(u), "9");
	rubric_unit_free(u);

	assert_int_equal(rubric_test_count(NULL), 0);
	assert_null(rubric_template_name(NULL));
	rubric_template_free(t);
	rubric_reporter_free(r);

	/* a template without tests */
	t = compile_small();
	assert_int_equal(rubric_test_count(t), 0);
	rubric_template_free(t);
}

/* rubric_escape_text shows text as text diagnostics do. */
static void test_escape(void **state)
{
	(void)state;
	char *out;
	size_t len;
	static const char raw[] = "a\tb\n\x1b[31m \"q\" \\ 中\xE2\x80\x8B\xFF";
	assert_int_equal(rubric_escape_text(raw, strlen(raw), &out, &len), RUBRIC_OK);
	assert_string_equal(out, "a\\tb\\n\\u001b[31m \"q\" \\ 中\\u200b\xEF\xBF\xBD");
	assert_int_equal(len, strlen(out));
	rubric_free(out);
	assert_int_equal(rubric_escape_text("", 0, &out, NULL), RUBRIC_OK);
	assert_string_equal(out, "");
	rubric_free(out);
	assert_int_equal(rubric_escape_text(NULL, 0, &out, NULL), RUBRIC_OK);
	rubric_free(out);
	assert_int_equal(rubric_escape_text(NULL, 3, &out, NULL), RUBRIC_MISUSE);
	assert_int_equal(rubric_escape_text("x", 1, NULL, NULL), RUBRIC_MISUSE);
}

/* rubric_translate speaks the language of messages. */
static void test_translate(void **state)
{
	(void)state;
	assert_int_equal(rubric_set_language("en"), RUBRIC_OK);
	assert_string_equal(rubric_translate("out of memory"), "out of memory");
	assert_string_equal(rubric_translate("not a message of ours"), "not a message of ours");
	assert_null(rubric_translate(NULL));
	/* Chinese when the catalogue is found: installed, or locale/ beside
	 * the binary (build/rubric has it; build/tests/ has not) */
	assert_int_equal(rubric_set_language("zh"), RUBRIC_OK);
	const char *zh = rubric_translate("out of memory");
	assert_non_null(zh);
	assert_true(!strcmp(zh, "内存不足") || !strcmp(zh, "out of memory"));
	assert_string_equal(rubric_translate("not a message of ours"), "not a message of ours");
	assert_int_equal(rubric_set_language("en"), RUBRIC_OK);
	assert_string_equal(rubric_translate("out of memory"), "out of memory");
}

/* The counters grow with the work done on this thread. */
static void test_counters(void **state)
{
	(void)state;
	unsigned long long w0, b0, w1, b1;
	rubric_counters(&w0, &b0);
	rubric_template *t = compile_small();
	rubric_counters(&w1, &b1);
	assert_true(w1 > w0);
	assert_true(b1 > b0);
	rubric_counters(NULL, NULL);
	rubric_counters(&w0, NULL);
	assert_true(w0 >= w1);
	rubric_template_free(t);
}

/* The version macros and the library agree. */
/* Boundary cases: a test per edge of each rule, the baseline unit's values
 * for what a row reads besides its own; misuse is a status. */
static void test_boundary_tests(void **state)
{
	(void)state;
	static const char src[] =
		"rubric \"边界\" {\n"
		"    input 计划数: number\n"
		"    indicator 到位率 weight 4 { target = 100%; score bands { [100%, inf): 4; (90%, 100%): 3; [0, 90%): 0 } }\n"
		"    indicator 完成数 weight 6 { target >= 计划数; score proportional }\n"
		"}\n";
	rubric_template *t, *other;
	rubric_unit *u, *w;
	assert_int_equal(rubric_template_compile(&t, "边.rubric", src, sizeof src - 1, NULL), RUBRIC_OK);
	assert_int_equal(rubric_template_compile(&other, "边.rubric", src, sizeof src - 1, NULL), RUBRIC_OK);
	char *text;
	size_t len;
	/* without a baseline: 完成数 reads 计划数, which nothing gives */
	assert_int_equal(rubric_template_boundary_tests(t, NULL, &text, &len), RUBRIC_OK);
	assert_int_equal(len, strlen(text));
	assert_non_null(strstr(text, "    test \"到位率 = 90.1%\" {\n        given { 到位率: 90.1% }\n"
				    "        expect { 到位率: 3 }\n    }\n"));
	assert_non_null(strstr(text, "# 到位率 = 90%: not scored: indicator 到位率: 90% falls in no band"));
	assert_non_null(strstr(text, "# 完成数: reads 计划数"));
	assert_null(strstr(text, "test \"完成数"));
	rubric_free(text);
	/* with one: 计划数 = 50 is given, and its edges are cases */
	assert_int_equal(rubric_unit_new(&u, t, NULL), RUBRIC_OK);
	assert_int_equal(rubric_unit_set_text(u, rubric_input_find(t, "计划数"), "50", 2), RUBRIC_OK);
	assert_int_equal(rubric_template_boundary_tests(t, u, &text, NULL), RUBRIC_OK);
	assert_non_null(strstr(text, "    test \"完成数 = 49.9\" {\n        given { 计划数: 50; 完成数: 49.9 }\n"
				    "        expect { 完成数: 5.988 }\n"));
	rubric_free(text);
	/* misuse */
	assert_int_equal(rubric_unit_new(&w, other, NULL), RUBRIC_OK);
	assert_int_equal(rubric_template_boundary_tests(t, w, &text, NULL), RUBRIC_MISUSE);
	assert_int_equal(rubric_template_boundary_tests(NULL, NULL, &text, NULL), RUBRIC_MISUSE);
	assert_int_equal(rubric_template_boundary_tests(t, NULL, NULL, NULL), RUBRIC_MISUSE);
	rubric_unit_free(w);
	rubric_unit_free(u);
	rubric_template_free(other);
	rubric_template_free(t);
}

static void test_version(void **state)
{
	(void)state;
	assert_string_equal(rubric_version(), RUBRIC_VERSION);
	assert_int_equal(rubric_version_number(), RUBRIC_VERSION_NUMBER);
	assert_int_equal(RUBRIC_VERSION_NUMBER,
			 RUBRIC_VERSION_MAJOR * 10000 + RUBRIC_VERSION_MINOR * 100 + RUBRIC_VERSION_PATCH);
	/* the number and the string say the same version */
	char v[32];
	snprintf(v, sizeof v, "%d.%d.%d", RUBRIC_VERSION_MAJOR, RUBRIC_VERSION_MINOR, RUBRIC_VERSION_PATCH);
	assert_string_equal(v, RUBRIC_VERSION);
}

/* A summary adds units up exactly: two scored units and one that failed,
 * counted but left out of the figures. */
static void test_summary(void **state)
{
	(void)state;
	rubric_template *t = compile_small();
	rubric_unit *u;
	rubric_summary *s;
	assert_int_equal(rubric_unit_new(&u, t, NULL), RUBRIC_OK);
	assert_int_equal(rubric_summary_new(&s, t), RUBRIC_OK);
	assert_int_equal(rubric_summary_add(s, u), RUBRIC_MISUSE); /* not scored */
	static const char json[] = "{\"预算\": 100, \"执行\": 95, \"完成率\": \"96%\", \"满意度\": \"满意\", "
				   "\"制度\": [\"有制度\"]}";
	assert_int_equal(rubric_unit_load_json(u, "a.json", json, strlen(json)), RUBRIC_OK);
	assert_int_equal(rubric_unit_evaluate(u), RUBRIC_OK);
	assert_int_equal(rubric_summary_add(s, u), RUBRIC_OK);
	assert_int_equal(rubric_summary_add(s, u), RUBRIC_OK);
	rubric_summary_add_failed(s);
	char *text;
	size_t len;
	assert_int_equal(rubric_summary_render(s, "units.csv", &text, &len), RUBRIC_OK);
	assert_int_equal(strlen(text), len);
	assert_non_null(strstr(text, "summary of units.csv: 3 units, 2 scored, 1 failed\n"));
	assert_string_equal(rubric_result_total(u), "9.5");
	assert_non_null(strstr(text, "total: mean 9.5, median 9.5, least 9.5, greatest 9.5\n"));
	assert_non_null(strstr(text, "优 2 (100%)"));
	long rank = 0;
	assert_int_equal(rubric_summary_rank(s, "9.5", &rank), RUBRIC_OK);
	assert_int_equal(rank, 1); /* two units share the first rank */
	assert_int_equal(rubric_summary_rank(s, "3", &rank), RUBRIC_MISUSE);
	rubric_free(text);
	rubric_summary_free(s);
	rubric_summary_free(NULL);
	rubric_unit_free(u);
	rubric_template_free(t);
}

/* A unit's identity: "$id"'s fields and the keys named as such, kept in
 * the order written and not read as values. */
static void test_identity(void **state)
{
	(void)state;
	rubric_template *t = compile_small();
	rubric_unit *u;
	assert_int_equal(rubric_unit_new(&u, t, NULL), RUBRIC_OK);
	const char *keys[] = { "项目编号" };
	assert_int_equal(rubric_unit_set_id_keys(u, keys, 1), RUBRIC_OK);
	assert_int_equal(rubric_unit_set_id_keys(u, NULL, 1), RUBRIC_MISUSE);
	static const char json[] = "{\"$id\": {\"项目名称\": \"甲\", \"年度\": 2023}, \"项目编号\": \"P01\", "
				   "\"预算\": 100, \"执行\": 95, \"完成率\": \"96%\", \"满意度\": \"满意\", "
				   "\"制度\": [\"有制度\"]}";
	assert_int_equal(rubric_unit_load_json(u, "a.json", json, strlen(json)), RUBRIC_OK);
	assert_int_equal(rubric_unit_id_count(u), 3);
	assert_string_equal(rubric_unit_id_key(u, 0), "项目名称");
	assert_string_equal(rubric_unit_id_value(u, 0), "甲");
	assert_string_equal(rubric_unit_id_value(u, 1), "2023");
	assert_string_equal(rubric_unit_id_key(u, 2), "项目编号");
	assert_string_equal(rubric_unit_id_value(u, 2), "P01");
	assert_null(rubric_unit_id_key(u, 3));
	assert_int_equal(rubric_unit_evaluate(u), RUBRIC_OK);
	rubric_unit_reset(u);
	assert_int_equal(rubric_unit_id_count(u), 0);
	/* without the name, the key is no input: an error */
	assert_int_equal(rubric_unit_set_id_keys(u, NULL, 0), RUBRIC_OK);
	assert_int_equal(rubric_unit_load_json(u, "a.json", json, strlen(json)), RUBRIC_ERROR);
	rubric_unit_free(u);
	rubric_template_free(t);
}

/* An actual as a number: the double nearest its exact value, which
 * mpq_get_d (truncating) misses for 913/960; none for a text's. */
static void test_actual_number(void **state)
{
	(void)state;
	rubric_template *t = compile_small();
	rubric_unit *u;
	static const char json[] = "{\"预算\": 960, \"执行\": 913, \"完成率\": \"96%\", \"满意度\": \"满意\", \"制度\": []}";
	assert_int_equal(rubric_unit_new(&u, t, NULL), RUBRIC_OK);
	assert_int_equal(rubric_unit_load_json(u, "a.json", json, strlen(json)), RUBRIC_OK);
	double v = -1;
	assert_int_equal(rubric_result_actual_number(u, 1, &v), 0); /* not evaluated */
	assert_int_equal(rubric_unit_evaluate(u), RUBRIC_OK);
	assert_int_equal(rubric_result_actual_number(u, 1, &v), 1);
	assert_true(v == 913.0 / 960.0); /* IEEE division rounds to nearest */
	assert_int_equal(rubric_result_actual_number(u, 2, &v), 1);
	assert_true(v == 0.96);
	v = -1;
	assert_int_equal(rubric_result_actual_number(u, 4, &v), 0); /* a level */
	assert_int_equal(rubric_result_actual_number(u, 0, &v), 0); /* a group */
	assert_int_equal(rubric_result_actual_number(u, 1, NULL), 0);
	assert_true(v == -1);
	rubric_unit_free(u);
	rubric_template_free(t);
}

/* require reason: the template says so, and a row below full marks
 * without a reason is pending for that (RUBRIC_UNREASONED), one with a
 * reason is scored. */
static void test_require_reason(void **state)
{
	(void)state;
	static const char text[] = "rubric \"r\" {\n"
				    "    require reason\n"
				    "    indicator 甲 weight 10 { target >= 100; score proportional }\n"
				    "}\n";
	rubric_template *t;
	assert_int_equal(rubric_template_compile(&t, "r.rubric", text, strlen(text), NULL), RUBRIC_OK);
	assert_int_equal(rubric_template_require_reason(t), 1);
	rubric_template *plain = compile_small();
	assert_int_equal(rubric_template_require_reason(plain), 0);
	assert_int_equal(rubric_template_require_reason(NULL), 0);
	rubric_template_free(plain);
	rubric_unit *u;
	assert_int_equal(rubric_unit_new(&u, t, NULL), RUBRIC_OK);
	assert_int_equal(rubric_unit_set_number(u, rubric_input_find(t, "甲"), "90"), RUBRIC_OK);
	assert_int_equal(rubric_unit_evaluate(u), RUBRIC_INCOMPLETE);
	assert_int_equal(rubric_result_flags(u, 0), RUBRIC_APPLICABLE | RUBRIC_PENDING | RUBRIC_UNREASONED);
	assert_null(rubric_result_grade(u));
	assert_int_equal(rubric_unit_set_reason(u, 0, "进度滞后", strlen("进度滞后")), RUBRIC_OK);
	assert_int_equal(rubric_unit_evaluate(u), RUBRIC_OK);
	assert_int_equal(rubric_result_flags(u, 0), RUBRIC_APPLICABLE);
	assert_string_equal(rubric_result_score(u, 0), "9");
	rubric_unit_free(u);
	rubric_template_free(t);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_seed_from_files),
		cmocka_unit_test(test_introspection),
		cmocka_unit_test(test_form_header),
		cmocka_unit_test(test_summary),
		cmocka_unit_test(test_identity),
		cmocka_unit_test(test_setters),
		cmocka_unit_test(test_actual_number),
		cmocka_unit_test(test_require_reason),
		cmocka_unit_test(test_report_reading),
		cmocka_unit_test(test_bad_value_fails_unit),
		cmocka_unit_test(test_unreasoned),
		cmocka_unit_test(test_set_score),
		cmocka_unit_test(test_diagnostics),
		cmocka_unit_test(test_reporter_reset),
		cmocka_unit_test(test_reporter_warning_levels),
		cmocka_unit_test(test_unreadable),
		cmocka_unit_test(test_misuse),
		cmocka_unit_test(test_format),
		cmocka_unit_test(test_tests),
		cmocka_unit_test(test_escape),
		cmocka_unit_test(test_translate),
		cmocka_unit_test(test_counters),
		cmocka_unit_test(test_boundary_tests),
		cmocka_unit_test(test_version),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
