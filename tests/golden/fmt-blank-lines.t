# runs of blank lines become one; none at the start of the file, after an
# opening bracket or before a closing one; tabs, trailing spaces, a byte order
# mark and CRLF line ends go; the file ends with one newline
--- args
fmt t.rubric
--- file t.rubric
﻿


# a template	 



rubric "blank lines" {

	total 4   



	group g {

		indicator a weight 2 { score judged }


		# b is scored by judgement too
		indicator b weight 2 { score judged }

	}

}


# the end

--- stdout
# a template

rubric "blank lines" {
    total 4

    group g {
        indicator a weight 2 { score judged }

        # b is scored by judgement too
        indicator b weight 2 { score judged }
    }
}

# the end
--- status
0
