/* fuzz_gen.c - generated templates: deep, wide and repetitive ones.
 *
 * The other harnesses mutate text, which seldom grows the shapes that make
 * an interpreter slow or greedy: a function that calls the one before
 * twice, a let that squares the let before, a long product, a let shared by
 * many indicators, a band table of hundreds of bands, numbers of thousands
 * of digits.  Here the input is a small program for a generator: each
 * instruction is a byte choosing what to add and a byte saying how many or
 * how large, and "repeat" multiplies what came before.  The generated
 * template is checked and, when it is accepted, scored against generated
 * data (every input given, with values whose length the input also
 * chooses).  Oracles: no crash, leak or undefined behaviour, the errors
 * counted match the errors reported, and, run with -timeout=2
 * -rss_limit_mb=512 (tests/fuzz/run does), no input may take long or much
 * memory: everything is bounded by the cost model of docs/language.md.
 * FUZZ_GEN_DUMP=FILE writes the template to FILE and the data to stderr.
 */
#include "fuzz.h"

#include "data.h"
#include "load.h"
#include "strbuf.h"

/* The generator stops adding once the template is this long.  The shapes
 * it looks for (calls doubling, squares, long products, many bands) reach
 * the cost model's limits within it, in a fuzz build at least, whose limits
 * are a tenth of a release's (Makefile); the scale suite (tests/scale)
 * takes the same shapes to 64 KiB and beyond.  Longer templates would only
 * spend the fuzzer's time parsing: it would run a tenth as many. */
#define GEN_MAX (8 * 1024)

/* What the generator has made so far. */
struct gen {
	struct strbuf t;         /* template text */
	int inputs, lets, funcs, inds;
	int digits;              /* digits of the data's numbers */
};

/* The name of a number-valued thing made before: an input, a let, or a
 * literal when there is neither.  k picks which. */
static void operand(const struct gen *g, struct strbuf *out, unsigned k)
{
	unsigned n = (unsigned)(g->inputs + g->lets);
	if (n == 0) {
		strbuf_printf(out, "%u", k % 100 + 1);
		return;
	}
	k %= n;
	if (k < (unsigned)g->inputs)
		strbuf_printf(out, "i%u", k);
	else
		strbuf_printf(out, "l%u", k - (unsigned)g->inputs);
}

/* An expression of two operands, its shape picked by op. */
static void expr(struct gen *g, unsigned op, unsigned a, unsigned b)
{
	static const char *const forms[] = { "%s * %s", "%s + %s", "%s / (%s + 1)", "max(%s, %s)",
					     "if %s > %s then 1 else 0", "%s - %s", "round(%s * %s, 2)" };
	const char *f = forms[op % (sizeof forms / sizeof forms[0])];
	struct strbuf x = { 0 }, y = { 0 };
	operand(g, &x, a);
	operand(g, &y, b);
	strbuf_printf(&g->t, f, strbuf_str(&x), strbuf_str(&y));
	strbuf_free(&x);
	strbuf_free(&y);
}

/* One instruction: op, and its argument n. */
static void step(struct gen *g, unsigned op, unsigned n)
{
	switch (op % 8) {
	case 0:
		strbuf_printf(&g->t, "    input i%d: %s\n", g->inputs++, n & 1 ? "integer" : "number");
		break;
	case 1:
		strbuf_printf(&g->t, "    let l%d = ", g->lets);
		expr(g, n, n / 7 + (unsigned)g->lets * 3, n / 3 + (unsigned)g->lets);
		strbuf_add(&g->t, "\n", 1);
		g->lets++;
		break;
	case 2: /* a function calling the one before, n % 4 + 1 times */
		strbuf_printf(&g->t, "    func f%d(x) = ", g->funcs);
		for (unsigned i = 0; i <= n % 4; i++) {
			if (g->funcs)
				strbuf_printf(&g->t, "%sf%d(x + %u)", i ? " + " : "", g->funcs - 1, i);
			else
				strbuf_printf(&g->t, "%sx * %u", i ? " + " : "", i + 1);
		}
		strbuf_add(&g->t, "\n", 1);
		g->funcs++;
		break;
	case 3: { /* an indicator scored by a formula over what exists */
		strbuf_printf(&g->t, "    indicator 指标%d weight 1 { actual ", g->inds++);
		operand(g, &g->t, n);
		if (g->funcs && n & 1)
			strbuf_printf(&g->t, "; target >= 1; score min(max(0, f%d(actual)), weight) }\n",
				      (int)(n / 2 % (unsigned)g->funcs));
		else
			strbuf_add(&g->t, "; target >= 1; score proportional }\n", 36);
		break;
	}
	case 4: { /* bands, n of them */
		strbuf_printf(&g->t, "    indicator 指标%d weight 1 { actual ", g->inds++);
		operand(g, &g->t, n);
		strbuf_add(&g->t, "; score bands {", 15);
		for (unsigned i = 0; i < n * 4 + 1; i++)
			strbuf_printf(&g->t, " [%u, %u): %s;", i * 2, i * 2 + 1 + n % 2, i % 2 ? "1" : "0.5");
		strbuf_add(&g->t, " else: 0 } }\n", 13);
		break;
	}
	case 5: { /* a checklist of n * 8 items */
		strbuf_printf(&g->t, "    indicator 指标%d weight 1 { score checklist {", g->inds++);
		for (unsigned i = 0; i < n * 8 + 1; i++)
			strbuf_printf(&g->t, " 项%u: %s;", i, i ? "0" : "1");
		strbuf_add(&g->t, " } }\n", 5);
		break;
	}
	case 6:
		g->digits = (int)(n * 16 + 1);
		break;
	default: /* a product of n operands */
		strbuf_printf(&g->t, "    let l%d = ", g->lets);
		for (unsigned i = 0; i <= n; i++) {
			if (i)
				strbuf_add(&g->t, " * ", 3);
			operand(g, &g->t, n + i);
		}
		strbuf_add(&g->t, "\n", 1);
		g->lets++;
		break;
	}
}

/* The data: every input, with g->digits digits. */
static char *make_data(const struct gen *g, size_t *len)
{
	struct strbuf d = { 0 };
	strbuf_add(&d, "{", 1);
	for (int i = 0; i < g->inputs; i++) {
		strbuf_printf(&d, "%s\"i%d\": ", i ? ", " : "", i);
		for (int k = 0; k < g->digits; k++)
			strbuf_add(&d, k ? "7" : "3", 1);
	}
	for (int i = 0; i < g->inds; i++)
		strbuf_printf(&d, "%s\"指标%d\": [\"项0\"]", i || g->inputs ? ", " : "", i);
	strbuf_add(&d, "}", 1);
	*len = d.len;
	FUZZ_ASSERT(!d.failed);
	return d.s;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct gen g = { .digits = 3 };
	strbuf_add(&g.t, "rubric \"生成\" {\n", strlen("rubric \"生成\" {\n"));
	size_t start = g.t.len;
	for (size_t i = 0; i + 1 < size && g.t.len < GEN_MAX; i += 2) {
		unsigned op = data[i], n = data[i + 1] % 64;
		if (op % 16 == 15) { /* repeat the last n instructions, (op / 16) + 1 times */
			size_t from = i >= 2 * (size_t)(n % 8 + 1) ? i - 2 * (size_t)(n % 8 + 1) : 0;
			for (unsigned r = 0; r <= op / 16 && g.t.len < GEN_MAX; r++)
				for (size_t k = from; k + 1 < i; k += 2)
					if (data[k] % 16 != 15)
						step(&g, data[k], data[k + 1] % 64);
			continue;
		}
		step(&g, op, n);
	}
	if (g.t.len == start)
		step(&g, 3, 0);
	strbuf_add(&g.t, "}\n", 2);
	FUZZ_ASSERT(!g.t.failed);
	size_t dlen;
	char *dtext = make_data(&g, &dlen);
	const char *dump = getenv("FUZZ_GEN_DUMP"); /* to look at a finding */
	if (dump && *dump) {
		FILE *f = fopen(dump, "w");
		if (f) {
			fwrite(g.t.s, 1, g.t.len, f);
			fclose(f);
		}
		f = fopen("/dev/stderr", "w");
		if (f) {
			fprintf(f, "data: %.*s\n", (int)(dlen < 2000 ? dlen : 2000), dtext);
			fclose(f);
		}
	}

	struct diag d;
	struct source src;
	struct program prog;
	struct data first;
	struct eval *ev = NULL;
	diag_init(&d, fuzz_sink());
	src_init(&src, "gen.rubric", g.t.s, g.t.len);
	memset(&first, 0, sizeof first);
	int errors = load_template(&prog, &src, &d);
	FUZZ_ASSERT(errors == d.errors);
	if (errors == 0 && (ev = eval_new(&prog, &d)) != NULL) {
		eval_reset(ev);
		errors = data_load_json(&first, ev, "gen.json", dtext, dlen, &d);
		if (errors == 0)
			eval_run(ev);
	}
	diag_finish(&d);
	eval_free(ev);
	data_free(&first);
	ast_program_free(&prog);
	src_free(&src);
	strbuf_free(&g.t);
	free(dtext);
	return 0;
}
