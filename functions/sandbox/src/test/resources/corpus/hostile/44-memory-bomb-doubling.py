# family: memory bomb: string doubling
# expect: error MemoryError|OverflowError
# limit: 15
text = "x"
while True:
    text += text
