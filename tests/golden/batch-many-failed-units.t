# past the first 100 errors of a batch, every unit's errors are still shown
# and counted: a reporter shows 100 errors at most, and the batch starts its
# count again for each unit (before, units 101 and later lost their messages
# and were counted as having one error)
--- args
eval -f csv t.rubric units.ndjson
--- file t.rubric
rubric "多单位" {
    group 效果 {
        indicator 满意度 weight 10 { target >= 90%; score proportional }
        indicator 覆盖率 weight 10 { target >= 90%; score proportional }
    }
}
--- file units.ndjson
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P000"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P001"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P002"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P003"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P004"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P005"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P006"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P007"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P008"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P009"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P010"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P011"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P012"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P013"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P014"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P015"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P016"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P017"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P018"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P019"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P020"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P021"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P022"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P023"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P024"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P025"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P026"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P027"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P028"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P029"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P030"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P031"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P032"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P033"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P034"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P035"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P036"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P037"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P038"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P039"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P040"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P041"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P042"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P043"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P044"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P045"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P046"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P047"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P048"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P049"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P050"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P051"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P052"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P053"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P054"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P055"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P056"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P057"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P058"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P059"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P060"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P061"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P062"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P063"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P064"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P065"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P066"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P067"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P068"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P069"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P070"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P071"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P072"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P073"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P074"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P075"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P076"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P077"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P078"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P079"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P080"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P081"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P082"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P083"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P084"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P085"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P086"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P087"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P088"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P089"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P090"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P091"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P092"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P093"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P094"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P095"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P096"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P097"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P098"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P099"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P100"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P101"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P102"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P103"}}
{"满意度": "abc", "覆盖率": "95%", "$id": {"项目编号": "P104"}}
{"满意度": "x", "覆盖率": "y", "$id": {"项目编号": "LAST"}}
{"满意度": "95%", "覆盖率": "95%", "$id": {"项目编号": "GOOD"}}
--- stdout
项目编号,效果,满意度,覆盖率,total,grade,errors
P000,,,,,,1
P001,,,,,,1
P002,,,,,,1
P003,,,,,,1
P004,,,,,,1
P005,,,,,,1
P006,,,,,,1
P007,,,,,,1
P008,,,,,,1
P009,,,,,,1
P010,,,,,,1
P011,,,,,,1
P012,,,,,,1
P013,,,,,,1
P014,,,,,,1
P015,,,,,,1
P016,,,,,,1
P017,,,,,,1
P018,,,,,,1
P019,,,,,,1
P020,,,,,,1
P021,,,,,,1
P022,,,,,,1
P023,,,,,,1
P024,,,,,,1
P025,,,,,,1
P026,,,,,,1
P027,,,,,,1
P028,,,,,,1
P029,,,,,,1
P030,,,,,,1
P031,,,,,,1
P032,,,,,,1
P033,,,,,,1
P034,,,,,,1
P035,,,,,,1
P036,,,,,,1
P037,,,,,,1
P038,,,,,,1
P039,,,,,,1
P040,,,,,,1
P041,,,,,,1
P042,,,,,,1
P043,,,,,,1
P044,,,,,,1
P045,,,,,,1
P046,,,,,,1
P047,,,,,,1
P048,,,,,,1
P049,,,,,,1
P050,,,,,,1
P051,,,,,,1
P052,,,,,,1
P053,,,,,,1
P054,,,,,,1
P055,,,,,,1
P056,,,,,,1
P057,,,,,,1
P058,,,,,,1
P059,,,,,,1
P060,,,,,,1
P061,,,,,,1
P062,,,,,,1
P063,,,,,,1
P064,,,,,,1
P065,,,,,,1
P066,,,,,,1
P067,,,,,,1
P068,,,,,,1
P069,,,,,,1
P070,,,,,,1
P071,,,,,,1
P072,,,,,,1
P073,,,,,,1
P074,,,,,,1
P075,,,,,,1
P076,,,,,,1
P077,,,,,,1
P078,,,,,,1
P079,,,,,,1
P080,,,,,,1
P081,,,,,,1
P082,,,,,,1
P083,,,,,,1
P084,,,,,,1
P085,,,,,,1
P086,,,,,,1
P087,,,,,,1
P088,,,,,,1
P089,,,,,,1
P090,,,,,,1
P091,,,,,,1
P092,,,,,,1
P093,,,,,,1
P094,,,,,,1
P095,,,,,,1
P096,,,,,,1
P097,,,,,,1
P098,,,,,,1
P099,,,,,,1
P100,,,,,,1
P101,,,,,,1
P102,,,,,,1
P103,,,,,,1
P104,,,,,,1
LAST,,,,,,2
GOOD,20,10,10,20,优,0
--- stderr
units.ndjson:1:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:2:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:3:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:4:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:5:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:6:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:7:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:8:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:9:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:10:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:11:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:12:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:13:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:14:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:15:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:16:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:17:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:18:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:19:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:20:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:21:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:22:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:23:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:24:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:25:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:26:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:27:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:28:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:29:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:30:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:31:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:32:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:33:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:34:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:35:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:36:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:37:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:38:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:39:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:40:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:41:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:42:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:43:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:44:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:45:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:46:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:47:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:48:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:49:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:50:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:51:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:52:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:53:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:54:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:55:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:56:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:57:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:58:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:59:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:60:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:61:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:62:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:63:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:64:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:65:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:66:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:67:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:68:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:69:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:70:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:71:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:72:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:73:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:74:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:75:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:76:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:77:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:78:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:79:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:80:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:81:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:82:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:83:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:84:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:85:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:86:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:87:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:88:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:89:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:90:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:91:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:92:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:93:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:94:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:95:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:96:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:97:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:98:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:99:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:100:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:101:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:102:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:103:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:104:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:105:2: error[E302]: indicator 满意度: "abc" is not a number
units.ndjson:106:2: error[E302]: indicator 满意度: "x" is not a number
units.ndjson:106:14: error[E302]: indicator 覆盖率: "y" is not a number
rubric: units.ndjson: 106 of 107 units failed
--- status
1
