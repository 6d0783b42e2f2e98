# family: eval spelled with full-width letters (NFKC)
# expect: blocked blocked-call
print(ｅｖａｌ("1 + 1"))
