# a template saved as UTF-16 big-endian with its byte order mark FE FF
--- args
check t.rubric
--- file-bytes t.rubric
\0376\0377\0000r\0000u\0000b\0000r\0000i\0000c\0000 \0000"\0215D\0221\0321{\0241t\0006\0000"\0000 \0000{\0000
\0000 \0000 \0000 \0000 \0000i\0000n\0000d\0000i\0000c\0000a\0000t\0000o\0000r\0000 \0215D\0221\0321R0OMs\0207\0000 \0000w\0000e\0000i\0000g\0000h\0000t\0000 \00001\00000\0000 \0000{\0000 \0000s\0000c\0000o\0000r\0000e\0000 \0000j\0000u\0000d\0000g\0000e\0000d\0000 \0000}\0000
\0000}\0000
--- stderr
t.rubric:1:1: error[E002]: the file is UTF-16, not UTF-8
    �� r u b r i c   "�D��{�t  "   { 
    ^^
help: convert it with 'iconv -f UTF-16 -t UTF-8', or save it as UTF-8
1 error
--- status
1
