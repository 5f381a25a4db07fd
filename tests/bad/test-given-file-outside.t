# A test's data file is named inside the template's directory: a path that
# starts with '/' or climbs with '..' is refused, so that a template from a
# pull request reads no file but its repository's; a file that is not there is
# said.
--- args
test t.rubric
--- file t.rubric
rubric "t" {
    indicator 甲 weight 10 { target >= 1; score proportional }
    test "up" { given "../secret.json" }
    test "root" { given "/etc/passwd" }
    test "missing" { given "nope.json" }
}
--- stdout
t.rubric:3:5: test "up": could not run: a test's data file is named relative to the template, inside its directory: no '/' first, no '..'
t.rubric:4:5: test "root": could not run: a test's data file is named relative to the template, inside its directory: no '/' first, no '..'
t.rubric:5:5: test "missing": could not run: cannot read nope.json: No such file or directory
0 passed, 3 failed
--- status
1
