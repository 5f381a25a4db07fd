/* summary.c - the 汇总 of many units (rubric_summary_*, rubric eval
 * --summary): how many units were scored and failed, the grades' distribution, the mean, median,
 * least and greatest total, and per indicator its mean score and the
 * share of units that got full marks.
 *
 * Everything is exact: the scores come from the library as decimal text
 * and are added as GMP rationals; a mean or a share is rounded half up
 * only when it is printed.  Memory does not grow with the units but for
 * the median, which keeps each distinct total once with its count (a
 * template that rounds its scores has few: 10 001 at most for a total of
 * 100 at two decimals). */
#include "rubric.h"

#include <gmp.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "num.h"
#include "strbuf.h"

/* A distinct total and how many units have it. */
struct total_count {
	char *text;              /* as the library writes it */
	mpq_t value;
	long count;
	long above;              /* units with a greater total (ranked) */
};

struct rubric_summary {
	const rubric_template *t;
	long units, failed;
	long *grades;            /* per grade of the template */
	long no_grade;           /* scored units without a grade */
	mpq_t sum, min, max;
	/* per item: the sum of its scores, how many units it applied to, and
	 * how many got its weight */
	mpq_t *item_sum, *weight;
	long *applied, *full;
	/* the distinct totals, hashed by text */
	struct total_count *totals;
	size_t ntotals, cap;
	bool ranked;             /* every total's `above` is up to date */
	mpq_t tmp;
};

/* Reads decimal text ("93.92", "-1.5", "1/3") into q. */
static void read_q(mpq_t q, const char *s)
{
	if (strchr(s, '/')) {
		if (mpq_set_str(q, s, 10) != 0)
			mpq_set_ui(q, 0, 1);
		mpq_canonicalize(q);
		return;
	}
	const char *dot = strchr(s, '.');
	size_t n = strlen(s), frac = dot ? n - (size_t)(dot - s) - 1 : 0;
	char *digits = malloc(n + 1);
	if (!digits) {
		mpq_set_ui(q, 0, 1);
		return;
	}
	size_t k = 0;
	for (const char *p = s; *p; p++)
		if (*p != '.')
			digits[k++] = *p;
	digits[k] = '\0';
	if (mpz_set_str(mpq_numref(q), digits, 10) != 0)
		mpz_set_ui(mpq_numref(q), 0);
	mpz_ui_pow_ui(mpq_denref(q), 10, frac);
	mpq_canonicalize(q);
	free(digits);
}

/* q as decimal text rounded half up (away from zero) to digits places,
 * trailing zeros dropped: malloc'd. */
static char *show(const mpq_t q, int digits)
{
	mpz_t scaled, ten;
	mpz_inits(scaled, ten, NULL);
	mpz_ui_pow_ui(ten, 10, (unsigned long)digits);
	/* |q| × 10^digits + 1/2, truncated: (2 |num| 10^digits + den) / (2 den) */
	mpz_abs(scaled, mpq_numref(q));
	mpz_mul(scaled, scaled, ten);
	mpz_mul_2exp(scaled, scaled, 1);
	mpz_add(scaled, scaled, mpq_denref(q));
	mpz_mul_2exp(ten, mpq_denref(q), 1);
	mpz_tdiv_q(scaled, scaled, ten);
	if (mpq_sgn(q) < 0)
		mpz_neg(scaled, scaled);
	bool neg = mpz_sgn(scaled) < 0;
	mpz_abs(scaled, scaled);
	char *d = mpz_get_str(NULL, 10, scaled);
	size_t n = strlen(d);
	char *out = malloc(n + (size_t)digits + 4);
	if (out) {
		char *o = out;
		if (neg)
			*o++ = '-';
		if ((int)n <= digits) {
			*o++ = '0';
			*o++ = '.';
			for (int i = 0; i < digits - (int)n; i++)
				*o++ = '0';
			memcpy(o, d, n + 1);
		} else {
			memcpy(o, d, n - (size_t)digits);
			o += n - (size_t)digits;
			*o++ = '.';
			memcpy(o, d + n - (size_t)digits, (size_t)digits + 1);
		}
		if (strchr(out, '.')) { /* 85.50 → 85.5, 100.00 → 100 */
			size_t m = strlen(out);
			while (out[m - 1] == '0')
				out[--m] = '\0';
			if (out[m - 1] == '.')
				out[--m] = '\0';
		}
	}
	void (*gmp_free)(void *, size_t);
	mp_get_memory_functions(NULL, NULL, &gmp_free);
	gmp_free(d, strlen(d) + 1);
	mpz_clears(scaled, ten, NULL);
	return out;
}

int rubric_summary_new(rubric_summary **out, const rubric_template *t)
{
	if (!out || !t)
		return RUBRIC_MISUSE;
	rubric_summary *s = *out = calloc(1, sizeof *s);
	if (!s)
		return RUBRIC_NOMEM;
	int items = rubric_item_count(t);
	s->t = t;
	s->grades = calloc((size_t)rubric_grade_count(t) + 1, sizeof *s->grades);
	s->item_sum = calloc((size_t)items + 1, sizeof *s->item_sum);
	s->weight = calloc((size_t)items + 1, sizeof *s->weight);
	s->applied = calloc((size_t)items + 1, sizeof *s->applied);
	s->full = calloc((size_t)items + 1, sizeof *s->full);
	if (!s->grades || !s->item_sum || !s->weight || !s->applied || !s->full) {
		free(s->grades);
		free(s->item_sum);
		free(s->weight);
		free(s->applied);
		free(s->full);
		free(s);
		*out = NULL;
		return RUBRIC_NOMEM;
	}
	mpq_inits(s->sum, s->min, s->max, s->tmp, NULL);
	for (int i = 0; i < items; i++) {
		mpq_inits(s->item_sum[i], s->weight[i], NULL);
		read_q(s->weight[i], rubric_item_weight(t, i));
	}
	return RUBRIC_OK;
}

void rubric_summary_free(rubric_summary *s)
{
	if (!s)
		return;
	int items = rubric_item_count(s->t);
	for (int i = 0; i < items; i++)
		mpq_clears(s->item_sum[i], s->weight[i], NULL);
	for (size_t i = 0; i < s->cap; i++)
		if (s->totals[i].text) {
			free(s->totals[i].text);
			mpq_clear(s->totals[i].value);
		}
	mpq_clears(s->sum, s->min, s->max, s->tmp, NULL);
	free(s->totals);
	free(s->grades);
	free(s->item_sum);
	free(s->weight);
	free(s->applied);
	free(s->full);
	free(s);
}

static size_t hash(const char *s)
{
	size_t h = 14695981039346656037u;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211u;
	return h;
}

/* Counts n more units with this total; false when out of memory. */
static bool count_totals(rubric_summary *s, const char *text, long n)
{
	if ((s->ntotals + 1) * 2 > s->cap) {
		size_t cap = s->cap ? 2 * s->cap : 64;
		struct total_count *t = calloc(cap, sizeof *t);
		if (!t)
			return false;
		for (size_t i = 0; i < s->cap; i++)
			if (s->totals[i].text) {
				size_t j = hash(s->totals[i].text) & (cap - 1);
				while (t[j].text)
					j = (j + 1) & (cap - 1);
				t[j] = s->totals[i]; /* an mpq_t moves with its struct */
			}
		free(s->totals);
		s->totals = t;
		s->cap = cap;
	}
	size_t j = hash(text) & (s->cap - 1);
	while (s->totals[j].text && strcmp(s->totals[j].text, text))
		j = (j + 1) & (s->cap - 1);
	if (!s->totals[j].text) {
		char *copy = strdup(text);
		if (!copy)
			return false;
		s->totals[j].text = copy;
		mpq_init(s->totals[j].value);
		read_q(s->totals[j].value, text);
		s->ntotals++;
	}
	s->totals[j].count += n;
	s->ranked = false;
	return true;
}

static bool count_total(rubric_summary *s, const char *text)
{
	return count_totals(s, text, 1);
}

int rubric_summary_add(rubric_summary *s, rubric_unit *u)
{
	const char *total = s && u ? rubric_result_total(u) : NULL;
	if (!total)
		return RUBRIC_MISUSE; /* not scored */
	read_q(s->tmp, total);
	long scored = s->units - s->failed;
	if (scored == 0 || mpq_cmp(s->tmp, s->min) < 0)
		mpq_set(s->min, s->tmp);
	if (scored == 0 || mpq_cmp(s->tmp, s->max) > 0)
		mpq_set(s->max, s->tmp);
	num_add(s->sum, s->sum, s->tmp);
	s->units++;
	const char *grade = rubric_result_grade(u);
	int g = 0, ng = rubric_grade_count(s->t);
	while (grade && g < ng && strcmp(rubric_grade_name(s->t, g), grade))
		g++;
	if (grade && g < ng)
		s->grades[g]++;
	else
		s->no_grade++;
	int items = rubric_item_count(s->t);
	for (int i = 0; i < items; i++) {
		if (!(rubric_result_flags(u, i) & RUBRIC_APPLICABLE))
			continue;
		const char *score = rubric_result_score(u, i);
		if (!score)
			continue;
		read_q(s->tmp, score);
		num_add(s->item_sum[i], s->item_sum[i], s->tmp);
		s->applied[i]++;
		if (mpq_equal(s->tmp, s->weight[i]))
			s->full[i]++;
	}
	return count_total(s, total) ? RUBRIC_OK : RUBRIC_NOMEM;
}

void rubric_summary_add_failed(rubric_summary *s)
{
	if (!s)
		return;
	s->units++;
	s->failed++;
}

int rubric_summary_merge(rubric_summary *into, const rubric_summary *from)
{
	if (!into || !from || into->t != from->t)
		return RUBRIC_MISUSE;
	/* the distinct totals first: the only step that can run out of memory */
	for (size_t i = 0; i < from->cap; i++)
		if (from->totals[i].text && !count_totals(into, from->totals[i].text, from->totals[i].count))
			return RUBRIC_NOMEM;
	long scored = into->units - into->failed, theirs = from->units - from->failed;
	if (theirs > 0) {
		if (scored == 0 || mpq_cmp(from->min, into->min) < 0)
			mpq_set(into->min, from->min);
		if (scored == 0 || mpq_cmp(from->max, into->max) > 0)
			mpq_set(into->max, from->max);
	}
	mpq_add(into->sum, into->sum, from->sum);
	into->units += from->units;
	into->failed += from->failed;
	for (int g = 0; g < rubric_grade_count(into->t); g++)
		into->grades[g] += from->grades[g];
	into->no_grade += from->no_grade;
	for (int i = 0; i < rubric_item_count(into->t); i++) {
		mpq_add(into->item_sum[i], into->item_sum[i], from->item_sum[i]);
		into->applied[i] += from->applied[i];
		into->full[i] += from->full[i];
	}
	return RUBRIC_OK;
}

static int by_value(const void *a, const void *b)
{
	const struct total_count *x = *(struct total_count *const *)a, *y = *(struct total_count *const *)b;
	return mpq_cmp(x->value, y->value);
}

/* The distinct totals sorted by cmp (*n of them), in a malloc'd array;
 * NULL when out of memory. */
static struct total_count **sorted_totals(rubric_summary *s, int (*cmp)(const void *, const void *), size_t *n)
{
	struct total_count **v = malloc((s->ntotals + 1) * sizeof *v);
	if (!v)
		return NULL;
	*n = 0;
	for (size_t i = 0; i < s->cap; i++)
		if (s->totals[i].text)
			v[(*n)++] = &s->totals[i];
	qsort(v, *n, sizeof *v, cmp);
	return v;
}

/* The median of the scored totals into q: the middle one, or the mean of
 * the two in the middle.  False when out of memory. */
static bool median(rubric_summary *s, mpq_t q)
{
	size_t n;
	struct total_count **v = sorted_totals(s, by_value, &n);
	if (!v)
		return false;
	long scored = s->units - s->failed, lo = (scored - 1) / 2, hi = scored / 2, seen = 0;
	mpq_t a;
	mpq_init(a);
	for (size_t i = 0; i < n; i++) {
		if (seen <= lo && lo < seen + v[i]->count)
			mpq_set(a, v[i]->value);
		if (seen <= hi && hi < seen + v[i]->count) {
			mpq_add(q, a, v[i]->value);
			mpq_div_2exp(q, q, 1);
			break;
		}
		seen += v[i]->count;
	}
	mpq_clear(a);
	free(v);
	return true;
}

static int by_value_down(const void *a, const void *b)
{
	return by_value(b, a);
}

int rubric_summary_rank(rubric_summary *s, const char *total, long *rank)
{
	if (!s || !total || !rank || !s->cap)
		return RUBRIC_MISUSE;
	if (!s->ranked) {
		size_t n;
		struct total_count **v = sorted_totals(s, by_value_down, &n);
		if (!v)
			return RUBRIC_NOMEM;
		long above = 0;
		for (size_t i = 0; i < n; i++) {
			v[i]->above = above;
			above += v[i]->count;
		}
		free(v);
		s->ranked = true;
	}
	size_t j = hash(total) & (s->cap - 1);
	while (s->totals[j].text && strcmp(s->totals[j].text, total))
		j = (j + 1) & (s->cap - 1);
	if (!s->totals[j].text)
		return RUBRIC_MISUSE; /* no unit counted has it */
	*rank = s->totals[j].above + 1;
	return RUBRIC_OK;
}

/* count / of as a percent, rounded to two places. */
static char *percent(long count, long of)
{
	mpq_t q;
	mpq_init(q);
	if (of > 0) {
		mpq_set_ui(q, (unsigned long)count * 100, (unsigned long)of);
		mpq_canonicalize(q);
	}
	char *s = show(q, 2);
	mpq_clear(q);
	return s;
}

/* The display width of text: a CJK character (three UTF-8 bytes from
 * U+1100 on) is two columns. */
static int width_of(const char *text)
{
	int w = 0;
	for (const unsigned char *p = (const unsigned char *)text; *p; p++)
		if ((*p & 0xC0) != 0x80)
			w += *p >= 0xE1 ? 2 : 1;
	return w;
}

/* Writes text padded on the right to width display columns. */
static void pad(struct strbuf *f, const char *text, int width)
{
	strbuf_add(f, text, strlen(text));
	for (int w = width_of(text); w < width; w++)
		strbuf_add(f, " ", 1);
}

/* Writes text right-aligned in width display columns. */
static void cell(struct strbuf *f, const char *text, int width)
{
	for (int w = width_of(text); w < width; w++)
		strbuf_add(f, " ", 1);
	strbuf_add(f, text, strlen(text));
}

/* Hands the text of out to the caller (*text, *len); RUBRIC_NOMEM, with
 * nothing handed, when it was cut short. */
static int take(struct strbuf *out, char **text, size_t *len)
{
	if (out->failed) {
		strbuf_free(out);
		*text = NULL;
		return RUBRIC_NOMEM;
	}
	if (!out->s) {
		*text = strdup("");
		if (!*text)
			return RUBRIC_NOMEM;
	} else {
		*text = out->s;
	}
	if (len)
		*len = out->len;
	return RUBRIC_OK;
}

int rubric_summary_render(rubric_summary *s, const char *name, char **text, size_t *len)
{
	if (!s || !text)
		return RUBRIC_MISUSE;
	struct strbuf out = { 0 }, *f = &out;
	if (!name)
		name = "";
	int digits = rubric_template_decimals(s->t) + 2;
	long scored = s->units - s->failed;
	strbuf_printf(f, _("summary of %s: %ld units, %ld scored, %ld failed\n"), name, s->units, scored, s->failed);
	if (scored == 0)
		return take(&out, text, len);
	strbuf_printf(f, "%s:", _("grades"));
	for (int g = 0; g < rubric_grade_count(s->t); g++) {
		char *p = percent(s->grades[g], scored);
		strbuf_printf(f, "  %s %ld (%s%%)", rubric_grade_name(s->t, g), s->grades[g], p ? p : "?");
		free(p);
	}
	strbuf_add(f, "\n", 1);
	mpq_t mean, mid;
	mpq_inits(mean, mid, NULL);
	mpq_set_ui(mean, (unsigned long)scored, 1);
	mpq_div(mean, s->sum, mean);
	bool ok = median(s, mid);
	char *m = show(mean, digits), *md = ok ? show(mid, digits) : NULL, *lo = show(s->min, digits),
	     *hi = show(s->max, digits);
	strbuf_printf(f, _("total: mean %s, median %s, least %s, greatest %s\n"), m ? m : "?", md ? md : "?",
		lo ? lo : "?", hi ? hi : "?");
	free(m);
	free(md);
	free(lo);
	free(hi);
	/* per indicator */
	int items = rubric_item_count(s->t), width = 0;
	for (int i = 0; i < items; i++) {
		const char *n = rubric_item_name(s->t, i);
		int w = 2 * rubric_item_depth(s->t, i) + width_of(n);
		if (w > width)
			width = w;
	}
	strbuf_add(f, "\n", 1);
	pad(f, _("item"), width + 2);
	cell(f, _("weight"), 8);
	cell(f, _("mean"), 12);
	cell(f, _("full marks"), 12);
	strbuf_add(f, "\n", 1);
	for (int i = 0; i < items; i++) {
		for (int d = 0; d < rubric_item_depth(s->t, i); d++)
			strbuf_add(f, "  ", 2);
		pad(f, rubric_item_name(s->t, i), width + 2 - 2 * rubric_item_depth(s->t, i));
		if (s->applied[i] > 0) {
			mpq_set_ui(mean, (unsigned long)s->applied[i], 1);
			mpq_div(mean, s->item_sum[i], mean);
		} else {
			mpq_set_ui(mean, 0, 1);
		}
		char *mn = show(mean, digits), *p = percent(s->full[i], s->applied[i]);
		cell(f, rubric_item_weight(s->t, i), 8);
		char pc[64];
		snprintf(pc, sizeof pc, "%s%%", p ? p : "?");
		if (s->applied[i] == 0) { /* no unit it applied to: no figure, not 0 */
			cell(f, "-", 12);
			cell(f, "-", 12);
		} else {
			cell(f, mn ? mn : "?", 12);
			cell(f, pc, 12);
		}
		strbuf_add(f, "\n", 1);
		free(mn);
		free(p);
	}
	mpq_clears(mean, mid, NULL);
	return take(&out, text, len);
}
