# The JSON of a unit with a row pending: "incomplete": true, the row's
# "mark" 待核实 and "pending": true with null scores, and no grade.
--- args
eval --format json t.rubric d.json
--- file t.rubric
rubric "资金管理" {
    round 2
    indicator 资金到位率 weight 4 {
        target = 100%
        score bands { [100%, inf): 4; (90%, 100%): 3; [0, 90%): 0 }
    }
    indicator 资金使用率 weight 6 { target >= 95%; score proportional }
}
--- file d.json
{"资金到位率": "90%", "资金使用率": "93%"}
--- stdout
{
  "title": "资金管理",
  "total": 5.87,
  "max": 10,
  "grade": null,
  "sum": 5.87,
  "applicable": 10,
  "rescaled": false,
  "incomplete": true,
  "budget": null,
  "indicators": [
    {"name": "资金到位率", "path": [], "weight": 4, "unit": null, "note": null, "target": "=100%", "actual": "90%", "applicable": true, "mark": "待核实", "pending": true, "raw": null, "rule_score": null, "score": null, "overridden": false, "judged": false, "reason": null, "published": null},
    {"name": "资金使用率", "path": [], "weight": 6, "unit": null, "note": null, "target": "≥95%", "actual": "93%", "applicable": true, "mark": null, "pending": false, "raw": 5.8736842105, "rule_score": 5.87, "score": 5.87, "overridden": false, "judged": false, "reason": null, "published": null}
  ],
  "groups": [
  ],
  "published": {"total": null, "grade": null, "max": null},
  "verify": null
}
--- stderr
t.rubric:5:15: error[E307]: indicator 资金到位率: 90% falls in no band
            score bands { [100%, inf): 4; (90%, 100%): 3; [0, 90%): 0 }
                  ^^^^^
help: the row is pending (待核实), the rest of the unit is scored; if the standard says what this value scores, add a band for it, or an 'else:' band
1 error
--- status
1
