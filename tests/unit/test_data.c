/* test_data.c - cmocka unit tests for interp/data.c.
 *
 * data.c reads JSON without jansson's document tree, with a check of its
 * own that the text is JSON.  The first test holds that check to jansson:
 * over thousands of texts (seeds and deterministic mutations of them),
 * the data is refused as not JSON exactly when jansson refuses it.  The
 * others count the work (stats.h) of reading data of size n and 10n: it
 * must grow linearly (a ratio of at most 12), for the shapes that used to
 * be quadratic or worse: many unknown keys (on many lines and on one),
 * long checklists, many errors on one line; they check that lists are read
 * whole and packed, in about a byte per byte of data; and they check the
 * name maps.
 * Each test frees what it sets up.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "data.h"
#include "load.h"
#include "stats.h"
#include "strbuf.h"

static const char template_text[] =
	"rubric \"t\" {\n"
	"    input 实际在编人数: number\n"
	"    indicator 抽查批次 weight 10 {\n"
	"        target >= 2000\n"
	"        score proportional\n"
	"    }\n"
	"    indicator 人员控制率 weight 10 {\n"
	"        actual 实际在编人数 / 20\n"
	"        target <= 100%\n"
	"        score deduct 0.5 per 1% above 100%\n"
	"    }\n"
	"    indicator 制度健全性 weight 4 {\n"
	"        score checklist { 财务制度: 2; 项目制度: 2 }\n"
	"    }\n"
	"    indicator 完备性 weight 4 {\n"
	"        score grade { 完备: 4; 较完备: 2; 不完备: 0 }\n"
	"    }\n"
	"}\n";

/* A loaded template and a frame over it. */
struct fixture {
	struct source src;
	struct program prog;
	struct eval *ev;
};

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);
	struct diag d;
	assert_non_null(f);
	diag_init(&d, stderr);
	src_init(&f->src, "t.rubric", template_text, strlen(template_text));
	assert_int_equal(load_template(&f->prog, &f->src, &d), 0);
	diag_finish(&d);
	f->ev = eval_new(&f->prog, NULL);
	assert_non_null(f->ev);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;
	eval_free(f->ev);
	ast_program_free(&f->prog);
	src_free(&f->src);
	free(f);
	return 0;
}

/* Reads text as data; returns the number of errors, and in *not_json
 * whether the data was refused as a whole (not a JSON object). */
static int load(struct fixture *f, const char *text, size_t len, bool *not_json)
{
	struct diag d;
	struct data data;
	diag_init(&d, NULL);
	d.format = DIAG_COLLECT;
	eval_reset(f->ev);
	int errors = data_load_json(&data, f->ev, "d.json", text, len, &d);
	assert_int_equal(errors, d.errors);
	*not_json = !data.readable;
	data_free(&data);
	diag_free(&d);
	return errors;
}

/* ---- the check against jansson ---- */

/* Whether jansson reads text as data.c asks it to (duplicates refused),
 * and it is an object. */
static bool jansson_reads(const char *text, size_t len)
{
	json_t *doc = json_loadb(text, len, JSON_REJECT_DUPLICATES, NULL);
	bool ok = json_is_object(doc);
	json_decref(doc);
	return ok;
}

/* Whether the text is one both readers may disagree on for reasons of
 * their own: numbers jansson reads as doubles or refuses (long digit runs,
 * exponents), NUL bytes, a first token other than '{'. */
static bool comparable(const char *s, size_t len)
{
	size_t i = 0, run = 0;
	while (i < len && (s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r'))
		i++;
	if (i == len || s[i] != '{')
		return false;
	for (i = 0; i < len; i++) {
		if (s[i] == '\0')
			return false;
		run = s[i] >= '0' && s[i] <= '9' ? run + 1 : 0;
		if (run > 12)
			return false;
		if (i > 0 && (s[i] == 'e' || s[i] == 'E' || s[i] == '.') && s[i - 1] >= '0' && s[i - 1] <= '9')
			return false;
	}
	return true;
}

static const char *const seeds[] = {
	"{}",
	"{\"抽查批次\": 1962}",
	"{\"抽查批次\": 1962, \"实际在编人数\": 18}",
	"{\"a\": [1, 2, [3, {\"b\": null}]], \"c\": {\"d\": true, \"e\": false}}",
	"{\"制度健全性\": [\"财务制度\", \"项目制度\"]}",
	"{\"完备性\": {\"level\": \"完备\", \"score\": 4}}",
	"{\"s\": \"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\\u00e9\\uD834\\uDD1E\"}",
	"{\"x\": \"\\uD834\"}",
	"{\"x\": \"\\uDD1E\"}",
	"{\"x\": \"\\u0000\"}",
	"{\"\\u0000\": 1}",
	"{\"a\": 1, \"a\": 2}",
	"{\"a\": 1, \"\\u0061\": 2}",
	"{\"a\": {\"b\": 1, \"b\": 2}}",
	"{\"a\": [{\"b\": 1}, {\"b\": 2}]}",
	"{\"a\": 1,}",
	"{\"a\": [1,]}",
	"{\"a\" 1}",
	"{\"a\": 1 \"b\": 2}",
	"{\"a\": tru}",
	"{\"a\": -}",
	"{\"a\": 01}",
	"{\"a\": \"x\ty\"}",
	"{\"a\": \"\\x\"}",
	"{\"a\": \"\\u12\"}",
	"{\"a\": 1} x",
	"{\"a\": [}",
	"{\"a\": [1, 2}",
	"{'a': 1}",
	"{\"a\": 1",
	"{\"a\": \"unterminated",
	"{\"a\"：1}",
	"{\"\": 1, \"\": 2}",
	"{\"a\": [[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]}",
	"{\"a\": \"\\u00e9\", \"é\": 1}",
	"  {  \"a\"  :  [  ]  ,  \"b\"  :  {  }  }  ",
};

/* Byte strings a mutation may insert or put in place of a byte. */
static const char *const pieces[] = {
	"{", "}", "[", "]", ":", ",", "\"", "\\", "u", "0", "1", "9", "-", "a", "t", "n", "f",
	" ", "\n", "\t", "\\u", "D8", "DC", "00", "\"\"", "：", "，", "é", "e\xCC\x81", "\x01", "x",
};

/* The differential test: data.c refuses a text as not JSON exactly when
 * jansson does. */
static void test_check_agrees_with_jansson(void **state)
{
	struct fixture *f = *state;
	unsigned r = 2024;
	char buf[512];
	int compared = 0;
	for (size_t s = 0; s < sizeof seeds / sizeof seeds[0]; s++) {
		for (int k = 0; k < 1500; k++) {
			size_t len = strlen(seeds[s]);
			memcpy(buf, seeds[s], len);
			int mutations = k == 0 ? 0 : 1 + (int)(r % 3);
			for (int m = 0; m < mutations; m++) {
				r = r * 1103515245u + 12345u;
				size_t at = len ? (r >> 8) % (len + 1) : 0;
				const char *p = pieces[(r >> 20) % (sizeof pieces / sizeof pieces[0])];
				size_t plen = strlen(p);
				int op = (int)((r >> 4) % 3);
				if (op == 0 && at < len) { /* delete a byte */
					memmove(buf + at, buf + at + 1, len - at - 1);
					len--;
				} else if (len + plen < sizeof buf) { /* insert, or replace a byte */
					size_t gone = op == 2 && at < len ? 1 : 0;
					memmove(buf + at + plen, buf + at + gone, len - at - gone);
					memcpy(buf + at, p, plen);
					len += plen - gone;
				}
			}
			if (!comparable(buf, len))
				continue;
			bool not_json;
			load(f, buf, len, &not_json);
			bool want = !jansson_reads(buf, len);
			if (not_json != want) {
				fprintf(stderr, "disagree (jansson %s): %.*s\n", want ? "refuses" : "reads",
					(int)len, buf);
				fail();
			}
			compared++;
		}
	}
	assert_true(compared > 30000);
}

/* ---- work ---- */

/* The work (stats.work) of reading data made by make(t, n). */
static uint64_t work_of(struct fixture *f, void (*make)(struct strbuf *, int), int n, int *errors)
{
	struct strbuf t = { 0 };
	bool not_json;
	make(&t, n);
	uint64_t before = stats.work;
	*errors = load(f, t.s, t.len, &not_json);
	uint64_t work = stats.work - before;
	assert_false(not_json);
	assert_false(t.failed);
	strbuf_free(&t);
	return work;
}

/* Asserts that the work for 10n is at most 12 times that for n. */
static void assert_linear(struct fixture *f, void (*make)(struct strbuf *, int), int n)
{
	int e1, e2;
	uint64_t w1 = work_of(f, make, n, &e1);
	uint64_t w2 = work_of(f, make, 10 * n, &e2);
	if (w2 > 12 * w1) {
		fprintf(stderr, "work %llu for n = %d, %llu for 10n\n", (unsigned long long)w1, n,
			(unsigned long long)w2);
		fail();
	}
}

/* n unknown keys, one a line, each close to an input's name. */
static void unknown_keys(struct strbuf *t, int n)
{
	strbuf_printf(t, "{\"抽查批次\": 1962");
	for (int i = 0; i < n; i++)
		strbuf_printf(t, ",\n\"抽查批%d\": %d", i, i);
	strbuf_printf(t, "}\n");
}

/* the same on one line */
static void unknown_keys_one_line(struct strbuf *t, int n)
{
	strbuf_printf(t, "{\"抽查批次\": 1962");
	for (int i = 0; i < n; i++)
		strbuf_printf(t, ", \"实际在编人%d\": \"%d\"", i, i);
	strbuf_printf(t, "}");
}

/* a checklist of n items, each listed once, all unknown but two */
static void long_checklist(struct strbuf *t, int n)
{
	strbuf_printf(t, "{\"制度健全性\": [\"财务制度\"");
	for (int i = 0; i < n; i++)
		strbuf_printf(t, ", \"制度%d\"", i);
	strbuf_printf(t, ", \"项目制度\"]}");
}

/* n objects nested in a list, each with keys of their own */
static void many_objects(struct strbuf *t, int n)
{
	strbuf_printf(t, "{\"x\": [");
	for (int i = 0; i < n; i++)
		strbuf_printf(t, "%s{\"a\": %d, \"b\": [\"%d\"], \"c\": {\"d\": null}}", i ? ", " : "", i, i);
	strbuf_printf(t, "]}");
}

/* many values of the wrong type, each an error with a place, on one line */
static void bad_values_one_line(struct strbuf *t, int n)
{
	strbuf_printf(t, "{\"抽查批次\": 1962, \"$x\": 1");
	for (int i = 0; i < n; i++)
		strbuf_printf(t, ", \"$k%d\": \"%*d\"", i, 40, i);
	strbuf_printf(t, "}");
}

static void test_work_unknown_keys(void **state)
{
	int errors;
	assert_linear(*state, unknown_keys, 2000);
	work_of(*state, unknown_keys, 20000, &errors);
	assert_int_equal(errors, 20000);
}

static void test_work_unknown_keys_one_line(void **state)
{
	assert_linear(*state, unknown_keys_one_line, 2000);
}

static void test_work_long_checklist(void **state)
{
	assert_linear(*state, long_checklist, 5000);
}

static void test_work_many_objects(void **state)
{
	assert_linear(*state, many_objects, 2000);
}

static void test_work_errors_on_one_line(void **state)
{
	assert_linear(*state, bad_values_one_line, 2000);
}

/* A key written twice after many others: found by hashing, and reported
 * with the line of the first. */
static void test_duplicate_key_far_apart(void **state)
{
	struct fixture *f = *state;
	struct strbuf t = { 0 };
	struct diag d;
	struct data data;
	strbuf_printf(&t, "{\"k\": 0");
	for (int i = 0; i < 5000; i++)
		strbuf_printf(&t, ",\n\"k%d\": %d", i, i);
	strbuf_printf(&t, ",\n\"k\": 1}");
	diag_init(&d, NULL);
	d.format = DIAG_COLLECT;
	eval_reset(f->ev);
	assert_int_equal(data_load_json(&data, f->ev, "d.json", t.s, t.len, &d), 1);
	assert_string_equal(diag_message(&d, 0), "the key \"k\" is given twice: first on line 1");
	data_free(&data);
	diag_free(&d);
	assert_false(t.failed);
	strbuf_free(&t);
}

/* ---- lists ---- */

/* Items of every length class of the packing (eval.h) come back as put. */
static void test_list_packing(void **state)
{
	static const size_t lens[] = { 0, 1, 127, 128, 300, 16383, 16384, 70000 };
	size_t n = sizeof lens / sizeof lens[0], size = 0;
	(void)state;
	for (size_t i = 0; i < n; i++)
		size += eval_list_size(lens[i]);
	char *text = malloc(70000 + n); /* item i starts at text + i */
	unsigned char *list = malloc(size), *out = list;
	assert_non_null(text);
	assert_non_null(list);
	for (size_t i = 0; i < 70000 + n; i++)
		text[i] = (char)('a' + i % 26);
	for (size_t i = 0; i < n; i++)
		out = eval_list_put(out, text + i, lens[i]);
	assert_int_equal(out - list, size);
	const unsigned char *p = list;
	for (size_t i = 0; i < n; i++) {
		size_t len;
		const char *s = eval_list_next(&p, &len);
		assert_int_equal(len, lens[i]);
		if (len)
			assert_memory_equal(s, text + i, len);
	}
	assert_ptr_equal(p, list + size);
	free(list);
	free(text);
}

/* The slot of the indicator called name's own input. */
static struct value *input_slot(struct fixture *f, const char *name)
{
	for (int i = 0; i < f->prog.inputs.n; i++) {
		struct input *in = f->prog.inputs.items[i];
		if (!strcmp(in->name, name))
			return eval_input_slot(f->ev, in);
	}
	fail();
	return NULL;
}

/* A list's items are read decoded and in NFC, whatever their length and
 * however they are spaced; a big list (past the ends the check keeps) and
 * a row object holding one read the same. */
static void test_list_items(void **state)
{
	struct fixture *f = *state;
	struct strbuf t = { 0 };
	char *longer = malloc(20001);
	assert_non_null(longer);
	memset(longer, 'x', 20000);
	longer[20000] = '\0';
	for (int row = 0; row < 2; row++) {
		strbuf_free(&t);
		strbuf_printf(&t, "{\"制度健全性\": %s[ \"财务制度\",\"a\\\"b\\n\" ,\n\t\"e\\u0301\", "
			      "\"e\xCC\x81x\", \"\", \"%s\"", row ? "{\"actual\": " : "", longer);
		for (int i = 0; i < 100; i++)
			strbuf_printf(&t, ", \"制度%d\"", i);
		strbuf_printf(&t, "]%s}", row ? "}" : "");
		assert_false(t.failed);
		struct diag d;
		struct data data;
		diag_init(&d, NULL);
		d.format = DIAG_COLLECT;
		eval_reset(f->ev);
		assert_int_equal(data_load_json(&data, f->ev, "d.json", t.s, t.len, &d), 0);
		struct value *v = input_slot(f, "制度健全性");
		assert_int_equal(v->type, TY_LIST);
		assert_int_equal(v->nitems, 106);
		const char *items[106] = { "财务制度", "a\"b\n", "\xC3\xA9", "\xC3\xA9x", "", longer };
		char names[100][24]; /* room for any int, as gcc -O1 checks */
		for (int i = 0; i < 100; i++) {
			snprintf(names[i], sizeof names[i], "制度%d", i);
			items[6 + i] = names[i];
		}
		const unsigned char *p = v->list;
		for (int i = 0; i < 106; i++) {
			size_t len;
			const char *s = eval_list_next(&p, &len);
			assert_int_equal(len, strlen(items[i]));
			if (len)
				assert_memory_equal(s, items[i], len);
		}
		data_free(&data);
		diag_free(&d);
	}
	strbuf_free(&t);
	free(longer);
}

/* A list of n one-character items, the most items a byte of data can
 * hold, with an item that is not text at its end if bad. */
static void short_items(struct strbuf *t, int n, bool bad)
{
	strbuf_printf(t, "{\"制度健全性\": [\"财务制度\"");
	for (int i = 0; i < n; i++)
		strbuf_printf(t, ",\"a\"");
	strbuf_printf(t, "%s]}", bad ? ", 1" : "");
}

/* Reading such a list allocates about a byte per byte of data, not the
 * 16 bytes per item of an array of pointers and lengths; an item that is
 * not text is found in the same sweep, after all the others. */
static void test_list_bytes(void **state)
{
	struct fixture *f = *state;
	for (int bad = 0; bad < 2; bad++) {
		struct strbuf t = { 0 };
		short_items(&t, 200000, bad);
		assert_false(t.failed);
		uint64_t before = stats.bytes;
		bool not_json;
		assert_int_equal(load(f, t.s, t.len, &not_json), bad);
		assert_false(not_json);
		uint64_t bytes = stats.bytes - before;
		if (bytes > t.len + t.len / 2) {
			fprintf(stderr, "%llu bytes allocated for %zu bytes of data\n",
				(unsigned long long)bytes, t.len);
			fail();
		}
		strbuf_free(&t);
	}
}

/* ---- name maps ---- */

static void test_name_map(void **state)
{
	struct name_map m;
	char names[3000][16];
	(void)state;
	name_map_init(&m);
	assert_null(name_map_get(&m, "a", 1));
	for (int i = 0; i < 3000; i++) {
		snprintf(names[i], sizeof names[i], "n%d", i);
		assert_ptr_equal(name_map_put(&m, names[i], strlen(names[i]), names[i]), names[i]);
	}
	/* the first value put for a name stays */
	assert_ptr_equal(name_map_put(&m, "n7", 2, names[8]), names[7]);
	for (int i = 0; i < 3000; i++)
		assert_ptr_equal(name_map_get(&m, names[i], strlen(names[i])), names[i]);
	assert_null(name_map_get(&m, "n3000", 5));
	assert_null(name_map_get(&m, "n1", 1)); /* a prefix is another name */
	assert_int_equal(m.n, 3000);
	name_map_free(&m);
	assert_null(name_map_get(&m, "n1", 2));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_check_agrees_with_jansson),
		cmocka_unit_test(test_work_unknown_keys),
		cmocka_unit_test(test_work_unknown_keys_one_line),
		cmocka_unit_test(test_work_long_checklist),
		cmocka_unit_test(test_work_many_objects),
		cmocka_unit_test(test_work_errors_on_one_line),
		cmocka_unit_test(test_duplicate_key_far_apart),
		cmocka_unit_test(test_list_packing),
		cmocka_unit_test(test_list_items),
		cmocka_unit_test(test_list_bytes),
		cmocka_unit_test(test_name_map),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
