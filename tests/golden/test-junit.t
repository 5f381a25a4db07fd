# --junit writes JUnit XML besides the usual output: a testsuite per template,
# a testcase per test (classname: the file), <failure> with the expectations
# that do not hold, <error> for a test that could not run, a template without
# tests as an empty testsuite and one that does not load as a testsuite with
# errors="1"; names and messages XML-escaped
--- args
test --junit results.xml a.rubric 空.rubric bad.rubric
--- file a.rubric
rubric "a" {
    input 预算: number
    group g {
        indicator 甲 weight 10 { target >= 100; score proportional }
        indicator 乙 weight 10 { actual 预算 / 2; target >= 100; score proportional }
    }
    test "passes" { given { 甲: 100; 预算: 200 }; expect { 甲: 10; 乙: 10; total: 20 } }
    test "a <b> & \"c\"\tand\na new line" {
        given { 甲: 50; 预算: 100 }
        expect { 甲: 4; 乙: 5; total: 10; grade: 优 }
    }
    test "no 预算" { given { 甲: 50 }; expect { 甲: 5; total: 5 } }
}
--- file 空.rubric
rubric "空" {
    group g { indicator 丙 weight 10 { score judged } }
}
--- file bad.rubric
rubric "bad" {
    group g { indicator 丁 weight 10 { score judged } }
    test "t" { given { 丁: "5" }; expect { 丁: 5 } }
}
--- file-out results.xml
<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="rubric test" tests="4" failures="1" errors="2">
  <testsuite name="a.rubric" tests="3" failures="1" errors="1">
    <testcase name="passes" classname="a.rubric"/>
    <testcase name="a &lt;b&gt; &amp; &quot;c&quot;&#9;and&#10;a new line" classname="a.rubric">
      <failure message="甲: expected 4, got 5; grade: expected &quot;优&quot;, got &quot;差&quot;">a.rubric:10:18: test "a &lt;b&gt; &amp; \"c\"\tand\na new line": 甲: expected 4, got 5
a.rubric:10:41: test "a &lt;b&gt; &amp; \"c\"\tand\na new line": grade: expected "优", got "差"
</failure>
    </testcase>
    <testcase name="no 预算" classname="a.rubric">
      <error message="could not run: no value for input 预算, needed by indicator 乙">a.rubric:12:5: test "no 预算": could not run: no value for input 预算, needed by indicator 乙
</error>
    </testcase>
  </testsuite>
  <testsuite name="空.rubric" tests="0" failures="0" errors="0"/>
  <testsuite name="bad.rubric" tests="1" failures="0" errors="1">
    <testcase name="load" classname="bad.rubric">
      <error message="the template has 1 error"/>
    </testcase>
  </testsuite>
</testsuites>
--- stdout
a.rubric:10:18: test "a <b> & \"c\"\tand\na new line": 甲: expected 4, got 5
a.rubric:10:41: test "a <b> & \"c\"\tand\na new line": grade: expected "优", got "差"
a.rubric:12:5: test "no 预算": could not run: no value for input 预算, needed by indicator 乙
bad.rubric: not tested: the template has 1 error
1 passed, 3 failed
--- stderr
rubric: 空.rubric has no tests
bad.rubric:3:27: error[E217]: 丁 is a number, not text
        test "t" { given { 丁: "5" }; expect { 丁: 5 } }
                               ^^^
1 error
--- status
1
