# eval --diagnostics=json: the errors of the data as one JSON document on standard error
--- args
eval --diagnostics=json e.rubric d.json
--- file e.rubric
rubric "数据错误" {
    input 实际到位资金: number
    input 预算资金: number
    input 获奖数: number
    indicator 资金到位率 weight 5 { actual 实际到位资金 / 预算资金; target >= 100%; score proportional }
    indicator 获奖情况 weight 5 { actual 获奖数; score bonus 3 plus 1 per 1 cap 5 }
    indicator 满意度 weight 5 { score judged }
}
--- file d.json
{"实际到位资金": 80, "预算资金": 0, "获奖数": "三", "问题数": 1}
--- stderr
{
  "diagnostics": [
    {
      "code": "E302",
      "name": "bad-value",
      "severity": "error",
      "message": "input 获奖数: \"三\" is not a number",
      "file": "d.json",
      "line": 1,
      "column": 27,
      "end": {
        "line": 1,
        "column": 32
      },
      "help": []
    },
    {
      "code": "E304",
      "name": "unknown-input",
      "severity": "error",
      "message": "the template has no input or indicator called \"问题数\"",
      "file": "d.json",
      "line": 1,
      "column": 39,
      "end": {
        "line": 1,
        "column": 44
      },
      "help": []
    },
    {
      "code": "E303",
      "name": "missing-value",
      "severity": "error",
      "message": "indicator 满意度 is judged: the data must give its score",
      "file": "e.rubric",
      "line": 7,
      "column": 15,
      "end": {
        "line": 7,
        "column": 18
      },
      "help": [
        "write {\"actual\": ..., \"score\": N}; in a CSV file, a column 满意度.得分"
      ]
    },
    {
      "code": "E305",
      "name": "division-by-zero",
      "severity": "error",
      "message": "indicator 资金到位率: cannot divide 80 by 预算资金, which is 0",
      "file": "e.rubric",
      "line": 5,
      "column": 39,
      "end": {
        "line": 5,
        "column": 52
      },
      "help": []
    }
  ],
  "errors": 4,
  "warnings": 0
}
--- status
1
