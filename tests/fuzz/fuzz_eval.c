/* fuzz_eval.c - template + JSON data → eval → render, as `rubric eval`.
 *
 * The input is a template, a NUL byte, then the data (without a NUL, the
 * data is {}).  Oracles: no crash, leak, hang or undefined behaviour; an
 * evaluation that succeeds renders as text and as JSON, with and without
 * the audit of published scores; and the same frame evaluated again after
 * eval_reset (as a batch of units is) renders byte for byte the same. */
#include "fuzz.h"
#include "strbuf.h"

#include "data.h"
#include "generate.h"
#include "load.h"
#include "render.h"

/* Loads text into ev (after eval_reset) and evaluates it; returns the
 * number of errors, as cmd_eval counts them. */
static int run(struct eval *ev, struct data *data, const char *text, size_t len, struct diag *d)
{
	eval_reset(ev);
	int errors = data_load_json(data, ev, "fuzz.json", text, len, d);
	if (data->readable) {
		int e = eval_run(ev);
		FUZZ_ASSERT(e >= 0 || errors > 0); /* -1: a value the loader reported */
		errors += e > 0 ? e : 0;
	}
	return errors;
}

/* The JSON rendering of a successful evaluation, malloc'd. */
static char *rendered(struct eval *ev, size_t *len)
{
	char *s = NULL;
	FILE *f = open_memstream(&s, len);
	FUZZ_ASSERT(f != NULL);
	FUZZ_ASSERT(render(f, ev, RENDER_JSON, false) == 0);
	FUZZ_ASSERT(fclose(f) == 0);
	return s;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const uint8_t *nul = memchr(data, 0, size);
	size_t tlen = nul ? (size_t)(nul - data) : size;
	char *ttext = fuzz_copy(data, tlen);
	char *dtext = nul ? fuzz_copy(nul + 1, size - tlen - 1) : fuzz_copy((const uint8_t *)"{}", 2);
	size_t dlen = nul ? size - tlen - 1 : 2;
	struct diag d;
	struct source src;
	struct program prog;
	struct data first, again;
	struct eval *ev = NULL;
	diag_init(&d, fuzz_sink());
	src_init(&src, "fuzz.rubric", ttext, tlen);
	memset(&first, 0, sizeof first);
	memset(&again, 0, sizeof again);
	if (load_template(&prog, &src, &d) == 0 && (ev = eval_new(&prog, &d)) != NULL &&
	    run(ev, &first, dtext, dlen, &d) == 0) {
		struct audit a;
		mpq_init(a.rows_sum);
		eval_audit(ev, &a);
		mpq_clear(a.rows_sum);
		FUZZ_ASSERT(render(fuzz_sink(), ev, RENDER_TEXT, true) == 0);
		FUZZ_ASSERT(render(fuzz_sink(), ev, RENDER_JSON, true) == 0);
		size_t len1, len2;
		char *out1 = rendered(ev, &len1);
		int errors = run(ev, &again, dtext, dlen, &d);
		FUZZ_ASSERT(errors == 0);
		char *out2 = rendered(ev, &len2);
		FUZZ_ASSERT(len1 == len2 && memcmp(out1, out2, len1) == 0);
		free(out2);
		/* every score explained (rubric explain): the indicator is
		 * evaluated again, and nothing changes */
		for (int i = 0; i < prog.indicators.n; i++) {
			struct strbuf sb = { 0 };
			FUZZ_ASSERT(eval_explain(ev, i, &sb) == 0);
			strbuf_free(&sb);
		}
		out2 = rendered(ev, &len2);
		FUZZ_ASSERT(len1 == len2 && memcmp(out1, out2, len1) == 0);
		free(out1);
		free(out2);
		/* the boundary cases (rubric test --generate), from this unit's
		 * values, in a frame of their own: the same twice */
		struct eval *gen = eval_new(&prog, &d);
		if (gen) {
			struct strbuf ga = { 0 }, gb = { 0 };
			int na = generate_tests(&prog, gen, ev, &ga), nb = generate_tests(&prog, gen, ev, &gb);
			FUZZ_ASSERT(na == nb && ga.len == gb.len && (ga.len == 0 || memcmp(ga.s, gb.s, ga.len) == 0));
			strbuf_free(&ga);
			strbuf_free(&gb);
			eval_free(gen);
		}
	}
	diag_finish(&d);
	eval_free(ev);
	data_free(&first);
	data_free(&again);
	ast_program_free(&prog);
	src_free(&src);
	free(ttext);
	free(dtext);
	return 0;
}
