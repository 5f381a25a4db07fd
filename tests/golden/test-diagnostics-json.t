# --diagnostics=json: the template's diagnostics as one JSON document on
# stderr (stdout keeps the test results)
--- args
test --diagnostics=json t.rubric
--- file t.rubric
rubric "t" {
    group g { indicator 甲 weight 10 { score judged } }
    test "t" { given { 甲: 7 }; expect { 乙: 7 } }
}
--- stdout
t.rubric: not tested: the template has 1 error
0 passed, 1 failed
--- stderr
{
  "diagnostics": [
    {
      "code": "E217",
      "name": "bad-test",
      "severity": "error",
      "message": "the template has no indicator or group called 乙",
      "file": "t.rubric",
      "line": 3,
      "column": 41,
      "end": {
        "line": 3,
        "column": 42
      },
      "help": [
        "did you mean '甲'?"
      ]
    }
  ],
  "errors": 1,
  "warnings": 0
}
--- status
1
