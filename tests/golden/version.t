# `rubric --version` prints the version on stdout and exits 0.
--- args
--version
--- stdout
rubric 0.3.0
--- status
0
