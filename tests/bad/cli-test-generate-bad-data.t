# rubric test --generate with data that has an error: the error, exit 1,
# nothing written.
--- args
test --generate t.rubric d.json
--- file t.rubric
rubric "资金管理" {
    round 2
    indicator 资金到位率 weight 4 {
        target = 100%
        score bands { [100%, inf): 4; (90%, 100%): 3; [0, 90%): 0 }
    }
    indicator 资金使用率 weight 6 { target >= 95%; score proportional }
}
--- file d.json
{"资金到位率": "abc", "多余": 1}
--- stderr
d.json:1:2: error[E302]: indicator 资金到位率: "abc" is not a number
    {"资金到位率": "abc", "多余": 1}
     ^^^^^^^^^^^^
d.json:1:18: error[E304]: the template has no input or indicator called "多余"
    {"资金到位率": "abc", "多余": 1}
                          ^^^^^^
2 errors
--- status
1
