# family: materializing an endless iterator
# expect: error|timeout
# limit: 2
import itertools
everything = list(itertools.count())
