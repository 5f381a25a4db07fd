/* cli.c - reading and writing files for the commands, and the options
 * about diagnostics they share. */
#define _XOPEN_SOURCE 700 /* realpath, SIGXFSZ */
#include "cli.h"

#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char usage_text[] =
	"usage: rubric check [--diagnostics=text|json|sarif] [--werror] FILE...\n"
	"       rubric eval FILE DATA.json [--format text|json] [--verify] [-o OUT]\n"
	"       rubric test [--junit OUT.xml] [--diagnostics=...] [--werror] FILE...\n"
	"       rubric fmt [--check|--write|--diff] [--keywords en|zh] FILE...\n"
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

char *cli_read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
		fprintf(stderr, "rubric: cannot open %s: %s\n", path, strerror(errno));
		return NULL;
	}
	struct stat st;
	if (fstat(fileno(f), &st) == 0 && S_ISDIR(st.st_mode)) {
		fprintf(stderr, "rubric: cannot read %s: it is a directory\n", path);
		fclose(f);
		return NULL;
	}
	size_t cap = 1 << 16, n = 0;
	char *buf = malloc(cap + 1);
	while (buf) {
		size_t got = fread(buf + n, 1, cap - n, f);
		n += got;
		if (got == 0)
			break;
		if (n == cap) {
			if (cap >= CLI_MAX_FILE) {
				fprintf(stderr, "rubric: %s is larger than %u MiB\n", path, CLI_MAX_FILE >> 20);
				free(buf);
				fclose(f);
				return NULL;
			}
			char *bigger = realloc(buf, cap * 2 + 1);
			if (!bigger) {
				free(buf);
				buf = NULL;
				break;
			}
			buf = bigger;
			cap *= 2;
		}
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

/* Writes straight into something that is not a regular file: /dev/null,
 * /dev/stdout, a pipe.  Renaming over it would replace the device. */
static int write_in_place(const char *path, int (*write)(FILE *f, void *arg), void *arg)
{
	FILE *f = fopen(path, "w");
	if (!f) {
		fprintf(stderr, "rubric: cannot write %s: %s\n", path, strerror(errno));
		return -1;
	}
	int rc = write(f, arg);
	if (fflush(f) != 0)
		rc = -1;
	int err = errno;
	if (fclose(f) != 0 && rc == 0) {
		rc = -1;
		err = errno;
	}
	if (rc != 0)
		fprintf(stderr, "rubric: cannot write %s: %s\n", path, strerror(err));
	return rc;
}

int cli_write_atomically(const char *path, int (*write)(FILE *f, void *arg), void *arg)
{
	struct stat st;
	bool exists = stat(path, &st) == 0;
	if (exists && S_ISDIR(st.st_mode)) {
		fprintf(stderr, "rubric: cannot write %s: it is a directory\n", path);
		return -1;
	}
	if (exists && !S_ISREG(st.st_mode))
		return write_in_place(path, write, arg);
	/* a symbolic link stays one: the file it names is replaced */
	char *target = realpath(path, NULL);
	const char *dest = exists && target ? target : path;
	size_t n = strlen(dest);
	char *tmp = malloc(n + 16);
	if (!tmp) {
		fprintf(stderr, "rubric: cannot write %s: out of memory\n", path);
		free(target);
		return -1;
	}
	snprintf(tmp, n + 16, "%s.tmp.XXXXXX", dest);
	static const int signals[] = { SIGINT, SIGTERM, SIGHUP, SIGPIPE, SIGXFSZ };
	void (*old[sizeof signals / sizeof signals[0]])(int);
	pending_tmp = tmp;
	for (size_t i = 0; i < sizeof signals / sizeof signals[0]; i++)
		if ((old[i] = signal(signals[i], remove_pending)) == SIG_IGN)
			signal(signals[i], SIG_IGN); /* ignored stays ignored */
	int fd = mkstemp(tmp);
	int rc = fd < 0 ? -1 : 0;
	int err = errno;
	if (rc == 0) {
		/* as a plain create would, not mkstemp's 0600; an existing file
		 * keeps its mode */
		mode_t mask = umask(0);
		umask(mask);
		fchmod(fd, exists ? st.st_mode & 07777 : 0666 & ~mask);
		FILE *f = fdopen(fd, "w");
		rc = f ? write(f, arg) : -1;
		err = errno;
		if (f && fflush(f) != 0)
			rc = -1, err = errno;
		if (f && rc == 0 && fsync(fileno(f)) != 0 && errno != EINVAL)
			rc = -1, err = errno;
		if (f ? fclose(f) != 0 : close(fd) != 0)
			if (rc == 0)
				rc = -1, err = errno;
		if (rc == 0 && rename(tmp, dest) != 0)
			rc = -1, err = errno;
		if (rc != 0)
			unlink(tmp);
	}
	for (size_t i = 0; i < sizeof signals / sizeof signals[0]; i++)
		signal(signals[i], old[i]);
	pending_tmp = NULL;
	if (rc != 0)
		fprintf(stderr, "rubric: cannot write %s: %s\n", path, strerror(err));
	free(tmp);
	free(target);
	return rc;
}

bool cli_same_file(const char *a, const char *b)
{
	struct stat sa, sb;
	return stat(a, &sa) == 0 && stat(b, &sb) == 0 && sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

int cli_diag_option(struct diag *d, int argc, char **argv, int *i)
{
	const char *a = argv[*i];
	const char *fmt = NULL;
	if (!strcmp(a, "--werror")) {
		d->werror = true;
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
		d->format = DIAG_TEXT;
	else if (!strcmp(fmt, "json"))
		d->format = DIAG_JSON;
	else if (!strcmp(fmt, "sarif"))
		d->format = DIAG_SARIF;
	else {
		fprintf(stderr, "rubric: unknown diagnostics format '%s' (use text, json or sarif)\n", fmt);
		return -1;
	}
	return 1;
}
