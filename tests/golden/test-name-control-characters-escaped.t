# A test whose name holds control characters (ESC, BEL): the line reporting
# its failure escapes them, as diagnostics do; the JUnit file keeps its own
# escaping (U+FFFD for what XML cannot hold).  They used to reach the
# terminal as they were.
--- args
test u.rubric --junit j.xml
--- file-bytes u.rubric
rubric "控制字符" {
    indicator 抽查批次 weight 10 {
        target >= 2000
        score proportional
    }
    test "红\0033[31m色\0033]0;x\0007" {
        given { 抽查批次: 1000 }
        expect { 抽查批次: 4; grade: "差" }
    }
}
--- stdout
u.rubric:8:18: test "红\u001b[31m色\u001b]0;x\u0007": 抽查批次: expected 4, got 5
0 passed, 1 failed
--- status
1
--- file-out j.xml
<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="rubric test" tests="1" failures="1" errors="0">
  <testsuite name="u.rubric" tests="1" failures="1" errors="0">
    <testcase name="红�[31m色�]0;x�" classname="u.rubric">
      <failure message="抽查批次: expected 4, got 5">u.rubric:8:18: test "红�[31m色�]0;x�": 抽查批次: expected 4, got 5
</failure>
    </testcase>
  </testsuite>
</testsuites>
