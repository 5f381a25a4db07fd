# A published subtotal for a group the template does not have, or has twice
# (two groups called 数量, under two others): which one is meant cannot be
# said.
--- args
eval --verify t.rubric d.json
--- file t.rubric
rubric "分组小计" {
    group 产出 {
        group 数量 { indicator 甲 weight 50 { target >= 100; score proportional } }
    }
    group 效益 {
        group 数量 { indicator 乙 weight 50 { target >= 100; score proportional } }
    }
}
--- file d.json
{"甲": 100, "乙": 90, "$published": {"groups": {"投入": 1, "数量": 2, "产出": 50}}}
--- stderr
d.json:1:21: error[E302]: $published: the template has no group called "投入"
    {"甲": 100, "乙": 90, "$published": {"groups": {"投入": 1, "数量": 2, "产出": 50}}}
                          ^^^^^^^^^^^^
d.json:1:21: error[E302]: $published: the template has two groups called "数量": their subtotals cannot be told apart
    {"甲": 100, "乙": 90, "$published": {"groups": {"投入": 1, "数量": 2, "产出": 50}}}
                          ^^^^^^^^^^^^
2 errors
--- status
1
