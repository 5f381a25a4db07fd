# a byte order mark (U+FEFF) in the middle of a name is read as white space and
# splits the name in two
--- args
check t.rubric
--- file-bytes t.rubric
rubric "资金管理" {
    indicator 资金\0357\0273\0277到位率 weight 10 { score judged }
}
--- stderr
t.rubric:2:18: error[E001]: unexpected name '到位率'; expected 'weight' or '{'
        indicator 资金﻿到位率 weight 10 { score judged }
                      ^^^^^^
1 error
--- status
1
