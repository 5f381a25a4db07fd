# A template with 101 warnings (unused inputs), which eval hides, and data
# with an unknown key: the data's error is shown.  The hidden warnings used to
# count towards the limit of diagnostics shown, so eval printed only '1 error'.
--- args
eval t.rubric d.json
--- file t.rubric
rubric "未用的输入" {
    input 未用0: number
    input 未用1: number
    input 未用2: number
    input 未用3: number
    input 未用4: number
    input 未用5: number
    input 未用6: number
    input 未用7: number
    input 未用8: number
    input 未用9: number
    input 未用10: number
    input 未用11: number
    input 未用12: number
    input 未用13: number
    input 未用14: number
    input 未用15: number
    input 未用16: number
    input 未用17: number
    input 未用18: number
    input 未用19: number
    input 未用20: number
    input 未用21: number
    input 未用22: number
    input 未用23: number
    input 未用24: number
    input 未用25: number
    input 未用26: number
    input 未用27: number
    input 未用28: number
    input 未用29: number
    input 未用30: number
    input 未用31: number
    input 未用32: number
    input 未用33: number
    input 未用34: number
    input 未用35: number
    input 未用36: number
    input 未用37: number
    input 未用38: number
    input 未用39: number
    input 未用40: number
    input 未用41: number
    input 未用42: number
    input 未用43: number
    input 未用44: number
    input 未用45: number
    input 未用46: number
    input 未用47: number
    input 未用48: number
    input 未用49: number
    input 未用50: number
    input 未用51: number
    input 未用52: number
    input 未用53: number
    input 未用54: number
    input 未用55: number
    input 未用56: number
    input 未用57: number
    input 未用58: number
    input 未用59: number
    input 未用60: number
    input 未用61: number
    input 未用62: number
    input 未用63: number
    input 未用64: number
    input 未用65: number
    input 未用66: number
    input 未用67: number
    input 未用68: number
    input 未用69: number
    input 未用70: number
    input 未用71: number
    input 未用72: number
    input 未用73: number
    input 未用74: number
    input 未用75: number
    input 未用76: number
    input 未用77: number
    input 未用78: number
    input 未用79: number
    input 未用80: number
    input 未用81: number
    input 未用82: number
    input 未用83: number
    input 未用84: number
    input 未用85: number
    input 未用86: number
    input 未用87: number
    input 未用88: number
    input 未用89: number
    input 未用90: number
    input 未用91: number
    input 未用92: number
    input 未用93: number
    input 未用94: number
    input 未用95: number
    input 未用96: number
    input 未用97: number
    input 未用98: number
    input 未用99: number
    input 未用100: number
    indicator 抽查批次 weight 10 {
        target >= 2000
        score proportional
    }
}
--- file d.json
{"抽查批次": 1962, "抽查批数": 1}
--- stderr
d.json:1:16: error[E304]: the template has no input or indicator called "抽查批数"
    {"抽查批次": 1962, "抽查批数": 1}
                       ^^^^^^^^^^
help: did you mean '抽查批次'?
1 error
--- status
1
