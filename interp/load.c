/* load.c - parse the standard library and a template, then check it and
 * its test blocks.
 *
 * The standard library is parsed and checked once per process, into a
 * program of its own that is never freed.  The grammar lets a library hold
 * only functions and level sets (parser.y, `lib_item`).  Every template
 * refers to them (program.lib) and never writes to them: a call of a
 * library function runs its one checked body. */
#include "load.h"

#include "check.h"
#include "parse.h"
#include "test.h"

static struct program lib;
static struct source lib_src;
static bool lib_loaded;

/* Parses and checks the standard library into lib, once; reports its
 * errors (out of memory, in practice) to diag and returns their number. */
static int load_stdlib(struct diag *diag)
{
	jmp_buf oom;
	if (lib_loaded)
		return 0;
	int before = diag->errors;
	src_init(&lib_src, "<stdlib>", rubric_stdlib, rubric_stdlib_len);
	ast_program_init(&lib, &lib_src);
	lib.arena.on_oom = &oom;
	if (setjmp(oom))
		diag_report(diag, NULL, SPAN_START, D_MEMORY, "out of memory reading %s",
			    lib_src.name);
	else if (parse_source(&lib, &lib_src, diag, true) == 0)
		check_program(&lib, diag);
	lib.arena.on_oom = NULL;
	if (diag->errors > before) {
		src_free(&lib_src);
		ast_program_free(&lib);
		return diag->errors - before;
	}
	lib_loaded = true;
	return 0;
}

int load_template(struct program *prog, struct source *src, struct diag *diag)
{
	jmp_buf oom;
	ast_program_init(prog, src);
	int before = diag->errors;
	if (load_stdlib(diag))
		return diag->errors - before;
	prog->arena.on_oom = &oom;
	if (setjmp(oom)) {
		prog->arena.on_oom = NULL;
		diag_report(diag, NULL, SPAN_START, D_MEMORY,
			    "out of memory reading %s", src->name);
		return diag->errors - before;
	}
	prog->lib = &lib;
	if (parse_source(prog, src, diag, false) == 0 && check_program(prog, diag) == 0)
		test_check(prog, diag);
	prog->arena.on_oom = NULL;
	return diag->errors - before;
}
