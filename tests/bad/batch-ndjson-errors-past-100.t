# a unit with 150 unknown keys: its first 100 errors are shown, the rest counted
# in a line of their own and in its error count
--- args
eval -f csv t.rubric units.ndjson
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
--- file units.ndjson
{"项目编号": "P01", "未知0": 1, "未知1": 1, "未知2": 1, "未知3": 1, "未知4": 1, "未知5": 1, "未知6": 1, "未知7": 1, "未知8": 1, "未知9": 1, "未知10": 1, "未知11": 1, "未知12": 1, "未知13": 1, "未知14": 1, "未知15": 1, "未知16": 1, "未知17": 1, "未知18": 1, "未知19": 1, "未知20": 1, "未知21": 1, "未知22": 1, "未知23": 1, "未知24": 1, "未知25": 1, "未知26": 1, "未知27": 1, "未知28": 1, "未知29": 1, "未知30": 1, "未知31": 1, "未知32": 1, "未知33": 1, "未知34": 1, "未知35": 1, "未知36": 1, "未知37": 1, "未知38": 1, "未知39": 1, "未知40": 1, "未知41": 1, "未知42": 1, "未知43": 1, "未知44": 1, "未知45": 1, "未知46": 1, "未知47": 1, "未知48": 1, "未知49": 1, "未知50": 1, "未知51": 1, "未知52": 1, "未知53": 1, "未知54": 1, "未知55": 1, "未知56": 1, "未知57": 1, "未知58": 1, "未知59": 1, "未知60": 1, "未知61": 1, "未知62": 1, "未知63": 1, "未知64": 1, "未知65": 1, "未知66": 1, "未知67": 1, "未知68": 1, "未知69": 1, "未知70": 1, "未知71": 1, "未知72": 1, "未知73": 1, "未知74": 1, "未知75": 1, "未知76": 1, "未知77": 1, "未知78": 1, "未知79": 1, "未知80": 1, "未知81": 1, "未知82": 1, "未知83": 1, "未知84": 1, "未知85": 1, "未知86": 1, "未知87": 1, "未知88": 1, "未知89": 1, "未知90": 1, "未知91": 1, "未知92": 1, "未知93": 1, "未知94": 1, "未知95": 1, "未知96": 1, "未知97": 1, "未知98": 1, "未知99": 1, "未知100": 1, "未知101": 1, "未知102": 1, "未知103": 1, "未知104": 1, "未知105": 1, "未知106": 1, "未知107": 1, "未知108": 1, "未知109": 1, "未知110": 1, "未知111": 1, "未知112": 1, "未知113": 1, "未知114": 1, "未知115": 1, "未知116": 1, "未知117": 1, "未知118": 1, "未知119": 1, "未知120": 1, "未知121": 1, "未知122": 1, "未知123": 1, "未知124": 1, "未知125": 1, "未知126": 1, "未知127": 1, "未知128": 1, "未知129": 1, "未知130": 1, "未知131": 1, "未知132": 1, "未知133": 1, "未知134": 1, "未知135": 1, "未知136": 1, "未知137": 1, "未知138": 1, "未知139": 1, "未知140": 1, "未知141": 1, "未知142": 1, "未知143": 1, "未知144": 1, "未知145": 1, "未知146": 1, "未知147": 1, "未知148": 1, "未知149": 1}
--- stdout
项目编号,投入,资金到位率,制度健全性,效果,满意度,社会效益,total,grade,errors
P01,,,,,,,,,155
--- stderr
units.ndjson:1:17: error[E304]: the template has no input or indicator called "未知0"
units.ndjson:1:27: error[E304]: the template has no input or indicator called "未知1"
units.ndjson:1:37: error[E304]: the template has no input or indicator called "未知2"
units.ndjson:1:47: error[E304]: the template has no input or indicator called "未知3"
units.ndjson:1:57: error[E304]: the template has no input or indicator called "未知4"
units.ndjson:1:67: error[E304]: the template has no input or indicator called "未知5"
units.ndjson:1:77: error[E304]: the template has no input or indicator called "未知6"
units.ndjson:1:87: error[E304]: the template has no input or indicator called "未知7"
units.ndjson:1:97: error[E304]: the template has no input or indicator called "未知8"
units.ndjson:1:107: error[E304]: the template has no input or indicator called "未知9"
units.ndjson:1:117: error[E304]: the template has no input or indicator called "未知10"
units.ndjson:1:128: error[E304]: the template has no input or indicator called "未知11"
units.ndjson:1:139: error[E304]: the template has no input or indicator called "未知12"
units.ndjson:1:150: error[E304]: the template has no input or indicator called "未知13"
units.ndjson:1:161: error[E304]: the template has no input or indicator called "未知14"
units.ndjson:1:172: error[E304]: the template has no input or indicator called "未知15"
units.ndjson:1:183: error[E304]: the template has no input or indicator called "未知16"
units.ndjson:1:194: error[E304]: the template has no input or indicator called "未知17"
units.ndjson:1:205: error[E304]: the template has no input or indicator called "未知18"
units.ndjson:1:216: error[E304]: the template has no input or indicator called "未知19"
units.ndjson:1:227: error[E304]: the template has no input or indicator called "未知20"
units.ndjson:1:238: error[E304]: the template has no input or indicator called "未知21"
units.ndjson:1:249: error[E304]: the template has no input or indicator called "未知22"
units.ndjson:1:260: error[E304]: the template has no input or indicator called "未知23"
units.ndjson:1:271: error[E304]: the template has no input or indicator called "未知24"
units.ndjson:1:282: error[E304]: the template has no input or indicator called "未知25"
units.ndjson:1:293: error[E304]: the template has no input or indicator called "未知26"
units.ndjson:1:304: error[E304]: the template has no input or indicator called "未知27"
units.ndjson:1:315: error[E304]: the template has no input or indicator called "未知28"
units.ndjson:1:326: error[E304]: the template has no input or indicator called "未知29"
units.ndjson:1:337: error[E304]: the template has no input or indicator called "未知30"
units.ndjson:1:348: error[E304]: the template has no input or indicator called "未知31"
units.ndjson:1:359: error[E304]: the template has no input or indicator called "未知32"
units.ndjson:1:370: error[E304]: the template has no input or indicator called "未知33"
units.ndjson:1:381: error[E304]: the template has no input or indicator called "未知34"
units.ndjson:1:392: error[E304]: the template has no input or indicator called "未知35"
units.ndjson:1:403: error[E304]: the template has no input or indicator called "未知36"
units.ndjson:1:414: error[E304]: the template has no input or indicator called "未知37"
units.ndjson:1:425: error[E304]: the template has no input or indicator called "未知38"
units.ndjson:1:436: error[E304]: the template has no input or indicator called "未知39"
units.ndjson:1:447: error[E304]: the template has no input or indicator called "未知40"
units.ndjson:1:458: error[E304]: the template has no input or indicator called "未知41"
units.ndjson:1:469: error[E304]: the template has no input or indicator called "未知42"
units.ndjson:1:480: error[E304]: the template has no input or indicator called "未知43"
units.ndjson:1:491: error[E304]: the template has no input or indicator called "未知44"
units.ndjson:1:502: error[E304]: the template has no input or indicator called "未知45"
units.ndjson:1:513: error[E304]: the template has no input or indicator called "未知46"
units.ndjson:1:524: error[E304]: the template has no input or indicator called "未知47"
units.ndjson:1:535: error[E304]: the template has no input or indicator called "未知48"
units.ndjson:1:546: error[E304]: the template has no input or indicator called "未知49"
units.ndjson:1:557: error[E304]: the template has no input or indicator called "未知50"
units.ndjson:1:568: error[E304]: the template has no input or indicator called "未知51"
units.ndjson:1:579: error[E304]: the template has no input or indicator called "未知52"
units.ndjson:1:590: error[E304]: the template has no input or indicator called "未知53"
units.ndjson:1:601: error[E304]: the template has no input or indicator called "未知54"
units.ndjson:1:612: error[E304]: the template has no input or indicator called "未知55"
units.ndjson:1:623: error[E304]: the template has no input or indicator called "未知56"
units.ndjson:1:634: error[E304]: the template has no input or indicator called "未知57"
units.ndjson:1:645: error[E304]: the template has no input or indicator called "未知58"
units.ndjson:1:656: error[E304]: the template has no input or indicator called "未知59"
units.ndjson:1:667: error[E304]: the template has no input or indicator called "未知60"
units.ndjson:1:678: error[E304]: the template has no input or indicator called "未知61"
units.ndjson:1:689: error[E304]: the template has no input or indicator called "未知62"
units.ndjson:1:700: error[E304]: the template has no input or indicator called "未知63"
units.ndjson:1:711: error[E304]: the template has no input or indicator called "未知64"
units.ndjson:1:722: error[E304]: the template has no input or indicator called "未知65"
units.ndjson:1:733: error[E304]: the template has no input or indicator called "未知66"
units.ndjson:1:744: error[E304]: the template has no input or indicator called "未知67"
units.ndjson:1:755: error[E304]: the template has no input or indicator called "未知68"
units.ndjson:1:766: error[E304]: the template has no input or indicator called "未知69"
units.ndjson:1:777: error[E304]: the template has no input or indicator called "未知70"
units.ndjson:1:788: error[E304]: the template has no input or indicator called "未知71"
units.ndjson:1:799: error[E304]: the template has no input or indicator called "未知72"
units.ndjson:1:810: error[E304]: the template has no input or indicator called "未知73"
units.ndjson:1:821: error[E304]: the template has no input or indicator called "未知74"
units.ndjson:1:832: error[E304]: the template has no input or indicator called "未知75"
units.ndjson:1:843: error[E304]: the template has no input or indicator called "未知76"
units.ndjson:1:854: error[E304]: the template has no input or indicator called "未知77"
units.ndjson:1:865: error[E304]: the template has no input or indicator called "未知78"
units.ndjson:1:876: error[E304]: the template has no input or indicator called "未知79"
units.ndjson:1:887: error[E304]: the template has no input or indicator called "未知80"
units.ndjson:1:898: error[E304]: the template has no input or indicator called "未知81"
units.ndjson:1:909: error[E304]: the template has no input or indicator called "未知82"
units.ndjson:1:920: error[E304]: the template has no input or indicator called "未知83"
units.ndjson:1:931: error[E304]: the template has no input or indicator called "未知84"
units.ndjson:1:942: error[E304]: the template has no input or indicator called "未知85"
units.ndjson:1:953: error[E304]: the template has no input or indicator called "未知86"
units.ndjson:1:964: error[E304]: the template has no input or indicator called "未知87"
units.ndjson:1:975: error[E304]: the template has no input or indicator called "未知88"
units.ndjson:1:986: error[E304]: the template has no input or indicator called "未知89"
units.ndjson:1:997: error[E304]: the template has no input or indicator called "未知90"
units.ndjson:1:1008: error[E304]: the template has no input or indicator called "未知91"
units.ndjson:1:1019: error[E304]: the template has no input or indicator called "未知92"
units.ndjson:1:1030: error[E304]: the template has no input or indicator called "未知93"
units.ndjson:1:1041: error[E304]: the template has no input or indicator called "未知94"
units.ndjson:1:1052: error[E304]: the template has no input or indicator called "未知95"
units.ndjson:1:1063: error[E304]: the template has no input or indicator called "未知96"
units.ndjson:1:1074: error[E304]: the template has no input or indicator called "未知97"
units.ndjson:1:1085: error[E304]: the template has no input or indicator called "未知98"
units.ndjson:1:1096: error[E304]: the template has no input or indicator called "未知99"
units.ndjson:1: and 55 more errors (the first 100 are shown)
rubric: units.ndjson: 1 of 1 units failed
--- status
1
