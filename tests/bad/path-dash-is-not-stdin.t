# '-' as the template is a file name, not standard input
--- args
check -
--- stderr
rubric: cannot open -: No such file or directory
--- status
2
