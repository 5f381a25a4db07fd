# Self-test of the golden runner: `rubric --version` prints the version on
# stdout, nothing on stderr, and exits 0.  (Named for the usage case that the
# CLI's authors will add once its usage text exists: no arguments, usage on
# stderr, status 2.)
--- args
--version
--- stdout
rubric 0.1.0
--- status
0
