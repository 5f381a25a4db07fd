# 2100 nested groups: bison's stack runs out at line 2000, reported as E001
# "memory exhausted"
--- args
check t.rubric
--- file t.rubric
rubric "x" {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
group g {
indicator 甲 weight 1 { score judged }
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
--- stderr
t.rubric:201:9: error[E003]: brackets are nested more than 200 deep here
    group g {
            ^
1 error
--- status
1
