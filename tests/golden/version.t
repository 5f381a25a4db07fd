# `rubric --version` prints the version on stdout and exits 0.
--- args
--version
--- stdout
rubric 0.5.0
--- status
0
