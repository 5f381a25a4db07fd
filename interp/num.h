/* num.h - exact numbers for evaluation.
 *
 * Every number the evaluator touches is a GMP rational (mpq_t): there is no
 * binary floating point anywhere in evaluation.  This module adds what GMP
 * lacks: reading decimal and percent literals, rounding to N decimal digits
 * under the three modes a template may ask for, and printing a rational as
 * a decimal.
 *
 * Ownership: the caller owns every mpq_t; each one is mpq_init'ed once and
 * mpq_clear'ed once.  Functions write into an initialised destination, which
 * may alias a source; none of them keeps a pointer to its arguments.
 */
#ifndef RUBRIC_NUM_H
#define RUBRIC_NUM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <gmp.h>

/* How num_round breaks a tie and which way it moves. ORDER: num_mode_names */
enum num_mode {
	NUM_HALF_UP,   /* 四舍五入: nearest, ties away from zero (2.345 -> 2.35, -2.345 -> -2.35) */
	NUM_DOWN,      /* 截尾: toward zero (7.78 -> 7.7, -7.78 -> -7.7) */
	NUM_HALF_EVEN, /* 银行家舍入: nearest, ties to the even digit (2.345 -> 2.34) */
};

/* The mode's keyword in templates ("half_up", "down", "half_even"). */
const char *num_mode_name(enum num_mode mode);

/* Reads a decimal literal from s[0..len): an optional sign ('+' or '-'),
 * digits, an optional '.' followed by at least one digit, and an optional
 * percent sign ('%' or the full-width U+FF05 '％'), which divides by 100.
 * Leading and trailing ASCII spaces are allowed; nothing else is.  On success
 * stores the exact value in dst, sets *percent (if not NULL) to whether a
 * percent sign was present, and returns true; otherwise returns false and
 * leaves dst unspecified.  No exponent form, no thousands separators, at
 * most NUM_MAX_DIGITS digits. */
#define NUM_MAX_DIGITS 4096
bool num_parse(mpq_t dst, const char *s, size_t len, bool *percent);

/* num_parse for a constant of a template: when the literal's numerator
 * and denominator in lowest terms each fit one limb (18 digits or fewer),
 * stores their magnitudes in word[0] and word[1], sets *neg to whether the
 * value is below zero and *percent (if not NULL) as num_parse does, and
 * returns true.  Otherwise (or when s is no literal) returns false and
 * leaves everything untouched: use num_parse.  No GMP arithmetic, no
 * allocation. */
bool num_parse_word(mp_limb_t word[2], bool *neg, const char *s, size_t len, bool *percent);

/* Makes dst a read-only rational over word (from num_parse_word), with no
 * allocation (mpz_roinit_n): dst needs no mpq_init, must not be
 * mpq_clear'ed, must never be written, and lives as long as word. */
void num_const(mpq_t dst, const mp_limb_t word[2], bool neg);

/* dst = src rounded to `digits` decimal places (0 <= digits <= 30) in the
 * given mode.  Exact: 1.005 rounds half up to 1.01. */
void num_round(mpq_t dst, const mpq_t src, int digits, enum num_mode mode);

/* Scratch numbers for num_round_tmp: a loop that rounds with the same
 * struct allocates nothing once the numbers have grown to size. */
struct num_tmp {
	mpz_t n, num, rem;
};

void num_tmp_init(struct num_tmp *t);
void num_tmp_clear(struct num_tmp *t);

/* num_round using t for its intermediate values. */
void num_round_tmp(mpq_t dst, const mpq_t src, int digits, enum num_mode mode,
		   struct num_tmp *t);

/* dst = src, as mpq_set gives it; a number that fits a word is copied
 * without a call into GMP. */
void num_set(mpq_ptr dst, mpq_srcptr src);

/* dst = a + b, a - b, a * b, a / b (b nonzero), as mpq_add and the
 * others give them; dst may alias a or b.  Numbers whose numerator and
 * denominator fit a machine word, as a table's do, are computed in 64- and
 * 128-bit integers, the rest by GMP: the result is the same exact
 * rational either way. */
void num_add(mpq_ptr dst, mpq_srcptr a, mpq_srcptr b);
void num_sub(mpq_ptr dst, mpq_srcptr a, mpq_srcptr b);
void num_mul(mpq_ptr dst, mpq_srcptr a, mpq_srcptr b);
void num_div(mpq_ptr dst, mpq_srcptr a, mpq_srcptr b);

/* A sum of many numbers, as a group's score is the sum of its rows':
 * while every term is a decimal (a denominator that divides 10^18, as
 * scores rounded to a few decimals have), the sum is kept as a 64-bit
 * count of units of 10^-scale, and adding a term is a multiplication and
 * an addition, with no gcd.  A term that is no such decimal, or a sum that
 * outgrows 64 bits, moves it to exact rationals (num_add) from then on:
 * the sum is the same exact rational either way.
 *
 *     struct num_sum s;
 *     num_sum_start(&s);
 *     for (...) num_sum_add(&s, dst, term);   (dst: initialised, not a term)
 *     num_sum_end(&s, dst);                   (dst = the sum)
 */
struct num_sum {
	int64_t acc;             /* the sum in units of 10^-scale, while !big */
	int scale;
	bool big;                /* the sum so far is in dst */
};

void num_sum_start(struct num_sum *s);
void num_sum_add(struct num_sum *s, mpq_ptr dst, mpq_srcptr term);
void num_sum_end(struct num_sum *s, mpq_ptr dst);

/* mpq_cmp's sign (-1, 0 or 1), by the same word-size path. */
int num_cmp(mpq_srcptr a, mpq_srcptr b);

/* dst = the greatest integer <= src; dst = the least integer >= src. */
void num_floor(mpq_t dst, const mpq_t src);
void num_ceil(mpq_t dst, const mpq_t src);

/* Sets dst to the decimal value of the shortest decimal string that
 * round-trips to d (as printf "%.*g" with the least precision from 1 to 17
 * that strtod reads back to exactly d).  So 0.1 gives 1/10 and 161.37 gives
 * 16137/100, not the binary fractions the doubles hold.  Used only to read
 * JSON numbers that a parser has already turned into doubles.  Returns
 * false for NaN and infinities. */
bool num_from_double(mpq_t dst, double d);

/* Writes q as a decimal into buf (capacity cap, always NUL-terminated when
 * cap > 0) and returns the length it needed, as snprintf does.  If q's decimal
 * expansion ends within max_frac fractional digits it is written exactly with
 * no trailing zeros ("3", "1.92", "-0.5"); otherwise it is rounded half up to
 * max_frac digits, trailing zeros dropped, and *exact (if not NULL) is set to
 * false.  *exact is set to true in the first case.  With percent, writes
 * q x 100 followed by '%' (9/10 -> "90%", 16137/10000 -> "161.37%"); max_frac
 * then counts digits of the percent figure.  Never writes "-0". */
size_t num_format(char *buf, size_t cap, const mpq_t q, int max_frac,
		  bool percent, bool *exact);

/* num_format for people: q with at most max_frac fractional digits into
 * buf, marked "≈" in front when it was rounded, and, when it needs more
 * room than cap, cut and marked "…" at the end (and "≈").  Returns buf.
 * With cap below 16 it is num_format, unmarked. */
char *num_show(char *buf, size_t cap, const mpq_t q, int max_frac, bool percent);

/* Writes q rounded to exactly `digits` fractional digits, keeping trailing
 * zeros ("2.00", "93.92", "3.00"), half up.  Returns the length needed. */
size_t num_format_fixed(char *buf, size_t cap, const mpq_t q, int digits);

#endif
