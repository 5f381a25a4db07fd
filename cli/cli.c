/* cli.c - reading and writing files for the commands, and the options
 * about diagnostics they share. */
#define _XOPEN_SOURCE 700 /* SIGXFSZ */
#include "cli.h"

#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char usage_text[] =
	"usage: rubric check [--diagnostics=text|json|sarif] [--werror] [--allow|--deny CODE,...] FILE...\n"
	"       rubric eval FILE DATA.json [--format text|json|csv|xlsx|html|md] [--form self|score] [--explain]\n"
	"                   [--verify [--strict]] [--emit-test] [-o OUT] [--diagnostics=...]\n"
	"       rubric eval FILE UNITS.csv|UNITS.ndjson|UNITS.json|- [--format text|csv|ndjson|html|md|xlsx]\n"
	"                   [--input csv|ndjson|json] [--encoding auto|utf-8|gb18030] [--id COLUMN]...\n"
	"                   [--max-errors N] [--summary[=FILE]] [--rank] [--bom] [--verify] [-o OUT]\n"
	"                   [--form self|score] [--explain]\n"
	"       rubric test [--junit OUT.xml] [--diagnostics=...] [--werror] [--allow|--deny CODE,...] FILE...\n"
	"       rubric test --generate FILE [DATA.json]\n"
	"       rubric fmt [--check|--write|--diff] [--keywords en|zh] FILE...\n"
	"       rubric explain FILE DATA.json [INDICATOR...] [--format text|json] [-o OUT]\n"
	"       rubric schema [--format json|csv|xlsx] [-o OUT] FILE\n"
	"       rubric diff OLD.rubric NEW.rubric DATA.json...\n"
	"       rubric --help | --version\n";

int cli_usage(void)
{
	fputs(usage_text, stderr);
	return EXIT_USAGE;
}

const char *cli_usage_text(void)
{
	return usage_text;
}

/* Says that path is larger than CLI_MAX_FILE; returns NULL. */
static char *too_large(const char *path)
{
	fprintf(stderr, "rubric: %s is larger than %u MiB\n", path, CLI_MAX_FILE >> 20);
	return NULL;
}

char *cli_read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
		fprintf(stderr, "rubric: cannot open %s: %s\n", path, strerror(errno));
		return NULL;
	}
	struct stat st;
	bool known = fstat(fileno(f), &st) == 0;
	bool sized = known && S_ISREG(st.st_mode) && st.st_size > 0;
	if (known && S_ISDIR(st.st_mode)) {
		fprintf(stderr, "rubric: cannot read %s: it is a directory\n", path);
		fclose(f);
		return NULL;
	}
	if (sized && (uintmax_t)st.st_size > CLI_MAX_FILE) {
		fclose(f);
		return too_large(path);
	}
	/* a regular file is read in one piece of its size; a pipe, or a file
	 * that grows meanwhile, in pieces twice as large each time */
	size_t cap = sized ? (size_t)st.st_size : 1 << 16, n = 0;
	char *buf = malloc(cap + 1);
	while (buf) {
		n += fread(buf + n, 1, cap - n, f);
		if (n < cap)
			break; /* the end, or an error */
		int c = getc(f); /* full: is there more? */
		if (c == EOF)
			break;
		if (cap == CLI_MAX_FILE) {
			free(buf);
			fclose(f);
			return too_large(path);
		}
		size_t more = cap > CLI_MAX_FILE / 2 ? CLI_MAX_FILE : cap * 2;
		char *bigger = realloc(buf, more + 1);
		if (!bigger) {
			free(buf);
			buf = NULL;
			break;
		}
		buf = bigger;
		buf[n++] = (char)c;
		cap = more;
	}
	if (!buf || ferror(f)) {
		fprintf(stderr, "rubric: cannot read %s: %s\n", path, buf ? strerror(errno) : "out of memory");
		free(buf);
		fclose(f);
		return NULL;
	}
	fclose(f);
	buf[n] = '\0';
	*len = n;
	return buf;
}

int cli_end_output(int status, int err)
{
	errno = 0;
	if (fflush(stdout) == 0 && !ferror(stdout))
		return status;
	if (errno)
		err = errno; /* this flush failed */
	fprintf(stderr, "rubric: %s: %s\n", _("cannot write to standard output"), strerror(err ? err : EIO));
	return EXIT_USAGE;
}

/* The temporary file being written, removed if a signal ends the run
 * (SIGKILL cannot be caught: it leaves PATH.tmp.XXXXXX beside the old file,
 * which stays as it was). */
static char *volatile pending_tmp;

static void remove_pending(int sig)
{
	char *tmp = pending_tmp;
	if (tmp)
		unlink(tmp);
	signal(sig, SIG_DFL);
	raise(sig);
}

/* Ends writing f, to which write() returned rc: flushes it, with sync to
 * the disk too, and closes it.  Returns 0, or the errno of the first
 * failure (EIO when write() failed without one, ECANCELED when it gave
 * up). */
static int finish_write(FILE *f, int rc, bool sync)
{
	int err = rc == 0 ? 0 : rc > 0 ? ECANCELED : errno ? errno : EIO;
	if (fflush(f) != 0 && !err)
		err = errno;
	if (sync && !err && fsync(fileno(f)) != 0 && errno != EINVAL)
		err = errno; /* EINVAL: a file that cannot be synced */
	if (fclose(f) != 0 && !err)
		err = errno;
	return err;
}

/* Writes straight into something that is not a regular file: /dev/null,
 * /dev/stdout, a pipe.  Renaming over it would replace the device.
 * Returns 0 or an errno. */
static int write_in_place(const char *path, int (*write)(FILE *f, void *arg), void *arg)
{
	FILE *f = fopen(path, "w");
	if (!f)
		return errno;
	errno = 0;
	return finish_write(f, write(f, arg), false);
}

/* Writes dest through the temporary file tmp (a mkstemp template) beside
 * it, of the mode given; removes tmp unless it became dest.  Returns 0 or
 * an errno. */
static int write_and_rename(const char *dest, char *tmp, mode_t mode,
			    int (*write)(FILE *f, void *arg), void *arg)
{
	int fd = mkstemp(tmp);
	if (fd < 0)
		return errno;
	fchmod(fd, mode);
	FILE *f = fdopen(fd, "w");
	int err = errno;
	if (f) {
		errno = 0;
		err = finish_write(f, write(f, arg), true);
	} else {
		close(fd);
	}
	if (!err && rename(tmp, dest) != 0)
		err = errno;
	if (err)
		unlink(tmp);
	return err;
}

/* The target of the symbolic link path, malloc'd; NULL with errno set. */
static char *read_link(const char *path)
{
	for (size_t cap = 256;; cap *= 2) {
		char *buf = malloc(cap);
		if (!buf)
			return NULL;
		ssize_t n = readlink(path, buf, cap);
		if (n >= 0 && (size_t)n < cap) {
			buf[n] = '\0';
			return buf;
		}
		int err = errno;
		free(buf);
		if (n < 0) {
			errno = err;
			return NULL;
		}
	}
}

/* Symbolic links followed at most before ELOOP, as Linux does for a path. */
#define MAX_LINKS 40

/* The file path names: path itself, or the file at the end of the chain of
 * symbolic links it starts (a relative link read from the directory of the
 * link), which need not exist yet.  Returns a malloc'd path, or NULL with
 * errno set (ELOOP, ENOMEM, what lstat or readlink said). */
static char *follow_links(const char *path)
{
	char *cur = strdup(path);
	for (int links = 0; cur; links++) {
		struct stat st;
		if (lstat(cur, &st) != 0) {
			if (errno == ENOENT)
				return cur; /* to be created; a missing directory fails then */
			break;
		}
		if (!S_ISLNK(st.st_mode))
			return cur;
		if (links == MAX_LINKS) {
			errno = ELOOP;
			break;
		}
		char *to = read_link(cur);
		if (!to)
			break;
		const char *slash = to[0] == '/' ? NULL : strrchr(cur, '/');
		size_t dir = slash ? (size_t)(slash - cur) + 1 : 0; /* the link's directory, '/' included */
		char *next = malloc(dir + strlen(to) + 1);
		if (next) {
			memcpy(next, cur, dir);
			strcpy(next + dir, to);
		}
		free(to);
		free(cur);
		cur = next;
		if (!cur)
			errno = ENOMEM;
	}
	int err = errno;
	free(cur);
	errno = err;
	return NULL;
}

int cli_write_atomically(const char *path, int (*write)(FILE *f, void *arg), void *arg)
{
	/* a symbolic link stays one: the file it names is written, and created
	 * if it is not there yet */
	char *dest = follow_links(path);
	if (!dest) {
		fprintf(stderr, "rubric: cannot write %s: %s\n", path, strerror(errno));
		return -1;
	}
	struct stat st;
	bool exists = stat(dest, &st) == 0;
	int err = 0;
	if (exists && S_ISDIR(st.st_mode)) {
		fprintf(stderr, "rubric: cannot write %s: it is a directory\n", path);
		free(dest);
		return -1;
	}
	if (exists && !S_ISREG(st.st_mode)) {
		err = write_in_place(dest, write, arg);
	} else {
		size_t n = strlen(dest) + 16;
		char *tmp = malloc(n);
		if (!tmp) {
			free(dest);
			fprintf(stderr, "rubric: cannot write %s: out of memory\n", path);
			return -1;
		}
		snprintf(tmp, n, "%s.tmp.XXXXXX", dest);
		/* as a plain create would, not mkstemp's 0600; an existing file
		 * keeps its mode */
		mode_t mask = umask(0);
		umask(mask);
		static const int signals[] = { SIGINT, SIGTERM, SIGHUP, SIGPIPE, SIGXFSZ };
		void (*old[sizeof signals / sizeof signals[0]])(int);
		pending_tmp = tmp;
		for (size_t i = 0; i < sizeof signals / sizeof signals[0]; i++)
			if ((old[i] = signal(signals[i], remove_pending)) == SIG_IGN)
				signal(signals[i], SIG_IGN); /* ignored stays ignored */
		err = write_and_rename(dest, tmp, exists ? st.st_mode & 07777 : 0666 & ~mask, write, arg);
		for (size_t i = 0; i < sizeof signals / sizeof signals[0]; i++)
			signal(signals[i], old[i]);
		pending_tmp = NULL;
		free(tmp);
	}
	free(dest);
	if (err && err != ECANCELED) /* given up: write() said why */
		fprintf(stderr, "rubric: cannot write %s: %s\n", path, strerror(err));
	return err ? -1 : 0;
}

/* The bytes cli_write_bytes writes. */
struct bytes_out {
	const char *s;
	size_t len;
};

static int write_bytes(FILE *f, void *arg)
{
	const struct bytes_out *b = arg;
	return fwrite(b->s, 1, b->len, f) == b->len ? 0 : -1;
}

int cli_write_bytes(const char *path, const char *s, size_t len)
{
	struct bytes_out b = { s, len };
	return cli_write_atomically(path, write_bytes, &b);
}

/* A growing list of paths. */
struct paths {
	char **p;
	int n, cap;
	bool failed;
};

static void paths_add(struct paths *l, char *path)
{
	if (!path || l->failed) {
		free(path);
		l->failed = true;
		return;
	}
	if (l->n == l->cap) {
		int cap = l->cap ? 2 * l->cap : 16;
		char **p = realloc(l->p, (size_t)cap * sizeof *p);
		if (!p) {
			free(path);
			l->failed = true;
			return;
		}
		l->p = p;
		l->cap = cap;
	}
	l->p[l->n++] = path;
}

static int path_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Adds the *.rubric files under dir to l, walking its subdirectories from
 * a list (no recursion); false after saying why one cannot be read. */
static bool walk(const char *dir, struct paths *l)
{
	struct paths todo = { 0 };
	paths_add(&todo, strdup(dir));
	bool ok = true;
	for (int k = 0; k < todo.n && !todo.failed && !l->failed; k++) {
		DIR *d = opendir(todo.p[k]);
		if (!d) {
			fprintf(stderr, "rubric: cannot read %s: %s\n", todo.p[k], strerror(errno));
			ok = false;
			continue;
		}
		size_t dl = strlen(todo.p[k]);
		const char *sep = dl && todo.p[k][dl - 1] == '/' ? "" : "/";
		for (struct dirent *e; (e = readdir(d));) {
			if (e->d_name[0] == '.')
				continue; /* ., .., and hidden: .git */
			size_t n = dl + strlen(e->d_name) + 2;
			char *path = malloc(n);
			if (!path) {
				l->failed = true;
				break;
			}
			snprintf(path, n, "%s%s%s", todo.p[k], sep, e->d_name);
			struct stat st;
			size_t nl = strlen(e->d_name);
			if (lstat(path, &st) != 0) {
				free(path);
			} else if (S_ISDIR(st.st_mode)) {
				paths_add(&todo, path);
			} else if (S_ISREG(st.st_mode) && nl > 7 && !strcmp(e->d_name + nl - 7, ".rubric")) {
				paths_add(l, path);
			} else {
				free(path);
			}
		}
		closedir(d);
	}
	if (todo.failed)
		l->failed = true;
	cli_files_free(todo.p, todo.n);
	return ok;
}

char **cli_files(char *const *operands, int n, int *count, bool *failed)
{
	struct paths l = { 0 };
	bool ok = true;
	for (int i = 0; i < n && !l.failed; i++) {
		struct stat st;
		if (stat(operands[i], &st) != 0 || !S_ISDIR(st.st_mode)) {
			paths_add(&l, strdup(operands[i])); /* read, or said why not, later */
			continue;
		}
		int from = l.n;
		ok &= walk(operands[i], &l);
		if (l.n == from && !l.failed) {
			fprintf(stderr, "rubric: %s holds no template (*.rubric)\n", operands[i]);
			ok = false;
		}
		qsort(l.p + from, (size_t)(l.n - from), sizeof *l.p, path_cmp);
	}
	if (l.failed) {
		fprintf(stderr, "rubric: %s\n", _("out of memory"));
		cli_files_free(l.p, l.n);
		return NULL;
	}
	*failed = !ok;
	*count = l.n;
	return l.p ? l.p : calloc(1, sizeof *l.p);
}

void cli_files_free(char **files, int n)
{
	for (int i = 0; files && i < n; i++)
		free(files[i]);
	free(files);
}

char *cli_json_quote(const char *s)
{
	if (!s)
		return strdup("null");
	size_t n = 3;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		n += *p == '"' || *p == '\\' ? 2 : *p < 0x20 || *p == 0x7F ? 6 : 1;
	char *q = malloc(n), *o = q;
	if (!q)
		return NULL;
	*o++ = '"';
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		if (*p == '"' || *p == '\\') {
			*o++ = '\\';
			*o++ = (char)*p;
		} else if (*p < 0x20 || *p == 0x7F) {
			o += snprintf(o, 7, "\\u%04x", *p);
		} else {
			*o++ = (char)*p;
		}
	*o++ = '"';
	*o = '\0';
	return q;
}

enum cli_arg cli_arg(const char *a, bool *options)
{
	if (!*options || a[0] != '-' || !a[1])
		return CLI_OPERAND; /* "-" alone is a file named "-" (standard input is not read yet) */
	if (strcmp(a, "--") != 0)
		return CLI_OPTION;
	*options = false;
	return CLI_END_OF_OPTIONS;
}

bool cli_same_file(const char *a, const char *b)
{
	struct stat sa, sb;
	return stat(a, &sa) == 0 && stat(b, &sb) == 0 && sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

int cli_diag_option(struct cli_diag *d, int argc, char **argv, int *i)
{
	const char *a = argv[*i];
	const char *fmt = NULL;
	if (!strcmp(a, "--werror")) {
		d->werror = true;
		return 1;
	}
	bool allow = !strncmp(a, "--allow", 7) && (a[7] == '\0' || a[7] == '=');
	if (allow || (!strncmp(a, "--deny", 6) && (a[6] == '\0' || a[6] == '='))) {
		const char *v = strchr(a, '=') ? strchr(a, '=') + 1 : *i + 1 < argc ? argv[++*i] : NULL;
		if (!v || !*v) {
			fprintf(stderr, "rubric: %s needs warning codes: %s W201,W203\n", allow ? "--allow" : "--deny",
				allow ? "--allow" : "--deny");
			return -1;
		}
		/* W201,W203: each code, as many as there is room for */
		for (const char *p = v; *p;) {
			size_t n = strcspn(p, ",");
			if (n != 4 || p[0] != 'W' || strspn(p + 1, "0123456789") < 3) {
				fprintf(stderr, "rubric: %s: '%.*s' is not a warning code (W101, W201, ...: see docs/diagnostics.md)\n",
					allow ? "--allow" : "--deny", (int)n, p);
				return -1;
			}
			if (d->ncodes == (int)(sizeof d->codes / sizeof *d->codes)) {
				fprintf(stderr, "rubric: too many --allow and --deny codes\n");
				return -1;
			}
			d->codes[d->ncodes] = p;
			d->levels[d->ncodes++] = allow ? RUBRIC_WARNING_ALLOW : RUBRIC_WARNING_DENY;
			p += n + (p[n] == ',');
		}
		return 1;
	}
	if (!strncmp(a, "--diagnostics=", 14)) {
		fmt = a + 14;
	} else if (!strcmp(a, "--diagnostics")) {
		if (*i + 1 == argc) {
			fprintf(stderr, "rubric: --diagnostics needs a format: text, json or sarif\n");
			return -1;
		}
		fmt = argv[++*i];
	} else {
		return 0;
	}
	if (!strcmp(fmt, "text"))
		d->format = RUBRIC_DIAGNOSTICS_TEXT;
	else if (!strcmp(fmt, "json"))
		d->format = RUBRIC_DIAGNOSTICS_JSON;
	else if (!strcmp(fmt, "sarif"))
		d->format = RUBRIC_DIAGNOSTICS_SARIF;
	else {
		fprintf(stderr, "rubric: unknown diagnostics format '%s' (use text, json or sarif)\n", fmt);
		return -1;
	}
	return 1;
}

rubric_reporter *cli_reporter(const struct cli_diag *d, FILE *out)
{
	rubric_reporter *r;
	if (rubric_reporter_new_stream(&r, out, d->format) != RUBRIC_OK) {
		fprintf(stderr, "rubric: %s\n", _("out of memory"));
		return NULL;
	}
	rubric_reporter_set_werror(r, d->werror);
	for (int k = 0; k < d->ncodes; k++) {
		char code[5];
		memcpy(code, d->codes[k], 4);
		code[4] = '\0';
		if (rubric_reporter_set_warning(r, code, d->levels[k]) != RUBRIC_OK) {
			fprintf(stderr, "rubric: %s is not a warning code of rubric (see docs/diagnostics.md)\n", code);
			rubric_reporter_free(r);
			return NULL;
		}
	}
	return r;
}
