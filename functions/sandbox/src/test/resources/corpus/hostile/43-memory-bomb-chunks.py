# family: memory bomb: growing list of buffers
# expect: error MemoryError
# limit: 15
chunks = []
while True:
    chunks.append(bytearray(20_000_000))
