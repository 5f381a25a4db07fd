# --help to a full disk: exit 2 and a message, not exit 0
--- args
--help
--- stdout-to
/dev/full
--- stderr
rubric: cannot write to standard output: No space left on device
--- status
2
