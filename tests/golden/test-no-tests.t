# a template without test blocks: said on stderr, nothing counted, exit 0
--- args
test t.rubric
--- file t.rubric
rubric "no tests" {
    group g { indicator 甲 weight 10 { score judged } }
}
--- stdout
0 passed, 0 failed
--- stderr
rubric: t.rubric has no tests
