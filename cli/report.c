/* report.c - the report model (report.h), built through rubric.h. */
#include "report.h"

#include <stdlib.h>
#include <string.h>

#include "cli.h"

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
		/* a row the template marks not applicable weighs nothing: "/" */
		row->weight = rubric_item_inapplicable(t, i) ? "/" : rubric_item_weight(t, i);
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

void report_layout(const struct report *r, struct report_layout *l)
{
	int n = r->levels;
	l->c_name = n;
	if (r->form == REPORT_SELF) {
		l->c_target = n + 1;
		l->c_actual = n + 2;
		l->c_weight = n + 3;
		l->c_score = n + 4;
		l->c_note = -1;
		l->c_reason = n + 5;
		l->ncols = n + 6;
	} else {
		l->c_weight = n + 1;
		l->c_target = n + 2;
		l->c_actual = n + 3;
		l->c_score = n + 4;
		l->c_note = n + 5;
		l->c_reason = n + 6;
		l->ncols = n + 7;
	}
}

const char *report_heading(const struct report *r, const struct report_layout *l, int col)
{
	static const char *const levels[] = { N_("level 1 indicator"), N_("level 2 indicator"),
					      N_("level 3 indicator"), N_("level 4 indicator"),
					      N_("level 5 indicator") };
	bool self = r->form == REPORT_SELF;
	if (col <= l->c_name)
		return _(levels[col < 4 ? col : 4]);
	if (col == l->c_target)
		return self ? _("annual target") : _("target");
	if (col == l->c_actual)
		return self ? _("actual result") : _("actual");
	if (col == l->c_weight)
		return _("weight");
	if (col == l->c_score)
		return _("score");
	if (col == l->c_note)
		return _("scoring standard");
	if (col == l->c_reason)
		return self ? _("reasons for deviation and improvements") : _("remark");
	return "";
}

int report_group_span(const struct report *r, int i, int k)
{
	const struct report_row *x = &r->rows[i];
	if (x->depth <= k)
		return -1;
	if (i > 0 && r->rows[i - 1].depth > k && r->rows[i - 1].groups[k] == x->groups[k])
		return 0;
	int last = i;
	while (last + 1 < r->nrows && r->rows[last + 1].depth > k && r->rows[last + 1].groups[k] == x->groups[k])
		last++;
	return last - i + 1;
}
