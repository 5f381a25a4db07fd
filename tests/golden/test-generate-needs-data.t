# Without a unit's data, a row whose target reads an input gets a comment
# naming it and saying how to give it.
--- args
test --generate t.rubric
--- file t.rubric
rubric "例" {
    input 计划数: number
    indicator 完成数量 weight 10 { target >= 计划数; score proportional }
    indicator 满意度 weight 10 { target >= 90%; score proportional }
}
--- stdout
    # Boundary cases written by rubric test --generate: each expects the score the template gives now.
    # Check every one against the published standard before keeping it.
    # 完成数量: reads 计划数: give a unit's data to take it from (rubric test --generate TEMPLATE UNIT.json)
    test "满意度 = 0%" {
        given { 满意度: 0% }
        expect { 满意度: 0 }
    }
    test "满意度 = 89.9%" {
        given { 满意度: 89.9% }
        expect { 满意度: 899/90 }
    }
    test "满意度 = 90%" {
        given { 满意度: 90% }
        expect { 满意度: 10 }
    }
    test "满意度 = 90.1%" {
        given { 满意度: 90.1% }
        expect { 满意度: 10 }
    }
--- status
0
