# neither file of rubric eval exists: only the first is reported
--- args
eval nope.rubric nope.json
--- stderr
rubric: cannot open nope.rubric: No such file or directory
--- status
2
