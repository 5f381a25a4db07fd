/* fuzz_check.c - template text → parse → check, as `rubric check` does.
 *
 * The input is a template.  Oracle: no crash, leak, hang or undefined
 * behaviour, and a template is either accepted or given at least one
 * error.  The diagnostics are written as text, JSON or SARIF by the
 * input's length: SARIF for one length in 32 only, since most of its work
 * is the table of every code, the same for every input, and JSON for one in
 * four. */
#include "fuzz.h"

#include "load.h"

/* The format for an input of this length. */
static enum diag_format format_of(size_t size)
{
	return size % 32 == 0 ? DIAG_SARIF : size % 4 == 1 ? DIAG_JSON : DIAG_TEXT;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = fuzz_copy(data, size);
	struct diag d;
	struct source src;
	struct program prog;
	diag_init(&d, fuzz_sink());
	d.format = format_of(size);
	src_init(&src, "fuzz.rubric", text, size);
	int errors = load_template(&prog, &src, &d);
	FUZZ_ASSERT(errors == d.errors);
	diag_finish(&d);
	ast_program_free(&prog);
	src_free(&src);
	free(text);
	return 0;
}
