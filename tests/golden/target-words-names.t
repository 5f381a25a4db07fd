# A comparison word is one only where a target's value or a band's bound is:
# a name that starts with one and a number (达到3A级景区数, a checklist's item
# 至少2次培训) stays a name.
--- args
eval t.rubric d.json
--- file t.rubric
rubric "以比较词开头的名称" {
    indicator 达到3A级景区数 weight 10 { target 不少于3个; score proportional }
    indicator 培训 weight 10 { score checklist { 达到3A级: 5; 至少2次培训: 5 } }
    indicator 满意度 weight 10 {
        target >= 90%
        score bands {
            90%以上: 10
            低于 90%: 0
        }
    }
}
--- file d.json
{"达到3A级景区数": 2, "培训": ["达到3A级", "至少2次培训"], "满意度": "95%"}
--- stdout
以比较词开头的名称

indicator       target  actual  weight     score
达到3A级景区数  ≥3个    2个         10   ≈6.6667
培训                    2/2         10        10
满意度          ≥90%    95%         10        10
------------------------------------------------
total                               30  ≈26.6667
grade                                         良
