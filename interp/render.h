/* render.h - the scored table as text or JSON.
 *
 * Text is the filled-in table: one row per group and indicator, indented by
 * level, with target, actual, weight and score columns aligned under CJK
 * text (two cells per character), then the total and the grade; a
 * published column when verifying and a remark column (overrides, reasons,
 * rows not applicable) when there is something to remark.  Text from the
 * template or the data is shown whole, with the characters that could act
 * on a terminal escaped (\u001b).  JSON carries the same numbers exactly as
 * rounded (93.92, never a binary fraction) and the same text exactly.
 */
#ifndef RUBRIC_RENDER_H
#define RUBRIC_RENDER_H

#include <stdio.h>

#include "eval.h"

enum render_format {
	RENDER_TEXT,
	RENDER_JSON,
	RENDER_TEST,  /* a test block of the template: the unit's values
			 given, its published (else its computed) scores
			 expected (rubric eval --emit-test), in the
			 template's keywords */
};

/* Writes the results of a successful eval_run; with verify, also the audit
 * of the published scores (eval_audit).  The document is built whole in
 * memory first.  Returns 0; or -1 with errno ENOMEM, having written
 * nothing, when memory ran out; or -1 with the errno of the write that
 * failed. */
int render(FILE *out, struct eval *ev, enum render_format fmt, bool verify);

/* The same document in memory: malloc'd, NUL-terminated, *len bytes; NULL
 * with errno ENOMEM when memory ran out. */
char *render_text_of(struct eval *ev, enum render_format fmt, bool verify, size_t *len);

/* The decimals of a number that has no exact decimal (10/3) where a
 * decimal is written: JSON, and the texts of the library's results. */
#define RENDER_FRAC 10

/* An indicator's target cell and actual cell as the text table shows them
 * ("≥95%", "完备"), unescaped: malloc'd, or NULL when empty (or out of
 * memory). */
char *render_target(struct program *p, struct item *ind);

/* The target as a unit's table shows it: a target the data gives
 * (target >= 目标人次) as its value for the unit (≥2000), with the
 * indicator's unit after a number when with_unit (≥2000人次).  malloc'd,
 * or NULL when empty (or out of memory). */
char *render_unit_target(struct eval *ev, struct item *ind, bool with_unit);

/* Literals of a test block, as `rubric eval --emit-test` writes them,
 * appended to out: a name (quoted when it needs it), a string, a value
 * (a picked level as scored(level, score); with chinese, 打分(...), 真
 * and 假, for a template written with Chinese keywords), a number (exact:
 * a decimal, or a fraction). */
struct strbuf;
void render_test_name(struct strbuf *out, const char *name);
void render_test_string(struct strbuf *out, const char *s, size_t len);
void render_test_value(struct strbuf *out, const struct value *v, bool chinese);
void render_test_number(struct strbuf *out, const mpq_t q, bool percent);
char *render_actual(struct eval *ev, struct item *ind);

#endif
