/* load.c - parse the standard library and a template, check it, compile
 * it, then check its test blocks.
 *
 * The standard library is parsed and checked once per process, into a
 * program of its own that is never freed.  The grammar lets a library hold
 * only functions and level sets (parser.y, `lib_item`).  Every template
 * refers to them (program.lib) and never writes to them: a call of a
 * library function runs its one checked body. */
#include "load.h"

#include <pthread.h>
#include <stdatomic.h>

#include "check.h"
#include "parse.h"
#include "program.h"
#include "test.h"

static struct program lib;
static struct source lib_src;
static pthread_mutex_t lib_lock = PTHREAD_MUTEX_INITIALIZER;
static atomic_bool lib_ok;

/* Parses and checks the standard library into lib, once per process
 * (under lib_lock: templates may be loaded on many threads).  Its text is
 * ours and tested, so the only error it can meet is running out of
 * memory; then lib_ok stays false, this load says so, and the next one
 * tries again. */
static void load_stdlib(void)
{
	jmp_buf oom;
	struct diag d;
	diag_init(&d, NULL);
	d.format = DIAG_COLLECT;
	src_init(&lib_src, "<stdlib>", rubric_stdlib, rubric_stdlib_len);
	ast_program_init(&lib, &lib_src);
	lib.arena.on_oom = &oom;
	if (setjmp(oom))
		d.errors++;
	else if (parse_source(&lib, &lib_src, &d, true) == 0 && check_program(&lib, &d) == 0)
		compile_program(&lib);
	lib.arena.on_oom = NULL;
	bool ok = d.errors == 0;
	diag_free(&d);
	if (!ok) {
		src_free(&lib_src);
		ast_program_free(&lib);
	}
	atomic_store_explicit(&lib_ok, ok, memory_order_release);
}

const struct program *load_library(void)
{
	if (atomic_load_explicit(&lib_ok, memory_order_acquire))
		return &lib;
	pthread_mutex_lock(&lib_lock);
	if (!atomic_load_explicit(&lib_ok, memory_order_relaxed))
		load_stdlib();
	pthread_mutex_unlock(&lib_lock);
	return atomic_load_explicit(&lib_ok, memory_order_relaxed) ? &lib : NULL;
}

int load_template(struct program *prog, struct source *src, struct diag *diag)
{
	jmp_buf oom;
	ast_program_init(prog, src);
	int before = diag->errors;
	if (!load_library()) {
		diag_report(diag, NULL, SPAN_START, D_MEMORY, "out of memory reading %s", "<stdlib>");
		return diag->errors - before;
	}
	prog->arena.on_oom = &oom;
	if (setjmp(oom)) {
		prog->arena.on_oom = NULL;
		diag_report(diag, NULL, SPAN_START, D_MEMORY,
			    "out of memory reading %s", src->name);
		return diag->errors - before;
	}
	prog->lib = &lib;
	if (parse_source(prog, src, diag, false) == 0 && check_program(prog, diag) == 0) {
		compile_program(prog);
		test_check(prog, diag);
	}
	prog->arena.on_oom = NULL;
	return diag->errors - before;
}
