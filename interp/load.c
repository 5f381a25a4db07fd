/* load.c - parse the standard library and a template, then check it and
 * its test blocks.
 *
 * The standard library is parsed once per process, into a program of its
 * own that is never freed.  The grammar lets a library hold only functions
 * and level sets (parser.y, `lib_item`); each template gets a deep copy of
 * them, since the checker resolves and lowers them in place. */
#include "load.h"

#include "check.h"
#include "parse.h"
#include "test.h"

static struct program lib;
static struct source lib_src;
static bool lib_loaded;

/* Parses the standard library into lib, once; reports its errors (out of
 * memory, in practice) to diag and returns their number. */
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
	else
		parse_source(&lib, &lib_src, diag, true);
	lib.arena.on_oom = NULL;
	src_free(&lib_src);
	if (diag->errors > before) {
		ast_program_free(&lib);
		return diag->errors - before;
	}
	lib_loaded = true;
	return 0;
}

static struct func *copy_func(struct program *p, const struct func *from)
{
	struct func *f = arena_alloc(&p->arena, sizeof *f);
	*f = *from;
	f->params = (struct vec){ 0 };
	for (int i = 0; i < from->params.n; i++) {
		struct param *pa = arena_alloc(&p->arena, sizeof *pa);
		*pa = *(struct param *)from->params.items[i];
		vec_push(&p->arena, &f->params, pa);
	}
	f->body = ast_clone(p, from->body, NULL);
	return f;
}

static struct level_set *copy_levels(struct program *p, const struct level_set *from)
{
	struct level_set *s = arena_alloc(&p->arena, sizeof *s);
	*s = *from;
	s->entries = (struct vec){ 0 };
	for (int i = 0; i < from->entries.n; i++) {
		struct item_points *e = arena_alloc(&p->arena, sizeof *e);
		*e = *(struct item_points *)from->entries.items[i];
		e->points = ast_clone(p, e->points, NULL);
		e->hi = ast_clone(p, e->hi, NULL);
		ast_mpq(p, &e->lo_q);
		ast_mpq(p, &e->hi_q);
		vec_push(&p->arena, &s->entries, e);
	}
	return s;
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
	for (int i = 0; i < lib.funcs.n; i++)
		vec_push(&prog->arena, &prog->funcs, copy_func(prog, lib.funcs.items[i]));
	for (int i = 0; i < lib.levels.n; i++)
		vec_push(&prog->arena, &prog->levels, copy_levels(prog, lib.levels.items[i]));
	if (parse_source(prog, src, diag, false) == 0 && check_program(prog, diag) == 0)
		test_check(prog, diag);
	prog->arena.on_oom = NULL;
	return diag->errors - before;
}
