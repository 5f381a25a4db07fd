/* data.c - JSON data into input slots, by each input's declared type. */
#include "data.h"

#include <string.h>

#include "check.h"

/* Where "key" is written as an object key in the data text, for messages;
 * the whole file when it cannot be found (escaped keys). */
static struct span key_span(struct data *d, const char *key)
{
	size_t klen = strlen(key);
	const char *t = d->src.text;
	size_t n = d->src.len;
	for (size_t i = 0; i + klen + 2 <= n; i++) {
		if (t[i] != '"' || memcmp(t + i + 1, key, klen) != 0 || t[i + 1 + klen] != '"')
			continue;
		size_t j = i + klen + 2;
		while (j < n && (t[j] == ' ' || t[j] == '\t' || t[j] == '\r' || t[j] == '\n'))
			j++;
		if (j < n && t[j] == ':')
			return (struct span){ (uint32_t)i, (uint32_t)(i + klen + 2) };
	}
	return (struct span){ 0, 0 };
}

static void data_error(struct data *d, struct diag *diag, const char *key,
		       enum diag_code code, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));

static void data_error(struct data *d, struct diag *diag, const char *key,
		       enum diag_code code, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	diag_vreport(diag, &d->src, key_span(d, key), code, fmt, ap);
	va_end(ap);
}

static const char *json_kind(const json_t *v)
{
	switch (json_typeof(v)) {
	case JSON_OBJECT: return _("an object");
	case JSON_ARRAY: return _("a list");
	case JSON_STRING: return _("a string");
	case JSON_INTEGER: case JSON_REAL: return _("a number");
	case JSON_TRUE: case JSON_FALSE: return _("true/false");
	default: return "null";
	}
}

/* Names the input for messages: "indicator X" for an implicit input. */
static const char *what(char *buf, size_t cap, struct input *in)
{
	snprintf(buf, cap, in->owner ? _("indicator %s") : _("input %s"), in->name);
	return buf;
}

/* Reads a number (or percent) value; false if v is not one. */
/* Tables often copy the target's operator into the actual ("≥90%"): the
 * length of such a prefix (>= <= > < = and ≥ ≧ ≤ ≦ ＝ ═ ﹦), so that the
 * value is read without it. */
static size_t comparison_prefix(const char *s, size_t len)
{
	static const char *const ops[] = {
		">=", "<=", "\xE2\x89\xA5", "\xE2\x89\xA7", "\xE2\x89\xA4", "\xE2\x89\xA6",
		"\xEF\xBC\x9D", "\xE2\x95\x90", "\xEF\xB9\xA6", ">", "<", "=",
	};
	for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++) {
		size_t n = strlen(ops[i]);
		if (len >= n && memcmp(s, ops[i], n) == 0) {
			while (n < len && s[n] == ' ')
				n++;
			return n;
		}
	}
	return 0;
}

static bool read_number(mpq_t out, const json_t *v, bool *percent, bool *was_string)
{
	*percent = false;
	*was_string = false;
	if (json_is_integer(v)) {
		char buf[32];
		snprintf(buf, sizeof buf, "%lld", (long long)json_integer_value(v));
		return num_parse(out, buf, strlen(buf), NULL);
	}
	if (json_is_real(v))
		return num_from_double(out, json_real_value(v));
	if (json_is_string(v)) {
		*was_string = true;
		const char *s = json_string_value(v);
		size_t len = json_string_length(v);
		size_t skip = comparison_prefix(s, len);
		return num_parse(out, s + skip, len - skip, percent);
	}
	return false;
}

/* "2020-12-31", "2020/12/31", "2020.12.31" or "2020年12月31日": a
 * four-digit year, then month and day of one or two digits. */
static bool read_date(const char *s, size_t len, long *days)
{
	int part[3] = { 0, 0, 0 };
	size_t i = 0;
	bool cjk = len > 4 && len - 4 >= 3 && memcmp(s + 4, "年", 3) == 0;
	for (int k = 0; k < 3; k++) {
		size_t start = i;
		while (i < len && i - start < (k == 0 ? 4u : 2u) && s[i] >= '0' && s[i] <= '9')
			part[k] = part[k] * 10 + (s[i++] - '0');
		size_t n = i - start;
		if (k == 0 ? n != 4 : n < 1)
			return false;
		const char *sep = cjk ? (k == 0 ? "年" : k == 1 ? "月" : "日") : NULL;
		if (cjk) {
			if (len - i < 3 || memcmp(s + i, sep, 3) != 0)
				return false;
			i += 3;
		} else if (k < 2) {
			if (i >= len || (s[i] != '-' && s[i] != '/' && s[i] != '.') ||
			    (k == 1 && s[i] != s[4]))
				return false;
			i++;
		}
	}
	if (i != len)
		return false;
	*days = ast_days(part[0], part[1], part[2]);
	return *days != AST_NO_DATE;
}

static int load_value(struct data *d, struct eval *ev, struct input *in, const char *key,
		      json_t *v, struct diag *diag)
{
	struct value *slot = eval_input_slot(ev, in);
	char who[512];
	what(who, sizeof who, in);
	slot->percent = in->percent;
	switch (in->type) {
	case TY_NUMBER: {
		bool pct, str;
		if (!read_number(slot->num, v, &pct, &str)) {
			if (json_is_string(v))
				data_error(d, diag, key, D_BAD_VALUE, "%s: \"%s\" is not a number",
					   who, json_string_value(v));
			else
				data_error(d, diag, key, D_BAD_VALUE, "%s: expected a number, got %s",
					   who, json_kind(v));
			return 1;
		}
		if (in->percent && !pct) {
			char as_pct[64], as_num[64];
			num_format(as_pct, sizeof as_pct, slot->num, 6, true, NULL);
			num_format(as_num, sizeof as_num, slot->num, 6, false, NULL);
			data_error(d, diag, key, D_BAD_VALUE,
				   "%s is a percent: write it with a percent sign", who);
			diag_help(diag, "\"%s\" if %s is a fraction, or \"%s%%\"; a bare number would be ambiguous",
				  as_pct, as_num, as_num);
			return 1;
		}
		if (in->integer && (pct || mpz_cmp_ui(mpq_denref(slot->num), 1) != 0)) {
			char buf[64];
			num_format(buf, sizeof buf, slot->num, 6, pct, NULL);
			data_error(d, diag, key, D_BAD_VALUE, "%s is a whole number (a count), not %s", who, buf);
			return 1;
		}
		slot->type = TY_NUMBER;
		return 0;
	}
	case TY_TEXT:
		if (!json_is_string(v)) {
			data_error(d, diag, key, D_BAD_VALUE, "%s: expected text, got %s", who, json_kind(v));
			return 1;
		}
		slot->type = TY_TEXT;
		slot->str = json_string_value(v);
		slot->len = json_string_length(v);
		return 0;
	case TY_DATE:
		if (!json_is_string(v) || !read_date(json_string_value(v), json_string_length(v), &slot->date)) {
			data_error(d, diag, key, D_BAD_VALUE, "%s: expected a date like \"2020-12-31\", got %s%s%s",
				   who, json_is_string(v) ? "\"" : "", json_is_string(v) ? json_string_value(v) : json_kind(v),
				   json_is_string(v) ? "\"" : "");
			return 1;
		}
		slot->type = TY_DATE;
		return 0;
	case TY_BOOL: {
		const char *s = json_is_string(v) ? json_string_value(v) : NULL;
		if (json_is_boolean(v))
			slot->boolean = json_is_true(v);
		else if (s && (!strcmp(s, "是") || !strcmp(s, "true")))
			slot->boolean = true;
		else if (s && (!strcmp(s, "否") || !strcmp(s, "false")))
			slot->boolean = false;
		else {
			data_error(d, diag, key, D_BAD_VALUE, "%s: expected true or false (是/否), got %s",
				   who, json_kind(v));
			return 1;
		}
		slot->type = TY_BOOL;
		return 0;
	}
	case TY_LIST: {
		if (!json_is_array(v)) {
			data_error(d, diag, key, D_BAD_VALUE, "%s: expected a list of items, got %s",
				   who, json_kind(v));
			return 1;
		}
		size_t n = json_array_size(v);
		const char **items = arena_alloc(&d->arena, (n + 1) * sizeof *items);
		size_t *lens = arena_alloc(&d->arena, (n + 1) * sizeof *lens);
		for (size_t i = 0; i < n; i++) {
			json_t *x = json_array_get(v, i);
			if (!json_is_string(x)) {
				data_error(d, diag, key, D_BAD_VALUE, "%s: item %zu of the list is %s, not text",
					   who, i + 1, json_kind(x));
				return 1;
			}
			items[i] = json_string_value(x);
			lens[i] = json_string_length(x);
		}
		slot->type = TY_LIST;
		slot->items = items;
		slot->item_lens = lens;
		slot->nitems = (int)n;
		return 0;
	}
	default:
		return 0;
	}
}

/* "/" and "不适用" mark a row that does not apply. */
static bool is_inapplicable(const json_t *v)
{
	const char *s = json_is_string(v) ? json_string_value(v) : NULL;
	return s && (!strcmp(s, "/") || !strcmp(s, "／") || !strcmp(s, "不适用"));
}

/* The fields of a row object, with their Chinese synonyms. ORDER row_keys */
enum { ROW_ACTUAL, ROW_SCORE, ROW_REASON, ROW_PUBLISHED, ROW_NKEYS };

static const struct {
	const char *key;
	int field;
} row_keys[] = {
	{ "actual", ROW_ACTUAL }, { "实际值", ROW_ACTUAL }, { "完成值", ROW_ACTUAL },
	{ "level", ROW_ACTUAL }, { "等级", ROW_ACTUAL },
	{ "score", ROW_SCORE }, { "得分", ROW_SCORE },
	{ "reason", ROW_REASON }, { "偏差原因", ROW_REASON },
	{ "published", ROW_PUBLISHED }, { "公布得分", ROW_PUBLISHED },
};

/* An actual given for an indicator whose actual is an expression; in a row
 * object, the object itself needs no mention. */
static void computed_actual(struct data *d, struct diag *diag, const char *key, bool in_row)
{
	data_error(d, diag, key, D_BAD_VALUE, "indicator %s computes its actual: the data cannot give it", key);
	if (in_row)
		diag_help(diag, "give the inputs its actual is computed from");
	else
		diag_help(diag, "give the inputs it is computed from; an object {\"score\": N, \"reason\": \"...\", "
			  "\"published\": N} may override or audit its score");
}

/* A score in a row object or in "$published". */
static bool read_score(struct data *d, struct diag *diag, const char *key, const char *field,
		       json_t *v, mpq_t out)
{
	bool pct, str;
	if (read_number(out, v, &pct, &str) && !pct)
		return true;
	data_error(d, diag, key, D_BAD_VALUE, key[0] == '$' ? N_("%s: \"%s\" must be a number of points, not %s")
		   : N_("indicator %s: \"%s\" must be a number of points, not %s"),
		   key, field, pct ? _("a percent") : json_kind(v));
	return false;
}

/* An indicator's row written as an object: {"actual": ..., "score": N,
 * "reason": "...", "published": N}. */
static int load_row(struct data *d, struct eval *ev, struct item *ind, struct input *in,
		    const char *key, json_t *obj, struct diag *diag)
{
	json_t *field[ROW_NKEYS] = { 0 };
	const char *fkey;
	json_t *fv;
	int errors = 0;
	json_object_foreach(obj, fkey, fv) {
		size_t k = 0;
		while (k < sizeof row_keys / sizeof row_keys[0] && strcmp(row_keys[k].key, fkey) != 0)
			k++;
		if (k == sizeof row_keys / sizeof row_keys[0]) {
			data_error(d, diag, key, D_BAD_VALUE, "indicator %s: unknown field \"%s\"", key, fkey);
			diag_help(diag, "a row has \"actual\", \"score\", \"reason\" and \"published\" "
				  "(实际值, 得分, 偏差原因, 公布得分)");
			errors++;
			continue;
		}
		int f = row_keys[k].field;
		if (field[f]) {
			data_error(d, diag, key, D_BAD_VALUE, "indicator %s: \"%s\" is given twice", key, fkey);
			errors++;
		}
		if (!json_is_null(fv))
			field[f] = fv;
	}
	if (errors) {
		if (in)
			ev->present[in->index] = INPUT_BAD; /* reported */
		return errors;
	}
	struct row_data *row = &ev->row[ind->index];
	struct rule *rule = ind->rule;
	bool judged = rule && rule->kind == RULE_JUDGED;
	if (field[ROW_SCORE] && !read_score(d, diag, key, "score", field[ROW_SCORE], row->score))
		errors++;
	else
		row->has_score = field[ROW_SCORE] != NULL;
	if (field[ROW_PUBLISHED] && !read_score(d, diag, key, "published", field[ROW_PUBLISHED], row->published))
		errors++;
	else
		row->has_published = field[ROW_PUBLISHED] != NULL;
	if (field[ROW_REASON]) {
		json_t *r = field[ROW_REASON];
		if (!json_is_string(r)) {
			data_error(d, diag, key, D_BAD_VALUE, "indicator %s: the reason must be text, not %s",
				   key, json_kind(r));
			errors++;
		} else if (json_string_length(r) && !is_inapplicable(r)) { /* "/": none */
			row->reason = json_string_value(r);
			row->reason_len = json_string_length(r);
		}
	}
	json_t *actual = field[ROW_ACTUAL];
	if (actual && is_inapplicable(actual)) {
		row->inapplicable = true;
		return errors;
	}
	if (judged) {
		/* the score is the rule's input; the actual is only shown */
		if (actual) {
			if (json_is_string(actual)) {
				row->shown = json_string_value(actual);
				row->shown_len = json_string_length(actual);
			} else if (json_is_number(actual)) {
				char *buf = arena_alloc(&d->arena, 64);
				mpq_t q;
				mpq_init(q);
				bool pct, str;
				read_number(q, actual, &pct, &str);
				row->shown_len = num_format(buf, 64, q, 6, false, NULL);
				row->shown = buf;
				mpq_clear(q);
			} else {
				data_error(d, diag, key, D_BAD_VALUE, "indicator %s: the actual must be text or a number, not %s",
					   key, json_kind(actual));
				errors++;
			}
		}
		if (in && row->has_score) {
			struct value *slot = eval_input_slot(ev, in);
			mpq_set(slot->num, row->score);
			slot->type = TY_NUMBER;
			slot->percent = false;
			ev->present[in->index] = INPUT_OK;
		} else if (in && !errors && !field[ROW_SCORE]) {
			data_error(d, diag, key, D_MISSING_VALUE, "indicator %s is judged: the data must give its score", key);
			diag_help(diag, "write {\"actual\": ..., \"score\": N}");
			errors++;
		}
		if (in && errors)
			ev->present[in->index] = INPUT_BAD;
		return errors;
	}
	if (!actual)
		return errors;
	if (!in || in->owner != ind) {
		computed_actual(d, diag, key, true);
		return errors + 1;
	}
	int e = load_value(d, ev, in, key, actual, diag);
	ev->present[in->index] = e ? INPUT_BAD : INPUT_OK;
	if (!e && rule && rule->kind == RULE_GRADE && row->has_score) {
		/* a level whose points are a range: the data picks the score */
		struct value *slot = eval_input_slot(ev, in);
		mpq_set(slot->num, row->score);
		slot->picked = true;
	}
	return errors + e;
}

/* "$published": {"total": N, "grade": "优"}, the published table's own. */
static int load_published(struct data *d, struct eval *ev, const char *key, json_t *v,
			  struct diag *diag)
{
	if (!json_is_object(v)) {
		data_error(d, diag, key, D_BAD_VALUE, "%s must be an object: {\"total\": N, \"grade\": \"...\"}", key);
		return 1;
	}
	int errors = 0;
	const char *fkey;
	json_t *fv;
	json_object_foreach(v, fkey, fv) {
		if (!strcmp(fkey, "total") || !strcmp(fkey, "总分")) {
			if (read_score(d, diag, key, fkey, fv, ev->pub_total))
				ev->has_pub_total = true;
			else
				errors++;
		} else if (!strcmp(fkey, "grade") || !strcmp(fkey, "等级")) {
			if (json_is_string(fv)) {
				ev->pub_grade = json_string_value(fv);
			} else {
				data_error(d, diag, key, D_BAD_VALUE, "%s: the grade must be text, not %s", key, json_kind(fv));
				errors++;
			}
		} else {
			data_error(d, diag, key, D_BAD_VALUE, "%s: unknown field \"%s\" (it has \"total\" and \"grade\")",
				   key, fkey);
			errors++;
		}
	}
	return errors;
}

int data_load_json(struct data *d, struct eval *ev, const char *name,
		   const char *text, size_t len, struct diag *diag)
{
	if (len > UINT32_MAX - 1)
		len = UINT32_MAX - 1; /* positions are 32-bit; main refuses such files anyway */
	memset(d, 0, sizeof *d);
	arena_init(&d->arena);
	src_init(&d->src, name, text, len);
	json_error_t err;
	d->doc = json_loadb(text, len, JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL, &err);
	if (!d->doc) {
		uint32_t at = err.position > 0 ? (uint32_t)err.position - 1 : 0;
		if (at > len)
			at = (uint32_t)len;
		struct span where = { at, at + 1 };
		diag_report(diag, &d->src, where, D_BAD_JSON, "%s", err.text);
		if (strstr(err.text, "decode byte") || strstr(err.text, "UTF-8"))
			diag_help(diag, "the data must be UTF-8; a file saved by Chinese Excel is often GB18030");
		return 1;
	}
	if (!json_is_object(d->doc)) {
		struct span first_byte = { 0, 1 };
		diag_report(diag, &d->src, first_byte, D_BAD_JSON,
			    "the data must be a JSON object of input names and values, not %s",
			    json_kind(d->doc));
		return 1;
	}
	struct program *p = ev->prog;
	int errors = 0;
	const char *key;
	json_t *v;
	json_object_foreach(d->doc, key, v) {
		if (key[0] == '$') {
			if (!strcmp(key, "$published")) {
				errors += load_published(d, ev, key, v, diag);
				continue;
			}
			data_error(d, diag, key, D_UNKNOWN_INPUT, "unknown key %s (the data may have \"$published\")", key);
			errors++;
			continue;
		}
		struct input *in = check_find_input(p, key);
		struct item *ind = check_find_indicator(p, key);
		if (ind && ind->inapplicable) {
			if (!json_is_null(v) && !is_inapplicable(v)) {
				data_error(d, diag, key, D_BAD_VALUE,
					   "indicator %s is inapplicable in the template: the data cannot give it a value", key);
				errors++;
			}
			continue;
		}
		if (ind && (json_is_object(v) || is_inapplicable(v))) {
			if (is_inapplicable(v))
				ev->row[ind->index].inapplicable = true;
			else
				errors += load_row(d, ev, ind, in, key, v, diag);
			continue;
		}
		if (!in && ind && !json_is_null(v)) {
			computed_actual(d, diag, key, false);
			errors++;
			continue;
		}
		if (!in) {
			data_error(d, diag, key, D_UNKNOWN_INPUT, "the template has no input or indicator called %s", key);
			const char **names = arena_alloc(&d->arena, (size_t)(p->inputs.n + 1) * sizeof *names);
			for (int i = 0; i < p->inputs.n; i++)
				names[i] = ((struct input *)p->inputs.items[i])->name;
			diag_suggest(diag, key, names, (size_t)p->inputs.n);
			errors++;
			continue;
		}
		if (json_is_null(v))
			continue; /* reported as missing */
		int e = load_value(d, ev, in, key, v, diag);
		errors += e;
		ev->present[in->index] = e ? INPUT_BAD : INPUT_OK;
	}
	return errors;
}

void data_free(struct data *d)
{
	json_decref(d->doc);
	d->doc = NULL;
	arena_free(&d->arena);
	src_free(&d->src);
}
