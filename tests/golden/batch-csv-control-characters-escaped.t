# control characters from the data (an escape sequence in a header, in a cell,
# in an identity value) are escaped in messages and in the text output, never
# written to the terminal
--- args
eval t.rubric units.csv
--- file t.rubric
rubric "批量" {
    round 2
    input 预算资金: number unit "万元"
    input 实际到位资金: number unit "万元"
    group 投入 {
        indicator 资金到位率 weight 10 {
            actual 实际到位资金 / 预算资金
            target >= 100%
            score proportional
        }
        indicator 制度健全性 weight 6 { score checklist { 财务制度: 3; 项目制度: 3 } }
    }
    group 效果 {
        indicator 满意度 weight 10 { target >= 90%; score proportional }
        indicator 社会效益 weight 4 { score judged }
    }
}
--- file-bytes units.csv
\0351\0241\0271\0347\0233\0256\0347\0274\0226\0345\0217\0267,\0351\0242\0204\0347\0256\0227\0350\0265\0204\0351\0207\0221,\0345\0256\0236\0351\0231\0205\0345\0210\0260\0344\0275\0215\0350\0265\0204\0351\0207\0221,\0345\0210\0266\0345\0272\0246\0345\0201\0245\0345\0205\0250\0346\0200\0247,\0346\0273\0241\0346\0204\0217\0345\0272\0246,\0347\0244\0276\0344\0274\0232\0346\0225\0210\0347\0233\0212,\0347\0244\0276\0344\0274\0232\0346\0225\0210\0347\0233\0212.\0345\0276\0227\0345\0210\0206
P\0033[31m1,200,190,\0350\0264\0242\0345\0212\0241\0345\0210\0266\0345\0272\0246,95%,\0346\0230\0276\0350\0221\0227,4
P2,200,190,\0350\0264\0242\0345\0212\0241\0345\0210\0266\0345\0272\0246,9\00075%,\0346\0230\0276\0350\0221\0227,4
--- stdout
== 项目编号: P\u001b[31m1 ==
批量

indicator     target  actual  weight  score
投入                              16   12.5
  资金到位率  ≥100%   95%         10    9.5
  制度健全性          1/2          6      3
效果                              14     14
  满意度      ≥90%    95%         10     10
  社会效益            显著         4      4
-------------------------------------------
total                             30   26.5
grade                                    良

== 项目编号: P2 ==
not scored: see the errors
--- stderr
units.csv: row 3, column 5 (满意度): error[E302]: indicator 满意度: "9\u00075%" is not a number
rubric: units.csv: 1 of 2 units failed
--- status
1
