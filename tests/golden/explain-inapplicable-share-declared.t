# a row the template declares not applicable has no weight to share out:
# explain says only that it is not applicable; the row "/" in the data
# had its weight shared out
--- args
explain t.rubric d.json e b
--- file t.rubric
rubric "E" {
    group G weight 60 {
        inapplicable share
        indicator a weight 30 { target >= 100; score proportional }
        indicator b weight 30 { target >= 100; score proportional }
        indicator e { inapplicable }
    }
    indicator c weight 40 { target >= 100; score proportional }
}
--- file d.json
{"a": 100, "b": "/", "c": 50}
--- stdout
e (t.rubric:6)
  not applicable

b (t.rubric:5)
  not applicable: its weight shared out among the other rows of its group (inapplicable share)
