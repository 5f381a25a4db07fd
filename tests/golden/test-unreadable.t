# a template that cannot be read is an I/O error (exit 2); the others are
# still tested, and the JUnit file lists them only
--- args
test missing.rubric t.rubric --junit=r.xml
--- file t.rubric
rubric "t" {
    group g { indicator 甲 weight 10 { score judged } }
    test "judged" { given { 甲: 7 }; expect { 甲: 7; total: 7; grade: 中 } }
}
--- stdout
1 passed, 0 failed
--- stderr
rubric: cannot open missing.rubric: No such file or directory
--- file-out r.xml
<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="rubric test" tests="1" failures="0" errors="0">
  <testsuite name="t.rubric" tests="1" failures="0" errors="0">
    <testcase name="judged" classname="t.rubric"/>
  </testsuite>
</testsuites>
--- status
2
