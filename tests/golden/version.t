# `rubric --version` prints the version on stdout and exits 0.
--- args
--version
--- stdout
rubric 0.6.0
