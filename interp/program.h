/* program.h - a checked template compiled into the code the evaluator runs.
 *
 * compile.c turns the checked syntax tree (ast.h, check.c) into flat code:
 * every expression root (an indicator's actual, target, formula and band
 * bounds, a let's value, a function's body, an input's default) is a block
 * of instructions ending in I_RET.  An instruction writes the value of one
 * node into that node's slot of an evaluation frame and reads its operands
 * by slot, through the frame's table of where each slot's value is
 * (eval.h, struct eval.result): an input's slot holds the unit's value,
 * a constant's slot its number (filled once per frame), and an if, a
 * parameter or a let refer to the value they stand for instead of copying
 * it.  A function is compiled once, in the program that defines it (the
 * standard library's functions in the library's program), and every call
 * runs that one block.
 *
 * The code is made once and only read afterwards, so one program may be
 * evaluated by many frames on many threads at once.  Each instruction
 * keeps the node it came from, for messages (and for explain).
 *
 * Ownership: the code lives in the arena of the struct program it was
 * compiled for.
 */
#ifndef RUBRIC_PROGRAM_H
#define RUBRIC_PROGRAM_H

#include <stdint.h>

#include "ast.h"

enum opcode {
	I_NEG, I_NOT,                     /* dst = OP a */
	I_ADD, I_SUB, I_MUL, I_DIV,       /* dst = a OP b, numbers */
	I_EQ, I_NE, I_LT, I_LE, I_GT, I_GE, /* dst = a OP b, any type */
	I_TEST,     /* dst = a (a truth); if it is b (true for `or`, false for
		       `and`), jump to target: the other operand decides */
	I_BOOL,     /* dst = a (a truth), the operand that decided */
	I_JUMP,     /* jump to target */
	I_UNLESS,   /* unless a is true, jump to target */
	I_PICK,     /* dst is the value of a (the branch an if or cases took) */
	I_ARG,      /* dst is the value of argument b of the call under way */
	I_LET,      /* dst is let number b's value, computed once per unit */
	I_BUILTIN,  /* dst = builtin(operands[b .. b+n)) */
	I_CALL,     /* dst = func(operands[b .. b+n)): runs its block */
	I_NO_CASE,  /* error: no case of a `cases` matched */
	I_RET,      /* the block's value is a */
};

struct func_code;

struct insn {
	uint8_t op;              /* enum opcode */
	bool percent;            /* the result is shown as a percent */
	int dst;                 /* the slot it writes (or refers) */
	int a;                   /* operand slot, or (I_UNLESS, I_TEST) the slot tested */
	int b;                   /* second operand slot; I_ARG: argument; I_LET:
				    let; I_BUILTIN, I_CALL: first of the operands */
	int n;                   /* I_BUILTIN, I_CALL: number of arguments */
	uint32_t target;         /* jumps: the instruction to go to */
	union {
		const struct builtin *builtin; /* I_BUILTIN */
		const struct func_code *func;  /* I_CALL */
	};
	int argbase;             /* I_CALL: its arguments' places in a frame's argv */
	bool from_stdlib;        /* I_CALL: the function is the library's */
	const struct expr *src;  /* the node it came from */
};

/* A block: code from start up to its I_RET, whose value is in slot ret. */
struct block {
	uint32_t start;          /* UINT32_MAX: none (no expression there) */
	int ret;
};

/* A function's one block. */
struct func_code {
	const struct code *code; /* the code it is in (the library's or a template's) */
	struct block body;
};

/* A slot filled once per frame: a constant's. */
struct konst {
	int slot;
	const struct expr *e;    /* a literal number, text, date or truth, or a
				    weight (expr_number) */
};

/* What an indicator evaluates: its actual and target, then its formula or
 * its table's bounds. */
struct ind_code {
	struct block actual, lo, hi; /* actual, target (lo, and hi of a between) */
	bool target_first;       /* the actual reads the target (`actual a -
				    target`): the target is computed first */
	struct block rule;       /* a formula's value */
	struct block judged_lo, judged_hi; /* score judged a..b */
	struct block *band_lo, *band_hi, *band_points; /* per band of the rule */
};

struct code {
	struct insn *insns;      /* every block, one after another */
	uint32_t ninsns;
	int *operands;           /* argument slots of the calls */
	int noperands;
	struct konst *konsts;    /* slots to fill once per frame */
	int nkonsts;
	struct block *lets;      /* per let (program.lets) */
	struct func_code *funcs; /* per function of this program (program.funcs
				    from its first own one, see nfuncs_lib) */
	int nfuncs_lib;          /* the library's functions listed first in
				    program.funcs, compiled in the library */
	struct ind_code *ind;    /* per indicator */
	struct block *dflt;      /* per input: its default */
};

/* Compiles the checked program p (check_program returned 0): numbers its
 * value slots (after the library's), lists each indicator's inputs
 * (item.deps) and makes p->code.  Out of memory longjmps (arena.h). */
void compile_program(struct program *p);

#endif
