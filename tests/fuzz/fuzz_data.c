/* fuzz_data.c - reading one unit's JSON data into a checked template.
 *
 * The templates are loaded once: every .rubric file of examples/ and
 * of tests/fuzz/ in the repository (FUZZ_ROOT, set by the Makefile),
 * sorted by name.  The first byte of the input picks one of them and the
 * rest is the data.  The frame of each template is reused from one input
 * to the next with eval_reset, as for a batch of units.  Oracles: no crash,
 * leak, hang or undefined behaviour; data that loads without errors
 * evaluates, and a successful evaluation renders as text and JSON. */
#include "fuzz.h"

#include <glob.h>

#include "data.h"
#include "load.h"
#include "render.h"

#ifndef FUZZ_ROOT
#define FUZZ_ROOT "."
#endif

enum { MAX_TEMPLATES = 32 };

static struct loaded {
	char *text;
	struct source src;
	struct program prog;
	struct diag diag; /* the frame's: eval_new keeps a pointer to it */
	struct eval *ev;
} templates[MAX_TEMPLATES];
static size_t ntemplates;

/* Reads and loads every template matching pattern; a template that does
 * not load is an error in the repository, not a finding. */
static void load_all(const char *pattern)
{
	glob_t g;
	if (glob(pattern, 0, NULL, &g) != 0)
		return;
	for (size_t i = 0; i < g.gl_pathc && ntemplates < MAX_TEMPLATES; i++) {
		struct loaded *t = &templates[ntemplates];
		FILE *f = fopen(g.gl_pathv[i], "rb");
		FUZZ_ASSERT(f != NULL);
		char buf[1 << 16];
		size_t len = fread(buf, 1, sizeof buf, f);
		FUZZ_ASSERT(len < sizeof buf && !ferror(f));
		fclose(f);
		diag_init(&t->diag, stderr);
		t->text = fuzz_copy((const uint8_t *)buf, len);
		src_init(&t->src, strdup(g.gl_pathv[i]), t->text, len);
		FUZZ_ASSERT(load_template(&t->prog, &t->src, &t->diag) == 0);
		t->ev = eval_new(&t->prog, &t->diag);
		FUZZ_ASSERT(t->ev != NULL);
		diag_finish(&t->diag);
		ntemplates++;
	}
	globfree(&g);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	load_all(FUZZ_ROOT "/examples/*.rubric");
	load_all(FUZZ_ROOT "/tests/fuzz/*.rubric");
	FUZZ_ASSERT(ntemplates > 0);
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size == 0)
		return 0;
	struct loaded *t = &templates[data[0] % ntemplates];
	char *text = fuzz_copy(data + 1, size - 1);
	struct diag *d = &t->diag;
	struct data dd;
	diag_init(d, fuzz_sink());
	memset(&dd, 0, sizeof dd);
	eval_reset(t->ev);
	int errors = data_load_json(&dd, t->ev, "fuzz.json", text, size - 1, d);
	/* those of values marked 未填报 leave rows pending: counted apart */
	FUZZ_ASSERT(errors + t->ev->row_errors == d->errors);
	if (dd.readable) {
		int e = eval_run(t->ev);
		FUZZ_ASSERT(e >= 0 || errors > 0); /* -1: a value the loader reported */
		errors += e > 0 ? e : 0;
	}
	FUZZ_ASSERT(errors + t->ev->row_errors == d->errors);
	if (errors == 0) {
		FUZZ_ASSERT(render(fuzz_sink(), t->ev, RENDER_TEXT, false) == 0);
		FUZZ_ASSERT(render(fuzz_sink(), t->ev, RENDER_JSON, false) == 0);
	}
	diag_finish(d);
	data_free(&dd);
	free(text);
	return 0;
}
