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
		       const char *code, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));

static void data_error(struct data *d, struct diag *diag, const char *key,
		       const char *code, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	diag_vreport(diag, DIAG_ERROR, &d->src, key_span(d, key), code, fmt, ap);
	va_end(ap);
}

static const char *json_kind(const json_t *v)
{
	switch (json_typeof(v)) {
	case JSON_OBJECT: return "an object";
	case JSON_ARRAY: return "a list";
	case JSON_STRING: return "a string";
	case JSON_INTEGER: case JSON_REAL: return "a number";
	case JSON_TRUE: case JSON_FALSE: return "true/false";
	default: return "null";
	}
}

/* Names the input for messages: "indicator X" for an implicit input. */
static const char *what(char *buf, size_t cap, struct input *in)
{
	snprintf(buf, cap, "%s %s", in->owner ? "indicator" : "input", in->name);
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
				data_error(d, diag, key, "bad-value", "%s: \"%s\" is not a number",
					   who, json_string_value(v));
			else
				data_error(d, diag, key, "bad-value", "%s: expected a number, got %s",
					   who, json_kind(v));
			return 1;
		}
		if (in->percent && !pct) {
			char as_pct[64], as_num[64];
			num_format(as_pct, sizeof as_pct, slot->num, 6, true, NULL);
			num_format(as_num, sizeof as_num, slot->num, 6, false, NULL);
			data_error(d, diag, key, "bad-value",
				   "%s is a percent: write it with a percent sign", who);
			diag_help(diag, "\"%s\" if %s is a fraction, or \"%s%%\"; a bare number would be ambiguous",
				  as_pct, as_num, as_num);
			return 1;
		}
		slot->type = TY_NUMBER;
		return 0;
	}
	case TY_TEXT:
		if (json_is_object(v) && in->owner && in->owner->rule &&
		    in->owner->rule->kind == RULE_GRADE) {
			json_t *level = json_object_get(v, "level");
			json_t *score = json_object_get(v, "score");
			bool pct, str;
			if (!json_is_string(level) || !score || !read_number(slot->num, score, &pct, &str) ||
			    json_object_size(v) != 2) {
				data_error(d, diag, key, "bad-value",
					   "%s: a picked level is written {\"level\": \"...\", \"score\": N}", who);
				return 1;
			}
			slot->type = TY_TEXT;
			slot->str = json_string_value(level);
			slot->len = json_string_length(level);
			slot->picked = true;
			return 0;
		}
		if (!json_is_string(v)) {
			data_error(d, diag, key, "bad-value", "%s: expected text, got %s", who, json_kind(v));
			return 1;
		}
		slot->type = TY_TEXT;
		slot->str = json_string_value(v);
		slot->len = json_string_length(v);
		return 0;
	case TY_DATE:
		if (!json_is_string(v) || !read_date(json_string_value(v), json_string_length(v), &slot->date)) {
			data_error(d, diag, key, "bad-value", "%s: expected a date like \"2020-12-31\", got %s%s%s",
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
			data_error(d, diag, key, "bad-value", "%s: expected true or false (是/否), got %s",
				   who, json_kind(v));
			return 1;
		}
		slot->type = TY_BOOL;
		return 0;
	}
	case TY_LIST: {
		if (!json_is_array(v)) {
			data_error(d, diag, key, "bad-value", "%s: expected a list of items, got %s",
				   who, json_kind(v));
			return 1;
		}
		size_t n = json_array_size(v);
		const char **items = arena_alloc(&d->arena, (n + 1) * sizeof *items);
		size_t *lens = arena_alloc(&d->arena, (n + 1) * sizeof *lens);
		for (size_t i = 0; i < n; i++) {
			json_t *x = json_array_get(v, i);
			if (!json_is_string(x)) {
				data_error(d, diag, key, "bad-value", "%s: item %zu of the list is %s, not text",
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
		diag_report(diag, DIAG_ERROR, &d->src, (struct span){ at, at + 1 }, "bad-json",
			    "%s", err.text);
		if (strstr(err.text, "decode byte") || strstr(err.text, "UTF-8"))
			diag_help(diag, "the data must be UTF-8; a file saved by Chinese Excel is often GB18030");
		return 1;
	}
	if (!json_is_object(d->doc)) {
		diag_report(diag, DIAG_ERROR, &d->src, (struct span){ 0, 1 }, "bad-json",
			    "the data must be a JSON object of input names and values, not %s",
			    json_kind(d->doc));
		return 1;
	}
	struct program *p = ev->prog;
	int errors = 0;
	const char *key;
	json_t *v;
	json_object_foreach(d->doc, key, v) {
		struct input *in = check_find_input(p, key);
		if (!in) {
			data_error(d, diag, key, "unknown-input", "the template has no input or indicator called %s", key);
			const char **names = arena_alloc(&d->arena, (size_t)(p->inputs.n + 1) * sizeof *names);
			for (int i = 0; i < p->inputs.n; i++)
				names[i] = ((struct input *)p->inputs.items[i])->name;
			const char *best = diag_closest(key, names, (size_t)p->inputs.n);
			if (best)
				diag_help(diag, "did you mean '%s'?", best);
			else if (check_find_indicator(p, key))
				diag_help(diag, "%s computes its actual from other inputs; give those", key);
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
