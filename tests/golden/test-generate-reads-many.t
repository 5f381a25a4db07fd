# A row that reads more than 64 values gets a comment, not cases: each case
# would give them all.
--- args
test --generate t.rubric
--- file t.rubric
rubric "多值" {
    input 数1: number
    input 数2: number
    input 数3: number
    input 数4: number
    input 数5: number
    input 数6: number
    input 数7: number
    input 数8: number
    input 数9: number
    input 数10: number
    input 数11: number
    input 数12: number
    input 数13: number
    input 数14: number
    input 数15: number
    input 数16: number
    input 数17: number
    input 数18: number
    input 数19: number
    input 数20: number
    input 数21: number
    input 数22: number
    input 数23: number
    input 数24: number
    input 数25: number
    input 数26: number
    input 数27: number
    input 数28: number
    input 数29: number
    input 数30: number
    input 数31: number
    input 数32: number
    input 数33: number
    input 数34: number
    input 数35: number
    input 数36: number
    input 数37: number
    input 数38: number
    input 数39: number
    input 数40: number
    input 数41: number
    input 数42: number
    input 数43: number
    input 数44: number
    input 数45: number
    input 数46: number
    input 数47: number
    input 数48: number
    input 数49: number
    input 数50: number
    input 数51: number
    input 数52: number
    input 数53: number
    input 数54: number
    input 数55: number
    input 数56: number
    input 数57: number
    input 数58: number
    input 数59: number
    input 数60: number
    input 数61: number
    input 数62: number
    input 数63: number
    input 数64: number
    input 数65: number
    let 合计 = 数1 + 数2 + 数3 + 数4 + 数5 + 数6 + 数7 + 数8 + 数9 + 数10 + 数11 + 数12 + 数13 + 数14 + 数15 + 数16 + 数17 + 数18 + 数19 + 数20 + 数21 + 数22 + 数23 + 数24 + 数25 + 数26 + 数27 + 数28 + 数29 + 数30 + 数31 + 数32 + 数33 + 数34 + 数35 + 数36 + 数37 + 数38 + 数39 + 数40 + 数41 + 数42 + 数43 + 数44 + 数45 + 数46 + 数47 + 数48 + 数49 + 数50 + 数51 + 数52 + 数53 + 数54 + 数55 + 数56 + 数57 + 数58 + 数59 + 数60 + 数61 + 数62 + 数63 + 数64 + 数65
    indicator 完成数 weight 10 { target >= 合计; score proportional }
    indicator 满意度 weight 10 { target >= 90%; score proportional }
}
--- stdout
    # Boundary cases written by rubric test --generate: each expects the score the template gives now.
    # Check every one against the published standard before keeping it.
    # 完成数: reads 66 values: write its boundary cases by hand
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
