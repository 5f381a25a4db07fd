/* report.c - the report model (report.h), built through rubric.h.
 *
 * A unit's results are packed (report_pack) into one buffer of texts, in
 * the order the template's items give, and the report is read back from
 * it (report_unpack): a report of one unit and the sheets of a batch,
 * built on its writer thread from what its scorer threads packed, come
 * from the same code.  A text is a byte 1 and its bytes up to a NUL, or a
 * byte 0 for none. */
#include "report.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

/* ---- packing ---- */

struct pack {
	char *p;
	size_t n, cap;
	bool failed;
};

static void put(struct pack *k, const char *s)
{
	size_t len = s ? strlen(s) + 2 : 1;
	if (k->failed)
		return;
	if (k->cap - k->n < len) {
		size_t cap = k->cap ? k->cap : 1024;
		while (cap - k->n < len) {
			if (cap > ((size_t)-1) / 2) {
				k->failed = true;
				return;
			}
			cap *= 2;
		}
		char *p = realloc(k->p, cap);
		if (!p) {
			k->failed = true;
			return;
		}
		k->p = p;
		k->cap = cap;
	}
	if (!s) {
		k->p[k->n++] = 0;
		return;
	}
	k->p[k->n++] = 1;
	memcpy(k->p + k->n, s, len - 1); /* with its NUL */
	k->n += len - 1;
}

/* The flags of an indicator's result (RUBRIC_APPLICABLE ...), as decimal
 * text. */
static void put_flags(struct pack *k, int flags)
{
	char f[16];
	snprintf(f, sizeof f, "%d", flags & 127);
	put(k, f);
}

char *report_pack(const rubric_template *t, rubric_unit *u, const char *const *keys, const char *const *values,
		  int nids, bool explain, size_t *len)
{
	struct pack k = { 0 };
	int n = rubric_item_count(t);
	if (!keys)
		nids = rubric_unit_id_count(u);
	char count[32];
	snprintf(count, sizeof count, "%d", nids);
	put(&k, count);
	for (int i = 0; i < nids; i++) {
		put(&k, keys ? keys[i] : rubric_unit_id_key(u, i));
		put(&k, keys ? values[i] : rubric_unit_id_value(u, i));
	}
	put(&k, rubric_result_total(u));
	put(&k, rubric_result_grade(u));
	put(&k, rubric_result_rescaled(u) ? "1" : NULL);
	put(&k, rubric_result_incomplete(u) ? "1" : NULL);
	put(&k, explain ? "1" : NULL);
	for (int i = 0; i < n; i++) {
		int flags = rubric_result_flags(u, i);
		put(&k, flags & RUBRIC_APPLICABLE ? rubric_result_score(u, i) : NULL);
		if (rubric_item_kind(t, i) != RUBRIC_INDICATOR)
			continue;
		put_flags(&k, flags);
		put(&k, rubric_result_target(u, i, 1));
		put(&k, rubric_result_actual(u, i));
		double v;
		char number[32];
		bool is_number = rubric_result_actual_number(u, i, &v);
		if (is_number) /* 17 digits: the same double read back */
			snprintf(number, sizeof number, "%.17g", v);
		put(&k, is_number ? number : NULL);
		put(&k, flags & RUBRIC_OVERRIDDEN ? rubric_result_rule_score(u, i) : NULL);
		put(&k, rubric_result_reason(u, i));
		if (explain) { /* for a unit scored: else none */
			char *text = NULL;
			if (rubric_unit_explain(u, i, &text, NULL) == RUBRIC_NOMEM)
				k.failed = true;
			put(&k, text);
			rubric_free(text);
		}
		if (rubric_item_budget(t, i))
			for (int f = RUBRIC_BUDGET_INITIAL; f <= RUBRIC_BUDGET_SPENT; f++)
				put(&k, rubric_result_budget(u, i, f));
	}
	if (k.failed) {
		free(k.p);
		return NULL;
	}
	*len = k.n;
	return k.p;
}

/* ---- unpacking ---- */

struct cursor {
	const char *p, *end;
	bool bad;
};

static const char *take(struct cursor *c)
{
	if (c->bad || c->p >= c->end) {
		c->bad = true;
		return NULL;
	}
	if (*c->p++ == 0)
		return NULL;
	const char *s = c->p;
	const char *nul = memchr(s, '\0', (size_t)(c->end - s));
	if (!nul) {
		c->bad = true;
		return NULL;
	}
	c->p = nul + 1;
	return s;
}

/* The identity field of r whose key is one of names (NULL-terminated),
 * or NULL. */
static const char *identity(const struct report *r, const char *const *names)
{
	for (const char *const *k = names; *k; k++)
		for (int i = 0; i < r->nids; i++)
			if (r->id_key[i] && r->id_value[i] && *r->id_value[i] && !strcmp(r->id_key[i], *k))
				return r->id_value[i];
	/* the unit does not say: the template's header (form { ... }) */
	int n = rubric_template_header_count(r->t);
	for (const char *const *k = names; *k; k++)
		for (int i = 0; i < n; i++)
			if (!strcmp(rubric_template_header_key(r->t, i), *k) && *rubric_template_header_value(r->t, i))
				return rubric_template_header_value(r->t, i);
	return NULL;
}

/* The groups above an item, from the top, as many as a form shows. */
struct above {
	int depth;
	int groups[REPORT_MAX_LEVELS];
};

void report_shape(struct report *r, const rubric_template *t, enum report_form form, bool explain)
{
	int n = rubric_item_count(t);
	memset(r, 0, sizeof *r);
	r->t = t;
	r->budget = -1;
	r->title = rubric_template_title(t);
	r->max = rubric_template_total(t);
	r->decimals = rubric_template_decimals(t);
	r->explain = explain;
	for (int i = 0; i < n && r->budget < 0; i++)
		if (rubric_item_kind(t, i) == RUBRIC_INDICATOR && rubric_item_budget(t, i))
			r->budget = i;
	/* the command line's, else the template's, else by its shape: only the
	 * self-evaluation form has a budget row */
	if (form == REPORT_AUTO && rubric_template_form(t) != RUBRIC_FORM_AUTO)
		form = rubric_template_form(t) == RUBRIC_FORM_SELF ? REPORT_SELF : REPORT_SCORE;
	r->form = form != REPORT_AUTO ? form : r->budget >= 0 ? REPORT_SELF : REPORT_SCORE;
	/* the rows' levels of groups: the budget row's too in a score table,
	 * where it is a row */
	for (int i = 0; i < n; i++) {
		if (rubric_item_kind(t, i) != RUBRIC_INDICATOR || (i == r->budget && r->form == REPORT_SELF))
			continue;
		int depth = rubric_item_depth(t, i);
		depth = depth < REPORT_MAX_LEVELS ? depth : REPORT_MAX_LEVELS;
		if (depth > r->levels)
			r->levels = depth;
	}
}

int report_unpack(struct report *r, const rubric_template *t, const char *packed, size_t len,
		  enum report_form form)
{
	static const char *const project[] = { "项目名称", "项目", NULL };
	static const char *const department[] = { "主管部门", NULL };
	static const char *const implementer[] = { "实施单位", "单位名称", "预算单位", NULL };
	static const char *const year[] = { "年度", "年份", NULL };
	int n = rubric_item_count(t);
	report_shape(r, t, form, false);
	r->packed = malloc(len + 1);
	struct above *above = calloc((size_t)n + 1, sizeof *above);
	r->rows = calloc((size_t)n + 1, sizeof *r->rows);
	r->score = calloc((size_t)n + 1, sizeof *r->score);
	if (!r->packed || !above || !r->rows || !r->score)
		goto fail;
	memcpy(r->packed, packed, len);
	r->packed[len] = '\0';
	struct cursor c = { r->packed, r->packed + len, false };
	const char *count = take(&c);
	long nids = count ? strtol(count, NULL, 10) : -1;
	if (nids < 0 || (size_t)nids > len)
		goto fail;
	r->nids = (int)nids;
	r->id_key = calloc((size_t)nids + 1, sizeof *r->id_key);
	r->id_value = calloc((size_t)nids + 1, sizeof *r->id_value);
	if (!r->id_key || !r->id_value)
		goto fail;
	for (int i = 0; i < r->nids; i++) {
		r->id_key[i] = take(&c);
		r->id_value[i] = take(&c);
	}
	r->total = take(&c);
	r->grade = take(&c);
	r->rescaled = take(&c) != NULL;
	r->incomplete = take(&c) != NULL;
	r->explain = take(&c) != NULL;
	/* each item's groups from its parent's: a group comes before the
	 * items in it, so one pass in table order */
	for (int i = 0; i < n && !c.bad; i++) {
		int parent = rubric_item_parent(t, i);
		struct above *a = &above[i];
		if (parent >= 0 && parent < i) {
			*a = above[parent];
			if (a->depth < REPORT_MAX_LEVELS)
				a->groups[a->depth++] = parent;
		}
		for (int k = a->depth; k < REPORT_MAX_LEVELS; k++)
			a->groups[k] = -1;
		r->score[i] = take(&c);
		if (rubric_item_kind(t, i) != RUBRIC_INDICATOR)
			continue;
		const char *flags = take(&c);
		int f = flags ? (int)strtol(flags, NULL, 10) : 0;
		const char *target = take(&c);
		const char *actual = take(&c), *number = take(&c), *rule = take(&c), *reason = take(&c);
		char *explain = r->explain ? (char *)take(&c) : NULL; /* in r->packed: ours */
		for (size_t e = explain ? strlen(explain) : 0; e && explain[e - 1] == '\n'; e--)
			explain[e - 1] = '\0'; /* its last line's end: a cell ends there anyway */
		if (rubric_item_budget(t, i)) {
			r->budget = i;
			r->budget_actual = actual;
			r->budget_number = number;
			for (int k = RUBRIC_BUDGET_INITIAL; k <= RUBRIC_BUDGET_SPENT; k++)
				r->budget_figure[k] = take(&c);
			if (r->form == REPORT_SELF)
				continue; /* the budget block shows it */
			/* a score table has no budget block: a row of its own */
		}
		struct report_row *row = &r->rows[r->nrows++];
		row->item = i;
		row->depth = a->depth;
		memcpy(row->groups, a->groups, sizeof row->groups);
		row->name = rubric_item_name(t, i);
		/* a row the template marks not applicable weighs nothing: "/" */
		row->weight = rubric_item_inapplicable(t, i) ? "/" : rubric_item_weight(t, i);
		row->target = target; /* the unit's: its own 年度指标值, with the unit */
		row->unit = rubric_item_unit(t, i);
		row->note = rubric_item_note(t, i);
		row->actual = actual;
		row->number = number;
		row->applicable = f & RUBRIC_APPLICABLE;
		row->overridden = f & RUBRIC_OVERRIDDEN;
		row->judged = f & RUBRIC_JUDGED;
		row->pending = f & RUBRIC_PENDING;
		row->marked = f & RUBRIC_MARKED;
		row->unreasoned = f & RUBRIC_UNREASONED;
		row->score = r->score[i];
		row->rule_score = rule;
		row->reason = reason;
		row->explain = explain;
	}
	if (c.bad || c.p != c.end)
		goto fail;
	free(above);
	r->project = identity(r, project);
	r->department = identity(r, department);
	r->implementer = identity(r, implementer);
	r->year = identity(r, year);
	return 0;
fail:
	free(above);
	report_free(r);
	return -1;
}

int report_build(struct report *r, const rubric_template *t, rubric_unit *u, enum report_form form, bool explain)
{
	size_t len;
	char *packed = report_pack(t, u, NULL, NULL, 0, explain, &len);
	if (!packed) {
		memset(r, 0, sizeof *r);
		return -1;
	}
	int rc = report_unpack(r, t, packed, len, form);
	free(packed);
	return rc;
}

void report_free(struct report *r)
{
	free(r->rows);
	free(r->score);
	free(r->id_key);
	free(r->id_value);
	free(r->packed);
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
		l->c_explain = -1;
	} else {
		l->c_weight = n + 1;
		l->c_target = n + 2;
		l->c_actual = n + 3;
		l->c_score = n + 4;
		l->c_note = n + 5;
		l->c_reason = n + 6;
		l->ncols = n + 7;
		l->c_explain = -1;
	}
	if (r->explain)
		l->c_explain = l->ncols++;
}

const char *report_heading(const struct report *r, const struct report_layout *l, int col)
{
	static const char *const levels[] = { N_("level 1 indicator"), N_("level 2 indicator"),
					      N_("level 3 indicator"), N_("level 4 indicator"),
					      N_("level 5 indicator") };
	bool self = r->form == REPORT_SELF;
	if (col == l->c_name && r->levels == 0) /* no groups: the indicators alone */
		return _("indicator");
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
	if (col == l->c_explain)
		return _("how it was scored");
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

char *report_page_bytes(const struct report_page *e, const struct report *r, size_t *len)
{
	char *buf = NULL;
	size_t n = 0;
	FILE *f = open_memstream(&buf, &n);
	if (!f) {
		fprintf(stderr, "rubric: %s\n", _("out of memory"));
		return NULL;
	}
	e->begin(f, r->title);
	e->unit(f, r, NULL);
	e->end(f);
	bool ok = !ferror(f) && !report_failed();
	ok &= fclose(f) == 0;
	if (!ok) {
		free(buf);
		fprintf(stderr, "rubric: %s\n", _("out of memory"));
		return NULL;
	}
	*len = n;
	return buf;
}

/* Set when a text could not be made (report_failed). */
static _Thread_local bool out_of_memory;

bool report_failed(void)
{
	bool failed = out_of_memory;
	out_of_memory = false;
	return failed;
}

void report_fail(void)
{
	out_of_memory = true;
}

char *report_fmt(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	char *c = n >= 0 ? malloc((size_t)n + 1) : NULL;
	if (c) {
		va_start(ap, fmt);
		vsnprintf(c, (size_t)n + 1, fmt, ap);
		va_end(ap);
	} else {
		out_of_memory = true;
	}
	return c;
}

char *report_year(const struct report *r)
{
	if (!r->year || (r->title && strstr(r->title, r->year)))
		return NULL;
	size_t n = strlen(r->year);
	bool whole = n >= 6 && !strcmp(r->year + n - 6, "年度"); /* "2020年度" as it is */
	return report_fmt("（%s%s）", r->year, whole ? "" : "年度");
}

char *report_budget_label(const struct report *r)
{
	const char *unit = r->budget >= 0 ? rubric_item_unit(r->t, r->budget) : NULL;
	return unit ? report_fmt(_("budget (%s)"), unit) : report_fmt("%s", _("budget"));
}

char *report_group_label(const struct report *r, int group)
{
	const char *g = rubric_item_name(r->t, group);
	if (r->form == REPORT_SELF)
		return report_fmt("%s", g);
	return report_fmt(_("%s (%s points)"), g, rubric_item_weight(r->t, group));
}

char *report_grade_label(const struct report *r)
{
	if (r->incomplete)
		return report_fmt("%s", _("grade: - (rows pending: the total is incomplete)"));
	return report_fmt(_("grade: %s"), r->grade ? r->grade : "-");
}

char *report_remark(const struct report_row *x)
{
	char *head = NULL;
	if (x->pending && x->unreasoned)
		head = report_fmt("%s", _("pending: below full marks without a reason"));
	else if (x->pending && !x->marked)
		head = report_fmt("%s", _("pending: the rule cannot score this value"));
	else if (x->pending)
		head = report_fmt(_("pending: marked %s"), x->actual ? x->actual : "");
	else if (x->marked && x->overridden)
		head = report_fmt(_("marked %s: the data's score"), x->actual ? x->actual : "");
	else if (x->marked && x->applicable)
		head = report_fmt(_("marked %s: scores 0"), x->actual ? x->actual : "");
	else if (x->marked)
		head = report_fmt(_("marked %s: left out of the total"), x->actual ? x->actual : "");
	else if (!x->applicable)
		head = report_fmt("%s", _("not applicable"));
	else if (x->overridden)
		head = report_fmt(_("overridden, the rule gives %s"), x->rule_score ? x->rule_score : "?");
	else if (x->judged)
		head = report_fmt("%s", _("judged by the evaluator"));
	if (!head)
		return x->reason ? report_fmt("%s", x->reason) : NULL;
	char *c = x->reason ? report_fmt("%s%s%s", head, _(": "), x->reason) : head;
	if (c != head)
		free(head);
	return c;
}

/* cells[c] = text, which report_fmt or the like just made: false when
 * that ran out of memory. */
static bool cell(char **cells, int c, char *text)
{
	cells[c] = text;
	return text != NULL;
}

int report_row_cells(const struct report *r, const struct report_layout *l, int i, bool merged, char **cells)
{
	const struct report_row *x = &r->rows[i];
	bool marked = merged && (x->overridden || x->judged), ok = true;
	for (int c = 0; c < l->ncols; c++)
		cells[c] = NULL;
	for (int k = 0; k < x->depth; k++)
		if (!merged)
			ok &= cell(cells, k, report_fmt("%s", rubric_item_name(r->t, x->groups[k])));
		else if (report_group_span(r, i, k) > 0) /* the group's first row */
			ok &= cell(cells, k, report_group_label(r, x->groups[k]));
	ok &= cell(cells, x->depth, report_fmt("%s", x->name)); /* from its depth on: the columns after are empty */
	/* a unit after a number the data gave, as the form writes it */
	bool with_unit = x->applicable && x->unit && strcmp(x->unit, "%") && x->actual &&
			 strspn(x->actual, "-0123456789.") == strlen(x->actual);
	ok &= cell(cells, l->c_actual,
		   report_fmt("%s%s", x->applicable || x->marked ? x->actual ? x->actual : "" : "/",
			      with_unit ? x->unit : ""));
	ok &= cell(cells, l->c_score, report_fmt("%s%s", x->pending ? "待核实" : x->score ? x->score : "/",
						 marked ? "*" : ""));
	ok &= cell(cells, l->c_target, report_fmt("%s", x->target ? x->target : ""));
	ok &= cell(cells, l->c_weight, report_fmt("%s", x->weight));
	if (l->c_note >= 0)
		ok &= cell(cells, l->c_note, report_fmt("%s", x->note ? x->note : ""));
	if (!x->applicable || x->overridden || x->judged || x->reason || x->pending || x->marked)
		ok &= cell(cells, l->c_reason, report_remark(x));
	if (l->c_explain >= 0)
		ok &= cell(cells, l->c_explain, report_fmt("%s", x->explain ? x->explain : ""));
	for (int c = 0; c < l->ncols && ok; c++)
		if (!cells[c])
			ok = cell(cells, c, report_fmt("%s", ""));
	if (!ok) {
		report_cells_free(cells, l->ncols);
		return -1;
	}
	return 0;
}

void report_cells_free(char **cells, int n)
{
	for (int c = 0; c < n; c++) {
		free(cells[c]);
		cells[c] = NULL;
	}
}
