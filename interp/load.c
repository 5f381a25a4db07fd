/* load.c - parse the standard library and a template, then check it and
 * its test blocks. */
#include "load.h"

#include "check.h"
#include "parse.h"
#include "test.h"

int load_template(struct program *prog, struct source *src, struct diag *diag)
{
	static struct source lib_src = { "<stdlib>", NULL, 0, NULL, 0 };
	struct source lib = lib_src;
	jmp_buf oom;
	ast_program_init(prog, src);
	int before = diag->errors;
	prog->arena.on_oom = &oom;
	if (setjmp(oom)) {
		src_free(&lib);
		prog->arena.on_oom = NULL;
		diag_report(diag, NULL, SPAN_START, D_MEMORY,
			    "out of memory reading %s", src->name);
		return diag->errors - before;
	}
	src_init(&lib, "<stdlib>", rubric_stdlib, rubric_stdlib_len);
	if (parse_source(prog, &lib, diag, true) == 0 &&
	    parse_source(prog, src, diag, false) == 0 &&
	    check_program(prog, diag) == 0)
		test_check(prog, diag);
	src_free(&lib);
	prog->arena.on_oom = NULL;
	return diag->errors - before;
}
