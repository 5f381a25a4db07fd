# control characters (ESC, BEL, CR, LF, TAB, DEL, C1 U+0085 and U+009B) and
# invisible format characters (U+202E, U+200B, U+2028) in the title, a unit,
# a quoted name, a text target, a judged row's actual, a reason and a
# published grade are shown escaped as JSON escapes them, a backslash doubled,
# so that they cannot drive the terminal; they reached it raw
--- args
eval --verify t.rubric d.json
--- file-bytes t.rubric
rubric "标题\0033[2J" {
    total 30
    input 全年预算数: number unit "万元\0033[31m"
    budget 资金总额 weight 10
    group 产出 {
        indicator `响铃\0007` weight 10 { target "有效\0177保护\0302\0205\0342\0200\0256"; score judged }
        indicator 完成率 weight 10 { target >= 100%; score proportional }
    }
}
--- file d.json
{"全年预算数": 100, "全年执行数": 90,
 "响铃\u0007": {"actual": "好\u001b]0;标题\u0007", "score": 8, "reason": "a\rb"},
 "完成率": {"actual": "95%", "score": 9, "reason": "第一行\n第二行\t\\ \u009b31m \u2028 \u200b", "published": 8},
 "$published": {"total": 1, "grade": "优\u001b[5m"}}
--- stdout
标题\u001b[2J

资金总额: 年初预算数 -, 全年预算数 100万元\u001b[31m, 全年执行数 90; 执行率 90%

indicator     target                      actual                 weight  score    published  remark
资金总额                                  90%                        10      9
产出                                                                 20     17
  响铃\u0007  有效\u007f保护\u0085\u202e  好\u001b]0;标题\u0007      10      8               a\rb
  完成率      ≥100%                       95%                        10     9*          8 ≠  overridden, the rule gives 9.5: 第一行\n第二行\t\\ \u009b31m \u2028 \u200b
-------------------------------------------------------------------------------------------
total                                                                30     26          1 ≠
grade                                                                       良  优\u001b[5m

* score set by the data, overriding the rule

verify: 3 findings; 1 published row score checked
  完成率: published 8, the data's score is 9
  total: published 1, but the rows add up to 26
  grade: published 优\u001b[5m, but the total's grade is 良
published score not derivable from the rule: 2 rows (judged: 响铃\u0007; overridden: 完成率)
--- status
1
