# rubric fmt prints the canonical layout: four spaces per level, one space
# between tokens, none inside brackets or before , ; :, a call's '(' attached,
# a level's range written 2..3, the author's line breaks kept
--- args
fmt t.rubric
--- file t.rubric
rubric "layout"{
	total   10
  input 实际:number   unit "万元"
      input 计划 :number
func 比例( a , t ,w )=if a>=t then w else a/t*w
  group 产出 weight 10{
  indicator 完成率 weight 6{ actual 实际/计划 ; target>=95% ; score 比例( actual,target , weight ) }
        indicator 质量 weight 4 {score grade{ 好 : 4 ; 中 : 2 .. 3 ; 差:0 }}
      }   
   indicator 空 weight 0 {  }
}
--- stdout
rubric "layout" {
    total 10
    input 实际: number unit "万元"
    input 计划: number
    func 比例(a, t, w) = if a >= t then w else a / t * w
    group 产出 weight 10 {
        indicator 完成率 weight 6 { actual 实际 / 计划; target >= 95%; score 比例(actual, target, weight) }
        indicator 质量 weight 4 { score grade { 好: 4; 中: 2..3; 差: 0 } }
    }
    indicator 空 weight 0 {}
}
--- status
0
