/* num.c - exact decimal reading, rounding and printing over GMP rationals.
 *
 * Owns no state: every function works on caller-owned mpq_t values and on
 * locals it initialises and clears before returning.  Decimal digits are
 * folded into an mpz nine at a time, so reading a literal never needs a
 * copy of its digits.  The only binary floating point is in num_from_double.
 */
#include "num.h"

#include <stdint.h>

#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_FORMAT_DIGITS 4096 /* cap on requested fractional digits */
#define MAX_ROUND_DIGITS 30 /* num_round's documented limit */

/* ORDER: enum num_mode */
static const char *const num_mode_names[] = {
	"half_up",
	"down",
	"half_even",
};

/* Powers of ten that fit an unsigned long even where it has 32 bits. */
static const unsigned long pow10_small[] = {
	1ul, 10ul, 100ul, 1000ul, 10000ul, 100000ul, 1000000ul, 10000000ul,
	100000000ul, 1000000000ul,
};

/* The keyword for mode; "?" for a value outside the enum. */
const char *num_mode_name(enum num_mode mode)
{
	if ((unsigned)mode >= sizeof num_mode_names / sizeof num_mode_names[0])
		return "?";
	return num_mode_names[mode];
}

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Appends the n decimal digits at p to z: z = z * 10^n + digits. */
static void append_digits(mpz_t z, const char *p, size_t n)
{
	while (n > 0) {
		size_t chunk = n < 9 ? n : 9;
		unsigned long v = 0;

		for (size_t i = 0; i < chunk; i++)
			v = v * 10 + (unsigned long)(p[i] - '0');
		mpz_mul_ui(z, z, pow10_small[chunk]);
		mpz_add_ui(z, z, v);
		p += chunk;
		n -= chunk;
	}
}

/* dst = (neg ? -1 : 1) * digits(int_part ++ frac_part) * 10^exp10.  The
 * numerator is built in place, so dst must not be a source here. */
static void set_decimal(mpq_t dst, bool neg, const char *ip, size_t ilen,
			const char *fp, size_t flen, long exp10)
{
	mpz_ptr num = mpq_numref(dst);
	mpz_ptr den = mpq_denref(dst);

	mpz_set_ui(num, 0);
	append_digits(num, ip, ilen);
	append_digits(num, fp, flen);
	if (neg)
		mpz_neg(num, num);
	if (exp10 >= 0) {
		mpz_set_ui(den, 10);
		mpz_pow_ui(den, den, (unsigned long)exp10);
		mpz_mul(num, num, den);
		mpz_set_ui(den, 1);
	} else {
		mpz_ui_pow_ui(den, 10, (unsigned long)-exp10);
		mpq_canonicalize(dst);
	}
}

/* A decimal literal taken apart by read_literal. */
struct literal {
	bool neg, pct;
	const char *ip, *fp; /* integer digits, fraction digits (or NULL) */
	size_t ilen, flen;
};

/* literal = ' '* [+-]? digit+ ('.' digit+)? ('%' | '％')? ' '*
 * Splits s[0..len) into *lit; false when it is not one. */
static bool read_literal(struct literal *lit, const char *s, size_t len)
{
	size_t i = 0;

	*lit = (struct literal){ 0 };
	while (i < len && s[i] == ' ')
		i++;
	if (i < len && (s[i] == '+' || s[i] == '-'))
		lit->neg = s[i++] == '-';
	lit->ip = s + i;
	while (i < len && is_digit(s[i]))
		i++;
	lit->ilen = (size_t)(s + i - lit->ip);
	if (lit->ilen == 0)
		return false;
	if (i < len && s[i] == '.') {
		lit->fp = s + ++i;
		while (i < len && is_digit(s[i]))
			i++;
		lit->flen = (size_t)(s + i - lit->fp);
		if (lit->flen == 0)
			return false;
	}
	if (i < len && s[i] == '%') {
		lit->pct = true;
		i++;
	} else if (len - i >= 3 && (unsigned char)s[i] == 0xEF &&
		   (unsigned char)s[i + 1] == 0xBC &&
		   (unsigned char)s[i + 2] == 0x85) {
		lit->pct = true; /* U+FF05 FULLWIDTH PERCENT SIGN */
		i += 3;
	}
	while (i < len && s[i] == ' ')
		i++;
	return i == len && lit->ilen + lit->flen <= NUM_MAX_DIGITS;
}

/* The scale of lit: its fraction digits, plus 2 for a percent sign. */
static unsigned long literal_scale(const struct literal *lit)
{
	return (unsigned long)lit->flen + (lit->pct ? 2u : 0u);
}

/* The magnitude of lit in lowest terms as *n / *d, when both fit a limb
 * (at most 18 digits and a scale of at most 19 on 64-bit limbs); false
 * otherwise, without GMP arithmetic either way. */
static bool literal_word(const struct literal *lit, mp_limb_t *n_out, mp_limb_t *d_out)
{
	unsigned long scale = literal_scale(lit);
	if (GMP_NUMB_BITS < 64 || lit->ilen + lit->flen > 18 || scale > 19)
		return false;
	uint64_t n = 0, d = 1;
	for (size_t k = 0; k < lit->ilen; k++)
		n = n * 10 + (uint64_t)(lit->ip[k] - '0');
	for (size_t k = 0; k < lit->flen; k++)
		n = n * 10 + (uint64_t)(lit->fp[k] - '0');
	for (unsigned long k = 0; k < scale; k++)
		d *= 10;
	if (n == 0) {
		d = 1;
	} else {
		/* d is 2^scale 5^scale: the gcd is 2^i 5^j, i, j <= scale */
		for (unsigned long i = 0; i < scale && n % 2 == 0; i++) {
			n /= 2;
			d /= 2;
		}
		for (unsigned long j = 0; j < scale && n % 5 == 0; j++) {
			n /= 5;
			d /= 5;
		}
	}
	*n_out = (mp_limb_t)n;
	*d_out = (mp_limb_t)d;
	return true;
}

static void set_small(mpq_ptr dst, bool neg, mp_limb_t n, mp_limb_t d);

bool num_parse(mpq_t dst, const char *s, size_t len, bool *percent)
{
	struct literal lit;
	mp_limb_t n, d;

	if (!read_literal(&lit, s, len)) {
		mpq_set_ui(dst, 0, 1); /* unspecified by contract; keep it tidy */
		return false;
	}
	if (sizeof(unsigned long) >= sizeof(mp_limb_t) && literal_word(&lit, &n, &d)) {
		/* fits a machine word: no GMP arithmetic, which most literals
		 * and data values need not */
		set_small(dst, lit.neg, n, d);
	} else {
		set_decimal(dst, lit.neg, lit.ip, lit.ilen, lit.fp, lit.flen,
			    -(long)literal_scale(&lit));
	}
	if (percent)
		*percent = lit.pct;
	return true;
}

bool num_parse_word(mp_limb_t word[2], bool *neg, const char *s, size_t len, bool *percent)
{
	struct literal lit;

	if (!read_literal(&lit, s, len) || !literal_word(&lit, &word[0], &word[1]))
		return false;
	*neg = lit.neg && word[0] != 0;
	if (percent)
		*percent = lit.pct;
	return true;
}

void num_const(mpq_t dst, const mp_limb_t word[2], bool neg)
{
	mpz_roinit_n(mpq_numref(dst), &word[0], neg ? -1 : 1);
	mpz_roinit_n(mpq_denref(dst), &word[1], 1);
}

/* The word-size path.  Numbers of real tables are a few digits over a
 * small power of ten, so rounding and printing them in 64- and 128-bit
 * integers gives the same digits as GMP at a fraction of the cost; any
 * number that does not fit takes the GMP path (the only one when
 * NUM_NO_WORD_PATH is defined, as tests/unit/test_num_word.c does to
 * compare the two).  Needs 64-bit limbs and longs and the compiler's
 * 128-bit integers. */
#if !defined(NUM_NO_WORD_PATH) && GMP_NUMB_BITS == 64 && GMP_NAIL_BITS == 0 && \
	ULONG_MAX == UINT64_MAX && defined(__SIZEOF_INT128__)
#define WORD_PATH 1
typedef unsigned __int128 u128;

static const uint64_t pow10_u64[] = {
	1u, 10u, 100u, 1000u, 10000u, 100000u, 1000000u, 10000000u, 100000000u,
	1000000000u, 10000000000u, 100000000000u, 1000000000000u,
	10000000000000u, 100000000000000u, 1000000000000000u,
	10000000000000000u, 100000000000000000u, 1000000000000000000u,
	10000000000000000000u,
};
#define POW10_U64_MAX 19

/* q's magnitude as n / d when both fit a word; *neg its sign. */
static bool word_of(mpq_srcptr q, uint64_t *n, uint64_t *d, bool *neg)
{
	if (mpz_size(mpq_numref(q)) > 1 || mpz_size(mpq_denref(q)) != 1)
		return false;
	*n = mpz_getlimbn(mpq_numref(q), 0); /* 0 when q is 0 */
	*d = mpz_getlimbn(mpq_denref(q), 0);
	*neg = mpz_sgn(mpq_numref(q)) < 0;
	return true;
}

/* scale_round on n / d (a magnitude; neg its sign) into *out, when the
 * result fits a word. */
static bool word_scale_round(uint64_t *out, uint64_t n, uint64_t d, bool neg,
			     unsigned long digits, enum num_mode mode)
{
	if (digits > POW10_U64_MAX)
		return false;
	u128 num = (u128)n * pow10_u64[digits];
	u128 q = num / d;
	uint64_t rem = (uint64_t)(num % d);
	bool away;

	if (q >> 64)
		return false;
	/* Twice the remainder against d, without overflowing: rem < d. */
	int cmp = rem < d - rem ? -1 : rem == d - rem ? 0 : 1;
	switch (mode) {
	case NUM_DOWN:
		away = false;
		break;
	case NUM_HALF_EVEN:
		away = cmp > 0 || (cmp == 0 && (q & 1));
		break;
	case NUM_HALF_UP:
	default:
		away = cmp >= 0;
		break;
	}
	(void)neg; /* the magnitude steps away from zero whatever the sign */
	if (away) {
		if (q == UINT64_MAX)
			return false;
		q++;
	}
	*out = (uint64_t)q;
	return true;
}

/* Binary (Stein's) gcd: shifts and subtractions, no division. */
static uint64_t gcd_u64(uint64_t a, uint64_t b)
{
	if (a == 0)
		return b;
	if (b == 0)
		return a;
	int shift = __builtin_ctzll(a | b);
	a >>= __builtin_ctzll(a);
	do {
		b >>= __builtin_ctzll(b);
		if (a > b) {
			uint64_t t = a;
			a = b;
			b = t;
		}
		b -= a;
	} while (b);
	return a << shift;
}

/* The fractional digits n / d needs (see terminating_digits), d > 0. */
static long word_terminating(uint64_t d, long limit)
{
	long twos = __builtin_ctzll(d), fives = 0;
	d >>= twos;
	while (d % 5 == 0) {
		d /= 5;
		fives++;
	}
	if (d != 1)
		return -1;
	long need = twos > fives ? twos : fives;
	return need <= limit ? need : -1;
}
#endif

/* out = v * 10^digits rounded to an integer in the given mode.  Reads v
 * fully before out is written, and out is never part of an mpq argument. */
static void scale_round(mpz_t out, const mpq_t v, unsigned long digits,
			enum num_mode mode, mpz_t num, mpz_t rem)
{
	int sign, cmp;
	bool away;

	mpz_ui_pow_ui(num, 10, digits);
	mpz_mul(num, num, mpq_numref(v));
	sign = mpz_sgn(num);
	/* Truncate toward zero, then decide whether to step away from it by
	 * comparing twice the remainder's magnitude with the denominator. */
	mpz_tdiv_qr(out, rem, num, mpq_denref(v));
	mpz_abs(rem, rem);
	mpz_mul_2exp(rem, rem, 1);
	cmp = mpz_cmp(rem, mpq_denref(v));
	switch (mode) {
	case NUM_DOWN:
		away = false;
		break;
	case NUM_HALF_EVEN:
		away = cmp > 0 || (cmp == 0 && mpz_odd_p(out));
		break;
	case NUM_HALF_UP:
	default:
		away = cmp >= 0;
		break;
	}
	if (away && sign > 0)
		mpz_add_ui(out, out, 1);
	else if (away && sign < 0)
		mpz_sub_ui(out, out, 1);
}

/* dst = src rounded to digits places; dst may alias src.  Out-of-range
 * digit counts are clamped to 0..30 rather than trusted. */
void num_tmp_init(struct num_tmp *t)
{
	mpz_inits(t->n, t->num, t->rem, NULL);
}

void num_tmp_clear(struct num_tmp *t)
{
	mpz_clears(t->n, t->num, t->rem, NULL);
}

void num_round_tmp(mpq_t dst, const mpq_t src, int digits, enum num_mode mode,
		   struct num_tmp *t)
{
	if (digits < 0)
		digits = 0;
	if (digits > MAX_ROUND_DIGITS)
		digits = MAX_ROUND_DIGITS;
#ifdef WORD_PATH
	uint64_t n, d, r;
	bool neg;
	if (word_of(src, &n, &d, &neg) && word_scale_round(&r, n, d, neg, (unsigned long)digits, mode)) {
		uint64_t den = pow10_u64[digits], g = gcd_u64(r, den); /* r = 0: g = den */
		mpz_set_ui(mpq_numref(dst), r / g);
		if (neg)
			mpz_neg(mpq_numref(dst), mpq_numref(dst));
		mpz_set_ui(mpq_denref(dst), den / g);
		return;
	}
#endif
	scale_round(t->n, src, (unsigned long)digits, mode, t->num, t->rem);
	mpz_swap(mpq_numref(dst), t->n);
	mpz_ui_pow_ui(mpq_denref(dst), 10, (unsigned long)digits);
	mpq_canonicalize(dst);
}

void num_round(mpq_t dst, const mpq_t src, int digits, enum num_mode mode)
{
	struct num_tmp t;

	num_tmp_init(&t);
	num_round_tmp(dst, src, digits, mode, &t);
	num_tmp_clear(&t);
}

#ifdef WORD_PATH
/* dst = (neg ? -n : n) / d, both words and already in lowest terms. */
static inline void set_word(mpq_ptr dst, bool neg, uint64_t n, uint64_t d)
{
	mpz_ptr num = mpq_numref(dst), den = mpq_denref(dst);
	if (num->_mp_alloc >= 1 && den->_mp_alloc >= 1) {
		/* what mpz_set_ui does when there is room, without its calls:
		 * the evaluator writes every value it computes this way */
		num->_mp_d[0] = n;
		num->_mp_size = n == 0 ? 0 : neg ? -1 : 1;
		den->_mp_d[0] = n ? d : 1;
		den->_mp_size = 1;
		return;
	}
	mpz_set_ui(num, n);
	if (neg && n)
		mpz_neg(num, num);
	mpz_set_ui(den, n ? d : 1);
}

/* dst = ±n / d, in lowest terms already (d > 0). */
static void set_small(mpq_ptr dst, bool neg, mp_limb_t n, mp_limb_t d)
{
	set_word(dst, neg, n, d);
}
#define HAVE_SET_SMALL 1

/* a + b, with b's sign flipped when sub; false when a word cannot hold
 * an operand or the result. */
static bool word_add(mpq_ptr dst, mpq_srcptr a, mpq_srcptr b, bool sub)
{
	uint64_t an, ad, bn, bd;
	bool aneg, bneg;
	if (!word_of(a, &an, &ad, &aneg) || !word_of(b, &bn, &bd, &bneg))
		return false;
	bneg ^= sub;
	/* t = an (bd / g) ± bn (ad / g) over ad (bd / g): its gcd with the
	 * denominator divides g (Knuth 4.5.1) */
	uint64_t g = ad == bd ? ad : gcd_u64(ad, bd), ab = ad / g, bb = bd / g;
	u128 x = (u128)an * bb, y = (u128)bn * ab, t;
	bool neg;
	if (aneg == bneg) {
		t = x + y;
		if (t < x)
			return false; /* past 128 bits */
		neg = aneg;
	} else if (x >= y) {
		t = x - y;
		neg = aneg;
	} else {
		t = y - x;
		neg = bneg;
	}
	if (t == 0) {
		set_word(dst, false, 0, 1);
		return true;
	}
	uint64_t g2 = 1; /* gcd(t, g), in 64 bits when t fits them */
	if (g != 1)
		g2 = gcd_u64(t >> 64 ? (uint64_t)(t % g) : (uint64_t)t % g, g);
	if (g2 != 1)
		t = t >> 64 ? t / g2 : (uint64_t)t / g2;
	u128 den = (u128)ab * (bd / g2);
	if ((t >> 64) || (den >> 64))
		return false;
	set_word(dst, neg, (uint64_t)t, (uint64_t)den);
	return true;
}

/* a × b, or a ÷ b when div (b nonzero); false when a word cannot hold an
 * operand or the result. */
static bool word_mul(mpq_ptr dst, mpq_srcptr a, mpq_srcptr b, bool div)
{
	uint64_t an, ad, bn, bd, n, d;
	bool aneg, bneg;
	if (!word_of(a, &an, &ad, &aneg) || !word_of(b, &bn, &bd, &bneg))
		return false;
	if (div) { /* a × (bd / bn) */
		uint64_t s = bn;
		bn = bd;
		bd = s;
		if (bd == 0)
			return false;
	}
	if (an == 0 || bn == 0) {
		set_word(dst, false, 0, 1);
		return true;
	}
	uint64_t g1 = gcd_u64(an, bd), g2 = gcd_u64(bn, ad);
	if (__builtin_mul_overflow(an / g1, bn / g2, &n) || __builtin_mul_overflow(ad / g2, bd / g1, &d))
		return false;
	set_word(dst, aneg != bneg, n, d);
	return true;
}
#endif

#ifndef HAVE_SET_SMALL
static void set_small(mpq_ptr dst, bool neg, mp_limb_t n, mp_limb_t d)
{
	mpq_set_ui(dst, (unsigned long)n, (unsigned long)d);
	if (neg)
		mpq_neg(dst, dst);
}
#endif

void num_set(mpq_ptr dst, mpq_srcptr src)
{
	if (dst == src)
		return;
#ifdef WORD_PATH
	uint64_t n, d;
	bool neg;
	if (word_of(src, &n, &d, &neg)) {
		set_word(dst, neg, n, d);
		return;
	}
#endif
	mpq_set(dst, src);
}

void num_add(mpq_ptr dst, mpq_srcptr a, mpq_srcptr b)
{
#ifdef WORD_PATH
	if (word_add(dst, a, b, false))
		return;
#endif
	mpq_add(dst, a, b);
}

void num_sub(mpq_ptr dst, mpq_srcptr a, mpq_srcptr b)
{
#ifdef WORD_PATH
	if (word_add(dst, a, b, true))
		return;
#endif
	mpq_sub(dst, a, b);
}

void num_mul(mpq_ptr dst, mpq_srcptr a, mpq_srcptr b)
{
#ifdef WORD_PATH
	if (word_mul(dst, a, b, false))
		return;
#endif
	mpq_mul(dst, a, b);
}

void num_div(mpq_ptr dst, mpq_srcptr a, mpq_srcptr b)
{
#ifdef WORD_PATH
	if (word_mul(dst, a, b, true))
		return;
#endif
	mpq_div(dst, a, b);
}

#ifdef WORD_PATH
/* The least k with d dividing 10^k (d > 0), or -1 when there is none
 * within 10^18: d is 2^a 5^b, and k is the larger of a and b. */
static int decimal_scale(uint64_t d)
{
	int twos = __builtin_ctzll(d), fives = 0;
	d >>= twos;
	while (d % 5 == 0 && fives <= 18) {
		d /= 5;
		fives++;
	}
	int k = twos > fives ? twos : fives;
	return d == 1 && k <= 18 ? k : -1;
}

/* s's sum plus n / d (a magnitude; neg its sign), kept in s; false when
 * n / d is no decimal or the sum would outgrow 64 bits. */
static bool sum_add_word(struct num_sum *s, uint64_t n, uint64_t d, bool neg)
{
	int k = decimal_scale(d), scale = s->scale;
	if (k < 0 || n > INT64_MAX)
		return false;
	/* n / d is n × (10^k / d) units of 10^-k; in units of 10^-scale */
	int64_t t = neg ? -(int64_t)n : (int64_t)n, acc = s->acc;
	if (__builtin_mul_overflow(t, (int64_t)(pow10_u64[k] / d), &t))
		return false;
	if (k < scale && __builtin_mul_overflow(t, (int64_t)pow10_u64[scale - k], &t))
		return false;
	if (k > scale) {
		if (__builtin_mul_overflow(acc, (int64_t)pow10_u64[k - scale], &acc))
			return false;
		scale = k;
	}
	if (__builtin_add_overflow(acc, t, &acc))
		return false;
	s->acc = acc;
	s->scale = scale;
	return true;
}
#endif

/* Moves the sum kept in s into dst, as an exact rational: from then on,
 * dst holds the sum. */
static void sum_flush(struct num_sum *s, mpq_ptr dst)
{
#ifdef WORD_PATH
	int64_t a = s->acc;
	int k = s->scale;
	while (k > 0 && a % 10 == 0) { /* lowest terms: 10^k's factors go */
		a /= 10;
		k--;
	}
	uint64_t n = a < 0 ? -(uint64_t)a : (uint64_t)a, d = pow10_u64[k];
	while (n % 2 == 0 && d % 2 == 0) {
		n /= 2;
		d /= 2;
	}
	while (n % 5 == 0 && d % 5 == 0) {
		n /= 5;
		d /= 5;
	}
	set_word(dst, a < 0, n, d);
#else
	mpq_set_ui(dst, 0, 1); /* nothing is kept in s */
#endif
	s->big = true;
}

void num_sum_start(struct num_sum *s)
{
	s->acc = 0;
	s->scale = 0;
	s->big = false;
}

void num_sum_add(struct num_sum *s, mpq_ptr dst, mpq_srcptr term)
{
	if (!s->big) {
#ifdef WORD_PATH
		uint64_t n, d;
		bool neg;
		if (word_of(term, &n, &d, &neg) && sum_add_word(s, n, d, neg))
			return;
#endif
		sum_flush(s, dst);
	}
	num_add(dst, dst, term);
}

void num_sum_end(struct num_sum *s, mpq_ptr dst)
{
	if (!s->big)
		sum_flush(s, dst);
}

int num_cmp(mpq_srcptr a, mpq_srcptr b)
{
#ifdef WORD_PATH
	uint64_t an, ad, bn, bd;
	bool aneg, bneg;
	if (word_of(a, &an, &ad, &aneg) && word_of(b, &bn, &bd, &bneg)) {
		int sa = an ? (aneg ? -1 : 1) : 0, sb = bn ? (bneg ? -1 : 1) : 0;
		if (sa != sb)
			return sa < sb ? -1 : 1;
		u128 x = (u128)an * bd, y = (u128)bn * ad; /* |a| and |b| over ad bd */
		int c = x < y ? -1 : x > y;
		return sa < 0 ? -c : c;
	}
#endif
	int c = mpq_cmp(a, b);
	return (c > 0) - (c < 0);
}

/* Floor and ceiling divide numerator by denominator with the matching GMP
 * rounding, so negatives need no special case; dst may alias src. */
void num_floor(mpq_t dst, const mpq_t src)
{
	mpz_fdiv_q(mpq_numref(dst), mpq_numref(src), mpq_denref(src));
	mpz_set_ui(mpq_denref(dst), 1);
}

void num_ceil(mpq_t dst, const mpq_t src)
{
	mpz_cdiv_q(mpq_numref(dst), mpq_numref(src), mpq_denref(src));
	mpz_set_ui(mpq_denref(dst), 1);
}

/* Reads what "%.*g" printed: [-] digit+ [radix digit+] [e [+-] digit+].
 * The radix is whatever non-digit sits before the fraction, so a locale
 * that prints "0,1" is read the same as "0.1". */
static bool parse_g(mpq_t dst, const char *s)
{
	const char *ip, *fp = s;
	size_t ilen, flen = 0;
	long exp10 = 0;
	bool neg = false, eneg = false;

	if (*s == '-' || *s == '+')
		neg = *s++ == '-';
	ip = s;
	while (is_digit(*s))
		s++;
	ilen = (size_t)(s - ip);
	if (ilen == 0)
		return false;
	if (*s != '\0' && *s != 'e' && *s != 'E') {
		while (*s != '\0' && !is_digit(*s))
			s++; /* the radix point, possibly multibyte */
		fp = s;
		while (is_digit(*s))
			s++;
		flen = (size_t)(s - fp);
	}
	if (*s == 'e' || *s == 'E') {
		s++;
		if (*s == '-' || *s == '+')
			eneg = *s++ == '-';
		if (!is_digit(*s))
			return false;
		while (is_digit(*s) && exp10 < 100000)
			exp10 = exp10 * 10 + (*s++ - '0');
		if (eneg)
			exp10 = -exp10;
	}
	if (*s != '\0')
		return false;
	set_decimal(dst, neg, ip, ilen, fp, flen, exp10 - (long)flen);
	return true;
}

/* Shortest round-tripping "%.*g" text, read back exactly; false for NaN
 * and infinities.  The only place a double meets this module. */
bool num_from_double(mpq_t dst, double d)
{
	char buf[64];
	int prec;

	if (!isfinite(d))
		return false;
	/* The shortest precision that survives a round trip; 17 always does. */
	for (prec = 1; prec < 17; prec++) {
		snprintf(buf, sizeof buf, "%.*g", prec, d);
		if (strtod(buf, NULL) == d)
			break;
	}
	if (prec == 17)
		snprintf(buf, sizeof buf, "%.*g", prec, d);
	return parse_g(dst, buf);
}

/* A bounded writer with snprintf's contract: counts every byte, stores
 * those that fit while leaving room for the terminator. */
struct out {
	char *buf;  /* destination, may be NULL when cap is 0 */
	size_t cap; /* capacity of buf including the terminator */
	size_t len; /* bytes produced so far, stored or not */
};

static void put_char(struct out *o, char c)
{
	if (o->len + 1 < o->cap)
		o->buf[o->len] = c;
	o->len++;
}

static void put_mem(struct out *o, const char *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		put_char(o, p[i]);
}

static size_t finish(struct out *o)
{
	if (o->cap > 0)
		o->buf[o->len < o->cap ? o->len : o->cap - 1] = '\0';
	return o->len;
}

/* Writes the digits d[0..dl) (no leading zeros; "0" or "" for zero) over
 * 10^frac as a decimal with frac fractional digits, with a minus sign when
 * neg, dropping trailing fractional zeros when strip is set. */
static void put_digits(struct out *o, bool neg, const char *d, size_t dl, size_t frac, bool strip)
{
	if (strip) /* a nonzero value has a nonzero leading digit */
		while (frac > 0 && dl > 0 && d[dl - 1] == '0') {
			dl--;
			frac--;
		}
	if (neg)
		put_char(o, '-');
	if (dl > frac)
		put_mem(o, d, dl - frac);
	else
		put_char(o, '0');
	if (frac > 0) {
		put_char(o, '.');
		for (size_t z = dl; z < frac; z++)
			put_char(o, '0');
		if (dl > frac)
			put_mem(o, d + dl - frac, frac);
		else
			put_mem(o, d, dl);
	}
}

/* Writes n / 10^frac as a decimal with frac fractional digits, dropping
 * trailing fractional zeros when strip is set.  Zero gets no sign. */
static void put_scaled(struct out *o, const mpz_t n, size_t frac, bool strip)
{
	void (*gmp_free)(void *, size_t);
	char *str;
	const char *d;

	/* mpz_get_str allocates through GMP; the block goes back the same way. */
	str = mpz_get_str(NULL, 10, n);
	d = str[0] == '-' ? str + 1 : str;
	if (strip && mpz_sgn(n) == 0)
		frac = 0;
	put_digits(o, mpz_sgn(n) < 0, d, strlen(d), frac, strip);
	mp_get_memory_functions(NULL, NULL, &gmp_free);
	gmp_free(str, strlen(str) + 1);
}

#ifdef WORD_PATH
/* put_scaled of the magnitude u, negative when neg. */
static void put_scaled_word(struct out *o, bool neg, uint64_t u, size_t frac, bool strip)
{
	char buf[24], *d = buf + sizeof buf;
	do
		*--d = (char)('0' + u % 10);
	while (u /= 10);
	if (strip && *d == '0')
		frac = 0;
	put_digits(o, neg && *d != '0', d, (size_t)(buf + sizeof buf - d), frac, strip);
}
#endif

/* Number of fractional digits q's decimal expansion needs, or -1 when it
 * never ends (its reduced denominator has a prime factor other than 2 or 5)
 * or needs more than limit digits. */
static long terminating_digits(const mpq_t q, long limit)
{
	mpz_t rest, five;
	mp_bitcnt_t twos, fives;
	long k = -1;

	mpz_init(rest);
	mpz_init_set_ui(five, 5);
	twos = mpz_scan1(mpq_denref(q), 0);
	mpz_tdiv_q_2exp(rest, mpq_denref(q), twos);
	fives = mpz_remove(rest, rest, five);
	if (mpz_cmp_ui(rest, 1) == 0) {
		mp_bitcnt_t need = twos > fives ? twos : fives;

		if (need <= (mp_bitcnt_t)limit)
			k = (long)need;
	}
	mpz_clears(rest, five, NULL);
	return k;
}

static long clamp_digits(int digits)
{
	if (digits < 0)
		return 0;
	return digits > MAX_FORMAT_DIGITS ? MAX_FORMAT_DIGITS : digits;
}

/* Fractional digit requests are clamped to 0..4096 so a wild max_frac
 * cannot make GMP allocate without bound. */
size_t num_format(char *buf, size_t cap, const mpq_t q, int max_frac,
		  bool percent, bool *exact)
{
	struct out o = { buf, cap, 0 };
	long limit = clamp_digits(max_frac), frac;
	mpq_t v;
	struct num_tmp t;

#ifdef WORD_PATH
	uint64_t n, d, r;
	bool neg;
	if (word_of(q, &n, &d, &neg) && (!percent || !__builtin_mul_overflow(n, 100, &n))) {
		if (percent) {
			uint64_t g = gcd_u64(n, d);
			n /= g;
			d /= g;
		}
		frac = word_terminating(d, limit);
		long digits = frac >= 0 ? frac : limit;
		/* a decimal (d divides 10^frac) needs no division */
		if ((frac >= 0 && frac <= POW10_U64_MAX && !__builtin_mul_overflow(n, pow10_u64[frac] / d, &r)) ||
		    word_scale_round(&r, n, d, neg, (unsigned long)digits, NUM_HALF_UP)) {
			if (exact)
				*exact = frac >= 0;
			put_scaled_word(&o, neg, r, (size_t)digits, true);
			if (percent)
				put_char(&o, '%');
			return finish(&o);
		}
	}
#endif
	mpq_init(v);
	num_tmp_init(&t);
	mpq_set(v, q);
	if (percent) {
		mpz_mul_ui(mpq_numref(v), mpq_numref(v), 100);
		mpq_canonicalize(v);
	}
	frac = terminating_digits(v, limit);
	if (exact)
		*exact = frac >= 0;
	if (frac < 0)
		frac = limit;
	/* Exact when frac came from the expansion; rounds half up otherwise. */
	scale_round(t.n, v, (unsigned long)frac, NUM_HALF_UP, t.num, t.rem);
	put_scaled(&o, t.n, (size_t)frac, true);
	if (percent)
		put_char(&o, '%');
	num_tmp_clear(&t);
	mpq_clear(v);
	return finish(&o);
}

char *num_show(char *buf, size_t cap, const mpq_t q, int max_frac, bool percent)
{
	static const char approx[] = "\xE2\x89\x88", cut[] = "\xE2\x80\xA6"; /* ≈ … */
	bool exact;
	if (cap < 16) {
		num_format(buf, cap, q, max_frac, percent, NULL);
		return buf;
	}
	size_t room = cap - 3, need = num_format(buf + 3, room, q, max_frac, percent, &exact);
	if (need >= room) { /* buf + 3 holds room - 1 ASCII characters */
		memcpy(buf + cap - 4, cut, 3);
		buf[cap - 1] = '\0';
		exact = false;
	}
	if (exact)
		memmove(buf, buf + 3, strlen(buf + 3) + 1);
	else
		memcpy(buf, approx, 3);
	return buf;
}

/* Exactly `digits` fractional digits, half up, zeros kept; like num_format
 * it never writes a negative zero ("-0.001" gives "0.00"). */
size_t num_format_fixed(char *buf, size_t cap, const mpq_t q, int digits)
{
	struct out o = { buf, cap, 0 };
	long frac = clamp_digits(digits);
	struct num_tmp t;

#ifdef WORD_PATH
	uint64_t n, d, r;
	bool neg;
	if (word_of(q, &n, &d, &neg) && word_scale_round(&r, n, d, neg, (unsigned long)frac, NUM_HALF_UP)) {
		put_scaled_word(&o, neg, r, (size_t)frac, false);
		return finish(&o);
	}
#endif
	num_tmp_init(&t);
	scale_round(t.n, q, (unsigned long)frac, NUM_HALF_UP, t.num, t.rem);
	put_scaled(&o, t.n, (size_t)frac, false);
	num_tmp_clear(&t);
	return finish(&o);
}
