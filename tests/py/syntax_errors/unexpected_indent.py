# A line indented deeper than the block it belongs to.
x = 1
    y = 2
