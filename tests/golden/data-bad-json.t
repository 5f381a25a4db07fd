# malformed JSON: one positioned error, no cascade of missing values
--- args
eval t.rubric d.json
--- file t.rubric
rubric "x" { group g { indicator a weight 1 { target "好"; score met } } }
--- file d.json
{"a": 
  "好",, }
--- stderr
d.json:2:7: error[E301]: expected a key in double quotes
      "好",, }
           ^
1 error
--- status
1
