/* report.h - a scored unit as the paper form lays it out: the report model.
 *
 * A report is built once from a template and a unit just scored with it,
 * through rubric.h only, and the emitters (xlsx.c, html.c, markdown.c)
 * read the unit's results from it and nothing else: the rows of the
 * indicator table with the groups above each, the budget block, the
 * form's header (项目名称, 主管部门, 实施单位, 年度, from the unit's
 * identity), the total and grade, and with --explain each row's 计分说明.
 * The template's own texts (names, weights, units) they read through
 * rubric.h.
 *
 * Two forms are laid out (docs/reports.md):
 *   REPORT_SELF   the national 项目支出绩效自评表: budget block, then
 *                 一级/二级/三级指标, 年度指标值, 实际完成值, 分值, 得分,
 *                 偏差原因分析及改进措施;
 *   REPORT_SCORE  a third party's 评价得分表: 一级/二级/三级指标, 分值,
 *                 目标值, 实际值, 得分, 评分标准 (the `note`), 备注.
 * REPORT_AUTO picks the first for a template with a budget row (only the
 * self-evaluation form has one), the second otherwise.
 *
 * Ownership: the strings a report holds are the template's (rubric_item_*)
 * and its own copy of the unit's (report_pack): it outlives the unit, and
 * is valid while the template is.  report_free frees it.
 */
#ifndef RUBRIC_CLI_REPORT_H
#define RUBRIC_CLI_REPORT_H

#include <stdbool.h>
#include <stdio.h>

#include "rubric.h"

enum report_form { REPORT_AUTO, REPORT_SELF, REPORT_SCORE };

/* Group columns a form shows at most (一级, 二级, 三级, 四级): a group
 * nested deeper is not shown, its rows are under the one above it. */
#define REPORT_MAX_LEVELS 4

/* One indicator's row. */
struct report_row {
	int item;                /* the indicator */
	int depth;               /* groups above it, at most REPORT_MAX_LEVELS */
	int groups[REPORT_MAX_LEVELS]; /* the groups above it, from the top;
					  -1 past depth */
	const char *name, *weight, *target, *unit, *note;
	const char *actual;      /* as the text table shows it, or NULL */
	const char *number;      /* the actual when it is a number, as the
				    nearest double's text ("0.95104166666666663"
				    for ≈95.1042%), or NULL */
	const char *score;       /* exact decimal text; NULL when not applicable */
	const char *rule_score;  /* the rule's, when overridden */
	const char *reason;      /* 偏差原因, or NULL */
	const char *explain;     /* how the score came about (rubric_unit_explain),
				    when the report explains; else NULL */
	bool applicable, overridden, judged;
	bool pending;            /* no score: its value is in doubt (待核实) */
	bool marked;             /* its value is marked 未填报 or the like, which
				    actual holds */
	bool unreasoned;         /* pending for want of a reason (偏差原因) under
				    `require reason` */
};

struct report {
	const rubric_template *t;
	enum report_form form;
	const char *title;
	/* the unit's identity ("$id", or a CSV's identity columns): nids
	 * pairs of key and value */
	int nids;
	const char **id_key, **id_value;
	/* 项目名称, 主管部门, 实施单位, 年度: the identity fields of those
	 * names (also 项目, 单位名称, 预算单位, 年份), or NULL */
	const char *project, *department, *implementer, *year;
	int levels;              /* columns of groups: the deepest row's depth */
	struct report_row *rows; /* the indicators in table order, but the budget row */
	int nrows;
	const char **score;      /* per item: its score (a group's subtotal), NULL
				    when it has none */
	int budget;              /* the budget row's item, or -1 */
	const char *budget_figure[3]; /* RUBRIC_BUDGET_INITIAL...; NULL when not given */
	const char *budget_actual; /* its 执行率 */
	const char *budget_number; /* and that as a number (report_row.number) */
	const char *total, *max, *grade;
	bool rescaled;           /* the total is not the rows' sum (rubric_result_rescaled) */
	bool incomplete;         /* rows are pending: the total is of the others,
				    and there is no grade */
	bool explain;            /* each row carries its 计分说明 (--explain) */
	int decimals;            /* of the scores (rubric_template_decimals) */
	char *packed;            /* the unit's texts (report_pack), owned */
};

/* A unit's part of a report, packed into bytes on the thread that scored
 * it, to be laid out elsewhere (a batch's workbook is built by its
 * writer): its identity and every text of its results, in a fixed order;
 * a unit that failed packs its identity and no results.  The identity is
 * the nids pairs keys[i], values[i] (a CSV's identity columns), or with
 * keys NULL the unit's own ("$id").  With explain, each indicator's
 * 计分说明 too (rubric_unit_explain).  Returns a malloc'd buffer of *len
 * bytes, or NULL when out of memory. */
char *report_pack(const rubric_template *t, rubric_unit *u, const char *const *keys, const char *const *values,
		  int nids, bool explain, size_t *len);

/* Builds r from t and what report_pack made of a unit scored with it;
 * packed (len bytes) is copied.  Returns 0, or -1 when out of memory or
 * when packed is not report_pack's of t. */
int report_unpack(struct report *r, const rubric_template *t, const char *packed, size_t len,
		  enum report_form form);

/* What of r the template alone decides, with no unit: its title, form
 * (REPORT_AUTO chosen by its shape), budget row, levels of groups and
 * decimals; enough for report_layout and report_heading, as the header
 * of a table written before any unit is (needs no report_free). */
void report_shape(struct report *r, const rubric_template *t, enum report_form form, bool explain);

/* Where a form puts what: the columns of its indicator table.  Columns
 * 0 .. levels-1 hold the groups, c_name the indicator's name; c_note is
 * -1 in a form without one (the self-evaluation form). */
struct report_layout {
	int ncols;
	int c_name, c_target, c_actual, c_weight, c_score, c_note, c_reason;
	int c_explain;           /* the 计分说明 (--explain), last; or -1 */
};

void report_layout(const struct report *r, struct report_layout *l);

/* The heading of column col of the indicator table (一级指标, 年度指标值,
 * ...), in the language of messages. */
const char *report_heading(const struct report *r, const struct report_layout *l, int col);

/* The group cell of row i at level k (< REPORT_MAX_LEVELS): how many rows
 * from i down it spans, merged, as the form draws it; 0 when the row
 * above holds it; -1 when the row has no group at that level (its name
 * spans the column). */
int report_group_span(const struct report *r, int i, int k);

/* Whether a text of a report could not be made for want of memory
 * (report_fmt and the functions below, or an emitter's own, which calls
 * report_fail) since the last call, on this thread; clears it.  An
 * emitter goes on with what it has, and whoever called it, seeing true,
 * fails the whole output: a report never silently lacks a text. */
bool report_failed(void);
void report_fail(void);

/* The texts of row i of the indicator table, one per column of l, into
 * cells (each malloc'd; "" for an empty one; report_cells_free frees
 * them).  merged, as a form drawn for people: a group's label (with its
 * points in a score table) on its first row only, and a score set by the
 * data or judged marked '*'.  Else, for a table read by programs (CSV):
 * every row names all its groups, and scores are numbers alone.  Returns
 * 0, or -1 when out of memory, with cells free. */
int report_row_cells(const struct report *r, const struct report_layout *l, int i, bool merged, char **cells);
void report_cells_free(char **cells, int n);

/* Texts every form shows alike, in the language of messages, each
 * malloc'd whole (text from the template and the data has no length
 * bound), or NULL when there is none or memory ran out:
 * printf's text (NULL: out of memory); */
char *report_fmt(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* the year line under the title, "（2020年度）"; NULL when the unit gives
 * no year or the title already says it; */
char *report_year(const struct report *r);
/* the budget block's first heading, 项目资金（万元）; */
char *report_budget_label(const struct report *r);
/* a group's cell: its name, and in a score table its points, 投入（12分）; */
char *report_group_label(const struct report *r, int group);
/* a row's remark: not applicable, the rule's score of an override or a
 * judged score, and the reason. */
char *report_remark(const struct report_row *x);
/* "grade: 优", or, when rows are pending, that there is none: malloc'd,
 * NULL when out of memory. */
char *report_grade_label(const struct report *r);

/* Builds r from t and u, which rubric_unit_evaluate has just scored:
 * report_pack, then report_unpack.  Returns 0, or -1 when out of memory
 * (r then needs no report_free). */
int report_build(struct report *r, const rubric_template *t, rubric_unit *u, enum report_form form, bool explain);
void report_free(struct report *r);

/* The report as an xlsx workbook (xlsx.c), in memory: malloc'd, *len
 * bytes, to write atomically or to standard output; NULL after saying
 * why on standard error. */
char *report_xlsx_bytes(const struct report *r, size_t *len);

/* The summary's line of one unit of a batch. */
struct report_unit_line {
	const char *heading;     /* the unit's identity, as the text output heads it */
	const char *total;       /* NULL: the unit failed */
	const char *grade;
	long rank;               /* 1 + units with a greater total; 0: none */
};

/* A report as a page of text, one emitter per format: an HTML page
 * (html.c: self-contained, with charts) or Markdown (markdown.c).  One
 * unit's page is begin, unit (heading NULL: the unit's own title) and
 * end (report_page_bytes).  A batch's is begin (titled); summary (the
 * 汇总's text, the grades' counts), a summary row per unit (i from 0) and
 * summary_end; each unit's form under its identity, or a note that it
 * failed; end. */
struct report_page {
	void (*begin)(FILE *f, const char *title);
	void (*summary)(FILE *f, const char *title, const char *text, const char *const *grades,
			const long *counts, int ngrades);
	void (*summary_row)(FILE *f, long i, const struct report_unit_line *u);
	void (*summary_end)(FILE *f);
	void (*unit)(FILE *f, const struct report *r, const char *heading);
	void (*failed)(FILE *f, const char *heading);
	void (*end)(FILE *f);
};

extern const struct report_page report_html, report_markdown;

/* One unit's page, in memory: malloc'd, *len bytes; NULL after saying
 * why on standard error. */
char *report_page_bytes(const struct report_page *e, const struct report *r, size_t *len);

/* A workbook of many units, sheet by sheet (xlsx.c): open (titled); the
 * summary sheet (汇总), its rows (every unit's identity values under
 * id_names, total, grade and rank; i from 0) and its end (the grades'
 * counts); each unit's form on a sheet of its own (named sheet, or after
 * its project); close (NULL after saying why; else the workbook's bytes,
 * as report_xlsx_bytes). */
struct xlsx;
struct xlsx *xlsx_open(const char *title);
int xlsx_summary(struct xlsx *x, const char *title, int decimals, const char *const *id_names, int nids);
void xlsx_summary_row(struct xlsx *x, long i, const char *const *ids, const struct report_unit_line *u);
void xlsx_summary_end(struct xlsx *x, const char *const *grades, const long *counts, int ngrades);
int xlsx_add_form(struct xlsx *x, const struct report *r, const char *sheet);
char *xlsx_close(struct xlsx *x, size_t *len);

#endif
