/* rubric.h - the rubric library: compile a scoring template once, score
 * many units with it, exactly.
 *
 *     rubric_template *t;
 *     if (rubric_template_load(&t, "004.rubric", NULL) != RUBRIC_OK)
 *             ...;                       // its errors went to the reporter
 *     rubric_unit *u;
 *     rubric_unit_new(&u, t, NULL);
 *     rubric_unit_load_json(u, "unit.json", json, strlen(json));
 *     if (rubric_unit_evaluate(u) == RUBRIC_OK)
 *             printf("%s %s\n", rubric_result_total(u), rubric_result_grade(u));
 *     rubric_unit_free(u);
 *     rubric_template_free(t);
 *
 * Handles are opaque.  A compiled template is immutable: any number of
 * threads may evaluate it at once, each through a unit of its own.  A unit
 * (an evaluation frame: one unit's values and scores) and a reporter are
 * used by one thread at a time.  Nothing here calls exit or abort; every
 * function that can fail returns a status (RUBRIC_OK, ...).  Numbers go in
 * and come out as exact decimal text ("93.92"), never through a binary
 * fraction; the double accessors are for convenience only.
 *
 * Text is UTF-8, and names are matched in Unicode NFC, as the template's
 * are.  A `const char *` returned by a function belongs to the library: a
 * template's text lives as long as the template; a result's until the
 * unit's values change (a setter, rubric_unit_load_json, rubric_unit_reset),
 * it is evaluated again, or it is freed.
 *
 * docs/api.md is the guide; rubric(3) the reference.
 */
#ifndef RUBRIC_H
#define RUBRIC_H

#include <stddef.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(RUBRIC_BUILD) && defined(__GNUC__)
#define RUBRIC_API __attribute__((visibility("default")))
#else
#define RUBRIC_API
#endif

/* ---- version ---------------------------------------------------------- */

#define RUBRIC_VERSION_MAJOR 0
#define RUBRIC_VERSION_MINOR 6
#define RUBRIC_VERSION_PATCH 0
#define RUBRIC_VERSION "0.6.0"
/* MAJOR * 10000 + MINOR * 100 + PATCH, for #if */
#define RUBRIC_VERSION_NUMBER 600

/* The version of the library linked in, "0.6.0": compare it with
 * RUBRIC_VERSION to find a header and a library that disagree. */
RUBRIC_API const char *rubric_version(void);
RUBRIC_API int rubric_version_number(void);

/* ---- status codes ----------------------------------------------------- */

enum {
	RUBRIC_OK = 0,      /* done */
	RUBRIC_ERROR = 1,   /* the template or the unit's values have errors:
			       each one went to the reporter */
	RUBRIC_NOMEM = 2,   /* out of memory; nothing was half done */
	RUBRIC_IO = 3,      /* a file could not be read or written (errno says
			       why) */
	RUBRIC_MISUSE = 4,  /* a NULL handle, an index out of range, a value
			       of the wrong type for its input, or a result
			       asked for before a successful evaluation */
	RUBRIC_INCOMPLETE = 5, /* rubric_unit_evaluate: scored, but rows have
			       no score (RUBRIC_PENDING), each for an error
			       that went to the reporter: the results are
			       there, the total is of the rows scored and has
			       no grade */
};

/* "ok", "errors were reported", "out of memory", ...: English. */
RUBRIC_API const char *rubric_status_string(int status);

/* ---- messages and the allocator ------------------------------------- */

/* The language of messages: "en" (also "C" and "en_..."), "zh" (also
 * "zh_..."; Simplified Chinese), or NULL or "" for what the environment
 * asks for (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), the default.  Process-wide: set it before other threads use the library.
 * Returns RUBRIC_OK, or RUBRIC_MISUSE for a language it does not speak. */
RUBRIC_API int rubric_set_language(const char *lang);

/* An allocator, as Lua's: ptr NULL and size > 0 allocates; size 0 frees
 * ptr and returns NULL; otherwise resizes ptr, keeping its contents.
 * old_size is the size ptr was allocated with (0 when ptr is NULL).
 * Returns NULL when it cannot; ud is what rubric_set_allocator got. */
typedef void *rubric_alloc_fn(void *ud, void *ptr, size_t old_size, size_t size);

/* Makes the library allocate through fn (NULL: the C library's malloc,
 * the default).  Call it first, before any handle exists; it is
 * process-wide.  The numbers of an evaluation are GMP's, which allocates
 * through mp_set_memory_functions: the library leaves that to the
 * program.  Returns RUBRIC_OK, or RUBRIC_MISUSE once handles exist. */
RUBRIC_API int rubric_set_allocator(rubric_alloc_fn *fn, void *ud);

/* Frees memory the library handed over (rubric_unit_render,
 * rubric_format, rubric_escape_text). */
RUBRIC_API void rubric_free(void *p);

/* msgid, an English message of the library's catalogue, in the language
 * of messages: its translation, or msgid itself when there is none (and
 * always in English).  For a program that prints messages of its own the
 * catalogue holds, as the command line does ("out of memory"). */
RUBRIC_API const char *rubric_translate(const char *msgid);

/* The text s[0..len) of a template or its data (a name, a value, a
 * message quoting them) as text diagnostics show it, safe to print on a
 * terminal: control characters escaped (\n, \t, \u001b), and so are the
 * line and paragraph separators and the invisible format characters
 * (U+200B, U+202E, ...); bytes that are not UTF-8 become U+FFFD; quotes
 * and backslashes stay as they are.  Into *out (*out_len bytes,
 * NUL-terminated, to free with rubric_free).  Returns RUBRIC_OK,
 * RUBRIC_NOMEM or RUBRIC_MISUSE. */
RUBRIC_API int rubric_escape_text(const char *s, size_t len, char **out, size_t *out_len);

/* ---- diagnostics ------------------------------------------------------ */

enum {
	RUBRIC_SEVERITY_ERROR = 0,
	RUBRIC_SEVERITY_WARNING = 1,
};

/* One diagnostic.  Its strings are valid during the callback only. */
typedef struct rubric_diagnostic {
	const char *code;        /* "E101": stable, see docs/diagnostics.md */
	const char *name;        /* "unknown-name" */
	int severity;            /* RUBRIC_SEVERITY_*: a warning under
				    werror is an error */
	const char *message;     /* in the language of messages */
	const char *help;        /* its help lines, joined by '\n'; or NULL */
	const char *file;        /* the template or data file; NULL when the
				    diagnostic has no place (a setter's value) */
	size_t start, end;       /* the place: bytes [start, end) of the file */
	int line, column;        /* 1-based, column in characters; 0 with no
				    place */
	int end_line, end_column; /* one past the place's last character */
	int item;                /* the item a unit's diagnostic is about (an
				    indicator being scored: rubric_item_find's
				    index), or -1 */
} rubric_diagnostic;

typedef void rubric_diagnostic_fn(void *ud, const rubric_diagnostic *d);

/* Where diagnostics go: to a function, or written to a stream as the
 * command line writes them.  A NULL reporter anywhere discards them. */
typedef struct rubric_reporter rubric_reporter;

enum {
	RUBRIC_DIAGNOSTICS_TEXT = 0,  /* file:line:col: error[E101]: ..., the
					 line and a caret, help lines, then a
					 summary line at rubric_reporter_finish */
	RUBRIC_DIAGNOSTICS_JSON = 1,  /* one JSON document, at finish */
	RUBRIC_DIAGNOSTICS_SARIF = 2, /* one SARIF 2.1.0 log, at finish */
};

/* A reporter calling fn(ud, d) for each diagnostic, once its help lines
 * are known. */
RUBRIC_API int rubric_reporter_new(rubric_reporter **out, rubric_diagnostic_fn *fn, void *ud);

/* A reporter writing to out (borrowed) in a RUBRIC_DIAGNOSTICS_* format. */
RUBRIC_API int rubric_reporter_new_stream(rubric_reporter **out, FILE *stream, int format);

/* Options: werror counts warnings as errors (a template with warnings then
 * does not compile); hide_warnings counts warnings without reporting them.
 * Both are off by default. */
RUBRIC_API void rubric_reporter_set_werror(rubric_reporter *r, int on);
RUBRIC_API void rubric_reporter_set_hide_warnings(rubric_reporter *r, int on);

/* What is made of the warning code ("W201"): RUBRIC_WARNING_ALLOW, not
 * reported nor counted (--allow); RUBRIC_WARNING_DENY, an error (--deny);
 * RUBRIC_WARNING_AS_IS, a warning.  A template allows a warning at one
 * place itself, by a comment on its line or the line before, with the
 * reason: "# rubric: allow W203 公布的评分标准如此"; SARIF lists those as
 * suppressed.  RUBRIC_MISUSE for a code that is no warning. */
enum { RUBRIC_WARNING_AS_IS = 0, RUBRIC_WARNING_ALLOW = 1, RUBRIC_WARNING_DENY = 2 };
RUBRIC_API int rubric_reporter_set_warning(rubric_reporter *r, const char *code, int level);

/* Errors and warnings reported so far. */
RUBRIC_API int rubric_reporter_errors(const rubric_reporter *r);
RUBRIC_API int rubric_reporter_warnings(const rubric_reporter *r);

/* Counts the errors and warnings from zero again.  A reporter shows the
 * first 100 errors and the first 100 warnings and only counts the rest:
 * one that serves many units in turn resets before each, so that every
 * unit's diagnostics are shown whatever came before.  What a JSON or
 * SARIF stream reporter has collected is kept for rubric_reporter_finish. */
RUBRIC_API void rubric_reporter_reset(rubric_reporter *r);

/* Ends the reporter's run: a stream gets its summary line or its document.
 * Returns RUBRIC_OK; RUBRIC_NOMEM when a diagnostic or the document could
 * not be built; RUBRIC_IO when the stream failed. */
RUBRIC_API int rubric_reporter_finish(rubric_reporter *r);
RUBRIC_API void rubric_reporter_free(rubric_reporter *r);

/* ---- templates -------------------------------------------------------- */

typedef struct rubric_template rubric_template;

/* Compiles the template text[0..len), named name in diagnostics, into
 * *out.  The text is copied.  Errors, and warnings, go to r.  Returns
 * RUBRIC_OK, RUBRIC_ERROR (*out is NULL), RUBRIC_NOMEM or RUBRIC_MISUSE. */
RUBRIC_API int rubric_template_compile(rubric_template **out, const char *name,
				       const char *text, size_t len, rubric_reporter *r);

/* Reads the file at path and compiles it; RUBRIC_IO when it cannot be
 * read (also reported to r). */
RUBRIC_API int rubric_template_load(rubric_template **out, const char *path, rubric_reporter *r);

RUBRIC_API void rubric_template_free(rubric_template *t);

/* The name the template was compiled with (the path, for
 * rubric_template_load): the file its diagnostics and test failures
 * name. */
RUBRIC_API const char *rubric_template_name(const rubric_template *t);

/* The template's title (`rubric "..."`), full score (`total`, as exact
 * decimal text) and the decimals its scores are rounded to (`round`; 0
 * when it has none, and its scores are then exact). */
RUBRIC_API const char *rubric_template_title(const rubric_template *t);
RUBRIC_API const char *rubric_template_total(const rubric_template *t);
RUBRIC_API int rubric_template_decimals(const rubric_template *t);

/* Whether the template says `require reason`: every score below full
 * marks needs a reason (偏差原因) in the data, and a row without one is
 * left pending (RUBRIC_PENDING, error E314).  1 or 0. */
RUBRIC_API int rubric_template_require_reason(const rubric_template *t);

/* The form the template asks its reports to lay out (`form self`: the
 * 项目支出绩效自评表; `form score`: the 评价得分表), or RUBRIC_FORM_AUTO
 * when it does not say. */
enum { RUBRIC_FORM_AUTO = 0, RUBRIC_FORM_SELF = 1, RUBRIC_FORM_SCORE = 2 };
RUBRIC_API int rubric_template_form(const rubric_template *t);

/* The fields of the form's header the template gives (`form { 项目名称:
 * "..."; 年度: 2020 }`), in the order written: their number, and the key
 * and value of field k (NULL past the end).  A unit's own identity
 * ("$id") gives the same fields for itself. */
RUBRIC_API int rubric_template_header_count(const rubric_template *t);
RUBRIC_API const char *rubric_template_header_key(const rubric_template *t, int k);
RUBRIC_API const char *rubric_template_header_value(const rubric_template *t, int k);

/* The grades (`grades { 优: 90; ... }`, or the national 优 良 中 差), from
 * the highest down: their number, and the name of each. */
RUBRIC_API int rubric_grade_count(const rubric_template *t);
RUBRIC_API const char *rubric_grade_name(const rubric_template *t, int grade);

/* ---- inputs: what a unit supplies ------------------------------------- */

enum {
	RUBRIC_NUMBER = 1,   /* a number */
	RUBRIC_PERCENT = 2,  /* a number written as a percent ("95%") */
	RUBRIC_INTEGER = 3,  /* a whole number: a count */
	RUBRIC_TEXT = 4,     /* text, or a level of a grade */
	RUBRIC_DATE = 5,     /* a date, "2020-12-31" */
	RUBRIC_BOOL = 6,     /* true or false (是/否) */
	RUBRIC_LIST = 7,     /* a list of texts: the items a checklist met */
};

/* Inputs are numbered 0 .. rubric_input_count(t) - 1: the declared ones in
 * order, then each indicator's own (an indicator without `actual`). */
RUBRIC_API int rubric_input_count(const rubric_template *t);

/* The index of the input called name (NUL-terminated, matched in NFC), or
 * -1.  Look each name up once; the index is the handle setters take. */
RUBRIC_API int rubric_input_find(const rubric_template *t, const char *name);

/* The name of the input closest to name, which none is called (a column or
 * key misspelt: an edit away for a short name, up to three for a long one),
 * or NULL: for "did you mean" in a message shown.  It compares name with
 * every input's, so call it only for an error that is shown. */
RUBRIC_API const char *rubric_input_closest(const rubric_template *t, const char *name);

RUBRIC_API const char *rubric_input_name(const rubric_template *t, int input);
RUBRIC_API int rubric_input_type(const rubric_template *t, int input); /* RUBRIC_NUMBER, ... */
RUBRIC_API const char *rubric_input_unit(const rubric_template *t, int input); /* "万元" or NULL */
/* Whether it has a default (a unit may leave it out). */
RUBRIC_API int rubric_input_optional(const rubric_template *t, int input);
/* The indicator whose own input it is, or -1 for a declared input. */
RUBRIC_API int rubric_input_item(const rubric_template *t, int input);

/* ---- items: groups and indicators ------------------------------------- */

enum {
	RUBRIC_GROUP = 1,     /* 一级/二级指标: its score is its rows' sum */
	RUBRIC_INDICATOR = 2, /* 三级指标: a row scored by a rule */
};

/* Items are numbered 0 .. rubric_item_count(t) - 1 in table order: each
 * group comes before the items in it. */
RUBRIC_API int rubric_item_count(const rubric_template *t);

/* The index of the item called name, or -1.  A group and an indicator may
 * share a name: kind (RUBRIC_GROUP or RUBRIC_INDICATOR, 0 for either)
 * says which is wanted; the first in table order is found. */
RUBRIC_API int rubric_item_find(const rubric_template *t, const char *name, int kind);

RUBRIC_API int rubric_item_kind(const rubric_template *t, int item);
RUBRIC_API const char *rubric_item_name(const rubric_template *t, int item);
/* The group it is in, or -1 at the top; its depth (0 at the top). */
RUBRIC_API int rubric_item_parent(const rubric_template *t, int item);
RUBRIC_API int rubric_item_depth(const rubric_template *t, int item);
/* Its weight (分值), as exact decimal text. */
RUBRIC_API const char *rubric_item_weight(const rubric_template *t, int item);
/* An indicator's target as the template writes it ("≥ 95%"), its unit and
 * its note (评分标准); NULL when it has none, and for a group. */
RUBRIC_API const char *rubric_item_target(const rubric_template *t, int item);
RUBRIC_API const char *rubric_item_unit(const rubric_template *t, int item);
RUBRIC_API const char *rubric_item_note(const rubric_template *t, int item);
/* The rule an indicator is scored by, by its keyword: "proportional",
 * "met", "interpolate", "deduct", "bonus", "bands", "checklist", "grade",
 * "judged", or "formula" for an expression; NULL for a group. */
RUBRIC_API const char *rubric_item_rule(const rubric_template *t, int item);

/* An indicator's own input (its actual, when the template does not compute
 * it), or -1. */
RUBRIC_API int rubric_item_input(const rubric_template *t, int item);

/* Whether the template marks an indicator not applicable (`inapplicable`,
 * "/" in the table): 1 or 0. */
RUBRIC_API int rubric_item_inapplicable(const rubric_template *t, int item);

/* The choices a unit makes for an indicator: the items of its checklist
 * (the ones met are listed) or the levels of its grade (one is given);
 * their number (0 for any other rule) and each one's name, in the order
 * written; NULL out of range. */
RUBRIC_API int rubric_item_choice_count(const rubric_template *t, int item);
RUBRIC_API const char *rubric_item_choice(const rubric_template *t, int item, int k);

/* Whether the unit gives an indicator's score itself (1 or 0): a judged
 * row, and a grade with a level that is a range (有制度: 2..3), whose
 * score within it the data picks (`指标.得分`, {"level": ..., "score": ...}). */
RUBRIC_API int rubric_item_scored_by_data(const rubric_template *t, int item);

/* Whether an indicator is the budget row (`budget`, 年度资金总额: the
 * form's 项目资金 block, scored by its 执行率): 1 or 0. */
RUBRIC_API int rubric_item_budget(const rubric_template *t, int item);

/* ---- units: one unit's values, and its scores ------------------------- */

typedef struct rubric_unit rubric_unit;

/* A unit to score with t, which must outlive it.  Errors in its values
 * and in evaluating them go to r (borrowed; NULL discards them). */
RUBRIC_API int rubric_unit_new(rubric_unit **out, const rubric_template *t, rubric_reporter *r);
RUBRIC_API void rubric_unit_free(rubric_unit *u);

/* Changes where the unit's diagnostics go. */
RUBRIC_API void rubric_unit_set_reporter(rubric_unit *u, rubric_reporter *r);

/* Forgets every value and result, ready for the next unit. */
RUBRIC_API void rubric_unit_reset(rubric_unit *u);

/* Replaces the unit's values with a whole unit given as a JSON object
 * (text[0..len), named name in diagnostics; copied), as `rubric eval`
 * reads a data file: values by input name, row objects with scores,
 * reasons and published scores, "$published" (docs/cli.md, "Data").
 * Returns RUBRIC_OK, or
 * RUBRIC_ERROR after reporting every problem. */
RUBRIC_API int rubric_unit_load_json(rubric_unit *u, const char *name, const char *text, size_t len);

/* A unit's identity (项目编号, 项目名称, ...), which rubric_unit_load_json
 * keeps rather than reads as values: the fields of "$id": {...}, and the
 * top-level keys named by set_id_keys (n names, copied; matched in NFC).
 * id_count, id_key and id_value give them, in the order written, from
 * the last unit loaded (none after a reset); NULL out of range. */
RUBRIC_API int rubric_unit_set_id_keys(rubric_unit *u, const char *const *keys, int n);
RUBRIC_API int rubric_unit_id_count(rubric_unit *u);
RUBRIC_API const char *rubric_unit_id_key(rubric_unit *u, int i);
RUBRIC_API const char *rubric_unit_id_value(rubric_unit *u, int i);

/* Setters: one input's value.  A value replaces the input's earlier one.
 * A value that does not fit the input's type is reported (naming the
 * input) and gives RUBRIC_ERROR; an index out of range RUBRIC_MISUSE.
 *
 * set_text reads text as a data file's string is read, by the input's
 * type: "95%", "≥ 90%", "12.5", "2020-12-31", "是", a level's name; so it
 * sets an input of any type but a list.  set_number takes exact decimal
 * text ("93.92", "-1.5", "95%"); set_integer and set_bool a C value;
 * set_date a calendar date; set_list n items (lens[i] bytes each, or
 * NUL-terminated when lens is NULL). */
RUBRIC_API int rubric_unit_set_text(rubric_unit *u, int input, const char *s, size_t len);
RUBRIC_API int rubric_unit_set_number(rubric_unit *u, int input, const char *decimal);
RUBRIC_API int rubric_unit_set_integer(rubric_unit *u, int input, long long v);
RUBRIC_API int rubric_unit_set_bool(rubric_unit *u, int input, int v);
RUBRIC_API int rubric_unit_set_date(rubric_unit *u, int input, int year, int month, int day);
RUBRIC_API int rubric_unit_set_list(rubric_unit *u, int input, const char *const *items,
				    const size_t *lens, int n);

/* Marks an input as given but unreadable, for a caller that reads values
 * itself (from a spreadsheet, say) and has reported why one cannot be
 * read: rubric_unit_evaluate then gives RUBRIC_ERROR without a result, as
 * it does after a setter's RUBRIC_ERROR, and reports no missing value for
 * the input. */
RUBRIC_API int rubric_unit_set_unreadable(rubric_unit *u, int input);

/* What the data says of an indicator's row besides its actual, as a row
 * object does (docs/cli.md, "Data"): the score an evaluator gives (a
 * judged row's score; for a grade, the score picked within its level's
 * range; else an override of the rule's), the reason (偏差原因), that the
 * row does not apply, and the score the published table gives (for
 * rubric_unit_verify; item -1 sets the published total). */
RUBRIC_API int rubric_unit_set_score(rubric_unit *u, int item, const char *decimal);
RUBRIC_API int rubric_unit_set_reason(rubric_unit *u, int item, const char *s, size_t len);
RUBRIC_API int rubric_unit_set_inapplicable(rubric_unit *u, int item);
RUBRIC_API int rubric_unit_set_published(rubric_unit *u, int item, const char *decimal);

/* The grade the published table gives (for rubric_unit_verify); and a
 * judged row's actual as the table writes it, which the text table shows
 * (its score is set with rubric_unit_set_score). */
RUBRIC_API int rubric_unit_set_published_grade(rubric_unit *u, const char *s, size_t len);
RUBRIC_API int rubric_unit_set_shown(rubric_unit *u, int item, const char *s, size_t len);

/* Scores the unit from its values.  Every missing input and every error
 * is reported; RUBRIC_ERROR then, and no results.  An error that concerns
 * one row only (a value in no band, a division by zero in its rule, a
 * value marked 未填报 or 待核实 where the template's `missing` policy makes
 * it one) leaves that row pending instead: RUBRIC_INCOMPLETE, with the
 * results of the other rows.  Values stay set, so one may be changed and
 * the unit evaluated again. */
RUBRIC_API int rubric_unit_evaluate(rubric_unit *u);

/* ---- results of an evaluation (RUBRIC_OK or RUBRIC_INCOMPLETE) ------- */

/* The total, as exact decimal text rounded as the template says ("93.92"),
 * and the name of its grade ("优"), or NULL.  A total or score with no
 * exact decimal (10/3, where the template has no `round`) is written
 * rounded half up to 10 decimals ("3.3333333333"), as the JSON output
 * writes it; rubric_result_raw_score gives it exactly ("10/3"). */
RUBRIC_API const char *rubric_result_total(rubric_unit *u);
RUBRIC_API double rubric_result_total_double(rubric_unit *u);
RUBRIC_API const char *rubric_result_grade(rubric_unit *u);
/* Whether the total was rescaled over the rows that apply (`inapplicable
 * rescale`, with rows not applicable), or a group's subtotal over its own
 * (`inapplicable share`, RUBRIC_RESCALED), and so the total is not the sum
 * of the rows' scores: 1 or 0. */
RUBRIC_API int rubric_result_rescaled(rubric_unit *u);
/* Whether rows are pending (RUBRIC_INCOMPLETE): the total is the sum of
 * the rows scored, and there is no grade: 1 or 0. */
RUBRIC_API int rubric_result_incomplete(rubric_unit *u);

/* An item's final score (an indicator's, or a group's subtotal), as
 * decimal text (exact, or to 10 decimals as the total); NULL for an index
 * out of range or before a successful evaluation, and for a row not
 * applicable or pending. */
RUBRIC_API const char *rubric_result_score(rubric_unit *u, int item);
RUBRIC_API double rubric_result_score_double(rubric_unit *u, int item);

/* An indicator's score as its rule gives it, rounded (it differs from the
 * final score when overridden; decimal text as the final score's), and
 * unrounded: exact decimal text, or a fraction "1/3" when no decimal is
 * exact.  NULL for a group. */
RUBRIC_API const char *rubric_result_rule_score(rubric_unit *u, int item);
RUBRIC_API const char *rubric_result_raw_score(rubric_unit *u, int item);

/* Flags of an item's result. */
enum {
	RUBRIC_APPLICABLE = 1,  /* counts towards the total */
	RUBRIC_OVERRIDDEN = 2,  /* the data's score replaced the rule's */
	RUBRIC_JUDGED = 4,      /* scored by an evaluator: `judged`, or a score
				   picked in a level's range (有制度: 2..3) */
	RUBRIC_DISAGREES = 8,   /* after rubric_unit_verify: the published
				   score differs */
	RUBRIC_PENDING = 16,    /* no score: its value is in doubt (an error
				   was reported); the total leaves it out.  A
				   group: rows in it are pending, its score is
				   of the rows scored */
	RUBRIC_MARKED = 32,     /* its value is marked as not given or in doubt
				   (未填报, 待核实, ...; rubric_result_actual
				   gives the word): scored as the template's
				   `missing` says, 0 or left out, or pending */
	RUBRIC_UNREASONED = 64, /* pending (with RUBRIC_PENDING) because its
				   score is below full marks without a reason
				   (偏差原因) and the template says `require
				   reason` (E314) */
	RUBRIC_RESCALED = 128,  /* a group: rows in it are not applicable and
				   it shares their weight out among the others
				   (`inapplicable share`): its subtotal is the
				   rows' sum rescaled over the weights that
				   apply, not their sum */
};
RUBRIC_API int rubric_result_flags(rubric_unit *u, int item);

/* An indicator's actual as the table shows it ("95%", "完备"), the reason
 * the data gives for it (偏差原因), and its published score; each NULL
 * when there is none. */
RUBRIC_API const char *rubric_result_actual(rubric_unit *u, int item);
/* An indicator's actual when it is a number (a percent as its fraction:
 * 95% is 0.95): into *v the double nearest its exact value, which
 * rubric_result_actual may show rounded ("≈95.1042%").  Returns 1, or 0
 * (*v untouched) when the actual is no number: a text, a date, a list, a
 * mark, a judged row's, a row not applicable, or none. */
RUBRIC_API int rubric_result_actual_number(rubric_unit *u, int item, double *v);
RUBRIC_API const char *rubric_result_reason(rubric_unit *u, int item);
RUBRIC_API const char *rubric_result_published(rubric_unit *u, int item);

/* An indicator's target as the unit's table shows it: as written
 * (rubric_item_target: "≥95%"), but a target the data gives (target >=
 * 目标人次, the unit's own 年度指标值) as its value for the unit ("≥2000");
 * with the indicator's unit after a number when with_unit ("≥2000人次").
 * NULL without a target. */
RUBRIC_API const char *rubric_result_target(rubric_unit *u, int item, int with_unit);

/* The budget row's figures (rubric_item_budget), as exact decimal text in
 * the row's unit: 年初预算数, 全年预算数 and 全年执行数; NULL when the data
 * does not give it, or for another item.  Its 执行率 is its actual. */
enum {
	RUBRIC_BUDGET_INITIAL = 0, /* 年初预算数 */
	RUBRIC_BUDGET_PLANNED = 1, /* 全年预算数 */
	RUBRIC_BUDGET_SPENT = 2,   /* 全年执行数 */
};
RUBRIC_API const char *rubric_result_budget(rubric_unit *u, int item, int figure);

/* The grade the published table gives (rubric_unit_set_published_grade,
 * "$published"'s "grade"), or NULL. */
RUBRIC_API const char *rubric_result_published_grade(rubric_unit *u);

/* Audits the scores against the published ones the unit's data gives
 * (`rubric eval --verify`): *findings receives the number of rows, and the
 * total and the grade, that disagree (flag RUBRIC_DISAGREES).  Returns
 * RUBRIC_OK; RUBRIC_ERROR, reported, when the data publishes nothing. */
RUBRIC_API int rubric_unit_verify(rubric_unit *u, int *findings);

/* The scored table, as `rubric eval` writes it. */
enum {
	RUBRIC_FORMAT_TEXT = 0,  /* the aligned table */
	RUBRIC_FORMAT_JSON = 1,  /* docs/cli.md, the JSON output */
	RUBRIC_FORMAT_TEST = 2,  /* a test block of the template (rubric eval
				    --emit-test): the unit's values given, its
				    published scores (else the computed ones)
				    expected; in Chinese keywords (测试, 已知,
				    预期) for a template opening with 评分表 */
};
enum {
	RUBRIC_RENDER_VERIFY = 1, /* with the published scores and findings */
};

/* Writes the table to out; or, rubric_unit_render, into *text (len bytes,
 * NUL-terminated, to free with rubric_free).  Returns RUBRIC_OK;
 * RUBRIC_NOMEM with nothing written; RUBRIC_IO when a write failed. */
RUBRIC_API int rubric_unit_write(rubric_unit *u, FILE *out, int format, int flags);

/* How an indicator's score came about, step by step (`rubric explain`),
 * after a successful evaluation: the rule as written and where, the values
 * put in, every operation with its operands and result, the band, level
 * or checklist items that counted, the rounding, an override and the
 * reason; text in the language of messages, into *text (len bytes,
 * NUL-terminated, to free with rubric_free).  RUBRIC_MISUSE for a group
 * or before an evaluation; RUBRIC_NOMEM. */
RUBRIC_API int rubric_unit_explain(rubric_unit *u, int item, char **text, size_t *len);
RUBRIC_API int rubric_unit_render(rubric_unit *u, int format, int flags, char **text, size_t *len);

/* ---- summaries of many units (汇总) ----------------------------------- */

/* What many units scored with one template add up to: how many were
 * scored and how many failed, how many got each grade, the mean, median,
 * least and greatest total, and per group and indicator its mean score
 * and the share of the units it applied to that got its full weight.
 * Exact until rendered.  It keeps each distinct total once (for the
 * median) and nothing else per unit.  Used by one thread at a time. */
typedef struct rubric_summary rubric_summary;

RUBRIC_API int rubric_summary_new(rubric_summary **out, const rubric_template *t);
RUBRIC_API void rubric_summary_free(rubric_summary *s);

/* Counts u, just scored (RUBRIC_MISUSE if it is not); or a unit that
 * failed, which is counted and left out of every figure. */
RUBRIC_API int rubric_summary_add(rubric_summary *s, rubric_unit *u);
RUBRIC_API void rubric_summary_add_failed(rubric_summary *s);

/* Adds every unit counted in from (a summary of the same template) to
 * into, as if each had been added to it: threads that score units with
 * a summary each are summed up at the end, in any order, to the same
 * figures.  from is left as it was.  RUBRIC_MISUSE for summaries of
 * different templates. */
RUBRIC_API int rubric_summary_merge(rubric_summary *into, const rubric_summary *from);

/* The summary as text (as `rubric eval --summary` writes it, in the
 * language of messages), headed with name (the data file): into *text
 * (len bytes, NUL-terminated, to free with rubric_free). */
RUBRIC_API int rubric_summary_render(rubric_summary *s, const char *name, char **text, size_t *len);

/* The rank of a total among the units counted (its text as
 * rubric_result_total gave it): 1 + how many units have a greater total,
 * so that equal totals share a rank (1, 2, 2, 4).  RUBRIC_MISUSE when no
 * unit counted has this total. */
RUBRIC_API int rubric_summary_rank(rubric_summary *s, const char *total, long *rank);

/* ---- tests: the template's test blocks ------------------------------ */

/*     test "2018 published" {
 *         given { 实际在编人数: 18; 项目管理制度: scored(有制度, 3) }
 *         expect { 人员控制率: 3; total: 95.5; grade: "优" }
 *     }
 *
 * Tests are numbered 0 .. rubric_test_count(t) - 1 in template order.  A
 * template that compiled has tests that are well formed (each name
 * resolves, each value fits); whether they pass is found by running them,
 * as `rubric test` does. */
RUBRIC_API int rubric_test_count(const rubric_template *t);

/* A test's name (as written, without quotes), or NULL for an index out of
 * range. */
RUBRIC_API const char *rubric_test_name(const rubric_template *t, int test);

/* Where a test's block starts in the template: its 1-based line and
 * column (in characters).  Returns RUBRIC_OK, or RUBRIC_MISUSE for an
 * index out of range. */
RUBRIC_API int rubric_test_place(const rubric_template *t, int test, int *line, int *column);

/* What came of running a test. */
enum {
	RUBRIC_TEST_PASSED = 0,  /* every expectation holds */
	RUBRIC_TEST_FAILED = 1,  /* one or more do not */
	RUBRIC_TEST_ERROR = 2,   /* its given values could not be scored (a
				    missing input, a runtime error): it did
				    not run, and nothing was compared */
};

/* One reason a test does not pass.  Its strings are valid during the
 * callback only. */
typedef struct rubric_test_failure {
	const char *test;        /* the test's name */
	int outcome;             /* RUBRIC_TEST_FAILED: an expectation that
				    does not hold; RUBRIC_TEST_ERROR: an error
				    that kept the test from running */
	const char *message;     /* "投入: expected 12, got 11" (the entry as
				    written, then exact numbers, a grade in
				    quotes or "not applicable"); "could not
				    run: " and the error's message.  In the
				    language of messages (rubric_set_language):
				    "投入：预期 12，实际 11" in Chinese */
	const char *file;        /* the template's name */
	size_t start, end;       /* the place, bytes [start, end) of the
				    template: the name of the expect entry,
				    or the whole test block for an error */
	int line, column;        /* where start is: 1-based, the column in
				    characters */
} rubric_test_failure;

typedef void rubric_test_fn(void *ud, const rubric_test_failure *f);

/* Runs test `test` of u's template in u: forgets the unit's values (as
 * rubric_unit_reset), gives the test's `given` values as a unit's data
 * would, scores them, and compares every `expect` value exactly.  Calls
 * fn(ud, f) (fn may be NULL) for each reason the test does not pass, in
 * order: each expectation that does not hold, or each error that kept it
 * from running.  Those errors go to fn, not to the unit's reporter.
 * *outcome (when outcome is not NULL) receives RUBRIC_TEST_PASSED,
 * RUBRIC_TEST_FAILED or RUBRIC_TEST_ERROR.  Afterwards the unit holds the
 * test's values and, unless it could not run, its results (rubric_result_*),
 * until the next call that changes them.
 *
 * Returns RUBRIC_OK whatever the outcome; RUBRIC_NOMEM, when the outcome
 * is unknown and reasons may be missing; RUBRIC_MISUSE for an index out of
 * range.  The names of the template are hashed once per unit, so running
 * every test of a template through one unit costs time linear in the
 * tests and the template. */
RUBRIC_API int rubric_unit_run_test(rubric_unit *u, int test, rubric_test_fn *fn, void *ud,
				    int *outcome);

/* Boundary cases for the template's tests (`rubric test --generate`): for
 * each indicator scored from a value of its own, a test block per value at
 * an edge of its rule (each constant of its bands, target and rule, the
 * values just below and above it, and 0; each date, the day before and
 * after; each level; a checklist with every item, none, and each left
 * out), giving that value and expecting the score the template gives it
 * now, for a person to check against the published standard.  The other
 * values a row reads are taken from baseline (a unit of t whose values are
 * set), or, when it is NULL or lacks them, the row gets a comment instead,
 * as do rows judged or computed, and values the rule cannot score.  The
 * blocks are indented to go inside the template's braces, and spelt in
 * Chinese keywords for a template opening with 评分表; their comments are
 * in the language of messages.  *text receives
 * them (NUL-terminated, to free with rubric_free).  RUBRIC_OK; RUBRIC_NOMEM
 * with nothing written; RUBRIC_MISUSE for a baseline of another template. */
RUBRIC_API int rubric_template_boundary_tests(const rubric_template *t, rubric_unit *baseline, char **text,
					      size_t *len);

/* ---- counted work ------------------------------------------------------ */

/* The work the library counted on the calling thread since it started:
 * steps of every pass whose cost grows with its input (names hashed, nodes
 * visited, bytes read) and bytes it allocated (the numbers' limbs are
 * GMP's, and counted by whoever sets GMP's allocator).  For tests of cost,
 * not of speed: `RUBRIC_STATS=1 rubric ...` prints them, and the scale
 * suite checks that they grow linearly with the input.  Either pointer may
 * be NULL. */
RUBRIC_API void rubric_counters(unsigned long long *work, unsigned long long *bytes);

/* ---- formatting -------------------------------------------------------- */

enum {
	RUBRIC_SPELL_AS_WRITTEN = 0, /* keywords as the template spells them */
	RUBRIC_SPELL_ENGLISH = 1,
	RUBRIC_SPELL_CHINESE = 2,
};

/* The template text[0..len) in the canonical layout (`rubric fmt`), into
 * *out (len bytes, NUL-terminated, to free with rubric_free).  Returns
 * RUBRIC_OK, or RUBRIC_ERROR when it does not parse (reported to r). */
RUBRIC_API int rubric_format(const char *name, const char *text, size_t len, int spelling,
			     rubric_reporter *r, char **out, size_t *out_len);

#ifdef __cplusplus
}
#endif

#endif
