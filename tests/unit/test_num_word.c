/* test_num_word.c - the word-size path of interp/num.c against its GMP path.
 *
 * num.c rounds and prints numbers whose numerator and denominator fit a
 * machine word in 64- and 128-bit integers, and every other number with
 * GMP.  This test compiles num.c a second time with the word path off
 * (NUM_NO_WORD_PATH) and its functions renamed ref_*, then requires the
 * two to give the same rationals and the same text, byte for byte, for
 * the edge cases (ties in every mode, negative values, zero, the largest
 * words, denominators that are and are not products of 2 and 5, results
 * that overflow a word) and for pseudo-random numbers shaped like a
 * table's and like nothing a table has (RUBRIC_NUM_WORD_ROUNDS of them,
 * 5 000 by default).  num_add, num_sub, num_mul, num_div and num_cmp are
 * compared with GMP's own mpq_add and the others on pairs of the same
 * numbers, their destination aliasing an operand too.  A num_sum, which
 * keeps a sum of decimals as a fixed-point count, is compared with the
 * sum mpq_add makes of the same terms: sums of decimals, of decimals with
 * a third or a long number in the middle (the fixed-point sum then moves
 * to rationals), and sums that outgrow 64 bits.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "num.h"

/* The GMP-only copy of num.c, every external name prefixed with ref_. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmissing-prototypes"
#define NUM_NO_WORD_PATH 1
#define num_mode_name ref_num_mode_name
#define num_parse ref_num_parse
#define num_parse_word ref_num_parse_word
#define num_const ref_num_const
#define num_round ref_num_round
#define num_tmp_init ref_num_tmp_init
#define num_tmp_clear ref_num_tmp_clear
#define num_round_tmp ref_num_round_tmp
#define num_floor ref_num_floor
#define num_ceil ref_num_ceil
#define num_from_double ref_num_from_double
#define num_format ref_num_format
#define num_show ref_num_show
#define num_format_fixed ref_num_format_fixed
#define num_set ref_num_set
#define num_add ref_num_add
#define num_sub ref_num_sub
#define num_mul ref_num_mul
#define num_div ref_num_div
#define num_cmp ref_num_cmp
#define num_sum_start ref_num_sum_start
#define num_sum_add ref_num_sum_add
#define num_sum_end ref_num_sum_end
#include "../../interp/num.c"
#pragma GCC diagnostic pop
#undef num_round
#undef num_round_tmp
#undef num_tmp_init
#undef num_tmp_clear
#undef num_format
#undef num_format_fixed
#undef num_show
#undef num_set
#undef num_add
#undef num_sub
#undef num_mul
#undef num_div
#undef num_cmp
#undef num_sum_start
#undef num_sum_add
#undef num_sum_end

/* Rounding modes and digit counts tried on every number. */
static const enum num_mode modes[] = { NUM_HALF_UP, NUM_DOWN, NUM_HALF_EVEN };
static const int digit_counts[] = { 0, 1, 2, 3, 4, 6, 10, 18, 19, 20, 30 };

static unsigned long checked;

/* Requires both paths to agree on q in every function and mode. */
static void same(const mpq_t q)
{
	char a[512], b[512];
	mpq_t x, y;
	struct num_tmp t;

	mpq_inits(x, y, NULL);
	num_tmp_init(&t);
	for (size_t m = 0; m < sizeof modes / sizeof modes[0]; m++)
		for (size_t k = 0; k < sizeof digit_counts / sizeof digit_counts[0]; k++) {
			num_round_tmp(x, q, digit_counts[k], modes[m], &t);
			ref_num_round(y, q, digit_counts[k], modes[m]);
			if (!mpq_equal(x, y)) {
				gmp_fprintf(stderr, "round(%Qd, %d, %s): %Qd, GMP %Qd\n", q, digit_counts[k],
					    num_mode_name(modes[m]), x, y);
				fail();
			}
			/* aliasing destination and source */
			mpq_set(x, q);
			num_round(x, x, digit_counts[k], modes[m]);
			assert_true(mpq_equal(x, y));
		}
	static const int fracs[] = { 0, 2, 4, 17, 19, 20, 40, 200 };
	for (size_t k = 0; k < sizeof fracs / sizeof fracs[0]; k++)
		for (int pct = 0; pct <= 1; pct++) {
			bool ea = false, eb = true;
			size_t na = num_format(a, sizeof a, q, fracs[k], pct, &ea);
			size_t nb = ref_num_format(b, sizeof b, q, fracs[k], pct, &eb);
			if (na != nb || strcmp(a, b) != 0 || ea != eb) {
				gmp_fprintf(stderr, "format(%Qd, %d, %d): \"%s\" %d, GMP \"%s\" %d\n", q, fracs[k], pct,
					    a, ea, b, eb);
				fail();
			}
			/* a short buffer is cut the same way */
			na = num_format(a, 5, q, fracs[k], pct, NULL);
			nb = ref_num_format(b, 5, q, fracs[k], pct, NULL);
			assert_int_equal(na, nb);
			assert_string_equal(a, b);
			assert_string_equal(num_show(a, 24, q, fracs[k], pct), ref_num_show(b, 24, q, fracs[k], pct));
		}
	for (int d = 0; d <= 22; d += 1) {
		size_t na = num_format_fixed(a, sizeof a, q, d), nb = ref_num_format_fixed(b, sizeof b, q, d);
		if (na != nb || strcmp(a, b) != 0) {
			gmp_fprintf(stderr, "format_fixed(%Qd, %d): \"%s\", GMP \"%s\"\n", q, d, a, b);
			fail();
		}
	}
	num_tmp_clear(&t);
	mpq_clears(x, y, NULL);
	checked++;
}

/* Requires num_add and the others to give what GMP gives for a and b. */
static void same_ops(const mpq_t a, const mpq_t b)
{
	mpq_t x, y;
	mpq_inits(x, y, NULL);
	void (*ours[])(mpq_t, const mpq_t, const mpq_t) = { num_add, num_sub, num_mul, num_div };
	void (*gmps[])(mpq_t, const mpq_t, const mpq_t) = { mpq_add, mpq_sub, mpq_mul, mpq_div };
	static const char *const names[] = { "add", "sub", "mul", "div" };
	for (int k = 0; k < 4; k++) {
		if (k == 3 && mpq_sgn(b) == 0)
			continue;
		ours[k](x, a, b);
		gmps[k](y, a, b);
		if (!mpq_equal(x, y)) {
			gmp_fprintf(stderr, "%s(%Qd, %Qd): %Qd, GMP %Qd\n", names[k], a, b, x, y);
			fail();
		}
		mpq_set(x, a); /* the destination is the first operand */
		ours[k](x, x, b);
		assert_true(mpq_equal(x, y));
		mpq_set(x, b); /* the destination is the second operand */
		ours[k](x, a, x);
		assert_true(mpq_equal(x, y));
	}
	int c = mpq_cmp(a, b);
	assert_int_equal(num_cmp(a, b), (c > 0) - (c < 0));
	mpq_set(x, b); /* a copy over whatever the destination held */
	num_set(x, a);
	assert_true(mpq_equal(x, a));
	num_set(x, x);
	assert_true(mpq_equal(x, a));
	mpq_clears(x, y, NULL);
}

/* The numbers same() was last given (the last nrecent of them, the
 * newest at recent[added % 8]), for same_ops on pairs of them. */
static mpq_t recent[8];
static int nrecent;
static unsigned long added;

/* same() on n / d and -n / d, and same_ops on them with recent ones. */
static void same_nd(uint64_t n, uint64_t d)
{
	mpq_t q;

	if (d == 0)
		return;
	mpq_init(q);
	mpz_set_ui(mpq_numref(q), n);
	mpz_set_ui(mpq_denref(q), d);
	mpq_canonicalize(q);
	for (int neg = 0; neg <= 1; neg++) {
		if (neg)
			mpq_neg(q, q);
		same(q);
		same_ops(q, q);
		for (int i = 0; i < nrecent; i++) {
			same_ops(q, recent[i]);
			same_ops(recent[i], q);
		}
		if (nrecent < 8)
			mpq_init(recent[nrecent++]); /* recent[0..nrecent) are initialised */
		mpq_set(recent[added++ % (unsigned long)nrecent], q);
	}
	mpq_clear(q);
}

/* A deterministic generator (splitmix64): the same numbers every run. */
static uint64_t seed = 0x9E3779B97F4A7C15u;

static uint64_t next(void)
{
	uint64_t z = (seed += 0x9E3779B97F4A7C15u);
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9u;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBu;
	return z ^ (z >> 31);
}

static void test_edges(void **state)
{
	(void)state;
	static const uint64_t ns[] = {
		0, 1, 2, 3, 5, 7, 9, 10, 15, 25, 45, 99, 100, 125, 995, 1005, 2345, 2355, 12345,
		99999, 100000, 16137, 9999999999999999999u, 10000000000000000000u,
		UINT64_MAX, UINT64_MAX - 1, UINT64_MAX / 2, UINT64_MAX / 2 + 1,
		UINT64_MAX / 10, UINT64_MAX / 100, UINT64_MAX / 100 + 1, 1844674407370955161u,
		184467440737095516u, 922337203685477580u,
	};
	static const uint64_t ds[] = {
		1, 2, 3, 4, 5, 6, 7, 8, 10, 16, 20, 25, 40, 64, 100, 125, 128, 1000, 1024, 3125,
		10000, 65536, 100000, 390625, 1000000000000000000u, 10000000000000000000u,
		(uint64_t)1 << 63, 7450580596923828125u /* 5^27 */, 3814697265625u /* 5^18 */,
		UINT64_MAX, UINT64_MAX - 1, 3u * 1024, 7u * 100, 2u * 5 * 11,
	};
	for (size_t i = 0; i < sizeof ns / sizeof ns[0]; i++)
		for (size_t j = 0; j < sizeof ds / sizeof ds[0]; j++)
			same_nd(ns[i], ds[j]);
	/* ties at every place: x5 / 10^k */
	for (uint64_t k = 1, p = 10; k < 19; k++, p *= 10)
		for (uint64_t x = 0; x < 30; x++)
			same_nd(x * 10 + 5, p);
}

/* Numbers a table computes: decimals with a few places, their ratios and
 * products, percents; and raw words of any size. */
static void test_random(void **state)
{
	(void)state;
	const char *env = getenv("RUBRIC_NUM_WORD_ROUNDS");
	unsigned long rounds = env ? strtoul(env, NULL, 10) : 5000;
	static const uint64_t p10[] = { 1, 10, 100, 1000, 10000, 100000, 1000000 };
	for (unsigned long i = 0; i < rounds; i++) {
		uint64_t r = next();
		switch (r % 4) {
		case 0: /* a decimal with up to 6 places */
			same_nd(next() % 100000000, p10[next() % 7]);
			break;
		case 1: /* a ratio of two decimals */
			same_nd((next() % 1000000) * p10[next() % 4], next() % 1000000 + 1);
			break;
		case 2: /* a product of a weight and a share */
			same_nd((next() % 100) * (next() % 10001), 10000 * (next() % 60 + 1));
			break;
		default: /* any words at all, of any length */
			same_nd(next() >> (next() % 64), (next() >> (next() % 64)) | 1);
			break;
		}
	}
	/* numbers longer than a word take GMP on both sides */
	mpq_t q;
	mpq_init(q);
	mpq_set_str(q, "123456789012345678901234567890/7", 10);
	mpq_canonicalize(q);
	same(q);
	mpq_set_str(q, "5/123456789012345678901234567890", 10);
	mpq_canonicalize(q);
	same(q);
	mpq_clear(q);
	assert_true(checked > rounds);
}

/* Requires num_sum (and its GMP-only copy) over terms[0..n) to give the
 * sum mpq_add gives. */
static void same_sum(mpq_t *terms, int n)
{
	mpq_t x, y, z;
	mpq_inits(x, y, z, NULL);
	mpq_set_ui(x, 12345, 7); /* whatever dst held before is not part of it */
	mpq_set_ui(z, 3, 1);
	struct num_sum s, r;
	num_sum_start(&s);
	ref_num_sum_start(&r);
	for (int i = 0; i < n; i++) {
		num_sum_add(&s, x, terms[i]);
		ref_num_sum_add(&r, z, terms[i]);
		mpq_add(y, y, terms[i]);
	}
	num_sum_end(&s, x);
	ref_num_sum_end(&r, z);
	if (!mpq_equal(x, y) || !mpq_equal(z, y)) {
		gmp_fprintf(stderr, "sum of %d terms: %Qd (GMP path %Qd), mpq_add %Qd\n", n, x, z, y);
		for (int i = 0; i < n; i++)
			gmp_fprintf(stderr, "  %Qd\n", terms[i]);
		fail();
	}
	checked++;
	mpq_clears(x, y, z, NULL);
}

static void test_sums(void **state)
{
	(void)state;
	enum { MAXN = 40 };
	mpq_t terms[MAXN];
	for (int i = 0; i < MAXN; i++)
		mpq_init(terms[i]);
	same_sum(terms, 0); /* no term: 0 */
	static const uint64_t p10[] = { 1, 10, 100, 1000, 10000, 1000000, 1000000000000000000u };
	for (int round = 0; round < 20000; round++) {
		int n = (int)(next() % MAXN) + 1;
		for (int i = 0; i < n; i++) {
			uint64_t r = next();
			switch (r % 8) {
			case 0: /* a third, a seventh: no decimal */
				mpq_set_ui(terms[i], next() % 100, next() % 2 ? 3 : 7);
				break;
			case 1: /* near the word's limit: the sum outgrows 64 bits */
				mpz_set_ui(mpq_numref(terms[i]), (UINT64_MAX >> (next() % 3)) - next() % 1000);
				mpz_set_ui(mpq_denref(terms[i]), p10[next() % 7]);
				break;
			case 2: /* longer than a word */
				mpq_set_str(terms[i], "123456789012345678901234567890/1000", 10);
				break;
			default: /* a score: a few places */
				mpz_set_ui(mpq_numref(terms[i]), next() % 100000);
				mpz_set_ui(mpq_denref(terms[i]), p10[next() % 5]);
				if (r % 16 == 3) /* 18 places */
					mpz_set_ui(mpq_denref(terms[i]), p10[6]);
				break;
			}
			/* mostly decimals: most sums stay fixed-point to the end */
			if (round % 2 == 0 && r % 8 < 3)
				mpq_set_ui(terms[i], (unsigned long)(r % 1000), 100);
			mpq_canonicalize(terms[i]);
			if (next() % 4 == 0)
				mpq_neg(terms[i], terms[i]);
		}
		same_sum(terms, n);
	}
	/* terms that cancel to zero, and a sum of the one decimal at 10^-18 */
	mpq_set_str(terms[0], "1/1000000000000000000", 10);
	mpq_set_str(terms[1], "-1/1000000000000000000", 10);
	same_sum(terms, 2);
	same_sum(terms, 1);
	for (int i = 0; i < MAXN; i++)
		mpq_clear(terms[i]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_edges),
		cmocka_unit_test(test_random),
		cmocka_unit_test(test_sums),
	};

	int failed = cmocka_run_group_tests(tests, NULL, NULL);
	for (int i = 0; i < nrecent; i++)
		mpq_clear(recent[i]);
	return failed;
}
