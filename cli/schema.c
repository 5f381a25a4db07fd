/* schema.c - rubric schema: the blank form a unit fills in.
 *
 * Every value a template needs from a unit, as the data's readers take
 * them (docs/cli.md): `-f csv` writes the header row of a CSV file, one
 * column per value, to be filled in one row per unit (in Excel) and read
 * back by `rubric eval`; `-f json` (the default) writes a unit's JSON
 * data with every value empty, and under "$form" what each one is: its
 * type, unit, target, note, and the items of a checklist or the levels of
 * a grade it is chosen from.  Under `require reason` every row that
 * applies also takes its reason (偏差原因): a column `指标.偏差原因`, a
 * field "reason" of the indicator's object.  `rubric eval` skips "$form". */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

/* A growing text. */
struct out {
	char *p;
	size_t n, cap;
	bool failed;
};

static void add(struct out *o, const char *s, size_t n)
{
	if (o->failed)
		return;
	if (o->cap - o->n < n + 1) {
		size_t cap = o->cap ? o->cap : 4096;
		while (cap - o->n < n + 1)
			cap *= 2;
		char *p = realloc(o->p, cap);
		if (!p) {
			o->failed = true;
			return;
		}
		o->p = p;
		o->cap = cap;
	}
	memcpy(o->p + o->n, s, n);
	o->n += n;
	o->p[o->n] = '\0';
}

static void puts_(struct out *o, const char *s)
{
	add(o, s, strlen(s));
}

/* s as a JSON string (null for NULL). */
static void json(struct out *o, const char *s)
{
	char *q = cli_json_quote(s);
	if (q)
		puts_(o, q);
	else
		o->failed = true;
	free(q);
}

/* s as a CSV field (RFC 4180: quoted when it holds a comma, a quote or a
 * line break). */
static void csv(struct out *o, const char *s, bool first)
{
	if (!first)
		puts_(o, ",");
	if (!strpbrk(s, ",\"\r\n")) {
		puts_(o, s);
		return;
	}
	puts_(o, "\"");
	for (; *s; s++) {
		if (*s == '"')
			puts_(o, "\"\""); /* a quote doubled */
		else
			add(o, s, 1);
	}
	puts_(o, "\"");
}

/* The identity columns a form starts with (the batch reader's known
 * identity names). */
static const char *const identity[] = { "项目编号", "项目名称" };

/* Whether indicator item of t is one a unit gives a value for. */
static bool asks(const rubric_template *t, int item)
{
	return rubric_item_kind(t, item) == RUBRIC_INDICATOR && !rubric_item_inapplicable(t, item);
}

/* What each value is, by type. */
static const char *type_name(const rubric_template *t, int input, int item)
{
	const char *rule = item >= 0 ? rubric_item_rule(t, item) : NULL;
	if (rule && !strcmp(rule, "judged"))
		return "judged"; /* a score, and the actual the table shows */
	if (item >= 0 && rubric_item_choice_count(t, item) > 0 && rubric_input_type(t, input) != RUBRIC_LIST)
		return "level";
	switch (rubric_input_type(t, input)) {
	case RUBRIC_NUMBER: return "number";
	case RUBRIC_PERCENT: return "percent";
	case RUBRIC_INTEGER: return "integer";
	case RUBRIC_DATE: return "date";
	case RUBRIC_BOOL: return "bool";
	case RUBRIC_LIST: return "list";
	default: return "text";
	}
}

static const char *schema_type(const rubric_template *t, const struct schema_column *c)
{
	if (c->identity)
		return "text";
	if (c->score)
		return "score";
	if (c->reason)
		return "reason";
	return c->input >= 0 || c->item < 0 ? type_name(t, c->input, c->item) : "judged";
}

struct schema_column *schema_columns(const rubric_template *t, int *count)
{
	int nin = rubric_input_count(t), n = rubric_item_count(t), k = 0;
	size_t most = sizeof identity / sizeof *identity + (size_t)nin + 2 * (size_t)n;
	most += (size_t)n; /* a reason per indicator */
	struct schema_column *c = calloc(most + 1, sizeof *c);
	if (!c)
		return NULL;
	bool reasons = rubric_template_require_reason(t);
	for (size_t i = 0; i < sizeof identity / sizeof *identity; i++)
		c[k++] = (struct schema_column){ identity[i], NULL, -1, -1, true, false, false, NULL };
	for (int i = 0; i < nin; i++)
		if (rubric_input_item(t, i) < 0)
			c[k++] = (struct schema_column){ rubric_input_name(t, i), NULL, i, -1, false, false, false, NULL };
	for (int i = 0; i < n; i++) {
		if (!asks(t, i))
			continue;
		int input = rubric_item_input(t, i);
		bool by_data = rubric_item_scored_by_data(t, i);
		if (input >= 0 || by_data) /* a judged row: the actual the table shows */
			c[k++] = (struct schema_column){ rubric_item_name(t, i), NULL, input, i, false, false, false, NULL };
		/* the score the unit gives, then the reason: 指标.得分,
		 * 指标.偏差原因, as the CSV reader reads them */
		for (int part = 0; part < 2; part++) {
			if (part == 0 ? !by_data : !reasons)
				continue;
			size_t len = strlen(rubric_item_name(t, i)) + 16;
			char *name = malloc(len);
			if (!name) {
				schema_columns_free(c, k);
				return NULL;
			}
			snprintf(name, len, "%s.%s", rubric_item_name(t, i), part == 0 ? "得分" : "偏差原因");
			c[k++] = (struct schema_column){ name, name, input, i, false, part == 0, part == 1, NULL };
		}
	}
	for (int i = 0; i < k; i++)
		c[i].type = schema_type(t, &c[i]);
	*count = k;
	return c;
}

void schema_columns_free(struct schema_column *c, int n)
{
	for (int i = 0; c && i < n; i++)
		free(c[i].owned);
	free(c);
}

static void write_csv(const rubric_template *t, struct out *o)
{
	int n = 0;
	struct schema_column *c = schema_columns(t, &n);
	if (!c) {
		o->failed = true;
		return;
	}
	for (int i = 0; i < n; i++)
		csv(o, c[i].name, i == 0);
	puts_(o, "\r\n");
	schema_columns_free(c, n);
}

/* The form as a workbook: a sheet to fill in, one unit per row, under
 * the columns' headings, with their formats and checks; the instructions
 * (what each column holds); the choices of the levels, hidden. */
static void write_xlsx(const rubric_template *t, struct out *o)
{
	int n = 0;
	size_t len = 0;
	struct schema_column *c = schema_columns(t, &n);
	char *bytes = c ? xlsx_schema_bytes(t, c, n, &len) : NULL;
	if (bytes)
		add(o, bytes, len);
	else
		o->failed = true;
	free(bytes);
	schema_columns_free(c, n);
}

/* The hints of one value under "$form". */
static void hint(const rubric_template *t, struct out *o, int input, int item, bool *first)
{
	const char *name = input >= 0 ? rubric_input_name(t, input) : rubric_item_name(t, item);
	puts_(o, *first ? "\n      " : ",\n      ");
	*first = false;
	json(o, name);
	puts_(o, ": {\"type\": ");
	/* an indicator whose actual is computed asks only for its reason */
	bool computed = input < 0 && item >= 0 && !rubric_item_scored_by_data(t, item);
	json(o, computed ? "reason" : schema_type(t, &(struct schema_column){ name, NULL, input, item, false, false, false, NULL }));
	const char *unit = input >= 0 ? rubric_input_unit(t, input) : NULL;
	if (!unit && item >= 0)
		unit = rubric_item_unit(t, item);
	if (unit) {
		puts_(o, ", \"unit\": ");
		json(o, unit);
	}
	if (item >= 0 && rubric_item_target(t, item)) {
		puts_(o, ", \"target\": ");
		json(o, rubric_item_target(t, item));
	}
	int nc = item >= 0 ? rubric_item_choice_count(t, item) : 0;
	if (nc > 0) {
		puts_(o, input >= 0 && rubric_input_type(t, input) == RUBRIC_LIST ? ", \"items\": [" : ", \"levels\": [");
		for (int k = 0; k < nc; k++) {
			if (k)
				puts_(o, ", ");
			json(o, rubric_item_choice(t, item, k));
		}
		puts_(o, "]");
	}
	if (item >= 0 && rubric_item_scored_by_data(t, item))
		puts_(o, ", \"score\": true");
	if (item >= 0 && !computed && rubric_template_require_reason(t))
		puts_(o, ", \"reason\": true");
	if (input >= 0 && rubric_input_optional(t, input))
		puts_(o, ", \"optional\": true");
	if (item >= 0 && rubric_item_note(t, item)) {
		puts_(o, ", \"note\": ");
		json(o, rubric_item_note(t, item));
	}
	puts_(o, "}");
}

/* A value left empty, as the data's reader takes it back. */
static void blank(const rubric_template *t, struct out *o, int input, int item, bool *first)
{
	const char *name = input >= 0 ? rubric_input_name(t, input) : rubric_item_name(t, item);
	puts_(o, ",\n  ");
	*first = false;
	json(o, name);
	bool by_data = item >= 0 && rubric_item_scored_by_data(t, item);
	bool level = item >= 0 && rubric_item_choice_count(t, item) > 0;
	bool reason = item >= 0 && rubric_template_require_reason(t);
	/* null, not given: an empty list would be a checklist with nothing
	 * met, a value */
	if (!by_data && !reason) {
		puts_(o, ": null");
		return;
	}
	puts_(o, ": {");
	if (input >= 0 || by_data) /* a computed actual: the reason alone */
		puts_(o, level && by_data ? "\"level\": null" : "\"actual\": null");
	if (by_data)
		puts_(o, ", \"score\": null");
	if (reason)
		puts_(o, input >= 0 || by_data ? ", \"reason\": null" : "\"reason\": null");
	puts_(o, "}");
}

/* Whether the form asks for indicator i of t: its value, the score the
 * unit gives, or (`require reason`) only its reason. */
static bool in_form(const rubric_template *t, int i)
{
	return asks(t, i) && (rubric_item_input(t, i) >= 0 || rubric_item_scored_by_data(t, i) ||
			      rubric_template_require_reason(t));
}

static void write_json(const rubric_template *t, struct out *o)
{
	int nin = rubric_input_count(t), n = rubric_item_count(t);
	bool first = true;
	puts_(o, "{\n  \"$form\": {\n    \"template\": ");
	json(o, rubric_template_title(t));
	puts_(o, ",\n    \"fields\": {");
	for (int i = 0; i < nin; i++)
		if (rubric_input_item(t, i) < 0)
			hint(t, o, i, -1, &first);
	for (int i = 0; i < n; i++)
		if (in_form(t, i))
			hint(t, o, rubric_item_input(t, i), i, &first);
	puts_(o, "\n    }\n  },\n  \"$id\": {");
	for (size_t k = 0; k < sizeof identity / sizeof *identity; k++) {
		puts_(o, k ? ", " : "");
		json(o, identity[k]);
		puts_(o, ": \"\"");
	}
	puts_(o, "}");
	for (int i = 0; i < nin; i++)
		if (rubric_input_item(t, i) < 0)
			blank(t, o, i, -1, &first);
	for (int i = 0; i < n; i++)
		if (in_form(t, i))
			blank(t, o, rubric_item_input(t, i), i, &first);
	puts_(o, "\n}\n");
}

int cmd_schema(int argc, char **argv)
{
	const char *file = NULL, *out = NULL, *format = "json";
	bool options = true;
	struct cli_diag opts = { .format = RUBRIC_DIAGNOSTICS_TEXT };
	for (int i = 0; i < argc; i++) {
		const char *a = argv[i];
		enum cli_arg kind = cli_arg(a, &options);
		if (kind == CLI_END_OF_OPTIONS)
			continue;
		if (kind == CLI_OPERAND) {
			if (file) {
				fprintf(stderr, "rubric: schema takes one template, not '%s' too\n", a);
				return cli_usage();
			}
			file = a;
		} else if (!strcmp(a, "-f") || !strcmp(a, "--format") || !strncmp(a, "--format=", 9)) {
			const char *v = a[1] == 'f' ? (i + 1 < argc ? argv[++i] : NULL)
				      : a[8] == '=' ? a + 9 : (i + 1 < argc ? argv[++i] : NULL);
			if (!v || (strcmp(v, "json") && strcmp(v, "csv") && strcmp(v, "xlsx"))) {
				fprintf(stderr, "rubric: schema writes json, csv or xlsx\n");
				return cli_usage();
			}
			format = v;
		} else if (!strcmp(a, "-o") || !strcmp(a, "--output") || !strncmp(a, "--output=", 9)) {
			out = a[1] == 'o' || a[8] != '=' ? (i + 1 < argc ? argv[++i] : NULL) : a + 9;
			if (!out || !*out) {
				fprintf(stderr, "rubric: %s needs a file name\n", a);
				return cli_usage();
			}
		} else {
			int rc = cli_diag_option(&opts, argc, argv, &i);
			if (rc == 0)
				fprintf(stderr, "rubric: unknown option '%s'\n", a);
			if (rc <= 0)
				return cli_usage();
		}
	}
	if (!file) {
		fprintf(stderr, "rubric: schema needs a template file\n");
		return cli_usage();
	}
	if (!strcmp(format, "xlsx") && !out && isatty(STDOUT_FILENO)) {
		fprintf(stderr, "rubric: a workbook is no text for a terminal: give -o FILE.xlsx, or redirect\n");
		return EXIT_USAGE;
	}
	if (out && cli_same_file(out, file)) {
		fprintf(stderr, "rubric: -o %s would replace the template it reads; give another file\n", out);
		return EXIT_USAGE;
	}
	size_t len;
	char *text = cli_read_file(file, &len);
	if (!text)
		return EXIT_USAGE;
	rubric_reporter *r = cli_reporter(&opts, stderr);
	if (!r) {
		free(text);
		return EXIT_USAGE;
	}
	rubric_reporter_set_hide_warnings(r, 1); /* warnings are for `rubric check` */
	rubric_template *t = NULL;
	int status = EXIT_INPUT;
	int rc = rubric_template_compile(&t, file, text, len, r);
	if (rc == RUBRIC_OK) {
		struct out o = { 0 };
		if (!strcmp(format, "csv"))
			write_csv(t, &o);
		else if (!strcmp(format, "xlsx"))
			write_xlsx(t, &o);
		else
			write_json(t, &o);
		if (o.failed) {
			fprintf(stderr, "rubric: %s\n", _("out of memory"));
			status = EXIT_USAGE;
		} else if (out) {
			status = cli_write_bytes(out, o.p, o.n) == 0 ? EXIT_OK : EXIT_USAGE;
		} else {
			status = fwrite(o.p, 1, o.n, stdout) == o.n ? EXIT_OK : EXIT_USAGE;
		}
		free(o.p);
	} else if (rc == RUBRIC_NOMEM && !rubric_reporter_errors(r)) {
		fprintf(stderr, "rubric: %s\n", _("out of memory"));
		status = EXIT_USAGE;
	}
	if (rubric_reporter_finish(r) == RUBRIC_NOMEM)
		status = EXIT_USAGE;
	rubric_reporter_free(r);
	rubric_template_free(t);
	free(text);
	return status;
}
