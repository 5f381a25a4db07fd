# a file of GB18030 with one byte pair that is not GB18030: the message says
# where each reading fails, the first byte not UTF-8 and the first not GB18030,
# not only where UTF-8 stopped
--- args
eval -f csv t.rubric units.csv
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
\0317\0356Ŀ\0261\0340\0272\0305,Ԥ\0313\0343\0327ʽ\0360,ʵ\0274ʵ\0275λ\0327ʽ\0360,\0326ƶȽ\0241ȫ\0320\0324,\0302\0372\0322\0342\0266\0310,\0311\0347\0273\0341Ч\0322\0346,\0311\0347\0273\0341Ч\0322\0346.\0265÷\0326
P1,200,190,\0262\0306\0316\0361\0326ƶ\0310,95%,\0317\0324\0326\0370,4
P2,\0201 ,190,\0262\0306\0316\0361\0326ƶ\0310,95%,\0317\0324\0326\0370,4
--- stderr
rubric: units.csv is neither UTF-8 nor GB18030: not UTF-8 from byte 0xCF at offset 0, not GB18030 from byte 0x81 at offset 106
--- status
1
