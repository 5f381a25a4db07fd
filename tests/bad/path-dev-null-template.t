# /dev/null as the template: an empty template
--- args
check /dev/null
--- stderr
/dev/null:1:1: error[E001]: the file holds no template (only blanks and comments, or nothing)
    
    ^
help: a template starts with 'rubric "TITLE" {' (or '评分表 “标题” {')
1 error
--- status
1
