# a template file that does not exist
--- args
check nope.rubric
--- stderr
rubric: cannot open nope.rubric: No such file or directory
--- status
2
