/* api.c - the public library, rubric.h, over the interpreter's parts.
 *
 * A rubric_template holds a loaded program (load.h) with its own copy of
 * the text, and tables built once for the API: every item in table order,
 * the names of inputs and items hashed, weights and targets as text.  It is
 * never written after rubric_template_compile returns, so any number of
 * units on any number of threads may share it.
 *
 * A rubric_unit is an evaluation frame (eval.h) with the data it read: a
 * JSON unit (rubric_unit_load_json) and the values set one at a time go
 * into two struct data, both freed at rubric_unit_reset.  Results are
 * formatted on demand into the unit's scratch arena, which each evaluation
 * and reset empties.  A unit runs the template's test blocks too
 * (test.h): the runner it makes at its first test hashes the template's
 * names once for all of them.
 */
#include "rubric.h"

#include <errno.h>
#include <locale.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <utf8proc.h>

#include "data.h"
#include "eval.h"
#include "generate.h"
#include "fmt.h"
#include "load.h"
#include "program.h"
#include "render.h"
#include "stats.h"
#include "strbuf.h"
#include "test.h"
#include "version.h"

/* ---- version, status, language ---- */

const char *rubric_version(void)
{
	return RUBRIC_VERSION;
}

int rubric_version_number(void)
{
	return RUBRIC_VERSION_NUMBER;
}

const char *rubric_status_string(int status)
{
	switch (status) {
	case RUBRIC_OK: return "ok";
	case RUBRIC_ERROR: return "errors were reported";
	case RUBRIC_NOMEM: return "out of memory";
	case RUBRIC_IO: return "input/output error";
	case RUBRIC_MISUSE: return "library misuse";
	case RUBRIC_INCOMPLETE: return "scored, with rows pending";
	default: return "unknown status";
	}
}

int rubric_set_language(const char *lang)
{
	if (!lang || !*lang) {
		diag_set_language();
		return RUBRIC_OK;
	}
	if (!strcmp(lang, "en") || !strncmp(lang, "en_", 3) || !strcmp(lang, "C"))
		return diag_use_language(false), RUBRIC_OK;
	if (!strcmp(lang, "zh") || !strncmp(lang, "zh_", 3))
		return diag_use_language(true), RUBRIC_OK;
	return RUBRIC_MISUSE;
}

const char *rubric_translate(const char *msgid)
{
	return msgid ? diag_tr(msgid) : NULL;
}

int rubric_escape_text(const char *s, size_t len, char **out, size_t *out_len)
{
	if (!out || (!s && len))
		return RUBRIC_MISUSE;
	if (!s)
		s = "";
	if (diag_text_is_plain(s, len)) { /* mostly: no stream needed */
		if (!(*out = malloc(len + 1)))
			return RUBRIC_NOMEM;
		memcpy(*out, s, len);
		(*out)[len] = '\0';
		if (out_len)
			*out_len = len;
		return RUBRIC_OK;
	}
	char *buf = NULL;
	size_t n = 0;
	FILE *f = open_memstream(&buf, &n);
	if (!f) {
		*out = NULL;
		return RUBRIC_NOMEM;
	}
	diag_put_text(f, s, len);
	bool ok = !ferror(f);
	ok &= fclose(f) == 0;
	/* the stream's buffer is the C library's: a copy of ours goes out */
	*out = ok ? malloc(n + 1) : NULL;
	if (*out) {
		memcpy(*out, buf, n);
		(*out)[n] = '\0';
	}
	rb_libc_free(buf);
	if (!*out)
		return RUBRIC_NOMEM;
	if (out_len)
		*out_len = n;
	return RUBRIC_OK;
}

void rubric_counters(unsigned long long *work, unsigned long long *bytes)
{
	if (work)
		*work = stats.work;
	if (bytes)
		*bytes = stats.bytes;
}

/* ---- reporters ---- */

struct rubric_reporter {
	struct diag d;
};

void rubric_reporter_reset(rubric_reporter *r)
{
	if (!r)
		return;
	diag_flush(&r->d); /* the last diagnostic, shown or not, goes first */
	r->d.errors = r->d.warnings = 0;
	r->d.muted = false;
}

int rubric_reporter_new(rubric_reporter **out, rubric_diagnostic_fn *fn, void *ud)
{
	if (!out)
		return RUBRIC_MISUSE;
	*out = calloc(1, sizeof **out);
	if (!*out)
		return RUBRIC_NOMEM;
	diag_init(&(*out)->d, NULL);
	diag_set_callback(&(*out)->d, fn, ud);
	return RUBRIC_OK;
}

int rubric_reporter_new_stream(rubric_reporter **out, FILE *stream, int format)
{
	if (!out || !stream || format < RUBRIC_DIAGNOSTICS_TEXT || format > RUBRIC_DIAGNOSTICS_SARIF)
		return RUBRIC_MISUSE;
	*out = calloc(1, sizeof **out);
	if (!*out)
		return RUBRIC_NOMEM;
	diag_init(&(*out)->d, stream);
	(*out)->d.format = format == RUBRIC_DIAGNOSTICS_JSON ? DIAG_JSON
			   : format == RUBRIC_DIAGNOSTICS_SARIF ? DIAG_SARIF : DIAG_TEXT;
	return RUBRIC_OK;
}

int rubric_reporter_set_warning(rubric_reporter *r, const char *code, int level)
{
	if (!r || !code || level < RUBRIC_WARNING_AS_IS || level > RUBRIC_WARNING_DENY)
		return RUBRIC_MISUSE;
	for (int c = 0; c < DIAG_NCODES; c++)
		if (diag_is_warning((enum diag_code)c) && !strcmp(diag_code_string((enum diag_code)c), code)) {
			r->d.level[c] = (unsigned char)(level == RUBRIC_WARNING_ALLOW ? DIAG_ALLOW
							: level == RUBRIC_WARNING_DENY ? DIAG_DENY : DIAG_AS_IS);
			return RUBRIC_OK;
		}
	return RUBRIC_MISUSE;
}

void rubric_reporter_set_werror(rubric_reporter *r, int on)
{
	if (r)
		r->d.werror = on != 0;
}

void rubric_reporter_set_hide_warnings(rubric_reporter *r, int on)
{
	if (r)
		r->d.hide_warnings = on != 0;
}

int rubric_reporter_errors(const rubric_reporter *r)
{
	return r ? r->d.errors : 0;
}

int rubric_reporter_warnings(const rubric_reporter *r)
{
	return r ? r->d.warnings : 0;
}

int rubric_reporter_finish(rubric_reporter *r)
{
	if (!r)
		return RUBRIC_MISUSE;
	FILE *out = r->d.format == DIAG_CALLBACK ? NULL : r->d.out;
	diag_finish(&r->d);
	if (r->d.out_of_memory)
		return RUBRIC_NOMEM;
	if (out && (fflush(out) != 0 || ferror(out)))
		return RUBRIC_IO;
	return RUBRIC_OK;
}

void rubric_reporter_free(rubric_reporter *r)
{
	if (!r)
		return;
	diag_free(&r->d);
	free(r);
}

/* Where an object with reporter r reports: r's sink, or a discarding one
 * of its own (quiet). */
static struct diag *sink(rubric_reporter *r, struct diag *quiet)
{
	if (r)
		return &r->d;
	diag_init(quiet, NULL);
	diag_set_callback(quiet, NULL, NULL);
	return quiet;
}

/* ---- templates ---- */

struct rubric_template {
	struct program prog;
	struct source src;
	char *name, *text;
	struct item **items;     /* every item, in table order */
	int nitems;
	char **weights;          /* per item: its weight as text */
	char **targets;          /* per item: its target cell, or NULL */
	int *item_of_input;      /* per input: its indicator's item, or -1 */
	int *input_of_item;      /* per item: its own input, or -1 */
	int *item_of_indicator;  /* per indicator (prog.indicators) */
	int *item_of_group;      /* per group (prog.groups) */
	struct name_map inputs;  /* name -> input index + 1 */
	struct name_map names;   /* name -> item index + 1, the first of each */
	struct name_map groups;  /* group name -> item index + 1 */
	struct name_map indicators; /* indicator name -> item index + 1 */
	char *total;             /* the full score as text */
	/* The texts (weights, targets, total) and the name maps are made on
	 * first use, not at compile time: `rubric check` of a large template
	 * needs neither.  Threads sharing the template may ask at once: the
	 * first makes them under the lock, and the flags publish them. */
	pthread_mutex_t lazy_lock;
	atomic_bool texts_ready, maps_ready;
};

/* q as exact decimal text, or "p/q" when no decimal is exact; malloc'd. */
static char *exact_text(const mpq_t q)
{
	bool exact;
	size_t n = num_format(NULL, 0, q, 40, false, &exact);
	if (!exact) {
		char *s = mpq_get_str(NULL, 10, q);
		if (!s)
			return NULL;
		/* GMP's allocator made it: copy it to ours */
		char *t = strdup(s);
		void (*gfree)(void *, size_t);
		mp_get_memory_functions(NULL, NULL, &gfree);
		gfree(s, strlen(s) + 1);
		return t;
	}
	char *s = malloc(n + 1);
	if (s)
		num_format(s, n + 1, q, 40, false, NULL);
	return s;
}

/* Appends item it and everything in it to t->items. */
static void list_items(struct rubric_template *t, struct item *it)
{
	if (it->kind == ITEM_SETTING)
		return;
	it->order = t->nitems;
	t->items[t->nitems++] = it;
	if (it->kind == ITEM_GROUP)
		for (int i = 0; i < it->children.n; i++)
			list_items(t, it->children.items[i]);
}

/* Puts name -> index + 1 into m, keeping the first. */
static bool map_index(struct name_map *m, const char *name, int index)
{
	return name_map_put(m, name, strlen(name), (void *)(intptr_t)(index + 1)) != NULL;
}

/* Builds the API's tables of a loaded template, those every caller needs
 * (items in table order, the links between items and inputs); false when
 * out of memory. */
static bool index_template(struct rubric_template *t)
{
	struct program *p = &t->prog;
	int n = p->indicators.n + p->groups.n, nin = p->inputs.n;
	t->items = calloc((size_t)n + 1, sizeof *t->items);
	t->input_of_item = calloc((size_t)n + 1, sizeof *t->input_of_item);
	t->item_of_input = calloc((size_t)nin + 1, sizeof *t->item_of_input);
	t->item_of_indicator = calloc((size_t)p->indicators.n + 1, sizeof *t->item_of_indicator);
	t->item_of_group = calloc((size_t)p->groups.n + 1, sizeof *t->item_of_group);
	if (!t->items || !t->input_of_item || !t->item_of_input || !t->item_of_indicator || !t->item_of_group)
		return false;
	for (int i = 0; i < p->items.n; i++)
		list_items(t, p->items.items[i]);
	for (int i = 0; i < nin; i++)
		t->item_of_input[i] = -1;
	for (int i = 0; i < t->nitems; i++) {
		struct item *it = t->items[i];
		t->input_of_item[i] = -1;
		if (it->kind == ITEM_GROUP) {
			t->item_of_group[it->index] = i;
		} else {
			t->item_of_indicator[it->index] = i;
			if (it->input) {
				t->input_of_item[i] = it->input->index;
				t->item_of_input[it->input->index] = i;
			}
		}
	}
	return true;
}

/* Frees the texts of t (made or half made). */
static void free_texts(struct rubric_template *t)
{
	for (int i = 0; t->weights && i < t->nitems; i++)
		free(t->weights[i]);
	for (int i = 0; t->targets && i < t->nitems; i++)
		free(t->targets[i]);
	free(t->weights);
	free(t->targets);
	free(t->total);
	t->weights = t->targets = NULL;
	t->total = NULL;
}

/* Makes the texts of t: every item's weight and target, and the total. */
static bool make_texts(struct rubric_template *t)
{
	t->weights = calloc((size_t)t->nitems + 1, sizeof *t->weights);
	t->targets = calloc((size_t)t->nitems + 1, sizeof *t->targets);
	if (!t->weights || !t->targets)
		return false;
	for (int i = 0; i < t->nitems; i++) {
		struct item *it = t->items[i];
		if (it->kind == ITEM_INDICATOR && it->target.is != TG_NONE &&
		    !(t->targets[i] = render_target(&t->prog, it)))
			return false;
		if (!(t->weights[i] = exact_text(it->weight)))
			return false;
	}
	return (t->total = exact_text(t->prog.total)) != NULL;
}

/* Makes the name maps of t. */
static bool make_maps(struct rubric_template *t)
{
	struct program *p = &t->prog;
	if (!name_map_reserve(&t->inputs, (size_t)p->inputs.n) || !name_map_reserve(&t->names, (size_t)t->nitems) ||
	    !name_map_reserve(&t->groups, (size_t)p->groups.n) ||
	    !name_map_reserve(&t->indicators, (size_t)p->indicators.n))
		return false;
	for (int i = 0; i < p->inputs.n; i++)
		if (!map_index(&t->inputs, ((struct input *)p->inputs.items[i])->name, i))
			return false;
	for (int i = 0; i < t->nitems; i++) {
		struct item *it = t->items[i];
		if (!map_index(it->kind == ITEM_GROUP ? &t->groups : &t->indicators, it->name, i) ||
		    !map_index(&t->names, it->name, i))
			return false;
	}
	return true;
}

/* Makes what *ready says is made, once, by make; false when it is not made
 * (out of memory: the next call tries again). */
static bool made(const struct rubric_template *ct, atomic_bool *ready, bool (*make)(struct rubric_template *),
		 void (*undo)(struct rubric_template *))
{
	if (atomic_load_explicit(ready, memory_order_acquire))
		return true;
	struct rubric_template *t = (struct rubric_template *)ct; /* a cache, not the template */
	pthread_mutex_lock(&t->lazy_lock);
	bool ok = atomic_load_explicit(ready, memory_order_relaxed);
	if (!ok) {
		ok = make(t);
		if (ok)
			atomic_store_explicit(ready, true, memory_order_release);
		else
			undo(t);
	}
	pthread_mutex_unlock(&t->lazy_lock);
	return ok;
}

static void free_maps(struct rubric_template *t)
{
	name_map_free(&t->inputs);
	name_map_free(&t->names);
	name_map_free(&t->groups);
	name_map_free(&t->indicators);
	name_map_init(&t->inputs);
	name_map_init(&t->names);
	name_map_init(&t->groups);
	name_map_init(&t->indicators);
}

static bool texts(const struct rubric_template *t)
{
	return made(t, (atomic_bool *)&t->texts_ready, make_texts, free_texts);
}

static bool maps(const struct rubric_template *t)
{
	return made(t, (atomic_bool *)&t->maps_ready, make_maps, free_maps);
}

void rubric_template_free(rubric_template *t)
{
	if (!t)
		return;
	free_texts(t);
	free_maps(t);
	free(t->items);
	free(t->input_of_item);
	free(t->item_of_input);
	free(t->item_of_indicator);
	free(t->item_of_group);
	pthread_mutex_destroy(&t->lazy_lock);
	ast_program_free(&t->prog);
	src_free(&t->src);
	free(t->name);
	free(t->text);
	free(t);
}

int rubric_template_compile(rubric_template **out, const char *name, const char *text, size_t len,
			    rubric_reporter *r)
{
	if (!out || (!text && len))
		return RUBRIC_MISUSE;
	*out = NULL;
	struct diag quiet, *d = sink(r, &quiet);
	int status = RUBRIC_NOMEM;
	struct rubric_template *t = calloc(1, sizeof *t);
	if (!t)
		goto done;
	name_map_init(&t->inputs);
	name_map_init(&t->names);
	name_map_init(&t->groups);
	name_map_init(&t->indicators);
	pthread_mutex_init(&t->lazy_lock, NULL);
	t->name = strdup(name ? name : "<template>");
	t->text = malloc(len + 1);
	if (!t->name || !t->text) {
		free(t->name);
		free(t->text);
		pthread_mutex_destroy(&t->lazy_lock);
		free(t);
		goto done;
	}
	if (len)
		memcpy(t->text, text, len);
	t->text[len] = '\0';
	src_init(&t->src, t->name, t->text, len);
	int before = d->out_of_memory;
	if (load_template(&t->prog, &t->src, d) != 0) {
		status = d->out_of_memory && !before ? RUBRIC_NOMEM : RUBRIC_ERROR;
		rubric_template_free(t);
		goto done;
	}
	if (!index_template(t)) {
		rubric_template_free(t);
		goto done;
	}
	*out = t;
	status = RUBRIC_OK;
done:
	if (d == &quiet)
		diag_free(&quiet);
	else
		diag_flush(d);
	return status;
}

/* The largest template file read, as the command line's limit. */
#define MAX_TEMPLATE_FILE (256u << 20)

int rubric_template_load(rubric_template **out, const char *path, rubric_reporter *r)
{
	if (!out || !path)
		return RUBRIC_MISUSE;
	*out = NULL;
	struct diag quiet, *d = sink(r, &quiet);
	size_t n = 0;
	int err = 0;
	char *buf = src_read_file(path, MAX_TEMPLATE_FILE, &n, &err);
	if (err) {
		free(buf);
		if (err == ENOMEM)
			diag_report(d, NULL, SPAN_START, D_MEMORY, "out of memory reading %s", path);
		else
			diag_report(d, NULL, SPAN_START, D_UNREADABLE, "cannot read %s: %s", path,
				    err == EFBIG ? _("it is larger than 256 MiB") : strerror(err));
		if (d == &quiet)
			diag_free(&quiet);
		else
			diag_flush(d);
		errno = err;
		return err == ENOMEM ? RUBRIC_NOMEM : RUBRIC_IO;
	}
	if (d == &quiet)
		diag_free(&quiet);
	int status = rubric_template_compile(out, path, buf, n, r);
	free(buf);
	return status;
}

const char *rubric_template_name(const rubric_template *t)
{
	return t ? t->name : NULL;
}

const char *rubric_template_title(const rubric_template *t)
{
	return t ? t->prog.title : NULL;
}

const char *rubric_template_total(const rubric_template *t)
{
	return t && texts(t) ? t->total : NULL;
}

int rubric_template_decimals(const rubric_template *t)
{
	return t ? t->prog.round.digits : 0;
}

int rubric_template_require_reason(const rubric_template *t)
{
	return t && t->prog.require_reason;
}

int rubric_template_form(const rubric_template *t)
{
	if (!t)
		return RUBRIC_FORM_AUTO;
	return t->prog.form == FORM_SELF ? RUBRIC_FORM_SELF : t->prog.form == FORM_SCORE ? RUBRIC_FORM_SCORE
											: RUBRIC_FORM_AUTO;
}

int rubric_template_header_count(const rubric_template *t)
{
	return t ? t->prog.header.n : 0;
}

static const struct header_field *header_field(const rubric_template *t, int k)
{
	return t && k >= 0 && k < t->prog.header.n ? t->prog.header.items[k] : NULL;
}

const char *rubric_template_header_key(const rubric_template *t, int k)
{
	const struct header_field *f = header_field(t, k);
	return f ? f->key : NULL;
}

const char *rubric_template_header_value(const rubric_template *t, int k)
{
	const struct header_field *f = header_field(t, k);
	return f ? f->value : NULL;
}

int rubric_grade_count(const rubric_template *t)
{
	return t ? t->prog.grades.n : 0;
}

const char *rubric_grade_name(const rubric_template *t, int grade)
{
	if (!t || grade < 0 || grade >= t->prog.grades.n)
		return NULL;
	return ((const struct grade_band *)t->prog.grades.items[grade])->name;
}

/* ---- inputs ---- */

int rubric_input_count(const rubric_template *t)
{
	return t ? t->prog.inputs.n : 0;
}

/* Looks name up in m: the index it maps to, or -1.  The name is put in NFC
 * first, as the template's names are. */
static int find_name(const struct name_map *m, const char *name)
{
	if (!name)
		return -1;
	size_t len = strlen(name);
	void *v = name_map_get(m, name, len);
	if (!v) {
		char *nfc = (char *)utf8proc_NFC((const utf8proc_uint8_t *)name);
		if (nfc) {
			v = name_map_get(m, nfc, strlen(nfc));
			rb_libc_free(nfc); /* utf8proc's, from the C library's malloc */
		}
	}
	return v ? (int)(intptr_t)v - 1 : -1;
}

int rubric_input_find(const rubric_template *t, const char *name)
{
	return t && maps(t) ? find_name(&t->inputs, name) : -1;
}

const char *rubric_input_closest(const rubric_template *t, const char *name)
{
	if (!t || !name || t->prog.inputs.n == 0)
		return NULL;
	const char **names = malloc((size_t)t->prog.inputs.n * sizeof *names);
	if (!names)
		return NULL;
	for (int i = 0; i < t->prog.inputs.n; i++)
		names[i] = ((struct input *)t->prog.inputs.items[i])->name;
	const char *best = diag_closest(name, names, (size_t)t->prog.inputs.n);
	free(names);
	return best;
}

static struct input *input_at(const rubric_template *t, int i)
{
	return t && i >= 0 && i < t->prog.inputs.n ? t->prog.inputs.items[i] : NULL;
}

const char *rubric_input_name(const rubric_template *t, int input)
{
	struct input *in = input_at(t, input);
	return in ? in->name : NULL;
}

int rubric_input_type(const rubric_template *t, int input)
{
	struct input *in = input_at(t, input);
	if (!in)
		return 0;
	switch (in->type) {
	case TY_NUMBER: return in->integer ? RUBRIC_INTEGER : in->percent ? RUBRIC_PERCENT : RUBRIC_NUMBER;
	case TY_TEXT: return RUBRIC_TEXT;
	case TY_DATE: return RUBRIC_DATE;
	case TY_BOOL: return RUBRIC_BOOL;
	case TY_LIST: return RUBRIC_LIST;
	default: return 0;
	}
}

const char *rubric_input_unit(const rubric_template *t, int input)
{
	struct input *in = input_at(t, input);
	if (!in)
		return NULL;
	return in->unit ? in->unit : in->owner ? in->owner->unit : NULL;
}

int rubric_input_optional(const rubric_template *t, int input)
{
	struct input *in = input_at(t, input);
	return in && in->dflt != NULL;
}

int rubric_input_item(const rubric_template *t, int input)
{
	return input_at(t, input) ? t->item_of_input[input] : -1;
}

/* ---- items ---- */

int rubric_item_count(const rubric_template *t)
{
	return t ? t->nitems : 0;
}

int rubric_item_find(const rubric_template *t, const char *name, int kind)
{
	if (!t || !maps(t))
		return -1;
	return find_name(kind == RUBRIC_GROUP ? &t->groups : kind == RUBRIC_INDICATOR ? &t->indicators : &t->names,
			 name);
}

static struct item *item_at(const rubric_template *t, int i)
{
	return t && i >= 0 && i < t->nitems ? t->items[i] : NULL;
}

int rubric_item_kind(const rubric_template *t, int item)
{
	struct item *it = item_at(t, item);
	return !it ? 0 : it->kind == ITEM_GROUP ? RUBRIC_GROUP : RUBRIC_INDICATOR;
}

const char *rubric_item_name(const rubric_template *t, int item)
{
	struct item *it = item_at(t, item);
	return it ? it->name : NULL;
}

int rubric_item_parent(const rubric_template *t, int item)
{
	struct item *it = item_at(t, item);
	return it && it->parent ? t->item_of_group[it->parent->index] : -1;
}

int rubric_item_depth(const rubric_template *t, int item)
{
	struct item *it = item_at(t, item);
	return it ? it->depth : -1;
}

const char *rubric_item_weight(const rubric_template *t, int item)
{
	return item_at(t, item) && texts(t) ? t->weights[item] : NULL;
}

const char *rubric_item_target(const rubric_template *t, int item)
{
	return item_at(t, item) && texts(t) ? t->targets[item] : NULL;
}

const char *rubric_item_unit(const rubric_template *t, int item)
{
	struct item *it = item_at(t, item);
	return it && it->kind == ITEM_INDICATOR ? it->unit : NULL;
}

const char *rubric_item_note(const rubric_template *t, int item)
{
	struct item *it = item_at(t, item);
	return it && it->kind == ITEM_INDICATOR ? it->note : NULL;
}

const char *rubric_item_rule(const rubric_template *t, int item)
{
	static const char *const names[] = {
		/* ORDER enum rule_kind */
		"formula", "proportional", "met", "interpolate", "deduct", "bonus", "bands", "checklist",
		"grade", "judged",
	};
	struct item *it = item_at(t, item);
	if (!it || it->kind != ITEM_INDICATOR || !it->scoring)
		return NULL;
	return names[it->scoring->kind];
}

int rubric_item_input(const rubric_template *t, int item)
{
	return item_at(t, item) ? t->input_of_item[item] : -1;
}

int rubric_item_inapplicable(const rubric_template *t, int item)
{
	struct item *it = item_at(t, item);
	return it && it->kind == ITEM_INDICATOR && it->inapplicable;
}

/* The items of a checklist or the levels of a grade an indicator is
 * scored by, or NULL. */
static const struct vec *choices_of(const rubric_template *t, int item)
{
	struct item *it = item_at(t, item);
	const struct rule *r = it && it->kind == ITEM_INDICATOR ? it->scoring : NULL;
	return r && (r->kind == RULE_CHECKLIST || r->kind == RULE_GRADE) ? &r->entries : NULL;
}

int rubric_item_choice_count(const rubric_template *t, int item)
{
	const struct vec *v = choices_of(t, item);
	return v ? v->n : 0;
}

const char *rubric_item_choice(const rubric_template *t, int item, int k)
{
	const struct vec *v = choices_of(t, item);
	return v && k >= 0 && k < v->n ? ((const struct item_points *)v->items[k])->name : NULL;
}

int rubric_item_scored_by_data(const rubric_template *t, int item)
{
	struct item *it = item_at(t, item);
	const struct rule *r = it && it->kind == ITEM_INDICATOR ? it->scoring : NULL;
	if (!r)
		return 0;
	if (r->kind == RULE_JUDGED)
		return 1;
	for (int k = 0; r->kind == RULE_GRADE && k < r->entries.n; k++)
		if (((const struct item_points *)r->entries.items[k])->hi)
			return 1; /* a level of a range: the data picks the score */
	return 0;
}

int rubric_item_budget(const rubric_template *t, int item)
{
	struct item *it = item_at(t, item);
	return it && it->kind == ITEM_INDICATOR && it->budget;
}

/* ---- units ---- */

/* A unit's JSON text of at most this many bytes is copied into a buffer
 * kept for the next unit's: a batch allocates nothing per unit for it. */
#define JSON_TEXT_KEPT (1024 * 1024)

struct rubric_unit {
	const rubric_template *t;
	struct eval *ev;
	struct diag quiet;       /* where diagnostics go without a reporter */
	rubric_reporter *r;
	struct data json;        /* the JSON unit read, if any */
	char *json_name;         /* its name, which the data borrows, kept from
				    unit to unit while it is the same */
	char *json_text;         /* a copy of its text, which the data borrows */
	size_t json_cap;         /* json_text's size, kept for the next unit
				    unless it is large */
	bool has_json;
	bool json_ready;         /* json was loaded once: its arena is kept */
	struct data set;         /* values set one at a time */
	bool has_set;            /* set is ready for values (data_init_values) */
	bool scored;             /* the last evaluation succeeded */
	bool verified;           /* rubric_unit_verify ran since */
	struct arena scratch;    /* result texts */
	struct test_runner *tests; /* made by the first rubric_unit_run_test */
	struct arena test_values; /* the lists a test gives */
	char **id_keys;          /* rubric_unit_set_id_keys: in NFC, malloc'd */
	int nid_keys;
};

static struct diag *unit_diag(rubric_unit *u)
{
	return u->r ? &u->r->d : &u->quiet;
}

int rubric_unit_new(rubric_unit **out, const rubric_template *t, rubric_reporter *r)
{
	if (!out || !t)
		return RUBRIC_MISUSE;
	rubric_unit *u = calloc(1, sizeof *u);
	*out = NULL;
	if (!u)
		return RUBRIC_NOMEM;
	u->t = t;
	u->r = r;
	diag_init(&u->quiet, NULL);
	diag_set_callback(&u->quiet, NULL, NULL);
	arena_init(&u->scratch);
	arena_init(&u->test_values);
	u->ev = eval_new((struct program *)&t->prog, unit_diag(u));
	if (!u->ev) {
		free(u);
		return RUBRIC_NOMEM;
	}
	eval_reset(u->ev);
	*out = u;
	return RUBRIC_OK;
}

/* Forgets the results (and their texts). */
static void forget_results(rubric_unit *u)
{
	u->scored = u->verified = false;
	arena_clear(&u->scratch);
}

/* Forgets the results and the values the unit was given; the frame's
 * values stay, for the caller to reset. */
static void drop_values(rubric_unit *u)
{
	forget_results(u);
	if (u->has_json) /* its arena's block kept for the next unit */
		data_clear_values(&u->json);
	if (u->has_set) /* ready for the next unit's values */
		data_clear_values(&u->set);
	if (u->json_cap > JSON_TEXT_KEPT) { /* a large text's copy is let go */
		free(u->json_text);
		u->json_text = NULL;
		u->json_cap = 0;
	}
	u->has_json = false;
	arena_clear(&u->test_values);
}

void rubric_unit_reset(rubric_unit *u)
{
	if (!u)
		return;
	drop_values(u);
	eval_reset(u->ev);
}

void rubric_unit_free(rubric_unit *u)
{
	if (!u)
		return;
	rubric_unit_reset(u);
	if (u->has_set)
		data_free(&u->set);
	if (u->json_ready)
		data_free(&u->json);
	free(u->json_name);
	free(u->json_text);
	arena_free(&u->scratch);
	arena_free(&u->test_values);
	eval_free(u->ev);
	test_runner_free(u->tests);
	for (int i = 0; i < u->nid_keys; i++)
		free(u->id_keys[i]);
	free(u->id_keys);
	diag_free(&u->quiet);
	free(u);
}

void rubric_unit_set_reporter(rubric_unit *u, rubric_reporter *r)
{
	if (!u)
		return;
	u->r = r;
	u->ev->diag = unit_diag(u);
}

/* The status after a call that reported to d from errors before. */
/* The errors reported for u so far that fail it: not those that only
 * leave a row pending (a value marked 未填报, a value in no band). */
static int unit_errors(rubric_unit *u)
{
	return unit_diag(u)->errors - u->ev->row_errors;
}

static int after(rubric_unit *u, int errors_before, bool oom_before)
{
	struct diag *d = unit_diag(u);
	diag_flush(d);
	if (d->out_of_memory && !oom_before)
		return RUBRIC_NOMEM;
	return unit_errors(u) > errors_before ? RUBRIC_ERROR : RUBRIC_OK;
}

int rubric_unit_load_json(rubric_unit *u, const char *name, const char *text, size_t len)
{
	if (!u || (!text && len))
		return RUBRIC_MISUSE;
	rubric_unit_reset(u);
	struct diag *d = unit_diag(u);
	int before = unit_errors(u);
	bool oom = d->out_of_memory;
	/* the data borrows its text, and the values point into it: a copy of
	 * our own, in json_text, whose room serves the next unit too */
	struct data *dt = &u->json;
	if (!name)
		name = "<data>";
	if (!u->json_name || strcmp(u->json_name, name)) { /* a batch's units share theirs */
		free(u->json_name);
		u->json_name = strdup(name);
	}
	if (len >= u->json_cap) {
		free(u->json_text);
		u->json_cap = len + 1;
		u->json_text = malloc(u->json_cap);
	}
	char *copy = u->json_text;
	if (!copy || !u->json_name) {
		free(u->json_text);
		u->json_text = NULL;
		u->json_cap = 0;
		return RUBRIC_NOMEM;
	}
	if (len)
		memcpy(copy, text, len);
	copy[len] = '\0';
	if (u->json_ready)
		data_reload_json_ids(dt, u->ev, u->json_name, copy, len, (const char *const *)u->id_keys,
				     u->nid_keys, d);
	else
		data_load_json_ids(dt, u->ev, u->json_name, copy, len, (const char *const *)u->id_keys, u->nid_keys,
				   d);
	u->has_json = u->json_ready = true;
	return after(u, before, oom);
}

int rubric_unit_set_id_keys(rubric_unit *u, const char *const *keys, int n)
{
	if (!u || n < 0 || (n && !keys))
		return RUBRIC_MISUSE;
	for (int i = 0; i < n; i++)
		if (!keys[i])
			return RUBRIC_MISUSE;
	char **copy = calloc((size_t)n + 1, sizeof *copy);
	if (!copy)
		return RUBRIC_NOMEM;
	for (int i = 0; i < n; i++) {
		char *nfc = (char *)utf8proc_NFC((const utf8proc_uint8_t *)keys[i]);
		copy[i] = strdup(nfc ? nfc : keys[i]);
		rb_libc_free(nfc); /* utf8proc's, from the C library's malloc */
		if (!copy[i]) {
			for (int j = 0; j < i; j++)
				free(copy[j]);
			free(copy);
			return RUBRIC_NOMEM;
		}
	}
	for (int i = 0; i < u->nid_keys; i++)
		free(u->id_keys[i]);
	free(u->id_keys);
	u->id_keys = copy;
	u->nid_keys = n;
	return RUBRIC_OK;
}

int rubric_unit_id_count(rubric_unit *u)
{
	return u && u->has_json ? u->json.nids : 0;
}

const char *rubric_unit_id_key(rubric_unit *u, int i)
{
	return i >= 0 && i < rubric_unit_id_count(u) ? u->json.id_keys[i] : NULL;
}

const char *rubric_unit_id_value(rubric_unit *u, int i)
{
	return i >= 0 && i < rubric_unit_id_count(u) ? u->json.id_values[i] : NULL;
}

/* The data values are set into, ready. */
static struct data *set_data(rubric_unit *u)
{
	if (!u->has_set) {
		data_init_values(&u->set);
		u->has_set = true;
	}
	return &u->set;
}

/* A copy of s[0..len), NUL-terminated, that lives as long as the unit's
 * values; NULL when out of memory. */
static char *keep_text(rubric_unit *u, const char *s, size_t len)
{
	char *copy = arena_alloc(&set_data(u)->arena, len + 1);
	if (copy) {
		if (len)
			memcpy(copy, s, len);
		copy[len] = '\0';
	}
	return copy;
}

static struct input *unit_input(rubric_unit *u, int input)
{
	return u ? input_at(u->t, input) : NULL;
}

int rubric_unit_set_text(rubric_unit *u, int input, const char *s, size_t len)
{
	struct input *in = unit_input(u, input);
	if (!in || (!s && len))
		return RUBRIC_MISUSE;
	forget_results(u);
	struct diag *d = unit_diag(u);
	int before = unit_errors(u);
	bool oom = d->out_of_memory;
	data_set_string(set_data(u), u->ev, in, s ? s : "", len, d);
	return after(u, before, oom);
}

int rubric_unit_set_unreadable(rubric_unit *u, int input)
{
	struct input *in = unit_input(u, input);
	if (!in)
		return RUBRIC_MISUSE;
	forget_results(u);
	set_data(u);
	u->ev->present[in->index] = INPUT_BAD;
	return RUBRIC_OK;
}

int rubric_unit_set_number(rubric_unit *u, int input, const char *decimal)
{
	struct input *in = unit_input(u, input);
	if (!in || !decimal)
		return RUBRIC_MISUSE;
	if (in->type != TY_NUMBER)
		return RUBRIC_MISUSE;
	return rubric_unit_set_text(u, input, decimal, strlen(decimal));
}

int rubric_unit_set_integer(rubric_unit *u, int input, long long v)
{
	struct input *in = unit_input(u, input);
	if (!in || in->type != TY_NUMBER)
		return RUBRIC_MISUSE;
	char buf[32];
	int n = snprintf(buf, sizeof buf, "%lld", v);
	return rubric_unit_set_text(u, input, buf, (size_t)n);
}

int rubric_unit_set_bool(rubric_unit *u, int input, int v)
{
	struct input *in = unit_input(u, input);
	if (!in || in->type != TY_BOOL)
		return RUBRIC_MISUSE;
	forget_results(u);
	struct diag *d = unit_diag(u);
	int before = unit_errors(u);
	bool oom = d->out_of_memory;
	data_set_bool(set_data(u), u->ev, in, v != 0, d);
	return after(u, before, oom);
}

int rubric_unit_set_date(rubric_unit *u, int input, int year, int month, int day)
{
	struct input *in = unit_input(u, input);
	if (!in || in->type != TY_DATE || year < 1 || year > 9999)
		return RUBRIC_MISUSE;
	char buf[32];
	int n = snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
	return rubric_unit_set_text(u, input, buf, (size_t)n);
}

int rubric_unit_set_list(rubric_unit *u, int input, const char *const *items, const size_t *lens, int n)
{
	struct input *in = unit_input(u, input);
	if (!in || n < 0 || (n > 0 && !items))
		return RUBRIC_MISUSE;
	for (int i = 0; i < n; i++)
		if (!items[i])
			return RUBRIC_MISUSE;
	forget_results(u);
	struct diag *d = unit_diag(u);
	int before = unit_errors(u);
	bool oom = d->out_of_memory;
	data_set_list(set_data(u), u->ev, in, items, lens, n, d);
	return after(u, before, oom);
}

/* The indicator at item, or NULL. */
static struct item *unit_indicator(rubric_unit *u, int item)
{
	struct item *it = u ? item_at(u->t, item) : NULL;
	return it && it->kind == ITEM_INDICATOR ? it : NULL;
}

/* Reads decimal, exact decimal text or a percent, into q; false (q
 * unspecified) when it is not a number. */
static bool read_decimal(const char *decimal, mpq_t q)
{
	return num_parse(q, decimal, strlen(decimal), NULL);
}

int rubric_unit_set_score(rubric_unit *u, int item, const char *decimal)
{
	struct item *it = unit_indicator(u, item);
	if (!it || !decimal)
		return RUBRIC_MISUSE;
	forget_results(u);
	struct diag *d = unit_diag(u);
	int before = unit_errors(u);
	struct row_data *row = &u->ev->row[it->index];
	struct rule *rule = it->scoring;
	char buf[DIAG_SHOWN_CAP];
	row->bad_score = !read_decimal(decimal, row->score);
	if (!row->bad_score) {
		/* as a row object's "score" (data.c, load_row): a judged row's
		 * score is its input; a level whose points are a range picks it */
		row->has_score = true;
		if (it->input && rule && (rule->kind == RULE_JUDGED || rule->kind == RULE_GRADE)) {
			struct value *slot = eval_input_slot(u->ev, it->input);
			mpq_set(slot->num, row->score);
			if (rule->kind == RULE_GRADE) {
				slot->picked = true;
			} else {
				slot->type = TY_NUMBER;
				slot->percent = false;
				u->ev->present[it->input->index] = INPUT_OK;
			}
		}
	} else
		diag_report(d, NULL, SPAN_START, D_BAD_VALUE, "indicator %s: the score \"%s\" is not a number",
			    it->name, diag_shown(buf, decimal, strlen(decimal)));
	return after(u, before, d->out_of_memory);
}

int rubric_unit_set_reason(rubric_unit *u, int item, const char *s, size_t len)
{
	struct item *it = unit_indicator(u, item);
	if (!it || (!s && len))
		return RUBRIC_MISUSE;
	forget_results(u);
	char *copy = keep_text(u, s, len);
	if (!copy)
		return RUBRIC_NOMEM;
	struct row_data *row = &u->ev->row[it->index];
	row->reason = copy;
	row->reason_len = len;
	return RUBRIC_OK;
}

int rubric_unit_set_inapplicable(rubric_unit *u, int item)
{
	struct item *it = unit_indicator(u, item);
	if (!it)
		return RUBRIC_MISUSE;
	forget_results(u);
	u->ev->row[it->index].inapplicable = true; /* as "/" in a data file */
	return RUBRIC_OK;
}

int rubric_unit_set_published(rubric_unit *u, int item, const char *decimal)
{
	if (!u || !decimal)
		return RUBRIC_MISUSE;
	struct item *it = NULL;
	if (item != -1 && !(it = unit_indicator(u, item)))
		return RUBRIC_MISUSE;
	forget_results(u);
	struct diag *d = unit_diag(u);
	int before = unit_errors(u);
	char buf[DIAG_SHOWN_CAP];
	diag_shown(buf, decimal, strlen(decimal));
	if (!it) {
		if (read_decimal(decimal, u->ev->pub_total))
			u->ev->has_pub_total = true;
		else
			diag_report(d, NULL, SPAN_START, D_BAD_VALUE,
				    "the published total \"%s\" is not a number", buf);
	} else {
		struct row_data *row = &u->ev->row[it->index];
		if (read_decimal(decimal, row->published))
			row->has_published = true;
		else
			diag_report(d, NULL, SPAN_START, D_BAD_VALUE,
				    "indicator %s: the published score \"%s\" is not a number", it->name, buf);
	}
	return after(u, before, d->out_of_memory);
}

int rubric_unit_set_published_grade(rubric_unit *u, const char *s, size_t len)
{
	if (!u || (!s && len))
		return RUBRIC_MISUSE;
	forget_results(u);
	char *copy = keep_text(u, s, len);
	if (!copy)
		return RUBRIC_NOMEM;
	u->ev->pub_grade = copy;
	return RUBRIC_OK;
}

int rubric_unit_set_shown(rubric_unit *u, int item, const char *s, size_t len)
{
	struct item *it = unit_indicator(u, item);
	if (!it || (!s && len))
		return RUBRIC_MISUSE;
	forget_results(u);
	char *copy = keep_text(u, s, len);
	if (!copy)
		return RUBRIC_NOMEM;
	u->ev->row[it->index].shown = copy;
	u->ev->row[it->index].shown_len = len;
	return RUBRIC_OK;
}

int rubric_unit_evaluate(rubric_unit *u)
{
	if (!u)
		return RUBRIC_MISUSE;
	forget_results(u);
	struct diag *d = unit_diag(u);
	int before = unit_errors(u);
	bool oom = d->out_of_memory;
	/* a JSON unit that could not be read has nothing to score: its
	 * errors are the answer */
	if (u->has_json && !u->json.readable)
		return RUBRIC_ERROR;
	int errors = eval_run(u->ev);
	int status = after(u, before, oom);
	if (status == RUBRIC_OK && errors) /* a value given could not be read */
		status = RUBRIC_ERROR;
	u->scored = status == RUBRIC_OK;
	if (u->scored && u->ev->incomplete)
		status = RUBRIC_INCOMPLETE;
	return status;
}

/* ---- results ---- */

/* A copy of q's text (exact_text) in the unit's scratch; NULL when out of
 * memory. */
static const char *scratch_text(rubric_unit *u, char *s)
{
	if (!s)
		return NULL;
	size_t n = strlen(s);
	char *c = arena_alloc(&u->scratch, n + 1);
	if (c)
		memcpy(c, s, n + 1);
	free(s);
	return c;
}

static const char *q_text(rubric_unit *u, const mpq_t q)
{
	char buf[64]; /* a table's numbers fit: formatted once, copied once */
	bool exact;
	size_t n = num_format(buf, sizeof buf, q, 40, false, &exact);
	if (exact && n < sizeof buf) {
		char *c = arena_alloc(&u->scratch, n + 1);
		if (c)
			memcpy(c, buf, n + 1);
		return c;
	}
	return scratch_text(u, exact_text(q));
}

/* A score or total as decimal text: exact, or, where no decimal is (10/3,
 * a template without `round`), rounded half up to 10 decimals, as the JSON
 * output writes it: never a fraction, which a spreadsheet reads as a date. */
static const char *q_decimal(rubric_unit *u, const mpq_t q)
{
	char buf[128]; /* a table's numbers fit: formatted once, copied once */
	size_t n = num_format(buf, sizeof buf, q, RENDER_FRAC, false, NULL);
	char *c = arena_alloc(&u->scratch, n + 1);
	if (c && n < sizeof buf)
		memcpy(c, buf, n + 1);
	else if (c) /* a longer one, formatted again in place */
		num_format(c, n + 1, q, RENDER_FRAC, false, NULL);
	return c;
}

/* The C locale, for reading numbers whatever the program's locale is. */
static locale_t c_locale;
static pthread_once_t c_locale_once = PTHREAD_ONCE_INIT;

static void make_c_locale(void)
{
	c_locale = newlocale(LC_ALL_MASK, "C", (locale_t)0);
}

/* A fraction (1/3) as the nearest double, ties to even (mpq_get_d
 * truncates): |q| scaled by a power of two to a 53-bit integer part,
 * rounded on the exact remainder, and scaled back, which is exact. */
static double fraction_double(const mpq_t q)
{
	if (mpq_sgn(q) == 0)
		return 0.0;
	mpq_t t;
	mpz_t m, r;
	mpq_init(t);
	mpz_inits(m, r, NULL);
	long shift = 53 - ((long)mpz_sizeinbase(mpq_numref(q), 2) - (long)mpz_sizeinbase(mpq_denref(q), 2));
	for (int pass = 0; pass < 2; pass++) { /* the estimate is one bit high at most */
		mpq_abs(t, q);
		if (shift >= 0)
			mpq_mul_2exp(t, t, (mp_bitcnt_t)shift);
		else
			mpq_div_2exp(t, t, (mp_bitcnt_t)-shift);
		mpz_fdiv_qr(m, r, mpq_numref(t), mpq_denref(t));
		if (mpz_sizeinbase(m, 2) <= 53)
			break;
		shift--;
	}
	mpz_mul_2exp(r, r, 1);
	int c = mpz_cmp(r, mpq_denref(t));
	if (c > 0 || (c == 0 && mpz_odd_p(m)))
		mpz_add_ui(m, m, 1);
	mpq_set_z(t, m);
	if (shift >= 0)
		mpq_div_2exp(t, t, (mp_bitcnt_t)shift);
	else
		mpq_mul_2exp(t, t, (mp_bitcnt_t)-shift);
	double d = mpq_get_d(t); /* 53 bits: exact, short of the subnormals */
	mpq_clear(t);
	mpz_clears(m, r, NULL);
	return mpq_sgn(q) < 0 ? -d : d;
}

/* q as the nearest double: a decimal's exact text read by strtod, which
 * rounds correctly; a fraction by fraction_double. */
static double q_double(const mpq_t q)
{
	char *s = exact_text(q);
	double d = 0.0;
	if (s && pthread_once(&c_locale_once, make_c_locale) == 0 && c_locale && !strchr(s, '/')) {
		locale_t was = uselocale(c_locale); /* this thread only */
		d = strtod(s, NULL);
		uselocale(was);
	} else
		d = fraction_double(q);
	free(s);
	return d;
}

const char *rubric_result_total(rubric_unit *u)
{
	return u && u->scored ? q_decimal(u, u->ev->total) : NULL;
}

double rubric_result_total_double(rubric_unit *u)
{
	return u && u->scored ? q_double(u->ev->total) : 0.0;
}

const char *rubric_result_grade(rubric_unit *u)
{
	return u && u->scored ? u->ev->grade : NULL;
}

/* The number an item's result is (score, rule or raw), or NULL. */
static mpq_ptr result_q(rubric_unit *u, int item, int which)
{
	struct item *it = u && u->scored ? item_at(u->t, item) : NULL;
	if (!it)
		return NULL;
	if (it->kind == ITEM_GROUP)
		return which == 0 ? u->ev->group_score[it->index] : NULL;
	struct ind_result *res = &u->ev->ind[it->index];
	if (!res->applicable || res->pending)
		return NULL;
	return which == 0 ? res->score : which == 1 ? res->rule : res->raw;
}

const char *rubric_result_score(rubric_unit *u, int item)
{
	mpq_ptr q = result_q(u, item, 0);
	return q ? q_decimal(u, q) : NULL;
}

double rubric_result_score_double(rubric_unit *u, int item)
{
	mpq_ptr q = result_q(u, item, 0);
	return q ? q_double(q) : 0.0;
}

const char *rubric_result_rule_score(rubric_unit *u, int item)
{
	mpq_ptr q = result_q(u, item, 1);
	return q ? q_decimal(u, q) : NULL;
}

const char *rubric_result_raw_score(rubric_unit *u, int item)
{
	mpq_ptr q = result_q(u, item, 2);
	return q ? q_text(u, q) : NULL;
}

int rubric_result_flags(rubric_unit *u, int item)
{
	struct item *it = u && u->scored ? item_at(u->t, item) : NULL;
	if (!it)
		return 0;
	if (it->kind == ITEM_GROUP)
		return RUBRIC_APPLICABLE | (u->ev->group_pending[it->index] ? RUBRIC_PENDING : 0) |
		       (u->ev->share && u->ev->share[it->index].rescaled ? RUBRIC_RESCALED : 0);
	struct ind_result *res = &u->ev->ind[it->index];
	int f = 0;
	if (res->applicable)
		f |= RUBRIC_APPLICABLE;
	if (res->overridden)
		f |= RUBRIC_OVERRIDDEN;
	if (eval_row_judged(u->ev, it->index))
		f |= RUBRIC_JUDGED;
	if (u->verified && eval_row_disagrees(u->ev, it->index))
		f |= RUBRIC_DISAGREES;
	if (res->pending)
		f |= RUBRIC_PENDING;
	if (res->mark && !res->doubt)
		f |= RUBRIC_MARKED;
	if (res->pending && res->unreasoned)
		f |= RUBRIC_UNREASONED;
	return f;
}

const char *rubric_result_actual(rubric_unit *u, int item)
{
	struct item *it = u && u->scored ? unit_indicator(u, item) : NULL;
	return it ? scratch_text(u, render_actual(u->ev, it)) : NULL;
}

const char *rubric_result_target(rubric_unit *u, int item, int with_unit)
{
	struct item *it = u && u->scored ? unit_indicator(u, item) : NULL;
	return it ? scratch_text(u, render_unit_target(u->ev, it, with_unit != 0)) : NULL;
}

int rubric_result_actual_number(rubric_unit *u, int item, double *v)
{
	struct item *it = u && u->scored ? unit_indicator(u, item) : NULL;
	if (!it || !v)
		return 0;
	const struct ind_result *res = &u->ev->ind[it->index];
	const struct value *a = res->actual;
	/* as render_actual shows a number: a judged row shows what the data
	 * wrote, a row not applicable "/" */
	if (!a || a->type != TY_NUMBER || !res->applicable || (it->scoring && it->scoring->kind == RULE_JUDGED))
		return 0;
	*v = q_double(a->num);
	return 1;
}

int rubric_result_rescaled(rubric_unit *u)
{
	if (!u || !u->scored)
		return 0;
	if (u->ev->rescaled)
		return 1;
	for (int g = 0; u->ev->share && g < u->ev->prog->groups.n; g++)
		if (u->ev->share[g].rescaled)
			return 1;
	return 0;
}

int rubric_result_incomplete(rubric_unit *u)
{
	return u && u->scored && u->ev->incomplete;
}

const char *rubric_result_budget(rubric_unit *u, int item, int figure)
{
	struct item *it = u && u->scored ? unit_indicator(u, item) : NULL;
	if (!it || !it->budget || figure < RUBRIC_BUDGET_INITIAL || figure > RUBRIC_BUDGET_SPENT)
		return NULL;
	_Static_assert((int)RUBRIC_BUDGET_INITIAL == (int)BUDGET_INITIAL && (int)RUBRIC_BUDGET_SPENT == (int)BUDGET_SPENT,
		       "rubric.h numbers the budget's figures as ast.h does");
	struct input *in = it->budget_in[figure];
	if (!in || u->ev->present[in->index] != INPUT_OK)
		return NULL;
	return q_text(u, u->ev->slots[in->slot].num);
}

const char *rubric_result_reason(rubric_unit *u, int item)
{
	struct item *it = u && u->scored ? unit_indicator(u, item) : NULL;
	const struct row_data *row = it ? &u->ev->row[it->index] : NULL;
	if (!row || !row->reason)
		return NULL;
	/* the data's reason points into its text: a terminated copy */
	char *c = arena_alloc(&u->scratch, row->reason_len + 1);
	if (c) {
		memcpy(c, row->reason, row->reason_len);
		c[row->reason_len] = '\0';
	}
	return c;
}

const char *rubric_result_published(rubric_unit *u, int item)
{
	if (!u || !u->scored)
		return NULL;
	if (item == -1)
		return u->ev->has_pub_total ? q_text(u, u->ev->pub_total) : NULL;
	struct item *it = unit_indicator(u, item);
	if (!it || !u->ev->row[it->index].has_published)
		return NULL;
	return q_text(u, u->ev->row[it->index].published);
}

const char *rubric_result_published_grade(rubric_unit *u)
{
	return u && u->scored ? u->ev->pub_grade : NULL;
}

int rubric_unit_verify(rubric_unit *u, int *findings)
{
	if (!u || !u->scored)
		return RUBRIC_MISUSE;
	struct audit a;
	mpq_init(a.rows_sum);
	eval_audit(u->ev, &a);
	mpq_clear(a.rows_sum);
	if (findings)
		*findings = a.findings;
	u->verified = true;
	bool subtotals = false;
	for (int g = 0; g < u->ev->prog->groups.n && !subtotals; g++)
		subtotals = u->ev->group_has_pub[g];
	if (a.rows == 0 && !u->ev->has_pub_total && !u->ev->pub_grade && !u->ev->has_pub_max && !subtotals &&
	    !eval_states(u->ev->prog)) {
		struct diag *d = unit_diag(u);
		struct data *dt = u->has_json ? &u->json : NULL;
		struct span first_byte = { 0, 1 };
		diag_report(d, dt ? &dt->src : NULL, first_byte, D_NOTHING_TO_VERIFY,
			    "--verify: the data has no published scores");
		diag_help(d, "give rows as {\"actual\": ..., \"published\": N} and the total as "
			  "\"$published\": {\"total\": N}");
		diag_flush(d);
		return RUBRIC_ERROR;
	}
	return RUBRIC_OK;
}

int rubric_unit_render(rubric_unit *u, int format, int flags, char **text, size_t *len)
{
	if (!u || !text || !u->scored ||
	    (format != RUBRIC_FORMAT_TEXT && format != RUBRIC_FORMAT_JSON && format != RUBRIC_FORMAT_TEST))
		return RUBRIC_MISUSE;
	size_t n;
	*text = render_text_of(u->ev, format == RUBRIC_FORMAT_JSON ? RENDER_JSON
				      : format == RUBRIC_FORMAT_TEST ? RENDER_TEST : RENDER_TEXT,
			       (flags & RUBRIC_RENDER_VERIFY) != 0, &n);
	if (!*text)
		return RUBRIC_NOMEM;
	if (len)
		*len = n;
	return RUBRIC_OK;
}

int rubric_unit_explain(rubric_unit *u, int item, char **text, size_t *len)
{
	struct item *it = u && u->scored ? unit_indicator(u, item) : NULL;
	if (!it || !text)
		return RUBRIC_MISUSE;
	struct strbuf sb = { 0 };
	int rc = eval_explain(u->ev, it->index, &sb);
	if (sb.failed || (!sb.s && rc == 0)) {
		strbuf_free(&sb);
		*text = NULL;
		return RUBRIC_NOMEM;
	}
	if (rc != 0) { /* cannot happen after a successful evaluation */
		strbuf_free(&sb);
		*text = NULL;
		return RUBRIC_ERROR;
	}
	*text = sb.s;
	if (len)
		*len = sb.len;
	return RUBRIC_OK;
}

int rubric_unit_write(rubric_unit *u, FILE *out, int format, int flags)
{
	if (!out)
		return RUBRIC_MISUSE;
	char *text;
	size_t len;
	int status = rubric_unit_render(u, format, flags, &text, &len);
	if (status != RUBRIC_OK)
		return status;
	bool ok = fwrite(text, 1, len, out) == len && !ferror(out);
	free(text);
	return ok ? RUBRIC_OK : RUBRIC_IO;
}

/* ---- tests ---- */

int rubric_test_count(const rubric_template *t)
{
	return t ? t->prog.tests.n : 0;
}

static struct test_case *test_at(const rubric_template *t, int i)
{
	return t && i >= 0 && i < t->prog.tests.n ? t->prog.tests.items[i] : NULL;
}

const char *rubric_test_name(const rubric_template *t, int test)
{
	struct test_case *tc = test_at(t, test);
	return tc ? tc->name : NULL;
}

int rubric_test_place(const rubric_template *t, int test, int *line, int *column)
{
	struct test_case *tc = test_at(t, test);
	int l = 0, c = 0;
	if (!tc)
		return RUBRIC_MISUSE;
	src_linecol((struct source *)&t->src, tc->span.start, &l, &c);
	if (line)
		*line = l;
	if (column)
		*column = c;
	return RUBRIC_OK;
}

/* What a test run passes on to the caller's function. */
struct test_call {
	const rubric_template *t;
	const struct test_case *tc;
	rubric_test_fn *fn;
	void *ud;
};

/* Gives a reason of the runner to the caller, with its place. */
static void test_reason(void *ud, enum test_outcome kind, struct span sp, const char *reason)
{
	struct test_call *c = ud;
	rubric_test_failure f = {
		.test = c->tc->name,
		.outcome = kind == TEST_ERROR ? RUBRIC_TEST_ERROR : RUBRIC_TEST_FAILED,
		.message = reason,
		.file = c->t->name,
		.start = sp.start,
		.end = sp.end,
	};
	src_linecol((struct source *)&c->t->src, sp.start, &f.line, &f.column);
	c->fn(c->ud, &f);
}

int rubric_unit_run_test(rubric_unit *u, int test, rubric_test_fn *fn, void *ud, int *outcome)
{
	struct test_case *tc = u ? test_at(u->t, test) : NULL;
	if (!tc)
		return RUBRIC_MISUSE;
	drop_values(u); /* test_run resets the frame */
	if (!u->tests && !(u->tests = test_runner_new((struct program *)&u->t->prog))) {
		eval_reset(u->ev);
		return RUBRIC_NOMEM;
	}
	struct test_call c = { u->t, tc, fn, ud };
	enum test_outcome o;
	if (test_run(u->tests, u->ev, test, &u->test_values, fn ? test_reason : NULL, &c, &o) != 0)
		return RUBRIC_NOMEM;
	u->scored = o != TEST_ERROR;
	if (outcome)
		*outcome = o == TEST_PASSED ? RUBRIC_TEST_PASSED
			 : o == TEST_FAILED ? RUBRIC_TEST_FAILED : RUBRIC_TEST_ERROR;
	return RUBRIC_OK;
}

int rubric_template_boundary_tests(const rubric_template *t, rubric_unit *baseline, char **text, size_t *len)
{
	if (!t || !text || (baseline && baseline->t != t))
		return RUBRIC_MISUSE;
	*text = NULL;
	struct diag quiet;
	diag_init(&quiet, NULL);
	quiet.format = DIAG_COLLECT;
	struct eval *ev = eval_new((struct program *)&t->prog, &quiet);
	struct strbuf sb = { 0 };
	int n = ev ? generate_tests((struct program *)&t->prog, ev, baseline ? baseline->ev : NULL, &sb) : -1;
	eval_free(ev);
	diag_free(&quiet);
	if (n < 0 || sb.failed || !sb.s) {
		strbuf_free(&sb);
		return RUBRIC_NOMEM;
	}
	*text = sb.s;
	if (len)
		*len = sb.len;
	return RUBRIC_OK;
}

/* ---- formatting ---- */

int rubric_format(const char *name, const char *text, size_t len, int spelling, rubric_reporter *r,
		  char **out, size_t *out_len)
{
	if (!out || (!text && len) || spelling < RUBRIC_SPELL_AS_WRITTEN || spelling > RUBRIC_SPELL_CHINESE)
		return RUBRIC_MISUSE;
	*out = NULL;
	struct diag quiet, *d = sink(r, &quiet);
	struct source src;
	struct parse_record rec = { NULL, 0, 0, false };
	src_init(&src, name ? name : "<template>", text ? text : "", len);
	bool oom = d->out_of_memory;
	int status = RUBRIC_OK;
	size_t n = 0;
	if (fmt_parse(&src, d, &rec) > 0)
		status = d->out_of_memory && !oom ? RUBRIC_NOMEM : RUBRIC_ERROR;
	else if (fmt_format(text, &rec, (enum fmt_spelling)spelling, out, &n) != 0)
		status = RUBRIC_NOMEM;
	if (status == RUBRIC_OK) {
		char *s = realloc(*out, n + 1);
		if (!s) {
			free(*out);
			*out = NULL;
			status = RUBRIC_NOMEM;
		} else {
			s[n] = '\0';
			*out = s;
			if (out_len)
				*out_len = n;
		}
	}
	free(rec.tokens);
	src_free(&src);
	if (d == &quiet)
		diag_free(&quiet);
	else
		diag_flush(d);
	return status;
}
