# --diff prints a unified diff (three lines of context) for each file that
# would change and exits 1; a formatted file gives nothing
--- args
fmt --diff t.rubric good.rubric
--- file t.rubric
# 2018 (seed 004)
rubric "diff" {
    total 10
    round 2   # half up
    group 产出 {
        indicator 市级监督抽查批次 weight 4 { target >= 2000; score proportional }
        indicator 省级监督抽查批次 weight 4 { target >= 1200; score proportional }
        indicator 抽检 weight 2 { target>=100%; score proportional }
    }
    input 获奖数: number
    input 问题数: number
    input 异议数: number
    let a = 1
    let b = 2
    let c = 3
    let d = 4


}
--- file good.rubric
rubric "check" {
    group g {
        indicator a weight 2 { score judged }
    }
}
--- stdout
--- t.rubric
+++ t.rubric (formatted)
@@ -1,11 +1,11 @@
 # 2018 (seed 004)
 rubric "diff" {
     total 10
-    round 2   # half up
+    round 2  # half up
     group 产出 {
         indicator 市级监督抽查批次 weight 4 { target >= 2000; score proportional }
         indicator 省级监督抽查批次 weight 4 { target >= 1200; score proportional }
-        indicator 抽检 weight 2 { target>=100%; score proportional }
+        indicator 抽检 weight 2 { target >= 100%; score proportional }
     }
     input 获奖数: number
     input 问题数: number
@@ -14,6 +14,4 @@
     let b = 2
     let c = 3
     let d = 4
-
-
 }
--- status
1
