/* build.h - constructors the grammar calls to build a struct program.
 *
 * Each grammar action is one call here.  These functions record
 * declarations in the program, assemble indicators from their clauses and
 * report what is wrong at the level of a single construct (a clause given
 * twice, a rounding of 40 digits); everything that needs the whole template
 * is left to the checker.
 *
 * Ownership: everything is allocated in the program's arena.
 */
#ifndef RUBRIC_BUILD_H
#define RUBRIC_BUILD_H

#include "ast.h"

struct parser;

/* Clause kinds of an indicator. ORDER clause_names */
enum clause_kind {
	CL_WEIGHT, CL_TARGET, CL_ACTUAL, CL_SCORE, CL_UNIT, CL_NOTE, CL_ROUND, CL_INAPPLICABLE,
};

/* One clause of an indicator block, before the indicator is assembled. */
struct clause {
	enum clause_kind kind;
	struct span span;
	struct expr *expr;       /* weight, actual, unit, note */
	struct target target;    /* target */
	struct rule *rule;       /* score */
	struct rounding round;   /* round */
	struct clause *next_spare; /* in the parser's list of spare clauses */
};

/* The reference point of `deduct X per Y above|below Z`. */
struct deduct_ref {
	enum deduct_dir dir;
	struct expr *at;         /* Z, or NULL */
};

/* The source text of a keyword used as a name (interned). */
const char *build_word(struct parser *p, struct span sp);

/* The node of the number literal text[0..len) (well-formed, as the lexer
 * matched it), as ast_num makes it, except that a literal of up to 18
 * digits is a read-only constant (num_const): nothing may write its
 * num. */
struct expr *build_num(struct parser *p, const char *text, size_t len, struct span sp);

struct vec *build_list(struct parser *p);
struct vec *build_push(struct parser *p, struct vec *v, void *item);

void build_template(struct parser *p, struct expr *title, struct vec *items, struct span sp);
void build_library(struct parser *p, struct vec *funcs);
void build_total(struct parser *p, struct expr *total, bool stated, struct span sp);
void build_round(struct parser *p, struct rounding r);
void build_grades(struct parser *p, struct vec *entries, struct span sp);
void build_input(struct parser *p, const char *name, struct span sp, enum type type,
		 const char *unit, struct expr *dflt);
void build_input_integer(struct parser *p, const char *name, struct span sp,
			 const char *unit, struct expr *dflt);
void build_input_percent(struct parser *p, const char *name, struct span sp,
			 const char *unit, struct expr *dflt);
void build_let(struct parser *p, const char *name, struct span sp, struct expr *value);
void build_test(struct parser *p, struct expr *name, struct vec *parts, struct span sp);
struct item *build_group(struct parser *p, const char *name, struct span name_sp, struct expr *weight,
			 bool stated, struct span stated_sp, struct vec *children, struct span sp);
struct item *build_indicator(struct parser *p, const char *name, struct span name_sp,
			     struct expr *weight, struct vec *clauses, struct span sp);
struct rounding build_rounding(struct parser *p, struct expr *digits, enum num_mode mode, struct span sp);
struct item_points *build_points(struct parser *p, const char *name, struct span sp,
				 struct expr *lo, struct expr *hi, struct expr *text);
struct func *build_func(struct parser *p, const char *name, struct span sp,
			struct vec *params, struct expr *body);
struct param *build_param(struct parser *p, const char *name, struct span sp, enum type type);
struct clause *build_clause(struct parser *p, enum clause_kind kind, struct span sp);
struct target build_target(struct parser *p, enum op op, struct expr *lo, struct expr *hi, struct span sp);
struct target build_target_bare(struct parser *p, struct expr *value, struct span sp);
void build_target_unit(struct parser *p, struct target *t, const char *unit, struct span sp);
struct item *build_target_default(struct parser *p, enum op op, struct span sp);
/* `missing POLICY`: what a row whose value is marked 未填报 scores, in the
 * template or the group it is written in. */
struct item *build_missing(struct parser *p, enum missing_policy policy, struct span sp);
struct item *build_share(struct parser *p, struct span sp);
struct item *build_budget(struct parser *p, const char *name, struct span name_sp,
			  struct expr *weight, struct vec *clauses, struct span sp);
void build_levels(struct parser *p, const char *name, struct span name_sp,
		  struct vec *entries, struct span sp);
struct rule *build_grade_levels(struct parser *p, const char *name, struct span name_sp,
				struct span sp);
void build_require_reason(struct parser *p, struct span sp);
void build_bad_head(struct parser *p, struct span sp);
void build_form(struct parser *p, const char *kind, struct span kind_sp, struct vec *header, struct span sp);
struct header_field *build_header_field(struct parser *p, const char *key, struct span key_sp,
					struct expr *text, struct span value_sp);
void build_inapplicable(struct parser *p, bool rescale, struct span sp);
struct rule *build_rule(struct parser *p, enum rule_kind kind, struct span sp);
struct rule *build_deduct(struct parser *p, struct expr *amount, struct expr *per,
			  struct deduct_ref ref, struct expr *cap, struct span sp);
struct band *build_band(struct parser *p, bool lo_closed, struct bound lo, struct bound hi,
			bool hi_closed, struct expr *points, struct span lsp, struct span rsp);
struct band *build_band_cmp(struct parser *p, enum op op, struct expr *at, struct expr *points,
			    struct span opsp, struct span atsp);
struct band *build_band_else(struct parser *p, struct expr *points, struct span sp);
struct vec *build_tag(struct parser *p, struct vec *entries, int expect);
struct vec *build_given_file(struct parser *p, struct expr *file, struct span sp);
struct test_entry *build_entry(struct parser *p, const char *name, struct span sp, struct expr *value);
struct expr *build_list_value(struct parser *p, struct vec *values, struct span sp);
struct expr *build_cases(struct parser *p, struct vec *cases, struct span sp);
struct expr **build_case(struct parser *p, struct expr *cond, struct expr *value);

/* After a syntax error that a missing '}' would explain (likely: at the end
 * of the file, or at a 'group' or 'indicator'), adds a help line naming the
 * innermost bracket still open. */
void build_hint_unclosed(struct parser *p, bool likely);

#endif
