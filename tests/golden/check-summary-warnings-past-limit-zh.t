# 101 warnings, in Chinese: the summary says after the count that only the
# first 100 were shown.  It used to put the note before the count, with no
# separator: '（仅显示前 100 个）101 个警告' (' (the first 100 shown)101 warnings').
--- args
check t.rubric
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
--- env
LANGUAGE=zh_CN
--- stderr
t.rubric:2:11: 警告[W101]: 输入 未用0 从未使用
        input 未用0: number
              ^^^^^
t.rubric:3:11: 警告[W101]: 输入 未用1 从未使用
        input 未用1: number
              ^^^^^
t.rubric:4:11: 警告[W101]: 输入 未用2 从未使用
        input 未用2: number
              ^^^^^
t.rubric:5:11: 警告[W101]: 输入 未用3 从未使用
        input 未用3: number
              ^^^^^
t.rubric:6:11: 警告[W101]: 输入 未用4 从未使用
        input 未用4: number
              ^^^^^
t.rubric:7:11: 警告[W101]: 输入 未用5 从未使用
        input 未用5: number
              ^^^^^
t.rubric:8:11: 警告[W101]: 输入 未用6 从未使用
        input 未用6: number
              ^^^^^
t.rubric:9:11: 警告[W101]: 输入 未用7 从未使用
        input 未用7: number
              ^^^^^
t.rubric:10:11: 警告[W101]: 输入 未用8 从未使用
        input 未用8: number
              ^^^^^
t.rubric:11:11: 警告[W101]: 输入 未用9 从未使用
        input 未用9: number
              ^^^^^
t.rubric:12:11: 警告[W101]: 输入 未用10 从未使用
        input 未用10: number
              ^^^^^^
t.rubric:13:11: 警告[W101]: 输入 未用11 从未使用
        input 未用11: number
              ^^^^^^
t.rubric:14:11: 警告[W101]: 输入 未用12 从未使用
        input 未用12: number
              ^^^^^^
t.rubric:15:11: 警告[W101]: 输入 未用13 从未使用
        input 未用13: number
              ^^^^^^
t.rubric:16:11: 警告[W101]: 输入 未用14 从未使用
        input 未用14: number
              ^^^^^^
t.rubric:17:11: 警告[W101]: 输入 未用15 从未使用
        input 未用15: number
              ^^^^^^
t.rubric:18:11: 警告[W101]: 输入 未用16 从未使用
        input 未用16: number
              ^^^^^^
t.rubric:19:11: 警告[W101]: 输入 未用17 从未使用
        input 未用17: number
              ^^^^^^
t.rubric:20:11: 警告[W101]: 输入 未用18 从未使用
        input 未用18: number
              ^^^^^^
t.rubric:21:11: 警告[W101]: 输入 未用19 从未使用
        input 未用19: number
              ^^^^^^
t.rubric:22:11: 警告[W101]: 输入 未用20 从未使用
        input 未用20: number
              ^^^^^^
t.rubric:23:11: 警告[W101]: 输入 未用21 从未使用
        input 未用21: number
              ^^^^^^
t.rubric:24:11: 警告[W101]: 输入 未用22 从未使用
        input 未用22: number
              ^^^^^^
t.rubric:25:11: 警告[W101]: 输入 未用23 从未使用
        input 未用23: number
              ^^^^^^
t.rubric:26:11: 警告[W101]: 输入 未用24 从未使用
        input 未用24: number
              ^^^^^^
t.rubric:27:11: 警告[W101]: 输入 未用25 从未使用
        input 未用25: number
              ^^^^^^
t.rubric:28:11: 警告[W101]: 输入 未用26 从未使用
        input 未用26: number
              ^^^^^^
t.rubric:29:11: 警告[W101]: 输入 未用27 从未使用
        input 未用27: number
              ^^^^^^
t.rubric:30:11: 警告[W101]: 输入 未用28 从未使用
        input 未用28: number
              ^^^^^^
t.rubric:31:11: 警告[W101]: 输入 未用29 从未使用
        input 未用29: number
              ^^^^^^
t.rubric:32:11: 警告[W101]: 输入 未用30 从未使用
        input 未用30: number
              ^^^^^^
t.rubric:33:11: 警告[W101]: 输入 未用31 从未使用
        input 未用31: number
              ^^^^^^
t.rubric:34:11: 警告[W101]: 输入 未用32 从未使用
        input 未用32: number
              ^^^^^^
t.rubric:35:11: 警告[W101]: 输入 未用33 从未使用
        input 未用33: number
              ^^^^^^
t.rubric:36:11: 警告[W101]: 输入 未用34 从未使用
        input 未用34: number
              ^^^^^^
t.rubric:37:11: 警告[W101]: 输入 未用35 从未使用
        input 未用35: number
              ^^^^^^
t.rubric:38:11: 警告[W101]: 输入 未用36 从未使用
        input 未用36: number
              ^^^^^^
t.rubric:39:11: 警告[W101]: 输入 未用37 从未使用
        input 未用37: number
              ^^^^^^
t.rubric:40:11: 警告[W101]: 输入 未用38 从未使用
        input 未用38: number
              ^^^^^^
t.rubric:41:11: 警告[W101]: 输入 未用39 从未使用
        input 未用39: number
              ^^^^^^
t.rubric:42:11: 警告[W101]: 输入 未用40 从未使用
        input 未用40: number
              ^^^^^^
t.rubric:43:11: 警告[W101]: 输入 未用41 从未使用
        input 未用41: number
              ^^^^^^
t.rubric:44:11: 警告[W101]: 输入 未用42 从未使用
        input 未用42: number
              ^^^^^^
t.rubric:45:11: 警告[W101]: 输入 未用43 从未使用
        input 未用43: number
              ^^^^^^
t.rubric:46:11: 警告[W101]: 输入 未用44 从未使用
        input 未用44: number
              ^^^^^^
t.rubric:47:11: 警告[W101]: 输入 未用45 从未使用
        input 未用45: number
              ^^^^^^
t.rubric:48:11: 警告[W101]: 输入 未用46 从未使用
        input 未用46: number
              ^^^^^^
t.rubric:49:11: 警告[W101]: 输入 未用47 从未使用
        input 未用47: number
              ^^^^^^
t.rubric:50:11: 警告[W101]: 输入 未用48 从未使用
        input 未用48: number
              ^^^^^^
t.rubric:51:11: 警告[W101]: 输入 未用49 从未使用
        input 未用49: number
              ^^^^^^
t.rubric:52:11: 警告[W101]: 输入 未用50 从未使用
        input 未用50: number
              ^^^^^^
t.rubric:53:11: 警告[W101]: 输入 未用51 从未使用
        input 未用51: number
              ^^^^^^
t.rubric:54:11: 警告[W101]: 输入 未用52 从未使用
        input 未用52: number
              ^^^^^^
t.rubric:55:11: 警告[W101]: 输入 未用53 从未使用
        input 未用53: number
              ^^^^^^
t.rubric:56:11: 警告[W101]: 输入 未用54 从未使用
        input 未用54: number
              ^^^^^^
t.rubric:57:11: 警告[W101]: 输入 未用55 从未使用
        input 未用55: number
              ^^^^^^
t.rubric:58:11: 警告[W101]: 输入 未用56 从未使用
        input 未用56: number
              ^^^^^^
t.rubric:59:11: 警告[W101]: 输入 未用57 从未使用
        input 未用57: number
              ^^^^^^
t.rubric:60:11: 警告[W101]: 输入 未用58 从未使用
        input 未用58: number
              ^^^^^^
t.rubric:61:11: 警告[W101]: 输入 未用59 从未使用
        input 未用59: number
              ^^^^^^
t.rubric:62:11: 警告[W101]: 输入 未用60 从未使用
        input 未用60: number
              ^^^^^^
t.rubric:63:11: 警告[W101]: 输入 未用61 从未使用
        input 未用61: number
              ^^^^^^
t.rubric:64:11: 警告[W101]: 输入 未用62 从未使用
        input 未用62: number
              ^^^^^^
t.rubric:65:11: 警告[W101]: 输入 未用63 从未使用
        input 未用63: number
              ^^^^^^
t.rubric:66:11: 警告[W101]: 输入 未用64 从未使用
        input 未用64: number
              ^^^^^^
t.rubric:67:11: 警告[W101]: 输入 未用65 从未使用
        input 未用65: number
              ^^^^^^
t.rubric:68:11: 警告[W101]: 输入 未用66 从未使用
        input 未用66: number
              ^^^^^^
t.rubric:69:11: 警告[W101]: 输入 未用67 从未使用
        input 未用67: number
              ^^^^^^
t.rubric:70:11: 警告[W101]: 输入 未用68 从未使用
        input 未用68: number
              ^^^^^^
t.rubric:71:11: 警告[W101]: 输入 未用69 从未使用
        input 未用69: number
              ^^^^^^
t.rubric:72:11: 警告[W101]: 输入 未用70 从未使用
        input 未用70: number
              ^^^^^^
t.rubric:73:11: 警告[W101]: 输入 未用71 从未使用
        input 未用71: number
              ^^^^^^
t.rubric:74:11: 警告[W101]: 输入 未用72 从未使用
        input 未用72: number
              ^^^^^^
t.rubric:75:11: 警告[W101]: 输入 未用73 从未使用
        input 未用73: number
              ^^^^^^
t.rubric:76:11: 警告[W101]: 输入 未用74 从未使用
        input 未用74: number
              ^^^^^^
t.rubric:77:11: 警告[W101]: 输入 未用75 从未使用
        input 未用75: number
              ^^^^^^
t.rubric:78:11: 警告[W101]: 输入 未用76 从未使用
        input 未用76: number
              ^^^^^^
t.rubric:79:11: 警告[W101]: 输入 未用77 从未使用
        input 未用77: number
              ^^^^^^
t.rubric:80:11: 警告[W101]: 输入 未用78 从未使用
        input 未用78: number
              ^^^^^^
t.rubric:81:11: 警告[W101]: 输入 未用79 从未使用
        input 未用79: number
              ^^^^^^
t.rubric:82:11: 警告[W101]: 输入 未用80 从未使用
        input 未用80: number
              ^^^^^^
t.rubric:83:11: 警告[W101]: 输入 未用81 从未使用
        input 未用81: number
              ^^^^^^
t.rubric:84:11: 警告[W101]: 输入 未用82 从未使用
        input 未用82: number
              ^^^^^^
t.rubric:85:11: 警告[W101]: 输入 未用83 从未使用
        input 未用83: number
              ^^^^^^
t.rubric:86:11: 警告[W101]: 输入 未用84 从未使用
        input 未用84: number
              ^^^^^^
t.rubric:87:11: 警告[W101]: 输入 未用85 从未使用
        input 未用85: number
              ^^^^^^
t.rubric:88:11: 警告[W101]: 输入 未用86 从未使用
        input 未用86: number
              ^^^^^^
t.rubric:89:11: 警告[W101]: 输入 未用87 从未使用
        input 未用87: number
              ^^^^^^
t.rubric:90:11: 警告[W101]: 输入 未用88 从未使用
        input 未用88: number
              ^^^^^^
t.rubric:91:11: 警告[W101]: 输入 未用89 从未使用
        input 未用89: number
              ^^^^^^
t.rubric:92:11: 警告[W101]: 输入 未用90 从未使用
        input 未用90: number
              ^^^^^^
t.rubric:93:11: 警告[W101]: 输入 未用91 从未使用
        input 未用91: number
              ^^^^^^
t.rubric:94:11: 警告[W101]: 输入 未用92 从未使用
        input 未用92: number
              ^^^^^^
t.rubric:95:11: 警告[W101]: 输入 未用93 从未使用
        input 未用93: number
              ^^^^^^
t.rubric:96:11: 警告[W101]: 输入 未用94 从未使用
        input 未用94: number
              ^^^^^^
t.rubric:97:11: 警告[W101]: 输入 未用95 从未使用
        input 未用95: number
              ^^^^^^
t.rubric:98:11: 警告[W101]: 输入 未用96 从未使用
        input 未用96: number
              ^^^^^^
t.rubric:99:11: 警告[W101]: 输入 未用97 从未使用
        input 未用97: number
              ^^^^^^
t.rubric:100:11: 警告[W101]: 输入 未用98 从未使用
        input 未用98: number
              ^^^^^^
t.rubric:101:11: 警告[W101]: 输入 未用99 从未使用
        input 未用99: number
              ^^^^^^
101 个警告（仅显示前 100 个）
--- status
0
