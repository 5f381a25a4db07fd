/* report.c - the report model (report.h), built through rubric.h. */
#include "report.h"

#include <stdlib.h>
#include <string.h>

/* The identity field of u whose key is one of names (NULL-terminated),
 * or NULL. */
static const char *identity(rubric_unit *u, const char *const *names)
{
	int n = rubric_unit_id_count(u);
	for (const char *const *k = names; *k; k++)
		for (int i = 0; i < n; i++) {
			const char *key = rubric_unit_id_key(u, i), *v = rubric_unit_id_value(u, i);
			if (key && v && *v && !strcmp(key, *k))
				return v;
		}
	return NULL;
}

/* The groups above an item, from the top, as many as a form shows. */
struct above {
	int depth;
	int groups[REPORT_MAX_LEVELS];
};

int report_build(struct report *r, const rubric_template *t, rubric_unit *u, enum report_form form)
{
	static const char *const project[] = { "项目名称", "项目", NULL };
	static const char *const department[] = { "主管部门", NULL };
	static const char *const implementer[] = { "实施单位", "单位名称", "预算单位", NULL };
	static const char *const year[] = { "年度", "年份", NULL };
	int n = rubric_item_count(t);
	memset(r, 0, sizeof *r);
	r->t = t;
	r->u = u;
	r->budget = -1;
	r->title = rubric_template_title(t);
	r->project = identity(u, project);
	r->department = identity(u, department);
	r->implementer = identity(u, implementer);
	r->year = identity(u, year);
	r->total = rubric_result_total(u);
	r->max = rubric_template_total(t);
	r->grade = rubric_result_grade(u);
	r->decimals = rubric_template_decimals(t);
	/* each item's groups from its parent's: a group comes before the
	 * items in it, so one pass in table order */
	struct above *above = calloc((size_t)n + 1, sizeof *above);
	r->rows = calloc((size_t)n + 1, sizeof *r->rows);
	if (!above || !r->rows) {
		free(above);
		free(r->rows);
		r->rows = NULL;
		return -1;
	}
	for (int i = 0; i < n; i++) {
		int parent = rubric_item_parent(t, i);
		struct above *a = &above[i];
		if (parent >= 0 && parent < i) {
			*a = above[parent];
			if (a->depth < REPORT_MAX_LEVELS)
				a->groups[a->depth++] = parent;
		}
		for (int k = a->depth; k < REPORT_MAX_LEVELS; k++)
			a->groups[k] = -1;
		if (rubric_item_kind(t, i) != RUBRIC_INDICATOR)
			continue;
		if (rubric_item_budget(t, i)) {
			r->budget = i;
			for (int f = RUBRIC_BUDGET_INITIAL; f <= RUBRIC_BUDGET_SPENT; f++)
				r->budget_figure[f] = rubric_result_budget(u, i, f);
			continue;
		}
		struct report_row *row = &r->rows[r->nrows++];
		int flags = rubric_result_flags(u, i);
		row->item = i;
		row->depth = a->depth;
		memcpy(row->groups, a->groups, sizeof row->groups);
		row->name = rubric_item_name(t, i);
		row->weight = rubric_item_weight(t, i);
		row->target = rubric_item_target(t, i);
		row->unit = rubric_item_unit(t, i);
		row->note = rubric_item_note(t, i);
		row->actual = rubric_result_actual(u, i);
		row->applicable = flags & RUBRIC_APPLICABLE;
		row->overridden = flags & RUBRIC_OVERRIDDEN;
		row->judged = flags & RUBRIC_JUDGED;
		row->score = row->applicable ? rubric_result_score(u, i) : NULL;
		row->rule_score = row->overridden ? rubric_result_rule_score(u, i) : NULL;
		row->reason = rubric_result_reason(u, i);
		if (row->depth > r->levels)
			r->levels = row->depth;
	}
	free(above);
	r->form = form != REPORT_AUTO ? form : r->budget >= 0 ? REPORT_SELF : REPORT_SCORE;
	return 0;
}

void report_free(struct report *r)
{
	free(r->rows);
	memset(r, 0, sizeof *r);
}
