# a template that is only a byte order mark: as empty as an empty file
--- args
check t.rubric
--- file-bytes t.rubric
\0357\0273\0277\c
--- stderr
t.rubric:1:1: error[E001]: the file holds no template (only blanks and comments, or nothing)
    ﻿
    ^
help: a template starts with 'rubric "TITLE" {' (or '评分表 “标题” {')
1 error
--- status
1
