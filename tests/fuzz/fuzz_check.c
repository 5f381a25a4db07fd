/* fuzz_check.c - template text → parse → check, as `rubric check` does.
 *
 * The input is a template.  Oracle: no crash, leak, hang or undefined
 * behaviour, and a template is either accepted or given at least one
 * error.  The diagnostics are written as text, JSON or SARIF by the
 * input's length: SARIF for one length in eight only, since most of its
 * work is the table of every code, the same for every input. */
#include "fuzz.h"

#include "load.h"

static const enum diag_format formats[8] = {
	DIAG_SARIF, DIAG_JSON, DIAG_TEXT, DIAG_JSON, DIAG_TEXT, DIAG_JSON, DIAG_TEXT, DIAG_TEXT,
};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = fuzz_copy(data, size);
	struct diag d;
	struct source src;
	struct program prog;
	diag_init(&d, fuzz_sink());
	d.format = formats[size % 8];
	src_init(&src, "fuzz.rubric", text, size);
	int errors = load_template(&prog, &src, &d);
	FUZZ_ASSERT(errors == d.errors);
	diag_finish(&d);
	ast_program_free(&prog);
	src_free(&src);
	free(text);
	return 0;
}
