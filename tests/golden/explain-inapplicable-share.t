# explain says of a row not applicable, and of one left out by missing
# rescale, that its weight was shared out among the other rows of its
# group (inapplicable share)
--- args
explain t.rubric d.json a2 a3 b2
--- file t.rubric
rubric "mix" {
    inapplicable rescale
    group A weight 40 {
        inapplicable share
        missing rescale
        indicator a1 weight 20 { target >= 100; score proportional }
        indicator a2 weight 10 { target >= 100; score proportional }
        indicator a3 weight 10 { target >= 100; score proportional }
    }
    group B weight 60 {
        indicator b1 weight 30 { target >= 100; score proportional }
        indicator b2 weight 30 { target >= 100; score proportional }
    }
}
--- file d.json
{"a1": 100, "a2": "/", "a3": "未填报", "b1": 100, "b2": "/"}
--- stdout
a2 (t.rubric:7)
  not applicable: its weight shared out among the other rows of its group (inapplicable share)

a3 (t.rubric:8)
  marked 未填报: left out, its weight shared out among the other rows of its group (missing rescale, inapplicable share)

b2 (t.rubric:12)
  not applicable
