# a template that is only a byte order mark: as empty as an empty file
--- args
check t.rubric
--- file-bytes t.rubric
\0357\0273\0277\c
--- stderr
t.rubric:1:1: error[E001]: unexpected end of file; expected end of line or 'rubric'
    ﻿
    ^
1 error
--- status
1
