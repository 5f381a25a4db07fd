# 90% falls in no band; a ranged level needs a picked score; unknown and repeated checklist items
--- args
eval t.rubric d.json
--- file t.rubric
rubric "tables" {
    group g {
        indicator 资金到位率 weight 4 {
            target = 100%
            score bands {
                [100%, inf): 4
                (90%, 100%): 3
                (80%, 90%): 2
                [0, 80%): 0
            }
        }
        indicator 合同 weight 4 {
            score grade { 完备: 4; 较完备: 2..3; 基本完备: 1; 不完备: 0 }
        }
        indicator 制度 weight 4 {
            score checklist { 管理制度: 2; 维护保养制度: 2 }
        }
        indicator 评 weight 2 { score judged }
    }
}
--- file d.json
{"资金到位率": "90%", "合同": "较完备", "制度": ["管理制度", "维护保养", "管理制度"], "评": "1.5"}
--- stdout
tables

indicator     target  actual  weight             score  remark
g                                 14  1.5 (incomplete)
  资金到位率  =100%   90%          4            待核实  pending: the rule cannot score this value
  合同                较完备       4            待核实  pending: the rule cannot score this value
  制度                3/2          4            待核实  pending: the rule cannot score this value
  评                               2               1.5
------------------------------------------------------
total                             14  1.5 (incomplete)
grade                                                -

3 indicators pending (待核实): the total is of the rows scored, and has no grade
--- stderr
t.rubric:5:19: error[E307]: indicator 资金到位率: 90% falls in no band
                score bands {
                      ^^^^^
help: the row is pending (待核实), the rest of the unit is scored; if the standard says what this value scores, add a band for it, or an 'else:' band
t.rubric:13:19: error[E311]: indicator 合同: level 较完备 gives [2, 3] points: the data must pick the score
                score grade { 完备: 4; 较完备: 2..3; 基本完备: 1; 不完备: 0 }
                      ^^^^^
help: give {"level": "较完备", "score": N}
t.rubric:16:19: error[E308]: indicator 制度: "维护保养" is not an item of its checklist
                score checklist { 管理制度: 2; 维护保养制度: 2 }
                      ^^^^^^^^^
help: the choices are: 管理制度, 维护保养制度
t.rubric:16:19: error[E309]: indicator 制度: "管理制度" is listed twice
                score checklist { 管理制度: 2; 维护保养制度: 2 }
                      ^^^^^^^^^
4 errors
--- status
1
