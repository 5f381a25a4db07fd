# --encoding utf-8 reads a GB18030 file as UTF-8: each bad cell is an error with a hint
--- args
eval -f csv --encoding utf-8 t.rubric units.csv
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
\0317\0356\0304\0277\0261\0340\0272\0305,\0324\0244\0313\0343\0327\0312\0275\0360,\0312\0265\0274\0312\0265\0275\0316\0273\0327\0312\0275\0360,\0326\0306\0266\0310\0275\0241\0310\0253\0320\0324,\0302\0372\0322\0342\0266\0310,\0311\0347\0273\0341\0320\0247\0322\0346,\0311\0347\0273\0341\0320\0247\0322\0346.\0265\0303\0267\0326
P01,200,190,\0262\0306\0316\0361\0326\0306\0266\0310,95%,\0317\0324\0326\0370,4
--- stderr
units.csv: row 1, column 1: invalid UTF-8 byte 0xCF in the header
  help: if the file is GB18030, give --encoding gb18030
--- status
1
